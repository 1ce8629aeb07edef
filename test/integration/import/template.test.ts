import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IMPORT_COLUMNS } from '../../../src-main/domain/import-columns'
import { mapHeaders, mapRow } from '../../../src-main/domain/import-row'
import { readSheet } from '../../../src-main/import/read-sheet'

const TEMPLATES = join(import.meta.dirname, '../../../resources/public/templates')

describe.each(['xlsx', 'csv'])('the shipped %s import template', (extension) => {
  async function template() {
    const file = `kaitong-import-template.${extension}`
    return readSheet(readFileSync(join(TEMPLATES, file)), file)
  }

  it('has every column the importer reads, each header known in both languages', async () => {
    const { columns, unknown } = mapHeaders((await template()).headers)
    expect(unknown).toEqual([])
    expect(columns.map((found) => found?.key)).toEqual(IMPORT_COLUMNS.map((found) => found.key))
  })

  it('has an example row that fills both payment providers and the listing without a mistake', async () => {
    const table = await template()
    const [example] = table.rows
    const row = mapRow(mapHeaders(table.headers), example ?? { line: 2, values: [] })
    expect(row.issues).toEqual([])
    const paths = row.writes.map((write) => write.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'payment.addProvider',
        'payment.currentProvider',
        'listing.targets',
        'listing.name'
      ])
    )
  })
})
