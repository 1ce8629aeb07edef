import type { MessageCatalogue } from '../domain/issue'
import type { ListingPlatform } from '../domain/listing'

/**
 * Where a listing adapter read an uncertain or conflicting platform fact the stricter way
 * (miniprogram-listing.md marks them [U]); shown in every bundle's summary and README.
 */
export const LISTING_NOTES: Readonly<Record<ListingPlatform, readonly string[]>> = {
  'wechat-mp': [
    'wechat-mp.note.name_counting',
    'wechat-mp.note.rename',
    'wechat-mp.note.media_ids'
  ],
  'alipay-mp': ['alipay-mp.note.name_range', 'alipay-mp.note.gateway_form'],
  'douyin-mp': ['douyin-mp.note.category_quota', 'douyin-mp.note.media_markers'],
  'baidu-mp': [
    'baidu-mp.note.content_type',
    'baidu-mp.note.media_markers',
    'baidu-mp.note.categorys'
  ]
}

export const LISTING_NOTE_MESSAGES: MessageCatalogue = {
  'wechat-mp.note.name_counting': {
    'zh-CN': '名称长度“一个汉字算 2 个字符、4–30 个”只见于社区和第三方转载：按此较严格的计法检查',
    en: 'The name rule “a Chinese character counts 2, 4–30 in all” was seen only in community and third-party copies: checked with that stricter counting'
  },
  'wechat-mp.note.rename': {
    'zh-CN':
      'wxa/setnickname 可能只对通过快速注册创建的小程序开放；若返回无权限，请在公众平台后台改名',
    en: 'wxa/setnickname may only work for mini programs created by fast registration; if it is refused, rename in the WeChat console'
  },
  'wechat-mp.note.media_ids': {
    'zh-CN': '图片以文件随包提供：上传后得到的 media_id 三天后失效，请在提交前上传并替换',
    en: 'Pictures travel as files: a media_id from an upload expires after 3 days, so upload and substitute right before submitting'
  },
  'alipay-mp.note.name_range': {
    'zh-CN': '支付宝名称长度来源不一致（3–20 与 3–30）：超过 30 为错误，21–30 为警告',
    en: 'Alipay sources disagree on the name length (3–20 vs 3–30): over 30 is an error, 21–30 a warning'
  },
  'alipay-mp.note.gateway_form': {
    'zh-CN':
      '两个调用均为 multipart 表单：文本字段与图片文件同一请求发送，公共参数（app_id、method、sign 等）由上传方添加',
    en: 'Both calls are multipart forms: text fields and picture files go in one request; the uploader adds the common parameters (app_id, method, sign …)'
  },
  'douyin-mp.note.category_quota': {
    'zh-CN': '抖音类目修改次数来源不一致（每月 3 次或 5 次）：按每月 3 次提示',
    en: 'Douyin sources disagree on category changes (3 or 5 a month): 3 a month is shown'
  },
  'douyin-mp.note.media_markers': {
    'zh-CN':
      '资料中未给出抖音的图片上传接口：图片位置以 media-id:<文件> 标出，请上传后替换为平台返回的地址或 ID',
    en: 'The facts give no Douyin upload call: picture fields hold media-id:<file> markers; replace them with what the platform returns after upload'
  },
  'baidu-mp.note.content_type': {
    'zh-CN':
      '百度文档只给出参数、未写内容类型；其示例和 SDK 都以表单参数传递：按 URL 编码的表单字段发送',
    en: 'Baidu’s documents list parameters but no content type; their examples and the SDKs pass form parameters: sent as URL-encoded form fields'
  },
  'baidu-mp.note.media_markers': {
    'zh-CN':
      '百度的图片标记可能位于逗号分隔列表或 JSON 字符串之内：请替换字段值中的 media-id:<文件> 文本本身',
    en: 'Baidu picture markers can sit inside a comma list or a JSON string: replace the media-id:<file> text within the value'
  },
  'baidu-mp.note.categorys': {
    'zh-CN':
      '修改类目的参数名按 categorys 发送：百度文档参数表写作 categories，但其示例、错误码 50062（“categorys格式非法”）和 SDK 都用 categorys。若取值无误仍返回 50062，把参数名改为 categories、取值不变再发送一次',
    en: 'The category update parameter is sent as categorys: Baidu’s parameter table says categories, but its example, error 50062 (“categorys格式非法”) and the SDK all use categorys. If a well-formed value still gets 50062, send the same value again named categories'
  }
}
