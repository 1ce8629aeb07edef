import { defineArea } from '../area'

/**
 * The journey's guidance (journey-guide): what happens after export, the technical-details
 * disclosure, prefilled fields kept in sync, and the mini-program AppID shared by the listing
 * and WeChat Pay. Facts come from /work/shared/platforms/*.md.
 */
export default defineArea(
  {
    techDetails: '给服务商的技术细节',
    synced: {
      same: {
        licence: '与营业执照一致',
        contact: '与商户联系人一致',
        storeAddress: '按门店地址填写'
      },
      use: {
        licence: '改为与营业执照一致：{value}',
        contact: '改为与商户联系人一致：{value}',
        storeAddress: '改为门店地址所在地区：{value}'
      }
    },
    appId: {
      label: '微信小程序 AppID',
      where:
        '先在微信公众平台注册小程序，AppID 在“开发管理 → 开发设置”中，以 wx 开头共 18 位。这里填写一次，微信支付的“小程序”经营场景也使用它。',
      sharedWhere:
        '小程序 AppID 属于小程序上架资料，在“小程序上架”步骤填写一次，这里直接使用。还没有注册小程序时，可以先不勾选“小程序”场景。',
      missing: '还没有填写',
      go: '去“小程序上架”填写',
      untick: '还没有小程序？不勾选“小程序”场景'
    },
    next: {
      title: '接下来会发生什么',
      hint: '提交包已写好。下面按平台说明谁来提交、商户需要在哪里确认或签约。',
      openSummary: '打开核对摘要',
      summaryOpened: '核对摘要已在浏览器中打开',
      summarySaved: '核对摘要已保存到 {path}',
      reviewTime:
        '审核时长：平台没有公布固定的审核时长，进度以平台后台和通知为准，请向服务商询问。',
      platforms: {
        'wechat-pay': [
          '服务商把提交包交给微信支付（特约商户进件）。',
          '提交后，超级管理员会收到签约链接：用微信扫码，在“微信支付商家助手”中核对联系信息、完成账户验证并签约。',
          '被驳回后按原因修改，再次导出会使用新的业务申请编号。'
        ],
        alipay: [
          '服务商把提交包交给支付宝。',
          '直付通：绑定的支付宝账号持有人需要在支付宝中确认；代签约：商户会收到确认链接，15 天内未确认需要重新提交。'
        ],
        'wechat-mp': [
          '服务商在微信开放平台为小程序提交代码审核。',
          '同一时间只能有一个版本在审核中；审核通过后由服务商发布。'
        ],
        'alipay-mp': [
          '服务商在支付宝开放平台为小程序提交审核。',
          '创建后 30 天内没有审核通过的版本，小程序名称可能被释放。'
        ],
        'douyin-mp': ['服务商在抖音开放平台为小程序提交审核。', '同一时间只能有一个版本在审核中。'],
        'baidu-mp': ['服务商在百度智能小程序平台提交审核。', '审核结果以平台通知为准。']
      }
    }
  },
  {
    techDetails: 'Technical details for your service provider',
    synced: {
      same: {
        licence: 'Same as on the business licence',
        contact: 'Same as the merchant’s contact',
        storeAddress: 'Taken from the store address'
      },
      use: {
        licence: 'Use the business licence’s: {value}',
        contact: 'Use the merchant’s contact: {value}',
        storeAddress: 'Use the store address’s district: {value}'
      }
    },
    appId: {
      label: 'WeChat mini program AppID',
      where:
        'Register the mini program on the WeChat Official Accounts Platform first; its AppID (18 characters starting wx) is under Development → Development settings. Typed once here, it also serves WeChat Pay’s mini program sales scene.',
      sharedWhere:
        'The mini program’s AppID belongs to the listing: type it once in the Mini-program listing step and it is used here. Without a registered mini program yet, untick the mini program scene for now.',
      missing: 'Not filled in yet',
      go: 'Fill it in under Mini-program listing',
      untick: 'No mini program yet? Untick the mini program scene'
    },
    next: {
      title: 'What happens next',
      hint: 'The bundles are written. For each platform: who submits it, and where the merchant confirms or signs.',
      openSummary: 'Open the summary to check',
      summaryOpened: 'The summary is open in your browser',
      summarySaved: 'The summary is saved at {path}',
      reviewTime:
        'Review time: the platforms publish no fixed review time; the platform’s console and notices show progress — ask your service provider.',
      platforms: {
        'wechat-pay': [
          'Your service provider submits the bundle to WeChat Pay (sub-merchant application).',
          'The administrator then gets a signing link: scan it with WeChat and, in “WeChat Pay Merchant Assistant”, check the contact details, verify the account and sign.',
          'If it is rejected, fix what the reason says; exporting again uses a new application number.'
        ],
        alipay: [
          'Your service provider submits the bundle to Alipay.',
          'ZFT: the holder of the bound Alipay account confirms in Alipay. Signing on the merchant’s behalf: the merchant gets a confirmation link and must confirm within 15 days, or it is submitted again.'
        ],
        'wechat-mp': [
          'Your service provider submits the mini program’s code for review on the WeChat Open Platform.',
          'Only one version can be in review at a time; once approved, the service provider releases it.'
        ],
        'alipay-mp': [
          'Your service provider submits the mini program for review on the Alipay Open Platform.',
          'Without an approved version within 30 days of creation, the mini program’s name may be released.'
        ],
        'douyin-mp': [
          'Your service provider submits the mini program for review on the Douyin Open Platform.',
          'Only one version can be in review at a time.'
        ],
        'baidu-mp': [
          'Your service provider submits the mini program for review on Baidu’s smart mini program platform.',
          'The platform’s notice gives the result.'
        ]
      }
    }
  }
)
