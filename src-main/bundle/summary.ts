import type { DraftContent } from '../domain/draft'
import { readDraftPath } from '../domain/draft-path'
import { interpolate, LANGS, type Issue, type Lang } from '../domain/issue'
import { formatIssue, formatMessage } from '../platforms/messages'
import type { PlatformId, Requirement } from '../platforms/adapter'
import {
  alternativeLines,
  BUNDLE_TEXT,
  CONTENT_TYPES,
  fromResponseText,
  mediaIdText,
  transportLines,
  uploaderSteps
} from './bundle-text'
import { jsonLeaves } from './json-pointer'
import type { BundlePlan, PlannedCall } from './plan'
import { fieldLabels, fieldName, sectionName, sectionOf } from './field-names'
import { ENUM_MEANINGS, PLATFORM_NAMES, SUMMARY_TEXT } from './summary-text'

/** Who and what a bundle is for, as the summary and README.txt show it. */
export interface BundleAbout {
  platform: PlatformId
  merchant: string
  title: string
  draftId: string
  revision: number
  /** ISO time of the revision. */
  created: string
  appVersion: string
  /** The adapter's note codes on uncertain platform facts. */
  notes: readonly string[]
}

/** A packed picture and the draft field it comes from. */
export interface SummaryPicture {
  file: string
  path: string
}

export interface SummaryInput {
  about: BundleAbout
  plan: BundlePlan
  /** The draft content and what the platform asks of it: the fields a merchant checks. */
  content: DraftContent
  requirements: readonly Requirement[]
  pictures: readonly SummaryPicture[]
  /** Small JPEG thumbnails by bundle path; the full pictures are never inlined. */
  thumbnails: ReadonlyMap<string, Uint8Array>
  /** Precheck warnings (a bundle with errors is never built). */
  warnings: readonly Issue[]
}

// The page may show nothing but itself: no scripts, no fetches, images only as data: URIs.
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

const STYLE = `
@page { size: A4; margin: 15mm; }
body { font: 14px/1.6 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }
nav { margin-bottom: 1rem; }
section { border-top: 2px solid #d0d7de; margin-top: 2rem; padding-top: 1rem; }
h3 { margin-bottom: 0.25rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { color: #59636e; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; word-break: break-all; }
th { background: #f6f8fa; }
code { font-family: ui-monospace, Consolas, monospace; }
.mark { display: inline-block; margin-left: 0.5rem; padding: 0 0.4rem; border-radius: 0.3rem; background: #fff8c5; color: #633c01; }
.muted { color: #59636e; }
figure { display: inline-block; margin: 0 1rem 1rem 0; vertical-align: top; break-inside: avoid; }
figure img { display: block; max-width: 10rem; max-height: 10rem; border: 1px solid #d0d7de; }
figcaption { font-size: 13px; max-width: 10rem; }
table.fields th { width: 35%; font-weight: normal; color: #59636e; background: none; }
table.fields td { word-break: normal; overflow-wrap: anywhere; }
tr { break-inside: avoid; }
.small-print { margin-top: 2rem; font-size: 12px; color: #59636e; }
.small-print summary { cursor: pointer; font-size: 13px; }
.small-print h2 { font-size: 15px; } .small-print h3 { font-size: 13px; }
@media print { nav { display: none; } section + section { break-before: page; } .small-print { display: none; } }
`

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/**
 * `summary.html`: one page per language (zh-CN first) that a merchant checks line by line —
 * the fields in the merchant's terms grouped as in the wizard, the pictures as labelled
 * thumbnails — with the API calls only under the technical small print.
 */
