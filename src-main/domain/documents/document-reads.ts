import { issue, type Issue } from '../issue'
import { checkCitizenNumber } from '../identifiers/citizen-number'
import { usccCheckChar } from '../identifiers/uscc'
import { normalizeCode, normalizeDate, sameName } from '../text'
import { DocumentKind, type DocumentRead } from './document-read-schema'

/**
 * What Kaitong read from the merchant's document photos, kept in the profile beside what was
 * typed: it fills empty fields once (marked for checking) and cross-checks typed values, since
 * a typed value that differs from its document is one of the commonest rejections.
 */
/** Where each document's photo lives and which profile field each read value fills. */
export const DOCUMENT_TARGETS: Record<
  DocumentKind,
  { photo: string; fields: Record<string, string> }
> = {
  licence: {
    photo: 'merchant.licence.photo',
    fields: {
      creditCode: 'merchant.licence.creditCode',
      registeredName: 'merchant.licence.registeredName',
      legalRepresentative: 'merchant.licence.legalRepresentative',
      registeredAddress: 'merchant.licence.registeredAddress',
      validFrom: 'merchant.licence.validFrom',
      validTo: 'merchant.licence.validTo',
      longTerm: 'merchant.licence.longTerm'
    }
  },
  idFront: {
    photo: 'merchant.legalRep.frontPhoto',
    fields: {
      name: 'merchant.legalRep.name',
      idNumber: 'merchant.legalRep.idNumber',
      address: 'merchant.legalRep.address'
    }
  },
  idBack: {
    photo: 'merchant.legalRep.backPhoto',
    fields: {
      validFrom: 'merchant.legalRep.validFrom',
      validTo: 'merchant.legalRep.validTo',
      longTerm: 'merchant.legalRep.longTerm'
    }
  }
}

/** Below this the reader is not sure enough to fill a field or to contradict the merchant. */
export const TRUSTED_CONFIDENCE = 0.8

/** The slice of the profile these rules read and write, addressed by dotted path. */
type Tree = Record<string, unknown>

/** Draft paths start with `merchant.`; these read and write within the merchant profile. */
function at(merchant: Tree, path: string): unknown {
  return path
    .split('.')
    .slice(1)
    .reduce<unknown>((node, key) => (node as Tree | null)?.[key], merchant)
}

function setAt(merchant: Tree, path: string, value: unknown): void {
  const keys = path.split('.').slice(1)
  const last = keys.pop()!
  const parent = keys.reduce<Tree>((node, key) => node[key] as Tree, merchant)
  parent[last] = value
}

function isEmpty(value: unknown): boolean {
  return value === '' || value === null || value === undefined || value === false
}

/**
 * Whether the profile already answers a target: an end date and 长期 answer each other, so a
 * typed end date keeps a read 长期 out (and the reverse) instead of making the two disagree.
 */
function answered(merchant: Tree, field: string, path: string): boolean {
  if (!isEmpty(at(merchant, path))) return true
  if (field === 'longTerm') return !isEmpty(at(merchant, path.replace(/longTerm$/, 'validTo')))
  if (field === 'validTo') return at(merchant, path.replace(/validTo$/, 'longTerm')) === true
  return false
}

/** The profile paths a read of this document could still fill (its targets left unanswered). */
export function unansweredTargets(merchant: Tree, kind: DocumentKind): string[] {
  return Object.entries(DOCUMENT_TARGETS[kind].fields)
    .filter(([field, path]) => !answered(merchant, field, path))
    .map(([, path]) => path)
}

function asFieldValue(field: string, read: string): string | boolean {
  return field === 'longTerm' ? read === 'true' : read
}

/** Typed and read values compare as the documents print them (brackets, width, spaces). */
function agrees(field: string, typed: unknown, read: string): boolean {
  if (field === 'longTerm') return String(typed) === read
  const text = String(typed)
  if (field === 'creditCode' || field === 'idNumber') return normalizeCode(text) === read
  if (field.startsWith('valid')) return normalizeDate(text) === read
  return sameName(text, read)
}

/** The photo currently in the document's slot, or null. */
function currentPhoto(merchant: Tree, kind: DocumentKind): string | null {
  const ref = at(merchant, DOCUMENT_TARGETS[kind].photo) as { sha256?: string } | null
  return ref?.sha256 ?? null
}

/**
 * Records a read and fills the fields that are still empty (never one the merchant typed),
 * marking each filled path until the merchant confirms or edits it. Works on the merchant
 * profile as plain data and returns a new one with the paths it filled.
 */
