import type { Lifecycle, StatusReading } from '../../domain/ledger'
import { list, object, reason, splitReasons, text, UnrecognisedAnswer } from './answers'

/** 获取小程序版本列表信息 v2, `data.audit.status`: 0 审核中, 1 通过, 2 不通过, 3 撤回审核. */
const STATUS: Record<string, Lifecycle> = {
  '0': 'inReview',
  '1': 'approved',
  '2': 'rejected',
  '3': 'canceled'
}

export function readDouyinMpStatus(raw: unknown): StatusReading {
  const answer = object(raw)
  const audit = object(object(answer?.['data'])?.['audit'])
  const status = text(audit?.['status'])
  const lifecycle = status ? STATUS[status] : undefined
  if (!answer || !audit || !status || !lifecycle) throw new UnrecognisedAnswer('douyin-mp')
  // `reason_detail` lists the reasons per host app; the flat `reason` repeats them as prose.
  const detail = object(audit['reason_detail'])
  const perHost = detail
    ? Object.entries(detail).flatMap(([host, reasons]) =>
        list(reasons).flatMap((item) => (text(item) ? [`${host}：${text(item)!}`] : []))
      )
    : splitReasons(text(audit['reason']) ?? '')
  const logId = text(answer['log_id'])
  return {
    platformState: `audit:${status}`,
    lifecycle,
    ids: text(audit['version']) ? { version: text(audit['version'])! } : {},
    reasons: lifecycle === 'rejected' ? perHost.map((item) => reason(item)) : [],
    links: [],
    ...(logId ? { requestId: logId } : {})
  }
}
