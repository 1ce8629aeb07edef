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
  'ledger.rename_counts': {
    'zh-CN': '此次提交会修改小程序名称：今年第 {used} 次，每个自然年最多 {limit} 次',
    en: 'This submission renames the mini program: rename {used} this year, at most {limit} a calendar year'
  },
  'ledger.rename_quota_used': {
    'zh-CN':
      '今年已改名 {used} 次，已达每个自然年 {limit} 次的上限：平台会拒绝此次改名，请沿用上次提交的名称，或等到 {date} 额度重置',
    en: 'Renamed {used} times this year, the limit of {limit} a calendar year: the platform will refuse this rename; keep the name sent last time, or wait until {date} when it resets'
  },
  'ledger.rename_after_launch': {
    'zh-CN': '小程序已上架，名称不能再修改：请沿用已通过审核的名称',
    en: 'The mini program is live and its name can no longer change: keep the approved name'
  },
  'ledger.audit_quota_refused': {
    'zh-CN':
      '本月提审额度已用完（平台在 {date} 返回 85085）：{next} 起恢复；急需提审请向平台申请临时提额，或先导入最新的额度查询结果',
    en: 'This month’s audit quota is used up (85085 on {date}): it returns on {next}; ask the platform for a temporary raise if it is urgent, or import a newer quota answer'
  },
  'ledger.audit_quota_used': {
    'zh-CN':
      '本月提审额度已用完（额度 {limit} 次，本月已通过开通提交 {sent} 次）：平台会返回 85085，{next} 起恢复',
    en: 'This month’s audit quota is used up (limit {limit}, {sent} sent through Kaitong this month): the platform will answer 85085; it returns on {next}'
  },
  'ledger.name_reservation': {
    'zh-CN': '名称只保留到 {date}（还剩 {days} 天）：提审后 30 天内没有版本审核通过，名称会被释放',
    en: 'The name is kept only until {date} ({days} days left): it is released when no version is approved within 30 days of submission'
  },
  'ledger.media_expiring': {
    'zh-CN':
      '已上传的图片编号 {date} 失效（还剩 {hours} 小时）：请在此之前完成提交，过期后须重新导出并重新上传',
    en: 'The uploaded picture ids expire at {date} ({hours} hours left): finish sending before then, or export again and upload again'
  },
  'ledger.media_expired': {
    'zh-CN': '已上传的图片编号已于 {date} 失效：请重新导出资料包，发送时重新上传图片',
    en: 'The uploaded picture ids expired at {date}: export the bundle again and upload the pictures again when sending'
  },
  'ledger.no_rejection': {
    'zh-CN': '这个草稿的微信支付申请没有待重新提交的驳回记录',
    en: 'This draft has no rejected WeChat Pay application waiting to be sent again'
  },
  'ledger.same_code_unavailable': {
    'zh-CN': '编号前缀或统一社会信用代码已改，无法再用原编号 {code} 提交：只能使用新编号',
    en: 'The prefix or the credit code changed, so the original number {code} can no longer be used: only a new number is possible'
  },
  'ledger.no_audit_quota': {
    'zh-CN': '该平台没有可导入的提审额度查询',
    en: 'This platform has no audit quota query to import'
  },
  'ledger.unrecognised_quota': {
    'zh-CN': '这不是提审额度查询（queryquota）的返回结果，请粘贴该接口返回的完整 JSON',
    en: 'This is not an audit quota answer (queryquota): paste the whole JSON it returned'
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
  'ledger.action.supplyMaterial': { 'zh-CN': '补充材料', en: 'supply more material' },
  'ledger.businessCode.sameCode': {
    'zh-CN': '沿用原编号（默认）',
    en: 'Keep the same number (default)'
  },
  'ledger.businessCode.sameCodeWhy': {
    'zh-CN':
      '微信支付接口文档：被驳回的申请单可以用同一个业务申请编号修改后重新提交，新资料覆盖原申请单。',
    en: 'WeChat Pay’s API documentation: a rejected application may be corrected and sent again under the same business number; the new details replace the old ones.'
  },
  'ledger.businessCode.newCode': { 'zh-CN': '使用新编号', en: 'Use a new number' },
  'ledger.businessCode.newCodeWhy': {
    'zh-CN':
      '微信支付常见问题：重新提交时需更换业务申请编号；有服务商沿用原编号后仍看到上次的驳回原因。原编号重新提交后仍显示旧的驳回原因时，请改用新编号。',
    en: 'WeChat Pay’s FAQ: a resubmission needs a new business number, and agencies that kept the old one still saw the earlier rejection. If the old reason still shows after sending under the same number, use a new one.'
  }
}
