import { storeToRefs } from 'pinia'
import { computed, reactive, ref, watch } from 'vue'
import type { MethodOutput } from '../../src-main/api/contract'
import type { ApiError } from '../../src-main/api/result'
import type { DraftContent } from '../../src-main/domain/draft'
import { readDraftPath, writeDraftPath } from '../../src-main/domain/draft-path'
import type { CropBox } from '../../src-main/domain/listing'
import type { FractionBox, MediaUse, PlatformId } from '../../src-main/platforms/adapter'
import { formatBytes } from '../../src-main/platforms/precheck'
import { ADAPTERS } from '../../src-main/platforms/registry'
import { draftTargets } from '../../src-main/platforms/review'
import { useApi } from '../api/client'
import { useDraftEditorStore } from '../stores/draft-editor'

/**
 * Pictures in the renderer: reading a picked, dropped or pasted file into `media.import`,
 * the draft field a picture sits in, and each target platform's verdict on it. Verdicts and
 * picture facts depend only on the picture's hash (and the slot and crop), so they are kept
 * for the session and shared by every field and panel showing the same picture.
 */

export type MediaInfo = MethodOutput<'media.get'>
export type MediaVerdict = MethodOutput<'media.verdicts'>[number]
/** A crop in upright source pixels: what the crop tool works in. */
export interface PixelCrop {
  left: number
  top: number
  width: number
  height: number
}

/** How a picture field shows its pictures: a square icon, a landscape photo, a phone screen. */
export type MediaKind = 'logo' | 'photo' | 'screenshot'

/** ok: fits as it is; adjusted: export converts it to fit; unfit: no export can make it fit. */
export type VerdictState = 'ok' | 'adjusted' | 'unfit'

export function verdictState(verdict: MediaVerdict): VerdictState {
  if (!verdict.export.ok) return 'unfit'
  return verdict.ok ? 'ok' : 'adjusted'
}

/** The import's byte limit (the contract's base64 bound): bigger files are refused unread. */
const MAX_IMPORT_BYTES = 100 * 1024 * 1024

export interface PlatformMediaUse extends MediaUse {
  platform: PlatformId
}

/** Which platform slots the picture at `path` feeds, from each target adapter's own mediaUses. */
export function mediaUsesAt(content: DraftContent, path: string): PlatformMediaUse[] {
  return draftTargets(content).flatMap((platform) =>
    ADAPTERS[platform]
      .mediaUses(content)
      .filter((use) => use.path === path)
      .map((use) => ({ ...use, platform }))
  )
}

/** A field of the open draft by path, read and written in place (autosave picks it up). */
export function useDraftField<T>(path: () => string, read: (value: unknown) => T) {
  const { content } = storeToRefs(useDraftEditorStore())
  return computed<T>({
    get: () => read(readDraftPath(content.value, path())),
    set: (next) => writeDraftPath(content.value, path(), next)
  })
}

/** A crop box of fractions (WeChat's x1..y2) in source pixels, and back. */
export function cropToPixels(box: FractionBox, width: number, height: number): PixelCrop {
  const left = Math.round(box.x1 * width)
  const top = Math.round(box.y1 * height)
  return {
    left,
    top,
    width: Math.max(1, Math.round(box.x2 * width) - left),
    height: Math.max(1, Math.round(box.y2 * height) - top)
  }
}

const FRACTION_DIGITS = 6

function fraction(value: number, whole: number): number {
  return Number((value / whole).toFixed(FRACTION_DIGITS))
}

export function cropToFractions(crop: PixelCrop, width: number, height: number): CropBox {
  return {
    x1: fraction(crop.left, width),
    y1: fraction(crop.top, height),
    x2: fraction(crop.left + crop.width, width),
    y2: fraction(crop.top + crop.height, height)
  }
}

/** The largest centred square: the default crop of a logo, as export would centre-crop it. */
export function centredSquare(width: number, height: number): PixelCrop {
  const size = Math.min(width, height)
  return {
    left: Math.floor((width - size) / 2),
    top: Math.floor((height - size) / 2),
    width: size,
    height: size
  }
}

export function isWholePicture(box: FractionBox): boolean {
  return box.x1 === 0 && box.y1 === 0 && box.x2 === 1 && box.y2 === 1
}

const infos = reactive(new Map<string, MediaInfo | ApiError>())
const infoRequests = new Map<string, Promise<void>>()

function isApiError(value: MediaInfo | ApiError | undefined): value is ApiError {
  return value !== undefined && !('sha256' in value)
}

/** What the store knows about a picture (size, type, original name), fetched once a session. */
export function useMediaInfo(sha256: () => string | null) {
  const api = useApi()
  watch(
    sha256,
    (hash) => {
      if (!hash || infos.has(hash) || infoRequests.has(hash)) return
      const request = api['media.get']({ sha256: hash }).then((result) => {
        infos.set(hash, result.ok ? result.value : result.error)
        infoRequests.delete(hash)
      })
      infoRequests.set(hash, request)
    },
    { immediate: true }
  )
  const entry = computed(() => {
    const hash = sha256()
    return hash ? infos.get(hash) : undefined
  })
  return {
    info: computed(() => (isApiError(entry.value) ? undefined : entry.value)),
    error: computed(() => (isApiError(entry.value) ? entry.value : undefined))
  }
}

/** One verdict to show: which platform slot, and the answer once it has come back. */
export interface VerdictTarget {
  sha256: string
  platform: PlatformId
  slot: string
  /** The crop export applies (the adapter's MediaUse crop), as fractions. */
  crop?: FractionBox
}

export interface VerdictEntry extends VerdictTarget {
  verdict?: MediaVerdict
  error?: ApiError
}

