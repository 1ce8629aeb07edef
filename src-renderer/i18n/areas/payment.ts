import { defineArea } from '../area'

/**
 * The Payment provider step. Issue texts, due-item labels (`requirement.<id>`) and the
 * adapters' notes are not here: they come from the shared catalogue (PAYMENT_MESSAGES), which
 * the CLI and the bundle summary print too. Profile fields shown here reuse the merchant
 * area's labels. vue-i18n reserves `@`, `|`, `{` and `}`: write them as {'@'} and so on.
 */
export default defineArea(
  {
    title: '支付开通',
    hint: '选择已在使用的支付渠道和要新开通的渠道，补齐该渠道进件还需要的资料。',
    providers: {
      title: '支付渠道',
      current: '已在使用',
      currentHint: '商户现在收款用的渠道',
      add: '要开通',
      addHint: '开通将为它生成进件请求',
      none: '暂未使用',
      noneHint: '还没有开通任何支付渠道',
      names: { 'wechat-pay': '微信支付', alipay: '支付宝' },
      hints: {
        'wechat-pay': '特约商户进件，由服务商提交',
        alipay: '直付通二级商户，或代签约商户自己的合约'
      },
      inUse: '已在使用，选择后将对调',
      due: '还差 {count} 项',
      ready: '资料已齐'
    },
    wechat: {
      title: '微信支付进件',
      hint: '优惠费率活动；申请编号和加密在“给服务商的技术细节”中。',
      prefix: '申请编号前缀',
      prefixHint: '建议填写服务商自己的商户号；只能是数字、字母和下划线',
      prefixPlaceholder: '例如 1900012345',
      businessCode: '业务申请编号（business_code）',
      businessCodeHint:
        '由前缀、统一社会信用代码和提交次数组成。被驳回后默认沿用原编号重新提交（微信支付接口文档），也可换新编号（常见问题）：在“导出”步骤的“提交与审核”中选择。',
      businessCodeEmpty: '填写统一社会信用代码后生成',
      attempt: '第 {attempt} 次提交',
      previous: '已用过：',
      resubmit: '被驳回后重新提交…',
      resubmitTitle: '重新提交',
      resubmitConfirm:
        '当前编号 {code} 将记为已用，重新提交使用第 {attempt} 次的新编号。请先按驳回原因修改资料。确定吗？',
      resubmitDone: '已切换到第 {attempt} 次提交，新编号 {code}',
      activityTitle: '优惠费率活动',
      activityHint: '不参加活动时留空。参加时填写活动 ID 和两项费率（百分数，如 0.38）。',
      activityId: '优惠费率活动 ID',
      activityIdPlaceholder: '例如 20191030111cff5b5e',
      debitRate: '非信用卡活动费率（%）',
      creditRate: '信用卡活动费率（%）',
      ratePlaceholder: '例如 0.38'
    },
    key: {
      title: '敏感字段加密',
      hint: '微信支付要求姓名、证件号、住址、手机号、邮箱和银行账户用微信支付公钥或平台证书加密（RSA-OAEP）。此设置对所有草稿生效。',
      withKey:
        '已导入：导出的提交包会由开通加密这些字段，并记录密钥 ID，提交时作为 Wechatpay-Serial 发送。',
      withoutKey:
        '未导入：提交包里这些字段是明文，并标记为“待加密”，由提交的服务商在上传前自行加密。',
      kinds: { 'public-key': '微信支付公钥', certificate: '微信支付平台证书' },
      keyId: '密钥 ID',
      file: '文件',
      validTo: '有效期至',
      importedAt: '导入时间',
      noExpiry: '公钥长期有效',
      choose: '选择公钥或证书文件…',
      chooseHint: 'PEM 格式：pub_key.pem 或平台证书 .pem，不要选择商户私钥',
      keyIdInput: '公钥 ID',
      keyIdPlaceholder: 'PUB_KEY_ID_…（文件名中没有时填写）',
      importing: '正在导入…',
      imported: '已导入{kind}',
      replace: '更换',
      remove: '移除',
      removeTitle: '移除密钥',
      removeConfirm: '移除后，新导出的微信支付提交包将不再加密敏感字段。确定吗？',
      removed: '已移除密钥'
    },
    alipay: {
      title: '支付宝进件',
      hint: '服务商用哪种方式为商户开通支付宝，以及该方式需要的信息。',
      route: '开通方式',
      routes: {
        zft: '直付通二级商户',
        agent: '代签约'
      },
      routeHints: {
        zft: '服务商的直付通平台为商户创建二级商户',
        agent: '第三方应用代商户签约商户自己的支付宝合约'
      },
      merchantAccount: '商户支付宝账号',
      merchantAccountHintZft: '直付通绑定的实名支付宝账号：手机号或邮箱',
      merchantAccountHintAgent: '代签约的支付宝账号：手机号、邮箱，或 2088 开头的 16 位 PID',
      merchantAccountPlaceholder: "例如 finance{'@'}example.com",
      services: '开通的服务',
      serviceNames: {
        faceToFace: '当面付',
        jsapi: 'JSAPI 支付',
        app: 'App 支付',
        wap: '手机网站支付',
        pc: '电脑网站支付',
        preAuth: '预授权支付',
        withhold: '商户代扣',
        miniProgram: '小程序支付',
        orderCode: '订单码支付'
      },
      servicesHint: '当面付需要线下门店，网站支付需要网站，App 支付需要 App',
      miniProgramAppId: '支付宝小程序 AppID',
      miniProgramAppIdHint: '小程序支付需要：20 开头的 16 位数字',
      signDate: '与服务商的签约日期',
      externalId: '商户编号（external_id）',
      externalIdHint: '服务商给商户的编号，留空则使用统一社会信用代码',
      settleTo: '结算到',
      settleTargets: {
        bankCard: '银行卡（商户资料中的结算账户）',
        alipayAccount: '支付宝账户'
      },
      settleAccount: '结算支付宝账号',
      bankInstId: '开户银行简称代码',
      bankInstIdHint: '留空时按开户银行推断：{code}',
      bankInstIdUnknown: '无法按开户银行推断，请填写，例如 CMB',
      licenceAuthLetter: '授权函（说明函）',
      licenceAuthLetterHint:
        '结算账户户名与商户名称不一致，或法定代表人为外籍时需要：用支付宝直付通文档“相关资料”中的《说明函》模板填写、盖章后拍照上传',
      licenceAuthLetterNeed: '盖章的《说明函》照片',
      products: '签约产品',
      productNames: { faceToFace: '当面付', mobilePay: 'App 支付' },
      productsHint: '当面付需要线下门店，App 支付需要 App 及其截图',
      signAndAuth: '签约后立即授权服务商的应用',
      rate: '当面付服务费率（%）',
      rateHint: '0.38 到 0.6，最多两位小数',
      appTitle: 'App 信息（App 支付）',
      appPlatforms: 'App 平台',
      platformNames: { ios: 'iOS', android: '安卓' },
      appMarkets: '上架的应用市场',
      marketNames: {
        apple: '苹果',
        tencent: '应用宝',
        huawei: '华为',
        qihoo360: '360',
        xiaomi: '小米',
        wandoujia: '豌豆荚',
        other: '其他'
      },
      appStatus: '上线状态',
      statusNames: { online: '已上线', offline: '未上线' },
      testAccount: '测试账号',
      testPassword: '测试密码',
      testHint: 'App 需要登录才能看到支付时填写，供支付宝审核使用'
    },
    scenes: {
      title: '经营场景',
      hint: '勾选实际经营的场景并填写详情。这些信息属于商户资料，在“商户资料”步骤中也可修改。',
      needed: '{platform}需要',
      pictureHint: 'JPG、PNG 等，导出时按平台要求转换'
    },
    category: {
      title: '结算类目',
      hint: '{platform}按自己的类目编码确定费率和所需资质。',
      noTable:
        '开通没有内置这些编码的对照表（平台只以表格或网页发布）：请对照{table}填写编码，输入时会检查格式。',
      tables: {
        wechat: '微信支付《费率结算规则对照表》',
        zft: '支付宝《进件 MCC 与资质要求》',
        agent: '支付宝《商家经营类目 2.0》'
      },
      settlementIdHint: '1–3 位数字，例如 719',
      qualificationTypeHint: '与对照表中的“所属行业”完全一致，例如 餐饮',
      mccHint: '4 位数字，例如 5812',
      categoryCodeHint: '一级类目_二级类目，例如 A0002_B0201',
      settlementPick: '结算规则与所属行业',
      settlementPickHint: '可输入行业名称、结算规则编号或拼音首字母搜索，例如 cy 找到“餐饮”',
      mccPickHint: '可输入类目名称、4 位编码或拼音首字母搜索，例如 cy 找到“餐饮”',
      fromPick: '随上面的选择自动填入',
      pickerPlaceholder: '搜索并选择',
      noMatch: '没有匹配的类目',
      rate: '费率',
      qualifications: '所需资质',
      required: '必须提供：',
      qualificationsUnknown: '随附的类目表未收录资质要求，请向服务商确认',
      source: '类目表整理于 {date}，摘自平台公开资料，可能不完整'
    },
    notes: {
      title: '平台规则不明确时的处理',
      hint: '平台文档有缺漏或说法不一处，开通按更严格的理解检查和填写：'
    },
    due: {
      title: '{platform}还需要',
      noProvider: '先在左侧选择要开通的支付渠道，这里会列出它还需要的资料。',
      count: '{count} 项',
      clear: '进件资料已齐',
      clearLong: '没有待填项，也没有需要修改的问题，可以在“导出”步骤生成提交包。',
      groups: {
        payment: '本页',
        merchant: '商户资料 · {section}'
      },
      others: '另有 {count} 个必填项未填',
      issues: '需要修改',
      blocking: '有错误时无法导出提交包',
      goHere: '定位到此项',
      goMerchant: '前往商户资料'
    },
    nav: {
      back: '返回商户资料',
      continue: '继续：小程序上架'
    }
  },
  {
    title: 'Payment provider',
    hint: 'Choose the provider the merchant uses and the one to add, then complete what the new one still needs.',
    providers: {
      title: 'Payment providers',
      current: 'Already in use',
      currentHint: 'How the merchant takes payments today',
      add: 'Add',
      addHint: 'Kaitong writes the onboarding request for it',
      none: 'None yet',
      noneHint: 'No payment provider yet',
      names: { 'wechat-pay': 'WeChat Pay', alipay: 'Alipay' },
      hints: {
        'wechat-pay': 'Sub-merchant application, submitted by the service provider',
        alipay: "ZFT secondary merchant, or an agent-signed contract of the merchant's own"
      },
      inUse: 'In use: choosing it swaps the two',
      due: '{count} still due',
      ready: 'Complete'
    },
    wechat: {
      title: 'WeChat Pay application',
      hint: 'The rate activity; the application number and encryption are under “Technical details for your service provider”.',
      prefix: 'Application number prefix',
      prefixHint: "Usually the service provider's own merchant id; digits, letters and _ only",
      prefixPlaceholder: 'e.g. 1900012345',
      businessCode: 'Application number (business_code)',
      businessCodeHint:
        'Made of the prefix, the credit code and the attempt. After a rejection the same number is sent again by default (WeChat Pay’s API documentation), or a new one (its FAQ): choose under “Submission and review” in the Export step.',
      businessCodeEmpty: 'Shown once the credit code is filled in',
      attempt: 'Attempt {attempt}',
      previous: 'Used before:',
      resubmit: 'Resubmit after a rejection…',
      resubmitTitle: 'Resubmit',
      resubmitConfirm:
        'The number {code} will be kept as used and the resubmission gets a new one (attempt {attempt}). Fix what the rejection named first. Continue?',
      resubmitDone: 'Now on attempt {attempt}, new number {code}',
      activityTitle: 'Rate activity',
      activityHint:
        'Leave empty when not joining one. Otherwise give the activity id and both rates (percent, e.g. 0.38).',
      activityId: 'Rate activity id',
      activityIdPlaceholder: 'e.g. 20191030111cff5b5e',
      debitRate: 'Non-credit card rate (%)',
      creditRate: 'Credit card rate (%)',
      ratePlaceholder: 'e.g. 0.38'
    },
    key: {
      title: 'Field encryption',
      hint: 'WeChat Pay wants names, ID numbers, addresses, mobile, email and bank account encrypted with the WeChat Pay public key or platform certificate (RSA-OAEP). This setting applies to every draft.',
      withKey:
        'Imported: exported bundles have these fields encrypted by Kaitong, and record the key id to send as Wechatpay-Serial.',
      withoutKey:
        'Not imported: bundles carry these fields in plain text, marked “to encrypt”, for the uploading service provider to encrypt before sending.',
      kinds: {
        'public-key': 'WeChat Pay public key',
        certificate: 'WeChat Pay platform certificate'
      },
      keyId: 'Key id',
      file: 'File',
      validTo: 'Valid until',
      importedAt: 'Imported',
      noExpiry: 'Public keys do not expire',
      choose: 'Choose the public key or certificate…',
      chooseHint: "PEM: pub_key.pem or the platform certificate; never the merchant's private key",
      keyIdInput: 'Public key id',
      keyIdPlaceholder: 'PUB_KEY_ID_… (when the file name has none)',
      importing: 'Importing…',
      imported: 'Imported the {kind}',
      replace: 'Replace',
      remove: 'Remove',
      removeTitle: 'Remove the key',
      removeConfirm:
        'WeChat Pay bundles exported after this will no longer have their sensitive fields encrypted. Continue?',
      removed: 'Key removed'
    },
    alipay: {
      title: 'Alipay application',
      hint: 'How the service provider opens Alipay for the merchant, and what that way needs.',
      route: 'Route',
      routes: {
        zft: 'ZFT secondary merchant',
        agent: 'Agent signing'
      },
      routeHints: {
        zft: "The service provider's ZFT platform creates a secondary merchant",
        agent: "A third-party app signs Alipay's contract for the merchant's own account"
      },
      merchantAccount: "Merchant's Alipay account",
      merchantAccountHintZft: 'The real-name Alipay account ZFT binds: mobile or email',
      merchantAccountHintAgent:
        'The Alipay account to sign for: mobile, email, or a 16-digit PID starting 2088',
      merchantAccountPlaceholder: "e.g. finance{'@'}example.com",
      services: 'Services',
      serviceNames: {
        faceToFace: 'Face-to-face',
        jsapi: 'JSAPI',
        app: 'In-app',
        wap: 'Mobile web',
        pc: 'Desktop web',
        preAuth: 'Pre-authorisation',
        withhold: 'Withholding',
        miniProgram: 'Mini program',
        orderCode: 'Order code'
      },
      servicesHint: 'Face-to-face needs a store, web payments a website, in-app payments an app',
      miniProgramAppId: 'Alipay mini program AppID',
      miniProgramAppIdHint: 'Needed for mini program payment: 16 digits starting 20',
      signDate: 'Date signed with the service provider',
      externalId: 'Merchant number (external_id)',
      externalIdHint: "The service provider's number for the merchant; empty → the credit code",
      settleTo: 'Settle to',
      settleTargets: {
        bankCard: "Bank card (the profile's settlement account)",
        alipayAccount: 'Alipay account'
      },
      settleAccount: 'Alipay account to settle to',
      bankInstId: 'Bank short code',
      bankInstIdHint: 'Empty: taken from the bank name as {code}',
      bankInstIdUnknown: 'Not known for this bank: enter it, e.g. CMB',
      licenceAuthLetter: 'Authorisation letter (说明函)',
      licenceAuthLetterHint:
        'Needed when the settlement account holder is not the merchant, or the legal representative is foreign: fill in Alipay’s 《说明函》 template (ZFT documentation, “相关资料”), stamp it and upload a photo',
      licenceAuthLetterNeed: 'Photo of the stamped 《说明函》',
      products: 'Products to sign',
      productNames: { faceToFace: 'Face-to-face', mobilePay: 'In-app' },
      productsHint: 'Face-to-face needs a store; in-app payments need an app and its screenshots',
      signAndAuth: "Authorise the service provider's app right after signing",
      rate: 'Face-to-face service rate (%)',
      rateHint: '0.38 to 0.6, at most two decimals',
      appTitle: 'App details (in-app payments)',
      appPlatforms: 'App platforms',
      platformNames: { ios: 'iOS', android: 'Android' },
      appMarkets: 'App stores',
      marketNames: {
        apple: 'Apple',
        tencent: 'Tencent MyApp',
        huawei: 'Huawei',
        qihoo360: '360',
        xiaomi: 'Xiaomi',
        wandoujia: 'Wandoujia',
        other: 'Other'
      },
      appStatus: 'Launch status',
      statusNames: { online: 'Launched', offline: 'Not launched' },
      testAccount: 'Test account',
      testPassword: 'Test password',
      testHint: "For Alipay's reviewers, when paying needs a login"
    },
    scenes: {
      title: 'Sales scenes',
      hint: 'Tick where the merchant sells and describe each scene. These are part of the merchant profile and can be edited in the Merchant step too.',
      needed: 'Needed by {platform}',
      pictureHint: 'JPG, PNG and more; converted to the platform’s rules on export'
    },
    category: {
      title: 'Settlement category',
      hint: '{platform} sets the rate and the qualifications it asks for from its own category code.',
      noTable:
        'Kaitong ships no table of these codes (the platforms publish them only as spreadsheets or web pages): look the code up in {table}; its format is checked as you type.',
      tables: {
        wechat: 'WeChat Pay’s settlement rule table (费率结算规则对照表)',
        zft: 'Alipay’s MCC and qualification sheet (进件MCC与资质要求)',
        agent: 'Alipay’s business category list 2.0 (商家经营类目)'
      },
      settlementIdHint: '1–3 digits, e.g. 719',
      qualificationTypeHint: 'Exactly as the table’s industry column, e.g. 餐饮',
      mccHint: '4 digits, e.g. 5812',
      categoryCodeHint: 'level 1_level 2, e.g. A0002_B0201',
      settlementPick: 'Settlement rule and industry',
      settlementPickHint: 'Search by industry name, rule number or pinyin initials: cy finds 餐饮',
      mccPickHint: 'Search by category name, 4-digit code or pinyin initials: cy finds 餐饮',
      fromPick: 'Filled in by the pick above',
      pickerPlaceholder: 'Search and pick',
      noMatch: 'No category matches',
      rate: 'Rate',
      qualifications: 'Qualifications',
      required: 'Required:',
      qualificationsUnknown: 'The shipped table does not say: check with your service provider',
      source: 'Table compiled on {date} from the platform’s public material; it may be incomplete'
    },
    notes: {
      title: 'Where the platform rules are unclear',
      hint: 'Where the platform documents are incomplete or disagree, Kaitong takes the stricter reading:'
    },
    due: {
      title: '{platform} still needs',
      noProvider: 'Choose the provider to add: what it still needs is listed here.',
      count: '1 item | {count} items',
      clear: 'Application complete',
      clearLong: 'Nothing due and nothing to fix: write the bundle in the Export step.',
      groups: {
        payment: 'This page',
        merchant: 'Merchant profile · {section}'
      },
      others: '1 more required field empty | {count} more required fields empty',
      issues: 'To fix',
      blocking: 'Errors block the export',
      goHere: 'Go to this field',
      goMerchant: 'Open in the merchant profile'
    },
    nav: {
      back: 'Back to the merchant profile',
      continue: 'Continue: mini-program listing'
    }
  }
)
