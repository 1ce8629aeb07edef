import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { MethodOutput } from '../../api/contract'
import { KaitongError } from '../../api/result'
import { DraftContent } from '../../domain/draft'
import { readDraftPath, writeDraftPath } from '../../domain/draft-path'
import { IMPORT_COLUMNS } from '../../domain/import-columns'
import type { CellIssue } from '../../domain/import-row'
import { interpolate, type Lang } from '../../domain/issue'
import { localCalendarDate } from '../../domain/local-date'
import { MAX_SHEET_BYTES } from '../../import/limits'
import { NO_PICTURES, picturesAt } from '../../import/picture-source'
import { createDocumentReader } from '../../media/ocr/read-document'
import { readSheet } from '../../import/read-sheet'
import { planImport, runImport, type ImportPlan } from '../../import/sheet-import'
import { formatIssue } from '../../platforms/messages'
import { createDraftLookup } from '../../store/draft-lookup'
import { createDraftsRepo } from '../../store/drafts'
import { readFileBounded } from '../../store/read-bounded'
import type { CommandSpec, OptionValues } from '../command'
import type { CliContext } from '../context'
import { describeError, fileUnreadable, unwrap } from '../output'

const TEXT = {
  preview: {
    'zh-CN': '预览 {file}：{rows} 行，新建 {create}，更新 {update}，拒绝 {refused}',
    en: 'Preview of {file}: {rows} rows, {create} to create, {update} to update, {refused} refused'
  },
  refusedRow: { 'zh-CN': '✗ 第 {line} 行 {title}', en: '✗ Row {line} {title}' },
  readRow: {
    'zh-CN': 'ⓘ 第 {line} 行 {title}：{count} 格从照片读取，请核对',
    en: 'ⓘ Row {line} {title}: {count} cell read from a photo, please check | ⓘ Row {line} {title}: {count} cells read from photos, please check'
  },
  reading: {
    'zh-CN': '正在读取表格和证件照片（离线识别，每张约几秒）…',
    en: 'Reading the sheet and the document photos (offline, a few seconds each)…'
  },
  photoRow: {
    'zh-CN': '⚠ 第 {line} 行 {title}：{count} 处与证件照片不符或照片需重拍',
    en: '⚠ Row {line} {title}: 1 difference from a document photo, or a photo to retake | ⚠ Row {line} {title}: {count} differences from the document photos, or photos to retake'
  },
  dueRow: {
    'zh-CN': '△ 第 {line} 行 {title}：导入后尚缺 {count} 项（向导中补全）',
    en: '△ Row {line} {title}: {count} item still due after import (finish it in the wizard) | △ Row {line} {title}: {count} items still due after import (finish them in the wizard)'
  },
  unknownColumns: {
    'zh-CN': '已忽略不认识的列：{headers}',
    en: 'Ignored unknown columns: {headers}'
  },
  dryRun: { 'zh-CN': '试运行：未写入任何内容', en: 'Dry run: nothing was written' },
  done: {
    'zh-CN': '完成：新建 {created}，更新 {updated}，未变 {unchanged}，拒绝 {refused}',
    en: 'Done: {created} created, {updated} updated, {unchanged} unchanged, {refused} refused'
  },
  created: { 'zh-CN': '已新建草稿 {id}：{title}', en: 'Created draft {id}: {title}' },
  needDraftField: {
    'zh-CN':
      '请用 --draft <草稿ID> 和 --field <字段路径> 指定图片放在哪里，例如 --field merchant.licence.photo',
    en: 'Say where the picture goes with --draft <draft id> and --field <path>, e.g. --field merchant.licence.photo'
  },
  notPictureField: {
    'zh-CN': '{field} 不是图片字段（例如 merchant.licence.photo、listing.screenshots）',
    en: '{field} is not a picture field (e.g. merchant.licence.photo, listing.screenshots)'
  },
  pictureSet: {
    'zh-CN': '✓ 图片 {sha} 已放入草稿 {id} 的 {field}（第 {revision} 版）',
    en: '✓ Picture {sha} put into {field} of draft {id} (revision {revision})'
  }
} satisfies Record<string, Record<Lang, string>>

function say(ctx: CliContext, key: keyof typeof TEXT, params?: Record<string, string | number>) {
  return interpolate(TEXT[key][ctx.lang], params)
}

function readInput(ctx: CliContext, file: string, max: number): Buffer | undefined {
  try {
    return readFileBounded(file, max)
  } catch (error) {
    ctx.io.err(fileUnreadable(file, error, ctx.lang))
    return undefined
  }
}

function columnName(column: string, lang: Lang): string {
  return IMPORT_COLUMNS.find((found) => found.key === column)?.header[lang] ?? ''
}

function issueLine(found: CellIssue, lang: Lang): string {
  const where = columnName(found.column, lang)
  return `    ${where ? `${where}: ` : ''}${formatIssue(found, lang)} [${found.code}]`
}