const verdicts = reactive(new Map<string, MediaVerdict | ApiError>())
const verdictRequests = new Set<string>()

function cropKey(crop: FractionBox | undefined): string {
  return crop ? `${crop.x1},${crop.y1},${crop.x2},${crop.y2}` : ''
}

function verdictKey(target: VerdictTarget): string {
  return `${target.sha256}|${target.platform}|${target.slot}|${cropKey(target.crop)}`
}

/**
 * Verdicts for the given targets, fetched for the ones not yet known: one `media.verdicts`
 * call per picture and crop, so a logo used by four platforms is decoded in one request.
 */
export function useVerdicts(targets: () => VerdictTarget[]) {
  const api = useApi()
  watch(
    targets,
    (wanted) => {
      const groups = new Map<string, VerdictTarget[]>()
      for (const target of wanted) {
        const key = verdictKey(target)
        if (verdicts.has(key) || verdictRequests.has(key)) continue
        verdictRequests.add(key)
        const group = `${target.sha256}|${cropKey(target.crop)}`
        groups.set(group, [...(groups.get(group) ?? []), target])
      }
      for (const group of groups.values()) void fetchVerdicts(api, group)
    },
    { immediate: true, deep: true }
  )
  return computed<VerdictEntry[]>(() =>
    targets().map((target) => {
      const found = verdicts.get(verdictKey(target))
      if (!found) return target
      return 'platform' in found ? { ...target, verdict: found } : { ...target, error: found }
    })
  )
}

async function fetchVerdicts(api: ReturnType<typeof useApi>, group: VerdictTarget[]) {
  const [first] = group
  if (!first) return
  const result = await api['media.verdicts']({
    sha256: first.sha256,
    targets: group.map(({ platform, slot }) => ({ platform, slot })),
    ...(first.crop ? { crop: first.crop } : {})
  })
  group.forEach((target, index) => {
    const key = verdictKey(target)
    verdictRequests.delete(key)
    const answer = result.ok ? result.value[index] : result.error
    if (answer) verdicts.set(key, answer)
  })
}

/** The verdict that answers for one platform's use of a picture (with the crop export applies). */
export function verdictTarget(use: PlatformMediaUse): VerdictTarget {
  return {
    sha256: use.source,
    platform: use.platform,
    slot: use.slot,
    ...(use.crop ? { crop: use.crop } : {})
  }
}

/** Verdict targets of the picture a draft field path holds, for the draft's platforms. */
export function verdictTargetsAt(content: DraftContent | null, path: string): VerdictTarget[] {
  return content ? mediaUsesAt(content, path).map(verdictTarget) : []
}

export type ImportPhase = 'idle' | 'reading' | 'importing'

export interface ImportFailure {
  fileName: string
  error: ApiError
}

export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    // A data URL is `data:<type>;base64,<data>`; an empty file gives `data:` and nothing after.
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : ''
      const comma = url.indexOf(',')
      resolve(comma < 0 ? '' : url.slice(comma + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error('read failed'))
    reader.readAsDataURL(file)
  })
}

/**
 * Imports files into the media store for a draft, one after another. The type is decided
 * by main from the bytes; a refused file leaves the draft untouched and says why.
 */
export function useMediaImport() {
  const api = useApi()
  const editor = useDraftEditorStore()
  const { draft } = storeToRefs(editor)
  const phase = ref<ImportPhase>('idle')
  const failure = ref<ImportFailure | null>(null)

  async function importOne(file: File): Promise<MediaInfo | null> {
    const draftId = draft.value?.id
    if (!draftId) return null
    if (file.size > MAX_IMPORT_BYTES) {
      failure.value = {
        fileName: file.name,
        error: {
          code: 'media.too_large_bytes',
          params: { size: formatBytes(file.size), maxSize: formatBytes(MAX_IMPORT_BYTES) }
        }
      }
      return null
    }
    phase.value = 'reading'
    let dataBase64: string
    try {
      dataBase64 = await readBase64(file)
    } catch {
      failure.value = { fileName: file.name, error: { code: 'media.bad_upload' } }
      return null
    }
    phase.value = 'importing'
    const result = await api['media.import']({ draftId, name: file.name, dataBase64 })
    if (!result.ok) {
      failure.value = { fileName: file.name, error: result.error }
      return null
    }
    infos.set(result.value.sha256, result.value)
    return result.value
  }

  /**
   * The pictures that were accepted, in the order given; `failure` holds the last refusal.
   * `onEach` takes each picture as soon as it is stored, so leaving half-way keeps those
   * already done; the editor counts the import meanwhile, so leaving asks first.
   */
  async function importFiles(
    files: readonly File[],
    onEach?: (info: MediaInfo) => void
  ): Promise<MediaInfo[]> {
    failure.value = null
    const imported: MediaInfo[] = []
    editor.importsInFlight += 1
    try {
      for (const file of files) {
        const info = await importOne(file)
        if (info) {
          imported.push(info)
          onEach?.(info)
        }
      }
    } finally {
      phase.value = 'idle'
      editor.importsInFlight -= 1
    }
    return imported
  }

  return {
    phase,
    busy: computed(() => phase.value !== 'idle'),
    failure,
    importFiles,
    clearFailure: () => (failure.value = null)
  }
}

/** Files carried by a drop or a paste (a pasted screenshot arrives as a file too). */
export function transferredFiles(transfer: DataTransfer | null): File[] {
  return transfer ? [...transfer.files] : []
}

/** Whether a drag carries files (rather than a picture being reordered inside a list). */
export function carriesFiles(transfer: DataTransfer | null): boolean {
  return transfer?.types.includes('Files') ?? false
}
