import { interpolate, LANGS, type Lang } from '../domain/issue'
import { formatMessage } from '../platforms/messages'
import {
  alternativeLines,
  BUNDLE_TEXT,
  CONTENT_TYPES,
  fromResponseText,
  mediaIdText,
  transportLines,
  uploaderSteps
} from './bundle-text'
import type { BundlePlan } from './plan'
import type { BundleAbout } from './summary'

/** `README.txt`: the call order and the uploader's remaining work, zh-CN then en. */
export function renderReadme(about: BundleAbout, plan: BundlePlan): string {
  const title = LANGS.map((lang) => BUNDLE_TEXT[lang].heading).join(' · ')
  const sections = LANGS.flatMap((lang) => readmeSection(about, plan, lang))
  return [title, '='.repeat(40), '', ...sections].join('\n')
}

function readmeSection(about: BundleAbout, plan: BundlePlan, lang: Lang): string[] {
  const text = BUNDLE_TEXT[lang]
  const line = (label: string, value: string): string => `${label}${text.colon}${value}`
  const calls = plan.calls.flatMap((call, index) => {
    const { path, part } = call
    const mine = <T extends { file: string }>(entries: readonly T[]): T[] =>
      entries.filter((entry) => entry.file === path)
    return [
      `${index + 1}. ${part.endpoint}`,
      ...[
        line(text.callFile, path),
        line(text.contentType, call.transport?.contentType ?? CONTENT_TYPES[part.contentType]),
        ...transportLines(call, lang),
        part.waitFor ? interpolate(text.waitFor, { condition: part.waitFor }) : '',
        ...Object.entries(part.files ?? {}).map(([field, file]) =>
          interpolate(text.fileField, { field, file })
        ),
        ...mine(plan.mediaToUpload).map((entry) => line(mediaIdText(entry, lang), entry.pointer)),
        ...mine(plan.fromResponses).map((entry) =>
          line(fromResponseText(entry, lang), entry.pointer)
        ),
        ...alternativeLines(part, lang),
        ...mine(plan.toEncrypt).map((entry) => line(text.toEncryptMark, entry.pointer)),
        ...mine(plan.encrypted).map((entry) =>
          line(interpolate(text.encryptedMark, { keyId: entry.keyId }), entry.pointer)
        )
      ]
        .filter(Boolean)
        .map((detail) => `   ${detail}`)
    ]
  })
  return [
    `[${text.language}]`,
    line(text.merchant, about.merchant),
    line(text.draft, about.title),
    line(text.platform, about.platform),
    line(text.revision, `${about.revision} (${about.draftId})`),
    line(text.created, about.created),
    line(text.appVersion, about.appVersion),
    '',
    text.calls,
    ...calls,
    '',
    ...(about.notes.length > 0
      ? [text.notes, ...about.notes.map((note) => `- ${formatMessage(note, lang)}`), '']
      : []),
    text.steps,
    ...uploaderSteps(plan, lang).map((step, index) => `${index + 1}. ${step}`),
    ''
  ]
}
