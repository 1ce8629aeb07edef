import { defineArea } from '../area'

/** Backups in Settings and the notice after a start that set a damaged database aside. */
export default defineArea(
  {
    title: '备份',
    hint: '开通每天启动时和每次升级数据库前自动备份，保留最近 7 份和一年内每月一份。备份与数据库同样加密。',
    backUpNow: '立即备份',
    backedUp: '已备份（{size}）',
    failed: '操作没有完成：{message}',
    empty: '还没有备份。有草稿后，开通每天自动备份一次。',
    columns: { time: '备份时间', size: '大小' },
    restore: '恢复',
    restoreTitle: '恢复这份备份？',
    restoreConfirm:
      '重新启动开通后，数据库将恢复到 {time} 的状态。当前的数据库会原样保留在数据文件夹中，不会删除。',
    restoreOk: '恢复',
    cancel: '取消',
    restorePending: '已准备好恢复：请重新启动开通完成恢复。',
    restartNow: '立即重新启动',
    size: '{size} MB',
    notice: {
      empty: '数据库文件是空的（0 字节）',
      damaged: '数据库文件已损坏',
      unreadable: '数据库文件无法读取',
      setAside: '{reason}，已原样移到 {movedTo}，没有写入。现在使用的是一个新的空数据库。',
      offer: '最新的完好备份是 {time} 的。',
      noBackup: '没有找到可用的备份。',
      openBackups: '查看备份并恢复',
      restored: '已从备份恢复。原来的数据库保留在 {keptAt}。'
    }
  },
  {
    title: 'Backups',
    hint: 'Kaitong backs up at each day’s first start and before every database upgrade, keeping the last 7 and one a month for a year. Backups are encrypted like the database.',
    backUpNow: 'Back up now',
    backedUp: 'Backed up ({size})',
    failed: 'That did not finish: {message}',
    empty: 'No backups yet. Once there are drafts, Kaitong backs up once a day.',
    columns: { time: 'Backed up', size: 'Size' },
    restore: 'Restore',
    restoreTitle: 'Restore this backup?',
    restoreConfirm:
      'When Kaitong starts again, the database returns to how it was at {time}. The current database is kept, untouched, in the data folder.',
    restoreOk: 'Restore',
    cancel: 'Cancel',
    restorePending: 'Ready to restore: start Kaitong again to finish.',
    restartNow: 'Restart now',
    size: '{size} MB',
    notice: {
      empty: 'The database file was empty (0 bytes)',
      damaged: 'The database file was damaged',
      unreadable: 'The database file could not be read',
      setAside:
        '{reason}; it was moved, untouched, to {movedTo}. Kaitong is using a new, empty database.',
      offer: 'The newest good backup is from {time}.',
      noBackup: 'No usable backup was found.',
      openBackups: 'See backups and restore',
      restored: 'Restored from a backup. The replaced database is kept at {keptAt}.'
    }
  }
)
