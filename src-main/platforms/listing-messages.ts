import type { Lang, MessageCatalogue } from '../domain/issue'
import type { ListingPlatform } from '../domain/listing'
import { alipayMpAdapter } from './alipay-mp'
import { baiduMpAdapter } from './baidu-mp'
import { douyinMpAdapter } from './douyin-mp'
import type { ListingRule } from './precheck'
import { wechatMpAdapter } from './wechat-mp'

/**
 * Messages of the listing precheck, in zh-CN and en. Rules on several platforms share a
 * template (a name too long is a name too long); the catalogue maps every rule id to its
 * template, so issue codes stay per platform and so do their settings.
 */
export const LISTING_TEMPLATES = {
  name_required: {
    'zh-CN': '请填写小程序名称',
    en: 'Enter the mini program’s name'
  },
  english_name_required: {
    'zh-CN': '支付宝要求填写英文名称（ENGLISH_NAME_IS_BLANK），请填写',
    en: 'Alipay requires an English name (ENGLISH_NAME_IS_BLANK): enter one'
  },
  intro_required: {
    'zh-CN': '请填写一句话简介',
    en: 'Enter the one-sentence intro'
  },
  description_required: {
    'zh-CN': '请填写小程序描述（支付宝要求）',
    en: 'Enter the description (Alipay requires it)'
  },
  version_notes_required: {
    'zh-CN': '请填写版本说明，写明本版本提供的服务',
    en: 'Enter the version notes: say what this version offers'
  },
  length_wide2: {
    'zh-CN': '当前计 {counted} 个字符（一个汉字算 2 个），应为 {min}–{max} 个：请增删文字',
    en: 'Counts {counted} characters (a Chinese character counts 2); it must be {min}–{max}: shorten or lengthen it'
  },
  length_char: {
    'zh-CN': '当前 {counted} 个字，应为 {min}–{max} 个：请增删文字',
    en: 'Has {counted} characters; it must be {min}–{max}: shorten or lengthen it'
  },
  name_platform_word: {
    'zh-CN': '名称含平台禁用的“{word}”：平台不允许名称暗示平台官方背书，请删去',
    en: 'The name contains “{word}”, which the platform forbids (it suggests the platform endorses you): remove it'
  },
  name_competitor_word: {
    'zh-CN': '名称含其他平台的品牌“{word}”，可能被拒：请删去',
    en: 'The name contains another platform’s brand “{word}” and may be refused: remove it'
  },
  name_superlative: {
    'zh-CN': '名称含绝对化用语“{word}”（如 最、第一、国家级、官方），可能被拒：请换成客观描述',
    en: 'The name contains the absolute term “{word}” (such as 最, 第一, 国家级, 官方) and may be refused: use a factual wording'
  },
  name_generic: {
    'zh-CN':
      '名称“{name}”只由地名和行业通用词组成，平台常以“通用词命名”驳回：请加入品牌或字号，或上传《商标注册证》作为名称证明',
    en: 'The name “{name}” is only a place and trade words, which platforms refuse as generic: add your brand or trade name, or attach a trademark certificate as name proof'
  },
  placeholder_text: {
    'zh-CN': '简介像是测试或占位文字（或不含中文），审核会以“无意义”驳回：请写明小程序提供的服务',
    en: 'The intro looks like test or filler text (or has no Chinese), which reviewers refuse: describe the service the mini program offers'
  },
  test_account: {
    'zh-CN': '小程序需要登录：请填写审核用的测试账号和密码',
    en: 'The mini program needs a login: enter a test account and password for reviewers'
  },
  logo_required: {
    'zh-CN': '请上传小程序图标',
    en: 'Attach the mini program’s icon'
  },
  email_format: {
    'zh-CN': '邮箱“{email}”格式不正确，请检查',
    en: 'The email “{email}” is not a valid address: check it'
  },
  category_count: {
    'zh-CN': '已选 {count} 个类目，此平台需要 {min}–{max} 个：请增减类目',
    en: '{count} category chosen; this platform takes {min}–{max}: add or remove categories | {count} categories chosen; this platform takes {min}–{max}: add or remove categories'
  },
  'category_code_wechat-mp': {
    'zh-CN': '类目编号“{code}”格式不对：微信为“一级ID_二级ID”，如 8_39',
    en: 'The category code “{code}” is malformed: WeChat uses “first_second” ids, e.g. 8_39'
  },
  'category_code_alipay-mp': {
    'zh-CN': '类目编号“{code}”格式不对：支付宝为“一级_二级”或“一级_二级_三级”，如 107209_107306',
    en: 'The category code “{code}” is malformed: Alipay uses “first_second” or “first_second_third”, e.g. 107209_107306'
  },
  'category_code_douyin-mp': {
    'zh-CN': '类目编号“{code}”格式不对：抖音需要三级类目ID“一级_二级_三级”，如 188_189_190',
    en: 'The category code “{code}” is malformed: Douyin needs three levels “first_second_third”, e.g. 188_189_190'
  },
  'category_code_baidu-mp': {
    'zh-CN': '类目编号“{code}”格式不对：百度为“一级ID_二级ID”或二级类目 ID，如 197',
    en: 'The category code “{code}” is malformed: Baidu uses “first_second” ids or the sub-category id alone, e.g. 197'
  },
  category_unlisted: {
    'zh-CN': '类目“{code}”不在开通内置的类目表中（{date}），请在平台后台核对编号和所需资质',
    en: 'The category “{code}” is not in Kaitong’s category table ({date}): check the id and its qualifications on the platform'
  },
  category_duplicate: {
    'zh-CN': '类目“{code}”重复选择，请删去一个',
    en: 'The category “{code}” is chosen twice: remove one'
  },
  category_qualification: {
    'zh-CN': '类目“{category}”需要资质：{missing}，请上传',
    en: 'The category “{category}” needs qualifications: {missing}; attach them'
  },
  category_names: {
    'zh-CN': '类目“{code}”缺少各级名称（提审时要一并发送），请按平台显示填写',
    en: 'The category “{code}” lacks its level names (the submission sends them): enter them as the platform shows them'
  },
  image_format: {
    'zh-CN': '图片为 {format} 格式，此处只接受 {allowed}：请另存为允许的格式',
    en: 'The picture is {format}; only {allowed} is accepted here: save it in an accepted format'
  },
  image_bytes: {
    'zh-CN': '图片 {bytes}，超过上限 {max}：请压缩后再上传',
    en: 'The picture is {bytes}, over the {max} limit: compress it'
  },
  image_dimensions: {
    'zh-CN': '图片尺寸 {width}×{height} 像素，要求 {bounds}：请调整尺寸',
    en: 'The picture is {width}×{height} px; required {bounds}: resize it'
  },
  image_square: {
    'zh-CN': '图片 {width}×{height} 不是正方形，此处要求宽高相等：请裁成正方形',
    en: 'The picture is {width}×{height}, not square; width must equal height here: crop it square'
  },
  image_aspect: {
    'zh-CN': '图片 {width}×{height} 的宽高比不是 {ratio}：请按比例裁剪',
    en: 'The picture is {width}×{height}, not in the ratio {ratio}: crop it to that ratio'
  },
  wechat_name_min_han: {
    'zh-CN':
      '纯中文名称只有 {counted} 个字：有开发者反馈微信要求至少 4 个汉字（规范文字未公开），建议加长',
    en: 'An all-Chinese name of only {counted} characters: developers report WeChat asking for at least 4 Chinese characters (the rule text is not published); consider a longer name'
  },
  wechat_name_charset: {
    'zh-CN':
      '名称含字符 {chars}：微信只说明可用中文、数字、英文、空格及“部分特殊符号”，未列出具体符号，可能被拒',
    en: 'The name contains {chars}: WeChat allows Chinese, digits, letters, spaces and “some symbols” without listing them, so these may be refused'
  },
  wechat_intro_min_han: {
    'zh-CN': '简介只有 {counted} 个汉字，微信要求至少 4 个（53204）：请用中文写明服务内容',
    en: 'The intro has only {counted} Chinese characters; WeChat requires at least 4 (53204): describe the service in Chinese'
  },
  wechat_logo_crop: {
    'zh-CN':
      '头像裁剪框 ({x1}, {y1})–({x2}, {y2}) 无效：坐标须在 0–1 之间且左上角小于右下角，整图请用 0,0,1,1',
    en: 'The head-image crop box ({x1}, {y1})–({x2}, {y2}) is invalid: corners must lie in 0–1 with the top-left before the bottom-right; use 0,0,1,1 for the whole picture'
  },
  wechat_logo_crop_square: {
    'zh-CN':
      '裁剪区域为 {width}×{height} 像素，不是正方形：微信会把头像做成正方形，图像会变形，请调整裁剪框',
    en: 'The crop area is {width}×{height} px, not square: WeChat makes the head image square and would distort it; adjust the crop box'
  },
  wechat_licence_photo: {
    'zh-CN': '微信设置名称时需要营业执照（或组织机构代码证）照片：请在商户信息中上传',
    en: 'WeChat’s name call needs the business licence picture: attach it in the merchant profile'
  },
  wechat_ugc_declaration: {
    'zh-CN':
      '所选类目涉及用户发布内容（社交-社区/论坛、笔记、问答），首次提审须填写 UGC 声明（85094）：请选择内容场景和审核方式，选“其他”时须说明',
    en: 'A chosen category involves user content (社交 community/notes/Q&A); the first submission needs a UGC declaration (85094): choose the content kinds and moderation methods, and describe “other” if chosen'
  },
  wechat_tag_count: {
    'zh-CN': '标签 {count} 个，微信最多 {max} 个：请删减',
    en: 'Tags: {count}; WeChat takes at most {max}: remove some'
  },
  wechat_tag_space: {
    'zh-CN': '标签“{tag}”含空格：微信用空格分隔标签，请删去空格或拆成两个标签',
    en: 'The tag “{tag}” contains a space, and WeChat separates tags with spaces: remove it or split the tag'
  },
  wechat_page_count: {
    'zh-CN': '已填 {count} 个页面，微信提审最多 {max} 个：请删减',
    en: 'Pages given: {count}; WeChat’s submission takes at most {max}: remove some'
  },
  wechat_page_path: {
    'zh-CN': '请填写页面路径（如 pages/index/index）',
    en: 'Enter the page path (such as pages/index/index)'
  },
  wechat_privacy_owner_contact: {
    'zh-CN': '隐私保护指引须至少填写一种开发者联系方式（邮箱、电话、QQ 或微信号）',
    en: 'The privacy guide needs at least one developer contact: email, phone, QQ or WeChat id'
  },
  wechat_privacy_key_unknown: {
    'zh-CN': '“{key}”不是微信列出的用户信息类型，请从列表中选择',
    en: '“{key}” is not one of the kinds of user data WeChat lists: choose one from the list'
  },
  wechat_privacy_notice_method: {
    'zh-CN': '请填写告知用户的方式（如 弹窗、公告）',
    en: 'Enter how users are notified (such as 弹窗 pop-up or 公告 announcement)'
  },
  wechat_privacy_retention: {
    'zh-CN': '保存期限“{retention}”格式不对：须写成“数字+天”，如 30天（87072）',
    en: 'The retention “{retention}” is malformed: write a number followed by 天, e.g. 30天 (87072)'
  },
  wechat_privacy_items_missing: {
    'zh-CN': '未声明任何收集的信息：请为代码中用到的每个隐私接口填写用途，否则提审会被拦截',
    en: 'No collected data is declared: give a purpose for every privacy interface the code uses, or the submission is blocked'
  },
  wechat_privacy_purpose: {
    'zh-CN': '请填写该项的隐私接口和用途',
    en: 'Enter this item’s privacy interface and its purpose'
  },
  wechat_privacy_purpose_prefix: {
    'zh-CN': '用途“{purpose}”以“为了/用于”开头，微信会显示为“为了…”：请删去开头的“为了/用于”',
    en: 'The purpose “{purpose}” starts with 为了/用于, but WeChat already shows “为了…”: remove the leading words'
  },
  wechat_privacy_purpose_vague: {
    'zh-CN':
      '用途“{purpose}”过于简短、重复或否认使用，审核常以“描述不明确”驳回：请具体写明用这些信息做什么',
    en: 'The purpose “{purpose}” is short, repeated or denies use, which reviewers refuse as unclear: say concretely what the data is used for'
  },
  alipay_name_length_faq: {
    'zh-CN':
      '名称 {counted} 个字：SDK 字段说明允许 {max} 个，但支付宝常见问题（INVALID_MINI_APP_NAME_LENGTH）要求不超过 {advised} 个，建议缩短到 {advised} 个以内',
    en: 'The name has {counted} characters: the SDK field allows {max}, but Alipay’s FAQ (INVALID_MINI_APP_NAME_LENGTH) says at most {advised}; shorten it to {advised} or fewer to be safe'
  },
  alipay_name_charset: {
    'zh-CN': '含支付宝不接受的字符 {chars}：只能用中文、数字、英文、下划线、+ 和 -',
    en: 'Contains {chars}, which Alipay refuses: use only Chinese, digits, letters, underscore, + and -'
  },
  alipay_name_charset_faq: {
    'zh-CN':
      '名称含“{word}”：SDK 允许 + 和 -，但支付宝常见问题（INVALID_MINI_APP_NAME）只允许中文、数字、英文和下划线，建议去掉',
    en: 'The name contains “{word}”: the SDK allows + and -, but Alipay’s FAQ (INVALID_MINI_APP_NAME) allows only Chinese, digits, letters and underscore; consider removing it'
  },
  alipay_english_name_charset_audit: {
    'zh-CN':
      '英文名称含 {chars}：基础信息接口允许，但提审接口说明“仅支持英文和数字”，建议只用字母和数字',
    en: 'The English name contains {chars}: the base-info call allows them, but the audit call says “letters and digits only”; consider using only those'
  },
  alipay_description_length_inner: {
    'zh-CN':
      '描述 {counted} 个字：支付宝的修改接口允许 {max} 个，但其内部基础信息接口限 {advised} 个，建议控制在 {advised} 个以内',
    en: 'The description has {counted} characters: Alipay’s update API allows {max}, but its inner base-info API limits it to {advised}; consider keeping to {advised}'
  },
  alipay_app_version: {
    'zh-CN': '请填写要提审的已上传版本号，格式 x.y.z（当前“{version}”）',
    en: 'Enter the uploaded version to submit, as x.y.z (now “{version}”)'
  },
  alipay_service_contact: {
    'zh-CN': '支付宝要求客服电话或邮箱至少填一项（SERVICE_TEL_AND_MAIL_BOTH_BLANK）',
    en: 'Alipay needs a service phone or email (SERVICE_TEL_AND_MAIL_BOTH_BLANK): enter at least one'
  },
  alipay_service_phone_format: {
    'zh-CN':
      '客服电话“{phone}”只能包含数字和“-”，长度 5–30（INVALID_MINI_APP_SERVICE_TEL）：请去掉空格、括号等',
    en: 'The service phone “{phone}” may hold only digits and “-”, 5–30 long (INVALID_MINI_APP_SERVICE_TEL): remove spaces, brackets and the like'
  },
  alipay_service_region: {
    'zh-CN':
      '请选择服务区域（全球 / 中国 / 指定地区）；指定地区时须至少填一个省份（REGION_TYPE_IS_BLANK）',
    en: 'Choose the service region (worldwide / China / listed areas); listed areas need at least a province each (REGION_TYPE_IS_BLANK)'
  },
  alipay_special_licence_count: {
    'zh-CN': '共 {count} 张特殊资质图片，支付宝提审最多 {max} 张：请合并或删减',
    en: '{count} special-licence pictures; Alipay’s audit takes at most {max}: merge or remove some'
  },
  alipay_licence_photo: {
    'zh-CN': '所选类目需要营业执照照片：请在商户信息中上传',
    en: 'A chosen category needs the business licence picture: attach it in the merchant profile'
  },
  alipay_storefront_photo: {
    'zh-CN': '所选类目需要门头照：请在商户信息的门店场景中上传清晰、含主体名称的门头照',
    en: 'A chosen category needs a storefront photo: attach a clear photo showing the business name in the merchant profile’s store scene'
  },
  alipay_screenshot_count: {
    'zh-CN': '已上传 {count} 张截图，支付宝需要 2–5 张：请增减截图',
    en: '{count} screenshot attached; Alipay takes 2–5: add some | {count} screenshots attached; Alipay takes 2–5: add or remove some'
  },
  alipay_screenshots_missing: {
    'zh-CN': '未上传截图：只有模板实例化的小程序可以不传，否则请上传 2–5 张',
    en: 'No screenshots: only apps instantiated from a template may omit them; otherwise attach 2–5'
  },
  alipay_image_cmyk: {
    'zh-CN': '图片为 CMYK 色彩（常见于印刷导出），支付宝会拒收（INVALID_LOGO）：请另存为 RGB',
    en: 'The picture is in CMYK (typical of print exports), which Alipay refuses (INVALID_LOGO): save it as RGB'
  },
  douyin_name_charset: {
    'zh-CN': '名称含字符 {chars}：抖音只允许中文、英文和数字，仅最后一个字符可以是“+”（21001）',
    en: 'The name contains {chars}: Douyin allows only Chinese, letters and digits, with “+” only as the last character (21001)'
  },
  douyin_name_proof_count: {
    'zh-CN': '已上传 {count} 份名称证明，抖音改名只接收 1 份：只会提交第一份，请合并到一张图片',
    en: 'Name proofs attached: {count}, but Douyin’s rename takes one: only the first is sent; combine them into one picture'
  },
  douyin_audit_note_length: {
    'zh-CN': '审核备注（版本说明加测试账号）共 {counted} 个字，抖音最多 {max} 个：请精简',
    en: 'The audit note (version notes plus test account) has {counted} characters; Douyin takes at most {max}: shorten it'
  },
  douyin_host_names: {
    'zh-CN': '请至少选择一个发布的宿主应用（如 抖音）',
    en: 'Choose at least one host app to publish in (such as Douyin)'
  },
  baidu_name_charset: {
    'zh-CN': '名称含字符 {chars}：百度不允许特殊符号，请只用中文、英文、数字和空格',
    en: 'The name contains {chars}: Baidu refuses special symbols; use only Chinese, letters, digits and spaces'
  },
  baidu_review_remark_required: {
    'zh-CN': '百度提审必须附“给审核人员的说明”：请写上测试账号或体验方法',
    en: 'Baidu’s submission needs the notes for reviewers: give a test account or how to try it'
  },
  baidu_package_id: {
    'zh-CN': '请填写百度代码包 ID：上传代码包后得到的数字编号（当前“{packageId}”）',
    en: 'Enter the Baidu package id: the number Baidu gives the uploaded code package (now “{packageId}”)'
  }
} as const satisfies MessageCatalogue

