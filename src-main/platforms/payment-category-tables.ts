import alipayMcc from '../../resources/payment-categories/alipay-mcc.json'
import wechatSettlement from '../../resources/payment-categories/wechat-pay-settlement.json'
import { MccTable, SettlementTable } from './payment-categories'

/** The shipped tables (resources/payment-categories/*.json), parsed once. */
export const WECHAT_SETTLEMENT_TABLE: SettlementTable = SettlementTable.parse(wechatSettlement)
export const ALIPAY_MCC_TABLE: MccTable = MccTable.parse(alipayMcc)
