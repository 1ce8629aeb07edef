/**
 * The calendar date a person at this machine calls today, as `YYYY-MM-DD`: validity checks
 * compare against the merchant's own day, not UTC's (Beijing is UTC+8, so mornings differ).
 * The caller passes the clock reading, which keeps this module pure.
 */
export function localCalendarDate(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0')
  const day = String(now.getDate()).padStart(2, '0')
  return `${now.getFullYear()}-${month}-${day}`
}
