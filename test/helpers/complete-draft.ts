import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import type { OpenedApp } from '../../src-main/api'
import type { PaymentProviderId } from '../../src-main/domain/payment-setup'

const FIXTURES = join(import.meta.dirname, '../fixtures')
/** Every picture hash in the fixtures is a placeholder for a real imported picture. */
const PLACEHOLDER = /\b[0-9a-f]{64}\b/g

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as unknown
}

/** Dispatches through the router and returns the value; a refusal fails the test with its error. */
export async function call<T>(app: OpenedApp, method: string, input: unknown): Promise<T> {
  const result = await app.router.dispatch(method, input)
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

/**
 * Photo-like pictures (a gradient with grain) big enough for every platform's byte minimum
 * (Alipay: 5 KB), made once per process; and a square logo.
 */
let pictures: Promise<{ photos: Buffer[]; logo: Buffer }> | undefined
function realisticPictures() {
  pictures ??= (async () => {
    const photo = (seed: number) =>
      sharp({
        create: {
          width: 1280,
          height: 960,
          channels: 3,
          background: { r: 60 + seed * 40, g: 120, b: 200 - seed * 30 },
          noise: { type: 'gaussian', mean: 128, sigma: 18 }
        }
      })
        .jpeg({ quality: 85 })
        .toBuffer()
    const logo = sharp(readFileSync(join(FIXTURES, 'images/logo-transparent.png')))
      .resize(512, 512)
      .png()
      .toBuffer()
    return { photos: await Promise.all([0, 1, 2].map(photo)), logo: await logo }
  })()
  return pictures
}

export interface CompleteDraftOptions {
  title?: string
  /** The payment provider to add; the other one is the one the merchant already has. */
  addProvider?: PaymentProviderId
  /** Photos to import instead of the shared three (`npm run bench`: camera-sized, unique). */
  photos?: readonly Buffer[]
}

/**
 * A draft complete for every platform it targets: the enterprise merchant with both payment
 * providers set up (WeChat Pay added unless told otherwise) and the full listing fixture
 * for the four listing platforms, every placeholder picture replaced by a real import.
 */
export async function createCompleteDraft(
  app: OpenedApp,
  options: CompleteDraftOptions = {}
): Promise<string> {
  const listingFile = readJson('platforms/listing-draft.kaitong.json') as {
    content: { listing: { logo: unknown } }
  }
  const base = readJson('drafts/enterprise.json') as {
    payment: { currentProvider: string; addProvider: string }
  }
  const addProvider = options.addProvider ?? 'wechat-pay'
  const content = {
    ...base,
    payment: {
      ...base.payment,
      addProvider,
      currentProvider: addProvider === 'wechat-pay' ? 'alipay' : 'wechat-pay'
    },
    listing: listingFile.content.listing
  }
  const { id } = await call<{ id: string }>(app, 'drafts.create', {
    title: options.title ?? '杭州小笼包 · 全平台'
  })
  const shared = await realisticPictures()
  const photos = options.photos ?? shared.photos
  const { logo } = shared
  const importPicture = async (bytes: Buffer, name: string) =>
    (
      await call<{ sha256: string }>(app, 'media.import', {
        draftId: id,
        name,
        dataBase64: bytes.toString('base64')
      })
    ).sha256
  const real = await Promise.all(
    photos.map((bytes, index) => importPicture(bytes, `photo-${index}.jpg`))
  )
  const logoSha = await importPicture(logo, 'logo.png')
  const placeholders = [...new Set(JSON.stringify(content).match(PLACEHOLDER) ?? [])]
  const filled = JSON.parse(
    JSON.stringify(content).replace(
      PLACEHOLDER,
      (hash) => real[placeholders.indexOf(hash) % real.length]!
    )
  ) as typeof content
  filled.listing.logo = { sha256: logoSha }
  await call(app, 'drafts.save', { id, content: filled })
  return id
}
