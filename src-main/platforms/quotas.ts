import type { Lang } from '../domain/issue'
import type { ListingPlatform } from '../domain/listing'

/**
 * What a change costs on each platform, shown next to the field: platforms limit how often a
 * name, icon, intro or category may change, and a wasted change cannot be taken back.
 */

export type QuotaPeriod = 'natural-year' | 'year' | 'month' | 'change-period' | 'after-launch'

export interface ChangeQuota {
  platform: ListingPlatform
  /** The listing field the quota is shown next to. */
  path: string
  /**
   * Changes allowed per period; 0 = none; `unpublished` = limited but the count is not
   * published; `unlimited` = may change at any time.
   */
  limit: number | 'unpublished' | 'unlimited'
  period: QuotaPeriod | null
  /** The sources disagree; `limit` is the stricter reading. */
  uncertain: boolean
  text: Readonly<Record<Lang, string>>
}

export const LISTING_QUOTAS: readonly ChangeQuota[] = [
  {
    platform: 'wechat-mp',
    path: 'listing.name',
    limit: 2,
    period: 'natural-year',
    uncertain: false,
    text: {
      'zh-CN': '每个自然年可改名 2 次（1 月 1 日及完成微信认证后重置为 2 次）',
      en: 'Two renames per calendar year (reset to 2 on 1 January and after WeChat verification)'
    }
  },
  {
    platform: 'wechat-mp',
    path: 'listing.logo',
    limit: 5,
    period: 'year',
    uncertain: false,
    text: {
      'zh-CN': '头像一年内可修改 5 次',
      en: 'The head image can be changed 5 times a year'
    }
  },
  {
    platform: 'wechat-mp',
    path: 'listing.intro',
    limit: 'unpublished',
    period: 'month',
    uncertain: false,
    text: {
      'zh-CN': '简介每月修改次数有限（用完返回 53200），具体次数未公布',
      en: 'The intro may change only a few times a month (53200 when used up); the number is not published'
    }
  },
  {
    platform: 'wechat-mp',
    path: 'listing.categories.wechat-mp',
    limit: 'unpublished',
    period: 'change-period',
    uncertain: false,
    text: {
      'zh-CN': '每个更改周期内添加类目的次数有限（getcategory 返回的 limit / quota，示例为 5 次）',
      en: 'Category additions per change period are limited (limit / quota from getcategory; 5 in the sample)'
    }
  },
  {
    platform: 'alipay-mp',
    path: 'listing.name',
    limit: 0,
    period: 'after-launch',
    uncertain: true,
    text: {
      'zh-CN':
        '上架后名称不可再修改（同一页面另称每个自然年 2 次，按更严的说法处理）；新名称 30 天内未审核通过会被释放',
      en: 'The name cannot change after launch (the same page also says twice a calendar year; the stricter reading is used); a new name is released if not approved within 30 days'
    }
  },
  {
    platform: 'alipay-mp',
    path: 'listing.intro',
    limit: 5,
    period: 'month',
    uncertain: false,
    text: {
      'zh-CN': '一句话介绍每月可修改 5 次',
      en: 'The slogan can be changed 5 times a month'
    }
  },
  {
    platform: 'alipay-mp',
    path: 'listing.categories.alipay-mp',
    limit: 5,
    period: 'month',
    uncertain: false,
    text: {
      'zh-CN': '类目每月可修改 5 次，上架后只能随版本提审修改',
      en: 'Categories can be changed 5 times a month, and after launch only with a version submitted for review'
    }
  },
  {
    platform: 'alipay-mp',
    path: 'listing.servicePhone',
    limit: 5,
    period: 'month',
    uncertain: false,
    text: {
      'zh-CN': '客服电话每月可修改 5 次',
      en: 'The service phone can be changed 5 times a month'
    }
  },
  {
    platform: 'alipay-mp',
    path: 'listing.logo',
    limit: 'unlimited',
    period: null,
    uncertain: false,
    text: {
      'zh-CN': 'Logo 随时可改，新版本审核通过并上架后生效',
      en: 'The logo can change at any time; it shows once a new version is approved and online'
    }
  },
  {
    platform: 'alipay-mp',
    path: 'listing.description',
    limit: 'unlimited',
    period: null,
    uncertain: false,
    text: {
      'zh-CN': '描述随时可改，新版本审核通过并上架后生效',
      en: 'The description can change at any time; it shows once a new version is approved and online'
    }
  },
  {
    platform: 'douyin-mp',
    path: 'listing.name',
    limit: 'unpublished',
    period: null,
    uncertain: false,
    text: {
      'zh-CN': '改名次数有限（用完返回 20105），具体次数未公布；长期不提审名称会被重置（10109）',
      en: 'Renames are limited (20105 when used up), the number is not published; a name is reset if no version is submitted for a long time (10109)'
    }
  },
  {
    platform: 'douyin-mp',
    path: 'listing.categories.douyin-mp',
    limit: 3,
    period: 'month',
    uncertain: true,
    text: {
      'zh-CN': '类目每月可修改 3 次（补充资质的文档写 5 次，按更严的说法处理）',
      en: 'Categories can be changed 3 times a month (the qualification page says 5; the stricter reading is used)'
    }
  },
  {
    platform: 'baidu-mp',
    path: 'listing.name',
    limit: 'unpublished',
    period: null,
    uncertain: false,
    text: {
      'zh-CN': '改名次数有限（用完返回 47004），具体次数未公布，每次修改需审核',
      en: 'Renames are limited (47004 when used up), the number is not published; every change is reviewed'
    }
  },
  {
    platform: 'baidu-mp',
    path: 'listing.logo',
    limit: 'unpublished',
    period: null,
    uncertain: false,
    text: {
      'zh-CN': '头像修改次数有限（用完返回 47005），具体次数未公布，每次修改需审核',
      en: 'Head-image changes are limited (47005 when used up), the number is not published; every change is reviewed'
    }
  },
  {
    platform: 'baidu-mp',
    path: 'listing.intro',
    limit: 'unpublished',
    period: null,
    uncertain: false,
    text: {
      'zh-CN': '简介修改次数有限（用完返回 47006），具体次数未公布，每次修改需审核',
      en: 'Intro changes are limited (47006 when used up), the number is not published; every change is reviewed'
    }
  },
  {
    platform: 'baidu-mp',
    path: 'listing.categories.baidu-mp',
    limit: 'unpublished',
    period: null,
    uncertain: false,
    text: {
      'zh-CN': '类目修改次数有限（用完返回 47007），每次提交整体覆盖已设类目',
      en: 'Category changes are limited (47007 when used up); each update replaces all categories'
    }
  }
]

/** The quotas of a platform, or of one field on it. */
export function quotasFor(platform: ListingPlatform, path?: string): ChangeQuota[] {
  return LISTING_QUOTAS.filter(
    (quota) => quota.platform === platform && (path === undefined || quota.path === path)
  )
}
