import { describe, expect, it } from 'vitest'
import { backupsToKeep, type BackupInfo } from '../../../src-main/store/backup'

function daily(from: string, days: number): BackupInfo[] {
  const start = Date.parse(from)
  return Array.from({ length: days }, (_, day) => {
    const createdAt = new Date(start + day * 86_400_000).toISOString()
    return { file: createdAt, createdAt, bytes: 1 }
  })
}

describe('backup rotation', () => {
  const backups = daily('2025-06-01T08:00:00Z', 554) // up to 2026-12-06
  const now = new Date('2026-12-06T09:00:00Z')
  const kept = [...backupsToKeep(backups, now)].sort()

  it('keeps the last seven backups', () => {
    expect(kept.slice(-7)).toEqual(backups.slice(-7).map((backup) => backup.file))
  })

  it('keeps the newest backup of each of the twelve months before, and nothing older', () => {
    expect(kept.slice(0, -7)).toEqual([
      '2026-01-31T08:00:00.000Z',
      '2026-02-28T08:00:00.000Z',
      '2026-03-31T08:00:00.000Z',
      '2026-04-30T08:00:00.000Z',
      '2026-05-31T08:00:00.000Z',
      '2026-06-30T08:00:00.000Z',
      '2026-07-31T08:00:00.000Z',
      '2026-08-31T08:00:00.000Z',
      '2026-09-30T08:00:00.000Z',
      // November's newest (the 30th) is among the last seven.
      '2026-10-31T08:00:00.000Z'
    ])
  })
})