function printPreview(ctx: CliContext, plan: ImportPlan, file: string): void {
  const count = (action: string) => plan.rows.filter((row) => row.action === action).length
  if (ctx.json) {
    for (const row of plan.rows) {
      const described = (list: CellIssue[]) =>
        list.map((found) => ({ ...found, message: formatIssue(found, ctx.lang) }))
      ctx.io.out(
        JSON.stringify({
          type: 'row',
          line: row.line,
          action: row.action,
          ...(row.draftId ? { draftId: row.draftId } : {}),
          title: row.title,
          blocking: described(row.blocking),
          due: described(row.due),
          warnings: described(row.warnings)
        })
      )
    }
    return
  }
  if (plan.unknownColumns.length > 0) {
    ctx.io.out(say(ctx, 'unknownColumns', { headers: plan.unknownColumns.join('、') }))
  }
  for (const row of plan.rows) {
    if (row.action === 'refused') {
      ctx.io.out(say(ctx, 'refusedRow', { line: row.line, title: row.title }))
      for (const found of row.blocking) ctx.io.out(issueLine(found, ctx.lang))
      continue
    }
    const read = row.warnings.filter((found) => found.code === 'import.read_from_photo')
    if (read.length > 0) {
      ctx.io.out(say(ctx, 'readRow', { line: row.line, title: row.title, count: read.length }))
      for (const found of read) ctx.io.out(issueLine(found, ctx.lang))
    }
    // What the photos contradict or cannot vouch for (every typed cell, with --check-photos).
    const photo = row.warnings.filter(
      (found) => found.code.startsWith('document.') && found.code !== 'document.read_unconfirmed'
    )
    if (photo.length > 0) {
      ctx.io.out(say(ctx, 'photoRow', { line: row.line, title: row.title, count: photo.length }))
      for (const found of photo) ctx.io.out(issueLine(found, ctx.lang))
    }
    if (row.due.length > 0) {
      ctx.io.out(say(ctx, 'dueRow', { line: row.line, title: row.title, count: row.due.length }))
    }
  }
  ctx.io.out(
    say(ctx, 'preview', {
      file,
      rows: plan.rows.length,
      create: count('create'),
      update: count('update'),
      refused: count('refused')
    })
  )
}

/**
 * A bar on a terminal (stderr, redrawn in place), NDJSON lines with --json, else nothing.
 * `phase` tells the preview's reading (document photos) from the import's writing.
 */
function progressPrinter(ctx: CliContext, phase: 'preview' | 'import') {
  const tty = process.stderr.isTTY && !ctx.json
  return (done: number, total: number, label?: string) => {
    if (ctx.json) {
      ctx.io.out(
        JSON.stringify({ type: 'progress', phase, done, total, ...(label ? { label } : {}) })
      )
    } else if (tty) {
      const width = 30
      const filled = total === 0 ? width : Math.round((done / total) * width)
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled)
      process.stderr.write(`\r${bar} ${done}/${total} ${(label ?? '').slice(0, 30).padEnd(30)}`)
      if (done === total) process.stderr.write('\n')
    }
  }
}

/** `kaitong import`: preview every row, then (unless --dry-run) import; exit 1 if any refused. */
async function importCommand(
  ctx: CliContext,
  [sheetFile]: string[],
  options: OptionValues
): Promise<number> {
  const file = String(sheetFile)
  const bytes = readInput(ctx, file, MAX_SHEET_BYTES)
  if (!bytes) return 1
  const images = typeof options['images'] === 'string' ? options['images'] : undefined
  const app = ctx.app()
  const documents = createDocumentReader()
  const deps = {
    drafts: createDraftsRepo(app.db),
    lookup: createDraftLookup(app.db),
    media: app.media,
    documents,
    today: localCalendarDate(new Date()),
    overrides: app.settings.ruleLevels(),
    // On the team store the rows go to the team, as the app's 批量导入 does.
    ...(app.team.status().mode === 'team' ? { team: app.team.drafts() } : {})
  }
  try {
    const pictures = images ? picturesAt(images) : NO_PICTURES
    const table = await readSheet(bytes, basename(file))
    if (process.stderr.isTTY && !ctx.json) process.stderr.write(say(ctx, 'reading') + '\n')
    const plan = await planImport(table, pictures, deps, {
      progress: progressPrinter(ctx, 'preview'),
      checkTyped: options['check-photos'] === true
    })
    printPreview(ctx, plan, basename(file))
    const refused = plan.rows.some((row) => row.action === 'refused')
    if (options['dry-run'] === true) {
      if (!ctx.json) ctx.io.out(say(ctx, 'dryRun'))
      return refused ? 1 : 0
    }
    const report = await runImport(plan, pictures, deps, {
      progress: progressPrinter(ctx, 'import')
    })
    if (ctx.json) ctx.io.out(JSON.stringify({ type: 'report', ...report }))
    else {
      // Rows the preview accepted but the import could not write (a picture gone meanwhile).
      for (const row of report.rows) {
        if (
          row.outcome !== 'refused' ||
          !row.error ||
          plan.rows.some((p) => p.line === row.line && p.action === 'refused')
        )
          continue
        ctx.io.out(say(ctx, 'refusedRow', { line: row.line, title: row.title }))
        ctx.io.out(`    ${describeError(row.error, ctx.lang)}`)
      }
      const { created, updated, unchanged } = report
      ctx.io.out(say(ctx, 'done', { created, updated, unchanged, refused: report.refused }))
    }
    return report.refused > 0 ? 1 : 0
  } catch (error) {
    if (!(error instanceof KaitongError)) throw error
    ctx.io.err(describeError(error.toApiError(), ctx.lang))
    return 1
  } finally {
    await documents.close()
  }
}

