import type { MessageCatalogue } from './issue'

/** The root key and the encrypted store: what the app and the CLI say when a key is wrong or gone. */
export const KEY_MESSAGES = {
  'key.invalid_hex': {
    'zh-CN': '密钥格式不对：应为 64 位十六进制字符（256 位）',
    en: 'The key is not valid: it must be 64 hexadecimal characters (256 bits)'
  },
  'key.passphrase_needed': {
    'zh-CN': '这个数据文件夹由口令保护：请在终端中运行并输入口令，或设置环境变量 {env}',
    en: 'This data folder is protected by a passphrase: run in a terminal and type it, or set {env}'
  },
  'key.passphrase_mismatch': {
    'zh-CN': '两次输入的口令不一致，什么也没有创建',
    en: 'The two passphrases differ; nothing was created'
  },
  'key.sealed_by_app': {
    'zh-CN':
      '数据库已加密，密钥保存在本机系统钥匙串中，只有开通应用能读取。命令行请设置 {env}，或用 --db 指定另一个数据库',
    en: "The database is encrypted and its key is sealed in this computer's keychain, which only the Kaitong app can read. For the command line, set {env} or use --db for another database"
  },
  'key.missing': {
    'zh-CN':
      '数据库已加密，但找不到它的密钥（环境变量 {env} 或密钥文件）。没有密钥就无法打开，也不会新建空数据库',
    en: 'The database is encrypted but its key is nowhere to be found ({env} or the key file). It cannot be opened without it, and no new empty database was made'
  },
  'store.key_rejected': {
    'zh-CN': '这个密钥打不开数据库：密钥已更换，或文件已损坏。数据库原样保留，没有做任何更改',
    en: 'This key does not open the database: the key has changed or the file is damaged. The database was left exactly as it was'
  },
  'store.key_lost': {
    'zh-CN': '数据库的密钥不可用，数据暂时无法打开',
    en: "The database's key is not available, so the data cannot be opened for now"
  },
  'security.not_locked': {
    'zh-CN': '数据库可以正常打开，无需重新开始',
    en: 'The database opens normally; there is no need to start over'
  },
  'security.start_over_failed': {
    'zh-CN': '无法把旧数据移到一旁（可能没有权限），什么也没有删除',
    en: 'The old data could not be moved aside (perhaps a permission problem); nothing was deleted'
  }
} satisfies MessageCatalogue
