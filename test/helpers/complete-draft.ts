import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { OpenedApp } from '../../src-main/api'

const FIXTURES = join(import.meta.dirname, '../fixtures')
/** Every picture hash in the fixtures is a placeholder for a real imported picture. */
const PLACEHOLDER = /\b[0-9a-f]{64}\b/g
const PICTURES = ['logo-transparent.png', 'photo.jpg', 'orientation-6.jpg', 'photo.webp']

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as unknown
}

async function call<T>(app: OpenedApp, method: string, input: unknown): Promise<T> {
  const result = await app.router.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

/**
 * A draft complete for every platform: the enterprise merchant with both payment
 * providers set up and the full listing fixture, with every placeholder picture replaced by a real imported image.
 */
export async function createCompleteDraft(
  app: OpenedApp,
  title = '杭州小笼包 · 全平台'
): Promise<string> {
  const listingFile = readJson('platforms/listing-draft.kaitong.json') as {
    content: { listing: unknown }
  }
  // The enterprise draft is complete for both payment providers; the listing fixture for
  // all four listing platforms.
  const content = {
    ...(readJson('drafts/enterprise.json') as object),
    listing: listingFile.content.listing
  }
  const { id } = await call<{ id: string }>(app, 'drafts.create', { title })
  const real: string[] = []
  for (const name of PICTURES) {
    const dataBase64 = readFileSync(join(FIXTURES, 'images', name)).toString('base64')
    real.push(
      (await call<{ sha256: string }>(app, 'media.import', { draftId: id, name, dataBase64 }))
        .sha256
    )
  }
  const placeholders = [...new Set(JSON.stringify(content).match(PLACEHOLDER) ?? [])]
  const text = JSON.stringify(content).replace(
    PLACEHOLDER,
    (hash) => real[placeholders.indexOf(hash) % real.length]!
  )
  await call(app, 'drafts.save', { id, content: JSON.parse(text) as unknown })
  return id
}
