import { defineArea } from '../area'

/** The Settings view: language, the WeChat Pay platform key, precheck rule levels. */
export default defineArea(
  {
    title: '设置',
    hint: '这里的设置对所有草稿生效。',
    loadFailed: '未能读取设置：{message}',
    language: {
      title: '界面语言',
      hint: '检查结果、提交包说明和命令行使用同一套中英文文字。'
    },
    wechatPayKey: {
      title: '微信支付平台公钥',
      hint: '导出微信支付提交包时，开通用它加密身份证号、银行账号等敏感字段。'
    },
    rules: {
      title: '预检规则',
      hint: '每条规则的级别：“错误”会阻止导出，“提醒”只列在检查结果和提交包说明中，“关闭”则不再检查。',
      search: '按编号、说明或拼音搜索',
      allPlatforms: '全部平台',
      changedOnly: '只看已修改',
      count: '共 {total} 条规则，已修改 {changed} 条',
      shown: '显示 {shown} 条',
      empty: '没有符合条件的规则。',
      columns: {
        rule: '规则',
        description: '说明',
        default: '默认级别',
        level: '级别'
      },
      levels: {
        error: '错误',
        warning: '提醒',
        off: '关闭'
      },
      levelHints: {
        error: '阻止导出',
        warning: '不阻止导出',
        off: '不检查'
      },
      media: '图片',
      changed: '已修改',
      reset: '恢复默认',
      saved: '已将 {rule} 设为“{level}”',
      saveFailed: '未能保存：{message}'
    },
    topics: {
      name: '名称',
      shortName: '简称',
      englishName: '英文名称',
      intro: '简介',
      description: '描述',
      logo: '图标',
      screenshots: '截图',
      images: '图片',
      categories: '类目与资质',
      ugc: 'UGC 声明',
      tags: '标签',
      pages: '页面',
      privacy: '隐私保护',
      service: '客服与服务区域',
      audit: '提审信息',
      merchant: '商户资料',
      other: '其他'
    }
  },
  {
    title: 'Settings',
    hint: 'These settings apply to every draft.',
    loadFailed: 'Could not read the settings: {message}',
    language: {
      title: 'Language',
      hint: 'The checks, the bundle summary and the command line share the same Chinese and English texts.'
    },
    wechatPayKey: {
      title: 'WeChat Pay platform key',
      hint: 'When exporting WeChat Pay bundles, Kaitong encrypts ID and bank account numbers with it.'
    },
    rules: {
      title: 'Precheck rules',
      hint: 'Each rule’s level: “Error” blocks export, “Warning” is only listed in the checks and the bundle summary, “Off” skips the check.',
      search: 'Search by id, text or pinyin',
      allPlatforms: 'All platforms',
      changedOnly: 'Changed only',
      count: '{total} rules, {changed} changed',
      shown: '{shown} shown',
      empty: 'No rule matches.',
      columns: {
        rule: 'Rule',
        description: 'Description',
        default: 'Default',
        level: 'Level'
      },
      levels: {
        error: 'Error',
        warning: 'Warning',
        off: 'Off'
      },
      levelHints: {
        error: 'blocks export',
        warning: 'does not block',
        off: 'not checked'
      },
      media: 'Picture',
      changed: 'Changed',
      reset: 'Reset',
      saved: '{rule} set to “{level}”',
      saveFailed: 'Not saved: {message}'
    },
    topics: {
      name: 'Name',
      shortName: 'Short name',
      englishName: 'English name',
      intro: 'Intro',
      description: 'Description',
      logo: 'Icon',
      screenshots: 'Screenshots',
      images: 'Pictures',
      categories: 'Categories',
      ugc: 'UGC declaration',
      tags: 'Tags',
      pages: 'Pages',
      privacy: 'Privacy',
      service: 'Service contact and region',
      audit: 'Submission details',
      merchant: 'Merchant profile',
      other: 'Other'
    }
  }
)
