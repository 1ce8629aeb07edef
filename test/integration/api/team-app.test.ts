import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import { emptyDraftContent, type DraftContent } from '../../../src-main/domain/draft'
import { formatMessage } from '../../../src-main/platforms/messages'
import { useTempApp } from '../../helpers/app'
import { runCommands } from '../../helpers/cli-runs'
import { call } from '../../helpers/complete-draft'
import { POSTGRES_MISSING, useTeamPostgres } from '../../helpers/postgres'
import { eventually, refusedWith, twoOperatorsOn } from '../../helpers/team-app'
import { useTempDir } from '../../helpers/temp-dir'

const openTempApp = useTempApp()
const tempDir = useTempDir('kaitong-team-cli-')

type Draft = MethodOutput<'drafts.get'>
type Status = MethodOutput<'team.status'>

function withShortName(shortName: string, from: DraftContent = emptyDraftContent()) {
  const content = structuredClone(from)
  content.merchant.business.shortName = shortName
  return content
}

if (POSTGRES_MISSING) console.warn(POSTGRES_MISSING)

describe.skipIf(POSTGRES_MISSING)('the app on a team store', () => {
  const postgres = useTeamPostgres('app_team')
  const { teamDatabase } = postgres

  /** Two app instances (their own data folders) switched to the same team store. */
  const twoOperators = async () => twoOperatorsOn(await teamDatabase(), () => openTempApp().app)

  it('tests a connection without switching: operator, TLS and the drafts it holds', async () => {
    const urls = await teamDatabase()
    const { app } = openTempApp()
    expect(await call(app, 'team.test', { url: urls.lin })).toEqual({
      operator: urls.role,
      tls: true,
      drafts: 0
    })
    expect(await call<Status>(app, 'team.status', {})).toMatchObject({ mode: 'local' })
  })

  it('refuses to switch to a server that refuses the password, and stays local', async () => {
    const urls = await teamDatabase()
    const { app } = openTempApp()
    const error = await refusedWith(app, 'team.use', { url: urls.lin.replace('lin-pw', 'nope') })
    expect(error.code).toBe('team.wrong_password')
    expect(formatMessage(error.code, 'zh-CN', error.params)).not.toContain('nope')
    expect(await call<Status>(app, 'team.status', {})).toMatchObject({ mode: 'local' })
  })

  it('shows a draft another operator created in the drafts list without a reload', async () => {
    const { zhao, lin } = await twoOperators()
    await call(zhao, 'drafts.create', { title: '杭州小笼包' })
    const page = await eventually(
      () => call<{ items: { title: string }[] }>(lin, 'drafts.page', {}),
      (found) => found.items.length === 1
    )
    expect(page.items.map((item) => item.title)).toEqual(['杭州小笼包'])
  })

  it('tells an operator who changed their open draft, as a live change', async () => {
    const { zhao, lin } = await twoOperators()
    const draft = await call<Draft>(zhao, 'drafts.create', { title: '草稿' })
    await call(lin, 'drafts.get', { id: draft.id })
    const { seq } = await call<{ seq: number }>(lin, 'team.changes', { since: 0 })
    await call(zhao, 'drafts.save', {
      id: draft.id,
      content: withShortName('小笼包'),
      baseRevision: 1
    })
    const live = await eventually(
      () => call<MethodOutput<'team.changes'>>(lin, 'team.changes', { since: seq }),
      (found) => found.changes.length > 0
    )
    expect(live.changes.map((c) => [c.id, c.revision, c.author, c.kind])).toEqual([
      [draft.id, 2, 'kaitong', 'saved']
    ])
    // Its own saves are not announced back to the operator who made them.
    expect(
      (await call<MethodOutput<'team.changes'>>(zhao, 'team.changes', { since: 0 })).changes
    ).toEqual([])
  })

  it('tells an operator who else has their draft open, and not themselves', async () => {
    const { zhao, lin, role } = await twoOperators()
    const { id } = await call<Draft>(zhao, 'drafts.create', { title: '草稿' })
    await call(lin, 'team.editing', { id })
    await call(zhao, 'team.editing', { id })
    const heard = await eventually(
      () => call<MethodOutput<'team.changes'>>(zhao, 'team.changes', { since: 0 }),
      (found) => found.changes.some((change) => change.kind === 'editing')
    )
    expect(heard.changes.filter((c) => c.kind === 'editing').map((c) => [c.id, c.author])).toEqual([
      [id, role]
    ])
  })

  it('merges a save from an older revision that changed another field, and says which', async () => {
    const { zhao, lin } = await twoOperators()
    const { id } = await call<Draft>(zhao, 'drafts.create', { title: '草稿' })
    const phone = emptyDraftContent()
    phone.merchant.business.servicePhone = '0571-88888888'
    await call(zhao, 'drafts.save', { id, content: phone, baseRevision: 1 })
    const saved = await call<MethodOutput<'drafts.save'>>(lin, 'drafts.save', {
      id,
      content: withShortName('小笼包'),
      baseRevision: 1
    })
    expect(saved).toMatchObject({
      revision: 3,
      mergedFromOthers: ['merchant.business.servicePhone']
    })
    const stored = (await call<Draft>(zhao, 'drafts.get', { id })).content.merchant.business
    expect([stored.servicePhone, stored.shortName]).toEqual(['0571-88888888', '小笼包'])
  })

  it('refuses a clashing save, shows both values side by side, and saves the chosen side', async () => {
    const { zhao, lin, role } = await twoOperators()
    const { id } = await call<Draft>(zhao, 'drafts.create', { title: '草稿' })
    await call(lin, 'drafts.save', { id, content: withShortName('林的简称'), baseRevision: 1 })
    const mine = withShortName('赵的简称')
    mine.merchant.business.servicePhone = '0571-1'
    const error = await refusedWith(zhao, 'drafts.save', { id, content: mine, baseRevision: 1 })
    expect(error.code).toBe('drafts.conflict')
    expect(await call(zhao, 'drafts.conflict', { id, baseRevision: 1, content: mine })).toEqual({
      current: 2,
      author: role,
      fields: [{ path: 'merchant.business.shortName', mine: '赵的简称', theirs: '林的简称' }]
    })
    await call(zhao, 'drafts.save', {
      id,
      content: mine,
      baseRevision: 1,
      choices: { 'merchant.business.shortName': 'theirs' }
    })
    const stored = (await call<Draft>(lin, 'drafts.get', { id })).content.merchant.business
    expect([stored.shortName, stored.servicePhone]).toEqual(['林的简称', '0571-1'])
  })

  it("brings the pictures a colleague's draft names to this computer", async () => {
    const { zhao, lin } = await twoOperators()
    const { id } = await call<Draft>(zhao, 'drafts.create', { title: '草稿' })
    const bytes = readFileSync(join(import.meta.dirname, '../../fixtures/images/photo.jpg'))
    const { sha256 } = await call<{ sha256: string }>(zhao, 'media.import', {
      draftId: id,
      name: 'logo.jpg',
      dataBase64: bytes.toString('base64')
    })
    const content = emptyDraftContent()
    content.listing.logo = { sha256 }
    await call(zhao, 'drafts.save', { id, content, baseRevision: 1 })
    const seen = await call<Draft>(lin, 'drafts.get', { id })
    expect(seen.content.listing.logo).toEqual({ sha256 })
    expect(await call(lin, 'media.get', { sha256 })).toMatchObject({ sha256, mime: 'image/jpeg' })
    expect(Buffer.from(await lin.media.read(sha256)).equals(bytes)).toBe(true)
  })

  it('duplicates and deletes several drafts on the team store, so colleagues see both', async () => {
    const { zhao, lin } = await twoOperators()
    const { id } = await call<Draft>(zhao, 'drafts.create', { title: '总店' })
    const copy = await call<Draft>(zhao, 'drafts.duplicate', { id, title: '分店' })
    await eventually(
      () => call<{ total: number }>(lin, 'drafts.page', {}),
      (page) => page.total === 2
    )
    expect((await call<Draft>(lin, 'drafts.get', { id: copy.id })).title).toBe('分店')
    await call(zhao, 'drafts.deleteMany', { ids: [id, copy.id] })
    const page = await eventually(
      () => call<{ total: number }>(lin, 'drafts.page', {}),
      (found) => found.total === 0
    )
    expect(page.total).toBe(0)
  })

  it('shows who saved each revision in the history', async () => {
    const { zhao, lin, role } = await twoOperators()
    const { id } = await call<Draft>(zhao, 'drafts.create', { title: '草稿' })
    await call(lin, 'drafts.save', { id, content: withShortName('小笼包'), baseRevision: 1 })
    const history = await call<MethodOutput<'drafts.history'>>(zhao, 'drafts.history', { id })
    expect(history.map((entry) => [entry.revision, entry.author, entry.changes.length])).toEqual([
      [2, role, 1],
      [1, 'kaitong', 0]
    ])
  })

  it('names who saved each revision in the CLI history of a team draft', async () => {
    const urls = await teamDatabase()
    const local = join(tempDir(), 'kaitong.sqlite')
    const lin = openTempApp().app
    await call(lin, 'team.use', { url: urls.lin })
    const { id } = await call<Draft>(lin, 'drafts.create', { title: '草稿' })
    await call(lin, 'drafts.save', { id, content: withShortName('小笼包'), baseRevision: 1 })
    const [, history] = await runCommands([
      ['team', 'use', '--db', urls.zhao, '--local', local],
      ['draft', 'history', id, '--db', local]
    ])
    expect(history?.output).toMatch(new RegExp(`^第 2 版 .* ${urls.role} 保存 .*1 处修改`))
  })

  it('keeps saves made while the server is down and sends them when it is back', async () => {
    const { zhao, lin } = await twoOperators()
    const { id } = await call<Draft>(zhao, 'drafts.create', { title: '草稿' })
    await call(zhao, 'drafts.get', { id })
    const offline = await postgres.server().whileDown(async () => {
      const saved = await call<MethodOutput<'drafts.save'>>(zhao, 'drafts.save', {
        id,
        content: withShortName('断网时写的'),
        baseRevision: 1
      })
      const reopened = await call<Draft>(zhao, 'drafts.get', { id })
      return { saved, reopened, status: await call<Status>(zhao, 'team.status', {}) }
    })
    expect(offline.saved.revision).toBe(1)
    expect(offline.reopened.content.merchant.business.shortName).toBe('断网时写的')
    expect(offline.status).toMatchObject({ connection: 'offline', pending: 1 })
    const back = await eventually(
      () => call<Status>(zhao, 'team.status', {}),
      (status) => status.connection === 'online' && status.pending === 0
    )
    expect(back).toMatchObject({ connection: 'online', pending: 0 })
    // The other operator's app reconnects on its own and hears of the sent revision.
    const stored = await eventually(
      () => call<Draft>(lin, 'drafts.get', { id }),
      (found) => found.revision === 2
    )
    expect([stored.revision, stored.content.merchant.business.shortName]).toEqual([2, '断网时写的'])
  }, 30_000)

  it('keeps a draft made here before switching as a local draft that opens and saves', async () => {
    const urls = await teamDatabase()
    const { app } = openTempApp()
    const { id } = await call<Draft>(app, 'drafts.create', { title: '本机的草稿' })
    await call(app, 'team.use', { url: urls.zhao })
    expect((await call<Draft>(app, 'drafts.get', { id })).title).toBe('本机的草稿')
    await call(app, 'drafts.save', { id, content: withShortName('小笼包'), baseRevision: 1 })
    const saved = await call<Draft>(app, 'drafts.get', { id })
    expect(saved.content.merchant.business.shortName).toBe('小笼包')
    expect(await call(app, 'team.test', { url: urls.zhao })).toMatchObject({ drafts: 0 })
  })

  it('goes back to the local file, keeping the drafts the team store showed', async () => {
    const { zhao } = await twoOperators()
    await call(zhao, 'drafts.create', { title: '团队的草稿' })
    expect(await call<Status>(zhao, 'team.leave', {})).toMatchObject({ mode: 'local' })
    const draft = await call<Draft>(zhao, 'drafts.create', { title: '本机的草稿' })
    expect(draft.title).toBe('本机的草稿')
    const titles = (await call<{ items: { title: string }[] }>(zhao, 'drafts.page', {})).items
    expect(titles.map((item) => item.title).sort()).toEqual(['团队的草稿', '本机的草稿'].sort())
  })

  it('switches, reports and leaves from the CLI, whose drafts then go to the team store', async () => {
    const urls = await teamDatabase()
    const dir = tempDir()
    const local = join(dir, 'kaitong.sqlite')
    const file = join(dir, 'draft.json')
    writeFileSync(
      file,
      JSON.stringify({ kaitongDraft: 1, title: '命令行的草稿', content: withShortName('小笼包') })
    )
    const [use, imported, status, leave] = await runCommands([
      ['team', 'use', '--db', urls.lin, '--local', local],
      ['draft', 'import', file, '--db', local],
      ['team', 'status', '--local', local, '--json'],
      ['team', 'leave', '--local', local]
    ])
    expect(use?.code).toBe(0)
    expect(use?.output).toContain('今后把草稿保存在团队数据库')
    expect(use?.output).not.toContain('lin-pw')
    expect(imported?.code).toBe(0)
    expect(JSON.parse(String(status?.output))).toMatchObject({
      mode: 'team',
      connection: 'online',
      operator: urls.role
    })
    expect(leave?.output).toContain('今后只把草稿保存在这台电脑上')
    const colleague = openTempApp().app
    await call(colleague, 'team.use', { url: urls.zhao })
    const page = await call<{ items: { title: string }[] }>(colleague, 'drafts.page', {})
    expect(page.items.map((item) => item.title)).toEqual(['命令行的草稿'])
  })

  it('reconnects to the chosen team store at the next start', async () => {
    const urls = await teamDatabase()
    const first = openTempApp()
    await call(first.app, 'team.use', { url: urls.lin })
    first.app.close()
    const again = first.reopen()
    const status = await eventually(
      () => call<Status>(again, 'team.status', {}),
      (found) => found.connection === 'online'
    )
    expect(status).toMatchObject({ mode: 'team', operator: urls.role, tls: true })
    expect(status.url).not.toContain('lin-pw')
  })
})
