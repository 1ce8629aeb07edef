import type { Lifecycle, MerchantAction, StatusReading } from '../../domain/ledger'
import { list, object, reason, text, UnrecognisedAnswer, type Json } from './answers'

/** An Alipay answer as the gateway wraps it (`<method>_response`), or its inner object pasted alone. */
export function unwrapAlipay(raw: unknown, method: string): Json | undefined {
  const answer = object(raw)
  const key = `${method.replace(/\./g, '_')}_response`
  return object(answer?.[key]) ?? answer
}

/** 直付通 order status (payment-onboarding.md §12). */
const ZFT_STATUS: Record<string, Lifecycle> = {
  '99': 'approved',
  '-1': 'rejected',
  '031': 'inReview'
}

/** 代签约 order_status (payment-onboarding.md §13.5). */
const AGENT_STATUS: Record<string, { lifecycle: Lifecycle; action?: MerchantAction }> = {
  MERCHANT_INFO_HOLD: { lifecycle: 'actionNeeded', action: 'supplyMaterial' },
  MERCHANT_AUDITING: { lifecycle: 'inReview' },
  MERCHANT_CONFIRM: { lifecycle: 'actionNeeded', action: 'confirm' },
  MERCHANT_CONFIRM_SUCCESS: { lifecycle: 'approved' },
  MERCHANT_CONFIRM_TIME_OUT: { lifecycle: 'canceled' },
  MERCHANT_APPLY_ORDER_CANCELED: { lifecycle: 'rejected' }
}

/** A 代签约 confirmation lapses 15 days after it is asked for (MERCHANT_CONFIRM_TIME_OUT). */
const CONFIRM_WINDOW_DAYS = 15

function readZft(answer: Json): StatusReading | undefined {
  const order = object(list(answer['orders'])[0])
  const status = text(order?.['status'])
  const lifecycle = status ? ZFT_STATUS[status] : undefined
  if (!order || !status || !lifecycle) return undefined
  const waitsForMerchant = ['CREATE', 'NOT_CONFIRM'].includes(text(order['sub_confirm']) ?? '')
  const memos = [
    text(order['reason']),
    text(order['fk_audit']) === 'REJECT' ? text(order['fk_audit_memo']) : undefined,
    text(order['kz_audit']) === 'REJECT' ? text(order['kz_audit_memo']) : undefined
  ].filter((memo): memo is string => !!memo)
  return {
    platformState: `zft:${status}`,
    lifecycle: lifecycle === 'inReview' && waitsForMerchant ? 'actionNeeded' : lifecycle,
    ...(lifecycle === 'inReview' && waitsForMerchant ? { action: 'confirm' as const } : {}),
    ids: {
      ...(text(order['order_id']) ? { orderId: text(order['order_id'])! } : {}),
      ...(text(order['smid']) ? { smid: text(order['smid'])! } : {})
    },
    reasons: lifecycle === 'rejected' ? memos.map((memo) => reason(memo)) : [],
    links: []
  }
}

function readAgent(answer: Json, receivedAt: Date): StatusReading | undefined {
  const status = text(answer['order_status'])
  const mapped = status ? AGENT_STATUS[status] : undefined
  if (!status || !mapped) return undefined
  const confirmUrl = text(answer['confirm_url'])
  const productReasons = list(answer['product_agent_status_infos']).flatMap((item) => {
    const info = object(item)
    const why = text(info?.['reject_reason'])
    return why ? [reason(`${text(info?.['product_name']) ?? ''}：${why}`)] : []
  })
  const why = text(answer['reject_reason'])
  const expiresAt = new Date(receivedAt.getTime() + CONFIRM_WINDOW_DAYS * 86_400_000)
  return {
    platformState: `agent:${status}`,
    lifecycle: mapped.lifecycle,
    ...(mapped.action ? { action: mapped.action } : {}),
    ids: text(answer['order_no']) ? { orderId: text(answer['order_no'])! } : {},
    reasons: [...(why ? [reason(why)] : []), ...productReasons],
    links:
      confirmUrl && mapped.action === 'confirm'
        ? [{ action: 'confirm', url: confirmUrl, expiresAt: expiresAt.toISOString() }]
        : []
  }
}

/** 直付通 `zftorder.query` or 代签约 `agent.order.query`, whichever the answer is. */
export function readAlipayStatus(raw: unknown, receivedAt: Date): StatusReading {
  const zft = unwrapAlipay(raw, 'ant.merchant.expand.indirect.zftorder.query')
  const agent = unwrapAlipay(raw, 'alipay.open.agent.order.query')
  const reading = (zft && readZft(zft)) ?? (agent && readAgent(agent, receivedAt))
  if (!reading) throw new UnrecognisedAnswer('alipay')
  return reading
}
