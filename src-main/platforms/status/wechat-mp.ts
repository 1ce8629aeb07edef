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

/**
 * submit_audit refused for the month's audit quota ("submit audit reach limit"), recorded as
 * the plan runner records a refusal: the platform's code as its state, the attempt rejected.
 */
export const AUDIT_QUOTA_REFUSED = '85085'

export function readWechatMpStatus(raw: unknown): StatusReading {
  const answer = object(raw)
  if (text(answer?.['errcode']) === AUDIT_QUOTA_REFUSED) {
    return {
      platformState: AUDIT_QUOTA_REFUSED,
      lifecycle: 'rejected',
      ids: {},
      reasons: [reason(text(answer?.['errmsg']) ?? 'submit audit reach limit')],
      links: []
    }
  }
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

/** `wxa/queryquota`: the month's audit submissions allowed and left, for all the agency's apps. */
export function readWechatAuditQuota(raw: unknown): { limit: number; rest: number } {
  const answer = object(raw)
  const limit = answer?.['limit']
  const rest = answer?.['rest']
  if (
    !answer ||
    text(answer['errcode']) !== '0' ||
    typeof limit !== 'number' ||
    typeof rest !== 'number'
  ) {
    throw new UnrecognisedAnswer('wechat-mp')
  }
  return { limit, rest }
}
