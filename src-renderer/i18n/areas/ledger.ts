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
    /** On a team store: the colleague who recorded the event (sent, marked, imported). */
    by: '{author}',
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
    businessCode: {
      title: '重新提交时的业务申请编号',
      hint: '微信支付第 {attempt} 次申请被驳回。微信支付的接口文档和常见问题说法不一，开通默认按接口文档；选好后重新导出资料包。',
      unavailable: '编号前缀或统一社会信用代码已改，原编号不能再用。',
      chosen: '已更新申请编号，请重新导出资料包'
    },
    quota: {
      title: '{platform}本月提审额度',
      sent: '{month} 已通过开通提交 {sent} 次。',
      checked: '平台额度 {limit} 次，现剩余 {rest} 次（{date} 查询）。',
      unchecked:
        '同一服务商旗下的小程序共用这份额度。粘贴提审额度查询（queryquota）的返回结果，即可看到剩余次数。',
      refused: '{date} 平台返回 85085：本月提审额度已用完，下月 1 日恢复。',
      paste: '粘贴提审额度查询（queryquota）返回的完整 JSON'
    },
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
    by: 'by {author}',
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
    businessCode: {
      title: 'Business number for sending again',
      hint: 'WeChat Pay application {attempt} was rejected. WeChat Pay’s API documentation and its FAQ disagree; Kaitong follows the documentation unless you choose otherwise. Export the bundle again after choosing.',
      unavailable:
        'The prefix or the credit code changed, so the original number can no longer be made.',
      chosen: 'Number updated: export the bundle again'
    },
    quota: {
      title: '{platform}: this month’s audit quota',
      sent: '{month}: {sent} sent through Kaitong.',
      checked: 'The platform allows {limit}; {rest} left now (checked {date}).',
      unchecked:
        'All mini programs of one service provider share this quota. Paste the answer of the quota query (queryquota) to see what is left.',
      refused:
        'The platform answered 85085 on {date}: this month’s audit quota is used up; it returns on the 1st.',
      paste: 'Paste the whole JSON the quota query (queryquota) returned'
    },
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
