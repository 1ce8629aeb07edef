import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { planCalls } from '../../../src-main/bundle/plan'
import { renderReadme } from '../../../src-main/bundle/readme'
import type { BundleAbout } from '../../../src-main/bundle/summary'
import type { BundlePart, PlatformId } from '../../../src-main/platforms/adapter'
import { alipayAdapter } from '../../../src-main/platforms/alipay'

/** README.txt over the recorded platform examples, as the bundle writer plans them. */
const FIXTURES = join(import.meta.dirname, '../../fixtures/platforms')

function example(path: string): BundlePart[] {
  return JSON.parse(readFileSync(join(FIXTURES, path), 'utf8')) as BundlePart[]
}

function about(platform: PlatformId): BundleAbout {
  return {
    platform,
    merchant: '深圳市山海咖啡餐饮管理有限公司',
    title: '山海咖啡',
    draftId: 'draft-1',
    revision: 3,
    created: '2026-11-25T02:00:00.000Z',
    appVersion: '0.0.0-test',
    notes: []
  }
}

/** The README lines of one call, from its numbered heading to the next. */
function callSection(readme: string, endpoint: string): string {
  const english = readme.slice(readme.indexOf('[English]'))
  const start = english.indexOf(`. ${endpoint}\n`)
  const next = english.slice(start + 1).search(/\n\d+\. /)
  return english.slice(start, next < 0 ? undefined : start + 1 + next)
}

describe('README.txt', () => {
  it('tells how each Alipay call travels: gateway, biz_content or multipart, common parameters', () => {
    const readme = renderReadme(
      about('alipay'),
      planCalls(example('alipay/agent-enterprise.json'), alipayAdapter)
    )
    const create = callSection(readme, 'alipay.open.agent.create')
    expect(create).toContain('application/x-www-form-urlencoded; charset=utf-8')
    expect(create).toContain('POST https://openapi.alipay.com/gateway.do')
    expect(create).toContain('the whole body as one JSON string in the form parameter biz_content')
    expect(create).toContain(
      'app_id, method=alipay.open.agent.create, charset=utf-8, sign_type=RSA2, timestamp, version=1.0, sign'
    )
    const sign = callSection(readme, 'alipay.open.agent.facetoface.sign')
    expect(sign).toContain('multipart/form-data')
    expect(sign).toContain('each body field a text part, each files field a file part')
    expect(readme).not.toContain('application/json')
  })

  it('names the call and field each Alipay placeholder is filled from', () => {
    const agent = renderReadme(
      about('alipay'),
      planCalls(example('alipay/agent-enterprise.json'), alipayAdapter)
    )
    expect(callSection(agent, 'alipay.open.agent.confirm')).toContain(
      'Replace <batch_no> with the batch_no that alipay.open.agent.create (payload/01-agent-create.json) returns: /batch_no'
    )
    const zft = renderReadme(
      about('alipay'),
      planCalls(example('alipay/zft-enterprise.json'), alipayAdapter)
    )
    const create = callSection(zft, 'ant.merchant.expand.indirect.zft.create')
    expect(create).toMatch(
      /\(payload\/01-image-01\.json\), then put the image_id it returns here: \/cert_image/
    )
    expect(zft).not.toContain('media_id')
  })

  it('tells the Baidu uploader to resend the categories under their other name on error 50062', () => {
    const readme = renderReadme(
      about('baidu-mp'),
      planCalls(example('baidu-mp/listing-payload.json'))
    )
    expect(
      callSection(readme, 'POST https://openapi.baidu.com/rest/2.0/smartapp/app/category/update')
    ).toContain(
      'If the platform answers error 50062: send the same value again under categories instead of categorys'
    )
  })
})
