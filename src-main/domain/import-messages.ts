import type { MessageCatalogue } from './issue'

/** Bulk import and draft packages: findings on sheet cells and errors of the calls. */
export const IMPORT_MESSAGES: MessageCatalogue = {
  'import.number_lost_digits': {
    'zh-CN': '表格把 {value} 存成了数字，后几位已丢失：请把这一列设为“文本”后重新填写',
    en: 'The spreadsheet stored {value} as a number and lost its last digits: format the column as text and type it again'
  },
  'import.unknown_choice': {
    'zh-CN': '“{value}”不是可选值，请填写：{choices}',
    en: '“{value}” is not one of the choices: {choices}'
  },
  'import.picture_outside': {
    'zh-CN': '图片路径 {file} 指向图片文件夹之外，已拒绝',
    en: 'The picture path {file} leaves the pictures folder and was refused'
  },
  'import.picture_missing': {
    'zh-CN': '图片文件夹中找不到 {file}',
    en: '{file} is not in the pictures folder'
  },
  'import.picture_unusable': {
    'zh-CN': '图片 {file} 无法使用：{reason}',
    en: 'The picture {file} cannot be used: {reason}'
  },
  'import.read_from_photo': {
    'zh-CN': '“{value}”从照片 {file} 读取 — 请核对',
    en: '“{value}” read from the photo {file} — please check'
  },
  'import.row_unnamed': {
    'zh-CN':
      '这一行没有营业执照名称、统一社会信用代码或外部编号，也没有能读出它们的营业执照照片，无法识别商户',
    en: 'This row has no registered name, credit code or external reference, nor a licence photo they can be read from, to tell the merchant by'
  },
  'import.duplicate_row': {
    'zh-CN': '与第 {line} 行是同一商户（相同的统一社会信用代码或外部编号）',
    en: 'The same merchant as row {line} (same credit code or external reference)'
  },
  'import.ambiguous_match': {
    'zh-CN': '已有 {count} 份草稿使用这个统一社会信用代码：请填写“外部编号”指明更新哪一份',
    en: 'Several drafts ({count}) already use this credit code: fill in “External reference” to say which one to update'
  },
  'import.unknown_columns': {
    'zh-CN': '以下列名不认识，已忽略：{headers}',
    en: 'These columns are not known and were ignored: {headers}'
  },
  'import.no_columns': {
    'zh-CN': '第一行没有可识别的列名：请使用导入模板',
    en: 'The first row has no known column names: use the import template'
  },
  'import.sheet_empty': {
    'zh-CN': '表格中没有商户行',
    en: 'The sheet has no merchant rows'
  },
  'import.sheet_too_large': {
    'zh-CN': '表格文件有 {bytes} 字节，超过上限 {max} 字节：请拆分后分批导入',
    en: 'The sheet is {bytes} bytes, above the {max}-byte limit: split it and import in parts'
  },
  'import.too_many_rows': {
    'zh-CN': '表格有 {rows} 行，超过一次导入的上限 {max} 行：请拆分后分批导入',
    en: 'The sheet has {rows} rows, above the {max} a single import takes: split it'
  },
  'import.sheet_unreadable': {
    'zh-CN': '无法读取表格 {file}：请另存为 .xlsx 或 .csv 后重试',
    en: 'Cannot read the sheet {file}: save it as .xlsx or .csv and try again'
  },
  'import.pictures_unreadable': {
    'zh-CN': '无法读取图片压缩包或文件夹 {file}',
    en: 'Cannot read the pictures zip or folder {file}'
  },
  'import.pictures_too_large': {
    'zh-CN': '图片共 {bytes} 字节，超过上限 {max} 字节：请分批导入，或用命令行导入',
    en: 'The pictures come to {bytes} bytes, above the {max}-byte limit: import in parts or use the command line'
  },
  'import.preview_not_found': {
    'zh-CN': '这份导入预览已过期，请重新选择文件',
    en: 'This import preview has expired: choose the files again'
  },
  'import.package_invalid': {
    'zh-CN': '{file} 不是开通草稿包（缺少 draft.json 或图片清单）',
    en: '{file} is not a Kaitong draft package (no draft.json or picture list)'
  },
  'import.package_checksum': {
    'zh-CN': '草稿包中的图片 {file} 已损坏（校验值不符），未导入任何内容',
    en: 'The picture {file} in the draft package is damaged (checksum mismatch); nothing was imported'
  },
  'import.package_missing_picture': {
    'zh-CN': '草稿包缺少草稿用到的图片 {sha256}，未导入任何内容',
    en: 'The draft package lacks the picture {sha256} the draft uses; nothing was imported'
  }
}
