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

/** A moment as the merchant reads it: `YYYY-MM-DD HH:mm` on this machine's calendar and clock. */
export function localDateTime(at: Date): string {
  const time = [at.getHours(), at.getMinutes()].map((part) => String(part).padStart(2, '0'))
  return `${localCalendarDate(at)} ${time.join(':')}`
}
