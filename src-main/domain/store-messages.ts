import type { MessageCatalogue } from './issue'

/** Start-up faults of the database, backups and restore, and inputs refused by size. */
export const STORE_MESSAGES: MessageCatalogue = {
  'store.newer_schema': {
    'zh-CN':
      '数据库来自更新版本的开通（版本 {found}，本版本只支持到 {supported}）。请更新开通；数据库未被改动',
    en: 'The database comes from a newer Kaitong (version {found}; this one reads up to {supported}). Please update Kaitong; the database was not changed'
  },
  'store.set_aside': {
    'zh-CN':
      '数据库文件{reasonText}，已原样移到 {movedTo}，没有写入。最新的完好备份：{backup}（{backupAt}）。可用“设置 › 备份”或 kaitong restore <备份文件> 恢复',
    en: 'The database file {reasonText}; it was moved, untouched, to {movedTo}. Newest good backup: {backup} ({backupAt}). Restore it in Settings › Backups or with kaitong restore <backup file>'
  },
  'store.set_aside_no_backup': {
    'zh-CN': '数据库文件{reasonText}，已原样移到 {movedTo}，没有写入。没有找到可用的备份',
    en: 'The database file {reasonText}; it was moved, untouched, to {movedTo}. No usable backup was found'
  },
  'store.unreadable': {
    'zh-CN': '无法读取数据库文件 {file}（{detail}）。请检查磁盘或文件权限',
    en: 'Cannot read the database file {file} ({detail}). Check the disk or the file permissions'
  },
  'backup.not_found': { 'zh-CN': '找不到备份文件 {file}', en: 'Backup file {file} was not found' },
  'backup.nothing_staged': {
    'zh-CN': '没有等待恢复的备份：请先在备份列表中选择一份恢复',
    en: 'No backup is waiting to be restored: choose one to restore in the list first'
  },
  'backup.restart_unavailable': {
    'zh-CN': '这里无法自动重新启动开通：请手动关闭再打开开通完成恢复',
    en: 'Kaitong cannot start itself again here: close and open it yourself to finish the restore'
  },
  'backup.exists': {
    'zh-CN': '{file} 已存在，没有覆盖。请换一个文件名',
    en: '{file} already exists and was not overwritten. Choose another name'
  },
  'backup.damaged': {
    'zh-CN': '备份文件 {file} 已损坏（完整性检查未通过），未做任何更改',
    en: 'The backup {file} is damaged (integrity check failed); nothing was changed'
  },
  'backup.unreadable': {
    'zh-CN': '备份文件 {file} 无法打开：不是开通的数据库、已损坏或用另一把密钥加密。未做任何更改',
    en: 'The backup {file} cannot be opened: not a Kaitong database, damaged, or encrypted under another key. Nothing was changed'
  },
  'backup.newer_schema': {
    'zh-CN': '备份文件 {file} 来自更新版本的开通（版本 {found}），请更新开通。未做任何更改',
    en: 'The backup {file} comes from a newer Kaitong (version {found}); please update Kaitong. Nothing was changed'
  },
  'backup.not_kaitong': {
    'zh-CN': '{file} 不是开通的数据库备份，未做任何更改',
    en: '{file} is not a Kaitong database backup; nothing was changed'
  },
  'input.too_large': {
    'zh-CN': '文件 {file} 太大（{size}），上限 {maxSize}，未读取',
    en: 'The file {file} is too large ({size}); the limit is {maxSize}. It was not read'
  }
}

/** The words `store.set_aside` fills in for each reason. */
export const SET_ASIDE_REASONS = {
  empty: { 'zh-CN': '是空的（0 字节）', en: 'is empty (0 bytes)' },
  damaged: { 'zh-CN': '已损坏', en: 'is damaged' },
  unreadable: { 'zh-CN': '无法读取', en: 'cannot be read' }
} as const
