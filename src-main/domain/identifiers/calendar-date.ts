/**
 * Calendar dates as `YYYY-MM-DD` strings: the form drafts store and platforms send. Pure
 * string arithmetic in UTC, so a result never depends on the machine's time zone.
 */

/** A real date in the proleptic Gregorian calendar, written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!parts) return false
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/** Whole days from `from` to `to` (negative when `to` is earlier); both must be calendar dates. */
export function daysBetween(from: string, to: string): number {
  const millis = (value: string) => Date.parse(`${value}T00:00:00Z`)
  return Math.round((millis(to) - millis(from)) / 86_400_000)
}
