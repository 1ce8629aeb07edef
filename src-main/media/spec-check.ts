import type { IssueParams } from '../domain/issue'
import type { ImageFormat, ImageSpec } from '../platforms/adapter'
import { formatBytes } from './media-error'
import type { ImageKind } from './sniff'

/** What is known about a picture without decoding it: its media row, plus the colour space when read. */
export interface ImageFacts {
  format: ImageKind
  width: number
  height: number
  bytes: number
  /** libvips interpretation from the header; only `cmyk` is a problem. */
  space?: string
}

export type SpecProblemCode =
  | 'media.spec_format'
  | 'media.spec_max_bytes'
  | 'media.spec_min_bytes'
  | 'media.spec_width_min'
  | 'media.spec_width_max'
  | 'media.spec_width_exact'
  | 'media.spec_height_min'
  | 'media.spec_height_max'
  | 'media.spec_height_exact'
  | 'media.spec_square'
  | 'media.spec_aspect'
  | 'media.spec_cmyk'

export interface SpecProblem {
  code: SpecProblemCode
  params: IssueParams
}

export interface SpecVerdict {
  ok: boolean
  problems: SpecProblem[]
}

/**
 * Whether a picture meets a platform's slot rule as it is, without converting it: the
 * per-platform badge of a slot, and the proof that a normalised variant is acceptable.
 */
export function checkAgainstSpec(facts: ImageFacts, spec: ImageSpec): SpecVerdict {
  const problems: SpecProblem[] = []
  const add = (code: SpecProblemCode, params: IssueParams): void => {
    problems.push({ code, params })
  }
  if (!isAllowedFormat(facts.format, spec.formats)) {
    add('media.spec_format', { format: facts.format, allowed: spec.formats.join(', ') })
  }
  if (facts.bytes > spec.maxBytes) {
    add('media.spec_max_bytes', {
      size: formatBytes(facts.bytes),
      maxSize: formatBytes(spec.maxBytes)
    })
  }
  if (spec.minBytes !== undefined && facts.bytes < spec.minBytes) {
    add('media.spec_min_bytes', {
      size: formatBytes(facts.bytes),
      minSize: formatBytes(spec.minBytes)
    })
  }
  checkDimension(facts.width, spec.width, 'width', add)
  checkDimension(facts.height, spec.height, 'height', add)
  if (spec.square && facts.width !== facts.height) {
    add('media.spec_square', { width: facts.width, height: facts.height })
  }
  if (spec.aspect) {
    const ratio = facts.width / facts.height
    if (Math.abs(ratio - spec.aspect.ratio) > spec.aspect.ratio * spec.aspect.tolerance) {
      add('media.spec_aspect', {
        ratio: roundRatio(ratio),
        expected: roundRatio(spec.aspect.ratio)
      })
    }
  }
  // Alipay refuses CMYK JPEGs outright; no platform documents accepting them, so all get it.
  if (facts.space === 'cmyk') add('media.spec_cmyk', {})
  return { ok: problems.length === 0, problems }
}

function isAllowedFormat(format: ImageKind, allowed: readonly ImageFormat[]): boolean {
  return allowed.some((candidate) => candidate === format)
}

function checkDimension(
  value: number,
  rule: ImageSpec['width'],
  axis: 'width' | 'height',
  add: (code: SpecProblemCode, params: IssueParams) => void
): void {
  if (!rule) return
  if (rule.exact !== undefined && value !== rule.exact) {
    add(`media.spec_${axis}_exact`, { value, exact: rule.exact })
  }
  if (rule.min !== undefined && value < rule.min)
    add(`media.spec_${axis}_min`, { value, min: rule.min })
  if (rule.max !== undefined && value > rule.max)
    add(`media.spec_${axis}_max`, { value, max: rule.max })
}

function roundRatio(ratio: number): number {
  return Math.round(ratio * 100) / 100
}
