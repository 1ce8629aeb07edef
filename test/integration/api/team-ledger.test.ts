import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OpenedApp } from '../../../src-main/api'
import {
  ImportReportSchema,
  type MethodInput,
  type MethodOutput
} from '../../../src-main/api/contract'
import { formatMessage } from '../../../src-main/platforms/messages'
import { CLAIM_TTL_MS, pgLedger } from '../../../src-main/store/pg/submissions'
import { createSubmissionsRepo } from '../../../src-main/store/submissions'
import { useTempApp } from '../../helpers/app'
import { runCommands } from '../../helpers/cli-runs'
import { call, createCompleteDraft } from '../../helpers/complete-draft'
import {
  startFakeWechatPay,
  wechatPayKeys,
  type FakeWechatPay
} from '../../helpers/fake-wechat-pay'
import { merchantRow, sheetCells, utf8CsvBytes, writePictures } from '../../helpers/import-sheet'
import { POSTGRES_MISSING, useTeamPostgres } from '../../helpers/postgres'
import { exportedDraft, sendAndWait, wechatPayProfile } from '../../helpers/submit'
import { twoOperatorsOn } from '../../helpers/team-app'
import { useTempDir } from '../../helpers/temp-dir'

/**
 * Two app instances on one PostgreSQL share the submission ledger: each sees the other's
 * bundles and sends with who and when, and an application is sent once, whoever presses send.
 */

const openTempApp = useTempApp()
const tempDir = useTempDir('kaitong-team-ledger-')
const keys = wechatPayKeys()

type Draft = MethodOutput<'drafts.get'>
type Attempt = MethodOutput<'submissions.forDraft'>[number]
type Preview = MethodOutput<'submit.preview'>

let fake: FakeWechatPay
beforeEach(async () => {
  fake = await startFakeWechatPay(keys)
})
afterEach(() => fake.close())

if (POSTGRES_MISSING) console.warn(POSTGRES_MISSING)

