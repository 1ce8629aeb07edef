import { interpolate, type Lang } from '../domain/issue'
import type { BundlePart } from '../platforms/adapter'
import type { BundlePlan } from './plan'

/** The HTTP content type each kind of call is sent with. */
export const CONTENT_TYPES: Record<BundlePart['contentType'], string> = {
  json: 'application/json; charset=utf-8',
  multipart: 'multipart/form-data',
  form: 'application/x-www-form-urlencoded; charset=utf-8'
}

/** Words the summary and README.txt share, in both languages. */
export const BUNDLE_TEXT = {
  'zh-CN': {
    language: '中文',
    colon: '：',
    heading: '开通提交包',
    merchant: '商户',
    draft: '草稿',
    platform: '平台',
    revision: '草稿版本',
    created: '版本时间',
    appVersion: '开通版本',
    calls: '接口调用（按顺序）',
    callFile: '调用文件',
    endpoint: '接口',
    contentType: '内容类型',
    field: '字段',
    value: '值',
    fileField: '文件字段 {field}：{file}',
    waitFor: '调用前先等待：{condition}',
    mediaId: '上传 {file} 后替换为返回的 media_id',
    toEncryptMark: '待加密',
    encryptedMark: '已加密（密钥 {keyId}）',
    images: '图片',
    noImages: '没有图片',
    precheck: '预检结果',
    precheckClean: '没有错误，也没有警告。',
    notes: '对平台规则中不确定之处的说明（均按更严格的理解处理）',
    precheckWarnings: '没有错误，{count} 条警告：',
    toEncrypt: '待上传方加密的字段',
    nothingToEncrypt: '没有需要上传方加密的字段。',
    steps: '上传方还需要做的'
  },
  en: {
    language: 'English',
    colon: ': ',
    heading: 'Kaitong submission bundle',
    merchant: 'Merchant',
    draft: 'Draft',
    platform: 'Platform',
    revision: 'Draft revision',
    created: 'Revision time',
    appVersion: 'Kaitong version',
    calls: 'API calls (in order)',
    callFile: 'Call file',
    endpoint: 'Endpoint',
    contentType: 'Content type',
    field: 'Field',
    value: 'Value',
    fileField: 'File field {field}: {file}',
    waitFor: 'Wait before this call for: {condition}',
    mediaId: 'Upload {file}, then put the media_id returned here',
    toEncryptMark: 'To encrypt',
    encryptedMark: 'Encrypted (key {keyId})',
    images: 'Images',
    noImages: 'No images',
    precheck: 'Precheck',
    precheckClean: 'No errors and no warnings.',
    notes: 'Notes on uncertain platform facts (each read the stricter way)',
    precheckWarnings: 'No errors; {count} warning(s):',
    toEncrypt: 'Fields the uploader must encrypt',
    nothingToEncrypt: 'No field is left for the uploader to encrypt.',
    steps: 'What the uploader must still do'
  }
} as const satisfies Record<Lang, Record<string, string>>

const STEPS = {
  'zh-CN': {
    credentials:
      '准备接口凭证：用服务商或商户自己的证书、密钥获取 access_token 或为请求签名。提交包不含任何密钥或令牌。',
    upload:
      '上传图片：在发起引用它们的调用之前，上传列出的 media/ 文件，把平台返回的 media_id 填到对应字段。每次提交都重新上传，不要复用旧的 media_id（微信临时素材 3 天后失效）。',
    encrypt:
      '加密敏感字段：先核对明文，再用平台公钥加密列出的字段（微信支付为 RSAES-OAEP），同一请求的字段用同一把密钥，并在该请求头中发送这把密钥的编号（微信支付：Wechatpay-Serial）。',
    encrypted:
      '已加密字段：开通已用密钥 {keys} 加密，请勿再次加密；发送这些请求时在请求头中带上该密钥编号（微信支付：Wechatpay-Serial）。',
    send: '按顺序发起调用：JSON 调用使用 Content-Type: application/json; charset=utf-8，请求体原样发送（UTF-8，中文不要转成 \\u 转义）；multipart 调用把文件字段换成对应的 media/ 文件。',
    wait: '标有“调用前先等待”的步骤：确认条件满足后再继续，不要把前后两个调用一起反复重试。',
    rejected:
      '如被驳回：修改草稿后重新导出新的提交包，不要重发旧包（例如微信支付的 business_code 每次提交都必须不同）。'
  },
  en: {
    credentials:
      'Get credentials: obtain an access_token or sign the requests with the service provider’s or merchant’s own certificate and keys. The bundle holds no keys or tokens.',
    upload:
      'Upload the images: before the call that refers to them, upload the listed media/ files and put the media_id the platform returns into the listed fields. Upload again for every submission; never reuse an old media_id (WeChat temporary media expire after 3 days).',
    encrypt:
      'Encrypt the sensitive fields: check the plaintext first, then encrypt the listed fields with the platform’s public key (RSAES-OAEP for WeChat Pay), one key per request, and send that key’s id in the request header (WeChat Pay: Wechatpay-Serial).',
    encrypted:
      'Encrypted fields: Kaitong encrypted them with key {keys}; do not encrypt them again, and send that key id in the header of those requests (WeChat Pay: Wechatpay-Serial).',
    send: 'Make the calls in order: JSON calls with Content-Type: application/json; charset=utf-8 and the body as it is (UTF-8, no \\u escapes for Chinese); multipart calls with each file field set to its media/ file.',
    wait: 'Where a step says to wait, check the condition before going on; never retry two calls back to back.',
    rejected:
      'If the platform rejects the submission, fix the draft and export a new bundle; never resend an old one (WeChat Pay’s business_code, for one, must be new on every submission).'
  }
} as const satisfies Record<Lang, Record<string, string>>

/** The uploader's to-do list, holding only the steps this bundle needs. */
export function uploaderSteps(plan: BundlePlan, lang: Lang): string[] {
  const text = STEPS[lang]
  const keys = [...new Set(plan.encrypted.map((entry) => entry.keyId))].join(', ')
  return [
    text.credentials,
    plan.mediaToUpload.length > 0 ? text.upload : '',
    plan.toEncrypt.length > 0 ? text.encrypt : '',
    keys ? interpolate(text.encrypted, { keys }) : '',
    text.send,
    plan.calls.some((call) => call.part.waitFor) ? text.wait : '',
    text.rejected
  ].filter(Boolean)
}
