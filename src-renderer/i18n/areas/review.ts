import { defineArea } from '../area'

/**
 * The Review step, and the platform names every area shows. Issue and requirement texts
 * are not here: they come from the shared catalogue (platforms/messages), as in the CLI.
 */
export default defineArea(
  {
    kinds: {
      payment: '支付开通',
      listing: '小程序上架'
    },
    title: '各平台检查结果',
    hint: '按各平台公布的规则检查资料和图片：有错误的平台不能导出，提醒不影响导出，会写进提交包的说明。',
    checking: '正在按各平台的规则检查资料和图片…',
    checkingHint: '首次检查要按各平台的要求处理图片，可能需要几秒钟。',
    refresh: '重新检查',
    checkedAt: '检查于 {time}',
    toExport: '去导出',
    failed: '未能完成检查：{message}',
    noTargets: {
      title: '还没有选择要开通的平台',
      body: '在“支付开通”中选择要新增的支付渠道，或在“小程序上架”中勾选要发布的平台，这里就会列出各平台的检查结果。',
      payment: '去选择支付渠道',
      listing: '去勾选发布平台'
    },
    overview: {
      label: '各平台状态',
      allReady: '可以导出 | {total} 个平台都可以导出',
      someReady: '还不能导出 | {total} 个平台中有 {ready} 个可以导出'
    },
    state: {
      ready: '可以导出',
      errors: '{count} 个错误',
      warnings: '{count} 条提醒',
      due: '还差 {count} 项'
    },
    progress: '资料 {met}/{total} 项已齐',
    groups: {
      errors: '需要改正（阻止导出）',
      due: '尚未填写',
      warnings: '建议检查'
    },
    allClear: '全部检查通过，可以导出。',
    showMet: '查看已满足的 {count} 项',
    hideMet: '收起已满足的项',
    showMore: '再显示 {count} 条',
    showFewer: '收起',
    goTo: '前往{place}',
    labelled: '{field}：{text}',
    required: '还有 {count} 项必填',
    place: '{step} › {section}'
  },
  {
    kinds: {
      payment: 'Payment',
      listing: 'Mini program'
    },
    title: 'Checks per platform',
    hint: 'The details and pictures checked against each platform’s published rules: a platform with errors cannot be exported; warnings do not block and go into the bundle’s summary.',
    checking: 'Checking the details and pictures against each platform’s rules…',
    checkingHint:
      'The first check prepares the pictures for each platform and may take a few seconds.',
    refresh: 'Check again',
    checkedAt: 'Checked at {time}',
    toExport: 'Go to export',
    failed: 'The check did not finish: {message}',
    noTargets: {
      title: 'No platform chosen yet',
      body: 'Choose the payment provider to add under “Payment”, or tick the platforms to publish on under “Mini program”, and each platform’s checks appear here.',
      payment: 'Choose a provider',
      listing: 'Tick platforms'
    },
    overview: {
      label: 'Status per platform',
      allReady: 'Ready to export | All {total} platforms are ready to export',
      someReady: 'Not ready to export yet | {ready} of {total} platforms are ready to export'
    },
    state: {
      ready: 'Ready',
      errors: '1 error | {count} errors',
      warnings: '1 warning | {count} warnings',
      due: '{count} still due'
    },
    progress: '{met} of {total} items complete',
    groups: {
      errors: 'To fix (blocks export)',
      due: 'Still due',
      warnings: 'Worth checking'
    },
    allClear: 'Every check passed: ready to export.',
    showMet: 'Show the complete item | Show the {count} complete items',
    hideMet: 'Hide the complete items',
    showMore: 'Show {count} more',
    showFewer: 'Show fewer',
    goTo: 'Go to {place}',
    labelled: '{field}: {text}',
    required: '{count} required field to fill in | {count} required fields to fill in',
    place: '{step} › {section}'
  }
)
