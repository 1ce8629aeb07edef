import type { Lifecycle, StatusReading } from '../../domain/ledger'
import { object, reason, splitReasons, text, UnrecognisedAnswer } from './answers'

/** get_auditstatus / get_latest_auditstatus: 0 通过, 1 拒绝, 2 审核中, 3 已撤回, 4 审核延后. */
const STATUS: Record<string, Lifecycle> = {
  '0': 'approved',
  '1': 'rejected',
  '2': 'inReview',
  '3': 'canceled',
  '4': 'inReview'
}

export function readWechatMpStatus(raw: unknown): StatusReading {
  const answer = object(raw)
  const status = text(answer?.['status'])
  const lifecycle = status ? STATUS[status] : undefined
  if (!answer || !status || !lifecycle || text(answer['errcode']) !== '0') {
    throw new UnrecognisedAnswer('wechat-mp')
  }
  const auditId = text(answer['auditid'])
  const why = lifecycle === 'rejected' ? text(answer['reason']) : undefined
  return {
    platformState: `audit:${status}`,
    lifecycle,
    ids: {
      ...(auditId ? { auditId } : {}),
      ...(text(answer['user_version']) ? { version: text(answer['user_version'])! } : {})
    },
    reasons: why ? splitReasons(why).map((part) => reason(part)) : [],
    links: []
  }
}
