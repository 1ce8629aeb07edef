import { defineArea } from '../area'

/** The Export step: choosing platforms and a folder, writing bundles, the export history. */
export default defineArea(
  {
    platforms: {
      title: '选择平台',
      hint: '可以导出的平台已选好；有错误的平台要先改正。',
      selectReady: '选中全部可导出的',
      blocked: '有 {count} 个错误，改正后才能导出',
      due: '还差 {count} 项，导出的提交包不完整',
      warnings: '{count} 条提醒，会写进提交包的说明',
      ready: '检查通过',
      fix: '查看并改正',
      none: '还没有选择要开通的平台。'
    },
    folder: {
      title: '保存位置',
      default: '默认文件夹',
      choose: '选择文件夹…',
      hint: '每个平台一个文件，名为“商户名-平台-日期.kaitong.zip”。同一版本再次导出，得到的文件完全相同。'
    },
    run: {
      button: '导出 {count} 个提交包',
      choose: '请选择要导出的平台',
      running: '正在导出…',
      revision: '将导出草稿第 {revision} 版'
    },
    results: {
      title: '本次导出',
      waiting: '等待中',
      writing: '正在生成提交包…',
      done: '已导出',
      failed: '未能导出',
      skipped: '未导出：保存位置有问题（见上方），换一个文件夹后再导出',
      summary: '{done}/{total} 个已导出',
      sha256: 'SHA-256'
    },
    history: {
      title: '导出记录',
      empty: '还没有导出过提交包。',
      /** On a team store: the colleague who exported it (their file is on their computer). */
      by: '{author} 导出',
      columns: {
        platform: '平台',
        revision: '版本',
        time: '导出时间',
        size: '大小',
        file: '文件',
        actions: '操作'
      },
      revision: '第 {revision} 版',
      reveal: '打开文件夹',
      reexport: '重新导出',
      revealed: '已在文件管理器中显示：{path}',
      located: '文件位于：{path}'
    }
  },
  {
    platforms: {
      title: 'Platforms',
      hint: 'The platforms ready to export are selected; a platform with errors must be fixed first.',
      selectReady: 'Select all that are ready',
      blocked: '1 error: fix it to export | {count} errors: fix them to export',
      due: '{count} still due: the bundle would be incomplete',
      warnings:
        '1 warning, listed in the bundle’s summary | {count} warnings, listed in the bundle’s summary',
      ready: 'All checks passed',
      fix: 'Review and fix',
      none: 'No platform chosen yet.'
    },
    folder: {
      title: 'Save to',
      default: 'Default folder',
      choose: 'Choose folder…',
      hint: 'One file per platform, named “merchant-platform-date.kaitong.zip”. Exporting the same revision again gives an identical file.'
    },
    run: {
      button: 'Export 1 bundle | Export {count} bundles',
      choose: 'Choose the platforms to export',
      running: 'Exporting…',
      revision: 'Exports revision {revision} of the draft'
    },
    results: {
      title: 'This export',
      waiting: 'Waiting',
      writing: 'Writing the bundle…',
      done: 'Exported',
      failed: 'Not exported',
      skipped:
        'Not exported: the folder has a problem (see above); choose another folder and export again',
      summary: '{done} of {total} exported',
      sha256: 'SHA-256'
    },
    history: {
      title: 'Export history',
      empty: 'No bundle exported yet.',
      by: 'by {author}',
      columns: {
        platform: 'Platform',
        revision: 'Revision',
        time: 'Exported',
        size: 'Size',
        file: 'File',
        actions: 'Actions'
      },
      revision: 'Revision {revision}',
      reveal: 'Open folder',
      reexport: 'Export again',
      revealed: 'Shown in the file manager: {path}',
      located: 'The file is at {path}'
    }
  }
)
