import { describe, expect, it } from 'vitest'
import type { MethodOutput } from '../../../src-main/api/contract'
import type { OpenedApp } from '../../../src-main/api'
import type { DraftContent } from '../../../src-main/domain/draft'
import type { PlatformId } from '../../../src-main/platforms/adapter'
import { createSubmissionsRepo } from '../../../src-main/store/submissions'
import { readBundleFiles } from '../../../src-main/submit/bundle-files'
import { useTempApp } from '../../helpers/app'
import { call, createCompleteDraft } from '../../helpers/complete-draft'
import { statusAnswer } from '../../helpers/status-answers'

const openTempApp = useTempApp()

type View = MethodOutput<'submissions.forDraft'>[number]
type Choice = NonNullable<MethodOutput<'submissions.businessCode'>>

async function exportBundle(app: OpenedApp, id: string, platform: PlatformId) {
  const [result] = await call<MethodOutput<'bundles.export'>>(app, 'bundles.export', {
    id,
    platforms: [platform]
  })
  if (!result?.ok) throw new Error(JSON.stringify(result))
  return result.export
}

/** The business_code the exported WeChat Pay bundle will send. */
async function bundledCode(app: OpenedApp, id: string): Promise<unknown> {
  const written = await exportBundle(app, id, 'wechat-pay')
  const bundle = await readBundleFiles(written.path)
  return bundle.payload(bundle.manifest.calls.at(-1)!).body['business_code']
}

function mark(app: OpenedApp, id: string, platform: PlatformId, lifecycle: View['lifecycle']) {
  return call<View>(app, 'submissions.mark', { draftId: id, platform, lifecycle })
}

async function ledgerCodes(app: OpenedApp, id: string, platform: PlatformId) {
  const [review] = await call<MethodOutput<'review.draft'>>(app, 'review.draft', {
    id,
    platforms: [platform]
  })
  return review!.issues.filter((found) => found.code.startsWith('ledger.'))
}

async function rename(app: OpenedApp, id: string, name: string) {
  const draft = await call<{ content: DraftContent }>(app, 'drafts.get', { id })
  draft.content.listing.name = name
  await call(app, 'drafts.save', { id, content: draft.content })
}

describe('the WeChat Pay business_code after a rejection', () => {
  it('offers the rejected application’s own code by default, a new one as the other choice', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const sent = await bundledCode(app, id)
    await mark(app, id, 'wechat-pay', 'rejected')
    const choice = await call<Choice>(app, 'submissions.businessCode', { draftId: id })
    expect(choice).toMatchObject({
      rule: 'sameCode',
      sameCode: sent,
      sameCodeAvailable: true,
      attempt: 1
    })
    expect(choice.newCode).not.toBe(sent)
  })

  it('exports under a new code when the FAQ’s rule is chosen, and under the same code again when the doc’s is', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const first = await bundledCode(app, id)
    await mark(app, id, 'wechat-pay', 'rejected')
    const chosen = await call<MethodOutput<'submissions.chooseBusinessCode'>>(
      app,
      'submissions.chooseBusinessCode',
      { draftId: id, rule: 'newCode' }
    )
    expect(chosen.draft.content.payment.wechat.attempt).toBe(2)
    expect(await bundledCode(app, id)).toBe(chosen.choice.newCode)
    const attempts = await call<View[]>(app, 'submissions.forDraft', { id })
    expect(attempts.map((found) => [found.attempt, found.lifecycle])).toEqual([
      [2, 'exported'],
      [1, 'rejected']
    ])
    // Not sent yet: the choice can still be taken back.
    await call(app, 'submissions.chooseBusinessCode', { draftId: id, rule: 'sameCode' })
    expect(await bundledCode(app, id)).toBe(first)
    const issues = (
      await call<MethodOutput<'review.draft'>>(app, 'review.draft', {
        id,
        platforms: ['wechat-pay']
      })
    )[0]!.issues
    expect(issues.map((found) => found.code)).not.toContain('wechat-pay.business_code_reused')
  })

  it('says the same code is out of reach when the platform’s answer names one this draft cannot make', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    await call(app, 'submissions.importAnswer', {
      draftId: id,
      platform: 'wechat-pay',
      answer: JSON.stringify(statusAnswer('wechat-pay-rejected'))
    })
    const choice = await call<Choice>(app, 'submissions.businessCode', { draftId: id })
    expect(choice).toMatchObject({
      rule: 'newCode',
      sameCode: '1900013511_91330106MA2CKT8R1P_1',
      sameCodeAvailable: false
    })
    const refused = await app.router.dispatch('submissions.chooseBusinessCode', {
      draftId: id,
      rule: 'sameCode'
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'ledger.same_code_unavailable' } })
  })

  it('offers no choice once the resubmission was sent', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    await exportBundle(app, id, 'wechat-pay')
    await mark(app, id, 'wechat-pay', 'rejected')
    await exportBundle(app, id, 'wechat-pay')
    await mark(app, id, 'wechat-pay', 'submitted')
    expect(await call(app, 'submissions.businessCode', { draftId: id })).toBeNull()
    const refused = await app.router.dispatch('submissions.chooseBusinessCode', {
      draftId: id,
      rule: 'newCode'
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'ledger.no_rejection' } })
  })
})

