import { START_LOCATION, createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { SecurityStatus } from '../src-main/api/contract'
import type { WizardStepId } from '../src-main/platforms/adapter'
import { useApi } from './api/client'
import { loadOtherScreens, markFirstScreenShown } from './first-screen'
import { useDraftsStore } from './stores/drafts'
import DraftsView from './views/DraftsView.vue'

/**
 * The wizard's steps, in order: the step rail and the routes are built from this list.
 * Every view but the drafts list is its own chunk, loaded when first opened, so the first
 * screen does not wait for the wizard's forms, pinyin, region and category tables; the
 * drafts list itself comes with the app's first code rather than one round trip later.
 */
export const WIZARD_STEPS: readonly { id: WizardStepId; component: RouteRecordRaw['component'] }[] =
  [
    { id: 'merchant', component: () => import('./views/wizard/StepMerchant.vue') },
    { id: 'payment', component: () => import('./views/wizard/StepPayment.vue') },
    { id: 'listing', component: () => import('./views/wizard/StepListing.vue') },
    { id: 'review', component: () => import('./views/wizard/StepReview.vue') },
    { id: 'export', component: () => import('./views/wizard/StepExport.vue') }
  ]

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'drafts', component: DraftsView },
  {
    path: '/drafts/:id',
    component: () => import('./views/WizardView.vue'),
    props: true,
    children: [
      { path: '', redirect: (to) => `/drafts/${String(to.params['id'])}/merchant` },
      ...WIZARD_STEPS.map((step) => ({
        path: step.id,
        name: `step-${step.id}`,
        component: step.component!
      }))
    ]
  },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue') },
  {
    path: '/submissions',
    name: 'submissions',
    component: () => import('./views/SubmissionsView.vue')
  },
  { path: '/locked', name: 'locked', component: () => import('./views/LockedView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' }
]

/**
 * Every screen but the drafts list waits for the interface text and error texts the list
 * does without (first-screen.ts), so none shows a missing text.
 */
export function createAppRouter() {
  const router = createRouter({ history: createWebHashHistory(), routes })
  // Asked once per start: with the key lost, every route leads to the screen that says so.
  let status: Promise<SecurityStatus | undefined> | undefined
  router.beforeEach(async (to, from) => {
    // The drafts list's first page is on its way beside the lock check, not after it.
    if (to.name === 'drafts' && from === START_LOCATION) useDraftsStore().prefetch()
    status ??= useApi()
      ['security.status']({})
      .then((result) => (result.ok ? result.value : undefined))
    const found = await status
    if (found?.state === 'locked' && to.name !== 'locked') return { name: 'locked' }
    if (to.name !== 'drafts') await loadOtherScreens()
    return true
  })
  // Another first screen had everything loaded before it opened.
  router.afterEach((to) => {
    if (to.name !== 'drafts') markFirstScreenShown()
  })
  return router
}
