import { defineArea } from '../area'

/**
 * Picture fields: import, crop, per-platform verdicts. Refusals and spec problems are not
 * here: they come from the domain catalogue (MEDIA_MESSAGES), which the CLI prints too.
 * vue-i18n reserves `@`, `|`, `{` and `}`: write them as {'@'} and so on.
 */
export default defineArea(
  {
    drop: {
      choose: '选择图片',
      or: '或拖入、粘贴（Ctrl/⌘+V）',
      formats: 'JPG、PNG、WebP、GIF、BMP、HEIC/AVIF，按文件内容识别格式',
      release: '松开即可添加'
    },
    phase: {
      reading: '正在读取…',
      importing: '正在导入并检查…'
    },
    refused: '“{name}”未能添加：{reason}',
    actions: {
      replace: '替换',
      crop: '裁剪',
      remove: '移除',
      moveEarlier: '前移',
      moveLater: '后移',
      add: '添加'
    },
    details: '{width}×{height} · {type} · {size}',
    missing: '找不到这张图片：{reason}',
    verdict: {
      label: '各平台检查',
      checking: '检查中',
      ok: '符合要求',
      adjusted: '导出时调整',
      unfit: '无法满足',
      error: '无法检查',
      exportAs: '导出为 {type} {width}×{height}，{size}',
      noneYet: '勾选发布平台后显示各平台的检查结果'
    },
    list: {
      count: '{count}/{max} 张',
      atLeast: '至少 {min} 张',
      full: '已达上限 {max} 张',
      position: '第 {index} 张',
      dragHint: '拖动或用箭头调整顺序，第 1 张最先展示'
    },
    crop: {
      title: '裁剪图标',
      hint: '拖动方框选择区域，拖动右下角调整大小；图标会被裁成正方形。',
      size: '裁剪区域 {width}×{height} 像素（原图 {sourceWidth}×{sourceHeight}）',
      reset: '选取最大正方形',
      preview: '效果',
      apply: '应用裁剪',
      cropped: '已裁剪',
      area: '裁剪区域'
    }
  },
  {
    drop: {
      choose: 'Choose a picture',
      or: 'or drop or paste it (Ctrl/⌘+V)',
      formats: 'JPG, PNG, WebP, GIF, BMP, HEIC/AVIF, recognised from the file’s content',
      release: 'Release to add'
    },
    phase: {
      reading: 'Reading…',
      importing: 'Importing and checking…'
    },
    refused: '“{name}” was not added: {reason}',
    actions: {
      replace: 'Replace',
      crop: 'Crop',
      remove: 'Remove',
      moveEarlier: 'Move earlier',
      moveLater: 'Move later',
      add: 'Add'
    },
    details: '{width}×{height} · {type} · {size}',
    missing: 'This picture cannot be found: {reason}',
    verdict: {
      label: 'Platform checks',
      checking: 'Checking',
      ok: 'Meets the rules',
      adjusted: 'Adjusted on export',
      unfit: 'Cannot fit',
      error: 'Cannot check',
      exportAs: 'Exported as {type} {width}×{height}, {size}',
      noneYet: 'Tick the platforms to publish on to see their checks'
    },
    list: {
      count: '{count}/{max}',
      atLeast: 'At least {min}',
      full: 'Limit of {max} reached',
      position: 'No. {index}',
      dragHint: 'Drag or use the arrows to reorder; the first is shown first'
    },
    crop: {
      title: 'Crop the icon',
      hint: 'Drag the box to choose the area and its lower-right corner to resize it; icons are cut square.',
      size: 'Crop area {width}×{height} px (picture {sourceWidth}×{sourceHeight})',
      reset: 'Largest square',
      preview: 'Result',
      apply: 'Apply crop',
      cropped: 'Cropped',
      area: 'Crop area'
    }
  }
)
