import type { PlatformId } from './adapter'

/** Only Alipay has a sandbox gateway: a send anywhere else reaches production. */
export function hasSandbox(platform: PlatformId): boolean {
  return platform === 'alipay' || platform === 'alipay-mp'
}
