import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OpenedApp } from '../../../src-main/api'
import type { MethodOutput } from '../../../src-main/api/contract'
import { DraftContent } from '../../../src-main/domain/draft'
import { formatMessage } from '../../../src-main/platforms/messages'
import { createDraftsRepo } from '../../../src-main/store/drafts'
import { openTeamStore } from '../../../src-main/store/pg/connect'
import { useTempApp } from '../../helpers/app'
import { runCommands } from '../../helpers/cli-runs'
import { call } from '../../helpers/complete-draft'
import { renderIdFront } from '../../helpers/documents'
import { POSTGRES_MISSING, useTeamPostgres } from '../../helpers/postgres'
import { exportedDraft } from '../../helpers/submit'
import { eventually, refusedWith } from '../../helpers/team-app'
import { useTempDir } from '../../helpers/temp-dir'

const openTempApp = useTempApp()
const tempDir = useTempDir('kaitong-team-key-')

type Draft = MethodOutput<'drafts.get'>
type Status = MethodOutput<'team.status'>

const PASSPHRASE = '西湖边的团队口令'
/** A merchant whose profile is complete: ID numbers, mobile and bank account included. */
const MERCHANT = DraftContent.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../fixtures/drafts/enterprise.json'), 'utf8')
  )
)
const SECRETS = {
  legalRepId: MERCHANT.merchant.legalRep.idNumber,
  ownerId: MERCHANT.merchant.beneficialOwners[0]?.idNumber ?? '',
  mobile: MERCHANT.merchant.contact.mobile,
  account: MERCHANT.merchant.settlement.accountNumber
}
const PHOTO_NAME = `身份证-${SECRETS.legalRepId}.jpg`
/** WeChat Pay's recorded answer for an application waiting for the merchant's signature. */
const SIGN_ANSWER = readFileSync(
  join(import.meta.dirname, '../../fixtures/status/wechat-pay-to-be-signed.json'),
  'utf8'
)
const SIGN_URL = (JSON.parse(SIGN_ANSWER) as { sign_url: string }).sign_url

/** What the server holds, read straight from its tables as any database user could. */
async function rawTeamRows(url: string) {
  const store = await openTeamStore(url)
  try {
    const text = async (sql: string) =>
      (await store.pool.query<{ value: string }>(sql)).rows.map((row) => row.value).join('\n')
    return {
      drafts: await text('SELECT content AS value FROM drafts'),
      revisions: await text('SELECT content AS value FROM draft_revisions'),
      names: await text('SELECT original_name AS value FROM media'),
      links: await text('SELECT links AS value FROM submissions'),
      answers: await text("SELECT raw AS value FROM submission_events WHERE raw <> ''"),
      blobs: (
        await store.pool.query<{ content: Buffer }>('SELECT content FROM media_blobs')
      ).rows.map((row) => row.content)
    }
  } finally {
    await store.close()
  }
}

if (POSTGRES_MISSING) console.warn(POSTGRES_MISSING)

