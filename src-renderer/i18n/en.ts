import type zhCN from './zh-CN'

/** Same keys as zh-CN (checked by the type). */
const en: typeof zhCN = {
  app: {
    name: 'Kaitong',
    tagline: 'Type it once, open every platform',
    language: 'Language'
  },
  platform: {
    name: {
      'wechat-pay': 'WeChat Pay',
      alipay: 'Alipay',
      'wechat-mp': 'WeChat mini program',
      'alipay-mp': 'Alipay mini program',
      'douyin-mp': 'Douyin mini program',
      'baidu-mp': 'Baidu smart program'
    },
    short: {
      'wechat-pay': 'WeChat Pay',
      alipay: 'Alipay payments',
      'wechat-mp': 'WeChat',
      'alipay-mp': 'Alipay',
      'douyin-mp': 'Douyin',
      'baidu-mp': 'Baidu'
    }
  },
  common: {
    cancel: 'Cancel',
    confirm: 'OK',
    save: 'Save',
    delete: 'Delete',
    rename: 'Rename',
    open: 'Open',
    back: 'Back',
    next: 'Next',
    previous: 'Previous',
    loading: 'Loading…',
    failed: 'That did not work: please try again'
  },
  drafts: {
    title: 'Drafts',
    empty: 'No drafts yet. Create one to start on the merchant profile.',
    create: 'New draft',
    createTitle: 'New draft',
    nameLabel: 'Draft name',
    namePlaceholder: 'e.g. Hangzhou Dumplings · add WeChat Pay',
    nameRequired: 'Please enter a draft name',
    renameTitle: 'Rename draft',
    deleteTitle: 'Delete draft',
    deleteConfirm:
      'Delete the draft “{title}”? The draft and its history will be removed for good.',
    deleted: 'Draft deleted',
    count: '1 draft | {count} drafts'
  },
  save: {
    saved: 'Saved · {time}',
    pending: 'Unsaved changes',
    saving: 'Saving…',
    retrying: 'Not saved — retrying',
    retryingWhy: 'Not saved — retrying ({message})'
  },
  step: {
    merchant: { title: 'Merchant', hint: 'Licence, legal rep, contacts, settlement' },
    payment: { title: 'Payment provider', hint: 'The provider you have and the one to add' },
    listing: { title: 'Mini-program listing', hint: 'Name, intro, categories, images' },
    review: { title: 'Review', hint: 'Each platform’s precheck' },
    export: { title: 'Export', hint: 'Write submission bundles' }
  },
  pending: {
    body: 'This step arrives in a later version.'
  }
}
export default en
