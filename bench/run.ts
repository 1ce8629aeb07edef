/**
 * `npm run bench`: performance as ratios against baselines measured in the same run, never
 * absolute times in tests. Never run by `npm test`.
 */
import { benchDraftSave } from './draft-save'
import { benchEncryption } from './encryption'
import { benchDraftsList, printDraftsListBench } from './drafts-list'
import { benchImagesAndBundles } from './images-and-bundles'
import { benchOcr } from './ocr'

benchDraftSave()
console.log('')
benchEncryption()
printDraftsListBench(benchDraftsList())
console.log('')
await benchImagesAndBundles()
console.log('')
await benchOcr()
