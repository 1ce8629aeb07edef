import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { provideApi } from './api/client'
import { harnessToken, createHttpTransport } from './api/transport-http'
import { createIpcTransport, ipcBridge } from './api/transport-ipc'
import type { Transport } from './api/transport'
import { installElementPlus } from './element-plus'
import { createAppI18n } from './i18n'
import { createAppRouter } from './router'
import { storedLocale } from './stores/settings'
import './styles/main.css'

/** Picked once: the preload's bridge in the app, the loopback harness under e2e tests. */
function pickTransport(): Transport {
  const bridge = ipcBridge()
  if (bridge) return createIpcTransport(bridge)
  const token = harnessToken(location.search)
  if (token) return createHttpTransport(token)
  throw new Error('Kaitong must run inside its app window (no bridge to main)')
}

const app = createApp(App)
provideApi(app, pickTransport())
app.use(createPinia())
app.use(createAppI18n(storedLocale()))
app.use(createAppRouter())
installElementPlus(app)
app.mount('#app')
