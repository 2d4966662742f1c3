/**
 * SheetJS prints what it cannot carry over with `console.error` (in English, to the terminal the
 * office runs `npm run check` in), e.g. `ODS number format may be incorrect: value()>0` for a
 * LibreOffice number format with conditions. {@link readQuietly} runs the (synchronous) read with
 * the console captured, and {@link readerDiagnostics} says in German what the lines mean.
 *
 * What the ODS lines mean (tried, see the test): LibreOffice stores each cell's shown text, so
 * texts stay as the office sees them, but the cell's number format is read without the part SheetJS
 * does not understand. Only a date depends on the format here (`read-workbook.ts` reads a number
 * with a date format as a date): a date in such a cell arrives as a plain number. Hence a notice
 * naming the file and what to do, before the error at the date's cell that may follow.
 */
import * as XLSX from 'xlsx';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { FILE_MESSAGES } from '../../i18n/de.ts';

/** The console methods SheetJS writes its notes with while reading. */
const CAPTURED = ['error', 'warn'] as const;

/** What SheetJS read, and every line it printed meanwhile. */
export interface QuietRead {
  readonly book: XLSX.WorkBook;
  readonly messages: readonly string[];
}

/**
 * A SheetJS read (`XLSX.read(bytes, options)` unless `read` is given) with `console.error` and
 * `console.warn` captured instead of printed. The read is synchronous, so nothing else writes to
 * the console meanwhile; a throw passes through, with the console restored.
 */
export function readQuietly(
  bytes: Uint8Array,
  options: XLSX.ParsingOptions,
  read: () => XLSX.WorkBook = () => XLSX.read(bytes, options),
): QuietRead {
  const messages: string[] = [];
  const saved = CAPTURED.map((method) => [method, console[method]] as const);
  const capture = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  for (const method of CAPTURED) console[method] = capture;
  try {
    return { book: read(), messages };
  } finally {
    for (const [method, original] of saved) console[method] = original;
  }
}

/** SheetJS's lines about an ODS number format it carries over only in part. */
const NUMBER_FORMAT_LINE = /^(?:ODS number format may be incorrect|Excel does not support ODS format token)/;

/** Entities in SheetJS's lines, as it copies them from the XML (`value()&gt;0`). */
const unescape = (text: string) =>
  text
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The captured lines as notices about `file`: one `file.number-format-partial` for the number
 * format lines (with the conditions found), one `file.reader-note` quoting any other line, so
 * nothing the reader said is lost. SheetJS reads the formats before any sheet, so the place is the
 * file.
 */
export function readerDiagnostics(file: string, messages: readonly string[]): Diagnostic[] {
  const formats = messages.filter((m) => NUMBER_FORMAT_LINE.test(m));
  const others = [...new Set(messages.filter((m) => !NUMBER_FORMAT_LINE.test(m)))];
  const details = [...new Set(formats.map((m) => unescape(m.replace(/^[^:]*:\s*/, '').trim())))].filter(Boolean);
  const found: Diagnostic[] = [];
  if (formats.length > 0) {
    found.push(diagnostic('file.number-format-partial', { file }, FILE_MESSAGES.numberFormatPartial(file, details)));
  }
  if (others.length > 0) {
    found.push(diagnostic('file.reader-note', { file }, FILE_MESSAGES.readerNote(file, others.map(unescape))));
  }
  return found;
}
