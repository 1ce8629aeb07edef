import type { Lifecycle, StatusReading } from '../../domain/ledger'
import { list, object, reason, text, UnrecognisedAnswer } from './answers'

/** `smartapp/package/get` status: 1 线上, 3 开发, 4 审核中, 5 审核失败, 6 审核通过, 8 回滚中. */
const STATUS: Record<string, Lifecycle> = {
  '1': 'approved',
  '3': 'exported',
  '4': 'inReview',
  '5': 'rejected',
  '6': 'approved',
  '8': 'inReview'
}

/** The package list holds every version: the one in or after review is the submission's. */
const REVIEW_ORDER = ['4', '5', '6', '1', '8', '3']

export function readBaiduMpStatus(raw: unknown): StatusReading {
  const answer = object(raw)
  const packages = list(answer?.['data'])
    .map(object)
    .filter((item) => item && text(item['status']) && STATUS[text(item['status'])!])
  const chosen = REVIEW_ORDER.map((status) =>
    packages.find((item) => text(item!['status']) === status)
  ).find((item) => item)
  if (!answer || text(answer['errno']) !== '0' || !chosen) throw new UnrecognisedAnswer('baidu-mp')
  const status = text(chosen['status'])!
  const lifecycle = STATUS[status]!
  const why = text(chosen['msg'])
  return {
    platformState: `package:${status}`,
    lifecycle,
    ids: text(chosen['version']) ? { version: text(chosen['version'])! } : {},
    reasons: lifecycle === 'rejected' && why ? [reason(why)] : [],
    links: []
  }
}
