import { interpolate, type Lang } from '../domain/issue'
import type { BundlePart } from '../platforms/adapter'
import type { BundlePlan, PlannedCall } from './plan'

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
    mediaId: '上传 {file} 后替换为平台返回的编号或地址',
    mediaIdFrom: '上传 {file}（{call}）后替换为返回的 {field}',
    fromResponse: '把 {marker} 替换为 {call} 返回的 {field}',
    transportSend: '发送：POST {url}，公共参数放在查询串',
    transportBizContent: '请求体：把 body 整体作为一个 JSON 字符串，放在表单参数 biz_content 中',
    transportMultipart: '请求体：body 的每个字段是一个文本部分，files 的每个字段是一个文件部分',
    transportParameters: '上传方添加的公共参数：{parameters}',
    alternative: '如返回错误 {error}：把字段 {from} 改名为 {to}，其值不变，再发送一次',
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
    mediaId: 'Upload {file}, then put the id or address the platform returns here',
    mediaIdFrom: 'Upload {file} ({call}), then put the {field} it returns here',
    fromResponse: 'Replace {marker} with the {field} that {call} returns',
    transportSend: 'Send: POST {url}, the common parameters in the query string',
    transportBizContent:
      'Body: the whole body as one JSON string in the form parameter biz_content',
    transportMultipart: 'Body: each body field a text part, each files field a file part',
    transportParameters: 'Common parameters the uploader adds: {parameters}',
    alternative:
      'If the platform answers error {error}: send the same value again under {to} instead of {from}',
    toEncryptMark: 'To encrypt',
    encryptedMark: 'Encrypted (key {keyId})',
    images: 'Images',
    noImages: 'No images',
    precheck: 'Precheck',
    precheckClean: 'No errors and no warnings.',
    notes: 'Notes on uncertain platform facts (each read the stricter way)',
    precheckWarnings: 'No errors; {count} warning: | No errors; {count} warnings:',
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
      '上传图片：在发起引用它们的调用之前，上传列出的 media/ 文件，把上传接口返回的字段（每一项中写明字段名）填到对应字段。每次提交都重新上传，不要复用旧的编号（微信临时素材 3 天后失效）。',
    responses:
      '填入前面调用的返回值：列出的占位符（如 <batch_no>）换成所列调用返回的对应字段，只替换占位符本身。',
    encrypt:
      '加密敏感字段：先核对明文，再用平台公钥加密列出的字段（微信支付为 RSAES-OAEP），同一请求的字段用同一把密钥，并在该请求头中发送这把密钥的编号（微信支付：Wechatpay-Serial）。',
    encrypted:
      '已加密字段：开通已用密钥 {keys} 加密，请勿再次加密；发送这些请求时在请求头中带上该密钥编号（微信支付：Wechatpay-Serial）。',
    send: '按顺序发起调用：JSON 调用使用 Content-Type: application/json; charset=utf-8，请求体原样发送（UTF-8，中文不要转成 \\u 转义）；multipart 调用把文件字段换成对应的 media/ 文件。',
    sendGateway:
      '按顺序发起调用，每个调用按其“发送”“请求体”和“公共参数”说明（payload 文件中的 transport）逐字发送：支付宝网关只接受表单或 multipart 请求体，签名用应用私钥按 RSA2 计算，文件部分不参与签名。',
    wait: '标有“调用前先等待”的步骤：确认条件满足后再继续，不要把前后两个调用一起反复重试。',
    rejected:
      '如被驳回：修改草稿后重新导出新的提交包，不要重发旧包（微信支付的 business_code 按开通“提交与审核”中的选择：默认沿用原编号，或使用新编号）。'
  },
  en: {
    credentials:
      'Get credentials: obtain an access_token or sign the requests with the service provider’s or merchant’s own certificate and keys. The bundle holds no keys or tokens.',
    upload:
      'Upload the images: before the call that refers to them, upload the listed media/ files and put the field the upload returns (each entry names it) into the listed fields. Upload again for every submission; never reuse an old id (WeChat temporary media expire after 3 days).',
    responses:
      'Fill in earlier answers: replace each listed placeholder (such as <batch_no>) with the named field of the named call’s answer, replacing only the placeholder itself.',
    encrypt:
      'Encrypt the sensitive fields: check the plaintext first, then encrypt the listed fields with the platform’s public key (RSAES-OAEP for WeChat Pay), one key per request, and send that key’s id in the request header (WeChat Pay: Wechatpay-Serial).',
    encrypted:
      'Encrypted fields: Kaitong encrypted them with key {keys}; do not encrypt them again, and send that key id in the header of those requests (WeChat Pay: Wechatpay-Serial).',
    send: 'Make the calls in order: JSON calls with Content-Type: application/json; charset=utf-8 and the body as it is (UTF-8, no \\u escapes for Chinese); multipart calls with each file field set to its media/ file.',
    sendGateway:
      'Make the calls in order, each exactly as its Send, Body and Common parameters lines (the transport in its payload file) say: the Alipay gateway takes form or multipart bodies only; sign with the application private key using RSA2, file parts unsigned.',
    wait: 'Where a step says to wait, check the condition before going on; never retry two calls back to back.',
    rejected:
      'If the platform rejects the submission, fix the draft and export a new bundle; never resend an old one (WeChat Pay’s business_code follows the choice under Kaitong’s “Submission and review”: the same number by default, or a new one).'
  }
} as const satisfies Record<Lang, Record<string, string>>

