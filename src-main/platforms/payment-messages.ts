import type { Lang, MessageCatalogue } from '../domain/issue'

/**
 * Every message of the payment adapters (wechat-pay.ts, alipay.ts) and of the platform-key
 * import (src-main/keys): issue codes, the notes on uncertain facts, and each due item as
 * `requirement.<provider>.<key>`, in zh-CN and en with `{name}` placeholders.
 */

type Text = Record<Lang, string>

/** What a due item asks for, shared by both providers (the id adds the provider). */
const REQUIREMENT_LABELS = {
  licence_photo: {
    'zh-CN': '营业执照或登记证书照片',
    en: 'Photo of the business licence or registration certificate'
  },
  licence_number: {
    'zh-CN': '统一社会信用代码（证照号码）',
    en: 'Unified social credit code (licence number)'
  },
  registered_name: { 'zh-CN': '证照上的商户名称', en: 'Merchant name as on the licence' },
  legal_person: {
    'zh-CN': '证照上的法定代表人（经营者）',
    en: 'Legal representative (operator) as on the licence'
  },
  certificate_type: {
    'zh-CN': '微信支付接受的登记证书类型',
    en: 'A registration certificate type WeChat Pay accepts'
  },
  registered_address: { 'zh-CN': '证书上的注册地址', en: 'Registered address on the certificate' },
  licence_validity: { 'zh-CN': '证照有效期', en: 'Validity period of the licence' },
  finance_type: { 'zh-CN': '金融机构类型', en: 'Type of financial institution' },
  finance_licence_photos: { 'zh-CN': '金融机构许可证照片', en: 'Photos of the financial licence' },
  legal_rep_name: { 'zh-CN': '法定代表人证件姓名', en: "Legal representative's name on the ID" },
  legal_rep_id_number: { 'zh-CN': '法定代表人证件号码', en: "Legal representative's ID number" },
  legal_rep_id_validity: {
    'zh-CN': '法定代表人证件有效期',
    en: "Validity of the legal representative's ID"
  },
  legal_rep_id_front: {
    'zh-CN': '法定代表人证件人像面照片',
    en: "Photo of the legal representative's ID (photo side)"
  },
  legal_rep_id_back: {
    'zh-CN': '法定代表人证件国徽面（背面）照片',
    en: "Photo of the legal representative's ID (back)"
  },
  legal_rep_address: {
    'zh-CN': '法定代表人证件上的住址',
    en: "Address on the legal representative's ID"
  },
  legal_rep_authorization: {
    'zh-CN': '法定代表人说明函',
    en: 'Letter explaining the legal representative (法定代表人说明函)'
  },
  legal_rep_id_type: {
    'zh-CN': '支付宝接受的法定代表人证件类型',
    en: 'A legal-representative ID type Alipay accepts'
  },
  legal_rep_in_person: {
    'zh-CN': '法定代表人本人的证件（直付通不接受经办人代替）',
    en: "The legal representative's own ID (ZFT does not accept an agent's)"
  },
  beneficial_owner_answer: {
    'zh-CN': '法定代表人是否为最终受益人',
    en: 'Whether the legal representative is an ultimate beneficial owner'
  },
  beneficial_owners: {
    'zh-CN': '至少一位最终受益人',
    en: 'At least one ultimate beneficial owner'
  },
  owner_name: { 'zh-CN': '受益人证件姓名', en: "Beneficial owner's name on the ID" },
  owner_id_number: { 'zh-CN': '受益人证件号码', en: "Beneficial owner's ID number" },
  owner_id_validity: { 'zh-CN': '受益人证件有效期', en: "Validity of the beneficial owner's ID" },
  owner_id_front: {
    'zh-CN': '受益人证件人像面照片',
    en: "Photo of the beneficial owner's ID (photo side)"
  },
  owner_id_back: { 'zh-CN': '受益人证件背面照片', en: "Photo of the beneficial owner's ID (back)" },
  owner_address: { 'zh-CN': '受益人证件上的住址', en: "Address on the beneficial owner's ID" },
  contact_name: { 'zh-CN': '管理员姓名', en: "Administrator's name" },
  contact_mobile: { 'zh-CN': '管理员手机号', en: "Administrator's mobile number" },
  contact_email: { 'zh-CN': '管理员邮箱', en: "Administrator's email" },
  contact_id_number: { 'zh-CN': '经办人证件号码', en: "Agent's ID number" },
  contact_id_validity: { 'zh-CN': '经办人证件有效期', en: "Validity of the agent's ID" },
  contact_id_front: { 'zh-CN': '经办人证件人像面照片', en: "Photo of the agent's ID (photo side)" },
  contact_id_back: { 'zh-CN': '经办人证件背面照片', en: "Photo of the agent's ID (back)" },
  contact_authorization: {
    'zh-CN': '业务办理授权函',
    en: 'Letter authorising the agent (业务办理授权函)'
  },
  short_name: { 'zh-CN': '商户简称', en: 'Merchant short name' },
  service_phone: { 'zh-CN': '客服电话', en: 'Customer service phone' },
  subject_type: { 'zh-CN': '直付通支持的主体类型', en: 'A subject type ZFT supports' },
  wechat_settlement_id: { 'zh-CN': '微信支付结算规则 ID', en: 'WeChat Pay settlement rule ID' },
  wechat_qualification_type: { 'zh-CN': '微信支付所属行业', en: 'WeChat Pay industry' },
  alipay_mcc: { 'zh-CN': '支付宝直付通 MCC', en: 'Alipay ZFT MCC' },
  alipay_category_code: { 'zh-CN': '支付宝商家经营类目', en: 'Alipay business category' },
  sales_scenes: { 'zh-CN': '至少一个经营场景', en: 'At least one sales scene' },
  store_scene: { 'zh-CN': '线下门店场景', en: 'The physical store scene' },
  store_name: { 'zh-CN': '门店名称', en: 'Store name' },
  store_region: { 'zh-CN': '门店所在地区', en: 'Region of the store' },
  store_address: { 'zh-CN': '门店详细地址', en: 'Street address of the store' },
  store_entrance_photo: { 'zh-CN': '门头照片', en: 'Photo of the storefront' },
  store_interior_photo: { 'zh-CN': '店内环境照片', en: 'Photo of the store interior' },
  official_account_app_id: { 'zh-CN': '公众号 AppID', en: 'Official account AppID' },
  official_account_screenshots: { 'zh-CN': '公众号页面截图', en: 'Official account screenshots' },
  mini_program_app_id: { 'zh-CN': '小程序 AppID', en: 'Mini program AppID' },
  mini_program_screenshots: { 'zh-CN': '小程序页面截图', en: 'Mini program screenshots' },
  app_scene: { 'zh-CN': 'App 场景', en: 'The app scene' },
  app_app_id: { 'zh-CN': 'App 的微信开放平台 AppID', en: "The app's WeChat Open Platform AppID" },
  app_name: { 'zh-CN': 'App 名称', en: 'App name' },
  app_download_url: { 'zh-CN': 'App 下载地址', en: 'App download link' },
  app_screenshots: {
    'zh-CN': 'App 截图 4 张：首页、尾页、应用内页、支付页',
    en: 'Four app screenshots: home, last page, in-app page, payment page'
  },
  website_scene: { 'zh-CN': '网站场景', en: 'The website scene' },
  website_url: { 'zh-CN': '网站地址', en: 'Website address' },
  website_name: { 'zh-CN': '网站名称', en: 'Website name' },
  account_type: { 'zh-CN': '账户类型', en: 'Account type' },
  account_name: { 'zh-CN': '开户名称', en: 'Account name' },
  bank_name: { 'zh-CN': '开户银行', en: 'Bank' },
  bank_region: { 'zh-CN': '开户地区', en: 'Branch region' },
  bank_branch: { 'zh-CN': '开户支行或联行号', en: 'Branch or CNAPS code' },
  account_number: { 'zh-CN': '银行账号', en: 'Account number' },
  activity_debit_rate: {
    'zh-CN': '优惠费率活动的非信用卡费率',
    en: 'Activity rate for non-credit cards'
  },
  activity_credit_rate: {
    'zh-CN': '优惠费率活动的信用卡费率',
    en: 'Activity rate for credit cards'
  },
  alipay_services: { 'zh-CN': '至少一项直付通产品', en: 'At least one ZFT service' },
  alipay_mini_program_app_id: {
    'zh-CN': '支付宝小程序 AppID（小程序支付）',
    en: 'Alipay mini program AppID (mini program payment)'
  },
  alipay_account: { 'zh-CN': '商户的支付宝账号', en: "The merchant's Alipay account" },
  alipay_sign_date: {
    'zh-CN': '商户与服务商的签约日期',
    en: 'Date the merchant signed with the service provider'
  },
  alipay_settle_account: { 'zh-CN': '结算用的支付宝账号', en: 'Alipay account to settle to' },
  alipay_bank_inst_id: {
    'zh-CN': '开户银行简称代码（如 CMB）',
    en: "The bank's short code (e.g. CMB)"
  },
  alipay_licence_auth_letter: {
    'zh-CN': '按支付宝《说明函》模板制作的授权函照片',
    en: 'A photo of the authorisation letter made from Alipay’s template'
  },
  alipay_products: { 'zh-CN': '至少一项代签约产品', en: 'At least one product to sign' },
  alipay_rate: { 'zh-CN': '当面付服务费率', en: 'Face-to-face service rate' },
  alipay_app_platforms: {
    'zh-CN': 'App 的系统（iOS、安卓）',
    en: 'The app platforms (iOS, Android)'
  },
  alipay_app_markets: { 'zh-CN': 'App 上架的应用市场', en: 'The app stores the app is in' },
  alipay_app_status: { 'zh-CN': 'App 是否已上线', en: 'Whether the app is live' }
} as const satisfies Record<string, Text>

