import type { MessageCatalogue } from './issue'

/** The bulk export's report: why a bundle was skipped, and its column and platform names. */
export const BULK_EXPORT_MESSAGES = {
  'bulk.already_exported': {
    'zh-CN': '草稿第 {revision} 版已导出过，未重复写出（需要时选择“重新导出”）',
    en: 'Revision {revision} was exported already, so it was not written again (choose “export again” to force it)'
  },
  'bulk.not_ready': {
    'zh-CN': '还有 {count} 个错误要改正，这次未导出',
    en: '{count} error still to fix, so it was not exported this time | {count} errors still to fix, so it was not exported this time'
  },
  'bulk.no_targets': {
    'zh-CN': '草稿还没有选择要开通的平台，没有可导出的提交包',
    en: 'The draft has no target platform yet, so there is no bundle to export'
  },
  'bulk.canceled': { 'zh-CN': '已取消，未导出', en: 'Canceled before it was written' },
  'bulk.outcome.written': { 'zh-CN': '已写出', en: 'written' },
  'bulk.outcome.skipped': { 'zh-CN': '已跳过', en: 'skipped' },
  'bulk.outcome.refused': { 'zh-CN': '未导出', en: 'refused' },
  'bulk.column.draft': { 'zh-CN': '草稿编号', en: 'Draft id' },
  'bulk.column.title': { 'zh-CN': '草稿名称', en: 'Draft' },
  'bulk.column.platform': { 'zh-CN': '平台', en: 'Platform' },
  'bulk.column.revision': { 'zh-CN': '版本', en: 'Revision' },
  'bulk.column.outcome': { 'zh-CN': '结果', en: 'Outcome' },
  'bulk.column.file': { 'zh-CN': '文件', en: 'File' },
  'bulk.column.bytes': { 'zh-CN': '字节', en: 'Bytes' },
  'bulk.column.reason': { 'zh-CN': '原因', en: 'Reason' },
  'bulk.summary': {
    'zh-CN':
      '批量导出 {drafts} 份草稿：写出 {written} 个提交包，跳过 {skipped} 个，未导出 {refused} 个，用时 {seconds} 秒。',
    en: 'Bulk export of {drafts} drafts: {written} bundles written, {skipped} skipped, {refused} refused, in {seconds} s.'
  },
  'bulk.summary_canceled': {
    'zh-CN': '导出中途取消：已写出的提交包完好，其余未写出。',
    en: 'The export was canceled midway: bundles already written are complete, the rest were not written.'
  },
  'bulk.summary_refused': { 'zh-CN': '未导出的提交包：', en: 'Bundles not exported:' },
  'bulk.summary_report': { 'zh-CN': '逐项明细见 {file}', en: 'Every bundle is listed in {file}' },
  'bulk.platform.wechat-pay': { 'zh-CN': '微信支付', en: 'WeChat Pay' },
  'bulk.platform.alipay': { 'zh-CN': '支付宝', en: 'Alipay' },
  'bulk.platform.wechat-mp': { 'zh-CN': '微信小程序', en: 'WeChat mini program' },
  'bulk.platform.alipay-mp': { 'zh-CN': '支付宝小程序', en: 'Alipay mini program' },
  'bulk.platform.douyin-mp': { 'zh-CN': '抖音小程序', en: 'Douyin mini program' },
  'bulk.platform.baidu-mp': { 'zh-CN': '百度智能小程序', en: 'Baidu smart mini program' }
} satisfies MessageCatalogue
