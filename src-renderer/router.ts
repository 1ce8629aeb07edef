import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { SecurityStatus } from '../src-main/api/contract'
import type { WizardStepId } from '../src-main/platforms/adapter'
import { useApi } from './api/client'
import DraftsView from './views/DraftsView.vue'
import LockedView from './views/LockedView.vue'
import SettingsView from './views/SettingsView.vue'
import SubmissionsView from './views/SubmissionsView.vue'
import WizardView from './views/WizardView.vue'
import StepExport from './views/wizard/StepExport.vue'
import StepListing from './views/wizard/StepListing.vue'
import StepMerchant from './views/wizard/StepMerchant.vue'
import StepPayment from './views/wizard/StepPayment.vue'
import StepReview from './views/wizard/StepReview.vue'

/** The wizard's steps, in order: the step rail and the routes are built from this list. */
export const WIZARD_STEPS: readonly { id: WizardStepId; component: RouteRecordRaw['component'] }[] =
  [
    { id: 'merchant', component: StepMerchant },
    { id: 'payment', component: StepPayment },
    { id: 'listing', component: StepListing },
    { id: 'review', component: StepReview },
    { id: 'export', component: StepExport }
  ]

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'drafts', component: DraftsView },
  {
    path: '/drafts/:id',
    component: WizardView,
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
  { path: '/settings', name: 'settings', component: SettingsView },
  { path: '/submissions', name: 'submissions', component: SubmissionsView },
  { path: '/locked', name: 'locked', component: LockedView },
  { path: '/:pathMatch(.*)*', redirect: '/' }
]

export function createAppRouter() {
  const router = createRouter({ history: createWebHashHistory(), routes })
  // Asked once per start: with the key lost, every route leads to the screen that says so.
  let status: Promise<SecurityStatus | undefined> | undefined
  router.beforeEach(async (to) => {
    status ??= useApi()
      ['security.status']({})
      .then((result) => (result.ok ? result.value : undefined))
    const found = await status
    if (found?.state === 'locked' && to.name !== 'locked') return { name: 'locked' }
    return true
  })
  return router
}
