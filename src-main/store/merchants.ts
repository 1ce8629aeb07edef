import type { WritableDb } from './connection'

export interface Merchant {
  id: string
  displayName: string
  createdAt: string
}

interface MerchantRow {
  id: string
  display_name: string
  created_at: string
}

function rowToMerchant(row: MerchantRow): Merchant {
  return { id: row.id, displayName: row.display_name, createdAt: row.created_at }
}

export function createMerchantsRepo(db: WritableDb) {
  const insert = db.prepare('INSERT INTO merchants (id, display_name, created_at) VALUES (?, ?, ?)')
  const select = db.prepare('SELECT * FROM merchants WHERE id = ?')
  const rename = db.prepare('UPDATE merchants SET display_name = ? WHERE id = ?')
  return {
    create(id: string, displayName: string, createdAt: string): Merchant {
      insert.run(id, displayName, createdAt)
      return { id, displayName, createdAt }
    },
    get(id: string): Merchant | undefined {
      const row = select.get(id) as MerchantRow | undefined
      return row && rowToMerchant(row)
    },
    setDisplayName(id: string, displayName: string): void {
      rename.run(displayName, id)
    }
  }
}
