import { defineArea } from '../area'

/** Sending a bundle from Kaitong: dry run, send with confirmation, progress, refresh. */
export default defineArea(
  {
    title: '直接提交',
    intro: '用服务商账户把导出的资料包直接提交到平台。先试运行，看清楚将发送的内容。',
    platform: '提交到',
    profile: '提交账户',
    dryRun: '试运行',
    send: '提交',
    refresh: '刷新审核状态',
    environment: { sandbox: '沙箱', production: '正式环境' },
    stepUpload: '上传图片 {file}',
    stepDone: '已完成，不会重发',
    confirmTitle: '确认提交',
    confirmPrompt: '将以“{profile}”账户把“{merchant}”的申请提交到{platform}。请输入商户名称确认：',
    confirmProduction:
      '将提交到{platform}的正式环境，提交后即为真实申请（只有支付宝有沙箱）。确定提交吗？',
    sending: '正在提交：第 {done} / {total} 步',
    sent: '已提交，审核结果会显示在下方记录中',
    refreshed: '已刷新 {count} 个申请的状态',
    noProfiles: '还没有提交账户',
    noProfilesHint: '还没有提交账户：先在设置中填写服务商的商户号和密钥。',
    openSettings: '去设置',
    profiles: {
      title: '提交账户',
      hint: '服务商直接提交申请所用的商户号、应用 ID 和密钥。密钥加密保存在本机，保存后不再显示。沙箱和正式环境请分成两个账户。',
      add: '新建提交账户',
      empty: '还没有提交账户。',
      edit: '修改',
      delete: '删除',
      deleteTitle: '删除提交账户',
      deleteConfirm: '删除提交账户“{name}”？其中保存的密钥会一并删除，已提交的申请不受影响。'
    },
    profileForm: {
      newTitle: '新建提交账户',
      editTitle: '修改提交账户',
      name: '账户名称',
      environment: '环境',
      environmentHint:
        '支付宝的沙箱账户只会提交到沙箱网关。微信支付没有沙箱，用它提交前总会再确认一次。',
      use: '使用',
      savedPlaceholder: '已保存，不显示。留空保持不变，粘贴新内容即替换',
      savedTokens: '已保存 {count} 家商户的令牌，不显示。留空保持不变，重新填写即整体替换',
      savedTag: '已保存',
      show: '显示',
      hide: '隐藏',
      advancedHint: '高级：仅在经代理或测试网关提交时填写，留空使用平台的正式地址',
      cancel: '取消',
      save: '保存',
      saved: '已保存提交账户“{name}”',
      sections: {
        wechatPay: '微信支付服务商',
        alipay: '支付宝服务商应用',
        'wechat-mp': '微信小程序（第三方平台）',
        'douyin-mp': '抖音小程序',
        'baidu-mp': '百度智能小程序'
      },
      sectionHints: {
        wechatPay: '在微信支付商户平台“账户中心 › API安全”中查看和下载。',
        alipay: '在支付宝开放平台“开发设置 › 接口加签方式”中查看。支付宝小程序也用这个应用提交。',
        'wechat-mp': '微信把第三方平台的票据推送到服务器，授权令牌要由服务商自己的令牌服务提供。',
        'douyin-mp': '由服务商的令牌服务提供商户的授权令牌。',
        'baidu-mp': '由服务商的令牌服务提供商户的授权令牌。'
      },
      fields: {
        wechatPay: {
          mchid: '服务商商户号',
          merchantSerial: '商户 API 证书序列号',
          apiV3Key: 'APIv3 密钥',
          platformKeyId: '微信支付公钥 ID',
          merchantPrivateKey: '商户 API 私钥（apiclient_key.pem）',
          platformKey: '微信支付公钥或平台证书',
          merchantCertificate: '商户 API 证书（apiclient_cert.pem，选填）',
          baseUrl: '接口地址'
        },
        alipay: {
          appId: '应用 ID（APPID）',
          appPrivateKey: '应用私钥',
          alipayPublicKey: '支付宝公钥（公钥模式）',
          appCertificate: '应用公钥证书（证书模式）',
          alipayCertificate: '支付宝公钥证书（证书模式）',
          alipayRootCertificate: '支付宝根证书（证书模式）',
          gateway: '网关地址',
          appAuthTokens: '各商户的应用授权令牌'
        },
        listing: {
          tokenServiceUrl: '令牌服务地址',
          tokenServiceSecret: '令牌服务口令（选填）',
          accessTokens: '按商户填写的授权令牌',
          baseUrl: '接口地址'
        }
      },
      hints: {
        wechatPay: {
          mchid: '8 到 10 位数字',
          merchantSerial: '“API安全 › 商户API证书”中的证书序列号',
          apiV3Key: '32 个字符，在“API安全”中设置',
          platformKeyId: '以 PUB_KEY_ID_ 开头；填平台证书时留空',
          merchantPrivateKey: '申请证书时生成的私钥文件的全部内容',
          platformKey: '“微信支付公钥”或平台证书的全部内容，用来加密敏感信息和核对应答',
          merchantCertificate: '填写后会核对私钥和序列号是否与证书一致'
        },
        alipay: {
          appId: '16 位数字',
          appPrivateKey: '生成密钥时得到的应用私钥',
          alipayPublicKey: '“支付宝公钥”，不是应用公钥；使用证书模式时留空',
          appCertificate: 'appCertPublicKey_….crt；证书模式的三个证书都要填写',
          alipayCertificate: 'alipayCertPublicKey_RSA2.crt',
          alipayRootCertificate: 'alipayRootCert.crt',
          appAuthTokens:
            '以商户身份发布小程序时需要：商户授权你的应用后得到的 app_auth_token，每行一家商户，先写统一社会信用代码，再写令牌'
        },
        listing: {
          tokenServiceUrl: '开通按平台和商户的统一社会信用代码向它索取授权令牌',
          tokenServiceSecret: '以 Authorization: Bearer 发送给令牌服务',
          accessTokens:
            '没有令牌服务时：每家商户的授权令牌，每行一家，先写统一社会信用代码，再写令牌（从表格复制两列即可）',
          baseUrl: '留空使用平台的正式地址'
        }
      },
      placeholders: {
        wechatPay: {
          mchid: '例如 1900013511',
          merchantSerial: '40 位十六进制字符',
          apiV3Key: '32 个字符',
          platformKeyId: 'PUB_KEY_ID_…',
          merchantPrivateKey: '-----BEGIN PRIVATE KEY-----',
          platformKey: '-----BEGIN PUBLIC KEY----- 或 -----BEGIN CERTIFICATE-----',
          merchantCertificate: '-----BEGIN CERTIFICATE-----',
          baseUrl: 'https://api.mch.weixin.qq.com/'
        },
        alipay: {
          appId: '例如 2021000000000001',
          appPrivateKey: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC…',
          alipayPublicKey: 'MIIBIjANBgkqhkiG9w0BAQEFAAOC…',
          appCertificate: '-----BEGIN CERTIFICATE-----',
          alipayCertificate: '-----BEGIN CERTIFICATE-----',
          alipayRootCertificate: '-----BEGIN CERTIFICATE-----',
          gateway: 'https://openapi.alipay.com/gateway.do',
          appAuthTokens: '91440300MA5XXXXXXX  202301BB…（每行一家）'
        },
        listing: {
          tokenServiceUrl: 'https://token.example.com/authorizer',
          tokenServiceSecret: '选填',
          accessTokens: '91440300MA5XXXXXXX  令牌…（每行一家）',
          baseUrl: '留空使用平台的正式地址'
        }
      }
    },
    polling: {
      title: '跟进审核状态',
      hint: '开通期间，开通会定时向平台查询已提交申请的状态：开始几分钟一次，没有变化就逐渐拉长（最长 6 小时）。需要商户签约、验证或申请被驳回时会在应用内提醒。',
      enabled: '自动查询',
      profile: '查询所用账户',
      noProfile: '还没有提交账户：在上方“提交账户”中新建一个后，开通才能向平台查询申请状态',
      now: '立即查询',
      asked: '已查询所有待处理的申请',
      open: '{count} 个草稿有等待平台处理的申请',
      next: '下次查询 {time}',
      last: '上次查询 {time}',
      failed: '上次查询没有完成：{message}'
    },
    notice: {
      rejected: '“{title}”的{platform}申请被驳回',
      actionNeeded: '“{title}”的{platform}申请需要{action}',
      someAction: '商户处理',
      open: '点击查看原因和下一步'
    },
    bulk: {
      open: '批量提交',
      title: '批量提交',
      intro: '已选 {count} 个草稿。先试运行，查看每个草稿将提交的内容或不能提交的原因。',
      concurrency: '同时提交',
      concurrencyHint: '同时提交的申请数：越少越不容易触发平台的频率限制。',
      column: {
        draft: '商户',
        platform: '平台',
        plan: '试运行',
        outcome: '结果',
        reason: '原因'
      },
      steps: '将发送 {count} 步',
      ready: '{total} 份申请中 {ready} 份可以提交',
      typeCount: '请输入将提交的申请数（{count}）确认',
      production: '我知道这些是正式申请（含微信支付或正式环境账户）',
      progress: '已处理 {done} / {total} 份申请',
      sent: '已提交 {count}',
      rejected: '被拒 {count}',
      failed: '未完成 {count}',
      skipped: '未提交 {count}',
      canceled: '已取消，{count} 份申请未发送',
      outcome: { sent: '已提交', rejected: '被拒', failed: '未完成', skipped: '未提交' },
      cancel: '取消剩余',
      close: '关闭',
      start: '提交 {count} 份申请'
    }
  },
  {
    title: 'Send from Kaitong',
    intro:
      'Send the exported bundle to the platform with the service provider’s credentials. Do a dry run first to see exactly what goes.',
    platform: 'Send to',
    profile: 'Sending profile',
    dryRun: 'Dry run',
    send: 'Send',
    refresh: 'Refresh review status',
    environment: { sandbox: 'sandbox', production: 'production' },
    stepUpload: 'Upload picture {file}',
    stepDone: 'done, not sent again',
    confirmTitle: 'Confirm sending',
    confirmPrompt:
      'The application of “{merchant}” goes to {platform} with the profile “{profile}”. Type the merchant’s name to confirm:',
    confirmProduction:
      'This goes to {platform}’s production: the application will be real (only Alipay has a sandbox). Send it?',
    sending: 'Sending: step {done} of {total}',
    sent: 'Sent; the review’s outcome will show in the record below',
    refreshed: 'Status of {count} application refreshed | Status of {count} applications refreshed',
    noProfiles: 'No sending profile yet',
    noProfilesHint:
      'No sending profile yet: enter the service provider’s merchant number and keys in Settings first.',
    openSettings: 'Open Settings',
    profiles: {
      title: 'Sending profiles',
      hint: 'The merchant numbers, app ids and keys the service provider sends applications with. Keys are stored encrypted on this computer and never shown again. Keep sandbox and production in separate profiles.',
      add: 'New sending profile',
      empty: 'No sending profile yet.',
      edit: 'Edit',
      delete: 'Delete',
      deleteTitle: 'Delete sending profile',
      deleteConfirm:
        'Delete the sending profile “{name}”? Its keys are deleted with it; applications already sent are not affected.'
    },
    profileForm: {
      newTitle: 'New sending profile',
      editTitle: 'Edit sending profile',
      name: 'Profile name',
      environment: 'Environment',
      environmentHint:
        'A sandbox profile sends to Alipay’s sandbox gateway only. WeChat Pay has no sandbox: sending to it always asks once more.',
      use: 'Use',
      savedPlaceholder: 'Saved, not shown. Leave empty to keep it, paste a new one to replace it',
      savedTokens:
        'A token for {count} merchant saved, not shown. Leave empty to keep it; what you type replaces the whole list | Tokens for {count} merchants saved, not shown. Leave empty to keep them; what you type replaces the whole list',
      savedTag: 'Saved',
      show: 'Show',
      hide: 'Hide',
      advancedHint:
        'Advanced: only when sending through a proxy or a test gateway; empty uses the platform’s own address',
      cancel: 'Cancel',
      save: 'Save',
      saved: 'Sending profile “{name}” saved',
      sections: {
        wechatPay: 'WeChat Pay service provider',
        alipay: 'Alipay service provider app',
        'wechat-mp': 'WeChat mini programs (third-party platform)',
        'douyin-mp': 'Douyin mini programs',
        'baidu-mp': 'Baidu smart mini programs'
      },
      sectionHints: {
        wechatPay:
          'Found and downloaded in the WeChat Pay merchant platform under Account › API security.',
        alipay:
          'Found in the Alipay open platform under Development settings › Signing method. Alipay mini programs are sent with this app too.',
        'wechat-mp':
          'WeChat pushes the third-party platform’s ticket to a server, so the agency’s own token service hands out the merchants’ tokens.',
        'douyin-mp': 'The agency’s token service hands out the merchants’ tokens.',
        'baidu-mp': 'The agency’s token service hands out the merchants’ tokens.'
      },
      fields: {
        wechatPay: {
          mchid: 'Service provider merchant number',
          merchantSerial: 'Merchant API certificate serial',
          apiV3Key: 'API v3 key',
          platformKeyId: 'WeChat Pay public key id',
          merchantPrivateKey: 'Merchant API private key (apiclient_key.pem)',
          platformKey: 'WeChat Pay public key or platform certificate',
          merchantCertificate: 'Merchant API certificate (apiclient_cert.pem, optional)',
          baseUrl: 'API address'
        },
        alipay: {
          appId: 'App id (APPID)',
          appPrivateKey: 'App private key',
          alipayPublicKey: 'Alipay public key (key mode)',
          appCertificate: 'App public key certificate (certificate mode)',
          alipayCertificate: 'Alipay public key certificate (certificate mode)',
          alipayRootCertificate: 'Alipay root certificate (certificate mode)',
          gateway: 'Gateway address',
          appAuthTokens: 'Merchants’ app_auth_token'
        },
        listing: {
          tokenServiceUrl: 'Token service address',
          tokenServiceSecret: 'Token service secret (optional)',
          accessTokens: 'Tokens per merchant',
          baseUrl: 'API address'
        }
      },
      hints: {
        wechatPay: {
          mchid: '8 to 10 digits',
          merchantSerial: 'The serial under API security › Merchant API certificate',
          apiV3Key: '32 characters, set under API security',
          platformKeyId: 'Starts with PUB_KEY_ID_; leave empty with a platform certificate',
          merchantPrivateKey: 'The whole private key file made with the certificate request',
          platformKey:
            'The whole WeChat Pay public key or platform certificate: it encrypts sensitive fields and checks answers',
          merchantCertificate: 'When given, the private key and serial are checked against it'
        },
        alipay: {
          appId: '16 digits',
          appPrivateKey: 'The app private key made with the key tool',
          alipayPublicKey:
            'The “Alipay public key”, not the app’s own; leave empty in certificate mode',
          appCertificate: 'appCertPublicKey_….crt; certificate mode needs all three certificates',
          alipayCertificate: 'alipayCertPublicKey_RSA2.crt',
          alipayRootCertificate: 'alipayRootCert.crt',
          appAuthTokens:
            'For mini programs sent on a merchant’s behalf: each merchant’s app_auth_token after it authorised your app, its unified social credit code then the token, one merchant a line'
        },
        listing: {
          tokenServiceUrl: 'Kaitong asks it for a token by platform and the merchant’s credit code',
          tokenServiceSecret: 'Sent to the token service as Authorization: Bearer',
          accessTokens:
            'Without a token service: each merchant’s authorizer access token, its unified social credit code then the token, one merchant a line (two spreadsheet columns paste as such)',
          baseUrl: 'empty: the platform’s own address'
        }
      },
      placeholders: {
        wechatPay: {
          mchid: 'e.g. 1900013511',
          merchantSerial: '40 hexadecimal characters',
          apiV3Key: '32 characters',
          platformKeyId: 'PUB_KEY_ID_…',
          merchantPrivateKey: '-----BEGIN PRIVATE KEY-----',
          platformKey: '-----BEGIN PUBLIC KEY----- or -----BEGIN CERTIFICATE-----',
          merchantCertificate: '-----BEGIN CERTIFICATE-----',
          baseUrl: 'https://api.mch.weixin.qq.com/'
        },
        alipay: {
          appId: 'e.g. 2021000000000001',
          appPrivateKey: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC…',
          alipayPublicKey: 'MIIBIjANBgkqhkiG9w0BAQEFAAOC…',
          appCertificate: '-----BEGIN CERTIFICATE-----',
          alipayCertificate: '-----BEGIN CERTIFICATE-----',
          alipayRootCertificate: '-----BEGIN CERTIFICATE-----',
          gateway: 'https://openapi.alipay.com/gateway.do',
          appAuthTokens: '91440300MA5XXXXXXX  202301BB… (one merchant a line)'
        },
        listing: {
          tokenServiceUrl: 'https://token.example.com/authorizer',
          tokenServiceSecret: 'optional',
          accessTokens: '91440300MA5XXXXXXX  token… (one merchant a line)',
          baseUrl: 'empty: the platform’s own address'
        }
      }
    },
    polling: {
      title: 'Following applications',
      hint: 'While Kaitong is open it asks the platforms where sent applications stand: every few minutes at first, less often while nothing changes (at most every 6 hours). It tells you in the app when the merchant must sign or verify, or when an application is rejected.',
      enabled: 'Ask automatically',
      profile: 'Profile to ask with',
      noProfile:
        'No sending profile yet: create one under “Sending profiles” above, then Kaitong can ask the platforms',
      now: 'Ask now',
      asked: 'Every open application asked',
      open: 'Drafts with applications awaiting a platform: {count}',
      next: 'next {time}',
      last: 'last asked {time}',
      failed: 'The last round did not finish: {message}'
    },
    notice: {
      rejected: '{platform} rejected the application of “{title}”',
      actionNeeded: 'The {platform} application of “{title}” needs {action}',
      someAction: 'the merchant',
      open: 'Click to see the reasons and what to do next'
    },
    bulk: {
      open: 'Send…',
      title: 'Send many',
      intro:
        '{count} draft chosen. Do a dry run first to see what it would send, or why it cannot. | {count} drafts chosen. Do a dry run first to see what each would send, or why it cannot.',
      concurrency: 'At once',
      concurrencyHint:
        'Applications sent at the same time: fewer keeps clear of the platforms’ rate limits.',
      column: {
        draft: 'Merchant',
        platform: 'Platform',
        plan: 'Dry run',
        outcome: 'Outcome',
        reason: 'Reason'
      },
      steps: '{count} step to send | {count} steps to send',
      ready: '{ready} of {total} applications can be sent',
      typeCount: 'Type the number of applications to send ({count}) to confirm',
      production: 'I know these are real applications (WeChat Pay or a production profile)',
      progress: '{done} of {total} applications done',
      sent: '{count} sent',
      rejected: '{count} refused',
      failed: '{count} not finished',
      skipped: '{count} not sent',
      canceled: 'Canceled: {count} application not sent | Canceled: {count} applications not sent',
      outcome: { sent: 'Sent', rejected: 'Refused', failed: 'Not finished', skipped: 'Not sent' },
      cancel: 'Cancel the rest',
      close: 'Close',
      start: 'Send {count} application | Send {count} applications'
    }
  }
)
