import { defineArea } from '../area'

/** Step and sub-step states, all computed from the Review's requirement lists. */
export default defineArea(
  {
    optional: '选填',
    step: {
      done: '已完成',
      errors: '有 {count} 处错误',
      missing: '还缺 {count} 项',
      optional: '尚未开始'
    }
  },
  {
    optional: 'Optional',
    step: {
      done: 'Done',
      errors: '{count} error | {count} errors',
      missing: '{count} still missing',
      optional: 'Not started'
    }
  }
)
