import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KaitongError } from '../../../src-main/api/result'
import { canonicalJson, DraftContent } from '../../../src-main/domain/draft'
import { newTeamKey, unwrapTeamKey, wrapTeamKey } from '../../../src-main/store/pg/team-cipher'

const JSON_TEXT = canonicalJson(
  DraftContent.parse(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../fixtures/drafts/enterprise.json'), 'utf8')
    )
  )
)

function refusal(fn: () => unknown): KaitongError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(KaitongError)
    return error as KaitongError
  }
  throw new Error('not refused')
}

describe('team cipher', () => {
  it('opens sealed content to exactly the JSON that was sealed', () => {
    const cipher = newTeamKey()
    expect(cipher.openContent(cipher.sealContent(JSON_TEXT))).toBe(JSON_TEXT)
  })

  it('refuses a sealed value moved to another field', () => {
    const cipher = newTeamKey()
    const sealed = JSON.parse(cipher.sealContent(JSON_TEXT)) as DraftContent
    sealed.merchant.contact.mobile = sealed.merchant.settlement.accountNumber
    expect(refusal(() => cipher.openContent(JSON.stringify(sealed))).code).toBe('team.unreadable')
  })

  it('refuses a plain value where a sealed one belongs, and content sealed with another key', () => {
    const cipher = newTeamKey()
    expect(refusal(() => cipher.openContent(JSON_TEXT)).code).toBe('team.unreadable')
    const other = newTeamKey().sealContent(JSON_TEXT)
    expect(refusal(() => cipher.openContent(other)).code).toBe('team.unreadable')
  })

  it('refuses picture bytes stored under another picture’s name', () => {
    const cipher = newTeamKey()
    const sealed = cipher.sealPicture('a'.repeat(64), Buffer.from('picture'))
    expect(cipher.openPicture('a'.repeat(64), sealed).toString()).toBe('picture')
    expect(refusal(() => cipher.openPicture('b'.repeat(64), sealed)).code).toBe('team.unreadable')
  })

  it('unwraps the same key from any of its passphrases, and refuses another', () => {
    const cipher = newTeamKey()
    const rows = [wrapTeamKey(cipher, 'first passphrase'), wrapTeamKey(cipher, 'second one!')]
    expect(unwrapTeamKey(rows, 'second one!').keyId).toBe(cipher.keyId)
    expect(refusal(() => unwrapTeamKey(rows, 'third passphrase')).code).toBe(
      'team.wrong_passphrase'
    )
  })
})
