import type { ImageSpec, PlatformAdapter, PlatformId } from './adapter'
import { alipayAdapter } from './alipay'
import { alipayMpAdapter } from './alipay-mp'
import { baiduMpAdapter } from './baidu-mp'
import { douyinMpAdapter } from './douyin-mp'
import { wechatMpAdapter } from './wechat-mp'
import { wechatPayAdapter } from './wechat-pay'

/** Every platform Kaitong writes bundles for; adding one is one adapter file and one line. */
export const ADAPTERS: Readonly<Record<PlatformId, PlatformAdapter>> = {
  'wechat-pay': wechatPayAdapter,
  alipay: alipayAdapter,
  'wechat-mp': wechatMpAdapter,
  'alipay-mp': alipayMpAdapter,
  'douyin-mp': douyinMpAdapter,
  'baidu-mp': baiduMpAdapter
}

/** The image rule of one platform slot, or undefined for a slot the platform lacks. */
export function mediaSpecFor(platform: PlatformId, slot: string): ImageSpec | undefined {
  return Object.hasOwn(ADAPTERS[platform].mediaSpecs, slot)
    ? ADAPTERS[platform].mediaSpecs[slot]
    : undefined
}