describe('the month’s audit quota', () => {
  it('keeps the platform’s quota answer and counts what was sent since against it', async () => {
    const { app } = openTempApp()
    const quota = await call<MethodOutput<'submissions.importQuota'>>(
      app,
      'submissions.importQuota',
      { platform: 'wechat-mp', answer: JSON.stringify(statusAnswer('wechat-mp-quota')) }
    )
    expect(quota).toMatchObject({ platform: 'wechat-mp', sent: 0, limit: 27, rest: 8 })
    const { id } = await call<{ id: string }>(app, 'drafts.create', { title: '杭州小笼包' })
    await mark(app, id, 'wechat-mp', 'submitted')
    const [now] = await call<MethodOutput<'submissions.auditQuotas'>>(
      app,
      'submissions.auditQuotas',
      {}
    )
    expect(now).toMatchObject({ sent: 1, limit: 27, rest: 7 })
  })

  it('warns in the Review when the quota answer says nothing is left this month', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    await call(app, 'submissions.importQuota', {
      platform: 'wechat-mp',
      answer: JSON.stringify(statusAnswer('wechat-mp-quota-used'))
    })
    const codes = (await ledgerCodes(app, id, 'wechat-mp')).map((found) => found.code)
    expect(codes).toContain('ledger.audit_quota_used')
    expect((await ledgerCodes(app, id, 'alipay-mp')).map((found) => found.code)).not.toContain(
      'ledger.audit_quota_used'
    )
  })

  it('records an 85085 refusal as the plan runner does, and warns until a newer quota answer', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    await exportBundle(app, id, 'wechat-mp')
    const refused = await call<View>(app, 'submissions.importAnswer', {
      draftId: id,
      platform: 'wechat-mp',
      answer: JSON.stringify(statusAnswer('wechat-mp-audit-limit'))
    })
    expect(refused).toMatchObject({ lifecycle: 'rejected', platformState: '85085' })
    expect((await ledgerCodes(app, id, 'wechat-mp')).map((found) => found.code)).toContain(
      'ledger.audit_quota_refused'
    )
    const [quota] = await call<MethodOutput<'submissions.auditQuotas'>>(
      app,
      'submissions.auditQuotas',
      {}
    )
    expect(quota?.refusedAt).toBeDefined()
    await call(app, 'submissions.importQuota', {
      platform: 'wechat-mp',
      answer: JSON.stringify(statusAnswer('wechat-mp-quota'))
    })
    expect((await ledgerCodes(app, id, 'wechat-mp')).map((found) => found.code)).not.toContain(
      'ledger.audit_quota_refused'
    )
  })

  it('refuses an answer that is not a quota answer, and a platform without a quota query', async () => {
    const { app } = openTempApp()
    const wrong = await app.router.dispatch('submissions.importQuota', {
      platform: 'wechat-mp',
      answer: JSON.stringify(statusAnswer('wechat-mp-rejected'))
    })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'ledger.unrecognised_quota' } })
    const elsewhere = await app.router.dispatch('submissions.importQuota', {
      platform: 'douyin-mp',
      answer: JSON.stringify(statusAnswer('wechat-mp-quota'))
    })
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'ledger.no_audit_quota' } })
  })
})