export function applyDocumentRead<T extends Tree>(
  merchant: T,
  read: DocumentRead
): { merchant: T; filled: string[] } {
  // A JSON copy: the profile is JSON data, and in the renderer it arrives as a reactive proxy,
  // which structuredClone refuses.
  const next = JSON.parse(JSON.stringify(merchant)) as Tree
  const reads = (next['documentReads'] ?? {}) as Tree
  next['documentReads'] = { ...reads, [read.kind]: read }
  const filled: string[] = []
  for (const [field, path] of Object.entries(DOCUMENT_TARGETS[read.kind].fields)) {
    const found = read.fields[field]
    if (!found || found.confidence < TRUSTED_CONFIDENCE) continue
    if (answered(next, field, path)) continue
    setAt(next, path, asFieldValue(field, found.value))
    filled.push(path)
  }
  const marks = new Set((next['readFromPhoto'] as string[] | undefined) ?? [])
  next['readFromPhoto'] = [...marks, ...filled.filter((path) => !marks.has(path))]
  return { merchant: next as T, filled }
}

/**
 * Where on its photo a profile field's value was read (the current photo's read only), for
 * showing that part of the photo beside a mismatch; null when nothing was read for it.
 */
export function readLocation(
  merchant: Tree,
  path: string
): { kind: DocumentKind; sha256: string; box: [number, number][] } | null {
  for (const kind of DocumentKind.options) {
    const field = Object.entries(DOCUMENT_TARGETS[kind].fields).find(([, at]) => at === path)?.[0]
    const read = ((merchant['documentReads'] ?? {}) as Partial<Record<DocumentKind, DocumentRead>>)[
      kind
    ]
    const box = field && read?.fields[field]?.box
    if (!box || box.length === 0 || read.sha256 !== currentPhoto(merchant, kind)) continue
    return { kind, sha256: read.sha256, box }
  }
  return null
}

/** The merchant has checked the values read from the photos: the marks go. */
export function confirmDocumentReads<T extends Tree>(merchant: T): T {
  return { ...merchant, readFromPhoto: [] }
}

/**
 * Cross-checks for the precheck: a typed value that differs from its document, a value
 * still unconfirmed, a photo too poor to read (retake it), and a number on the photo that
 * fails its own check digit (the photo is at fault, not the field).
 */
export function checkDocumentReads(merchant: Tree, today: string): Issue[] {
  const reads = (merchant['documentReads'] ?? {}) as Partial<Record<DocumentKind, DocumentRead>>
  const marks = new Set((merchant['readFromPhoto'] as string[] | undefined) ?? [])
  const found: Issue[] = []
  for (const kind of DocumentKind.options) {
    const read = reads[kind]
    if (!read || read.sha256 !== currentPhoto(merchant, kind)) continue
    const { photo, fields } = DOCUMENT_TARGETS[kind]
    if (read.quality.verdict !== 'ok') {
      found.push(issue(`document.retake_${read.quality.verdict}`, photo, 'warning'))
    } else if (Object.keys(read.fields).length === 0) {
      found.push(issue('document.unreadable', photo, 'warning'))
    }
    for (const [field, path] of Object.entries(fields)) {
      const value = read.fields[field]
      if (!value) continue
      const failsCheck =
        (field === 'idNumber' && checkCitizenNumber(value.value, 'residentId', today) !== null) ||
        (field === 'creditCode' &&
          value.value.length === 18 &&
          usccCheckChar(value.value.slice(0, 17)) !== value.value.charAt(17))
      if (failsCheck) {
        found.push(issue('document.number_unreadable', photo, 'warning', { read: value.value }))
        continue
      }
      if (value.confidence < TRUSTED_CONFIDENCE) continue
      const typed = at(merchant, path)
      // An unticked 长期 with no end date typed is not an answer yet.
      const unanswered =
        field === 'longTerm'
          ? typed === false && isEmpty(at(merchant, path.replace(/longTerm$/, 'validTo')))
          : isEmpty(typed)
      if (unanswered) continue
      if (!agrees(field, typed, value.value)) {
        const shown = field === 'longTerm' ? (value.value === 'true' ? '长期' : '—') : value.value
        found.push(issue('document.mismatch', path, 'warning', { read: shown, document: kind }))
      } else if (marks.has(path)) {
        found.push(issue('document.read_unconfirmed', path, 'warning', { document: kind }))
      }
    }
  }
  return found
}
