/**
 * The select, loaded on first use like element-plus-lazy.ts but on its own: the drafts list's
 * filters show one, and it should not bring the tables, pickers and uploads with it.
 */
import 'element-plus/es/components/option/style/css'
import 'element-plus/es/components/select/style/css'

export { ElOption, ElSelect } from 'element-plus'
