import { defineArea } from '../area'

/** The drafts list at agency scale: search, filters, per-row status, selection, duplicate. */
export default defineArea(
  {
    searchPlaceholder: '按商户名称、简称、统一社会信用代码、联系人或拼音首字母查找',
    found: '找到 {shown} 个，共 {total} 个草稿',
    noMatch: '没有符合条件的草稿。',
    summaries:
      '升级后正在整理每份草稿的完成度与状态（{done} / {total}），完成前搜索和筛选可能不全。',
    status: {
      all: '全部状态',
      incomplete: '未完成',
      ready: '可导出',
      exported: '已导出',
      errors: '有错误'
    },
    allPlatforms: '全部平台',
    sort: {
      updated: '按最后编辑',
      name: '按名称',
      completeness: '按完成度'
    },
    row: {
      select: '选择“{title}”',
      noMerchant: '尚未填写商户名称',
      usccTail: '信用代码尾号 {tail}',
      completeness: '已完成 {percent}%',
      ready: '可导出',
      due: '还差 {count} 项',
      errors: '{count} 个错误',
      noTarget: '未选择开通平台',
      targetDue: '{platform}：还差 {count} 项',
      targetErrors: '{platform}：{count} 个错误',
      targetReady: '{platform}：可导出',
      edited: '最后编辑 {time}',
      exported: '已导出第 {revision} 版',
      duplicate: '复制',
      duplicateHint: '复制为同一营业执照下的另一家门店',
      loading: '正在载入…',
      pending: '正在整理状态…'
    },
    selection: {
      selectAll: '全选 {count} 个',
      selected: '已选 {count} 个',
      clear: '取消选择',
      export: '导出所选',
      delete: '删除所选'
    },
    deleteManyTitle: '删除草稿',
    deleteManyConfirm: '确定删除所选的 {count} 个草稿吗？草稿及其历史版本将被删除，无法恢复。',
    deletedMany: '已删除 {count} 个草稿',
    duplicateTitle: '{title}（新门店）',
    duplicated: '已复制。同一营业执照的资料已带入，请填写新门店的名称、地址和照片。'
  },
  {
    searchPlaceholder: 'Find by merchant name, short name, USCC, contact or pinyin initials',
    found: '{shown} of {total} drafts',
    noMatch: 'No draft matches.',
    summaries:
      'After the upgrade, working out each draft’s completeness and status ({done} / {total}); until it is done, search and filters may miss drafts.',
    status: {
      all: 'Any status',
      incomplete: 'Incomplete',
      ready: 'Ready',
      exported: 'Exported',
      errors: 'With errors'
    },
    allPlatforms: 'All platforms',
    sort: {
      updated: 'Last edited',
      name: 'Name',
      completeness: 'Completeness'
    },
    row: {
      select: 'Select “{title}”',
      noMerchant: 'No merchant name yet',
      usccTail: 'USCC ending {tail}',
      completeness: '{percent}% complete',
      ready: 'Ready',
      due: '{count} still due',
      errors: '{count} error | {count} errors',
      noTarget: 'No platform chosen',
      targetDue: '{platform}: {count} still due',
      targetErrors: '{platform}: {count} error | {platform}: {count} errors',
      targetReady: '{platform}: ready',
      edited: 'Last edited {time}',
      exported: 'Revision {revision} exported',
      duplicate: 'Copy',
      duplicateHint: 'Copy for another store under the same licence',
      loading: 'Loading…',
      pending: 'Working out its status…'
    },
    selection: {
      selectAll: 'Select the one draft | Select all {count}',
      selected: '{count} selected',
      clear: 'Clear selection',
      export: 'Export selected',
      delete: 'Delete selected'
    },
    deleteManyTitle: 'Delete drafts',
    deleteManyConfirm:
      'Delete the selected draft? The draft and its history will be deleted for good. | Delete the {count} selected drafts? The drafts and their history will be deleted for good.',
    deletedMany: '{count} draft deleted | {count} drafts deleted',
    duplicateTitle: '{title} (new store)',
    duplicated:
      'Copied. The licence details came along; fill in the new store’s name, address and photos.'
  }
)