export type RequirementKey = keyof typeof REQUIREMENT_LABELS

export const WECHAT_PAY_REQUIREMENT_KEYS = [
  'licence_photo',
  'licence_number',
  'registered_name',
  'legal_person',
  'certificate_type',
  'registered_address',
  'licence_validity',
  'finance_type',
  'finance_licence_photos',
  'legal_rep_name',
  'legal_rep_id_number',
  'legal_rep_id_validity',
  'legal_rep_id_front',
  'legal_rep_id_back',
  'legal_rep_address',
  'legal_rep_authorization',
  'beneficial_owner_answer',
  'beneficial_owners',
  'owner_name',
  'owner_id_number',
  'owner_id_validity',
  'owner_id_front',
  'owner_id_back',
  'owner_address',
  'contact_name',
  'contact_mobile',
  'contact_email',
  'contact_id_number',
  'contact_id_validity',
  'contact_id_front',
  'contact_id_back',
  'contact_authorization',
  'short_name',
  'service_phone',
  'wechat_settlement_id',
  'wechat_qualification_type',
  'sales_scenes',
  'store_name',
  'store_region',
  'store_address',
  'store_entrance_photo',
  'store_interior_photo',
  'official_account_app_id',
  'official_account_screenshots',
  'mini_program_app_id',
  'mini_program_screenshots',
  'app_app_id',
  'app_screenshots',
  'website_url',
  'account_type',
  'account_name',
  'bank_name',
  'bank_region',
  'bank_branch',
  'account_number',
  'activity_debit_rate',
  'activity_credit_rate'
] as const satisfies readonly RequirementKey[]
export type WechatPayRequirementKey = (typeof WECHAT_PAY_REQUIREMENT_KEYS)[number]

