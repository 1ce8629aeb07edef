import type { Lifecycle, MerchantAction, StatusReading } from '../../domain/ledger'
import { list, object, reason, text, UnrecognisedAnswer } from './answers'

/** `applyment_state` (payment-onboarding.md §5.7) in the common lifecycle. */
const STATES: Record<string, { lifecycle: Lifecycle; action?: MerchantAction }> = {
  APPLYMENT_STATE_EDITTING: { lifecycle: 'actionNeeded', action: 'supplyMaterial' },
  APPLYMENT_STATE_AUDITING: { lifecycle: 'inReview' },
  APPLYMENT_STATE_REJECTED: { lifecycle: 'rejected' },
  APPLYMENT_STATE_TO_BE_CONFIRMED: { lifecycle: 'actionNeeded', action: 'verifyAccount' },
  APPLYMENT_STATE_TO_BE_SIGNED: { lifecycle: 'actionNeeded', action: 'sign' },
  APPLYMENT_STATE_SIGNING: { lifecycle: 'inReview' },
  APPLYMENT_STATE_FINISHED: { lifecycle: 'approved' },
  APPLYMENT_STATE_CANCELED: { lifecycle: 'canceled' }
}

/** The applyment query answer (by business_code or by applyment_id). */
export function readWechatPayStatus(raw: unknown): StatusReading {
  const answer = object(raw)
  const state = text(answer?.['applyment_state'])
  const mapped = state ? STATES[state] : undefined
  if (!answer || !state || !mapped) throw new UnrecognisedAnswer('wechat-pay')
  const signUrl = text(answer['sign_url'])
  const ids = {
    ...(text(answer['business_code']) ? { businessCode: text(answer['business_code'])! } : {}),
    ...(text(answer['applyment_id']) ? { applymentId: text(answer['applyment_id'])! } : {}),
    ...(text(answer['sub_mchid']) ? { subMchid: text(answer['sub_mchid'])! } : {})
  }
  return {
    platformState: state,
    lifecycle: mapped.lifecycle,
    ...(mapped.action ? { action: mapped.action } : {}),
    ids,
    reasons: list(answer['audit_detail']).flatMap((item) => {
      const detail = object(item)
      const why = text(detail?.['reject_reason'])
      if (!detail || !why) return []
      const name = text(detail['field_name'])
      return [reason(name ? `${name}：${why}` : why, text(detail['field']))]
    }),
    // The super administrator opens the link in WeChat to verify the account and sign.
    links: signUrl && mapped.action ? [{ action: mapped.action, url: signUrl }] : []
  }
}
