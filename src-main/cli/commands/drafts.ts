import { KaitongError } from '../../api/result'
import { MAX_DRAFT_FILE_BYTES } from '../../domain/input-limits'
import { readFileBounded } from '../../store/read-bounded'
import type { MethodOutput } from '../../api/contract'
import type { CommandSpec } from '../command'
import type { CliContext } from '../context'
import { writeFileAtomic } from '../../store/atomic-write'
import { cliText } from '../messages'
import { describeError, unwrap } from '../output'

export async function exportDraft(ctx: CliContext, id: string, file: string): Promise<number> {
  const draftFile = unwrap<MethodOutput<'drafts.exportFile'>>(
    await ctx.app().router.dispatch('drafts.exportFile', { id }),
    ctx.io,
    ctx.lang
  )
  if (!draftFile) return 1
  try {
    writeFileAtomic(file, JSON.stringify(draftFile, null, 2) + '\n')
  } catch (error) {
    ctx.io.err(cliText('writeFailed', ctx.lang, { file, reason: (error as Error).message }))
    return 1
  }
  ctx.io.out(cliText('exported', ctx.lang, { id, revision: draftFile.source?.revision ?? 0, file }))
  return 0
}

/** Reads a JSON file, turning a missing or malformed file into the user's words. */
export function readJsonFile(
  ctx: CliContext,
  file: string
): { ok: true; value: unknown } | { ok: false } {
  let text: string
  try {
    text = readFileBounded(file, MAX_DRAFT_FILE_BYTES).toString('utf8')
  } catch (error) {
    if (error instanceof KaitongError) {
      ctx.io.err(describeError(error.toApiError(), ctx.lang))
      return { ok: false }
    }
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    ctx.io.err(
      describeError({ code: 'drafts.file_unreadable', params: { file, reason } }, ctx.lang)
    )
    return { ok: false }
  }
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) }
  } catch {
    ctx.io.err(describeError({ code: 'drafts.file_not_json', params: { file } }, ctx.lang))
    return { ok: false }
  }
}

export async function importDraft(ctx: CliContext, file: string): Promise<number> {
  const read = readJsonFile(ctx, file)
  if (!read.ok) return 1
  const draft = unwrap<MethodOutput<'drafts.importFile'>>(
    await ctx.app().router.dispatch('drafts.importFile', { file: read.value }),
    ctx.io,
    ctx.lang
  )
  if (!draft) return 1
  if (ctx.json) ctx.io.out(JSON.stringify({ id: draft.id, title: draft.title }))
  else ctx.io.out(cliText('imported', ctx.lang, { id: draft.id, title: draft.title }))
  return 0
}

export const DRAFT_COMMANDS: CommandSpec[] = [
  {
    name: 'draft export',
    args: ['<id>', '<file.json>'],
    summary: { 'zh-CN': '把草稿导出为草稿文件', en: 'write a draft to a draft file' },
    run: (ctx, [id, file]) => exportDraft(ctx, String(id), String(file))
  },
  {
    name: 'draft import',
    args: ['<file.json>'],
    summary: { 'zh-CN': '从草稿文件新建草稿', en: 'create a draft from a draft file' },
    run: (ctx, [file]) => importDraft(ctx, String(file))
  }
]
