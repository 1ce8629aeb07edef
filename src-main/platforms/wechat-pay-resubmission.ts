import type { DraftContent } from '../domain/draft'
import type { BusinessCodeRule } from '../domain/ledger'
import type { WechatPaySetup } from '../domain/payment-setup'
import { startWechatResubmission, wechatBusinessCode } from './wechat-pay'

/**
 * After a rejection WeChat Pay's sources disagree on the business_code: the API doc lets a
 * rejected application be corrected and sent again under the same code (the platform
 * overwrites it), its FAQ asks for a new code (and a reused code was seen still showing the
 * old rejection, failure-modes.md row 33). Kaitong supports both and defaults to the doc.
 */
export interface BusinessCodeChoice {
  rule: BusinessCodeRule
  /** The rejected application's code: what `sameCode` sends again. */
  sameCode: string
  /** The code `newCode` sends: the next attempt's. */
  newCode: string
  /** False when this draft can no longer make the rejected code (prefix or credit code changed). */
  sameCodeAvailable: boolean
}

function currentCode(draft: DraftContent): string {
  return wechatBusinessCode(draft, draft.payment.wechat.attempt)
}

/** Which rule the draft follows now for the application rejected under `rejectedCode`. */
export function businessCodeChoice(draft: DraftContent, rejectedCode: string): BusinessCodeChoice {
  const current = currentCode(draft)
  if (current === rejectedCode) {
    const next = { ...draft, payment: { ...draft.payment, wechat: startWechatResubmission(draft) } }
    return {
      rule: 'sameCode',
      sameCode: rejectedCode,
      newCode: currentCode(next),
      sameCodeAvailable: true
    }
  }
  return {
    rule: 'newCode',
    sameCode: rejectedCode,
    newCode: current,
    sameCodeAvailable: applyBusinessCodeRule(draft, rejectedCode, 'sameCode') !== undefined
  }
}

/**
 * The WeChat Pay setup that follows `rule`; undefined when the rejected code can no longer be
 * made from this draft (its prefix or credit code changed since), so only a new code is left.
 */
export function applyBusinessCodeRule(
  draft: DraftContent,
  rejectedCode: string,
  rule: BusinessCodeRule
): WechatPaySetup | undefined {
  const setup = draft.payment.wechat
  const current = currentCode(draft)
  if (rule === 'newCode') {
    return current === rejectedCode ? startWechatResubmission(draft) : setup
  }
  if (current === rejectedCode) return setup
  // Back to the attempt that made the rejected code, which is no longer counted as used.
  for (let attempt = setup.attempt; attempt >= 1; attempt -= 1) {
    if (wechatBusinessCode(draft, attempt) !== rejectedCode) continue
    return {
      ...setup,
      attempt,
      previousBusinessCodes: setup.previousBusinessCodes.filter((code) => code !== rejectedCode)
    }
  }
  return undefined
}
