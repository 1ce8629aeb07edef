import type { OpenedApp } from '../../src-main/api'
import type { MethodOutput } from '../../src-main/api/contract'

/**
 * Records the draft's licence and ID photos as already read, so opening a step does not
 * start the offline OCR: tests about layout and guidance then do not leave a native reader
 * running when the app closes.
 */
export async function markPhotosRead(app: OpenedApp, id: string): Promise<void> {
  const opened = await app.router.dispatch('drafts.get', { id })
  if (!opened.ok) throw new Error(opened.error.code)
  const { content } = opened.value as MethodOutput<'drafts.get'>
  const { merchant } = content
  const photos = {
    licence: merchant.licence.photo,
    idFront: merchant.legalRep.frontPhoto,
    idBack: merchant.legalRep.backPhoto
  }
  for (const [kind, photo] of Object.entries(photos) as [
    keyof typeof photos,
    typeof photos.licence
  ][]) {
    if (!photo) continue
    merchant.documentReads[kind] = {
      sha256: photo.sha256,
      kind,
      fields: {},
      quality: { sharpness: 1, brightness: 0.5, glare: 0, verdict: 'ok' },
      lines: 0
    }
  }
  const saved = await app.router.dispatch('drafts.save', { id, content })
  if (!saved.ok) throw new Error(saved.error.code)
}
