import { describe, expect, it } from 'vitest'
import {
  limitIssues,
  renamesSince,
  windowDeadlines,
  type AttemptFacts,
  type LimitFacts
} from '../../../src-main/domain/ledger-limits'
import { LEDGER_WINDOWS, renameQuota } from '../../../src-main/platforms/status/limits'

// Local times, as the machine's calendar decides years and months.
const NOW = new Date(2026, 11, 6, 10, 0)
const at = (month: number, day: number, year = 2026) => new Date(year, month, day, 9).toISOString()

function sentAttempt(attempt: number, name: string | undefined, sentAt: string): AttemptFacts {
  return { attempt, lifecycle: 'rejected', sentAt, ...(name !== undefined ? { name } : {}) }
}

function wechatMp(attempts: AttemptFacts[], name: string): LimitFacts {
  return {
    attempts,
    name,
    renameQuota: renameQuota('wechat-mp')!,
    windows: LEDGER_WINDOWS['wechat-mp'] ?? {}
  }
}

const codes = (facts: LimitFacts) => limitIssues(facts, NOW).map((found) => found.code)

describe('renames counted from the ledger', () => {
  it('reads WeChat’s two renames a calendar year from the listing quota table', () => {
    expect(renameQuota('wechat-mp')).toEqual({ limit: 2, period: 'natural-year' })
    expect(renameQuota('douyin-mp')).toBeUndefined()
  })

  it('counts a sent name that differs from the one before, not the first name set', () => {
    const attempts = [
      sentAttempt(1, '杭州小笼包', at(0, 5)),
      sentAttempt(2, '杭州小笼包', at(1, 5)),
      sentAttempt(3, '西湖小笼包', at(2, 5)),
      sentAttempt(4, '西湖小笼', at(3, 5))
    ]
    expect(renamesSince(attempts, new Date(2026, 0, 1))).toBe(2)
  })

  it('leaves last year’s renames out of this year’s count', () => {
    const attempts = [
      sentAttempt(1, '杭州小笼包', at(10, 5, 2025)),
      sentAttempt(2, '西湖小笼包', at(11, 5, 2025)),
      sentAttempt(3, '西湖小笼', at(1, 5))
    ]
    expect(renamesSince(attempts, new Date(2026, 0, 1))).toBe(1)
  })

  it('counts a sent name it no longer knows as a rename, the stricter reading', () => {
    const attempts = [sentAttempt(1, '杭州小笼包', at(0, 5)), sentAttempt(2, undefined, at(1, 5))]
    expect(renamesSince(attempts, new Date(2026, 0, 1))).toBe(1)
  })

  it('says how many renames this submission makes while the year’s quota lasts', () => {
    const found = limitIssues(wechatMp([sentAttempt(1, '杭州小笼包', at(0, 5))], '西湖小笼包'), NOW)
    expect(found).toEqual([
      {
        code: 'ledger.rename_counts',
        path: 'listing.name',
        severity: 'warning',
        params: { used: 1, limit: 2 }
      }
    ])
  })

  it('warns on the name field when the year’s renames are used up, with the reset date', () => {
    const attempts = [
      sentAttempt(1, '杭州小笼包', at(0, 5)),
      sentAttempt(2, '西湖小笼包', at(3, 5)),
      sentAttempt(3, '西湖小笼', at(6, 5))
    ]
    expect(limitIssues(wechatMp(attempts, '西湖汤包'), NOW)).toEqual([
      {
        code: 'ledger.rename_quota_used',
        path: 'listing.name',
        severity: 'warning',
        params: { used: 2, limit: 2, date: '2027-01-01' }
      }
    ])
  })

  it('says nothing when the draft keeps the name sent last time', () => {
    const attempts = [
      sentAttempt(1, '杭州小笼包', at(0, 5)),
      sentAttempt(2, '西湖小笼包', at(3, 5))
    ]
    expect(codes(wechatMp(attempts, ' 西湖小笼包 '))).toEqual([])
  })

  it('says nothing while an application is in flight: its answer comes first', () => {
    const attempts: AttemptFacts[] = [
      { attempt: 1, lifecycle: 'inReview', sentAt: at(0, 5), name: '杭州小笼包' }
    ]
    expect(codes(wechatMp(attempts, '西湖小笼包'))).toEqual([])
  })

  it('warns that a live Alipay mini program keeps its name', () => {
    const facts: LimitFacts = {
      attempts: [{ attempt: 1, lifecycle: 'approved', sentAt: at(0, 5), name: '杭州小笼包' }],
      name: '西湖小笼包',
      renameQuota: renameQuota('alipay-mp')!,
      windows: {}
    }
    expect(codes(facts)).toEqual(['ledger.rename_after_launch'])
  })
})

