import { nextTick, onMounted, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { fieldPlace, fieldRoute, type FieldPlace } from './use-review'

/**
 * The wizard's "open at this field": a step reveals the field a link names, whether the
 * link is its own (a precheck or due item) or another step's (the Review step's links, the
 * Payment step's profile items), which arrive as `?section=…&field=<path>`. Fields are found
 * by their `data-field` (the draft path), so a step only has to mark its fields.
 */

/**
 * Scrolls to the field at `path` (or the closest enclosing field shown), puts the cursor in
 * it and flashes it. False when the page shows no such field.
 */
export function revealField(path: string): boolean {
  const parts = path.split('.')
  for (let length = parts.length; length > 1; length -= 1) {
    const selector = `[data-field="${CSS.escape(parts.slice(0, length).join('.'))}"]`
    const element = document.querySelector<HTMLElement>(selector)
    if (!element) continue
    element.scrollIntoView({ block: 'center', behavior: 'smooth' })
    // A text box first (not a note or a button beside the label), else what takes focus.
    const control = element.matches('input, textarea, [tabindex]')
      ? element
      : (element.querySelector<HTMLElement>('input:not([type=file]), textarea') ??
        element.querySelector<HTMLElement>('[tabindex="0"]'))
    control?.focus({ preventScroll: true })
    element.classList.remove('is-flash')
    // Restarting the animation needs a layout in between.
    void element.offsetWidth
    element.classList.add('is-flash')
    return true
  }
  return false
}

/**
 * For the wizard step `step`: `focusField(path)` opens the field's sub-step here, or its own
 * step elsewhere, and reveals it; `?field=` does the same on arrival and whenever it changes.
 * `placeOf` says where a field is fixed, for a step that shows fields another step owns
 * (the Payment step's sales scenes); it defaults to the Review step's links' answer.
 */
export function useFieldFocus(
  step: FieldPlace['step'],
  placeOf: (path: string) => FieldPlace | null = fieldPlace
) {
  const route = useRoute()
  const router = useRouter()

  async function focusField(path: string): Promise<void> {
    const place = placeOf(path)
    if (!place) return
    if (place.step !== step) {
      const target = fieldRoute(String(route.params['id']), path)
      if (target) await router.push(target)
      return
    }
    if (place.section && route.query['section'] !== place.section) {
      // Without `field`: a field named earlier would be stale in the new sub-step.
      await router.push({ query: { section: place.section } })
    }
    await nextTick()
    // Without the field on the page, its sub-step's top is the next best place.
    if (!revealField(path)) document.querySelector('main')?.scrollTo({ top: 0 })
  }

  function openRequested(): void {
    const field = route.query['field']
    if (typeof field === 'string' && placeOf(field)?.step === step) void focusField(field)
  }
  onMounted(openRequested)
  watch(() => route.query['field'], openRequested)

  return { focusField }
}
