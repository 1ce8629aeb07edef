import { defineArea } from '../area'

/** Keeping what was typed: leaving with unsaved work, length counters, the revision history. */
export default defineArea(
  {
    leave: {
      title: '还有内容没有保存',
      unsaved: '刚才的修改还没有保存成功，正在重试。现在离开会丢失这些修改。',
      importing: '图片还在导入中，现在离开的话，还没导入完的图片不会加入草稿。',
      leave: '仍然离开',
      stay: '留下'
    },
    counter: '{length}/{max}',
    history: {
      open: '版本记录',
      title: '版本记录',
      hint: '开通在你停下 2 分钟、切换步骤、导出或连续编辑 10 分钟时记下一个版本。',
      revision: '第 {revision} 版',
      editing: '编辑中',
      changes: '{count} 处修改',
      first: '最早的版本',
      noChanges: '没有修改',
      empty: '（空）',
      compare: '与当前内容比较',
      compareTitle: '第 {from} 版与第 {to} 版的不同',
      same: '内容相同',
      restore: '恢复此版本',
      restoreConfirm: '把草稿恢复为第 {revision} 版的内容？当前内容会作为一个版本保留。',
      restored: '已恢复为第 {revision} 版的内容',
      purge: '只保留当前版本',
      purgeConfirm:
        '删除这份草稿的所有旧版本，只保留当前内容？旧版本里的身份证号、账号等也会一并删除，无法找回。',
      purged: '已删除 {count} 个旧版本',
      failed: '操作失败：{message}',
      cancel: '取消',
      confirm: '确定'
    }
  },
  {
    leave: {
      title: 'Some work is not saved yet',
      unsaved:
        'Your latest changes have not been saved yet; Kaitong keeps retrying. Leaving now loses them.',
      importing:
        'Pictures are still being imported. If you leave now, those not yet imported will not be added to the draft.',
      leave: 'Leave anyway',
      stay: 'Stay'
    },
    counter: '{length}/{max}',
    history: {
      open: 'History',
      title: 'Revision history',
      hint: 'Kaitong keeps a revision when you pause for 2 minutes, change steps, export, or after 10 minutes of editing.',
      revision: 'Revision {revision}',
      editing: 'being edited',
      changes: '{count} change | {count} changes',
      first: 'the oldest kept',
      noChanges: 'no changes',
      empty: '(empty)',
      compare: 'Compare with now',
      compareTitle: 'Revision {from} compared with revision {to}',
      same: 'The same content',
      restore: 'Restore this revision',
      restoreConfirm:
        "Put revision {revision}'s content back? The current content is kept as a revision.",
      restored: "Revision {revision}'s content is back",
      purge: 'Keep only the current revision',
      purgeConfirm:
        'Delete every older revision of this draft and keep only the current content? Old ID numbers, account numbers and the like go with them, for good.',
      purged: '{count} older revision deleted | {count} older revisions deleted',
      failed: 'That did not work: {message}',
      cancel: 'Cancel',
      confirm: 'OK'
    }
  }
)
