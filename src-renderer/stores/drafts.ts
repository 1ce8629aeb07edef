import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { MethodInput, MethodOutput } from '../../src-main/api/contract'
import type { ApiError } from '../../src-main/api/result'
import { useApi } from '../api/client'

export type DraftListItem = MethodOutput<'drafts.page'>['items'][number]
type SummariesJob = NonNullable<MethodOutput<'drafts.page'>['summaries']>
export type DraftListQuery = MethodInput<'drafts.matchingIds'>
type PageInput = MethodInput<'drafts.page'>
type PageAnswer = ReturnType<ReturnType<typeof useApi>['drafts.page']>

/** The list as it opens: every draft, the latest changed first. */
export const OPENING_QUERY = { sort: 'updated' } as const satisfies DraftListQuery

/** Rows fetched per call: a screenful or two; the virtual list asks for the pages it shows. */
export const PAGE_SIZE = 100

/**
 * The drafts list as pages of `drafts.page`: only the rows on screen are ever fetched, so
 * 10,000 drafts cost what 100 do. Every action returns the error instead of throwing, for
 * the view to show.
 */
export const useDraftsStore = defineStore('drafts', () => {
  const api = useApi()
  const query = ref<DraftListQuery>({})
  /** Drafts matching the query; `allTotal` counts every draft. */
  const total = ref(0)
  const allTotal = ref(0)
  const pages = shallowRef(new Map<number, DraftListItem[]>())
  const loading = ref(false)
  const error = ref<ApiError | null>(null)
  const selected = shallowRef(new Set<string>())
  /** The background job recomputing the summaries (after an upgrade), while main reports one. */
  const summaries = ref<SummariesJob | null>(null)
  const filtered = computed(() =>
    Boolean(query.value.search?.trim() || query.value.status || query.value.platform)
  )
  // Answers to an older query are dropped: the user typed on while they were on the way.
  let generation = 0
  const inFlight = new Set<number>()
  /** A page asked for before the list was on screen (prefetch), taken by the first fetch of it. */
  let early: { input: string; answer: PageAnswer } | undefined

  /** Asks for the opening page now, while the app is still starting (router.ts). */
  function prefetch(): void {
    const input: PageInput = { ...OPENING_QUERY, offset: 0, limit: PAGE_SIZE }
    early = { input: JSON.stringify(input), answer: api['drafts.page'](input) }
  }

  function askPage(input: PageInput): PageAnswer {
    const taken = early?.input === JSON.stringify(input) ? early.answer : undefined
    early = undefined
    return taken ?? api['drafts.page'](input)
  }

  async function fetchPage(index: number, current = generation): Promise<void> {
    if (inFlight.has(index)) return
    inFlight.add(index)
    const result = await askPage({
      ...query.value,
      offset: index * PAGE_SIZE,
      limit: PAGE_SIZE
    })
    inFlight.delete(index)
    if (current !== generation) return
    if (!result.ok) {
      error.value = result.error
      return
    }
    error.value = null
    summaries.value = result.value.summaries ?? null
    total.value = result.value.total
    if (!filtered.value) allTotal.value = result.value.total
    pages.value = new Map(pages.value).set(index, result.value.items)
  }

  /** Starts again from the first page (a new query, or after a change to the drafts). */
  async function refresh(): Promise<void> {
    generation += 1
    inFlight.clear()
    const current = generation
    loading.value = true
    const counting = filtered.value ? api['drafts.page']({ limit: 1 }) : undefined
    pages.value = new Map()
    await fetchPage(0, current)
    const all = await counting
    if (all?.ok && current === generation) allTotal.value = all.value.total
    loading.value = false
  }

  async function setQuery(next: DraftListQuery): Promise<void> {
    query.value = next
    selected.value = new Set()
    await refresh()
  }

  /** The row at a list position, if its page is here. */
  function itemAt(index: number): DraftListItem | undefined {
    return pages.value.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]
  }

  /** Fetches the pages holding these list positions that are not here yet. */
  function load(indexes: readonly number[]): void {
    const wanted = new Set(indexes.map((index) => Math.floor(index / PAGE_SIZE)))
    for (const page of wanted) if (!pages.value.has(page)) void fetchPage(page)
  }

  function toggle(id: string, on: boolean): void {
    const next = new Set(selected.value)
    if (on) next.add(id)
    else next.delete(id)
    selected.value = next
  }

  /** Every draft the query matches, over all pages. */
  async function selectAll() {
    const result = await api['drafts.matchingIds'](query.value)
    if (result.ok) selected.value = new Set(result.value)
    return result
  }

  function clearSelection(): void {
    selected.value = new Set()
  }

  async function create(title: string) {
    const result = await api['drafts.create']({ title })
    if (result.ok) await refresh()
    return result
  }

  async function rename(id: string, title: string) {
    const result = await api['drafts.rename']({ id, title })
    if (result.ok) await refresh()
    return result
  }

  async function duplicate(id: string, title: string) {
    const result = await api['drafts.duplicate']({ id, title })
    if (result.ok) await refresh()
    return result
  }

  async function remove(id: string) {
    const result = await api['drafts.delete']({ id })
    if (result.ok) {
      toggle(id, false)
      await refresh()
    }
    return result
  }

  async function removeSelected() {
    const result = await api['drafts.deleteMany']({ ids: [...selected.value] })
    if (result.ok) {
      clearSelection()
      await refresh()
    }
    return result
  }

  return {
    query,
    total,
    allTotal,
    pages,
    loading,
    error,
    selected,
    summaries,
    filtered,
    prefetch,
    refresh,
    setQuery,
    itemAt,
    load,
    toggle,
    selectAll,
    clearSelection,
    create,
    rename,
    duplicate,
    remove,
    removeSelected
  }
})