export const ALIPAY_REQUIREMENT_KEYS = [
  'licence_number',
  'registered_name',
  'contact_name',
  'contact_mobile',
  'contact_email',
  'subject_type',
  'licence_photo',
  'short_name',
  'service_phone',
  'alipay_mcc',
  'alipay_category_code',
  'legal_rep_name',
  'legal_rep_id_number',
  'legal_rep_id_type',
  'legal_rep_in_person',
  'store_scene',
  'store_name',
  'store_region',
  'store_address',
  'store_entrance_photo',
  'store_interior_photo',
  'website_scene',
  'website_url',
  'website_name',
  'app_scene',
  'app_name',
  'app_download_url',
  'app_screenshots',
  'account_type',
  'account_name',
  'bank_name',
  'bank_region',
  'bank_branch',
  'account_number',
  'alipay_services',
  'alipay_mini_program_app_id',
  'alipay_account',
  'alipay_sign_date',
  'alipay_settle_account',
  'alipay_bank_inst_id',
  'alipay_licence_auth_letter',
  'alipay_products',
  'alipay_rate',
  'alipay_app_platforms',
  'alipay_app_markets',
  'alipay_app_status'
] as const satisfies readonly RequirementKey[]
export type AlipayRequirementKey = (typeof ALIPAY_REQUIREMENT_KEYS)[number]

