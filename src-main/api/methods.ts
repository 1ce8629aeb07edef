/**
 * Every method between the renderer and main, named once. The preload imports only this
 * file (no zod, sandbox-safe); contract.ts must give each name a schema pair.
 */
export const METHOD_NAMES = [
  'app.info',
  'drafts.list',
  'drafts.create',
  'drafts.get',
  'drafts.rename',
  'drafts.delete',
  'drafts.save',
  'drafts.revisions',
  'drafts.exportFile',
  'drafts.importFile',
  'media.import',
  'media.get',
  'media.verdicts',
  'review.draft',
  'bundles.export',
  'bundles.history',
  'bundles.chooseFolder',
  'bundles.reveal',
  'settings.get',
  'settings.importWechatPayKey',
  'settings.removeWechatPayKey',
  'settings.setRuleLevel',
  // Long work in the background: progress and cancellation
  'jobs.get',
  'jobs.cancel',
  // Reading the documents (offline OCR of licence and ID-card photos)
  'documents.read',
  // trust-faults: backups, restore, and how the database came up
  'backups.status',
  'backups.create',
  'backups.restore',
  'backups.restartNow',
  // The submission ledger: attempts, states, answers, the agency's board
  'submissions.forDraft',
  'submissions.board',
  'submissions.mark',
  'submissions.importAnswer',
  // Encryption at rest (trust-crypto): the key's state at start, and starting over when it is lost
  'security.status',
  'security.startOver',
  // Portfolio: the drafts list as pages (search, filters, sort), duplicate, bulk delete
  'drafts.page',
  'drafts.matchingIds',
  'drafts.duplicate',
  'drafts.deleteMany',
  // scale-import: bulk import of sheets, self-contained draft packages
  'imports.preview',
  'imports.run',
  'drafts.exportPackage',
  'drafts.importPackage',
  // Bulk export (scale-export)
  'bundles.exportMany',
  // journey-guide: the remembered export folder, the bundle's summary after export
  'bundles.folder',
  'bundles.openSummary',
  // journey-save: revision history (browse, compare, restore, purge)
  'drafts.history',
  'drafts.compare',
  'drafts.restore',
  'drafts.purgeHistory',
  // submit: sending a bundle's plan with the platforms' SDKs, and following it
  'submit.saveProfile',
  'submit.preview',
  'submit.send',
  'submit.refresh',
  // submit-app: sending profiles in Settings, following sent applications, bulk submit
  'submit.profiles',
  'submit.checkProfile',
  'submit.storeProfile',
  'submit.deleteProfile',
  'submit.pollerStatus',
  'submit.setPoller',
  'submit.pollNow',
  'submit.notices',
  'submit.dismissNotice',
  'submit.planMany',
  'submit.sendMany',
  // ledger2: the WeChat Pay business_code after a rejection, and the platforms' audit quotas
  'submissions.businessCode',
  'submissions.chooseBusinessCode',
  'submissions.auditQuotas',
  'submissions.importQuota',
  // ocr-bulk: the part of a document photo where a value was read (beside a mismatch warning)
  'documents.crop',
  // team: the store choice (local file or team PostgreSQL), live changes, conflicts
  'team.status',
  'team.test',
  'team.use',
  'team.leave',
  'team.changes',
  'drafts.conflict',
  'team.editing',
  // teamkey: the team key that seals personal values and pictures before they reach the server
  'team.unlock',
  'team.createKey'
] as const

export type MethodName = (typeof METHOD_NAMES)[number]

export const CHANNEL_PREFIX = 'kaitong:'

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name)
}
