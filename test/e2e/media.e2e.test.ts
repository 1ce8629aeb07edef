import { openDatabase, type ReadableDb } from '../../src-main/store/connection'
import { testDatabaseKey } from '../helpers/test-key'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type Browser } from '../helpers/browser'
import { useHarness } from '../helpers/harness'
import { thumbnailType } from '../helpers/thumbnail'

const startApp = useHarness()
let browser: Browser | undefined
afterEach(async () => {
  await browser?.close()
  browser = undefined
})

const IMAGES = join(import.meta.dirname, '../fixtures/images')
const LOGO = 'media-listing.logo'
const SCREENSHOTS = 'media-listing.screenshots'

interface Opened {
  page: Page
  dbPath: string
  dataDir: string
}

/** A fresh draft, opened at the listing's pictures. */
async function openPictures(): Promise<Opened> {
  const { harness, app, dbPath, dataDir } = await startApp()
  const created = await app.router.dispatch('drafts.create', { title: '图片测试' })
  if (!created.ok) throw new Error(created.error.code)
  const { id } = created.value as { id: string }
  browser = await launchBrowser()
  const { page } = browser
  await page.goto(`${harness.appUrl}#/drafts/${id}/listing?section=media`)
  await page.getByTestId(LOGO).waitFor()
  return { page, dbPath, dataDir }
}

function readDb<T>(dbPath: string, read: (db: ReadableDb) => T): T {
  const db = openDatabase(dbPath, { readonly: true, key: testDatabaseKey() })
  try {
    return read(db)
  } finally {
    db.close()
  }
}

interface SavedPictures {
  logo: { sha256: string } | null
  logoCrop: { x1: number; y1: number; x2: number; y2: number }
  screenshots: { sha256: string }[]
}

function savedPictures(dbPath: string): SavedPictures {
  return readDb(dbPath, (db) => {
    const row = db.prepare('SELECT content FROM drafts').get() as { content: string }
    return (JSON.parse(row.content) as { listing: SavedPictures }).listing
  })
}

function savedLogoCrop(dbPath: string): SavedPictures['logoCrop'] {
  return savedPictures(dbPath).logoCrop
}