async function newDraft(ctx: CliContext, [title]: string[]): Promise<number> {
  const draft = unwrap<MethodOutput<'drafts.create'>>(
    await ctx.app().router.dispatch('drafts.create', { title }),
    ctx.io,
    ctx.lang
  )
  if (!draft) return 1
  if (ctx.json) ctx.io.out(JSON.stringify({ id: draft.id, title: draft.title }))
  else ctx.io.out(say(ctx, 'created', { id: draft.id, title: draft.title }))
  return 0
}

/**
 * The draft with the picture put at `field`: a single picture replaced, a list appended to;
 * undefined when the path names no picture field.
 */
function withPicture(content: DraftContent, field: string, sha256: string) {
  const current = readDraftPath(content, field)
  const next = structuredClone(content)
  if (Array.isArray(current)) {
    const list = current as { sha256?: string }[]
    if (list.some((item) => item.sha256 === sha256)) return next
    writeDraftPath(next, field, [...list, { sha256 }])
  } else if (current === null || (typeof current === 'object' && current && 'sha256' in current)) {
    writeDraftPath(next, field, { sha256 })
  } else return undefined
  const parsed = DraftContent.safeParse(next)
  return parsed.success ? parsed.data : undefined
}

/** `kaitong media import`: the same import as the wizard's picker, then the field set. */
async function mediaImport(
  ctx: CliContext,
  [file]: string[],
  options: OptionValues
): Promise<number> {
  const id = options['draft']
  const field = options['field']
  if (typeof id !== 'string' || typeof field !== 'string') {
    ctx.io.err(say(ctx, 'needDraftField'))
    return 2
  }
  const router = ctx.app().router
  const draft = unwrap<MethodOutput<'drafts.get'>>(
    await router.dispatch('drafts.get', { id }),
    ctx.io,
    ctx.lang
  )
  if (!draft) return 1
  if (!withPicture(draft.content, field, '0'.repeat(64))) {
    ctx.io.err(say(ctx, 'notPictureField', { field }))
    return 2
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(String(file))
  } catch (error) {
    ctx.io.err(fileUnreadable(String(file), error, ctx.lang))
    return 1
  }
  const media = unwrap<MethodOutput<'media.import'>>(
    await router.dispatch('media.import', {
      draftId: id,
      name: basename(String(file)),
      dataBase64: bytes.toString('base64')
    }),
    ctx.io,
    ctx.lang
  )
  if (!media) return 1
  const content = withPicture(draft.content, field, media.sha256) ?? draft.content
  // A command is its own revision: the one open (an editing session's) is sealed first.
  await router.dispatch('drafts.save', { id, content: draft.content, checkpoint: true })
  const saved = unwrap<MethodOutput<'drafts.save'>>(
    await router.dispatch('drafts.save', { id, content, checkpoint: true }),
    ctx.io,
    ctx.lang
  )
  if (!saved) return 1
  if (ctx.json)
    ctx.io.out(JSON.stringify({ ...media, draftId: id, field, revision: saved.revision }))
  else {
    ctx.io.out(
      say(ctx, 'pictureSet', {
        sha: media.sha256.slice(0, 12),
        id,
        field,
        revision: saved.revision
      })
    )
  }
  return 0
}

export const IMPORT_COMMANDS: CommandSpec[] = [
  {
    name: 'import',
    args: ['<sheet>'],
    options: {
      images: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'check-photos': { type: 'boolean', default: false }
    },
    optionsUsage: '[--images DIR|zip] [--dry-run] [--check-photos]',
    summary: {
      'zh-CN':
        '从 CSV/XLSX 表格批量导入商户（每行一个草稿，先预览；留空的执照和身份证信息从照片读取，--check-photos 时已填的也与照片核对；有拒绝的行时退出码为 1）',
      en: 'import merchants from a CSV/XLSX sheet (one draft per row, previewed first; empty licence and ID fields read from their photos, and with --check-photos typed ones checked against them; exit 1 if a row is refused)'
    },
    run: importCommand
  },
  {
    name: 'draft new',
    args: ['<title>'],
    summary: { 'zh-CN': '新建空白草稿', en: 'create an empty draft' },
    run: newDraft
  },
  {
    name: 'media import',
    args: ['<image>'],
    options: { draft: { type: 'string' }, field: { type: 'string' } },
    optionsUsage: '--draft ID --field PATH',
    summary: {
      'zh-CN': '导入图片并放入草稿的某个图片字段（与界面相同的检查）',
      en: "import a picture into one of a draft's picture fields (the same checks as the app)"
    },
    run: mediaImport
  }
]
