/**
 * The personal values of a draft: what the team store keeps only as ciphertext under the
 * team key. The core is the list WeChat Pay's applyment API itself requires encrypting
 * (payment-onboarding.md §6: ID names, numbers and addresses, the administrator's mobile and
 * email, the settlement account's name and number), as Kaitong's draft paths, plus what the
 * OCR read from ID-card photos and the logins and private contacts a draft may hold.
 * `*` stands for any index of an array. Pictures are not listed: every picture blob on the
 * team store is encrypted (a blob is shared by content address, so any of them may be an ID
 * card in some draft).
 */
export const PERSONAL_FIELDS: readonly string[] = [
  'merchant.legalRep.name',
  'merchant.legalRep.idNumber',
  'merchant.legalRep.address',
  'merchant.beneficialOwners.*.name',
  'merchant.beneficialOwners.*.idNumber',
  'merchant.beneficialOwners.*.address',
  'merchant.contact.name',
  'merchant.contact.idNumber',
  'merchant.contact.mobile',
  'merchant.contact.email',
  'merchant.settlement.accountName',
  'merchant.settlement.accountNumber',
  // What was read from the ID card's two sides: name, number, address, validity.
  'merchant.documentReads.idFront',
  'merchant.documentReads.idBack',
  // Alipay logon ids are a mobile or an email; reviewers' logins are passwords.
  'payment.alipay.merchantAccount',
  'payment.alipay.settleAccount',
  'payment.alipay.app.testAccount',
  'payment.alipay.app.testPassword',
  'listing.testAccount.account',
  'listing.testAccount.password',
  'listing.privacy.ownerContact.email',
  'listing.privacy.ownerContact.phone',
  'listing.privacy.ownerContact.qq',
  'listing.privacy.ownerContact.weixin'
]

/**
 * Replaces, in `content` (parsed JSON, changed in place), every personal value that holds
 * something ('' and null are nothing) by `map(value, field)`, where `field` is its
 * PERSONAL_FIELDS entry. Anything the walk does not find (an older draft's shape) is left.
 */
export function replacePersonalValues(
  content: unknown,
  map: (value: unknown, field: string) => unknown
): void {
  for (const field of PERSONAL_FIELDS) {
    const steps = field.split('.')
    const visit = (node: unknown, at: number): void => {
      if (!node || typeof node !== 'object') return
      const step = steps[at] as string
      const keys = step === '*' && Array.isArray(node) ? node.keys() : [step]
      for (const key of keys) {
        const holder = node as Record<string | number, unknown>
        if (!Object.hasOwn(holder, key)) continue
        if (at < steps.length - 1) visit(holder[key], at + 1)
        else if (holder[key] !== '' && holder[key] !== null && holder[key] !== undefined)
          holder[key] = map(holder[key], field)
      }
    }
    visit(content, 0)
  }
}