describe('the month’s audit quota', () => {
  const facts = (auditQuota: LimitFacts['auditQuota']): LimitFacts => ({
    attempts: [],
    name: '',
    windows: {},
    ...(auditQuota ? { auditQuota } : {})
  })

  it('warns after the platform refused a submission for the quota this month', () => {
    const found = limitIssues(facts({ sentThisMonth: 27, refusedAt: at(11, 4) }), NOW)
    expect(found).toEqual([
      {
        code: 'ledger.audit_quota_refused',
        path: '',
        severity: 'warning',
        params: { date: '2026-12-04', next: '2027-01-01' }
      }
    ])
  })

  it('forgets last month’s refusal', () => {
    expect(codes(facts({ sentThisMonth: 0, refusedAt: at(10, 28) }))).toEqual([])
  })

  it('takes a quota answer newer than the refusal as the truth', () => {
    const checked = { limit: 27, rest: 3, at: at(11, 5), sentSince: 1 }
    expect(codes(facts({ sentThisMonth: 25, refusedAt: at(11, 4), checked }))).toEqual([])
  })

  it('warns when what was sent since the quota answer uses up what it said was left', () => {
    const checked = { limit: 27, rest: 2, at: at(11, 2), sentSince: 2 }
    expect(codes(facts({ sentThisMonth: 27, checked }))).toEqual(['ledger.audit_quota_used'])
  })
})

describe('dated windows', () => {
  const alipay = (attempts: AttemptFacts[]): LimitFacts => ({
    attempts,
    name: '杭州小笼包',
    windows: LEDGER_WINDOWS['alipay-mp'] ?? {}
  })

  it('keeps an unapproved Alipay name 30 days from its first submission', () => {
    const attempts = [sentAttempt(1, '杭州小笼包', at(10, 10))]
    expect(windowDeadlines(attempts, LEDGER_WINDOWS['alipay-mp']!)).toEqual([
      { kind: 'nameReservation', deadline: new Date(Date.parse(at(10, 10)) + 30 * 86_400_000) }
    ])
  })

  it('warns in the reservation’s last ten days, not before', () => {
    expect(codes(alipay([sentAttempt(1, '杭州小笼包', at(10, 25))]))).toEqual([])
    const late = limitIssues(alipay([sentAttempt(1, '杭州小笼包', at(10, 12))]), NOW)
    expect(late).toEqual([
      {
        code: 'ledger.name_reservation',
        path: 'listing.name',
        severity: 'warning',
        params: { date: '2026-12-12', days: 5 }
      }
    ])
  })

  it('drops the reservation window once a version is approved', () => {
    const attempts: AttemptFacts[] = [
      { attempt: 1, lifecycle: 'approved', sentAt: at(10, 1), name: '杭州小笼包' }
    ]
    expect(windowDeadlines(attempts, LEDGER_WINDOWS['alipay-mp']!)).toEqual([])
  })

  it('warns that WeChat media ids uploaded for an unsent application lapse after 3 days', () => {
    const uploadedAt = new Date(2026, 11, 4, 16, 30).toISOString()
    const facts = wechatMp([{ attempt: 1, lifecycle: 'exported', uploadedAt }], '')
    expect(limitIssues(facts, NOW)).toEqual([
      {
        code: 'ledger.media_expiring',
        path: '',
        severity: 'warning',
        params: { date: '2026-12-07 16:30', hours: 30 }
      }
    ])
  })

  it('says the media ids have lapsed once the 3 days are over', () => {
    const uploadedAt = new Date(2026, 11, 1, 8, 0).toISOString()
    const facts = wechatMp([{ attempt: 1, lifecycle: 'exported', uploadedAt }], '')
    expect(codes(facts)).toEqual(['ledger.media_expired'])
  })

  it('forgets uploads once the application was submitted', () => {
    const uploadedAt = new Date(2026, 11, 4, 16, 30).toISOString()
    const facts = wechatMp(
      [{ attempt: 1, lifecycle: 'inReview', uploadedAt, sentAt: uploadedAt }],
      ''
    )
    expect(codes(facts)).toEqual([])
  })
})
