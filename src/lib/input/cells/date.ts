/**
 * Date cells and partial dates. A date may be known to the day, the month, the quarter or only
 * the year;
 * the build keeps that precision and never invents a day. Everything here is arithmetic on
 * year, month and day: no JS `Date`, so no time zone can shift a date.
 */
import type { PartialDate } from '../../schemas/partial-date.ts';
import type { CellParser } from './result.ts';
import { problem, valueOf } from './result.ts';
import { cellParser, shownText } from './common.ts';
import { toSingleLine } from './text.ts';
import { CELL_MESSAGES } from '../../i18n/de.ts';

/** Years the office's dates can plausibly have; a bare number outside is not read as a year. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Whether `year` is a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days of a month (1–12) in a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A partial date from its parts, or `null` when they are no real calendar date in the years
 * 1900–2199 (31.02., month 13, a day without a month). Precision follows the parts given.
 */
export function partialDateFromParts(year: number, month?: number | null, day?: number | null): PartialDate | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month === undefined || month === null) {
    return day === undefined || day === null ? { precision: 'year', iso: pad4(year) } : null;
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined || day === null) return { precision: 'month', iso: `${pad4(year)}-${pad2(month)}` };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { precision: 'day', iso: `${pad4(year)}-${pad2(month)}-${pad2(day)}` };
}

/** A quarter (1–4) of a year in 1900–2199 as a partial date (`2026-Q3`), or `null`. */
export function partialDateOfQuarter(year: number, quarter: number): PartialDate | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) return null;
  return { precision: 'quarter', iso: `${pad4(year)}-Q${quarter}` };
}

/**
 * Year, first and last month, and day of an ISO text of any precision (`2026`, `2026-Q3`,
 * `2026-11`, `2026-11-12`). A year spans months 1–12, a quarter its three months.
 */
function isoParts(iso: string): { year: number; firstMonth: number; lastMonth: number; day: number | null } {
  const [y, m, d] = iso.split('-');
  const year = Number(y);
  if (m === undefined) return { year, firstMonth: 1, lastMonth: 12, day: null };
  if (m.startsWith('Q')) {
    const quarter = Number(m.slice(1));
    return { year, firstMonth: quarter * 3 - 2, lastMonth: quarter * 3, day: null };
  }
  return { year, firstMonth: Number(m), lastMonth: Number(m), day: d === undefined ? null : Number(d) };
}

/** The first day a partial date can mean, as ISO day text: `2026` → `2026-01-01`, `2026-Q3` → `2026-07-01`. */
export function startOfPartialDate(date: PartialDate): string {
  // A day is its own first and last day (and its ISO text already padded): no parsing per sort step.
  if (date.precision === 'day') return date.iso;
  const { year, firstMonth, day } = isoParts(date.iso);
  return `${pad4(year)}-${pad2(firstMonth)}-${pad2(day ?? 1)}`;
}

/** The last day a partial date can mean, as ISO day text: `2024-02` → `2024-02-29`, `2026-Q3` → `2026-09-30`. */
export function endOfPartialDate(date: PartialDate): string {
  if (date.precision === 'day') return date.iso;
  const { year, lastMonth, day } = isoParts(date.iso);
  return `${pad4(year)}-${pad2(lastMonth)}-${pad2(day ?? daysInMonth(year, lastMonth))}`;
}

/**
 * Orders partial dates by the earliest day each can mean (`2026` sorts with `2026-01-01`).
 * Dates starting on the same day are ordered by their last day, so the more precise comes
 * first: `2026-01-01` < `2026-01` < `2026`. ISO day texts compare correctly as strings.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = compareText(startOfPartialDate(a), startOfPartialDate(b));
  return byStart !== 0 ? byStart : compareText(endOfPartialDate(a), endOfPartialDate(b));
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Whole calendar months from one ISO date to another (`2026-01-15` → `2026-03-14` is 1,
 * → `2026-03-15` is 2); negative when `toIso` is earlier. A month or a year stands for its
 * first day. For "is this report older than N months".
 */
export function monthsBetween(fromIso: string, toIso: string): number {
  const from = isoParts(fromIso);
  const to = isoParts(toIso);
  const fromDay = from.day ?? 1;
  const toDay = to.day ?? 1;
  let months = (to.year - from.year) * 12 + (to.firstMonth - from.firstMonth);
  // A month is complete only once the day of the month is reached again.
  if (months > 0 && toDay < fromDay) months -= 1;
  if (months < 0 && toDay > fromDay) months += 1;
  return months;
}

/** `TT.MM.JJJJ` or `T.M.JJ`, optionally followed by a time such as `14:30` or `14:30:00 Uhr`. */
const GERMAN_DAY = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*Uhr)?)?$/i;
/** ISO `JJJJ-MM-TT`, optionally with a time (as ISO exports and CSV tools write it). */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** `MM/JJJJ` or `M/JJJJ`; also `MM.JJJJ`, which German writers use as often. */
const MONTH = /^(\d{1,2})\s?[/.]\s?(\d{4})$/;
/** ISO `JJJJ-MM`. */
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
/** A month by name or abbreviation and a year: `März 2026`, `Nov. 2026`, `Sept 2026`, `Mai/2026`. */
const MONTH_NAME = /^([a-zäöü]+)\.?\s*[/-]?\s*(\d{4})$/i;
/** A quarter: `Q3/2026`, `Q3 2026`, `Q3-2026`, `2026-Q3`, `3. Quartal 2026`, `3. Qu. 2026`, `III. Quartal 2026`. */
const QUARTER_Q = /^Q\s?([1-4])\s*[/\-.]?\s*(\d{4})$/i;
const QUARTER_ISO = /^(\d{4})\s?-\s?Q([1-4])$/i;
const QUARTER_WORD = /^([1-4]|I{1,3}|IV)\.\s*(?:Quartal|Qu\.?|Q\.?)\s*[/]?\s*(\d{4})$/i;
const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/**
 * German month names and the abbreviations people type, in lower case without the dot. `mär`
 * and `mrz` are both in use; `juni`/`juli` also as `jun`/`jul`.
 */
