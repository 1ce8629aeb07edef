import type { Lang } from '../domain/issue'
import { interpolate } from '../domain/issue'

/** The CLI's own sentences (usage, confirmations); issue and error texts come from domain. */
const CLI_TEXT = {
  usageHead: { 'zh-CN': '用法: kaitong <命令> [选项]', en: 'Usage: kaitong <command> [options]' },
  commands: { 'zh-CN': '命令:', en: 'Commands:' },
  commonOptions: {
    'zh-CN': `通用选项:
  --db <path>        数据库文件（默认：应用的用户数据目录）
  --lang <zh-CN|en>  输出语言（默认 zh-CN）
  --json             以 JSON 输出
  -h, --help         显示帮助`,
    en: `Common options:
  --db <path>        database file (default: the app's user-data folder)
  --lang <zh-CN|en>  output language (default zh-CN)
  --json             print JSON
  -h, --help         show this help`
  },
  unknownCommand: { 'zh-CN': '未知命令：{command}', en: 'Unknown command: {command}' },
  badArgs: { 'zh-CN': '参数不对：{reason}', en: 'Bad arguments: {reason}' },
  wrongArity: {
    'zh-CN': '{command} 需要 {expected} 个参数（{names}），收到 {got} 个',
    en: 'Usage: {command} {names} ({got} given, {expected} expected)'
  },
  noDrafts: { 'zh-CN': '还没有草稿', en: 'No drafts yet' },
  exported: {
    'zh-CN': '已导出草稿 {id}（第 {revision} 版）到 {file}',
    en: 'Exported draft {id} (revision {revision}) to {file}'
  },
  imported: {
    'zh-CN': '已导入为新草稿 {id}：{title}',
    en: 'Imported as new draft {id}: {title}'
  },
  ignoredKey: {
    'zh-CN': '提醒：已忽略未知字段 {path}（拼写是否有误？）',
    en: 'Warning: ignored unknown field {path} (is it misspelt?)'
  },
  unexpected: {
    'zh-CN': '命令没有完成：{reason}',
    en: 'The command did not finish: {reason}'
  },
  backedUp: {
    'zh-CN': '已备份到 {file}（{size}）',
    en: 'Backed up to {file} ({size})'
  },
  restored: {
    'zh-CN': '已从 {file} 恢复数据库；原来的数据库保留在 {keptAt}',
    en: 'Restored the database from {file}; the replaced one is kept at {keptAt}'
  },
  restoredFresh: {
    'zh-CN': '已从 {file} 恢复数据库',
    en: 'Restored the database from {file}'
  },
  askPassphrase: { 'zh-CN': '数据口令：', en: 'Data passphrase: ' },
  askNewPassphrase: {
    'zh-CN': '为这个数据文件夹设置口令（每次运行都要输入，忘记则无法恢复）：',
    en: 'Choose a passphrase for this data folder (asked on every run; cannot be recovered if forgotten): '
  },
  askConfirmPassphrase: { 'zh-CN': '再输入一次：', en: 'Type it again: ' },
  keyFileWarning: {
    'zh-CN':
      '警告：没有 KAITONG_KEY 也没有终端可输入口令，已生成密钥文件 {file}（仅本用户可读）。数据库已加密，但密钥就在同一文件夹中：请妥善保管，或改用 KAITONG_KEY',
    en: 'Warning: no KAITONG_KEY and no terminal for a passphrase, so a key file was made at {file} (readable by you only). The database is encrypted, but its key sits in the same folder: keep it safe, or use KAITONG_KEY instead'
  },
  packed: {
    'zh-CN': '已把草稿 {id} 连同图片写入草稿包 {file}',
    en: 'Wrote draft {id} with its pictures to the package {file}'
  },
  writeFailed: { 'zh-CN': '无法写入 {file}：{reason}', en: 'Cannot write {file}: {reason}' }
} satisfies Record<string, Record<Lang, string>>

export type CliTextKey = keyof typeof CLI_TEXT

export function cliText(key: CliTextKey, lang: Lang, params?: Record<string, string | number>) {
  return interpolate(CLI_TEXT[key][lang], params)
}