export function renderSummary(input: SummaryInput): string {
  const { about } = input
  const platform = PLATFORM_NAMES[about.platform]['zh-CN']
  const title = `${BUNDLE_TEXT['zh-CN'].heading} · ${about.merchant} · ${platform}`
  const nav = LANGS.map((lang) => `<a href="#${lang}">${BUNDLE_TEXT[lang].language}</a>`)
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<nav>${nav.join(' · ')}</nav>`,
    ...LANGS.map((lang) => languageSection(input, lang)),
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function languageSection(input: SummaryInput, lang: Lang): string {
  const text = BUNDLE_TEXT[lang]
  const { about } = input
  const facts: [string, string][] = [
    [text.merchant, about.merchant],
    [text.draft, about.title],
    [text.platform, PLATFORM_NAMES[about.platform][lang]],
    [text.revision, String(about.revision)],
    [text.created, about.created.slice(0, 10)]
  ]
  const labels = fieldLabels(input.requirements, lang)
  return [
    `<section id="${lang}" lang="${lang}">`,
    `<h1>${escapeHtml(text.heading)}</h1>`,
    `<p>${escapeHtml(SUMMARY_TEXT.intro[lang])}</p>`,
    `<dl>${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`,
    `<h2>${escapeHtml(text.precheck)}</h2>`,
    precheckHtml(input.warnings, labels, lang),
    `<h2>${escapeHtml(SUMMARY_TEXT.details[lang])}</h2>`,
    detailsHtml(input, labels, lang),
    picturesHtml(input, labels, lang),
    smallPrint(input, lang),
    '</section>'
  ].join('\n')
}

function isPicture(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'sha256' in value
}

/** A field's value as the merchant knows it: enums by meaning, pictures by reference. */
function valueText(path: string, value: unknown, lang: Lang): string {
  const meanings = ENUM_MEANINGS[path.slice(path.lastIndexOf('.') + 1)]
  const meaning = (item: unknown): string =>
    typeof item === 'string' ? (meanings?.[item]?.[lang] ?? item) : ''
  if (value === null || value === undefined || value === '') return SUMMARY_TEXT.empty[lang]
  if (typeof value === 'boolean') return value ? SUMMARY_TEXT.yes[lang] : SUMMARY_TEXT.no[lang]
  if (typeof value === 'string' || typeof value === 'number') return meaning(String(value))
  if (isPicture(value)) return SUMMARY_TEXT.picture[lang]
  if (Array.isArray(value)) {
    if (value.length === 0) return SUMMARY_TEXT.empty[lang]
    if (value.every(isPicture)) {
      return interpolate(SUMMARY_TEXT.pictureCount[lang], { count: value.length })
    }
    if (value.every((item) => typeof item === 'string')) {
      return value.map(meaning).join(lang === 'en' ? ', ' : '、')
    }
    return String(value.length)
  }
  return ''
}

function detailsHtml(input: SummaryInput, labels: Map<string, string>, lang: Lang): string {
  const groups = new Map<number, string[]>()
  for (const [path, label] of labels) {
    const shown = valueText(path, readDraftPath(input.content, path), lang)
    if (shown === '') continue
    const index = sectionOf(path)
    const rows = groups.get(index) ?? []
    rows.push(`<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(shown)}</td></tr>`)
    groups.set(index, rows)
  }
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(
      ([index, rows]) =>
        `<h3>${escapeHtml(sectionName(index, lang))}</h3><table class="fields"><tbody>${rows.join('')}</tbody></table>`
    )
    .join('\n')
}

/** Each picture once, as a thumbnail labelled with the field it answers (营业执照, 门头照…). */
function picturesHtml(input: SummaryInput, labels: Map<string, string>, lang: Lang): string {
  const seen = new Set<string>()
  const figures = input.pictures.flatMap(({ file, path }) => {
    if (seen.has(file)) return []
    seen.add(file)
    const label = fieldName(path, labels, lang)
    const thumbnail = input.thumbnails.get(file)
    const image = thumbnail
      ? `<img src="data:image/jpeg;base64,${Buffer.from(thumbnail).toString('base64')}" alt="${escapeHtml(label)}">`
      : ''
    return [`<figure>${image}<figcaption>${escapeHtml(label)}</figcaption></figure>`]
  })
  return [
    `<h2>${escapeHtml(SUMMARY_TEXT.pictures[lang])}</h2>`,
    figures.length > 0
      ? `<p class="muted">${escapeHtml(SUMMARY_TEXT.picturesNote[lang])}</p>${figures.join('\n')}`
      : `<p class="muted">${escapeHtml(BUNDLE_TEXT[lang].noImages)}</p>`
  ].join('\n')
}

/** Calls, fields by JSON pointer, encryption and the uploader's steps: for the service provider. */
function smallPrint(input: SummaryInput, lang: Lang): string {
  const text = BUNDLE_TEXT[lang]
  const { about, plan } = input
  return [
    '<details class="small-print">',
    `<summary>${escapeHtml(SUMMARY_TEXT.technical[lang])}</summary>`,
    `<p>${escapeHtml(`${about.platform} · ${about.draftId} · ${text.appVersion} ${about.appVersion} · ${about.created}`)}</p>`,
    `<h2>${escapeHtml(text.calls)}</h2>`,
    ...plan.calls.map((call, index) => callHtml(call, index, plan, lang)),
    `<h2>${escapeHtml(text.toEncrypt)}</h2>`,
    plan.toEncrypt.length === 0
      ? `<p class="muted">${escapeHtml(text.nothingToEncrypt)}</p>`
      : table(
          [text.field, text.callFile],
          plan.toEncrypt.map((entry) => [code(entry.pointer), code(entry.file)])
        ),
    about.notes.length > 0 ? `<h2>${escapeHtml(text.notes)}</h2>` : '',
    about.notes.length > 0
      ? `<ul>${about.notes.map((note) => `<li>${escapeHtml(formatMessage(note, lang))}</li>`).join('')}</ul>`
      : '',
    `<h2>${escapeHtml(text.steps)}</h2>`,
    `<ol>${uploaderSteps(plan, lang)
      .map((step) => `<li>${escapeHtml(step)}</li>`)
      .join('')}</ol>`,
    '</details>'
  ].join('\n')
}

function precheckHtml(warnings: readonly Issue[], labels: Map<string, string>, lang: Lang): string {
  const text = BUNDLE_TEXT[lang]
  if (warnings.length === 0) return `<p>${escapeHtml(text.precheckClean)}</p>`
  const items = warnings.map((found) => {
    const label = fieldName(found.path, labels, lang)
    return `<li><strong>${escapeHtml(label)}</strong>${escapeHtml(text.colon)}${escapeHtml(formatIssue(found, lang))}</li>`
  })
  return `<p>${escapeHtml(interpolate(text.precheckWarnings, { count: warnings.length }))}</p><ul>${items.join('')}</ul>`
}

function callHtml(call: PlannedCall, index: number, plan: BundlePlan, lang: Lang): string {
  const text = BUNDLE_TEXT[lang]
  const { part } = call
  const within = (pointer: string, leaf: string): boolean =>
    leaf === pointer || leaf.startsWith(`${pointer}/`)
  const rows = jsonLeaves(part.body).map((leaf): [string, string] => {
    const encrypted = plan.encrypted.find(
      (entry) => entry.file === call.path && within(entry.pointer, leaf.pointer)
    )
    const upload = plan.mediaToUpload.find(
      (entry) => entry.file === call.path && within(entry.pointer, leaf.pointer)
    )
    const toEncrypt = plan.toEncrypt.some(
      (entry) => entry.file === call.path && within(entry.pointer, leaf.pointer)
    )
    const answer = plan.fromResponses.find(
      (entry) => entry.file === call.path && entry.pointer === leaf.pointer
    )
    // Ciphertext and media-id stand-ins mean nothing to a reader: show what happens instead.
    const value = encrypted
      ? mark(interpolate(text.encryptedMark, { keyId: encrypted.keyId }))
      : upload
        ? mark(mediaIdText(upload, lang))
        : answer
          ? mark(fromResponseText(answer, lang))
          : escapeHtml(leaf.text) + (toEncrypt ? mark(text.toEncryptMark) : '')
    return [code(leaf.pointer || '/'), value]
  })
  const files = Object.entries(part.files ?? {}).map(
    ([field, file]) => `<li>${escapeHtml(interpolate(text.fileField, { field, file }))}</li>`
  )
  return [
    `<h3>${index + 1}. ${escapeHtml(part.endpoint)}</h3>`,
    `<p class="muted">${code(call.path)} · ${escapeHtml(text.contentType + text.colon)}${code(call.transport?.contentType ?? CONTENT_TYPES[part.contentType])}</p>`,
    ...[...transportLines(call, lang), ...alternativeLines(part, lang)].map(
      (line) => `<p>${escapeHtml(line)}</p>`
    ),
    part.waitFor
      ? `<p><strong>${escapeHtml(interpolate(text.waitFor, { condition: part.waitFor }))}</strong></p>`
      : '',
    table([text.field, text.value], rows),
    files.length > 0 ? `<ul>${files.join('')}</ul>` : ''
  ]
    .filter(Boolean)
    .join('\n')
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const header = head.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
  return `<table><thead><tr>${header}</tr></thead><tbody>${body.join('')}</tbody></table>`
}

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`
}

function mark(text: string): string {
  return `<span class="mark">${escapeHtml(text)}</span>`
}
