import type { Lang } from '../domain/issue'
import { interpolate } from '../domain/issue'

/** The CLI's own sentences (usage, confirmations); issue and error texts come from domain. */
const CLI_TEXT = {
  usage: {
    'zh-CN': `用法: kaitong <命令> [选项]

命令:
  drafts list                         列出所有草稿
  draft export <id> <file.json>       把草稿导出为草稿文件
  draft import <file.json>            从草稿文件新建草稿

通用选项:
  --db <path>      数据库文件（默认：应用的用户数据目录）
  --lang <zh-CN|en>  输出语言（默认 zh-CN）
  --json           以 JSON 输出
  -h, --help       显示帮助`,
    en: `Usage: kaitong <command> [options]

Commands:
  drafts list                         list every draft
  draft export <id> <file.json>       write a draft to a draft file
  draft import <file.json>            create a draft from a draft file

Common options:
  --db <path>        database file (default: the app's user-data folder)
  --lang <zh-CN|en>  output language (default zh-CN)
  --json             print JSON
  -h, --help         show this help`
  },
  unknownCommand: { 'zh-CN': '未知命令：{command}', en: 'Unknown command: {command}' },
  badArgs: { 'zh-CN': '参数不对：{reason}', en: 'Bad arguments: {reason}' },
  noDrafts: { 'zh-CN': '还没有草稿', en: 'No drafts yet' },
  exported: {
    'zh-CN': '已导出草稿 {id}（第 {revision} 版）到 {file}',
    en: 'Exported draft {id} (revision {revision}) to {file}'
  },
  imported: {
    'zh-CN': '已导入为新草稿 {id}：{title}',
    en: 'Imported as new draft {id}: {title}'
  },
  writeFailed: { 'zh-CN': '无法写入 {file}：{reason}', en: 'Cannot write {file}: {reason}' }
} satisfies Record<string, Record<Lang, string>>

export type CliTextKey = keyof typeof CLI_TEXT

export function cliText(key: CliTextKey, lang: Lang, params?: Record<string, string | number>) {
  return interpolate(CLI_TEXT[key][lang], params)
}
