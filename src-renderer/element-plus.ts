/**
 * Element Plus, only the parts the screens use, instead of the whole library: named imports
 * (tree-shaken) with each one's CSS. The heavy ones no first screen shows (tables, pickers,
 * selects) load with their CSS the first time one renders. A tag not listed here renders
 * nothing: element-plus.test.ts fails until every `<el-…>` tag in src-renderer is listed.
 */
import { defineAsyncComponent, type App, type Component } from 'vue'
import type * as Lazy from './element-plus-lazy'
import type * as Select from './element-plus-select'
import {
  ElAlert,
  ElBadge,
  ElButton,
  ElCheckbox,
  ElCheckboxGroup,
  ElConfigProvider,
  ElDialog,
  ElDrawer,
  ElDivider,
  ElEmpty,
  ElIcon,
  ElInput,
  ElLink,
  ElProgress,
  ElRadio,
  ElRadioButton,
  ElRadioGroup,
  ElScrollbar,
  ElSwitch,
  ElTag,
  ElText,
  ElLoading
} from 'element-plus'
import 'element-plus/es/components/alert/style/css'
import 'element-plus/es/components/badge/style/css'
import 'element-plus/es/components/button/style/css'
import 'element-plus/es/components/checkbox/style/css'
import 'element-plus/es/components/checkbox-group/style/css'
import 'element-plus/es/components/config-provider/style/css'
import 'element-plus/es/components/dialog/style/css'
import 'element-plus/es/components/divider/style/css'
import 'element-plus/es/components/drawer/style/css'
import 'element-plus/es/components/empty/style/css'
import 'element-plus/es/components/icon/style/css'
import 'element-plus/es/components/input/style/css'
import 'element-plus/es/components/link/style/css'
import 'element-plus/es/components/progress/style/css'
import 'element-plus/es/components/radio/style/css'
import 'element-plus/es/components/radio-button/style/css'
import 'element-plus/es/components/radio-group/style/css'
import 'element-plus/es/components/scrollbar/style/css'
import 'element-plus/es/components/switch/style/css'
import 'element-plus/es/components/tag/style/css'
import 'element-plus/es/components/text/style/css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import 'element-plus/es/components/loading/style/css'

type LazyName = keyof typeof Lazy
type SelectName = keyof typeof Select

const LAZY: readonly LazyName[] = [
  'ElAutocomplete',
  'ElCascader',
  'ElDatePicker',
  'ElDescriptions',
  'ElDescriptionsItem',
  'ElDropdown',
  'ElDropdownItem',
  'ElDropdownMenu',
  'ElInputTag',
  'ElPagination',
  'ElPopover',
  'ElSegmented',
  'ElStep',
  'ElSteps',
  'ElTable',
  'ElTableColumn',
  'ElTooltip',
  'ElUpload'
]

const SELECT: readonly SelectName[] = ['ElSelect', 'ElOption']

export const ELEMENT_COMPONENTS: Readonly<Record<string, Component>> = {
  ElAlert,
  ElBadge,
  ElButton,
  ElCheckbox,
  ElCheckboxGroup,
  ElConfigProvider,
  ElDialog,
  ElDrawer,
  ElDivider,
  ElEmpty,
  ElIcon,
  ElInput,
  ElLink,
  ElProgress,
  ElRadio,
  ElRadioButton,
  ElRadioGroup,
  ElScrollbar,
  ElSwitch,
  ElTag,
  ElText,
  ...Object.fromEntries(
    LAZY.map((name) => [
      name,
      defineAsyncComponent(() => import('./element-plus-lazy').then((module) => module[name]))
    ])
  ),
  ...Object.fromEntries(
    SELECT.map((name) => [
      name,
      defineAsyncComponent(() => import('./element-plus-select').then((module) => module[name]))
    ])
  )
}

export function installElementPlus(app: App): void {
  for (const [name, component] of Object.entries(ELEMENT_COMPONENTS)) {
    app.component(name, component)
  }
  app.use(ElLoading)
}
