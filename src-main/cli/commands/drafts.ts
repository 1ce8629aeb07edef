import { closeSync, openSync, readSync } from 'node:fs'
import { basename } from 'node:path'
import { MAX_DRAFT_FILE_BYTES } from '../../domain/input-limits'
import { readFileBounded } from '../../store/read-bounded'
import { MAX_UPLOADED_PICTURES_BYTES } from '../../import/limits'
import type { MethodOutput } from '../../api/contract'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { writeFileAtomic } from '../../store/atomic-write'
import { cliText } from '../messages'
import { describeError, fileUnreadable, unwrap } from '../output'
import { invalidUtf8Offset } from '../../domain/utf8'

/** `--with-media`: one zip with the draft file and its pictures (a draft package). */
async function exportPackage(ctx: CliContext, id: string, file: string): Promise<number> {
  const pack = unwrap<MethodOutput<'drafts.exportPackage'>>(
    await ctx.app().router.dispatch('drafts.exportPackage', { id }),
    ctx.io,
    ctx.lang
  )
  if (!pack) return 1
  try {
    writeFileAtomic(file, Buffer.from(pack.dataBase64, 'base64'))
  } catch (error) {
    ctx.io.err(cliText('writeFailed', ctx.lang, { file, reason: (error as Error).message }))
    return 1
  }
  if (ctx.json) ctx.io.out(JSON.stringify({ id, file }))
  else ctx.io.out(cliText('packed', ctx.lang, { id, file }))
  return 0
}

export async function exportDraft(
  ctx: CliContext,
  [id, file]: string[],
  options: OptionValues
): Promise<number> {
  if (options['with-media'] === true) return exportPackage(ctx, String(id), String(file))
  const draftFile = unwrap<MethodOutput<'drafts.exportFile'>>(
    await ctx.app().router.dispatch('drafts.exportFile', { id: String(id) }),
    ctx.io,
    ctx.lang
  )
  if (!draftFile) return 1
  try {
    writeFileAtomic(String(file), JSON.stringify(draftFile, null, 2) + '\n')
  } catch (error) {
    const reason = (error as Error).message
    ctx.io.err(cliText('writeFailed', ctx.lang, { file: String(file), reason }))
    return 1
  }
  ctx.io.out(
    cliText('exported', ctx.lang, {
      id: String(id),
      revision: draftFile.source?.revision ?? 0,
      file: String(file)
    })
  )
  return 0
}

/** Warns about keys of a draft file that were not read ("ignored: content.licence.registerdName"). */
export function printIgnored(ctx: CliContext, ignored: readonly string[]): void {
  for (const path of ignored) ctx.io.err(cliText('ignoredKey', ctx.lang, { path }))
}

/** Reads a JSON file, turning a missing or malformed file into the user's words. */
export function readJsonFile(
  ctx: CliContext,
  file: string
): { ok: true; value: unknown } | { ok: false } {
  let bytes: Buffer
  try {
    bytes = readFileBounded(file, MAX_DRAFT_FILE_BYTES)
  } catch (error) {
    ctx.io.err(fileUnreadable(file, error, ctx.lang))
    return { ok: false }
  }
  const offset = invalidUtf8Offset(bytes)
  if (offset !== null) {
    ctx.io.err(describeError({ code: 'drafts.file_not_utf8', params: { file, offset } }, ctx.lang))
    return { ok: false }
  }
  const text = bytes.toString('utf8')
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) }
  } catch {
    ctx.io.err(describeError({ code: 'drafts.file_not_json', params: { file } }, ctx.lang))
    return { ok: false }
  }
}

/** A draft package is a zip; anything else is read as a draft file (JSON). Reads 4 bytes. */
function isZipFile(file: string): boolean {
  try {
    const fd = openSync(file, 'r')
    try {
      const head = Buffer.alloc(4)
      readSync(fd, head, 0, 4, 0)
      return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))
    } finally {
      closeSync(fd)
    }
  } catch {
    return false
  }
}

/** A package's bytes, bounded like any picture upload, or undefined after saying why not. */
function readPackage(ctx: CliContext, file: string): Buffer | undefined {
  try {
    return readFileBounded(file, MAX_UPLOADED_PICTURES_BYTES)
  } catch (error) {
    ctx.io.err(fileUnreadable(file, error, ctx.lang))
    return undefined
  }
}

export async function importDraft(ctx: CliContext, file: string): Promise<number> {
  let result
  if (isZipFile(file)) {
    const bytes = readPackage(ctx, file)
    if (!bytes) return 1
    const dataBase64 = bytes.toString('base64')
    result = await ctx
      .app()
      .router.dispatch('drafts.importPackage', { name: basename(file), dataBase64 })
  } else {
    const read = readJsonFile(ctx, file)
    if (!read.ok) return 1
    result = await ctx.app().router.dispatch('drafts.importFile', { file: read.value })
  }
  const draft = unwrap<MethodOutput<'drafts.importFile'>>(result, ctx.io, ctx.lang)
  if (!draft) return 1
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ id: draft.id, title: draft.title, ignored: draft.ignored }))
    return 0
  }
  ctx.io.out(cliText('imported', ctx.lang, { id: draft.id, title: draft.title }))
  printIgnored(ctx, draft.ignored)
  return 0
}

export const DRAFT_COMMANDS: CommandSpec[] = [
  {
    name: 'draft export',
    args: ['<id>', '<file>'],
    options: { 'with-media': { type: 'boolean', default: false } },
    optionsUsage: '[--with-media]',
    summary: {
      'zh-CN': '把草稿导出为草稿文件；--with-media 写出含图片的草稿包（zip）',
      en: 'write a draft to a draft file; --with-media writes a package (zip) with its pictures'
    },
    run: exportDraft
  },
  {
    name: 'draft import',
    args: ['<file>'],
    summary: {
      'zh-CN': '从草稿文件或草稿包（校验图片）新建草稿',
      en: 'create a draft from a draft file or a draft package (pictures verified)'
    },
    run: (ctx, [file]) => importDraft(ctx, String(file))
  }
]
