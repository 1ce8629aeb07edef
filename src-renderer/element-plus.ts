/**
 * Element Plus, only the parts the screens use, instead of the whole library: named imports
 * (tree-shaken) with each one's CSS. Those the drafts list (the first screen) does not show
 * load with their CSS the first time one renders. A tag not listed here renders
 * nothing: element-plus.test.ts fails until every `<el-…>` tag in src-renderer is listed.
 */
import { defineAsyncComponent, type App, type Component } from 'vue'
import type * as Lazy from './element-plus-lazy'
import type * as Select from './element-plus-select'
import {
  ElAlert,
  ElButton,
  ElCheckbox,
  ElCheckboxGroup,
  ElConfigProvider,
  ElDialog,
  ElIcon,
  ElInput,
  ElProgress,
  ElRadio,
  ElRadioButton,
  ElRadioGroup
} from 'element-plus'
import 'element-plus/es/components/alert/style/css'
import 'element-plus/es/components/button/style/css'
import 'element-plus/es/components/checkbox/style/css'
import 'element-plus/es/components/checkbox-group/style/css'
import 'element-plus/es/components/config-provider/style/css'
import 'element-plus/es/components/dialog/style/css'
import 'element-plus/es/components/icon/style/css'
import 'element-plus/es/components/input/style/css'
import 'element-plus/es/components/progress/style/css'
import 'element-plus/es/components/radio/style/css'
import 'element-plus/es/components/radio-button/style/css'
import 'element-plus/es/components/radio-group/style/css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'

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
  'ElDrawer',
  'ElInputTag',
  'ElPagination',
  'ElPopover',
  'ElSegmented',
  'ElStep',
  'ElSteps',
  'ElSwitch',
  'ElTable',
  'ElTableColumn',
  'ElTag',
  'ElTooltip',
  'ElUpload'
]

const SELECT: readonly SelectName[] = ['ElSelect', 'ElOption']

export const ELEMENT_COMPONENTS: Readonly<Record<string, Component>> = {
  ElAlert,
  ElButton,
  ElCheckbox,
  ElCheckboxGroup,
  ElConfigProvider,
  ElDialog,
  ElIcon,
  ElInput,
  ElProgress,
  ElRadio,
  ElRadioButton,
  ElRadioGroup,
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
}
