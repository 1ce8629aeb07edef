import type { MessageCatalogue } from '../issue'

/** Messages of the document cross-checks (document-reads.ts); `{document}` is a kind key. */
export const DOCUMENT_MESSAGES: MessageCatalogue = {
  'document.mismatch': {
    'zh-CN': '与证件照片不一致：照片上是“{read}”。请核对后以证件为准',
    en: 'Differs from the document photo, which reads “{read}”: check it against the document'
  },
  'document.read_unconfirmed': {
    'zh-CN': '从照片读取 — 请核对',
    en: 'Read from the photo — please check'
  },
  'document.retake_blurred': {
    'zh-CN': '照片模糊，平台可能无法识别，请重新拍摄：平放、对焦后再拍',
    en: 'The photo is blurred and the platform may not read it: retake it flat and in focus'
  },
  'document.retake_dark': {
    'zh-CN': '照片太暗，平台可能无法识别，请在光线充足处重新拍摄',
    en: 'The photo is too dark for the platform to read: retake it in good light'
  },
  'document.retake_glare': {
    'zh-CN': '照片有反光，部分文字看不清，请避开灯光直射重新拍摄',
    en: 'Glare hides part of the text: retake the photo away from direct light'
  },
  'document.unreadable': {
    'zh-CN': '照片上的文字无法识别，请确认拍的是完整证件，必要时重新拍摄',
    en: 'No text could be read from this photo: check that it shows the whole document, and retake it if needed'
  },
  'document.number_unreadable': {
    'zh-CN': '照片上的号码“{read}”校验不通过，可能拍得不清楚或有遮挡，请重新拍摄',
    en: 'The number read from the photo (“{read}”) fails its check: the photo may be blurred or covered, retake it'
  }
}

/** Names of what the readers find, as printed on the documents. */
export const DOCUMENT_FIELD_LABELS: MessageCatalogue = {
  'document.field.creditCode': { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
  'document.field.registeredName': { 'zh-CN': '名称', en: 'Name' },
  'document.field.companyType': { 'zh-CN': '类型', en: 'Type' },
  'document.field.legalRepresentative': { 'zh-CN': '法定代表人', en: 'Legal representative' },
  'document.field.registeredAddress': { 'zh-CN': '住所', en: 'Registered address' },
  'document.field.establishedOn': { 'zh-CN': '成立日期', en: 'Established on' },
  'document.field.validFrom': { 'zh-CN': '有效期起', en: 'Valid from' },
  'document.field.validTo': { 'zh-CN': '有效期至', en: 'Valid to' },
  'document.field.longTerm': { 'zh-CN': '长期有效', en: 'Long-term' },
  'document.field.name': { 'zh-CN': '姓名', en: 'Name' },
  'document.field.sex': { 'zh-CN': '性别', en: 'Sex' },
  'document.field.ethnicity': { 'zh-CN': '民族', en: 'Ethnicity' },
  'document.field.birthDate': { 'zh-CN': '出生', en: 'Date of birth' },
  'document.field.address': { 'zh-CN': '住址', en: 'Address' },
  'document.field.idNumber': { 'zh-CN': '公民身份号码', en: 'Citizen ID number' },
  'document.field.issuer': { 'zh-CN': '签发机关', en: 'Issuing authority' },
  'document.quality.ok': { 'zh-CN': '清晰', en: 'clear' },
  'document.quality.blurred': { 'zh-CN': '模糊', en: 'blurred' },
  'document.quality.dark': { 'zh-CN': '太暗', en: 'too dark' },
  'document.quality.glare': { 'zh-CN': '反光', en: 'glare' }
}
