import type { MessageCatalogue } from './issue'

/** Messages of the sending profiles' form, polling and bulk submit. */
export const SUBMIT_FOLLOW_MESSAGES: MessageCatalogue = {
  'submit.cred_required': { 'zh-CN': '请填写这一项', en: 'This is required' },
  'submit.cred_too_long': {
    'zh-CN': '内容太长，请检查是否粘贴错了',
    en: 'Too long: check what was pasted'
  },
  'submit.cred_no_platform': {
    'zh-CN': '请至少填写微信支付或支付宝其中一项的服务商资料',
    en: 'Enter the credentials of WeChat Pay, Alipay or both'
  },
  'submit.cred_token_service_required': {
    'zh-CN': '请填写令牌服务地址，或在下面按商户填写授权令牌',
    en: 'Enter the token service address, or the merchants’ tokens below'
  },
  'submit.cred_tokens_line': {
    'zh-CN': '第 {line} 行读不出：每行写一家商户的统一社会信用代码和令牌，用空格或逗号隔开',
    en: 'Line {line} cannot be read: one merchant a line, its unified social credit code then the token, separated by a space or a comma'
  },
  'submit.profile_exists': {
    'zh-CN': '已有同名的提交账户，请换一个名称',
    en: 'A sending profile of this name exists: choose another name'
  },
  'submit.profile_invalid': {
    'zh-CN': '提交账户有 {count} 处需要修改，已在对应项下标出',
    en: 'The sending profile has {count} problem, shown under its field | The sending profile has {count} problems, each shown under its field'
  },
  'submit.nothing_ready': {
    'zh-CN': '所选草稿中没有可以提交的申请：请先导出资料包并改正预检错误',
    en: 'None of the chosen drafts has an application ready to send: export the bundles and correct the precheck errors first'
  },
  'submit.confirm_count': {
    'zh-CN': '请输入将提交的申请数 {count} 以确认',
    en: 'Type the number of applications to send ({count}) to confirm'
  }
}
