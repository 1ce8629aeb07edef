import { defineArea } from '../area'

/** The submission ledger: per-draft timeline, merchant links, and the agency's board. */
export default defineArea(
  {
    title: '提交与审核',
    intro: '导出后在平台提交，再把平台的审核结果记在这里：驳回原因会对应到要修改的填写项。',
    empty: '还没有申请记录。导出资料包后，这里会出现每个平台的申请。',
    attempt: '第 {attempt} 次申请',
    ids: '平台编号',
    reasons: '驳回原因',
    noField: '未识别对应的填写项',
    fix: '去修改',
    link: {
      title: '请商户用{app}扫码：{action}',
      expires: '{date} 前有效',
      wechat: '微信',
      alipay: '支付宝'
    },
    timeline: '记录',
    source: {
      export: '导出',
      manual: '手动记录',
      import: '导入结果',
      submit: '提交'
    },
    mark: {
      title: '手动记录状态',
      platform: '平台',
      state: '状态',
      id: '申请单号（可选）',
      save: '记录'
    },
    paste: {
      title: '导入平台的审核结果',
      hint: '把平台状态查询接口返回的完整 JSON 粘贴到这里。',
      platform: '平台',
      import: '导入'
    },
    saved: '已记录',
    notice: '上次申请被驳回',
    board: {
      title: '申请状态看板',
      open: '申请状态',
      filter: {
        all: '全部',
        inFlight: '处理中',
        rejected: '已驳回',
        waitingMerchant: '待商户处理',
        expiringSoon: '即将过期',
        approved: '已通过'
      },
      platform: '平台',
      allPlatforms: '全部平台',
      sort: { oldest: '最早的在前', newest: '最新的在前' },
      counts: '各平台数量',
      total: '共 {total} 条',
      columns: {
        draft: '草稿',
        platform: '平台',
        state: '状态',
        since: '开始于',
        reason: '原因或下一步'
      },
      none: '没有符合条件的申请。'
    }
  },
  {
    title: 'Submission and review',
    intro:
      'After exporting, submit on the platform and record its review here: rejection reasons are matched to the fields to fix.',
    empty:
      'No application yet. After a bundle is exported, each platform’s application appears here.',
    attempt: 'Application {attempt}',
    ids: 'Platform ids',
    reasons: 'Rejection reasons',
    noField: 'No field recognised',
    fix: 'Fix it',
    link: {
      title: 'The merchant scans this with {app}: {action}',
      expires: 'valid until {date}',
      wechat: 'WeChat',
      alipay: 'Alipay'
    },
    timeline: 'History',
    source: {
      export: 'exported',
      manual: 'recorded by hand',
      import: 'answer imported',
      submit: 'sent'
    },
    mark: {
      title: 'Record a state by hand',
      platform: 'Platform',
      state: 'State',
      id: 'Application id (optional)',
      save: 'Record'
    },
    paste: {
      title: 'Import the platform’s review answer',
      hint: 'Paste the whole JSON the platform’s status query returned.',
      platform: 'Platform',
      import: 'Import'
    },
    saved: 'Recorded',
    notice: 'The last application was rejected',
    board: {
      title: 'Application board',
      open: 'Applications',
      filter: {
        all: 'All',
        inFlight: 'In progress',
        rejected: 'Rejected',
        waitingMerchant: 'Waiting for the merchant',
        expiringSoon: 'Expiring soon',
        approved: 'Approved'
      },
      platform: 'Platform',
      allPlatforms: 'All platforms',
      sort: { oldest: 'Oldest first', newest: 'Newest first' },
      counts: 'Per platform',
      total: '{total} in all',
      columns: {
        draft: 'Draft',
        platform: 'Platform',
        state: 'State',
        since: 'Since',
        reason: 'Reason or next step'
      },
      none: 'No application matches.'
    }
  }
)
