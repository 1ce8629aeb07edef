import type { DraftContent } from '../domain/draft'
import type { Issue } from '../domain/issue'
import {
  MERCHANT_SECTIONS,
  merchantFieldStates,
  sectionOfPath,
  type MerchantSection
} from '../domain/merchant-fields'
import { validateMerchant } from '../domain/merchant-rules'
import { draftTargets, reviewPlatform } from './review'

/**
 * Every status the wizard shows (step rail, merchant sub-step badges) from the lists the
 * Review step shows: the target platforms' requirements and issues, plus the profile's own
 * rules. A part is done only when something asked for it and all of it is there.
 */

/** done: all asked is there; errors / missing: what blocks; optional: nothing asks for it yet. */
export type PartState = 'done' | 'errors' | 'missing' | 'optional'

export interface PartStatus {
  state: PartState
  errors: number
  missing: number
  warnings: number
}

export type StatusStep = 'merchant' | 'payment' | 'listing' | 'review'

export interface DraftStatus {
  steps: Record<StatusStep, PartStatus>
  sections: Record<MerchantSection, PartStatus>
}

const REQUIRED = 'merchant.required'

function stepOf(path: string): 'merchant' | 'payment' | 'listing' | null {
  const root = path.split('.')[0]
  return root === 'merchant' || root === 'payment' || root === 'listing' ? root : null
}

interface Finding {
  issues: Issue[]
  /** Paths something asks for that are still empty. */
  missing: Set<string>
  /** Paths something asks for at all. */
  asked: Set<string>
  /** Paths holding a value. */
  filled: Set<string>
}

function partStatus(finding: Finding, inPart: (path: string) => boolean): PartStatus {
  const seen = new Set<string>()
  let errors = 0
  let warnings = 0
  for (const found of finding.issues) {
    if (!inPart(found.path) || found.code === REQUIRED) continue
    const key = `${found.code} ${found.path}`
    if (seen.has(key)) continue
    seen.add(key)
    if (found.severity === 'error') errors++
    else warnings++
  }
  const missing = [...finding.missing].filter(inPart).length
  const touched = [...finding.asked, ...finding.filled].some(inPart)
  const state: PartState =
    errors > 0 ? 'errors' : missing > 0 ? 'missing' : touched ? 'done' : 'optional'
  return { state, errors, missing, warnings }
}

export function draftStatus(content: DraftContent, today: string): DraftStatus {
  const targets = draftTargets(content)
  const reviews = targets.map((platform) => reviewPlatform(platform, content, { today }))
  const merchant = validateMerchant(content.merchant, today)
  const fields = merchantFieldStates(content.merchant)
  const finding: Finding = {
    issues: [...merchant, ...reviews.flatMap((review) => review.issues)],
    missing: new Set([
      ...merchant.filter((found) => found.code === REQUIRED).map((found) => found.path),
      ...reviews.flatMap((review) =>
        review.requirements.filter((item) => !item.met).map((item) => item.path)
      )
    ]),
    asked: new Set([
      // Choosing a provider or a listing platform is the step's own answer.
      ...(content.payment.addProvider ? ['payment.addProvider'] : []),
      ...(content.listing.targets.length > 0 ? ['listing.targets'] : []),
      ...fields.filter((field) => field.requirement === 'required').map((field) => field.path),
      ...reviews.flatMap((review) => review.requirements.map((item) => item.path))
    ]),
    filled: new Set(fields.filter((field) => field.filled).map((field) => field.path))
  }
  const sections = Object.fromEntries(
    MERCHANT_SECTIONS.map((section) => [
      section,
      partStatus(finding, (path) => sectionOfPath(path) === section)
    ])
  ) as Record<MerchantSection, PartStatus>
  const step = (id: 'merchant' | 'payment' | 'listing') => {
    const status = partStatus(finding, (path) => stepOf(path) === id)
    // Without a provider or listing platform, payment and listing fields answer no one yet.
    return id !== 'merchant' && targets.length === 0 && status.state === 'done'
      ? { ...status, state: 'optional' as const }
      : status
  }
  const steps = { merchant: step('merchant'), payment: step('payment'), listing: step('listing') }
  // The Review holds what the steps before it still lack: their counts, added up.
  const total = (key: 'errors' | 'missing' | 'warnings') =>
    Object.values(steps).reduce((sum, item) => sum + item[key], 0)
  const [errors, missing] = [total('errors'), total('missing')]
  const review: PartStatus = {
    state:
      targets.length === 0 ? 'optional' : errors > 0 ? 'errors' : missing > 0 ? 'missing' : 'done',
    errors,
    missing,
    warnings: total('warnings')
  }
  return { steps: { ...steps, review }, sections }
}