describe.skipIf(POSTGRES_MISSING)('the team key', () => {
  const postgres = useTeamPostgres('team_key')
  const { teamDatabase } = postgres
  let made = 0

  /** Zhao gives the team store its key; Lin joins on another computer and unlocks it. */
  async function keyedTeam() {
    const urls = await teamDatabase()
    const zhao = openTempApp().app
    const linDir = openTempApp()
    await call(zhao, 'team.use', { url: urls.zhao })
    await call(zhao, 'team.createKey', { passphrase: PASSPHRASE })
    await call(linDir.app, 'team.use', { url: urls.lin })
    return { urls, zhao, lin: linDir.app, linDir }
  }

  /** A draft holding the merchant's personal details and the legal representative's ID photo. */
  async function personalDraft(app: OpenedApp) {
    const { id } = await call<Draft>(app, 'drafts.create', { title: '山海咖啡' })
    const { sha256 } = await call<{ sha256: string }>(app, 'media.import', {
      draftId: id,
      name: PHOTO_NAME,
      dataBase64: (await renderIdFront()).toString('base64')
    })
    const content = structuredClone(MERCHANT)
    content.merchant.legalRep.frontPhoto = { sha256 }
    await call(app, 'drafts.save', { id, content, baseRevision: 1 })
    return { id, sha256, content, photo: Buffer.from(await app.media.read(sha256)) }
  }

  function expectNoPlaintext(raw: Awaited<ReturnType<typeof rawTeamRows>>, photo: Buffer) {
    for (const secret of Object.values(SECRETS)) {
      expect(raw.drafts).not.toContain(secret)
      expect(raw.revisions).not.toContain(secret)
    }
    expect(raw.names).not.toContain(SECRETS.legalRepId)
    // Any 64 bytes of the picture would show it was stored as it is.
    const sample = photo.subarray(photo.length >> 1, (photo.length >> 1) + 64)
    expect(raw.blobs.length).toBeGreaterThan(0)
    expect(raw.blobs.filter((blob) => blob.includes(sample))).toEqual([])
  }

  it('keeps no ID number, mobile, bank account nor ID-card photo in plain form on the server', async () => {
    const { urls, zhao } = await keyedTeam()
    const { photo } = await personalDraft(zhao)
    const raw = await rawTeamRows(urls.zhao)
    expectNoPlaintext(raw, photo)
    // What is not personal stays readable for the server (and the sealed values are versioned).
    expect(raw.drafts).toContain(MERCHANT.merchant.licence.registeredName)
    expect(JSON.parse(raw.drafts.split('\n')[0] ?? '')).toMatchObject({
      merchant: { legalRep: { idNumber: expect.stringMatching(/^kt1:/) as unknown } }
    })
  })

  it('lets a colleague who unlocked the key read the draft and its ID photo as they were', async () => {
    const { zhao, lin } = await keyedTeam()
    const { id, sha256, content, photo } = await personalDraft(zhao)
    await call(lin, 'team.unlock', { passphrase: PASSPHRASE })
    const seen = await call<Draft>(lin, 'drafts.get', { id })
    expect(seen.content).toEqual(content)
    expect(Buffer.from(await lin.media.read(sha256)).equals(photo)).toBe(true)
    expect(await call(lin, 'media.get', { sha256 })).toMatchObject({ originalName: PHOTO_NAME })
  })

  it('says the key is locked on a computer that has not unlocked it, and shows nothing', async () => {
    const { zhao, lin } = await keyedTeam()
    const { id, content } = await personalDraft(zhao)
    expect(await call<Status>(lin, 'team.status', {})).toMatchObject({ key: 'locked' })
    expect((await refusedWith(lin, 'drafts.get', { id })).code).toBe('team.locked')
    const save = await refusedWith(lin, 'drafts.save', { id, content, baseRevision: 2 })
    expect(save.code).toBe('team.locked')
    expect(formatMessage(save.code, 'zh-CN', save.params)).toContain('解锁')
  })

  it('refuses a wrong passphrase and stays locked', async () => {
    const { lin } = await keyedTeam()
    const error = await refusedWith(lin, 'team.unlock', { passphrase: 'not the passphrase' })
    expect(error.code).toBe('team.wrong_passphrase')
    expect(formatMessage(error.code, 'en', error.params)).toContain('Wrong team passphrase')
    expect(await call<Status>(lin, 'team.status', {})).toMatchObject({ key: 'locked' })
  })

  it('asks once per computer: the next start finds the key unlocked', async () => {
    const { lin, linDir } = await keyedTeam()
    await call(lin, 'team.unlock', { passphrase: PASSPHRASE })
    lin.close()
    const again = linDir.reopen()
    const status = await eventually(
      () => call<Status>(again, 'team.status', {}),
      (found) => found.connection === 'online'
    )
    expect(status).toMatchObject({ key: 'unlocked' })
  })

  it('merges personal fields changed by one side each, as without a key', async () => {
    const { zhao, lin } = await keyedTeam()
    await call(lin, 'team.unlock', { passphrase: PASSPHRASE })
    const { id, content } = await personalDraft(zhao)
    const mobile = structuredClone(content)
    mobile.merchant.contact.mobile = '13800000000'
    await call(zhao, 'drafts.save', { id, content: mobile, baseRevision: 2 })
    const account = structuredClone(content)
    account.merchant.settlement.accountNumber = '6222000000000000'
    const saved = await call<MethodOutput<'drafts.save'>>(lin, 'drafts.save', {
      id,
      content: account,
      baseRevision: 2
    })
    expect(saved.mergedFromOthers).toEqual(['merchant.contact.mobile'])
    const stored = (await call<Draft>(zhao, 'drafts.get', { id })).content.merchant
    expect([stored.contact.mobile, stored.settlement.accountNumber]).toEqual([
      '13800000000',
      '6222000000000000'
    ])
  })

  it('shows a clash on a personal field side by side in plain text', async () => {
    const { zhao, lin } = await keyedTeam()
    await call(lin, 'team.unlock', { passphrase: PASSPHRASE })
    const { id, content } = await personalDraft(zhao)
    const theirs = structuredClone(content)
    theirs.merchant.settlement.accountNumber = '6222111111111111'
    await call(lin, 'drafts.save', { id, content: theirs, baseRevision: 2 })
    const mine = structuredClone(content)
    mine.merchant.settlement.accountNumber = '6222999999999999'
    expect(
      (await refusedWith(zhao, 'drafts.save', { id, content: mine, baseRevision: 2 })).code
    ).toBe('drafts.conflict')
    const conflict = await call<MethodOutput<'drafts.conflict'>>(zhao, 'drafts.conflict', {
      id,
      baseRevision: 2,
      content: mine
    })
    expect(conflict.fields).toEqual([
      {
        path: 'merchant.settlement.accountNumber',
        mine: '6222999999999999',
        theirs: '6222111111111111'
      }
    ])
  })

  it('seals what a store already held when it is given a key, and the drafts still open', async () => {
    const urls = await teamDatabase()
    const zhao = openTempApp().app
    await call(zhao, 'team.use', { url: urls.zhao })
    const { id, content, photo } = await personalDraft(zhao)
    expect((await rawTeamRows(urls.zhao)).revisions).toContain(SECRETS.account)
    expect(await call<Status>(zhao, 'team.createKey', { passphrase: PASSPHRASE })).toMatchObject({
      key: 'unlocked'
    })
    expectNoPlaintext(await rawTeamRows(urls.zhao), photo)
    expect((await call<Draft>(zhao, 'drafts.get', { id })).content).toEqual(content)
  })

  /** A WeChat Pay application waiting for the merchant's signature, its answer imported. */
  async function toBeSigned(app: OpenedApp) {
    const id = await exportedDraft(app, 'wechat-pay')
    await call(app, 'submissions.importAnswer', {
      draftId: id,
      platform: 'wechat-pay',
      answer: SIGN_ANSWER
    })
    return id
  }

  it("keeps the ledger's sign links and the platforms' answers sealed on the server, and a colleague reads them as they were", async () => {
    const { urls, zhao, lin } = await keyedTeam()
    const id = await toBeSigned(zhao)
    const raw = await rawTeamRows(urls.zhao)
    expect(raw.links).not.toContain(SIGN_URL)
    expect(raw.answers).not.toContain(SIGN_URL)
    expect(raw.answers.split('\n').every((answer) => answer.startsWith('kt1:'))).toBe(true)

    await call(lin, 'team.unlock', { passphrase: PASSPHRASE })
    const [attempt] = await call<MethodOutput<'submissions.forDraft'>>(
      lin,
      'submissions.forDraft',
      {
        id
      }
    )
    expect(attempt?.links.map((link) => link.url)).toEqual([SIGN_URL])
    const answers = lin.db
      .prepare("SELECT raw FROM submission_events WHERE source = 'import'")
      .pluck()
      .all()
    expect(answers).toEqual([SIGN_ANSWER])
  })

  it('seals the ledger a store already held when it is given a key', async () => {
    const urls = await teamDatabase()
    const zhao = openTempApp().app
    await call(zhao, 'team.use', { url: urls.zhao })
    const id = await toBeSigned(zhao)
    expect((await rawTeamRows(urls.zhao)).links).toContain(SIGN_URL)
    await call(zhao, 'team.createKey', { passphrase: PASSPHRASE })
    const raw = await rawTeamRows(urls.zhao)
    expect([raw.links, raw.answers].join('\n')).not.toContain(SIGN_URL)
    const [attempt] = await call<MethodOutput<'submissions.forDraft'>>(
      zhao,
      'submissions.forDraft',
      { id }
    )
    expect(attempt?.links.map((link) => link.url)).toEqual([SIGN_URL])
  })

  /** Zhao and Lin on a team store without a key yet: Lin joined before Zhao made one. */
  async function joinedBeforeTheKey() {
    const urls = await teamDatabase()
    const zhao = openTempApp().app
    const lin = openTempApp().app
    await call(zhao, 'team.use', { url: urls.zhao })
    await call(lin, 'team.use', { url: urls.lin })
    return { urls, zhao, lin }
  }

  it('refuses a save in plain form from a colleague who joined before the key was made', async () => {
    const { urls, zhao, lin } = await joinedBeforeTheKey()
    const { id } = await call<Draft>(lin, 'drafts.create', { title: '山海咖啡' })
    await call(zhao, 'team.createKey', { passphrase: PASSPHRASE })
    const error = await refusedWith(lin, 'drafts.save', { id, content: MERCHANT, baseRevision: 1 })
    expect(error.code).toBe('team.locked')
    expect(await call<Status>(lin, 'team.status', {})).toMatchObject({ key: 'locked' })
    expect((await rawTeamRows(urls.zhao)).revisions).not.toContain(SECRETS.account)
  })

  it('keeps a colleague who joined before the key was made from publishing a sign link in plain form', async () => {
    const { urls, zhao, lin } = await joinedBeforeTheKey()
    const id = await exportedDraft(lin, 'wechat-pay')
    await call(zhao, 'team.createKey', { passphrase: PASSPHRASE })
    await call(lin, 'submissions.importAnswer', {
      draftId: id,
      platform: 'wechat-pay',
      answer: SIGN_ANSWER
    })
    const raw = await rawTeamRows(urls.zhao)
    expect([raw.links, raw.answers].join('\n')).not.toContain(SIGN_URL)
  })

  it('refuses a second key and a passphrase too short to guard it', async () => {
    const { zhao } = await keyedTeam()
    expect((await refusedWith(zhao, 'team.createKey', { passphrase: PASSPHRASE })).code).toBe(
      'team.key_exists'
    )
    const urls = await teamDatabase()
    const other = openTempApp().app
    await call(other, 'team.use', { url: urls.zhao })
    const short = await refusedWith(other, 'team.createKey', { passphrase: '1234' })
    expect([short.code, short.params]).toEqual(['team.passphrase_short', { min: 8 }])
  })

  describe('kaitong team', () => {
    /** A local store (its own folder) with the personal draft and its ID photo. */
    async function localStore() {
      const local = openTempApp()
      const made = await personalDraft(local.app)
      local.app.close()
      return { ...local, ...made }
    }

    function passphraseFile(text = PASSPHRASE): string {
      const file = join(tempDir(), 'passphrase.txt')
      writeFileSync(file, `${text}\n`)
      return file
    }

    it('makes the key at init, pushes sealed and pulls back what was pushed, verified', async () => {
      const url = await postgres.server().createDatabase(`team_key_cli_${++made}`)
      const source = await localStore()
      const target = openTempApp()
      target.app.close()
      const file = passphraseFile()
      const [init, push, pull] = await runCommands([
        ['team', 'init', '--db', url, '--passphrase-file', file],
        ['team', 'push', '--db', url, '--local', source.dbPath, '--passphrase-file', file],
        ['team', 'pull', '--db', url, '--local', target.dbPath, '--passphrase-file', file]
      ])
      expect(init?.output).toContain('已建立团队密钥')
      expect(init?.output).not.toContain(PASSPHRASE)
      expect([push?.code, pull?.code]).toEqual([0, 0])
      expect(pull?.output).toContain('1 个版本和 1 张图片的 sha256 核对一致')
      expectNoPlaintext(await rawTeamRows(url), source.photo)
      const home = target.reopen()
      expect(createDraftsRepo(home.db).get(source.id).content).toEqual(source.content)
      expect(Buffer.from(await home.media.read(source.sha256)).equals(source.photo)).toBe(true)
    })

    it('refuses to push with a wrong passphrase, in one sentence', async () => {
      const url = await postgres.server().createDatabase(`team_key_cli_${++made}`)
      const source = await localStore()
      const [, push] = await runCommands([
        ['team', 'init', '--db', url, '--passphrase-file', passphraseFile()],
        [
          'team',
          'push',
          '--db',
          url,
          '--local',
          source.dbPath,
          '--passphrase-file',
          passphraseFile('wrong passphrase')
        ]
      ])
      expect(push?.code).toBe(1)
      expect(push?.output.trim()).toBe(formatMessage('team.wrong_passphrase', 'zh-CN'))
    })

    it('unlocks a computer from KAITONG_TEAM_PASSPHRASE, which then pushes without it', async () => {
      const urls = await teamDatabase()
      const source = await localStore()
      await runCommands([
        ['team', 'init', '--db', urls.zhao, '--passphrase-file', passphraseFile()]
      ])
      const [locked] = await runCommands([
        ['team', 'push', '--db', urls.zhao, '--local', source.dbPath]
      ])
      expect([locked?.code, locked?.output.trim()]).toEqual([
        1,
        formatMessage('team.locked', 'zh-CN')
      ])
      process.env['KAITONG_TEAM_PASSPHRASE'] = PASSPHRASE
      let unlock
      try {
        ;[unlock] = await runCommands([
          ['team', 'use', '--db', urls.zhao, '--local', source.dbPath],
          ['team', 'unlock', '--local', source.dbPath]
        ]).then((runs) => runs.slice(1))
      } finally {
        delete process.env['KAITONG_TEAM_PASSPHRASE']
      }
      expect(unlock?.output).toContain('已解锁团队密钥')
      const [push] = await runCommands([
        ['team', 'push', '--db', urls.zhao, '--local', source.dbPath]
      ])
      expect(push?.code).toBe(0)
    })
  })
})
