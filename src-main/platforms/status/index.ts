import type { StatusReading } from '../../domain/ledger'
import type { PlatformId } from '../adapter'
import { readAlipayStatus } from './alipay'
import { readAlipayMpStatus } from './alipay-mp'
import { readBaiduMpStatus } from './baidu-mp'
import { readDouyinMpStatus } from './douyin-mp'
import { readWechatMpStatus } from './wechat-mp'
import { readWechatPayStatus } from './wechat-pay'

export { UnrecognisedAnswer } from './answers'

/** Each platform's status answer in the ledger's common terms; throws UnrecognisedAnswer. */
export function readStatusAnswer(
  platform: PlatformId,
  raw: unknown,
  receivedAt: Date
): StatusReading {
  switch (platform) {
    case 'wechat-pay':
      return readWechatPayStatus(raw)
    case 'alipay':
      return readAlipayStatus(raw, receivedAt)
    case 'wechat-mp':
      return readWechatMpStatus(raw)
    case 'alipay-mp':
      return readAlipayMpStatus(raw)
    case 'douyin-mp':
      return readDouyinMpStatus(raw)
    case 'baidu-mp':
      return readBaiduMpStatus(raw)
  }
}
