import { pinyin } from 'pinyin-pro'
import { z } from 'zod'
import type { CategoryChoice, ListingPlatform } from '../domain/listing'
import alipayTable from '../../resources/categories/alipay-mp.json'
import baiduTable from '../../resources/categories/baidu-mp.json'
import douyinTable from '../../resources/categories/douyin-mp.json'
import wechatTable from '../../resources/categories/wechat-mp.json'

/**
 * The platforms' category tables, shipped as dated data in resources/categories so that a
 * newer table is a data change. Each entry says what a category asks for: qualifications,
 * WeChat's UGC declaration, Alipay's licence and storefront pictures.
 */

const Qualification = z.object({ key: z.string().min(1), name: z.string().min(1) })

export const CategoryEntry = z.object({
  /** Ids along the tree joined by `_`, as stored in a listing's CategoryChoice. */
  code: z.string().regex(/^[A-Za-z0-9]+(_[A-Za-z0-9]+)*$/),
  names: z.array(z.string().min(1)).min(1),
  qualifications: z.array(Qualification).default([]),
  /**
   * Alternatives, each a set of qualification keys that together satisfy the category.
   * Absent: every qualification is required.
   */
  qualificationOptions: z.array(z.array(z.string())).optional(),
  ugc: z.boolean().default(false),
  /** Alipay `need_license`: the business licence picture goes with the audit. */
  needsLicence: z.boolean().default(false),
  /** Alipay `need_out_door_pic`: a storefront photo (门头照) goes with the audit. */
  needsStorefront: z.boolean().default(false),
  source: z.string().default('')
})
export type CategoryEntry = z.output<typeof CategoryEntry>

export const CategoryTable = z.object({
  platform: z.enum(['wechat-mp', 'alipay-mp', 'douyin-mp', 'baidu-mp']),
  source: z.string().min(1),
  /** When the table was taken from its source, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** `excerpt`: only part of the platform's tree; unlisted codes are allowed with a warning. */
  coverage: z.enum(['complete', 'excerpt']),
  note: z.string().default(''),
  /** Category name paths that need a UGC declaration, whether or not their ids are listed. */
  ugcCategoryNames: z.array(z.array(z.string())).default([]),
  categories: z.array(CategoryEntry)
})
export type CategoryTable = z.output<typeof CategoryTable>

/** Pinyin initials of the Chinese characters in `value` (`招商银行` → `zsyh`). */
export function initials(value: string): string {
  const han = value.replace(/[^\p{Script=Han}]/gu, '')
  return pinyin(han, { pattern: 'first', toneType: 'none', separator: '' }).toLowerCase()
}

/** A listing's category pick, read against the table. */
export interface ResolvedCategory {
  code: string
  /** The code's ids, in tree order. */
  ids: string[]
  /** Names from the table, else as typed in the draft. */
  names: string[]
  entry: CategoryEntry | undefined
  needsUgcDeclaration: boolean
}

/**
 * One platform's table with its look-ups. Adapters take a catalogue rather than reading the
 * shipped file, so a refreshed table (or a test's) plugs in without touching them.
 */
export interface CategoryCatalog {
  table: CategoryTable
  find(code: string): CategoryEntry | undefined
  /**
   * Categories whose code or names contain the query, or whose names' pinyin initials do
   * (`gjbg` finds 工具-办公). An empty query lists the whole table.
   */
  search(query: string): CategoryEntry[]
  resolve(choice: CategoryChoice): ResolvedCategory
}

export function categoryCatalog(table: CategoryTable): CategoryCatalog {
  const byCode = new Map(table.categories.map((entry) => [entry.code, entry]))
  // Built on first search: pinyin of a full table is not free.
  let keys: Array<{ entry: CategoryEntry; text: string; initials: string }> | undefined
  const searchKeys = () =>
    (keys ??= table.categories.map((entry) => ({
      entry,
      text: `${entry.code} ${entry.names.join(' ')}`.toLowerCase(),
      initials: initials(entry.names.join(''))
    })))
  return {
    table,
    find: (code) => byCode.get(code),
    search(query) {
      const wanted = query.trim().toLowerCase()
      return searchKeys()
        .filter(
          (key) =>
            wanted === '' ||
            key.text.includes(wanted) ||
            (/^[a-z]+$/.test(wanted) && key.initials.includes(wanted))
        )
        .map((key) => key.entry)
    },
    resolve(choice) {
      const entry = byCode.get(choice.code)
      const names = entry?.names ?? choice.names.filter((name) => name.trim() !== '')
      const ugcByName = table.ugcCategoryNames.some(
        (path) => path.length === names.length && path.every((name, index) => names[index] === name)
      )
      return {
        code: choice.code,
        ids: choice.code.split('_'),
        names,
        entry,
        needsUgcDeclaration: (entry?.ugc ?? false) || ugcByName
      }
    }
  }
}

/** The shipped tables (resources/categories/<platform>.json). */
export const CATEGORY_CATALOGS: Readonly<Record<ListingPlatform, CategoryCatalog>> = {
  'wechat-mp': categoryCatalog(CategoryTable.parse(wechatTable)),
  'alipay-mp': categoryCatalog(CategoryTable.parse(alipayTable)),
  'douyin-mp': categoryCatalog(CategoryTable.parse(douyinTable)),
  'baidu-mp': categoryCatalog(CategoryTable.parse(baiduTable))
}

/** Search in a shipped table, for the category picker. */
export function searchCategories(platform: ListingPlatform, query: string): CategoryEntry[] {
  return CATEGORY_CATALOGS[platform].search(query)
}

/**
 * Keys of the qualifications still missing for a pick, from the option closest to complete;
 * empty when the category needs none or one option is fully given.
 */
export function missingQualifications(entry: CategoryEntry, choice: CategoryChoice): string[] {
  const given = new Set(
    choice.qualifications.filter((item) => item.files.length > 0).map((item) => item.key)
  )
  const options = entry.qualificationOptions ?? [entry.qualifications.map((item) => item.key)]
  const gaps = options.map((option) => option.filter((key) => !given.has(key)))
  return (
    gaps.reduce<string[] | undefined>(
      (best, gap) => (best === undefined || gap.length < best.length ? gap : best),
      undefined
    ) ?? []
  )
}

/** The name a table gives a qualification key, for messages. */
export function qualificationName(entry: CategoryEntry, key: string): string {
  return entry.qualifications.find((item) => item.key === key)?.name ?? key
}
