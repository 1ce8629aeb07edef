import { describe, expect, it } from 'vitest'
import { DraftContent } from '../../../src-main/domain/draft'
import { emptyListing, Listing } from '../../../src-main/domain/listing'
import { readPlatformFixture } from '../../helpers/listing'
import { DraftFile } from '../../../src-main/domain/draft-file'

describe('Listing', () => {
  it('parses {} to an empty listing with every field defaulted', () => {
    const listing = Listing.parse({})
    expect(listing).toEqual(emptyListing())
    expect(listing).toMatchObject({
      targets: [],
      name: '',
      logo: null,
      logoCrop: { x1: 0, y1: 0, x2: 1, y2: 1 },
      screenshots: [],
      categories: { 'wechat-mp': [], 'alipay-mp': [], 'douyin-mp': [], 'baidu-mp': [] },
      serviceRegion: { type: null, areas: [] },
      privacy: { ownerContact: { email: '', phone: '', qq: '', weixin: '' }, items: [] },
      testAccount: { needsLogin: false, account: '', password: '', notes: '' },
      ugc: { scenes: [], methods: [], hasAuditTeam: false },
      douyinHosts: ['douyin']
    })
  })

  it('is part of an empty draft', () => {
    expect(DraftContent.parse({}).listing).toEqual(emptyListing())
  })

  it('keeps a complete listing as written', () => {
    const file = readPlatformFixture('listing-draft.kaitong.json') as {
      content: { listing: unknown }
    }
    const listing = Listing.parse(file.content.listing)
    expect(Listing.parse(listing)).toEqual(listing)
    expect(DraftFile.parse(file).content.listing.categories['wechat-mp'][0]?.code).toBe('8_39')
  })

  it('refuses a platform it does not know and a malformed picture reference', () => {
    expect(Listing.safeParse({ targets: ['kuaishou-mp'] }).success).toBe(false)
    expect(Listing.safeParse({ screenshots: [{ sha256: 'abc' }] }).success).toBe(false)
  })

  it('lets a text exceed every platform’s limit, so the precheck can say why', () => {
    expect(Listing.safeParse({ name: '名'.repeat(60), intro: '简'.repeat(200) }).success).toBe(true)
  })
})
