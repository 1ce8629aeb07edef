import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { WizardStepId } from '../src-main/platforms/adapter'
import DraftsView from './views/DraftsView.vue'
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
  { path: '/:pathMatch(.*)*', redirect: '/' }
]

export function createAppRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
