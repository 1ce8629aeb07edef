import type { MessageCatalogue } from './issue'

/** Messages of the ledger's rules (ledger-rules.ts) and its errors. */
export const LEDGER_MESSAGES: MessageCatalogue = {
  'ledger.in_flight': {
    'zh-CN': '第 {attempt} 次申请仍在处理中：请等平台给出结果后再重新提交，不要重复申请',
    en: 'Application {attempt} is still being processed: wait for the platform’s answer before sending again'
  },
  'ledger.duplicate_licence': {
    'zh-CN': '同一营业执照已在草稿“{title}”中向该平台申请过，平台会把它当作重复申请',
    en: 'The same licence was already sent to this platform from the draft “{title}”: the platform will treat this as a duplicate'
  },
  'ledger.link_expiring': {
    'zh-CN': '商户需要在 {date} 前完成签约或确认（还剩 {days} 天），过期后需重新提交',
    en: 'The merchant must sign or confirm by {date} ({days} days left), or the application must be sent again'
  },
  'ledger.rejected_field': {
    'zh-CN': '上次申请被驳回：{reason}',
    en: 'The last application was rejected: {reason}'
  },
  'ledger.rejected_unmatched': {
    'zh-CN': '上次申请被驳回（未识别对应的填写项）：{reason}',
    en: 'The last application was rejected (no field recognised): {reason}'
  },
  'ledger.unrecognised_answer': {
    'zh-CN': '这不是所选平台的状态查询结果，请粘贴该平台查询接口返回的完整 JSON',
    en: 'This is not a status answer from the chosen platform: paste the whole JSON its status query returned'
  },
  'ledger.answer_not_json': {
    'zh-CN': '粘贴的内容不是 JSON，请复制状态查询接口返回的完整内容',
    en: 'What was pasted is not JSON: copy the whole answer of the status query'
  }
}

/** The lifecycle and merchant actions as merchants and operators say them. */
export const LEDGER_LABELS: MessageCatalogue = {
  'ledger.lifecycle.exported': { 'zh-CN': '已导出', en: 'Exported' },
  'ledger.lifecycle.submitted': { 'zh-CN': '已提交', en: 'Submitted' },
  'ledger.lifecycle.inReview': { 'zh-CN': '审核中', en: 'In review' },
  'ledger.lifecycle.actionNeeded': { 'zh-CN': '待商户处理', en: 'Waiting for the merchant' },
  'ledger.lifecycle.approved': { 'zh-CN': '已通过', en: 'Approved' },
  'ledger.lifecycle.rejected': { 'zh-CN': '已驳回', en: 'Rejected' },
  'ledger.lifecycle.canceled': { 'zh-CN': '已作废', en: 'Canceled' },
  'ledger.action.sign': { 'zh-CN': '商户签约', en: 'the merchant signs' },
  'ledger.action.verifyAccount': {
    'zh-CN': '商户验证账户',
    en: 'the merchant verifies the account'
  },
  'ledger.action.confirm': { 'zh-CN': '商户确认', en: 'the merchant confirms' },
  'ledger.action.supplyMaterial': { 'zh-CN': '补充材料', en: 'supply more material' }
}