describe('renames read from the ledger', () => {
  it('counts each rename sent this year and warns on the name once WeChat’s two are used', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    const sendAndReject = async () => {
      await exportBundle(app, id, 'wechat-mp')
      await mark(app, id, 'wechat-mp', 'submitted')
      await mark(app, id, 'wechat-mp', 'rejected')
    }
    await sendAndReject()
    expect(await ledgerCodes(app, id, 'wechat-mp')).toEqual([])
    await rename(app, id, '西湖小笼包')
    expect(await ledgerCodes(app, id, 'wechat-mp')).toContainEqual(
      expect.objectContaining({ code: 'ledger.rename_counts', path: 'listing.name' })
    )
    await sendAndReject()
    await rename(app, id, '西湖汤包馆')
    await sendAndReject()
    await rename(app, id, '西湖汤包铺')
    expect(await ledgerCodes(app, id, 'wechat-mp')).toContainEqual(
      expect.objectContaining({
        code: 'ledger.rename_quota_used',
        path: 'listing.name',
        params: { used: 2, limit: 2, date: `${new Date().getFullYear() + 1}-01-01` }
      })
    )
  })
})

describe('media ids uploaded for an application not yet submitted', () => {
  it('warns before WeChat’s 3-day media ids lapse, and forgets them once the bundle is exported again', async () => {
    const { app } = openTempApp()
    const id = await createCompleteDraft(app)
    await exportBundle(app, id, 'wechat-mp')
    // What the plan runner records after an upload step, when the send stops before submit_audit.
    createSubmissionsRepo(app.db).apply(
      { draftId: id, platform: 'wechat-mp', revision: 1 },
      {
        platformState: 'submit:call:payload/03-upload-audit-media-1.json',
        lifecycle: 'exported',
        ids: {},
        reasons: [],
        links: []
      },
      'submit',
      new Date().toISOString(),
      '{}'
    )
    const warned = (await ledgerCodes(app, id, 'wechat-mp')).find(
      (found) => found.code === 'ledger.media_expiring'
    )
    expect(warned?.params?.['hours']).toBe(71)
    await exportBundle(app, id, 'wechat-mp')
    expect((await ledgerCodes(app, id, 'wechat-mp')).map((found) => found.code)).not.toContain(
      'ledger.media_expiring'
    )
  })
})

describe('windows on the board', () => {
  it('lists an Alipay name still unapproved 28 days after its submission as expiring soon', async () => {
    const { app } = openTempApp()
    const { id } = await call<{ id: string }>(app, 'drafts.create', { title: '杭州小笼包' })
    const { id: fresh } = await call<{ id: string }>(app, 'drafts.create', { title: '西湖汤包' })
    const ledger = createSubmissionsRepo(app.db)
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
    const inReview = {
      platformState: 'AUDITING',
      lifecycle: 'inReview' as const,
      ids: {},
      reasons: [],
      links: []
    }
    ledger.apply(
      { draftId: id, platform: 'alipay-mp', revision: 1 },
      inReview,
      'import',
      daysAgo(28),
      ''
    )
    ledger.apply(
      { draftId: fresh, platform: 'alipay-mp', revision: 1 },
      inReview,
      'import',
      daysAgo(2),
      ''
    )
    const board = await call<MethodOutput<'submissions.board'>>(app, 'submissions.board', {
      filter: 'expiringSoon'
    })
    expect(board.rows.map((row) => row.draftTitle)).toEqual(['杭州小笼包'])
  })
})
