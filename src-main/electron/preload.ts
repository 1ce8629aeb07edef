import { contextBridge, ipcRenderer } from 'electron'
import { CHANNEL_PREFIX, METHOD_NAMES } from '../api/methods'

// One function per contract method; the raw ipcRenderer never reaches the page.
const api = Object.freeze(
  Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      (input: unknown) => ipcRenderer.invoke(CHANNEL_PREFIX + name, input)
    ])
  )
)

contextBridge.exposeInMainWorld('kaitong', api)
