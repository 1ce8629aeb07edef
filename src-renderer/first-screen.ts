import { loadErrorTexts } from './composables/use-error-text'
import { loadScreenText } from './i18n'

/**
 * The drafts list, the first screen, paints without the other screens' interface text and
 * without the error catalogue: they are fetched as soon as it is shown, and any other
 * screen waits for them (router.ts).
 */
export function loadOtherScreens(): Promise<void> {
  return Promise.all([loadScreenText(), loadErrorTexts()]).then(() => undefined)
}

let shown!: () => void

/** Resolves once the first screen is up, whichever it was. */
export const firstScreenShown = new Promise<void>((resolve) => (shown = resolve))

/** Called by the first screen when its content is painted (the drafts list: its first rows). */
export function markFirstScreenShown(): void {
  shown()
}
