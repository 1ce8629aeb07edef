import { defineArea } from '../area'

/**
 * The Mini-program listing step. Precheck texts are not here: they come from the platform
 * catalogue (LISTING_MESSAGES), which the CLI and the bundle summary print too. vue-i18n
 * reserves `@`, `|`, `{` and `}`: write them as {'@'} and so on.
 */
export default defineArea(
  {
    listSeparator: '、',
    notePrefix: '{platforms}：',
    noteMore: '（另有 {count} 条提示）',
    usedBy: '仅 {platforms}',
    noTargets: '先在上方勾选要发布的平台，这里会显示每个平台的效果预览和预检结果。',
    optional: {
      text: '上架小程序是可选的：只开通支付时，不勾选平台，直接去检查即可。',
      skip: '跳过，去检查'
    },
    targets: {
      title: '发布到',
      hint: '一份资料，勾选几个平台就生成几个提交包',
      nameWide: '名称 {min}–{max}，汉字计 2',
      nameChar: '名称 {min}–{max} 字',
      errors: '{count} 个错误',
      ready: '可导出'
    },
    sections: {
      basics: '基本信息',
      media: '图标截图',
      categories: '服务类目',
      service: '服务隐私',
      review: '提审信息'
    },
    sectionHints: {
      basics: '小程序名称、一句话简介和描述：每个平台的计数方式和长度限制不同',
      media: '图标可裁剪为正方形；截图按顺序展示；导出时按各平台要求转换格式和尺寸',
      categories: '每个平台的类目体系不同，分别选择；需要资质的类目请上传证明',
      service: '用户联系你的方式、服务区域，以及微信要求的隐私保护指引',
      review: '给审核人员的测试账号和说明、版本说明和各平台的提审参数'
    },
    nav: {
      label: '小程序资料的各部分',
      errors: '{count} 个错误',
      warnings: '{count} 条提醒',
      previous: '上一部分',
      next: '下一部分：{title}',
      continue: '继续：检查'
    },
    groups: {
      names: '名称',
      namesHint: '名称在各平台全局唯一，含商标或品牌时可能需要名称证明材料',
      texts: '简介与描述',
      textsHint: '一句话简介在各平台通用：微信叫“介绍”，支付宝叫“一句话介绍”',
      icon: '图标',
      iconHint: '建议使用 200×200 以上的正方形图片，导出时按各平台要求转换',
      screenshots: '截图',
      screenshotsHint: '支付宝要求 2–5 张；微信作为提审预览图',
      nameProof: '名称证明材料',
      nameProofHint: '名称含商标、品牌或特定主体名称时需要，如《商标注册证》',
      contact: '客服与服务区域',
      contactHint: '支付宝要求客服电话或邮箱至少填一项',
      privacy: '隐私保护指引',
      privacyHint: '微信要求：开发者联系方式、告知方式、保存期限和收集的信息及用途',
      reviewers: '审核人员须知',
      reviewersHint: '需要登录才能体验时，请提供测试账号',
      submission: '提审参数',
      submissionHint: '在各平台上传代码后得到的版本号、代码包编号和发布的 App',
      pages: '提审页面',
      pagesHint: '微信提审时列出的页面路径和标题（最多 5 个）'
    },
    fieldNames: {
      targets: '发布平台',
      name: '名称',
      shortName: '简称',
      englishName: '英文名称',
      intro: '一句话简介',
      description: '小程序描述',
      tags: '搜索标签',
      logo: '小程序图标',
      logoCrop: '图标裁剪',
      screenshots: '截图',
      nameProof: '名称证明材料',
      categories: '服务类目',
      ugc: 'UGC 声明',
      servicePhone: '客服电话',
      serviceEmail: '客服邮箱',
      serviceRegion: '服务区域',
      privacy: '隐私保护指引',
      testAccount: '测试账号',
      versionNotes: '版本说明',
      pages: '提审页面',
      appVersion: '提审版本号',
      baiduPackageId: '百度代码包 ID',
      douyinHosts: '发布到的字节系 App',
      merchant: '商户资料'
    },
    hints: {
      name: '可用中文、英文、数字；不要含“小程序”、平台名称或“最、第一、官方”等用语',
      shortName: '微信简称，4–10 个字符（汉字计 2）',
      englishName: '支付宝要求，3–30 个字符，仅英文、数字、下划线、+ 和 -',
      intro: '说清楚提供什么服务；微信要求至少 4 个汉字，支付宝 10–32 字，抖音 10–60 字',
      description: '支付宝小程序的详细介绍，20–400 字',
      tags: '微信提审标签，最多 10 个，每个不超过 20 字，回车添加',
      logo: '按文件内容识别格式，支持 JPG、PNG、WebP、GIF、BMP、HEIC/AVIF',
      nameProof: '图片格式，最多 5 张',
      versionNotes: '写明本版本提供的服务；支付宝 30–500 字',
      appVersion: '在支付宝开放平台上传的版本，格式 x.y.z',
      baiduPackageId: '在百度智能小程序平台上传代码包后得到的数字编号'
    },
    placeholders: {
      name: '例如：阿明小笼包',
      englishName: 'A-Ming Dumplings',
      intro: '例如：杭州老字号小笼包，在线点单，到店自取',
      tags: '输入后回车'
    },
    length: {
      rule: '{min}–{max} 个字',
      ruleWide: '{min}–{max} 个字符，汉字计 2',
      advised: '（另一来源建议不超过 {advised}）',
      wide2: '汉字计 2'
    },
    quota: {
      label: '修改限制 · {platforms}',
      title: '修改次数限制',
      uncertain: '（来源说法不一，按更严的处理）'
    },
    preview: {
      title: '平台预览与预检',
      switcher: '预览平台',
      emptyTitle: '还没有选择发布平台',
      namePlaceholder: '小程序名称',
      introPlaceholder: '一句话简介',
      category: '服务类目',
      enter: '进入小程序',
      search: '搜索',
      tabAll: '综合',
      tabApps: '小程序',
      open: '打开',
      kind: {
        'wechat-mp': '小程序',
        'alipay-mp': '小程序',
        'douyin-mp': '小程序',
        'baidu-mp': '智能小程序'
      },
      count: '{counted}/{max}（最少 {min}）',
      noLimit: '{counted} 字，平台未公布上限',
      wide2: '汉字计 2',
      status: {
        empty: '未填写',
        ok: '符合',
        long: '超出 {over}',
        short: '少于 {min}',
        aboveAdvised: '超过建议的 {advised}'
      }
    },
    precheck: {
      title: '{platform}预检',
      summary: '{errors} 个错误 · {warnings} 条提醒',
      errors: '{count} 个错误',
      warnings: '{count} 条提醒',
      clear: '全部通过',
      clearLong: '没有发现问题，可以导出提交包。',
      blocking: '有错误时不能导出提交包；点击条目可跳到对应字段。',
      goTo: '去填写：{field}',
      merchant: '商户资料还有 {count} 处要补充或修改（主体、营业执照、联系人）'
    },
    categories: {
      picked: '已选 {count} 个',
      search: '搜索类目：名称、编号或拼音首字母（如 gjbg）',
      results: '类目搜索结果',
      add: '添加',
      chosen: '已添加',
      remove: '移除',
      none: '没有匹配的类目，可按平台的类目编号添加',
      excerpt:
        '内置类目表（{date}）只收录了 {count} 个有来源的类目；其他类目可按编号添加，会有提醒',
      complete: '内置类目表（{date}），共 {count} 个类目',
      byCode: '按编号添加',
      codePlaceholder: '类目编号，如 8_39',
      namesPlaceholder: '类目名称，如 教育 / 出国移民',
      qualificationHint: '上传资质证明的图片，可多张',
      options: '满足其中任一组即可：{options}',
      optionSeparator: '；或 ',
      flags: {
        qualification: '需资质',
        ugc: '需 UGC 声明',
        licence: '需营业执照',
        storefront: '需门头照',
        manual: '类目表外'
      }
    },
    ugc: {
      title: 'UGC 声明',
      hint: '社交类的社区/论坛、笔记、问答类目首次提审必须声明用户生成内容及审核方式',
      scenes: '用户可发布的内容',
      scene: {
        none: '不涉及',
        profile: '用户资料',
        image: '图片',
        video: '视频',
        text: '文本',
        other: '其他'
      },
      otherScene: '其他内容说明',
      methods: '内容审核方式',
      method: {
        contentSecurityApi: '平台内容安全接口',
        otherAuditProduct: '其他审核产品',
        manualReview: '人工审核',
        none: '未做审核'
      },
      auditTeam: '有审核团队',
      auditDescription: '审核机制说明'
    },
    service: {
      none: '勾选支付宝或微信后，这里填写客服信息和隐私保护指引。',
      fromProfile: '留空则使用商户资料中的 {value}',
      region: {
        global: '全球',
        china: '中国大陆',
        location: '指定地区'
      },
      areas: '服务地区',
      areaPlaceholder: '选择省 / 市 / 区，可只选到省或市',
      addArea: '添加地区'
    },
    privacy: {
      ownerContact: '开发者联系方式',
      ownerContactHint: '至少填写一种，用户可通过它咨询个人信息相关问题',
      contact: {
        phone: '电话',
        email: '邮箱',
        weixin: '微信号',
        qq: 'QQ'
      },
      noticeMethod: '告知方式',
      noticePlaceholder: '如 弹窗、公告',
      retention: '保存期限',
      retentionHint: '写成“数字+天”，如 30天；留空表示不声明',
      items: '收集的信息及用途',
      itemsHint: '代码中用到的每个隐私接口都要声明，用途不要以“为了”“用于”开头',
      keyPlaceholder: '信息类型',
      purposePlaceholder: '例如：向你推荐附近的门店',
      purposePrefix: '为了',
      addItem: '添加一项',
      keys: {
        UserInfo: '用户信息（昵称、头像）',
        Location: '位置信息',
        Address: '地址',
        PhoneNumber: '手机号',
        Album: '选中的照片或视频',
        Camera: '摄像头',
        Record: '麦克风',
        Contact: '通讯录（仅写入）',
        DeviceInfo: '设备信息',
        Invoice: '发票信息',
        RunData: '微信运动步数',
        EXIDNumber: '身份证号码',
        EXOrderInfo: '订单信息',
        EXUserPublishContent: '发布的内容',
        EXUserFollowAcct: '所关注账号',
        EXUserOpLog: '操作日志',
        AlbumWriteOnly: '相册（仅写入）',
        LicensePlate: '车牌号',
        BlueTooth: '蓝牙',
        CalendarWriteOnly: '日历（仅写入）',
        Email: '邮箱',
        MessageFile: '选中的文件'
      }
    },
    review: {
      needsLogin: '需要登录才能体验',
      loginYes: '需要',
      loginNo: '不需要',
      account: '测试账号',
      password: '测试密码',
      notes: '给审核人员的说明',
      notesHint: '百度提审时必填；抖音、支付宝会随提审说明一起发送',
      pageTitle: '页面标题',
      addPage: '添加页面',
      hosts: {
        douyin: '抖音',
        douyin_lite: '抖音极速版',
        toutiao: '今日头条',
        tt_lite: '今日头条极速版',
        xigua: '西瓜视频',
        huoshan: '抖音火山版'
      }
    }
  },
  {
    listSeparator: ', ',
    notePrefix: '{platforms}: ',
    noteMore: ' (+{count} more)',
    usedBy: 'Only {platforms}',
    noTargets:
      'Tick the platforms to publish on above; each one’s preview and precheck then show here.',
    optional: {
      text: 'Publishing a mini program is optional: to add a payment provider only, tick none and go on to the review.',
      skip: 'Skip to the review'
    },
    targets: {
      title: 'Publish on',
      hint: 'One listing; each ticked platform gets its own submission bundle',
      nameWide: 'Name {min}–{max} (CJK ×2)',
      nameChar: 'Name {min}–{max}',
      errors: 'Errors: {count}',
      ready: 'Ready'
    },
    sections: {
      basics: 'Basics',
      media: 'Pictures',
      categories: 'Categories',
      service: 'Service',
      // Not "Review": that is the wizard's next step (the prechecks).
      review: 'Submission'
    },
    sectionHints: {
      basics:
        'Name, one-sentence intro and description: each platform counts and limits them its own way',
      media:
        'The icon can be cropped square; screenshots show in order; export converts them to each platform’s rules',
      categories:
        'Each platform has its own category tree; categories that need a qualification ask for proof',
      service: 'How users reach you, where you serve, and the privacy guide WeChat requires',
      review:
        'A test account and notes for reviewers, version notes and each platform’s submission details'
    },
    nav: {
      label: 'Parts of the listing',
      errors: 'Errors: {count}',
      warnings: 'Warnings: {count}',
      previous: 'Previous part',
      next: 'Next: {title}',
      continue: 'Continue: review'
    },
    groups: {
      names: 'Names',
      namesHint:
        'Names are unique on each platform; a brand or trademark in the name may need proof',
      texts: 'Intro and description',
      textsHint: 'One intro for all platforms: WeChat’s “signature”, Alipay’s “slogan”',
      icon: 'Icon',
      iconHint:
        'A square picture of 200×200 or more works best; export converts it for each platform',
      screenshots: 'Screenshots',
      screenshotsHint: 'Alipay needs 2–5; WeChat shows them to reviewers',
      nameProof: 'Name proof',
      nameProofHint: 'Needed when the name contains a trademark, brand or another party’s name',
      contact: 'Service contact and region',
      contactHint: 'Alipay needs a service phone or an email',
      privacy: 'Privacy guide',
      privacyHint:
        'WeChat requires a contact, how users are told, how long data is kept, and what is collected and why',
      reviewers: 'For reviewers',
      reviewersHint: 'Give a test account when the app needs a login',
      submission: 'Submission details',
      submissionHint:
        'The version, package id and host apps from uploading the code on each platform',
      pages: 'Pages to review',
      pagesHint: 'Page paths and titles listed in WeChat’s submission (up to 5)'
    },
    fieldNames: {
      targets: 'Platforms',
      name: 'Name',
      shortName: 'Short name',
      englishName: 'English name',
      intro: 'One-sentence intro',
      description: 'Description',
      tags: 'Search tags',
      logo: 'Icon',
      logoCrop: 'Icon crop',
      screenshots: 'Screenshots',
      nameProof: 'Name proof',
      categories: 'Categories',
      ugc: 'UGC declaration',
      servicePhone: 'Service phone',
      serviceEmail: 'Service email',
      serviceRegion: 'Service region',
      privacy: 'Privacy guide',
      testAccount: 'Test account',
      versionNotes: 'Version notes',
      pages: 'Pages to review',
      appVersion: 'Version to submit',
      baiduPackageId: 'Baidu package id',
      douyinHosts: 'Douyin host apps',
      merchant: 'Merchant profile'
    },
    hints: {
      name: 'Chinese, English and digits; no “小程序”, platform names or terms such as 最, 第一, 官方',
      shortName: 'WeChat short name, 4–10 (a Chinese character counts 2)',
      englishName: 'Required by Alipay, 3–30: English letters, digits, _, + and -',
      intro:
        'Say what you offer; WeChat needs at least 4 Chinese characters, Alipay 10–32, Douyin 10–60',
      description: 'Alipay’s full description of the mini program, 20–400 characters',
      tags: 'WeChat review tags, up to 10 of at most 20 characters; press Enter to add',
      logo: 'Recognised from the file’s content: JPG, PNG, WebP, GIF, BMP, HEIC/AVIF',
      nameProof: 'Pictures, up to 5',
      versionNotes: 'Say what this version offers; Alipay needs 30–500 characters',
      appVersion: 'The version uploaded on Alipay’s open platform, x.y.z',
      baiduPackageId: 'The number Baidu gives the uploaded code package'
    },
    placeholders: {
      name: 'e.g. 阿明小笼包',
      englishName: 'A-Ming Dumplings',
      intro: 'e.g. Hangzhou soup dumplings since 1998: order online, pick up in store',
      tags: 'Type and press Enter'
    },
    length: {
      rule: '{min}–{max} characters',
      ruleWide: '{min}–{max}, a Chinese character counts 2',
      advised: ' (another source advises at most {advised})',
      wide2: 'Chinese counts 2'
    },
    quota: {
      label: 'Change limits · {platforms}',
      title: 'How often this can change',
      uncertain: ' (sources disagree; the stricter reading is used)'
    },
    preview: {
      title: 'Platform preview and precheck',
      switcher: 'Platform to preview',
      emptyTitle: 'No platform chosen yet',
      namePlaceholder: 'Mini program name',
      introPlaceholder: 'One-sentence intro',
      category: 'Category',
      enter: 'Open mini program',
      search: 'Search',
      tabAll: 'All',
      tabApps: 'Mini programs',
      open: 'Open',
      kind: {
        'wechat-mp': 'Mini program',
        'alipay-mp': 'Mini program',
        'douyin-mp': 'Mini app',
        'baidu-mp': 'Smart program'
      },
      count: '{counted}/{max} (min {min})',
      noLimit: '{counted}, no published limit',
      wide2: 'Chinese counts 2',
      status: {
        empty: 'Empty',
        ok: 'Fits',
        long: '{over} too many',
        short: 'Under {min}',
        aboveAdvised: 'Over the advised {advised}'
      }
    },
    precheck: {
      title: '{platform} precheck',
      summary: 'Errors {errors} · warnings {warnings}',
      errors: 'Errors: {count}',
      warnings: 'Warnings: {count}',
      clear: 'All clear',
      clearLong: 'No problems found: the bundle can be exported.',
      blocking: 'Errors stop the export; click an item to go to its field.',
      goTo: 'Go to: {field}',
      merchant: 'Merchant profile findings to fix: {count} (subject, licence, contact)'
    },
    categories: {
      picked: 'Chosen: {count}',
      search: 'Search categories: name, id or pinyin initials (e.g. gjbg)',
      results: 'Matching categories',
      add: 'Add',
      chosen: 'Added',
      remove: 'Remove',
      none: 'No category matches; add one by the platform’s category id',
      excerpt:
        'The built-in table ({date}) lists only {count} category seen in a source; add others by id (with a warning) | The built-in table ({date}) lists only {count} categories seen in a source; add others by id (with a warning)',
      complete:
        'Built-in table ({date}), {count} category | Built-in table ({date}), {count} categories',
      byCode: 'Add by id',
      codePlaceholder: 'Category id, e.g. 8_39',
      namesPlaceholder: 'Names, e.g. 教育 / 出国移民',
      qualificationHint: 'Pictures of the qualification, one or more',
      options: 'Any one of these is enough: {options}',
      optionSeparator: '; or ',
      flags: {
        qualification: 'Qualification',
        ugc: 'UGC declaration',
        licence: 'Business licence',
        storefront: 'Storefront photo',
        manual: 'Not in the table'
      }
    },
    ugc: {
      title: 'UGC declaration',
      hint: 'Community, note and Q&A categories must declare user content and its moderation on first submission',
      scenes: 'What users can publish',
      scene: {
        none: 'Nothing',
        profile: 'Profiles',
        image: 'Pictures',
        video: 'Videos',
        text: 'Text',
        other: 'Other'
      },
      otherScene: 'Other content',
      methods: 'How it is moderated',
      method: {
        contentSecurityApi: 'Platform content-security API',
        otherAuditProduct: 'Another moderation product',
        manualReview: 'Manual review',
        none: 'Not moderated'
      },
      auditTeam: 'Has a moderation team',
      auditDescription: 'How moderation works'
    },
    service: {
      none: 'Tick Alipay or WeChat to fill in the service contact and the privacy guide here.',
      fromProfile: 'Empty uses the profile’s {value}',
      region: {
        global: 'Worldwide',
        china: 'Mainland China',
        location: 'Listed areas'
      },
      areas: 'Areas served',
      areaPlaceholder: 'Province / city / district (stop at any level)',
      addArea: 'Add an area'
    },
    privacy: {
      ownerContact: 'Developer contact',
      ownerContactHint: 'At least one, for users’ questions about their data',
      contact: {
        phone: 'Phone',
        email: 'Email',
        weixin: 'WeChat ID',
        qq: 'QQ'
      },
      noticeMethod: 'How users are told',
      noticePlaceholder: 'e.g. 弹窗, 公告',
      retention: 'Retention',
      retentionHint: 'A number of days written like 30天; empty when not declared',
      items: 'Data collected and why',
      itemsHint:
        'Declare every privacy API the code uses; do not start the purpose with 为了 or 用于',
      keyPlaceholder: 'Kind of data',
      purposePlaceholder: 'e.g. 向你推荐附近的门店',
      purposePrefix: '为了',
      addItem: 'Add one',
      keys: {
        UserInfo: 'User info (nickname, avatar)',
        Location: 'Location',
        Address: 'Address',
        PhoneNumber: 'Phone number',
        Album: 'Chosen photos or videos',
        Camera: 'Camera',
        Record: 'Microphone',
        Contact: 'Contacts (write only)',
        DeviceInfo: 'Device info',
        Invoice: 'Invoice details',
        RunData: 'WeRun steps',
        EXIDNumber: 'ID card number',
        EXOrderInfo: 'Order details',
        EXUserPublishContent: 'Published content',
        EXUserFollowAcct: 'Followed accounts',
        EXUserOpLog: 'Activity log',
        AlbumWriteOnly: 'Album (write only)',
        LicensePlate: 'Licence plate',
        BlueTooth: 'Bluetooth',
        CalendarWriteOnly: 'Calendar (write only)',
        Email: 'Email',
        MessageFile: 'Chosen files'
      }
    },
    review: {
      needsLogin: 'A login is needed to try it',
      loginYes: 'Yes',
      loginNo: 'No',
      account: 'Test account',
      password: 'Test password',
      notes: 'Notes for reviewers',
      notesHint: 'Required by Baidu; sent with the submission note to Douyin and Alipay',
      pageTitle: 'Page title',
      addPage: 'Add a page',
      hosts: {
        douyin: 'Douyin',
        douyin_lite: 'Douyin Lite',
        toutiao: 'Toutiao',
        tt_lite: 'Toutiao Lite',
        xigua: 'Xigua Video',
        huoshan: 'Douyin Huoshan'
      }
    }
  }
)
