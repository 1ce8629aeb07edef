import type { Result } from '../../src-main/api/result'

/** How the renderer reaches main: IPC in the app, loopback HTTP under the e2e harness. */
export interface Transport {
  call(method: string, input: unknown): Promise<Result<unknown>>
  /** Where an <img> reads a stored picture's thumbnail. */
  mediaUrl(sha256: string): string
}
