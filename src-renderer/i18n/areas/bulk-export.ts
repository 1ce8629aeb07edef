import { defineArea } from '../area'

/** The bulk export dialog: many drafts' bundles at once, its progress and its report. */
export default defineArea(
  {
    title: '批量导出提交包',
    intro: '为选中的 {count} 份草稿导出各自目标平台的提交包。',
    force: '已导出过的版本也重新导出',
    forceHint: '不勾选时，草稿当前版本已导出过（且文件还在）的平台会跳过。',
    start: '开始导出',
    running: '正在导出：{label}',
    progress: '{done} / {total} 个提交包',
    cancel: '取消导出',
    canceling: '正在取消…',
    close: '关闭',
    failed: '批量导出未能完成：{message}',
    done: '导出完成',
    canceled: '已取消：已写出的提交包完好，其余未写出',
    written: '写出 {count} 个',
    skipped: '跳过 {count} 个',
    refused: '未导出 {count} 个',
    seconds: '用时 {seconds} 秒',
    reportFile: '逐项明细（CSV）：{path}',
    column: { draft: '草稿', platform: '平台', outcome: '结果', reason: '原因' },
    outcome: { written: '已写出', skipped: '已跳过', refused: '未导出' },
    allWritten: '全部写出，没有需要处理的项目。'
  },
  {
    title: 'Export bundles in bulk',
    intro:
      'Export the bundles of each target platform for the selected draft. | Export the bundles of each target platform for the {count} selected drafts.',
    force: 'Export revisions already exported again',
    forceHint:
      'Unticked: a platform whose current revision was exported already (and whose file is still there) is skipped.',
    start: 'Start export',
    running: 'Exporting: {label}',
    progress: '{done} / {total} bundles',
    cancel: 'Cancel export',
    canceling: 'Canceling…',
    close: 'Close',
    failed: 'The bulk export could not finish: {message}',
    done: 'Export finished',
    canceled: 'Canceled: bundles already written are complete, the rest were not written',
    written: '{count} written',
    skipped: '{count} skipped',
    refused: '{count} refused',
    seconds: 'in {seconds} s',
    reportFile: 'Every bundle (CSV): {path}',
    column: { draft: 'Draft', platform: 'Platform', outcome: 'Outcome', reason: 'Reason' },
    outcome: { written: 'Written', skipped: 'Skipped', refused: 'Refused' },
    allWritten: 'Everything was written; nothing needs attention.'
  }
)
