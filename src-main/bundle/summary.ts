import { interpolate, LANGS, type Issue, type Lang } from '../domain/issue'
import { formatIssue, formatMessage } from '../platforms/messages'
import type { PlatformId } from '../platforms/adapter'
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

export interface SummaryInput {
  about: BundleAbout
  plan: BundlePlan
  /** The packed media files by bundle path. */
  media: ReadonlyMap<string, Uint8Array>
  /** Precheck warnings (a bundle with errors is never built). */
  warnings: readonly Issue[]
}

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  webp: 'image/webp'
}

// The page may show nothing but itself: no scripts, no fetches, images only as data: URIs.
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

const STYLE = `
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
figure { display: inline-block; margin: 0 1rem 1rem 0; vertical-align: top; }
figure img { display: block; max-width: 16rem; max-height: 16rem; border: 1px solid #d0d7de; }
figcaption { font-size: 12px; word-break: break-all; max-width: 16rem; }
@media print { nav { display: none; } section { break-before: page; } }
`

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** `summary.html`: one page, zh-CN first then en, readable with the bundle's files alone. */
export function renderSummary(input: SummaryInput): string {
  const { about } = input
  const title = `${BUNDLE_TEXT['zh-CN'].heading} · ${about.merchant} · ${about.platform}`
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
    mediaSection(input.media),
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function languageSection(input: SummaryInput, lang: Lang): string {
  const text = BUNDLE_TEXT[lang]
  const { about, plan } = input
  const facts: [string, string][] = [
    [text.merchant, about.merchant],
    [text.draft, about.title],
    [text.platform, about.platform],
    [text.revision, `${about.revision} (${about.draftId})`],
    [text.created, about.created],
    [text.appVersion, about.appVersion]
  ]
  return [
    `<section id="${lang}" lang="${lang}">`,
    `<h1>${escapeHtml(text.heading)}</h1>`,
    `<dl>${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`,
    `<h2>${escapeHtml(text.precheck)}</h2>`,
    precheckHtml(input.warnings, lang),
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
    '</section>'
  ].join('\n')
}

function precheckHtml(warnings: readonly Issue[], lang: Lang): string {
  const text = BUNDLE_TEXT[lang]
  if (warnings.length === 0) return `<p>${escapeHtml(text.precheckClean)}</p>`
  const items = warnings.map(
    (found) => `<li>${code(found.path)} ${escapeHtml(formatIssue(found, lang))}</li>`
  )
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

/** Images once for both languages: each is embedded, so twice would double the page. */
function mediaSection(media: ReadonlyMap<string, Uint8Array>): string {
  const heading = LANGS.map((lang) => BUNDLE_TEXT[lang].images).join(' · ')
  const figures = [...media].map(([path, data]) => {
    const type = IMAGE_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()]
    const caption = `<figcaption>${code(path)} · ${data.length} B</figcaption>`
    return type
      ? `<figure><img src="data:${type};base64,${Buffer.from(data).toString('base64')}" alt="${escapeHtml(path)}">${caption}</figure>`
      : `<figure>${caption}</figure>`
  })
  const empty = LANGS.map((lang) => BUNDLE_TEXT[lang].noImages).join(' · ')
  return [
    '<section id="media">',
    `<h2>${escapeHtml(heading)}</h2>`,
    figures.length > 0 ? figures.join('\n') : `<p class="muted">${escapeHtml(empty)}</p>`,
    '</section>'
  ].join('\n')
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