export type ListingMessageKey = keyof typeof LISTING_TEMPLATES

const LISTING_RULES: readonly ListingRule[] = [
  ...wechatMpAdapter.rules,
  ...alipayMpAdapter.rules,
  ...douyinMpAdapter.rules,
  ...baiduMpAdapter.rules
]

/** Every listing rule id with its message: wire into ISSUE_MESSAGES. */
export const LISTING_MESSAGES: MessageCatalogue = Object.fromEntries(
  LISTING_RULES.map((rule) => [rule.id, LISTING_TEMPLATES[rule.message]])
)

const REQUIREMENT_TEXTS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  name: { 'zh-CN': '小程序名称', en: 'Mini program name' },
  english_name: { 'zh-CN': '英文名称', en: 'English name' },
  intro: { 'zh-CN': '一句话简介', en: 'One-sentence intro' },
  description: { 'zh-CN': '小程序描述', en: 'Description' },
  logo: { 'zh-CN': '小程序图标', en: 'Icon' },
  screenshots: { 'zh-CN': '2–5 张截图', en: '2–5 screenshots' },
  category: { 'zh-CN': '服务类目', en: 'Service category' },
  privacy: {
    'zh-CN': '隐私保护指引（联系方式和告知方式）',
    en: 'Privacy guide (contact and notice method)'
  },
  service_contact: { 'zh-CN': '客服电话或邮箱', en: 'Service phone or email' },
  service_region: { 'zh-CN': '服务区域', en: 'Service region' },
  version_notes: { 'zh-CN': '版本说明', en: 'Version notes' },
  app_version: { 'zh-CN': '提审版本号', en: 'Version to submit' },
  package_id: { 'zh-CN': '代码包 package_id', en: 'Package id' },
  review_remark: { 'zh-CN': '给审核人员的备注', en: 'Remark for reviewers' },
  test_account: { 'zh-CN': '审核测试账号', en: 'Test account for reviewers' },
  licence_photo: { 'zh-CN': '营业执照照片', en: 'Business licence picture' },
  storefront_photo: { 'zh-CN': '门头照', en: 'Storefront photo' }
}

/** Which requirements each listing adapter can report (see their `requirements`). */
const REQUIREMENTS: Readonly<Record<ListingPlatform, readonly string[]>> = {
  'wechat-mp': ['name', 'intro', 'logo', 'category', 'privacy', 'licence_photo', 'test_account'],
  'alipay-mp': [
    'name',
    'english_name',
    'intro',
    'description',
    'logo',
    'screenshots',
    'category',
    'service_contact',
    'service_region',
    'version_notes',
    'app_version',
    'licence_photo',
    'storefront_photo',
    'test_account'
  ],
  'douyin-mp': ['name', 'intro', 'logo', 'category', 'test_account'],
  'baidu-mp': ['name', 'intro', 'logo', 'category', 'version_notes', 'review_remark', 'package_id']
}

/** Labels of the listing requirements, keyed `requirement.<id>` as Requirement documents. */
export const LISTING_REQUIREMENT_MESSAGES: MessageCatalogue = Object.fromEntries(
  Object.entries(REQUIREMENTS).flatMap(([platform, suffixes]) =>
    suffixes.map((suffix) => [`requirement.${platform}.${suffix}`, REQUIREMENT_TEXTS[suffix]!])
  )
)
