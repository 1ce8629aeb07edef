import type { MessageCatalogue } from './issue'

/**
 * Messages for the merchant profile's issues (codes from merchant-rules.ts). Each says what
 * is wrong and how to fix it, in both languages, with `{name}` placeholders.
 */
export const MERCHANT_MESSAGES: MessageCatalogue = {
  'merchant.required': { 'zh-CN': '此项必填', en: 'This field is required' },

  'merchant.date_format': {
    'zh-CN': '日期格式不对，请按“年-月-日”填写，例如 2024-01-05',
    en: 'Not a valid date: write it as year-month-day, e.g. 2024-01-05'
  },
  'merchant.date_in_future': {
    'zh-CN': '开始日期 {date} 晚于今天，请核对证件上的日期',
    en: 'The start date {date} is after today: check the date on the document'
  },
  'merchant.validity_order': {
    'zh-CN': '截止日期须晚于开始日期，请核对证件上的有效期',
    en: 'The end date must be after the start date: check the validity printed on the document'
  },
  'merchant.validity_expired': {
    'zh-CN': '证件已于 {date} 过期，请先换领新证件，再填写新证件的信息',
    en: 'This document expired on {date}: renew it first, then enter the new document'
  },
  'merchant.validity_expiring': {
    'zh-CN': '证件将于 {date} 到期（还剩 {days} 天），审核期间可能过期，建议尽快换领',
    en: 'This document expires on {date} ({days} days left) and may lapse during review: renew it soon'
  },

  'merchant.uscc_length': {
    'zh-CN': '统一社会信用代码应为 18 位，请按营业执照或登记证书逐位填写',
    en: 'The unified social credit code has 18 characters: copy it from the licence or certificate'
  },
  'merchant.uscc_legacy': {
    'zh-CN': '这是旧的 15 位注册号，已由 18 位统一社会信用代码取代，请填写新版营业执照上的代码',
    en: 'This is an old 15-digit registration number, replaced by the 18-character unified social credit code: enter the code on the current licence'
  },
  'merchant.uscc_charset': {
    'zh-CN':
      '统一社会信用代码只含数字和大写字母，且不含 I、O、S、V、Z，请检查是否把 0 写成了 O、1 写成了 I',
    en: 'The code uses only digits and capital letters other than I, O, S, V and Z: check for O typed for 0 or I for 1'
  },
  'merchant.uscc_format': {
    'zh-CN': '统一社会信用代码格式不对：第 1 位为登记管理部门代码，第 3–8 位为行政区划数字，请核对',
    en: 'The code is malformed: the 1st character is the registering authority and characters 3–8 are region digits; check it'
  },
  'merchant.uscc_check_char': {
    'zh-CN': '统一社会信用代码有误：校验不通过。请对照营业执照逐位重新核对',
    en: 'This credit code is wrong: its check fails. Re-read it character by character from the licence'
  },
  'merchant.uscc_check_char_unverified': {
    'zh-CN': '该代码的校验位不符合国家标准，但这类厦门早期发放的代码确实存在，请确认与执照完全一致',
    en: 'This code fails the standard check, as some early Xiamen codes do: confirm it matches the licence exactly'
  },
  'merchant.uscc_organization_code': {
    'zh-CN': '代码中第 9–17 位的组织机构代码校验不符，请确认与执照完全一致',
    en: 'The organisation code inside it (characters 9–17) fails its check: confirm the code matches the licence exactly'
  },
  'merchant.certificate_type_not_allowed': {
    'zh-CN': '该主体类型不能使用这种登记证书，请改选对应的证书类型或主体类型',
    en: 'This kind of certificate does not fit the subject type: choose the matching certificate or subject type'
  },
  'merchant.certificate_number_format': {
    'zh-CN': '证书编号格式不对，请按证书原样填写（4–32 位，不含空格）',
    en: 'The certificate number looks wrong: copy it as printed (4–32 characters, no spaces)'
  },
  'merchant.name_length': {
    'zh-CN': '名称应为 {min}–{max} 个字，请按证照上的名称填写',
    en: 'The name must be {min}–{max} characters: copy it from the licence'
  },
  'merchant.individual_name_company': {
    'zh-CN': '个体工商户的名称不能以“公司”结尾；若执照为公司，请把主体类型改为企业',
    en: 'An individual business name cannot end in 公司 (company): if the licence is a company’s, change the subject type to enterprise'
  },
  'merchant.person_name_length': {
    'zh-CN': '姓名应为 {min}–{max} 个字，请按证件上的姓名填写',
    en: 'The name must be {min}–{max} characters: copy it from the identity document'
  },

  'merchant.id_card_format': {
    'zh-CN': '身份证号码应为 18 位（最后一位可为 X），请按身份证逐位填写',
    en: 'A resident ID number has 18 characters (the last may be X): copy it from the card'
  },
  'merchant.hong_kong_permit_format': {
    'zh-CN': '香港居民来往内地通行证号码应为 H 加 8 位数字（可带 2 位换证次数），例如 H12345678',
    en: 'A Hong Kong home-return permit number is H and 8 digits (optionally 2 more), e.g. H12345678'
  },
  'merchant.macao_permit_format': {
    'zh-CN': '澳门居民来往内地通行证号码应为 M 加 8 位数字（可带 2 位换证次数），例如 M12345678',
    en: 'A Macao home-return permit number is M and 8 digits (optionally 2 more), e.g. M12345678'
  },
  'merchant.taiwan_permit_format': {
    'zh-CN': '台湾居民来往大陆通行证号码应为 8 位数字（可带 2 位换证次数）',
    en: 'A Taiwan compatriot permit number has 8 digits (optionally 2 more)'
  },
  'merchant.passport_format': {
    'zh-CN': '护照号码应为 5–17 位字母和数字，请按护照资料页填写',
    en: 'A passport number is 5–17 letters and digits: copy it from the data page'
  },
  'merchant.foreign_permit_format': {
    'zh-CN': '外国人永久居留身份证号码应为 18 位（以 9 开头）或旧版 3 个字母加 12 位数字',
    en: 'A foreign permanent resident ID number has 18 characters starting with 9, or on older cards 3 letters and 12 digits'
  },
  'merchant.hong_kong_macao_residence_format': {
    'zh-CN': '港澳居民居住证号码应为 18 位，以 810000（香港）或 820000（澳门）开头',
    en: 'A Hong Kong/Macao residence permit number has 18 characters starting 810000 or 820000'
  },
  'merchant.taiwan_residence_format': {
    'zh-CN': '台湾居民居住证号码应为 18 位，以 830000 开头',
    en: 'A Taiwan residence permit number has 18 characters starting 830000'
  },
  'merchant.id_number_check_digit': {
    'zh-CN': '证件号码有误：校验不通过。请对照证件逐位重新核对',
    en: 'This ID number is wrong: its check fails. Re-read it digit by digit from the document'
  },
  'merchant.id_number_birth_date': {
    'zh-CN': '证件号码中的出生日期（第 7–14 位）不是真实日期，请核对',
    en: 'The birth date inside the number (digits 7–14) is not a real date: check it'
  },
  'merchant.id_number_birth_future': {
    'zh-CN': '证件号码中的出生日期晚于今天，请核对',
    en: 'The birth date inside the number is after today: check it'
  },
  'merchant.id_card_legacy': {
    'zh-CN': '15 位的第一代身份证已于 2013 年停止使用，请填写第二代身份证的 18 位号码',
    en: 'First-generation 15-digit ID cards stopped being valid in 2013: enter the 18-character number of the current card'
  },
  'merchant.id_doc_type_not_allowed': {
    'zh-CN': '政府机关的法定代表人须使用中国大陆居民身份证',
    en: 'A government body’s legal representative must use a mainland resident ID card'
  },
  'merchant.legal_rep_name_mismatch': {
    'zh-CN': '须与营业执照上的法定代表人/经营者“{name}”一致',
    en: 'Must match the legal representative on the licence, “{name}”'
  },
  'merchant.beneficial_owners_count': {
    'zh-CN': '受益所有人最多填写 {max} 位',
    en: 'Enter at most {max} beneficial owners'
  },
  'merchant.beneficial_owner_duplicate': {
    'zh-CN': '此人已填写过（或即法定代表人本人），请勿重复填写',
    en: 'This person is already listed (or is the legal representative): do not list them twice'
  },

  'merchant.mobile_format': {
    'zh-CN': '请填写 11 位中国大陆手机号码，例如 13800138000',
    en: 'Enter an 11-digit mainland China mobile number, e.g. 13800138000'
  },
  'merchant.email_format': {
    'zh-CN': '邮箱格式不对，例如 name@example.com',
    en: 'Not a valid email address, e.g. name@example.com'
  },
  'merchant.contact_name_legal_rep': {
    'zh-CN':
      '联系人类型为法定代表人/经营者时，姓名须与其一致（“{name}”）；若是他人，请改选“经办人”',
    en: 'When the administrator is the legal representative, the name must match (“{name}”); otherwise choose “agent”'
  },

  'merchant.short_name_length': {
    'zh-CN': '商户简称应为 {min}–{max} 个字',
    en: 'The short name must be {min}–{max} characters'
  },
  'merchant.short_name_person_name': {
    'zh-CN': '商户简称不能只是个人姓名，请写成与经营内容相关的名称，例如“张三餐饮店”',
    en: 'The short name cannot be just a person’s name: name the business, e.g. 张三餐饮店'
  },
  'merchant.phone_format': {
    'zh-CN': '请填写手机号、带区号的固定电话（如 0755-86013388）或 400/800 电话',
    en: 'Enter a mobile, a landline with area code (e.g. 0755-86013388), or a 400/800 number'
  },
  'merchant.phone_area_code': {
    'zh-CN': '区号 {areaCode} 不在区号表中，请确认',
    en: 'Area code {areaCode} is not in the area-code table: check it'
  },
  'merchant.category_code_format': {
    'zh-CN': '编码格式不对，应形如 {example}，请从平台的类目表中复制',
    en: 'The code should look like {example}: copy it from the platform’s category table'
  },
  'merchant.url_format': {
    'zh-CN': '请填写以 http:// 或 https:// 开头的完整网址',
    en: 'Enter a full address starting with http:// or https://'
  },
  'merchant.icp_format': {
    'zh-CN': 'ICP 备案号格式不对，例如 粤ICP备12345678号',
    en: 'The ICP filing number looks wrong, e.g. 粤ICP备12345678号'
  },
  'merchant.wechat_app_id_format': {
    'zh-CN': '公众号 AppID 应为 wx 加 16 位十六进制字符，可在公众平台“设置与开发”中查看',
    en: 'An official account AppID is wx and 16 hex characters, shown in the Official Accounts Platform settings'
  },
  'merchant.app_id_format': {
    'zh-CN': 'AppID 应为微信的 wx 加 16 位十六进制字符，或支付宝的 16 位数字',
    en: 'An AppID is WeChat’s wx and 16 hex characters, or Alipay’s 16 digits'
  },
  'merchant.region_unknown': {
    'zh-CN': '不是有效的行政区划代码，请从列表中选择',
    en: 'Not a valid region code: pick the region from the list'
  },
  'merchant.region_city_required': {
    'zh-CN': '请至少选到城市一级',
    en: 'Pick at least the city'
  },
  'merchant.region_district_required': {
    'zh-CN': '请选到区/县一级',
    en: 'Pick the district or county'
  },

  'merchant.account_type_not_allowed': {
    'zh-CN': '只有个体工商户可以使用经营者个人银行卡结算，其他主体须使用对公账户',
    en: 'Only an individual business may settle to the operator’s personal card; other subjects need a corporate account'
  },
  'merchant.bank_card_format': {
    'zh-CN': '个人银行卡号应为 12–19 位数字',
    en: 'A personal bank card number has 12–19 digits'
  },
  'merchant.bank_card_luhn': {
    'zh-CN': '银行卡号校验不通过，请对照银行卡逐位核对',
    en: 'The card number fails its check digit: compare it digit by digit with the card'
  },
  'merchant.account_number_format': {
    'zh-CN': '对公账号应为 6–32 位数字，请按开户许可证或银行回单填写',
    en: 'A corporate account number has 6–32 digits: copy it from the account-opening document'
  },
  'merchant.bank_code_format': {
    'zh-CN': '联行号应为 12 位数字',
    en: 'A bank branch code (CNAPS) has 12 digits'
  },
  'merchant.account_name_registered_name': {
    'zh-CN': '对公账户的户名须与证照上的名称“{name}”完全一致',
    en: 'A corporate account’s name must equal the registered name, “{name}”'
  },
  'merchant.account_name_legal_rep': {
    'zh-CN': '个人账户的户名须为经营者本人“{name}”',
    en: 'A personal account must be held by the operator, “{name}”'
  }
}