const MONTH_NAMES: Readonly<Record<string, number>> = {
  januar: 1,
  jan: 1,
  jänner: 1,
  februar: 2,
  feb: 2,
  febr: 2,
  märz: 3,
  mär: 3,
  mrz: 3,
  maerz: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
};

/** A quarter written in one of the accepted forms, or `null`. */
function parseQuarterText(s: string): PartialDate | null {
  let m = QUARTER_Q.exec(s);
  if (m) return partialDateOfQuarter(Number(m[2]), Number(m[1]));
  m = QUARTER_ISO.exec(s);
  if (m) return partialDateOfQuarter(Number(m[1]), Number(m[2]));
  m = QUARTER_WORD.exec(s);
  if (m) return partialDateOfQuarter(Number(m[2]), ROMAN[m[1]!.toUpperCase()] ?? Number(m[1]));
  return null;
}

/** Reads a date written as text, or `null` when it is none of the accepted forms. */
export function parseDateText(input: string): PartialDate | null {
  // A trailing dot (`12.11.2026.`, `2026.`) is a typo, not a different date.
  const s = toSingleLine(input).replace(/\.$/, '').trim();
  const quarter = parseQuarterText(s);
  if (quarter) return quarter;
  const named = MONTH_NAME.exec(s);
  if (named) {
    const month = MONTH_NAMES[named[1]!.toLowerCase()];
    return month === undefined ? null : partialDateFromParts(Number(named[2]), month);
  }
  let m = GERMAN_DAY.exec(s);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return partialDateFromParts(year, Number(m[2]), Number(m[1]));
  }
  m = ISO_DAY.exec(s);
  if (m) return partialDateFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH.exec(s);
  if (m) return partialDateFromParts(Number(m[2]), Number(m[1]));
  m = ISO_MONTH.exec(s);
  if (m) return partialDateFromParts(Number(m[1]), Number(m[2]));
  m = YEAR.exec(s);
  if (m) return partialDateFromParts(Number(m[1]));
  return null;
}

/**
 * How much of a date an Excel date format shows. Excel turns a typed `11/2026` into the date
 * 1 November 2026 with a format such as `mmm yy`; that cell means a month, not 1 November. The
 * codes are stored in English whatever the language of Excel (`d`, `m`, `y`); quoted text,
 * `[$-407]` locale tags and escaped characters are not codes.
 */
export function precisionOfDateFormat(format: string | null): PartialDate['precision'] {
  if (format === null) return 'day';
  const codes = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  if (!codes.includes('y') || codes.includes('d')) return 'day';
  return codes.includes('m') ? 'month' : 'year';
}

/**
 * A date cell: a real Excel date (precision day, or month or year when the cell's date format
 * shows no more than that); text `TT.MM.JJJJ`, `T.M.JJ` (→ 20JJ),
 * `JJJJ-MM-TT` (each optionally with a time, which is ignored), `MM/JJJJ`, `M/JJJJ`, `MM.JJJJ`
 * or `JJJJ-MM` (precision month); a year `JJJJ` as text or as a plain number cell without date
 * format (precision year). Only real calendar days in 1900–2199 are accepted.
 */
export const parseDate: CellParser<PartialDate> = cellParser((cell) => readDateCell(cell, false));

/** `bis 2030`, `bis Ende 2030`, `bis Q3/2026`, `bis März 2027`: an end date written as a deadline. */
const UNTIL = /^bis\s+(?:(?:zum\s+)?ende\s+)?/i;

/**
 * An end-date cell (`Ende`): everything {@link parseDate} reads, and a deadline written with
 * `bis` (`bis 2030` is the year 2030, `bis 11/2027` the month), kept at the precision written.
 */
export const parseEndDate: CellParser<PartialDate> = cellParser((cell) => readDateCell(cell, true));

function readDateCell(cell: import('../workbook/raw.ts').RawCell, isEnd: boolean) {
  const invalid = () =>
    problem(
      'value.invalid',
      isEnd ? CELL_MESSAGES.invalidEndDate(shownText(cell)) : CELL_MESSAGES.invalidDate(shownText(cell)),
    );
  if (cell.date !== null) {
    const precision = precisionOfDateFormat(cell.format);
    const { year, month, day } = cell.date;
    const date =
      precision === 'year'
        ? partialDateFromParts(year)
        : precision === 'month'
          ? partialDateFromParts(year, month)
          : partialDateFromParts(year, month, day);
    return date ? valueOf(date) : invalid();
  }
  if (typeof cell.value === 'number') {
    // A number without a date format is a date only if it is plainly a year: a serial day
    // number without format would be a guess.
    const date = Number.isInteger(cell.value) ? partialDateFromParts(cell.value) : null;
    if (date) return valueOf(date);
    const lost = cell.serialDate;
    if (lost) {
      const day = `${String(lost.day).padStart(2, '0')}.${String(lost.month).padStart(2, '0')}.${lost.year}`;
      return problem('value.invalid', CELL_MESSAGES.dateFormatLost(shownText(cell), day));
    }
    return invalid();
  }
  if (typeof cell.value === 'boolean') return invalid();
  const text = toSingleLine(cell.value).trim();
  const date = isEnd && UNTIL.test(text) ? parseDateText(text.replace(UNTIL, '')) : parseDateText(text);
  return date ? valueOf(date) : invalid();
}
