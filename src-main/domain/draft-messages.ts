import type { MessageCatalogue } from './issue'

/** Messages for issues found while reading input at the boundary (zod) and draft files. */
export const DRAFT_MESSAGES: MessageCatalogue = {
  'input.required': { 'zh-CN': '此项必填', en: 'This field is required' },
  'input.invalid_type': {
    'zh-CN': '类型不对：应为 {expected}',
    en: 'Wrong type: expected {expected}'
  },
  'input.too_long': {
    'zh-CN': '太长：最多 {max} 个字符',
    en: 'Too long: at most {max} characters'
  },
  'input.too_short': {
    'zh-CN': '太短：至少 {min} 个字符',
    en: 'Too short: at least {min} characters'
  },
  'input.invalid_value': {
    'zh-CN': '取值不在允许范围内',
    en: 'This value is not one of the allowed ones'
  },
  'input.unrecognized_keys': {
    'zh-CN': '包含未知字段：{keys}',
    en: 'Contains unknown fields: {keys}'
  },
  'input.invalid': { 'zh-CN': '格式不正确', en: 'Invalid format' },
  'draft.too_long': {
    'zh-CN': '太长：最多 {max} 个字，现在 {length} 个。已保存，请删减',
    en: 'Too long: at most {max} characters, now {length}. Saved; please shorten it'
  }
}

/** Errors returned by calls (ApiError codes), shown by the UI and the CLI. */
export const ERROR_MESSAGES: MessageCatalogue = {
  'api.unknown_method': { 'zh-CN': '未知的调用：{name}', en: 'Unknown call: {name}' },
  'api.invalid_input': {
    'zh-CN': '收到的数据格式不正确，未做任何更改',
    en: 'The data sent was not in the expected form; nothing was changed'
  },
  'api.invalid_json': { 'zh-CN': '请求不是有效的 JSON', en: 'The request is not valid JSON' },
  'jobs.not_found': {
    'zh-CN': '找不到这项后台任务（可能已结束较久或应用已重启），请重新开始',
    en: 'This background task is no longer known (it ended a while ago or the app restarted): start it again'
  },
  'jobs.cancelled': { 'zh-CN': '已取消', en: 'Canceled' },
  'api.internal': {
    'zh-CN': '内部错误，数据未丢失，请重试',
    en: 'Internal error; no data was lost, please try again'
  },
  'api.forbidden_sender': {
    'zh-CN': '拒绝了来自未知页面的调用',
    en: 'A call from an unknown page was refused'
  },
  'bundles.export_not_found': {
    'zh-CN': '找不到导出记录 {id}',
    en: 'Export record {id} was not found'
  },
  'store.disk_full': {
    'zh-CN': '磁盘已满，这次修改没有保存（之前保存的内容完好）。请腾出空间后再试',
    en: 'The disk is full, so this change was not saved (what was saved before is intact). Free some space and try again'
  },
  'store.read_only': {
    'zh-CN': '数据文件夹是只读的，无法保存。请检查磁盘或文件夹权限',
    en: 'The data folder is read-only, so nothing can be saved. Check the disk or the folder permissions'
  },
  'store.no_permission': {
    'zh-CN': '没有写入数据文件夹的权限，无法保存',
    en: 'Kaitong may not write to its data folder, so nothing was saved'
  },
  'store.busy': {
    'zh-CN': '数据库正被另一个程序（如命令行工具）使用，请稍后再试',
    en: 'Another program (such as the command line tool) is using the database; try again in a moment'
  },
  'store.corrupt': {
    'zh-CN': '数据库文件已损坏（{detail}），请从备份恢复或联系支持',
    en: 'The database file is damaged ({detail}); restore it from a backup or contact support'
  },
  'store.io_error': {
    'zh-CN': '读写数据失败（{detail}），磁盘可能已满或被拔出',
    en: 'Reading or writing the data failed ({detail}); the disk may be full or unplugged'
  },
  'drafts.not_found': { 'zh-CN': '找不到草稿 {id}', en: 'Draft {id} was not found' },
  'drafts.revision_not_found': {
    'zh-CN': '草稿 {id} 没有第 {revision} 版',
    en: 'Draft {id} has no revision {revision}'
  },
  'drafts.too_large': {
    'zh-CN': '草稿太大（超过 {max} 个字符），这次修改没有保存。请删减粘贴进来的长文本',
    en: 'The draft is too large (over {max} characters), so this change was not saved. Remove the long pasted text'
  },
  'drafts.file_invalid': {
    'zh-CN': '草稿文件内容不正确',
    en: 'The draft file is not valid'
  },
  'drafts.file_from_future': {
    'zh-CN': '草稿文件版本 {version} 来自更新的开通，本版本只支持 {supported}，请升级',
    en: 'The draft file is version {version}, from a newer Kaitong; this one reads {supported}. Please update'
  },
  'drafts.file_unreadable': {
    'zh-CN': '无法读取文件 {file}：{reason}',
    en: 'Cannot read the file {file}: {reason}'
  },
  'drafts.file_not_utf8': {
    'zh-CN':
      '文件 {file} 不是有效的 UTF-8 文本（第 {offset} 字节起无法解读），请以 UTF-8 编码另存后再试',
    en: 'The file {file} is not valid UTF-8 text (unreadable from byte {offset}); save it as UTF-8 and try again'
  },
  'drafts.file_not_json': {
    'zh-CN': '文件 {file} 不是有效的 JSON',
    en: 'The file {file} is not valid JSON'
  }
}
