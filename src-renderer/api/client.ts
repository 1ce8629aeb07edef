import { hasInjectionContext, inject, type App, type InjectionKey } from 'vue'
import type { MethodInput, MethodOutput } from '../../src-main/api/contract'
import type { MethodName } from '../../src-main/api/methods'
import type { Result } from '../../src-main/api/result'
import type { Transport } from './transport'

/** Typed from the contract: the same names, inputs and outputs as main's handlers. */
export type ApiClient = {
  [K in MethodName]: (input: MethodInput<K>) => Promise<Result<MethodOutput<K>>>
}

export function createApiClient(transport: Transport): ApiClient {
  return new Proxy({} as ApiClient, {
    get: (_target, method: string) => (input: unknown) => transport.call(method, input)
  })
}

const API_KEY: InjectionKey<ApiClient> = Symbol('kaitong-api')
let provided: ApiClient | undefined
let providedTransport: Transport | undefined

export function provideApi(app: App, transport: Transport): void {
  provided = createApiClient(transport)
  providedTransport = transport
  app.provide(API_KEY, provided)
}

/** The URL an <img> uses for a stored picture's thumbnail (protocol or harness route). */
export function mediaUrl(sha256: string): string {
  if (!providedTransport) throw new Error('api transport not provided')
  return providedTransport.mediaUrl(sha256)
}

/** Stores run outside components too, so fall back to the client provided at start-up. */
export function useApi(): ApiClient {
  const client = hasInjectionContext() ? inject(API_KEY, provided) : provided
  if (!client) throw new Error('api client not provided')
  return client
}
