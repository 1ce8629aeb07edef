import { describe, expect, it } from 'vitest'
import { daysBetween, isCalendarDate } from '../../../src-main/domain/identifiers/calendar-date'

describe('isCalendarDate', () => {
  it('accepts real dates, including 29 February in leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2000-02-29')).toBe(true)
  })

  it('rejects impossible dates and other shapes', () => {
    expect(isCalendarDate('2023-02-29')).toBe(false)
    expect(isCalendarDate('1900-02-29')).toBe(false)
    expect(isCalendarDate('2024-13-01')).toBe(false)
    expect(isCalendarDate('2024-1-5')).toBe(false)
    expect(isCalendarDate('长期')).toBe(false)
  })
})

describe('daysBetween', () => {
  it('counts whole days, negative backwards, across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2026-11-25', '2027-01-24')).toBe(60)
    expect(daysBetween('2026-11-25', '2026-11-24')).toBe(-1)
  })
})
