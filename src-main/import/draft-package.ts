import { KaitongError } from '../api/result'
import { parseDraftFile } from '../api/handlers/drafts'
import { writeZip, type ZipInput } from '../bundle/zip'
import { listZipEntries } from '../bundle/zip-read'
import { readZipFile } from './zip-file'
import { normalizeDraftContent } from '../domain/draft'
import type { DraftFile } from '../domain/draft-file'
import { pictureHashes } from '../domain/media-ref'
import type { MediaStore } from '../media'
import { hashBytes } from '../media/content-store'
import type { Draft, DraftsRepo } from '../store/drafts'
import type { DraftsPort } from '../store/port'

/**
 * A draft package (`*.kaitong-draft.zip`): the draft file as `draft.json` and every picture it
 * refers to as `media/<sha256>`, the original bytes. A draft file alone carries pictures only
 * as hashes; the package carries them, so a draft moves to another machine whole.
 */

const DRAFT_ENTRY = 'draft.json'
const MEDIA_PREFIX = 'media/'

export async function writeDraftPackage(file: DraftFile, media: MediaStore): Promise<Uint8Array> {
  const files = new Map<string, ZipInput>()
  files.set(DRAFT_ENTRY, {
    data: Buffer.from(JSON.stringify(file, null, 2) + '\n', 'utf8'),
    store: false
  })
  for (const sha256 of pictureHashes(file.content)) {
    files.set(MEDIA_PREFIX + sha256, { data: await media.read(sha256), store: true })
  }
  // The zip's time is the revision's, so one revision always packs to the same bytes.
  return writeZip(files, new Date(file.source?.exportedAt ?? 0))
}

export interface OpenedPackage {
  file: DraftFile
  pictures: Map<string, Uint8Array>
}

/** Reads and checks a package whole (every checksum, every picture present) before any write. */
export async function readDraftPackage(zip: Uint8Array, name: string): Promise<OpenedPackage> {
  let entries
  try {
    entries = listZipEntries(zip)
  } catch {
    throw new KaitongError('import.package_invalid', { file: name })
  }
  const draftEntry = entries.find((entry) => entry.name === DRAFT_ENTRY && entry.kind === 'file')
  if (!draftEntry) throw new KaitongError('import.package_invalid', { file: name })
  let raw: unknown
  try {
    const data = readZipFile(zip, draftEntry)
    if (!data) throw new Error('unreadable draft.json')
    raw = JSON.parse(Buffer.from(data).toString('utf8'))
  } catch {
    throw new KaitongError('import.package_invalid', { file: name })
  }
  const file = parseDraftFile(raw)
  const pictures = new Map<string, Uint8Array>()
  for (const sha256 of pictureHashes(file.content)) {
    const entry = entries.find(
      (candidate) => candidate.name === MEDIA_PREFIX + sha256 && candidate.kind === 'file'
    )
    if (!entry) throw new KaitongError('import.package_missing_picture', { sha256 })
    const data = readZipFile(zip, entry)
    if (!data || (await hashBytes(data)) !== sha256) {
      throw new KaitongError('import.package_checksum', { file: entry.name })
    }
    pictures.set(sha256, data)
  }
  return { file, pictures }
}

/** A new draft with its pictures, or nothing at all. */
export async function importDraftPackage(
  opened: OpenedPackage,
  drafts: DraftsRepo,
  media: MediaStore,
  /** On the team store the draft is written through it, so colleagues see it. */
  team?: DraftsPort
): Promise<Draft> {
  const content = normalizeDraftContent(opened.file.content)
  const draft = team
    ? await team.create(opened.file.title, content)
    : drafts.create(opened.file.title, content)
  try {
    for (const [sha256, bytes] of opened.pictures) {
      await media.importMedia({ bytes, originalName: sha256, draftId: draft.id })
    }
    // The pictures travel with a save: the create could not send what was not stored yet.
    if (team) await team.save(draft.id, { content, checkpoint: true })
  } catch (error) {
    if (team) await team.remove(draft.id).catch(() => undefined)
    else drafts.remove(draft.id)
    media.collectOrphans()
    throw error
  }
  return draft
}
