import { z } from 'zod'
import { DraftContent, DraftTitle } from '../domain/draft'
import { DraftFile } from '../domain/draft-file'
import { Sha256Hex } from '../domain/media-ref'
import type { MethodName } from './methods'

export interface MethodSpec {
  input: z.ZodType
  output: z.ZodType
}

const DraftId = z.object({ id: z.string().min(1).max(64) })

const DraftSummary = z.object({
  id: z.string(),
  merchantId: z.string(),
  title: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string()
})

const Draft = DraftSummary.extend({ content: DraftContent })

const MediaInfo = z.object({
  sha256: Sha256Hex,
  mime: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  originalName: z.string(),
  createdAt: z.string()
})

/** Base64 of at most the decoder's 100 MB byte limit (4/3 of it, rounded up). */
const MAX_IMPORT_BASE64 = 140_000_000

/** The one table of calls: name → input and output schema. */
export const CONTRACT = {
  'app.info': {
    input: z.object({}),
    output: z.object({ version: z.string(), dataDir: z.string() })
  },
  'drafts.list': { input: z.object({}), output: z.array(DraftSummary) },
  'drafts.create': { input: z.object({ title: DraftTitle }), output: Draft },
  'drafts.get': { input: DraftId, output: Draft },
  'drafts.rename': { input: DraftId.extend({ title: DraftTitle }), output: DraftSummary },
  'drafts.delete': { input: DraftId, output: z.object({ deleted: z.literal(true) }) },
  'drafts.save': {
    input: DraftId.extend({ content: DraftContent }),
    output: z.object({ revision: z.number().int(), savedAt: z.string(), changed: z.boolean() })
  },
  'drafts.revisions': {
    input: DraftId,
    output: z.array(
      z.object({ revision: z.number().int(), createdAt: z.string(), contentSha256: z.string() })
    )
  },
  'drafts.exportFile': { input: DraftId, output: DraftFile },
  /** `file` is parsed by the handler, so a bad file gets `drafts.file_invalid` with issues. */
  'drafts.importFile': { input: z.object({ file: z.unknown() }), output: Draft },
  /** Picker, drag and drop and paste all arrive here; the type comes from the bytes. */
  'media.import': {
    input: z.object({
      draftId: z.string().min(1).max(64),
      name: z.string().max(255),
      dataBase64: z.string().max(MAX_IMPORT_BASE64)
    }),
    output: MediaInfo
  },
  'media.get': { input: z.object({ sha256: Sha256Hex }), output: MediaInfo }
} as const satisfies Record<MethodName, MethodSpec>

export type Contract = typeof CONTRACT
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>
export type MethodOutput<K extends MethodName> = z.output<Contract[K]['output']>
export type HandlerInput<K extends MethodName> = z.output<Contract[K]['input']>
