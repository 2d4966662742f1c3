/**
 * Excel's serial day numbers, for writing real date cells (the open-data workbooks, the sample
 * data, test workbooks). Computed in UTC from the calendar date, so no time zone can shift it.
 */

/** The first day with an unambiguous serial: before it, Excel counts a 29 February 1900 that never was. */
export const FIRST_SERIAL_DAY = '1900-03-01';

/**
 * The serial number of a calendar date (`YYYY-MM-DD`) in the 1900 date system, or the 1904
 * system when `date1904`. Throws for malformed input and for days before {@link FIRST_SERIAL_DAY}.
 */
export function excelSerial(isoDate: string, date1904 = false): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`excelSerial: expected YYYY-MM-DD, got ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`excelSerial: no such day ${isoDate}`);
  }
  if (isoDate < FIRST_SERIAL_DAY) throw new Error(`excelSerial: ${isoDate} is before ${FIRST_SERIAL_DAY}`);
  return (utc - Date.UTC(1899, 11, 30)) / 86_400_000 - (date1904 ? 1462 : 0);
}
