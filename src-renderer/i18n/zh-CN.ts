/** Interface text (zh-CN is the default). Issue and error texts come from src-main/domain. */
export default {
  app: {
    name: '开通',
    tagline: '一次填写，多平台开通',
    language: '语言'
  },
  /** Platforms by their merchant-facing names; `short` where the context says which kind. */
  platform: {
    name: {
      'wechat-pay': '微信支付',
      alipay: '支付宝',
      'wechat-mp': '微信小程序',
      'alipay-mp': '支付宝小程序',
      'douyin-mp': '抖音小程序',
      'baidu-mp': '百度智能小程序'
    },
    short: {
      'wechat-pay': '微信支付',
      alipay: '支付宝支付',
      'wechat-mp': '微信',
      'alipay-mp': '支付宝',
      'douyin-mp': '抖音',
      'baidu-mp': '百度'
    }
  },
  common: {
    cancel: '取消',
    confirm: '确定',
    save: '保存',
    delete: '删除',
    rename: '重命名',
    open: '打开',
    back: '返回',
    next: '下一步',
    previous: '上一步',
    loading: '加载中…',
    failed: '操作未完成，请重试'
  },
  drafts: {
    title: '草稿',
    empty: '还没有草稿。新建一个，开始填写商户资料。',
    create: '新建草稿',
    createTitle: '新建草稿',
    nameLabel: '草稿名称',
    namePlaceholder: '例如：杭州小笼包 · 开通微信支付',
    nameRequired: '请输入草稿名称',
    renameTitle: '重命名草稿',
    deleteTitle: '删除草稿',
    deleteConfirm: '确定删除草稿“{title}”吗？草稿及其历史版本将被删除，无法恢复。',
    deleted: '已删除草稿',
    count: '共 {count} 个草稿'
  },
  save: {
    saved: '已保存 · {time}',
    pending: '有未保存的修改',
    saving: '正在保存…',
    retrying: '未保存 — 正在重试',
    retryingWhy: '未保存 — 正在重试（{message}）'
  },
  step: {
    merchant: { title: '商户资料', hint: '营业执照、法人、联系人、结算账户' },
    payment: { title: '支付开通', hint: '已有与新增的支付渠道' },
    listing: { title: '小程序上架', hint: '名称、简介、类目、图片' },
    review: { title: '检查', hint: '各平台的预检结果' },
    export: { title: '导出', hint: '生成提交包' }
  },
  pending: {
    body: '此步骤将在后续版本中提供。'
  }
}
