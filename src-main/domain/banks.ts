/**
 * Banks a merchant may settle to, for the settlement account's bank picker. `name` is what
 * Kaitong stores in `settlement.bankName`: for WeChat Pay's direct banks exactly its
 * `account_bank` value, so the adapter can send it unchanged; other banks by their common
 * name, which WeChat receives as `其他银行` with the branch's full name or 联行号.
 */
export interface Bank {
  /** Stored name; WeChat's `account_bank` value for a direct bank. */
  name: string
  /** Registered name, which merchants also search by (`中国工商银行`). */
  fullName: string
  /** The bank's usual Latin abbreviation (`ICBC`), which agency operators search by. */
  abbreviation: string
  /** One of WeChat Pay's direct banks (`account_bank` takes its name, not `其他银行`). */
  wechatDirect: boolean
}

/**
 * WeChat Pay `account_bank` for every bank outside its direct list. [U] The platform facts
 * found no citable copy of WeChat's 开户银行对照表 (payment-onboarding.md §7, §18.11); the 17
 * names below are the list as SDKs publish it (e.g. EasyAbp.Abp.WeChat `AccountBanks`),
 * and WeChat's own error text speaks of "18家直连银行" counting this entry.
 */
export const WECHAT_OTHER_BANK = '其他银行'

export const BANKS: readonly Bank[] = [
  { name: '工商银行', fullName: '中国工商银行', abbreviation: 'ICBC', wechatDirect: true },
  { name: '农业银行', fullName: '中国农业银行', abbreviation: 'ABC', wechatDirect: true },
  { name: '中国银行', fullName: '中国银行', abbreviation: 'BOC', wechatDirect: true },
  { name: '建设银行', fullName: '中国建设银行', abbreviation: 'CCB', wechatDirect: true },
  { name: '交通银行', fullName: '交通银行', abbreviation: 'BOCOM', wechatDirect: true },
  {
    name: '邮政储蓄银行',
    fullName: '中国邮政储蓄银行',
    abbreviation: 'PSBC',
    wechatDirect: true
  },
  { name: '招商银行', fullName: '招商银行', abbreviation: 'CMB', wechatDirect: true },
  { name: '民生银行', fullName: '中国民生银行', abbreviation: 'CMBC', wechatDirect: true },
  { name: '中信银行', fullName: '中信银行', abbreviation: 'CITIC', wechatDirect: true },
  { name: '浦发银行', fullName: '上海浦东发展银行', abbreviation: 'SPDB', wechatDirect: true },
  { name: '兴业银行', fullName: '兴业银行', abbreviation: 'CIB', wechatDirect: true },
  { name: '光大银行', fullName: '中国光大银行', abbreviation: 'CEB', wechatDirect: true },
  { name: '广发银行', fullName: '广发银行', abbreviation: 'CGB', wechatDirect: true },
  { name: '平安银行', fullName: '平安银行', abbreviation: 'PAB', wechatDirect: true },
  { name: '华夏银行', fullName: '华夏银行', abbreviation: 'HXB', wechatDirect: true },
  { name: '北京银行', fullName: '北京银行', abbreviation: 'BOB', wechatDirect: true },
  { name: '宁波银行', fullName: '宁波银行', abbreviation: 'NBCB', wechatDirect: true },
  { name: '上海银行', fullName: '上海银行', abbreviation: 'BOSC', wechatDirect: false },
  { name: '江苏银行', fullName: '江苏银行', abbreviation: 'JSB', wechatDirect: false },
  { name: '南京银行', fullName: '南京银行', abbreviation: 'NJCB', wechatDirect: false },
  { name: '杭州银行', fullName: '杭州银行', abbreviation: 'HZB', wechatDirect: false },
  { name: '浙商银行', fullName: '浙商银行', abbreviation: 'CZB', wechatDirect: false },
  { name: '渤海银行', fullName: '渤海银行', abbreviation: 'CBHB', wechatDirect: false },
  { name: '恒丰银行', fullName: '恒丰银行', abbreviation: 'EGB', wechatDirect: false },
  { name: '徽商银行', fullName: '徽商银行', abbreviation: 'HSB', wechatDirect: false },
  { name: '广州银行', fullName: '广州银行', abbreviation: 'GZCB', wechatDirect: false },
  { name: '长沙银行', fullName: '长沙银行', abbreviation: 'CSCB', wechatDirect: false },
  { name: '成都银行', fullName: '成都银行', abbreviation: 'BOCD', wechatDirect: false },
  { name: '重庆银行', fullName: '重庆银行', abbreviation: 'CQCB', wechatDirect: false },
  { name: '天津银行', fullName: '天津银行', abbreviation: 'TCCB', wechatDirect: false },
  { name: '青岛银行', fullName: '青岛银行', abbreviation: 'QDCCB', wechatDirect: false },
  { name: '厦门银行', fullName: '厦门银行', abbreviation: 'XMCCB', wechatDirect: false },
  { name: '苏州银行', fullName: '苏州银行', abbreviation: 'BOSZ', wechatDirect: false },
  { name: '郑州银行', fullName: '郑州银行', abbreviation: 'ZZBANK', wechatDirect: false },
  { name: '贵阳银行', fullName: '贵阳银行', abbreviation: 'GYCB', wechatDirect: false },
  { name: '汉口银行', fullName: '汉口银行', abbreviation: 'HKB', wechatDirect: false },
  {
    name: '北京农商银行',
    fullName: '北京农村商业银行',
    abbreviation: 'BJRCB',
    wechatDirect: false
  },
  {
    name: '上海农商银行',
    fullName: '上海农村商业银行',
    abbreviation: 'SRCB',
    wechatDirect: false
  },
  {
    name: '广州农商银行',
    fullName: '广州农村商业银行',
    abbreviation: 'GRCB',
    wechatDirect: false
  },
  {
    name: '深圳农商银行',
    fullName: '深圳农村商业银行',
    abbreviation: 'SZRCB',
    wechatDirect: false
  },
  {
    name: '重庆农商银行',
    fullName: '重庆农村商业银行',
    abbreviation: 'CQRCB',
    wechatDirect: false
  },
  { name: '微众银行', fullName: '深圳前海微众银行', abbreviation: 'WEBANK', wechatDirect: false },
  { name: '网商银行', fullName: '浙江网商银行', abbreviation: 'MYBANK', wechatDirect: false },
  { name: '东亚银行', fullName: '东亚银行（中国）', abbreviation: 'BEA', wechatDirect: false },
  { name: '汇丰银行', fullName: '汇丰银行（中国）', abbreviation: 'HSBC', wechatDirect: false },
  { name: '渣打银行', fullName: '渣打银行（中国）', abbreviation: 'SCB', wechatDirect: false }
]

/** WeChat Pay's `account_bank` enum: the direct banks' names and `其他银行`. */
export const WECHAT_ACCOUNT_BANKS: readonly string[] = [
  ...BANKS.filter((bank) => bank.wechatDirect).map((bank) => bank.name),
  WECHAT_OTHER_BANK
]

/** The listed bank a typed name denotes (its stored or full name), or null. */
export function findBank(name: string): Bank | null {
  return BANKS.find((bank) => bank.name === name || bank.fullName === name) ?? null
}
