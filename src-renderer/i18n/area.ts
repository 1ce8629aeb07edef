/**
 * An area's interface text in both languages. `en` must have exactly zh-CN's shape, so a
 * key added in one language and forgotten in the other fails the typecheck.
 */
export interface AreaMessages<T> {
  'zh-CN': T
  en: T
}

export function defineArea<T>(zhCN: T, en: NoInfer<T>): AreaMessages<T> {
  return { 'zh-CN': zhCN, en }
}