/** The uploader's to-do list, holding only the steps this bundle needs. */
export function uploaderSteps(plan: BundlePlan, lang: Lang): string[] {
  const text = STEPS[lang]
  const keys = [...new Set(plan.encrypted.map((entry) => entry.keyId))].join(', ')
  return [
    text.credentials,
    plan.mediaToUpload.length > 0 ? text.upload : '',
    plan.fromResponses.length > 0 ? text.responses : '',
    plan.toEncrypt.length > 0 ? text.encrypt : '',
    keys ? interpolate(text.encrypted, { keys }) : '',
    plan.calls.some((call) => call.transport) ? text.sendGateway : '',
    plan.calls.some((call) => !call.transport) ? text.send : '',
    plan.calls.some((call) => call.part.waitFor) ? text.wait : '',
    text.rejected
  ].filter(Boolean)
}

/** How a call travels, as lines for README.txt and the summary; none when the adapter states no transport. */
export function transportLines(call: PlannedCall, lang: Lang): string[] {
  const text = BUNDLE_TEXT[lang]
  const { transport } = call
  if (!transport) return []
  const parameters = transport.commonParameters
    .map((parameter) => (parameter.value ? `${parameter.name}=${parameter.value}` : parameter.name))
    .join(', ')
  return [
    interpolate(text.transportSend, { url: transport.url }),
    transport.body === 'biz_content' ? text.transportBizContent : text.transportMultipart,
    interpolate(text.transportParameters, { parameters })
  ]
}

/** What to put at a media-id placeholder: the upload call and the field it returns, where known. */
export function mediaIdText(entry: BundlePlan['mediaToUpload'][number], lang: Lang): string {
  const text = BUNDLE_TEXT[lang]
  const { source } = entry
  return source
    ? interpolate(text.mediaIdFrom, {
        file: entry.media,
        call: source.callFile ?? source.call,
        field: source.field
      })
    : interpolate(text.mediaId, { file: entry.media })
}

/** What to put where an earlier call's answer goes. */
export function fromResponseText(entry: BundlePlan['fromResponses'][number], lang: Lang): string {
  const { source } = entry
  const call = source.callFile ? `${source.call} (${source.callFile})` : source.call
  return interpolate(BUNDLE_TEXT[lang].fromResponse, {
    marker: entry.marker,
    call,
    field: source.field
  })
}

/** The documented retry of a call, if it has one. */
export function alternativeLines(part: BundlePart, lang: Lang): string[] {
  const { alternative } = part
  if (!alternative) return []
  return Object.entries(alternative.renameFields).map(([from, to]) =>
    interpolate(BUNDLE_TEXT[lang].alternative, { error: alternative.onError, from, to })
  )
}
