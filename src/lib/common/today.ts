/**
 * Today as an ISO day in the machine's calendar. Only a fallback reference date (for stale
 * reports, a Stand the data does not give): callers that must be reproducible pass their own.
 * Local, not UTC: between midnight and the UTC offset `toISOString()` would still say yesterday.
 */

/** `now` as `YYYY-MM-DD` in the machine's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
