import type { MessageCatalogue } from './issue'

/**
 * Every message about pictures, in both languages: import refusals and normalisation
 * failures (MediaError codes) and the per-platform slot verdicts (spec problems).
 */
export const MEDIA_MESSAGES = {
  'media.unknown_slot': {
    'zh-CN': '{platform} 没有名为 {slot} 的图片位置',
    en: '{platform} has no picture slot named {slot}'
  },
  'media.bad_upload': {
    'zh-CN': '图片没有完整传到应用里，请重新选择',
    en: 'The picture did not reach the app intact; choose it again'
  },
  'media.empty': {
    'zh-CN': '文件是空的（0 字节），请重新选择图片',
    en: 'The file is empty (0 bytes); choose the picture again'
  },
  'media.unsupported_type': {
    'zh-CN': '不支持此类文件（{kind}）：请使用 JPEG、PNG、WebP、GIF、BMP 或 AVIF 图片',
    en: 'This kind of file ({kind}) is not supported: use a JPEG, PNG, WebP, GIF, BMP or AVIF picture'
  },
  'media.truncated': {
    'zh-CN': '图片文件不完整（{kind}），可能没有复制或下载完，请重新获取原图',
    en: 'The picture ({kind}) is cut short, perhaps an unfinished copy or download; get the original again'
  },
  'media.decode_failed': {
    'zh-CN': '图片已损坏，无法读取（{kind}），请重新导出或拍摄',
    en: 'The picture ({kind}) is damaged and cannot be read; export or take it again'
  },
  'media.too_large_bytes': {
    'zh-CN': '文件太大：{size}，最大 {maxSize}',
    en: 'The file is too large: {size}, at most {maxSize}'
  },
  'media.too_many_pixels': {
    'zh-CN':
      '图片尺寸过大：{width}×{height}（{megapixels} 百万像素），最多 {maxMegapixels} 百万像素',
    en: 'The picture is too big: {width}×{height} ({megapixels} megapixels), at most {maxMegapixels} megapixels'
  },
  'media.invalid_crop': {
    'zh-CN': '裁剪框超出图片范围（图片为 {sourceWidth}×{sourceHeight}）',
    en: 'The crop box lies outside the picture ({sourceWidth}×{sourceHeight})'
  },
  'media.cannot_fit': {
    'zh-CN':
      '无法压缩到 {maxSize} 以内：缩小到 {width}×{height}、最低画质的 {format} 仍有 {smallestSize}。请换一张更简单或更小的图片',
    en: 'Cannot get it under {maxSize}: even at {width}×{height} and the lowest quality, the {format} is {smallestSize}. Use a simpler or smaller picture'
  },
  'media.below_min_bytes': {
    'zh-CN': '图片太小：最高画质也只有 {largestSize}，平台要求至少 {minSize}。请换一张更清晰的图片',
    en: 'The picture is too small: {largestSize} at the highest quality, and the platform needs at least {minSize}. Use a sharper picture'
  },
  'media.no_writable_format': {
    'zh-CN': '无法生成平台要求的格式（{formats}）',
    en: 'Cannot write any of the formats the platform takes ({formats})'
  },
  'media.not_found': {
    'zh-CN': '找不到这张图片，可能已被删除',
    en: 'This picture cannot be found; it may have been removed'
  },
  'media.unreadable': {
    'zh-CN': '这张图片的加密文件无法解开（文件已损坏或密钥不符），请重新导入',
    en: 'The encrypted file of this picture cannot be opened (damaged, or another key); import it again'
  },
  'media.spec_format': {
    'zh-CN': '格式为 {format}，平台只接受 {allowed}（导出时会转换）',
    en: 'The format is {format}; the platform takes only {allowed} (converted on export)'
  },
  'media.spec_max_bytes': {
    'zh-CN': '文件 {size}，超过平台上限 {maxSize}（导出时会压缩）',
    en: 'The file is {size}, over the platform limit of {maxSize} (compressed on export)'
  },
  'media.spec_min_bytes': {
    'zh-CN': '文件 {size}，小于平台下限 {minSize}',
    en: 'The file is {size}, under the platform minimum of {minSize}'
  },
  'media.spec_width_min': {
    'zh-CN': '宽度 {value} 像素，平台要求至少 {min} 像素',
    en: 'The width is {value} px; the platform needs at least {min} px'
  },
  'media.spec_width_max': {
    'zh-CN': '宽度 {value} 像素，平台最多 {max} 像素（导出时会缩小）',
    en: 'The width is {value} px; the platform takes at most {max} px (scaled down on export)'
  },
  'media.spec_width_exact': {
    'zh-CN': '宽度 {value} 像素，平台要求正好 {exact} 像素（导出时会调整）',
    en: 'The width is {value} px; the platform needs exactly {exact} px (resized on export)'
  },
  'media.spec_height_min': {
    'zh-CN': '高度 {value} 像素，平台要求至少 {min} 像素',
    en: 'The height is {value} px; the platform needs at least {min} px'
  },
  'media.spec_height_max': {
    'zh-CN': '高度 {value} 像素，平台最多 {max} 像素（导出时会缩小）',
    en: 'The height is {value} px; the platform takes at most {max} px (scaled down on export)'
  },
  'media.spec_height_exact': {
    'zh-CN': '高度 {value} 像素，平台要求正好 {exact} 像素（导出时会调整）',
    en: 'The height is {value} px; the platform needs exactly {exact} px (resized on export)'
  },
  'media.spec_square': {
    'zh-CN': '图片为 {width}×{height}，平台要求正方形（请裁剪，否则导出时居中裁剪）',
    en: 'The picture is {width}×{height}; the platform needs a square (crop it, or it is centre-cropped on export)'
  },
  'media.spec_aspect': {
    'zh-CN': '宽高比为 {ratio}，平台要求约 {expected}（导出时居中裁剪）',
    en: 'The aspect ratio is {ratio}; the platform needs about {expected} (centre-cropped on export)'
  },
  'media.spec_cmyk': {
    'zh-CN': '图片为 CMYK 印刷色彩，平台不接受（导出时转换为 RGB）',
    en: 'The picture uses CMYK print colours, which the platform refuses (converted to RGB on export)'
  }
} satisfies MessageCatalogue

export type MediaMessageCode = keyof typeof MEDIA_MESSAGES
