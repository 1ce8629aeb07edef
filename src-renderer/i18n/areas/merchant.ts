import { defineArea } from '../area'

/**
 * The Merchant step (the profile's sub-steps). Issue texts are not here: they come from the
 * domain catalogue (MERCHANT_MESSAGES), which the CLI prints too. vue-i18n reserves `@`, `|`,
 * `{` and `}`: write them as {'@'} and so on.
 */
export default defineArea(
  {
    sections: {
      subject: '主体与执照',
      legalRep: '法定代表人',
      contacts: '管理员',
      business: '经营信息',
      settlement: '结算账户',
      qualifications: '行业资质'
    },
    titles: {
      subject: '主体与执照',
      legalRep: '法定代表人',
      contacts: '管理员',
      business: '经营信息',
      settlement: '结算账户',
      qualifications: '行业资质'
    },
    sectionHints: {
      subject: '主体类型、营业执照或登记证书',
      legalRep: '法定代表人（经营者）的身份证件',
      contacts: '接收审核通知、完成签约的管理员',
      business: '简称、客服电话、类目与经营场景',
      settlement: '收款的银行账户',
      qualifications: '特殊行业需要的许可证'
    },
    badge: {
      complete: '已完成',
      errors: '{count} 处错误',
      missing: '缺 {count} 项'
    },
    nav: {
      label: '商户资料的各部分',
      previous: '上一部分',
      next: '下一部分：{title}',
      done: '商户资料已填写完整',
      continue: '继续：支付开通'
    },
    select: '请选择',
    yes: '是',
    no: '否',
    remove: '删除',
    subjectType: {
      label: '主体类型',
      options: {
        enterprise: '企业',
        individual: '个体工商户',
        government: '政府机关',
        institution: '事业单位',
        social: '社会组织',
        other: '其他组织'
      },
      hints: {
        enterprise: '有限公司、股份公司、合伙企业等，持营业执照',
        individual: '个体工商户，持营业执照，经营者本人即法定代表人',
        government: '党政机关、行政机关等，持统一社会信用代码证书或批准设立文件',
        institution: '学校、医院等事业单位，持事业单位法人证书',
        social: '社会团体、民办非企业单位、基金会',
        other: '宗教活动场所、农村集体经济组织、执业机构等'
      }
    },
    licence: {
      titleLicence: '营业执照',
      titleCertificate: '登记证书',
      hintLicence: '请对照营业执照逐项填写，名称和代码须与执照完全一致',
      hintCertificate: '请对照登记证书逐项填写',
      certificateType: '证书类型',
      certificateTypes: {
        institutionLegalPerson: '事业单位法人证书',
        creditCodeCertificate: '统一社会信用代码证书',
        governmentApproval: '党政机关批准设立文件 / 行政执法主体资格证',
        socialGroup: '社会团体法人登记证书',
        privateNonEnterprise: '民办非企业单位登记证书',
        foundation: '基金会法人登记证书',
        religiousVenue: '宗教活动场所登记证',
        otherOfficialDocument: '政府部门下发的其他有效证明文件',
        practiceLicence: '执业许可证 / 执业证',
        grassrootsAutonomy: '基层群众性自治组织特别法人统一社会信用代码证',
        ruralCollective: '农村集体经济组织登记证'
      },
      creditCode: '统一社会信用代码',
      certificateNumber: '证书编号',
      creditCodePlaceholder: '18 位，例如 91440300708461136T',
      registeredName: '商户名称（与营业执照一致）',
      registeredNamePlaceholder: '例如：杭州小笼包餐饮有限公司',
      individualName: '个体户名称',
      individualNameHint: '执照上名称为空或为“无”时，可不填',
      certificateName: '单位名称（与证书一致）',
      legalRepresentative: '法定代表人',
      operator: '经营者',
      principal: '法定代表人 / 负责人',
      registeredAddress: '注册地址',
      registeredAddressPlaceholder: '与执照上的住所（经营场所）一致',
      photo: '营业执照照片',
      photoNeed: '营业执照正本或副本的彩色照片，四角完整、文字清晰',
      certificatePhoto: '登记证书照片',
      certificatePhotoNeed: '登记证书的彩色照片，四角完整、文字清晰',
      letterPhoto: '单位证明函',
      letterPhotoNeed: '加盖公章的单位证明函（选填）'
    },
    finance: {
      title: '金融机构',
      isFinancial: '是否为金融机构',
      isFinancialHint: '银行、支付机构、保险、交易及结算类等持牌金融机构请选“是”',
      type: '金融机构类型',
      types: {
        bank: '银行业',
        payment: '支付机构',
        insurance: '保险业',
        tradeAndSettle: '交易及结算类金融机构',
        other: '其他金融机构'
      },
      photos: '金融机构许可证照片',
      photosNeed: '金融业务许可证等，最多 5 张'
    },
    validity: {
      from: '有效期开始',
      to: '有效期截止',
      longTerm: '长期',
      longTermValue: '长期有效',
      datePlaceholder: '年-月-日'
    },
    identity: {
      docType: '证件类型',
      docTypes: {
        residentId: '中国大陆居民身份证',
        hongKongPermit: '港澳居民来往内地通行证（香港）',
        macaoPermit: '港澳居民来往内地通行证（澳门）',
        taiwanPermit: '台湾居民来往大陆通行证',
        passport: '护照',
        foreignResidentPermit: '外国人永久居留身份证',
        hongKongMacaoResidencePermit: '港澳居民居住证',
        taiwanResidencePermit: '台湾居民居住证'
      },
      name: '姓名',
      number: '证件号码',
      numberPlaceholder: '按证件逐位填写',
      front: {
        residentId: '身份证人像面',
        passport: '护照资料页',
        other: '证件正面'
      },
      frontNeed: {
        residentId: '身份证有照片一面的彩色照片',
        passport: '护照个人资料页的彩色照片',
        other: '证件有照片一面的彩色照片'
      },
      back: {
        residentId: '身份证国徽面',
        passport: '护照背面',
        other: '证件反面'
      },
      backNeed: {
        residentId: '身份证有国徽一面的彩色照片',
        passport: '护照无需反面照片',
        other: '证件另一面的彩色照片'
      },
      address: '证件上的居住地址',
      addressHint: '与证件上的地址一致'
    },
    legalRep: {
      hint: '证件须在有效期内，姓名须与执照上的一致',
      holder: '证件持有人',
      holders: { legal: '法定代表人本人', agent: '经办人' },
      holderHint: '政府机关、事业单位可由经办人提交，并附法定代表人说明函',
      letter: '法定代表人说明函',
      letterNeed: '加盖公章的法定代表人说明函',
      isOwner: '法定代表人是否为最终受益人',
      isOwnerHint: '受益所有人：直接或间接持股 25% 以上，或实际控制企业的自然人'
    },
    owners: {
      title: '其他最终受益人',
      hint: '法定代表人不是受益人时至少填写 1 位；总数最多 4 位（含法定代表人）',
      add: '添加受益人',
      owner: '受益人 {index}',
      empty: '暂无其他受益人'
    },
    contact: {
      type: '管理员身份',
      types: { legal: '法定代表人 / 经营者本人', agent: '经办人' },
      name: '姓名',
      fillName: '填入“{name}”',
      mobile: '手机号',
      mobilePlaceholder: '11 位手机号，例如 13800138000',
      email: '邮箱',
      emailPlaceholder: "例如 name{'@'}example.com",
      identityTitle: '经办人证件',
      identityHint: '经办人须提供本人证件和业务办理授权函',
      letter: '业务办理授权函',
      letterNeed: '加盖公章的业务办理授权函'
    },
    business: {
      title: '商户信息',
      shortName: '商户简称',
      shortNameHint: '显示在用户的支付凭证上，2–30 个字，不能只是个人姓名',
      shortNamePlaceholder: '例如：小笼包餐饮',
      servicePhone: '客服电话',
      servicePhonePlaceholder: '手机、带区号的固话（如 0755-86013388）或 400 电话',
      industryTitle: '行业类目',
      industryHint: '各平台的类目编码不同，至少填写一个平台的编码',
      industry: '类目编码',
      description: '经营内容',
      descriptionPlaceholder: '例如：咖啡与简餐',
      wechatSettlementId: '微信支付结算规则 ID',
      wechatSettlementIdPlaceholder: '例如 719',
      wechatQualificationType: '微信支付所属行业',
      wechatQualificationTypePlaceholder: '例如 餐饮',
      alipayMcc: '支付宝 MCC（直付通）',
      alipayMccPlaceholder: '例如 5812',
      alipayCategoryCode: '支付宝经营类目编码',
      alipayCategoryCodePlaceholder: '例如 A0002_B0201',
      scenesTitle: '经营场景',
      scenesHint: '勾选实际经营的场景，并填写每个场景的信息',
      salesScenes: '经营场景',
      scenes: {
        store: '线下门店',
        website: '网站',
        officialAccount: '公众号',
        miniProgram: '小程序',
        app: 'App'
      },
      store: {
        name: '门店名称',
        region: '门店所在地区',
        regionPlaceholder: '选择省 / 市 / 区，可输入拼音搜索',
        address: '详细地址',
        addressPlaceholder: '街道、门牌号',
        entrance: '门头照',
        entranceNeed: '门店外观照片，招牌清晰可见',
        interior: '店内环境照',
        interiorNeed: '店内经营环境的照片'
      },
      website: {
        url: '网站地址',
        urlPlaceholder: 'https://',
        name: '网站名称',
        icp: 'ICP 备案号',
        icpPlaceholder: '例如 粤ICP备12345678号',
        letter: '网站授权函',
        letterNeed: '备案主体与商户不一致时提供'
      },
      officialAccount: {
        appId: '公众号 AppID',
        screenshots: '公众号页面截图',
        screenshotsNeed: '公众号主页与商品页截图，最多 5 张'
      },
      miniProgram: {
        appId: '小程序 AppID',
        screenshots: '小程序页面截图',
        screenshotsNeed: '小程序首页与支付页截图，最多 5 张'
      },
      app: {
        name: 'App 名称',
        appId: 'App 的 AppID',
        downloadUrl: '下载地址',
        screenshots: 'App 截图',
        screenshotsNeed: '首页、内页、支付页截图，最多 5 张'
      },
      appIdPlaceholder: '例如 wx0123456789abcdef'
    },
    settlement: {
      accountType: '账户类型',
      accountTypes: { corporate: '对公账户', personal: '经营者个人银行卡' },
      corporateOnly: '该主体类型只能使用对公账户',
      accountName: '开户名称',
      accountNameCorporate: '须与证照上的名称完全一致',
      accountNamePersonal: '须为经营者本人',
      fillName: '填入“{name}”',
      bankName: '开户银行',
      bankPlaceholder: '输入银行名称、拼音首字母或英文缩写搜索',
      wechatDirect: '微信直连',
      bankDirectHint: '微信支付直连银行',
      bankOtherHint:
        '不在微信支付直连银行中：微信将按“其他银行”提交，请准确填写开户支行全称或联行号',
      region: '开户地区',
      regionPlaceholder: '选择省 / 市，可输入拼音搜索',
      branchName: '开户支行',
      branchNamePlaceholder: '例如：招商银行深圳科技园支行',
      bankCode: '联行号',
      bankCodePlaceholder: '12 位数字，可向开户行查询',
      accountNumber: '银行账号',
      accountNumberPlaceholder: '按开户许可证或银行卡逐位填写'
    },
    qualifications: {
      hint: '经营食品、医疗、教育等特殊行业时，需提供相应的许可证；一般行业可不填',
      add: '添加资质',
      item: '资质 {index}',
      empty: '尚未添加资质。一般行业无需填写。',
      type: '资质类型',
      typePlaceholder: '例如：食品经营许可证',
      number: '证书编号',
      photo: '资质证书照片',
      photoNeed: '许可证原件的彩色照片，文字清晰'
    }
  },
  {
    // Six tabs side by side in a 960-pixel window: a word each (the full titles head the forms).
    sections: {
      subject: 'Licence',
      legalRep: 'Legal rep',
      contacts: 'Admin',
      business: 'Business',
      settlement: 'Account',
      qualifications: 'Permits'
    },
    titles: {
      subject: 'Subject and licence',
      legalRep: 'Legal representative',
      contacts: 'Administrator',
      business: 'Business',
      settlement: 'Settlement account',
      qualifications: 'Qualifications'
    },
    sectionHints: {
      subject: 'Subject type, business licence or certificate',
      legalRep: 'Identity document of the legal representative',
      contacts: 'Who receives review notices and signs',
      business: 'Short name, service phone, category, sales scenes',
      settlement: 'The bank account that receives payouts',
      qualifications: 'Licences for regulated industries'
    },
    badge: {
      complete: 'Complete',
      errors: '{count} to fix',
      missing: '{count} missing'
    },
    nav: {
      label: 'Parts of the merchant profile',
      previous: 'Previous part',
      next: 'Next: {title}',
      done: 'The merchant profile is complete',
      continue: 'Continue: payment'
    },
    select: 'Select',
    yes: 'Yes',
    no: 'No',
    remove: 'Remove',
    subjectType: {
      label: 'Subject type',
      options: {
        enterprise: 'Enterprise',
        individual: 'Individual business',
        government: 'Government body',
        institution: 'Public institution',
        social: 'Social organisation',
        other: 'Other organisation'
      },
      hints: {
        enterprise: 'Limited or joint-stock company, partnership…, with a business licence',
        individual:
          'Individual business (个体工商户) with a business licence; the operator is its legal representative',
        government: 'Party or state body, with a credit code certificate or founding approval',
        institution:
          'School, hospital or other public institution, with an institution legal person certificate',
        social: 'Social group, private non-enterprise unit or foundation',
        other: 'Religious venue, rural collective, licensed practice…'
      }
    },
    licence: {
      titleLicence: 'Business licence',
      titleCertificate: 'Registration certificate',
      hintLicence: 'Copy each item from the business licence: name and code must match exactly',
      hintCertificate: 'Copy each item from the registration certificate',
      certificateType: 'Certificate type',
      certificateTypes: {
        institutionLegalPerson: 'Institution legal person certificate',
        creditCodeCertificate: 'Unified social credit code certificate',
        governmentApproval: 'Founding approval / law-enforcement qualification',
        socialGroup: 'Social group legal person certificate',
        privateNonEnterprise: 'Private non-enterprise unit certificate',
        foundation: 'Foundation legal person certificate',
        religiousVenue: 'Religious venue registration',
        otherOfficialDocument: 'Other valid official document',
        practiceLicence: 'Practice licence',
        grassrootsAutonomy: 'Grassroots autonomous organisation credit code certificate',
        ruralCollective: 'Rural collective economic organisation registration'
      },
      creditCode: 'Unified social credit code',
      certificateNumber: 'Certificate number',
      creditCodePlaceholder: '18 characters, e.g. 91440300708461136T',
      registeredName: 'Merchant name (as on the business licence)',
      registeredNamePlaceholder: 'e.g. Hangzhou Xiaolongbao Catering Co., Ltd.',
      individualName: 'Business name',
      individualNameHint: 'Leave empty when the licence shows no name or 无',
      certificateName: 'Organisation name (as on the certificate)',
      legalRepresentative: 'Legal representative',
      operator: 'Operator',
      principal: 'Legal representative / head',
      registeredAddress: 'Registered address',
      registeredAddressPlaceholder: 'As printed on the licence',
      photo: 'Business licence photo',
      photoNeed: 'Colour photo of the original or duplicate, all corners visible, text legible',
      certificatePhoto: 'Certificate photo',
      certificatePhotoNeed: 'Colour photo of the certificate, all corners visible, text legible',
      letterPhoto: 'Organisation letter',
      letterPhotoNeed: 'Stamped letter from the organisation (optional)'
    },
    finance: {
      title: 'Financial institution',
      isFinancial: 'Financial institution?',
      isFinancialHint:
        'Choose yes for licensed banks, payment, insurance, trading and settlement institutions',
      type: 'Institution type',
      types: {
        bank: 'Bank',
        payment: 'Payment institution',
        insurance: 'Insurance',
        tradeAndSettle: 'Trading and settlement',
        other: 'Other financial institution'
      },
      photos: 'Financial licence photos',
      photosNeed: 'Financial business licence and similar, up to 5'
    },
    validity: {
      from: 'Valid from',
      to: 'Valid until',
      longTerm: 'Long-term',
      longTermValue: 'Long-term',
      datePlaceholder: 'YYYY-MM-DD'
    },
    identity: {
      docType: 'Document type',
      docTypes: {
        residentId: 'Mainland resident ID card',
        hongKongPermit: 'Home-return permit (Hong Kong)',
        macaoPermit: 'Home-return permit (Macao)',
        taiwanPermit: 'Taiwan compatriot permit',
        passport: 'Passport',
        foreignResidentPermit: 'Foreign permanent resident ID',
        hongKongMacaoResidencePermit: 'Hong Kong/Macao residence permit',
        taiwanResidencePermit: 'Taiwan residence permit'
      },
      name: 'Name',
      number: 'Document number',
      numberPlaceholder: 'Copy it character by character',
      front: {
        residentId: 'ID card, photo side',
        passport: 'Passport data page',
        other: 'Document, front'
      },
      frontNeed: {
        residentId: 'Colour photo of the side with the portrait',
        passport: 'Colour photo of the personal data page',
        other: 'Colour photo of the side with the portrait'
      },
      back: {
        residentId: 'ID card, emblem side',
        passport: 'Passport back',
        other: 'Document, back'
      },
      backNeed: {
        residentId: 'Colour photo of the side with the national emblem',
        passport: 'Passports need no back photo',
        other: 'Colour photo of the other side'
      },
      address: 'Address on the document',
      addressHint: 'As printed on the document'
    },
    legalRep: {
      hint: 'The document must be valid and the name must match the licence',
      holder: 'Document holder',
      holders: { legal: 'The legal representative', agent: 'An agent' },
      holderHint:
        'Government bodies and institutions may send an agent, with a letter from the legal representative',
      letter: "Legal representative's letter",
      letterNeed: 'Stamped letter from the legal representative',
      isOwner: 'Is the legal representative a beneficial owner?',
      isOwnerHint:
        'A beneficial owner holds 25% or more, directly or indirectly, or controls the company'
    },
    owners: {
      title: 'Other beneficial owners',
      hint: 'At least 1 when the legal representative is not one; at most 4 in all, the legal representative included',
      add: 'Add owner',
      owner: 'Owner {index}',
      empty: 'No other beneficial owners'
    },
    contact: {
      type: 'Administrator is',
      types: { legal: 'The legal representative / operator', agent: 'An agent' },
      name: 'Name',
      fillName: 'Use “{name}”',
      mobile: 'Mobile',
      mobilePlaceholder: '11 digits, e.g. 13800138000',
      email: 'Email',
      emailPlaceholder: "e.g. name{'@'}example.com",
      identityTitle: "Agent's identity document",
      identityHint: 'An agent gives their own document and a letter of authorisation',
      letter: 'Letter of authorisation',
      letterNeed: 'Stamped letter authorising the agent'
    },
    business: {
      title: 'Merchant details',
      shortName: 'Short name',
      shortNameHint: "Shown on customers' payment slips; 2–30 characters, not just a person's name",
      shortNamePlaceholder: 'e.g. 小笼包餐饮',
      servicePhone: 'Service phone',
      servicePhonePlaceholder: 'Mobile, landline with area code (e.g. 0755-86013388) or 400 number',
      industryTitle: 'Industry category',
      industryHint: "Each platform has its own codes: give at least one platform's code",
      industry: 'Category codes',
      description: 'What you sell',
      descriptionPlaceholder: 'e.g. coffee and light meals',
      wechatSettlementId: 'WeChat Pay settlement rule ID',
      wechatSettlementIdPlaceholder: 'e.g. 719',
      wechatQualificationType: 'WeChat Pay industry',
      wechatQualificationTypePlaceholder: 'e.g. 餐饮',
      alipayMcc: 'Alipay MCC (ZFT)',
      alipayMccPlaceholder: 'e.g. 5812',
      alipayCategoryCode: 'Alipay business category code',
      alipayCategoryCodePlaceholder: 'e.g. A0002_B0201',
      scenesTitle: 'Sales scenes',
      scenesHint: 'Tick where you actually sell, then describe each scene',
      salesScenes: 'Sales scenes',
      scenes: {
        store: 'Physical store',
        website: 'Website',
        officialAccount: 'Official account',
        miniProgram: 'Mini-program',
        app: 'App'
      },
      store: {
        name: 'Store name',
        region: 'Store region',
        regionPlaceholder: 'Province / city / district; type pinyin to search',
        address: 'Street address',
        addressPlaceholder: 'Street and number',
        entrance: 'Storefront photo',
        entranceNeed: 'The storefront with its sign clearly visible',
        interior: 'Interior photo',
        interiorNeed: 'The inside of the store'
      },
      website: {
        url: 'Website address',
        urlPlaceholder: 'https://',
        name: 'Website name',
        icp: 'ICP filing number',
        icpPlaceholder: 'e.g. 粤ICP备12345678号',
        letter: 'Website authorisation letter',
        letterNeed: 'When the ICP filing belongs to another subject'
      },
      officialAccount: {
        appId: 'Official account AppID',
        screenshots: 'Official account screenshots',
        screenshotsNeed: 'Home and product pages, up to 5'
      },
      miniProgram: {
        appId: 'Mini-program AppID',
        screenshots: 'Mini-program screenshots',
        screenshotsNeed: 'Home and payment pages, up to 5'
      },
      app: {
        name: 'App name',
        appId: "App's AppID",
        downloadUrl: 'Download address',
        screenshots: 'App screenshots',
        screenshotsNeed: 'Home, inner and payment pages, up to 5'
      },
      appIdPlaceholder: 'e.g. wx0123456789abcdef'
    },
    settlement: {
      accountType: 'Account type',
      accountTypes: { corporate: 'Corporate account', personal: "Operator's personal card" },
      corporateOnly: 'This subject type settles to a corporate account only',
      accountName: 'Account name',
      accountNameCorporate: 'Must equal the registered name exactly',
      accountNamePersonal: 'Must be the operator',
      fillName: 'Use “{name}”',
      bankName: 'Bank',
      bankPlaceholder: 'Search by name, pinyin initials or abbreviation',
      wechatDirect: 'WeChat direct',
      bankDirectHint: "One of WeChat Pay's direct banks",
      bankOtherHint:
        "Not one of WeChat Pay's direct banks: WeChat receives it as 其他银行, so give the branch's full name or its CNAPS code",
      region: 'Branch region',
      regionPlaceholder: 'Province / city; type pinyin to search',
      branchName: 'Branch',
      branchNamePlaceholder: 'e.g. 招商银行深圳科技园支行',
      bankCode: 'CNAPS code',
      bankCodePlaceholder: '12 digits, ask the branch',
      accountNumber: 'Account number',
      accountNumberPlaceholder: 'Copy it from the account document or card'
    },
    qualifications: {
      hint: 'Regulated industries (food, medical, education…) need their licence; most businesses need none',
      add: 'Add qualification',
      item: 'Qualification {index}',
      empty: 'No qualifications yet. Most businesses need none.',
      type: 'Qualification',
      typePlaceholder: 'e.g. 食品经营许可证 (food business licence)',
      number: 'Certificate number',
      photo: 'Certificate photo',
      photoNeed: 'Colour photo of the original, text legible'
    }
  }
)