describe.skipIf(POSTGRES_MISSING)('the submission ledger on a team store', () => {
  const postgres = useTeamPostgres('ledger_team')

  /** Zhao and Lin on one team store, both with the sending profile of the WeChat Pay double. */
  async function twoOperators() {
    const operators = await twoOperatorsOn(await postgres.teamDatabase(), () => openTempApp().app)
    for (const app of [operators.zhao, operators.lin])
      await call(app, 'submit.saveProfile', wechatPayProfile(keys, fake.url))
    return operators
  }

  /** The complete fixture made by Zhao, exported for WeChat Pay by both. */
  async function exportedByBoth() {
    const operators = await twoOperators()
    const { zhao, lin } = operators
    const id = await exportedDraft(zhao, 'wechat-pay')
    await call(lin, 'drafts.get', { id })
    await call(lin, 'bundles.export', { id, platforms: ['wechat-pay'] })
    const { merchant } = await call<Preview>(zhao, 'submit.preview', {
      id,
      platform: 'wechat-pay'
    })
    const send = (app: OpenedApp) =>
      sendAndWait(app, {
        id,
        platform: 'wechat-pay',
        confirmMerchant: merchant,
        confirmProduction: true
      })
    return { ...operators, id, send }
  }

  async function refusal(app: OpenedApp, method: string, input: unknown) {
    const result = await app.router.dispatch(method, input)
    if (result.ok) throw new Error(`${method} was not refused`)
    return result.error
  }

  it("lists a colleague's bundle and attempt for the draft, each with who made it", async () => {
    const { zhao, lin } = await twoOperators()
    const id = await exportedDraft(zhao, 'wechat-pay')
    await call(lin, 'drafts.get', { id })
    const history = await call<MethodOutput<'bundles.history'>>(lin, 'bundles.history', { id })
    expect(history.map((record) => [record.platform, record.author])).toEqual([
      ['wechat-pay', 'kaitong']
    ])
    const [attempt] = await call<Attempt[]>(lin, 'submissions.forDraft', { id })
    expect([attempt?.lifecycle, attempt?.author, attempt?.events.map((e) => e.author)]).toEqual([
      'exported',
      'kaitong',
      ['kaitong']
    ])
  })

  it("hears a colleague's bundle as it is written: in the local ledger before any screen is told", async () => {
    const { zhao, lin } = await twoOperators()
    const id = await createCompleteDraft(zhao)
    await call(lin, 'drafts.get', { id })
    await call(zhao, 'bundles.export', { id, platforms: ['wechat-pay'] })
    type Changes = MethodOutput<'team.changes'>
    let heard: Changes['changes'] = []
    for (let tries = 0; heard.length === 0 && tries < 400; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 25))
      const { changes } = await call<Changes>(lin, 'team.changes', { since: 0 })
      heard = changes.filter((change) => change.kind === 'ledger' && change.id === id)
    }
    expect(heard.map((change) => change.author)).toEqual(['kaitong'])
    // Read from Lin's file directly: nothing asked the team store for it.
    const [attempt] = createSubmissionsRepo(lin.db).listForDraft(id)
    expect([attempt?.platform, attempt?.lifecycle, attempt?.author]).toEqual([
      'wechat-pay',
      'exported',
      'kaitong'
    ])
  })

  it('publishes a bundle exported while the server was down when the board is next opened', async () => {
    const { zhao, lin } = await twoOperators()
    const id = await createCompleteDraft(zhao)
    await call(lin, 'drafts.get', { id })
    await postgres.server().whileDown(async () => {
      const [entry] = await call<MethodOutput<'bundles.export'>>(zhao, 'bundles.export', {
        id,
        platforms: ['wechat-pay']
      })
      expect(entry?.ok).toBe(true)
    })
    expect(await call<Attempt[]>(lin, 'submissions.forDraft', { id })).toEqual([])
    // Zhao's app reconnects on its own (every few seconds), then the board is opened.
    for (let tries = 0; !zhao.team.online() && tries < 200; tries++)
      await new Promise((resolve) => setTimeout(resolve, 50))
    await call(zhao, 'submissions.board', {})
    const [attempt] = await call<Attempt[]>(lin, 'submissions.forDraft', { id })
    expect([attempt?.platform, attempt?.author]).toEqual(['wechat-pay', 'kaitong'])
  })

  it('sends once when both operators press send at once, and tells the other who sent it', async () => {
    const { zhao, lin, role, id, send } = await exportedByBoth()
    const jobs = await Promise.all([send(zhao), send(lin)])
    expect(fake.applyments).toHaveLength(1)
    const sentBy = jobs.findIndex((job) => !job.error)
    expect((jobs[sentBy]?.result as Attempt).lifecycle).toBe('submitted')
    const sender = ['kaitong', role][sentBy]!
    const error = jobs[1 - sentBy]!.error!
    expect(['submit.being_sent', 'submit.sent_by']).toContain(error.code)
    expect(error.params?.['operator']).toBe(sender)
    expect(formatMessage(error.code, 'zh-CN', error.params)).toContain(sender)
    // Both ledgers end with the one application, recorded under its sender's name.
    for (const app of [zhao, lin]) {
      const [attempt] = await call<Attempt[]>(app, 'submissions.forDraft', { id })
      expect(attempt?.lifecycle).toBe('submitted')
      expect(attempt?.events.find((e) => e.lifecycle === 'submitted')?.author).toBe(sender)
    }
  })

  it('tells a colleague who presses send during a send who is sending, then who sent it and when', async () => {
    const { zhao, lin, id, send } = await exportedByBoth()
    // Zhao's application call hangs once (the client's timeout retries it): Zhao is sending.
    fake.faults.set('/v3/applyment4sub/applyment/', [{ hang: true }])
    const zhaoSends = send(zhao)
    // Zhao's pictures are going up: the run, and its claim, have started.
    for (let tries = 0; fake.uploads.size === 0 && tries < 200; tries++)
      await new Promise((resolve) => setTimeout(resolve, 20))
    const linSaw = await send(lin)
    expect(linSaw.error?.code).toBe('submit.being_sent')
    expect(linSaw.error?.params).toMatchObject({ operator: 'kaitong' })
    expect(formatMessage('submit.being_sent', 'en', linSaw.error?.params)).toMatch(
      /^kaitong is sending this application \(since \d{4}-\d\d-\d\d \d\d:\d\d\)/
    )
    expect((await zhaoSends).error).toBeUndefined()
    // Now the refusal is the call's own answer (checked before a job starts).
    const after = await refusal(lin, 'submit.send', {
      id,
      platform: 'wechat-pay',
      confirmMerchant: 'x',
      confirmProduction: true
    })
    expect(after.code).toBe('submit.sent_by')
    expect(formatMessage('submit.sent_by', 'zh-CN', after.params)).toMatch(
      /^kaitong 已于 \d{4}-\d\d-\d\d \d\d:\d\d 提交了这份申请/
    )
    expect(fake.applyments).toHaveLength(1)
  })

  it("goes on from a colleague's stopped send without sending its finished steps again", async () => {
    const { zhao, lin, send } = await exportedByBoth()
    // Every try of Zhao's application call fails: the pictures went up, the run stopped.
    fake.faults.set(
      '/v3/applyment4sub/applyment/',
      Array.from({ length: 4 }, () => ({ status: 500 as const }))
    )
    expect((await send(zhao)).error?.code).toBe('submit.platform_unavailable')
    const uploaded = new Map(fake.uploads)
    expect(uploaded.size).toBeGreaterThan(0)
    const job = await send(lin)
    expect(job.error).toBeUndefined()
    expect(fake.uploads).toEqual(uploaded)
    expect(fake.applyments).toHaveLength(1)
    expect(fake.applyments[0]?.unknownMedia).toEqual([])
  })

  it('asks to export here a bundle a colleague wrote on their computer', async () => {
    const { zhao, lin } = await twoOperators()
    const id = await exportedDraft(zhao, 'wechat-pay')
    const [record] = await call<MethodOutput<'bundles.history'>>(zhao, 'bundles.history', { id })
    // Lin's computer does not have Zhao's file.
    renameSync(record!.path, `${record!.path}.elsewhere`)
    await call(lin, 'drafts.get', { id })
    const error = await refusal(lin, 'submit.preview', { id, platform: 'wechat-pay' })
    expect([error.code, error.params]).toEqual([
      'submit.exported_elsewhere',
      { operator: 'kaitong' }
    ])
  })

  it('refuses the dry run of an application a colleague sent, naming them', async () => {
    const { zhao, lin, id, send } = await exportedByBoth()
    expect((await send(zhao)).error).toBeUndefined()
    const error = await refusal(lin, 'submit.preview', { id, platform: 'wechat-pay' })
    expect([error.code, error.params?.['operator']]).toEqual(['submit.sent_by', 'kaitong'])
  })

  it('lets a colleague send once the claim of a sender that crashed has lapsed', async () => {
    const { zhao, lin, id, send } = await exportedByBoth()
    const online = zhao.team.online()!
    const crashed = pgLedger({ ...online, session: 'crashed', db: zhao.db })
    await crashed.claim(createSubmissionsRepo(zhao.db).latestOf(id, 'wechat-pay')!)
    expect((await send(lin)).error?.code).toBe('submit.being_sent')
    expect(fake.applyments).toHaveLength(0)
    const held = await online.pool.query<{ minutes: number }>(
      'SELECT EXTRACT(EPOCH FROM expires_at - claimed_at) / 60 AS minutes FROM submission_claims'
    )
    expect(Number(held.rows[0]?.minutes)).toBe(CLAIM_TTL_MS / 60_000)
    // The claim's time passes without a word from its sender (the server's clock decides).
    await online.pool.query(
      `UPDATE submission_claims SET claimed_at = claimed_at - interval '11 minutes',
         expires_at = expires_at - interval '11 minutes'`
    )
    const job = await send(lin)
    expect(job.error).toBeUndefined()
    expect(fake.applyments).toHaveLength(1)
  })

  it('refuses from the CLI an application a colleague sent, naming them, and sends nothing', async () => {
    const { zhao, urls, id, send } = await exportedByBoth()
    expect((await send(zhao)).error).toBeUndefined()
    const local = join(tempDir(), 'kaitong.sqlite')
    const [, refused] = await runCommands([
      ['team', 'use', '--db', urls.lin, '--local', local],
      ['submit', '--id', id, '--platform', 'wechat-pay', '--db', local]
    ])
    expect(refused?.code).toBe(1)
    expect(refused?.output).toMatch(/kaitong 已于 \d{4}-\d\d-\d\d \d\d:\d\d 提交了这份申请/)
    expect(fake.applyments).toHaveLength(1)
  })

  it('leaves out of a bulk submit what a colleague sent, and sends the rest', async () => {
    const { zhao, lin, id, send } = await exportedByBoth()
    const other = await exportedDraft(lin, 'wechat-pay', { title: '第二家' })
    expect((await send(zhao)).error).toBeUndefined()
    const ready = await call<MethodOutput<'submit.planMany'>>(lin, 'submit.planMany', {
      allReady: true,
      platforms: ['wechat-pay'],
      profile: 'default'
    })
    expect(ready.items.map((item) => item.draftId)).toEqual([other])
    const named = await call<MethodOutput<'submit.planMany'>>(lin, 'submit.planMany', {
      ids: [id, other],
      platforms: ['wechat-pay'],
      profile: 'default'
    })
    expect(named.items.find((item) => item.draftId === id)?.problem).toMatchObject({
      code: 'submit.sent_by',
      params: { operator: 'kaitong' }
    })
    const started = await call<MethodOutput<'submit.sendMany'>>(lin, 'submit.sendMany', {
      ids: [id, other],
      platforms: ['wechat-pay'],
      profile: 'default',
      confirmCount: 1,
      confirmProduction: true
    } satisfies MethodInput<'submit.sendMany'>)
    const report = (await lin.jobs.settled(started.id)).result as {
      sent: number
      skipped: number
    }
    expect([report.sent, report.skipped]).toEqual([1, 1])
    expect(fake.applyments).toHaveLength(2)
  })

  it('refuses to send while the team store cannot be reached, so no colleague can send it too', async () => {
    const { zhao, id } = await exportedByBoth()
    const { merchant } = await call<Preview>(zhao, 'submit.preview', { id, platform: 'wechat-pay' })
    const job = await postgres.server().whileDown(() =>
      sendAndWait(zhao, {
        id,
        platform: 'wechat-pay',
        confirmMerchant: merchant,
        confirmProduction: true
      })
    )
    expect(job.error?.code).toBe('submit.team_offline')
    expect(fake.applyments).toHaveLength(0)
  })

  it('writes a sheet import through the team store: colleagues see the drafts, history names the importer', async () => {
    const { zhao, lin, role } = await twoOperators()
    const dir = tempDir()
    await writePictures(dir, 1)
    const files = [
      'ids/front.jpg',
      'ids/back.jpg',
      'stores/entrance.jpg',
      'stores/interior.jpg',
      'licences/licence-1.jpg'
    ]
    const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
    const preview = await call<MethodOutput<'imports.preview'>>(lin, 'imports.preview', {
      sheet: {
        name: 'm.csv',
        dataBase64: base64(utf8CsvBytes(sheetCells([merchantRow(1)]), true))
      },
      pictures: {
        kind: 'files',
        files: files.map((path) => ({ path, dataBase64: base64(readFileSync(join(dir, path))) }))
      }
    })
    const { previewId } = (await lin.jobs.settled(preview.id)).result as { previewId: string }
    const run = await call<MethodOutput<'imports.run'>>(lin, 'imports.run', { previewId })
    const report = ImportReportSchema.parse((await lin.jobs.settled(run.id)).result)
    const draftId = report.rows[0]!.draftId!
    const seen = await call<Draft>(zhao, 'drafts.get', { id: draftId })
    expect(seen.content.merchant.licence.creditCode).toBe(merchantRow(1)['uscc'])
    const history = await call<MethodOutput<'drafts.history'>>(zhao, 'drafts.history', {
      id: draftId
    })
    expect(new Set(history.map((entry) => entry.author))).toEqual(new Set([role]))
    // The pictures came with it.
    const licence = seen.content.merchant.licence.photo
    expect(licence && (await call(zhao, 'media.get', { sha256: licence.sha256 }))).toBeTruthy()
  })

  it('writes an imported draft package through the team store: colleagues see it with its pictures', async () => {
    const { zhao, lin, role } = await twoOperators()
    const elsewhere = openTempApp().app
    const made = await createCompleteDraft(elsewhere)
    const pack = await call<MethodOutput<'drafts.exportPackage'>>(
      elsewhere,
      'drafts.exportPackage',
      { id: made }
    )
    const imported = await call<Draft>(lin, 'drafts.importPackage', {
      name: pack.fileName,
      dataBase64: pack.dataBase64
    })
    const seen = await call<Draft>(zhao, 'drafts.get', { id: imported.id })
    const licence = seen.content.merchant.licence.photo
    expect(licence && (await call(zhao, 'media.get', { sha256: licence.sha256 }))).toBeTruthy()
    const history = await call<MethodOutput<'drafts.history'>>(zhao, 'drafts.history', {
      id: imported.id
    })
    expect(new Set(history.map((entry) => entry.author))).toEqual(new Set([role]))
  })

  it('writes a sheet imported from the CLI on a team store to the team store', async () => {
    const { zhao, urls, role } = await twoOperators()
    const dir = tempDir()
    await writePictures(dir, 1)
    const sheet = join(dir, 'm.csv')
    writeFileSync(sheet, utf8CsvBytes(sheetCells([merchantRow(1)]), true))
    const local = join(tempDir(), 'kaitong.sqlite')
    const [, imported] = await runCommands([
      ['team', 'use', '--db', urls.lin, '--local', local],
      ['import', sheet, '--images', dir, '--db', local]
    ])
    expect(imported?.code).toBe(0)
    // Zhao hears of the new draft a moment after the CLI's commit.
    let page = { items: [] as { id: string }[] }
    for (let tries = 0; page.items.length === 0 && tries < 100; tries++) {
      page = await call<typeof page>(zhao, 'drafts.page', {})
      if (page.items.length === 0) await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(page.items).toHaveLength(1)
    const [latest] = await call<MethodOutput<'drafts.history'>>(zhao, 'drafts.history', {
      id: page.items[0]!.id
    })
    expect(latest?.author).toBe(role)
  })

  it("saves a colleague's business-code choice as a team revision in their name", async () => {
    const { zhao, lin, role, id, send } = await exportedByBoth()
    fake.rejectNext = { code: 'PARAM_ERROR', message: '营业执照照片不清晰', field: 'license_copy' }
    expect(((await send(zhao)).result as Attempt).lifecycle).toBe('rejected')
    await call(lin, 'drafts.get', { id })
    const chosen = await call<MethodOutput<'submissions.chooseBusinessCode'>>(
      lin,
      'submissions.chooseBusinessCode',
      { draftId: id, rule: 'newCode' }
    )
    expect(chosen.choice.rule).toBe('newCode')
    const [latest] = await call<MethodOutput<'drafts.history'>>(zhao, 'drafts.history', { id })
    expect(latest?.author).toBe(role)
    const draft = await call<Draft>(zhao, 'drafts.get', { id })
    expect(draft.revision).toBe(latest?.revision)
    expect(draft.content.payment.wechat.attempt).toBe(chosen.draft.content.payment.wechat.attempt)
  })
})
