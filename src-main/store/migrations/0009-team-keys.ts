/**
 * The team key's version (store/pg/migrations.ts step 9) changes only the team store: the
 * wrapped team key lives there, and this computer keeps its unlocked copy in the settings
 * table. The step exists so one version number means one schema in both stores.
 */
export default function up(): void {}
