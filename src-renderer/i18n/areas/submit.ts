import { defineArea } from '../area'

/** Sending a bundle from Kaitong: dry run, send with confirmation, progress, refresh. */
export default defineArea(
  {
    title: '直接提交',
    intro: '用服务商账户把导出的资料包直接提交到平台。先试运行，看清楚将发送的内容。',
    platform: '提交到',
    profile: '提交账户',
    dryRun: '试运行',
    send: '提交',
    refresh: '刷新审核状态',
    environment: { sandbox: '沙箱', production: '正式环境' },
    stepUpload: '上传图片 {file}',
    stepDone: '已完成，不会重发',
    confirmTitle: '确认提交',
    confirmPrompt: '将以“{profile}”账户把“{merchant}”的申请提交到{platform}。请输入商户名称确认：',
    confirmProduction: '这是正式环境，提交后即为真实申请（微信支付没有沙箱）。确定提交吗？',
    sending: '正在提交：第 {done} / {total} 步',
    sent: '已提交，审核结果会显示在下方记录中',
    refreshed: '已刷新 {count} 个申请的状态'
  },
  {
    title: 'Send from Kaitong',
    intro:
      'Send the exported bundle to the platform with the service provider’s credentials. Do a dry run first to see exactly what goes.',
    platform: 'Send to',
    profile: 'Sending profile',
    dryRun: 'Dry run',
    send: 'Send',
    refresh: 'Refresh review status',
    environment: { sandbox: 'sandbox', production: 'production' },
    stepUpload: 'Upload picture {file}',
    stepDone: 'done, not sent again',
    confirmTitle: 'Confirm sending',
    confirmPrompt:
      'The application of “{merchant}” goes to {platform} with the profile “{profile}”. Type the merchant’s name to confirm:',
    confirmProduction:
      'This is production: the application will be real (WeChat Pay has no sandbox). Send it?',
    sending: 'Sending: step {done} of {total}',
    sent: 'Sent; the review’s outcome will show in the record below',
    refreshed: 'Status of {count} applications refreshed'
  }
)
