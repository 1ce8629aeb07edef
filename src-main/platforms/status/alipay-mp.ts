import type { Lifecycle, StatusReading } from '../../domain/ledger'
import { reason, text, UnrecognisedAnswer } from './answers'
import { unwrapAlipay } from './alipay'

/** `alipay.open.mini.version.detail.query` status (miniprogram-listing.md §2). */
const STATUS: Record<string, Lifecycle> = {
  INIT: 'submitted',
  AUDITING: 'inReview',
  AUDIT_REJECT: 'rejected',
  WAIT_RELEASE: 'approved',
  BASE_AUDIT_PASS: 'approved',
  GRAY: 'approved',
  RELEASE: 'approved',
  OFFLINE: 'canceled',
  AUDIT_OFFLINE: 'canceled'
}

export function readAlipayMpStatus(raw: unknown): StatusReading {
  const answer = unwrapAlipay(raw, 'alipay.open.mini.version.detail.query')
  const status = text(answer?.['status'])
  const lifecycle = status ? STATUS[status] : undefined
  if (!answer || !status || !lifecycle) throw new UnrecognisedAnswer('alipay-mp')
  const why = text(answer['reject_reason'])
  return {
    platformState: status,
    lifecycle,
    ids: text(answer['app_version']) ? { version: text(answer['app_version'])! } : {},
    reasons: lifecycle === 'rejected' && why ? [reason(why)] : [],
    links: []
  }
}
