import type { MessageCatalogue } from './issue'

/**
 * Every message the bundle writer and verifier can show, keyed by code: the errors
 * `buildBundle` / `writeBundleFile` throw and the problems `verifyBundle` reports.
 */
export const BUNDLE_MESSAGES = {
  'bundle.precheck_errors': {
    'zh-CN': '{platform} 还有 {count} 个错误，改正后才能导出提交包',
    en: '{platform} has errors to fix ({count}) before its bundle can be exported'
  },
  'bundle.invalid_revision_time': {
    'zh-CN': '草稿版本时间无效：{value}',
    en: 'The draft revision time is not valid: {value}'
  },
  'bundle.invalid_call_name': {
    'zh-CN': '第 {index} 个接口调用的名称“{call}”不能用作文件名',
    en: 'Call {index} is named “{call}”, which cannot be used as a file name'
  },
  'bundle.invalid_pointer': {
    'zh-CN': '接口调用 {call} 引用了请求体中不存在的字段 {pointer}',
    en: 'Call {call} points at {pointer}, which is not in its body'
  },
  'bundle.media_missing': {
    'zh-CN': '接口调用 {call} 需要的图片 {file} 没有找到',
    en: 'The picture {file} that call {call} needs was not found'
  },
  'bundle.media_mismatch': {
    'zh-CN': '图片 {file} 的内容与文件名中的校验值不符',
    en: 'The picture {file} does not match the checksum in its name'
  },
  'bundle.disk_full': {
    'zh-CN': '磁盘空间不足，未能写入 {path}；没有留下不完整的文件',
    en: 'The disk is full, so {path} was not written; no partial file was left'
  },
  'bundle.no_permission': {
    'zh-CN': '没有权限写入 {path}，请换一个文件夹',
    en: 'No permission to write {path}; choose another folder'
  },
  'bundle.file_in_use': {
    'zh-CN': '{path} 正被其他程序占用，请关闭后重试',
    en: '{path} is in use by another program; close it and try again'
  },
  'bundle.folder_missing': {
    'zh-CN': '保存位置的文件夹不存在（{path}）：请换一个文件夹，或先创建它；没有留下任何文件',
    en: 'The folder to save in does not exist ({path}): choose another folder or create it first; nothing was left behind'
  },
  'bundle.write_failed': {
    'zh-CN':
      '未能写入 {path}（{reason}）：请确认保存位置的文件夹存在且可以写入，或换一个文件夹；没有留下不完整的文件',
    en: 'Could not write {path} ({reason}): check that the folder exists and can be written to, or choose another folder; no partial file was left'
  },
  'bundle.not_a_zip': {
    'zh-CN': '这个文件不是可读取的 zip 提交包',
    en: 'This file is not a readable zip bundle'
  },
  'bundle.manifest_missing': {
    'zh-CN': '提交包中没有 manifest.json',
    en: 'The bundle has no manifest.json'
  },
  'bundle.manifest_invalid': {
    'zh-CN': 'manifest.json 无法读取或内容不正确（{detail}）',
    en: 'manifest.json cannot be read or is not valid ({detail})'
  },
  'bundle.format_unsupported': {
    'zh-CN': '提交包格式版本 {version} 由更新版本的开通生成，请升级后再校验',
    en: 'Bundle format version {version} comes from a newer Kaitong; upgrade to verify it'
  },
  'bundle.entry_tampered': {
    'zh-CN': '{path} 的内容与清单中的校验值不符（已被修改或损坏）',
    en: '{path} does not match the checksum in the manifest (modified or damaged)'
  },
  'bundle.entry_missing': {
    'zh-CN': '清单中列出的 {path} 不在提交包中',
    en: '{path} is listed in the manifest but missing from the bundle'
  },
  'bundle.entry_extra': {
    'zh-CN': '{path} 不在清单中，是多出来的文件',
    en: '{path} is not listed in the manifest'
  },
  'bundle.entry_duplicate': {
    'zh-CN': '提交包中有多个同名文件 {path}',
    en: 'The bundle holds more than one entry named {path}'
  },
  'bundle.entry_unsafe_path': {
    'zh-CN': '文件路径 {path} 指向提交包之外（绝对路径、盘符、反斜杠或 ..），已拒绝读取',
    en: 'The entry path {path} escapes the bundle (absolute, drive letter, backslash or ..); it was not read'
  },
  'bundle.entry_too_large': {
    'zh-CN': '{path} 解压后有 {bytes} 字节，超过上限 {max}，已拒绝读取',
    en: '{path} would unpack to {bytes} bytes, above the limit of {max}; it was not read'
  },
  'bundle.entry_not_a_file': {
    'zh-CN': '{path} 不是普通文件（{kind}），解压时会变成链接、设备或文件夹，已拒绝',
    en: '{path} is not a plain file ({kind}); unpacking would create a link, device or folder. Refused'
  },
  'bundle.entry_crc_mismatch': {
    'zh-CN': '{path} 的 CRC-32 校验值与压缩包记录的不符，文件已损坏或被改动',
    en: '{path} does not match the CRC-32 the zip records for it; it is damaged or was changed'
  },
  'bundle.entry_inflates_past_size': {
    'zh-CN': '{path} 解压后超过清单声明的 {declared} 字节，已停止解压',
    en: '{path} unpacks to more than the {declared} bytes the manifest declares; unpacking was stopped'
  }
} as const satisfies MessageCatalogue

export type BundleMessageCode = keyof typeof BUNDLE_MESSAGES
