import { describe, expect, it } from 'vitest'
import { createSSRApp, defineComponent, h } from 'vue'
import { createI18n } from 'vue-i18n'
import { renderToString } from 'vue/server-renderer'
import { formatError } from '../../../src-main/platforms/error-messages'
import { loadErrorTexts, useErrorText } from '../../../src-renderer/composables/use-error-text'
import en from '../../../src-renderer/i18n/en'

const FAILURE = { code: 'bundles.export_not_found', params: { id: 'e-42' } }

/** A screen showing one error, rendered in English. */
function renderError(): Promise<string> {
  const Screen = defineComponent(() => {
    const errorText = useErrorText()
    return () => h('p', errorText(FAILURE))
  })
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } })
  return renderToString(createSSRApp(Screen).use(i18n))
}

describe('error texts fetched after the first screen', () => {
  it('shows a general text, never the code, while the catalogue is on the way, then the error’s own text', async () => {
    const early = await renderError()
    expect(early).toContain(en.common.failed)
    expect(early).not.toContain(FAILURE.code)

    await loadErrorTexts()

    expect(await renderError()).toContain(formatError(FAILURE.code, 'en', FAILURE.params))
    expect(formatError(FAILURE.code, 'en', FAILURE.params)).toContain('e-42')
  })
})
