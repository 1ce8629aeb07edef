import type { WritableDb } from './connection'

/** Key → JSON value; callers parse values with their own schema (a bad row reads as absent). */
export function createSettingsRepo(db: WritableDb, now: () => Date = () => new Date()) {
  const select = db.prepare('SELECT value FROM settings WHERE key = ?')
  const upsert = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
  )
  const remove = db.prepare('DELETE FROM settings WHERE key = ?')
  // substr, not LIKE: a prefix may hold '_' or '%'.
  const keysFrom = db.prepare(
    'SELECT key FROM settings WHERE substr(key, 1, length(@prefix)) = @prefix ORDER BY key'
  )
  return {
    get(key: string): unknown {
      const row = select.get(key) as { value: string } | undefined
      if (!row) return undefined
      try {
        return JSON.parse(row.value) as unknown
      } catch {
        return undefined
      }
    },
    set(key: string, value: unknown): void {
      upsert.run(key, JSON.stringify(value), now().toISOString())
    },
    remove(key: string): void {
      remove.run(key)
    },
    /** Every key that starts with `prefix`, in order. */
    keysStartingWith(prefix: string): string[] {
      return (keysFrom.all({ prefix }) as { key: string }[]).map((row) => row.key)
    }
  }
}

export type SettingsRepo = ReturnType<typeof createSettingsRepo>
