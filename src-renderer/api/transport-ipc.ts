import type { Result } from '../../src-main/api/result'
import type { Transport } from './transport'

type Bridge = Record<string, (input: unknown) => Promise<Result<unknown>>>

export function ipcBridge(): Bridge | undefined {
  return (window as unknown as { kaitong?: Bridge }).kaitong
}

export function createIpcTransport(bridge: Bridge): Transport {
  return {
    mediaUrl: (sha256) => `kaitong-media://thumb/${sha256}`,
    call(method, input) {
      const invoke = bridge[method]
      if (!invoke) {
        return Promise.resolve({
          ok: false,
          error: { code: 'api.unknown_method', params: { name: method } }
        })
      }
      // Reactive proxies cannot cross structured clone; the contract's inputs are JSON.
      return invoke(input === undefined ? {} : JSON.parse(JSON.stringify(input)))
    }
  }
}