function requirementMessages(provider: string, keys: readonly RequirementKey[]): MessageCatalogue {
  return Object.fromEntries(
    keys.map((key) => [`requirement.${provider}.${key}`, REQUIREMENT_LABELS[key]])
  )
}

const WECHAT_PAY_ISSUES: MessageCatalogue = {
  'wechat-pay.required': {
    'zh-CN': '微信支付进件需要填写此项',
    en: 'WeChat Pay onboarding needs this field'
  },
  'wechat-pay.certificate_type': {
    'zh-CN':
      '微信支付不接受这种登记证书：政府机关须用统一社会信用代码证书，事业单位须用事业单位法人证书',
    en: 'WeChat Pay does not take this certificate: government bodies use the unified social credit code certificate, institutions the institution legal-person certificate'
  },
  'wechat-pay.too_long': {
    'zh-CN': '太长：微信支付最多 {max} 字节（一个汉字算 3 字节）',
    en: 'Too long: WeChat Pay takes at most {max} bytes (a Chinese character counts as 3)'
  },
  'wechat-pay.encrypt_too_long': {
    'zh-CN': '太长：这一项加密后提交，最多 {max} 字节（一个汉字算 3 字节）',
    en: 'Too long: this item is sent encrypted, at most {max} bytes (a Chinese character counts as 3)'
  },
  'wechat-pay.id_doc_number_format': {
    'zh-CN': '微信支付要求证件号码为 8–30 位数字、字母或连字符',
    en: 'WeChat Pay needs the document number as 8–30 digits, letters or hyphens'
  },
  'wechat-pay.short_name_meaningless': {
    'zh-CN': '商户简称不能是“特约商户”“客服电话”或纯数字等无意义内容，请填写与经营内容相关的名称',
    en: 'The short name cannot be filler such as “特约商户”, “客服电话” or only digits: use a name related to the business'
  },
  'wechat-pay.short_name_person_name': {
    'zh-CN': '商户简称不能只是个人姓名，可写成“个体户张三”或“张三餐饮店”',
    en: 'The short name cannot be just a person’s name: write e.g. “个体户张三” or “张三餐饮店”'
  },
  'wechat-pay.business_code_format': {
    'zh-CN': '业务申请编号只能包含数字、字母和下划线，且不超过 {max} 位：请修改编号前缀',
    en: 'The business code may hold only digits, letters and underscores, at most {max}: change its prefix'
  },
  'wechat-pay.business_code_reused': {
    'zh-CN': '业务申请编号 {code} 已用于之前的申请，重新提交须使用新编号（下一次提交）',
    en: 'The business code {code} was used by an earlier application: a resubmission needs a new one (next attempt)'
  },
  'wechat-pay.app_id_format': {
    'zh-CN': '微信支付只能绑定微信的 AppID（wx 开头的 18 位）',
    en: 'WeChat Pay binds only WeChat AppIDs (18 characters starting with wx)'
  },
  'wechat-pay.too_many_pictures': {
    'zh-CN': '微信支付最多接受 {max} 张',
    en: 'WeChat Pay takes at most {max} pictures here'
  },
  'wechat-pay.settlement_id_subject': {
    'zh-CN': '结算规则 {id} 不适用于这个主体类型，可选的结算规则：{ids}',
    en: 'Settlement rule {id} is not open to this subject type; rules that fit: {ids}'
  },
  'wechat-pay.settlement_industry': {
    'zh-CN': '结算规则 {id} 不包含所属行业“{industry}”，请在列表中重新选择',
    en: 'Settlement rule {id} does not cover the industry “{industry}”: pick again from the list'
  },
  'wechat-pay.settlement_id_unlisted': {
    'zh-CN': '结算规则 {id} 不在随附的费率结算规则对照表中，请向服务商确认',
    en: 'Settlement rule {id} is not in the shipped settlement-rule table: check it with your service provider'
  },
  'alipay.mcc_unlisted': {
    'zh-CN': '经营类目 {code} 不在随附的类目表中，请向服务商确认',
    en: 'Category code {code} is not in the shipped table: check it with your service provider'
  },
  'wechat-pay.activity_id_format': {
    'zh-CN': '优惠费率活动 ID 只能是数字和字母，不超过 32 位',
    en: 'The rate activity id may hold only digits and letters, at most 32'
  },
  'wechat-pay.activity_rate_format': {
    'zh-CN': '费率写成百分数的数字，最多两位小数，不带 %，例如 0.38',
    en: 'Write the rate as a percent number with at most two decimals and no %, e.g. 0.38'
  }
}