describe('picture fields in the real renderer (Chromium)', () => {
  it('refuses an SVG, a PDF, a truncated and an empty file, each with its reason, and stores nothing', async () => {
    const { page, dbPath, dataDir } = await openPictures()
    const input = page.getByTestId(`${LOGO}-input`)
    const error = page.getByTestId(`${LOGO}-error`)
    const refusals = [
      { file: 'drawing.svg', says: '不支持此类文件（svg）' },
      { file: 'document.pdf', says: '不支持此类文件（pdf）' },
      { file: 'truncated.png', says: '图片文件不完整（png）' },
      { file: 'empty.jpg', says: '文件是空的' }
    ]
    for (const { file, says } of refusals) {
      await input.setInputFiles(join(IMAGES, file))
      await expect.poll(() => error.textContent()).toContain(`“${file}”未能添加：${says}`)
    }

    const card = page.getByTestId(LOGO).locator('[data-state]').first()
    expect(await card.getAttribute('data-state')).toBe('empty')
    expect(readDb(dbPath, (db) => db.prepare('SELECT COUNT(*) AS n FROM media').get())).toEqual({
      n: 0
    })
    const stored = join(dataDir, 'media')
    const files = existsSync(stored)
      ? readdirSync(stored, { recursive: true, withFileTypes: true }).filter((entry) =>
          entry.isFile()
        )
      : []
    expect(files).toEqual([])
    expect(savedPictures(dbPath).logo).toBeNull()
  })

  it('keeps an attached picture across a reload', async () => {
    const { page, dbPath } = await openPictures()
    await page.getByTestId(`${LOGO}-input`).setInputFiles(join(IMAGES, 'photo.jpg'))
    const thumb = page.getByTestId(LOGO).getByTestId('media-thumb')
    await thumb.waitFor()
    await expect.poll(() => savedPictures(dbPath).logo).not.toBeNull()
    const logo = savedPictures(dbPath).logo
    expect(logo?.sha256).toMatch(/^[0-9a-f]{64}$/)

    await page.reload()
    await thumb.waitFor()
    expect(await thumb.getAttribute('src')).toContain(logo!.sha256)
    expect(await thumbnailType(page, thumb)).toBe('image/webp')
    await expect.poll(() => page.getByTestId(LOGO).textContent()).toContain('320×240')
    expect(await page.getByTestId(LOGO).textContent()).toContain('photo.jpg')
  })

  it('adds screenshots in the order chosen and reorders them with the arrows', async () => {
    const { page, dbPath } = await openPictures()
    await page
      .getByTestId(`${SCREENSHOTS}-input`)
      .setInputFiles(['photo.jpg', 'photo.webp', 'png-named.jpg'].map((file) => join(IMAGES, file)))
    const items = page.getByTestId(`${SCREENSHOTS}-item`)
    await expect.poll(() => items.count()).toBe(3)
    const order = async () =>
      Promise.all((await items.all()).map((tile) => tile.getAttribute('data-sha256')))
    const [first, second, third] = await order()

    await items.nth(2).getByTestId(`${SCREENSHOTS}-earlier`).click()
    await expect.poll(order).toEqual([first, third, second])
    await expect
      .poll(() => savedPictures(dbPath).screenshots.map((picture) => picture.sha256))
      .toEqual([first, third, second])
  })

  it('starts a wide logo cropped to its centred square and saves a moved crop as fractions', async () => {
    const { page, dbPath } = await openPictures()
    await page.getByTestId(`${LOGO}-input`).setInputFiles(join(IMAGES, 'photo.jpg'))
    // 320×240: the largest centred square is 240 px from x = 40.
    await expect.poll(() => savedLogoCrop(dbPath)).toEqual({ x1: 0.125, y1: 0, x2: 0.875, y2: 1 })

    await page.getByTestId(`${LOGO}-crop`).click()
    const box = page.getByTestId('crop-box')
    await box.focus()
    // One step is 1 % of the short side (2 px here); five steps left: x = 30.
    for (let step = 0; step < 5; step += 1) await box.press('ArrowLeft')
    expect(await page.getByTestId('crop-size').textContent()).toContain('240×240')
    await page.getByTestId('crop-apply').click()
    await expect
      .poll(() => savedLogoCrop(dbPath))
      .toEqual({ x1: 0.09375, y1: 0, x2: 0.84375, y2: 1 })
  })

  it('takes a picture dropped on a field and one pasted into a focused list', async () => {
    const { page, dbPath } = await openPictures()
    await page.evaluate(deliver('drop', `[data-testid="${LOGO}"]`, 'logo-transparent.png'))
    await page.getByTestId(LOGO).getByTestId('media-thumb').waitFor()

    await page.getByTestId(SCREENSHOTS).getByRole('list').focus()
    await page.evaluate(deliver('paste', ':focus', 'photo.jpg'))
    await expect.poll(() => page.getByTestId(`${SCREENSHOTS}-item`).count()).toBe(1)

    await expect
      .poll(() => {
        const { logo, screenshots } = savedPictures(dbPath)
        return [logo !== null, screenshots.length]
      })
      .toEqual([true, 1])
  })
})

/**
 * A script for the page: drops a fixture file on, or pastes it into, the element the
 * selector finds, with the events a user's drop or Ctrl+V fires.
 */
function deliver(how: 'drop' | 'paste', selector: string, file: string): string {
  const base64 = readFileSync(join(IMAGES, file)).toString('base64')
  return `(() => {
    const bytes = Uint8Array.from(atob('${base64}'), (char) => char.charCodeAt(0))
    const transfer = new DataTransfer()
    transfer.items.add(new File([bytes], '${file}'))
    const target = document.querySelector('${selector}')
    const events = '${how}' === 'drop'
      ? ['dragenter', 'dragover', 'drop'].map(
          (type) => new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer })
        )
      : [new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer })]
    for (const event of events) target.dispatchEvent(event)
  })()`
}
