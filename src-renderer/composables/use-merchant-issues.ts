import { computed, inject, provide, reactive, watch, type InjectionKey } from 'vue'
import { readDraftPath, writeDraftPath } from '../../src-main/domain/draft-path'
import type { Issue } from '../../src-main/domain/issue'
import { localCalendarDate } from '../../src-main/domain/local-date'
import {
  MERCHANT_PATH_PREFIX,
  merchantFieldStates,
  sectionOfPath,
  type FieldRequirement,
  type FieldState,
  type MerchantSection
} from '../../src-main/domain/merchant-fields'
import type { MerchantProfile } from '../../src-main/domain/merchant-profile'
import { sectionCompleteness, validateMerchant } from '../../src-main/domain/merchant-rules'
import { normalizeMerchantProfile } from '../../src-main/domain/text'

/** How a field's finding is shown: red, amber, or a quiet "still to fill in". */
export type FieldMessageKind = 'error' | 'warning' | 'missing'

export interface FieldMessage {
  kind: FieldMessageKind
  issue: Issue
}

const REQUIRED = 'merchant.required'

/** The finding a field shows first: a real error, then "required", then a warning. */
function firstFinding(found: readonly Issue[]): Issue | undefined {
  return (
    found.find((item) => item.severity === 'error' && item.code !== REQUIRED) ??
    found.find((item) => item.code === REQUIRED) ??
    found[0]
  )
}

/**
 * The Merchant step's live validation: validateMerchant on the open profile (the same call
 * `kaitong validate` makes), issues by field, the per-sub-step badges, and which findings
 * the user should see yet. A field shows its findings once visited (left after focusing,
 * or already filled when the draft opened), so an empty form is not covered in red; once
 * shown, a finding follows every keystroke. An empty required field shows as "missing".
 */
export function useMerchantIssues(
  profile: () => MerchantProfile,
  options: { today?: string } = {}
) {
  const today = options.today ?? localCalendarDate(new Date())
  const visited = reactive(new Set<string>())
  const revealed = reactive(new Set<MerchantSection>())

  const issues = computed(() => validateMerchant(profile(), today))
  const completeness = computed(() => sectionCompleteness(profile(), today))
  const states = computed(
    () => new Map<string, FieldState>(merchantFieldStates(profile()).map((s) => [s.path, s]))
  )
  const issuesByPath = computed(() => {
    const byPath = new Map<string, Issue[]>()
    for (const found of issues.value) {
      byPath.set(found.path, [...(byPath.get(found.path) ?? []), found])
    }
    return byPath
  })

  // What was typed before this visit counts as visited: its findings show straight away.
  watch(
    profile,
    (current) => {
      visited.clear()
      revealed.clear()
      for (const state of merchantFieldStates(current)) if (state.filled) visited.add(state.path)
    },
    { immediate: true }
  )

  function requirement(path: string): FieldRequirement {
    return states.value.get(path)?.requirement ?? 'hidden'
  }

  /** A group (`merchant.business.industry`) counts as visited when one of its fields is. */
  function isVisited(path: string): boolean {
    const section = sectionOfPath(path)
    if (section && revealed.has(section)) return true
    if (visited.has(path)) return true
    const prefix = `${path}.`
    return [...visited].some((item) => item.startsWith(prefix))
  }

  function message(path: string): FieldMessage | null {
    const found = firstFinding(issuesByPath.value.get(path) ?? [])
    if (!found || !isVisited(path)) return null
    const kind = found.code === REQUIRED ? 'missing' : found.severity
    return { kind, issue: found }
  }

  /**
   * The user left the field: show its findings from now on, and store the typed value in
   * its normalised form (what the save would store anyway), so what is seen is what is kept.
   */
  function visit(path: string): void {
    visited.add(path)
    const live = profile()
    const relative = path.slice(MERCHANT_PATH_PREFIX.length)
    const current = readDraftPath(live, relative)
    if (typeof current !== 'string') return
    const normalised = readDraftPath(normalizeMerchantProfile(live), relative)
    if (typeof normalised === 'string' && normalised !== current) {
      writeDraftPath(live, relative, normalised)
    }
  }

  /** Show every finding of a sub-step, e.g. when the user moves on from it. */
  function reveal(section: MerchantSection): void {
    revealed.add(section)
  }

  return { today, issues, completeness, requirement, message, visit, reveal }
}

export type MerchantForm = ReturnType<typeof useMerchantIssues>

const MERCHANT_FORM: InjectionKey<MerchantForm> = Symbol('merchant-form')

export function provideMerchantForm(form: MerchantForm): void {
  provide(MERCHANT_FORM, form)
}

/** The Merchant step's form state, for the fields and sub-steps inside it. */
export function useMerchantForm(): MerchantForm {
  const form = inject(MERCHANT_FORM)
  if (!form) throw new Error('useMerchantForm() outside the Merchant step')
  return form
}