const ALIPAY_ISSUES: MessageCatalogue = {
  'alipay.required': {
    'zh-CN': '支付宝进件需要填写此项',
    en: 'Alipay onboarding needs this field'
  },
  'alipay.subject_unsupported': {
    'zh-CN':
      '支付宝直付通没有对应的主体类型（只支持企业、个体工商户、事业单位、党政机关、社会团体和民办非企业单位），请改用代签约',
    en: 'Alipay ZFT has no matching subject type (only enterprises, individual businesses, institutions, government bodies, social groups and private non-enterprise units): use the agent route'
  },
  'alipay.legal_id_type_unsupported': {
    'zh-CN':
      '支付宝只接受大陆居民身份证、港澳居民来往内地通行证、台湾居民来往大陆通行证和外国人居留证',
    en: 'Alipay takes only the mainland resident ID, the Hong Kong/Macao or Taiwan travel permits and the foreign resident permit'
  },
  'alipay.legal_rep_in_person': {
    'zh-CN': '支付宝直付通需要法定代表人本人的证件，不能由经办人代替',
    en: "Alipay ZFT needs the legal representative's own ID, not an agent's"
  },
  'alipay.too_long': {
    'zh-CN': '太长：支付宝最多 {max} 字节（一个汉字算 3 字节）',
    en: 'Too long: Alipay takes at most {max} bytes (a Chinese character counts as 3)'
  },
  'alipay.account_format': {
    'zh-CN': '支付宝账号应为手机号或邮箱（代签约也可填 2088 开头的 16 位 PID）',
    en: 'An Alipay account is a mobile number or an email (the agent route also takes a 16-digit PID starting 2088)'
  },
  'alipay.date_format': {
    'zh-CN': '日期格式不对，请按“年-月-日”填写，例如 2024-01-05',
    en: 'Not a valid date: write it as year-month-day, e.g. 2024-01-05'
  },
  'alipay.bank_inst_id_format': {
    'zh-CN': '银行简称代码为大写字母，例如 CMB',
    en: 'The bank short code is upper-case letters, e.g. CMB'
  },
  'alipay.app_id_format': {
    'zh-CN': '支付宝小程序 AppID 为 20 开头的 16 位数字',
    en: 'An Alipay mini program AppID is 16 digits starting with 20'
  },
  'alipay.service_undocumented': {
    'zh-CN':
      '支付宝直付通的文档没有列出 JSAPI 支付、预授权支付和订单码支付，请取消勾选，改选列出的服务',
    en: 'Alipay ZFT’s documentation does not list JSAPI, pre-authorisation or order-code payment: untick them and choose a listed service'
  },
  'alipay.rate_range': {
    'zh-CN': '当面付服务费率须在 {min}% 到 {max}% 之间，最多两位小数',
    en: 'The face-to-face service rate must be between {min}% and {max}%, with at most two decimals'
  }
}

