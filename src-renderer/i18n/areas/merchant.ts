import { defineArea } from '../area'

/** The Merchant step (the profile's sub-steps). */
export default defineArea(
  {
    registeredName: '商户名称（与营业执照一致）',
    registeredNamePlaceholder: '例如：杭州小笼包餐饮有限公司',
    contactName: '联系人姓名',
    contactMobile: '联系人手机号',
    contactMobilePlaceholder: '11 位手机号'
  },
  {
    registeredName: 'Merchant name (as on the business licence)',
    registeredNamePlaceholder: 'e.g. Hangzhou Xiaolongbao Catering Co., Ltd.',
    contactName: 'Contact name',
    contactMobile: 'Contact mobile',
    contactMobilePlaceholder: '11-digit mobile number'
  }
)
