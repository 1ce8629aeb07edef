import { defineArea } from '../area'

/** The screen shown when the database's key is lost (keychain changed, key file gone). */
export default defineArea(
  {
    title: '无法打开加密的数据',
    intro:
      '开通把草稿、身份证号、银行账号和图片加密保存在本机，密钥由系统钥匙串保管。这次启动没有拿到能打开数据的密钥，所以什么也没有打开，也没有新建空数据库。',
    reasons: {
      keychain_unavailable:
        '系统钥匙串现在无法使用。请用原来的系统账户登录并解锁钥匙串，然后重新打开开通。',
      unseal_failed:
        '保管密钥的系统钥匙串已经变了（换了系统账户、重置了钥匙串，或把数据文件夹复制到了另一台电脑），旧密钥无法取出。',
      key_missing: '数据库是加密的，但它的密钥文件不见了。',
      key_rejected: '取到的密钥打不开这个数据库：密钥已被更换，或数据库文件已损坏。'
    },
    keptAt: '数据原样保存在：{path}',
    backupTitle: '从备份恢复',
    backupHint:
      '如果您有备份以及制作备份时的密钥，可以从备份恢复：在命令行设置 KAITONG_KEY 后运行 kaitong restore <备份文件>。',
    retryHint: '如果只是钥匙串暂时被锁，解锁后退出并重新打开开通即可，数据不会丢失。',
    startOver: '从空白数据重新开始',
    startOverConfirm:
      '旧的数据库、图片和密钥会原样移到数据文件夹中的一个子文件夹（不会删除），然后开通以空白数据重新启动。确定吗？',
    startOverCancel: '取消',
    startedOver: '旧数据已移到 {path}，开通正在重新启动…'
  },
  {
    title: 'The encrypted data cannot be opened',
    intro:
      'Kaitong keeps drafts, ID numbers, bank accounts and pictures encrypted on this computer, with the key held by the system keychain. This start did not get a key that opens the data, so nothing was opened and no new empty database was made.',
    reasons: {
      keychain_unavailable:
        'The system keychain cannot be used right now. Sign in with your usual account and unlock the keychain, then open Kaitong again.',
      unseal_failed:
        'The keychain that keeps the key has changed (another user account, a reset keychain, or the data folder copied to another computer), so the old key cannot be taken out.',
      key_missing: 'The database is encrypted, but its key file is gone.',
      key_rejected:
        'The key found does not open this database: the key was replaced, or the database file is damaged.'
    },
    keptAt: 'The data is kept as it was in: {path}',
    backupTitle: 'Restore from a backup',
    backupHint:
      'If you have a backup and the key it was made with, restore it: set KAITONG_KEY on the command line and run kaitong restore <backup file>.',
    retryHint:
      'If the keychain was only locked, unlock it, then quit and reopen Kaitong: no data is lost.',
    startOver: 'Start over with empty data',
    startOverConfirm:
      'The old database, pictures and key will be moved, untouched, into a sub-folder of the data folder (nothing is deleted), and Kaitong restarts with empty data. Go ahead?',
    startOverCancel: 'Cancel',
    startedOver: 'The old data was moved to {path}; Kaitong is restarting…'
  }
)