/** The stricter readings the adapters take where the facts are uncertain. */
const NOTES: MessageCatalogue = {
  'wechat-pay.note.length_bytes': {
    'zh-CN':
      '微信支付未说明长度单位：按 UTF-8 字节计算（一个汉字 3 字节），加密字段的明文不超过 214 字节。',
    en: 'WeChat Pay states no unit for lengths: they are counted in UTF-8 bytes (3 per Chinese character), and encrypted plaintext is kept to 214 bytes.'
  },
  'wechat-pay.note.contact_id_number': {
    'zh-CN':
      '超级管理员为法人时也填写其证件号码和证件类型（旧版接口要求证件号码与 openid 二选一）。',
    en: 'The administrator’s ID number and document type are sent for a legal-person administrator too (older editions require the number or an openid).'
  },
  'wechat-pay.note.openid_plain': {
    'zh-CN': '不填写超级管理员 openid：是否需要加密各方说法不一，证件号码已能识别超级管理员。',
    en: 'No administrator openid is sent: sources disagree on encrypting it, and the ID number identifies the administrator.'
  },
  'wechat-pay.note.bank_account_required': {
    'zh-CN': '结算银行账户始终填写（旧版允许部分结算规则不填）。',
    en: 'The settlement bank account is always sent (older editions let some settlement rules omit it).'
  },
  'wechat-pay.note.direct_banks': {
    'zh-CN':
      '17 家直连银行名单未找到官方可引用的副本：只有名称完全一致时才按直连银行填写，其余填“其他银行”并附支行全称或联行号。',
    en: 'No citable copy of the 17 direct banks was found: a bank is sent by name only on an exact match, any other as “其他银行” with its full branch name or bank code.'
  },
  'wechat-pay.note.licence_number': {
    'zh-CN': '营业执照注册号按现行规则只接受 18 位统一社会信用代码，不接受旧的 15 位注册号。',
    en: 'Licence numbers follow the current rule, 18-character credit codes only; the old 15-digit numbers are refused.'
  },
  'wechat-pay.note.scene_pictures': {
    'zh-CN':
      '小程序截图（仅“未上线”时必填）始终要求；APP 截图要求首页、尾页、应用内页、支付页各一张。',
    en: 'Mini program screenshots (required only before launch) are always asked for; app screenshots need one each of home, last page, in-app page and payment page.'
  },
  'wechat-pay.note.activity_rates': {
    'zh-CN': '参加优惠费率活动时，非信用卡和信用卡费率都要求填写（2023-09-18 起拆分）。',
    en: 'With a rate activity both the non-credit and the credit card rates are required (split since 2023-09-18).'
  },
  'wechat-pay.note.settlement_table': {
    'zh-CN':
      '微信支付费率结算规则对照表没有可用的数据版本：结算规则 ID 与主体类型、行业是否匹配无法离线检查，请在提交前核对。',
    en: 'No data copy of WeChat Pay’s settlement rule table exists: whether the settlement id fits the subject type and industry cannot be checked offline; verify it before submitting.'
  },
  'alipay.note.length_bytes': {
    'zh-CN':
      '直付通长度上限只见于旧版文档且未说明单位：按 UTF-8 字节计算（一个汉字 3 字节），法人证件号仍按 18 位限制。',
    en: 'ZFT length limits exist only in an older edition with no unit: they are counted in UTF-8 bytes (3 per Chinese character), and the 18-character legal ID limit is kept.'
  },
  'alipay.note.binding_account': {
    'zh-CN': '直付通签约支付宝账号（binding_alipay_logon_id）始终要求填写。',
    en: 'ZFT’s binding Alipay account (binding_alipay_logon_id) is always required.'
  },
  'alipay.note.sign_date': {
    'zh-CN': '与服务商的签约日期按 yyyy-MM-dd 填写（格式只见于示例）。',
    en: 'The signing date with the service provider is written yyyy-MM-dd (the format is only seen in examples).'
  },
  'alipay.note.settle_card': {
    'zh-CN': '结算银行卡各字段是否必填未公布：全部填写，包括开户行简称代码。',
    en: 'Which settlement card fields are required is unpublished: all are sent, including the bank short code.'
  },
  'alipay.note.region_codes': {
    'zh-CN':
      '支付宝地区码表没有数据版本：按国家标准行政区划代码填写，直辖市的市级代码写作 xx0100。',
    en: 'Alipay’s region code sheet is not available as data: standard GB/T 2260 codes are used, a municipality’s city code written xx0100.'
  },
  'alipay.note.agent_required': {
    'zh-CN':
      '代签约接口未公布必填项：账号、联系人（含邮箱）、门店名称、地址、门头照、内景照和营业执照照片都要求填写。',
    en: 'The agent APIs publish no required flags: the account, contact (with email), store name, address, storefront and interior photos and the licence photo are all required.'
  },
  'alipay.note.agent_product': {
    'zh-CN': '代签约至少签一项产品后才确认（未签约的批次可能无法确认）。',
    en: 'An agent batch signs at least one product before it is confirmed (an empty batch may not be confirmable).'
  },
  'alipay.note.agent_lengths': {
    'zh-CN': '代签约字段长度取自同类接口：经营类目编码最多 16 位，营业执照号最多 32 位。',
    en: 'Agent field lengths come from a sister API: category code at most 16, licence number at most 32.'
  },
  'alipay.note.date_limitation': {
    'zh-CN':
      '营业期限（date_limitation）格式未说明：按 yyyy-MM-dd 填写截止日期，长期有效时只填 long_term。',
    en: 'The licence term format (date_limitation) is unstated: the end date is written yyyy-MM-dd, and a long-term licence sends only long_term.'
  },
  'alipay.note.rate_range': {
    'zh-CN': '当面付服务费率按支付宝 SDK 的 0.38%–0.6% 检查（另有资料称最高 3%）。',
    en: 'The face-to-face service rate is checked against the Alipay SDKs’ 0.38–0.6 % (another source says up to 3 %).'
  },
  'alipay.note.qualifications': {
    'zh-CN':
      '直付通特殊资质需要支付宝“商户行业资质类型”代码，档案中没有该代码：特殊行业资质请在支付宝审核中补充。',
    en: 'ZFT special qualifications need Alipay’s qualification type codes, which the profile does not hold: add them during Alipay’s review.'
  }
}

