import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Issue } from '../../../src-main/domain/issue'
import { MerchantProfile } from '../../../src-main/domain/merchant-profile'
import { validateMerchant } from '../../../src-main/domain/merchant-rules'
import { useTempDir } from '../../helpers/temp-dir'
import { runCli as run } from '../../helpers/cli'

const tempDir = useTempDir('kaitong-validate-')
const TODAY = '2026-11-25'
const FIXTURE = join(import.meta.dirname, '../../fixtures/merchant/enterprise-profile.json')

function enterpriseProfile(): MerchantProfile {
  return MerchantProfile.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')))
}

/** The fixture profile with a typo in the credit code, a short mobile and a missing address. */
function brokenProfile(): MerchantProfile {
  const profile = enterpriseProfile()
  profile.licence.creditCode = '91440300708461136A'
  profile.licence.registeredAddress = ''
  profile.contact.mobile = '1380013800'
  profile.settlement.accountName = '深圳市别的公司'
  return profile
}

function draftFile(body: unknown): string {
  const file = join(tempDir(), 'draft.kaitong.json')
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body))
  return file
}

function draftWith(merchant: MerchantProfile): string {
  return draftFile({ kaitongDraft: 1, title: '示例科技', content: { merchant } })
}

describe('kaitong validate', () => {
  it('exits 0 and says so for a complete, valid profile', async () => {
    const result = await run(['validate', draftWith(enterpriseProfile()), '--today', TODAY])
    expect(result.err).toBe('')
    expect(result.out).toBe('没有发现问题')
    expect(result.code).toBe(0)
  })

  it('exits 1 and names each broken field with its code, severity and message', async () => {
    const file = draftWith(brokenProfile())
    const result = await run(['validate', file, '--today', TODAY, '--lang', 'en'])
    expect(result.code).toBe(1)
    const lines = result.out.split('\n')
    expect(lines).toContainEqual(expect.stringMatching(/^error {2}merchant\.licence\.creditCode +/))
    expect(result.out).toContain('This credit code is wrong: its check fails')
    expect(result.out).toContain('[merchant.uscc_check_char]')
    expect(result.out).toContain('[merchant.required]')
    expect(result.out).toContain('[merchant.mobile_format]')
    expect(result.out).toContain('[merchant.account_name_registered_name]')
    expect(lines.at(-1)).toBe('Errors: 4, warnings: 0')
  })

  it('prints the issues array as JSON with the messages in the chosen language', async () => {
    const result = await run(['validate', draftWith(brokenProfile()), '--today', TODAY, '--json'])
    expect(result.code).toBe(1)
    const printed = JSON.parse(result.out) as { code: string; path: string; message: string }[]
    expect(printed.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'merchant.required', path: 'merchant.licence.registeredAddress' },
      { code: 'merchant.uscc_check_char', path: 'merchant.licence.creditCode' },
      { code: 'merchant.mobile_format', path: 'merchant.contact.mobile' },
      { code: 'merchant.account_name_registered_name', path: 'merchant.settlement.accountName' }
    ])
    expect(printed[0]!.message).toBe('此项必填')
  })

  it('reports exactly the issues the wizard computes, warnings included', async () => {
    const profile = brokenProfile()
    profile.licence.longTerm = false
    profile.licence.validTo = '2027-01-10'
    const result = await run(['validate', draftWith(profile), '--today', TODAY, '--json'])
    const printed = (JSON.parse(result.out) as Issue[]).map(({ code, path, severity, params }) => ({
      code,
      path,
      severity,
      params
    }))
    expect(printed).toEqual(validateMerchant(profile, TODAY))
    expect(printed).toContainEqual(
      expect.objectContaining({ code: 'merchant.validity_expiring', severity: 'warning' })
    )
  })

  it('exits 0 when the only findings are warnings', async () => {
    const profile = enterpriseProfile()
    profile.licence.longTerm = false
    profile.licence.validTo = '2027-01-10'
    const result = await run(['validate', draftWith(profile), '--today', TODAY])
    expect(result.out).toContain('[merchant.validity_expiring]')
    expect(result.out.split('\n').at(-1)).toBe('0 个错误，1 个警告')
    expect(result.code).toBe(0)
  })

  it('names the wrong fields of a malformed draft file and exits 1', async () => {
    const file = draftFile({
      kaitongDraft: 1,
      title: '',
      content: { merchant: { subjectType: 'x' } }
    })
    const result = await run(['validate', file])
    expect(result.code).toBe(1)
    expect(result.err).toContain('草稿文件内容不正确')
    expect(result.err).toContain('content.merchant.subjectType')
    expect(result.out).toBe('')
  })

  it('explains a file that is missing', async () => {
    const result = await run(['validate', join(tempDir(), 'nope.json'), '--lang', 'en'])
    expect(result.code).toBe(1)
    expect(result.err).toContain('nope.json')
  })

  it('refuses a --today that is not a calendar date', async () => {
    const result = await run(['validate', draftWith(enterpriseProfile()), '--today', '2026-02-30'])
    expect(result.code).toBe(2)
    expect(result.err).toContain('2026-02-30')
  })
})