/** Errors of importing the WeChat Pay public key or platform certificate (src-main/keys). */
const KEY_ERRORS: MessageCatalogue = {
  'keys.file_unreadable': {
    'zh-CN': '无法读取密钥文件 {file}：{reason}',
    en: 'Cannot read the key file {file}: {reason}'
  },
  'keys.malformed_file': {
    'zh-CN':
      '{file} 不是 PEM 格式的公钥或证书（应以 -----BEGIN PUBLIC KEY----- 或 -----BEGIN CERTIFICATE----- 开头）',
    en: '{file} is not a PEM public key or certificate (it should start with -----BEGIN PUBLIC KEY----- or -----BEGIN CERTIFICATE-----)'
  },
  'keys.private_key': {
    'zh-CN':
      '{file} 是私钥：请导入微信支付公钥（pub_key.pem）或微信支付平台证书，不要导入商户自己的私钥',
    en: '{file} is a private key: import the WeChat Pay public key (pub_key.pem) or platform certificate, never your own private key'
  },
  'keys.wrong_key_type': {
    'zh-CN': '密钥类型是 {type}，微信支付 APIv3 加密需要 RSA 公钥',
    en: 'The key is of type {type}; WeChat Pay APIv3 encryption needs an RSA public key'
  },
  'keys.key_too_small': {
    'zh-CN': 'RSA 密钥只有 {bits} 位，微信支付的公钥至少 2048 位',
    en: 'The RSA key has only {bits} bits; WeChat Pay keys have at least 2048'
  },
  'keys.key_id_missing': {
    'zh-CN':
      '请填写微信支付公钥 ID（PUB_KEY_ID_ 开头，商户平台“API安全”页可见），文件名 {file} 中没有',
    en: 'Enter the WeChat Pay public key ID (starting PUB_KEY_ID_, shown on the merchant platform’s API security page); the file name {file} holds none'
  },
  'keys.key_id_format': {
    'zh-CN': '公钥 ID {keyId} 格式不对，应以 PUB_KEY_ID_ 开头，后接数字或字母',
    en: 'The public key ID {keyId} is malformed: it starts with PUB_KEY_ID_ followed by digits or letters'
  },
  'keys.key_id_mismatch': {
    'zh-CN': '填写的编号 {keyId} 与证书序列号 {serial} 不一致',
    en: 'The id {keyId} you entered differs from the certificate serial {serial}'
  },
  'keys.certificate_expired': {
    'zh-CN': '平台证书已于 {date} 过期，请从商户平台下载新的平台证书或改用微信支付公钥',
    en: 'The platform certificate expired on {date}: download a new one or use the WeChat Pay public key'
  },
  'keys.certificate_not_yet_valid': {
    'zh-CN': '平台证书 {date} 才生效，请核对电脑日期或换用当前有效的证书',
    en: 'The platform certificate is valid only from {date}: check the computer’s date or use the current certificate'
  },
  'keys.plaintext_too_long': {
    'zh-CN': '要加密的内容超过 {max} 字节，无法用此密钥加密',
    en: 'The value to encrypt exceeds {max} bytes and cannot be encrypted with this key'
  }
}

export const PAYMENT_MESSAGES: MessageCatalogue = {
  ...WECHAT_PAY_ISSUES,
  ...ALIPAY_ISSUES,
  ...NOTES,
  ...KEY_ERRORS,
  ...requirementMessages('wechat-pay', WECHAT_PAY_REQUIREMENT_KEYS),
  ...requirementMessages('alipay', ALIPAY_REQUIREMENT_KEYS)
}
