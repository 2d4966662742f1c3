/**
 * Bytes → `RawWorkbook`. The only module that reads with SheetJS: everything after it sees plain
 * data, with dates already resolved to calendar dates and rows at their Excel positions.
 *
 * SheetJS parses almost anything (plain text, CSV, HTML) as a one-sheet workbook. So the file
 * kind is checked first by its signature, and whatever SheetJS throws becomes a diagnostic:
 * - `.xlsx`, `.xlsm`, `.ods` must be ZIP containers (`PK\x03\x04`);
 * - `.xls` must be a binary Excel file (a CFB container) or an "XML-Tabelle 2003"
 *   (SpreadsheetML), which older export tools write under `.xls`. HTML tables that some web
 *   tools save as `.xls` are refused: their cells carry no types, so dates and numbers would be
 *   guesswork. Saving them anew from Excel fixes it, as the message says.
 * - A workbook encrypted with a password (Excel then writes a CFB container holding the streams
 *   `EncryptionInfo` and `EncryptedPackage`, whatever the extension) is `file.encrypted`.
 * - A truncated file is `file.unreadable`: a cut ZIP loses its central directory, and a cut CFB
 *   stream is caught before SheetJS reads it as a shorter sheet.
 * - A file past the size limits (a zip bomb, see `inspect-archive.ts`) is `file.too-large`.
 * - A sheet SheetJS fails on while the rest of the workbook reads is `sheet.unreadable`, never
 *   an empty sheet: the sheet is kept, marked, so its kind still counts as present.
 * - A formula cell saved without a result is kept as an `uncalculated` cell, so the locator can
 *   report it at its column; control characters are removed from every text, with a notice.
 *
 * Entities in the XML are never expanded: SheetJS's XML reader knows only the five predefined
 * entities and numeric references, so neither a "billion laughs" DTD nor an external entity
 * can inflate or reach out (see the tests).
 */
import * as XLSX from 'xlsx';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { FILE_MESSAGES } from '../../i18n/de.ts';
import { inspectArchive, WORKBOOK_LIMITS, type ArchivePart } from './inspect-archive.ts';
import { readerDiagnostics, readQuietly } from './read-quietly.ts';
import type { CalendarDate, CellRange, RawCell, RawSheet, RawWorkbook } from './raw.ts';

/** What {@link readWorkbook} returns: a workbook, or `null` with the reason as a diagnostic. */
export interface ReadResult {
  /** The workbook's sheets as plain data, or `null` when the file was refused. */
  readonly workbook: RawWorkbook | null;
  /**
   * Empty, or the one reason the file was refused (`file.empty`, `file.unreadable`,
   * `file.encrypted`, `file.too-large`); else `sheet.unreadable` errors and notices about removed
   * control characters.
   */
  readonly diagnostics: Diagnostic[];
}

/**
 * Parsing options. Dense sheets (`!data[row][column]`, absolute indices) are faster to walk than
 * A1 keys; `nodim` ignores the stored dimension, which some export tools write wrongly (`A1`),
 * so no cell is cut off. Styles and rich-text HTML are not needed. Formulas and stubs are read
 * only to see a formula saved without its result: SheetJS then gives a stub (`t: 'z'`) with `f`.
 */
const PARSE_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  cellDates: false,
  cellNF: true,
  cellText: true,
  cellStyles: false,
  cellHTML: false,
  cellFormula: true,
  dense: true,
  nodim: true,
  sheetStubs: true,
  bookVBA: false,
  WTF: false,
};

/** SheetJS's container of a ZIP (`CFB.read` gives one for a `.xlsx`); not in its type declarations. */
interface ZipContainer {
  readonly FileIndex: unknown[];
  readonly FullPaths: string[];
}
const SHEETJS = XLSX as unknown as {
  parse_zip: (zip: ZipContainer, options: XLSX.ParsingOptions) => XLSX.WorkBook;
  CFB: {
    utils: {
      cfb_new: () => ZipContainer;
      cfb_add: (zip: ZipContainer, name: string, content: Uint8Array, options: { unsafe: true }) => unknown;
    };
  };
};

/**
 * Reads a ZIP workbook from the entries {@link inspectArchive} already inflated: the container
 * SheetJS's own ZIP reader would build (entries in the directory's order, added the way it adds
 * them), so SheetJS parses without inflating every entry a second time. What `XLSX.read` does
 * besides (resetting the code page and the date system of its number formatting) matters only
 * to binary `.xls` files, which go through `XLSX.read`, and the date system is set anew from
 * every `.xlsx` workbook.
 */
function readInflated(parts: readonly ArchivePart[], options: XLSX.ParsingOptions): XLSX.WorkBook {
  const zip = SHEETJS.CFB.utils.cfb_new();
  for (const part of parts) SHEETJS.CFB.utils.cfb_add(zip, part.name, part.content, { unsafe: true });
  return SHEETJS.parse_zip(zip, { ...options });
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// Excel's error codes, for readers that keep the code but not its text.
const ERROR_TEXTS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const MS_PER_DAY = 86_400_000;
// Serial 0 of the 1900 system (Excel counts a 29 February 1900 that never was, so day 61 is 1 March).
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const DAYS_1900_TO_1904 = 1462;
// Numbers that read as days of 1990 to 2100 when formatted as dates (serials of the 1900 system;
// a 1904 workbook counts 1,462 days fewer): the years an ISEK's dates fall in. Outside, a number
// is more likely a count or a paper's number.
const SERIAL_HINT_FROM = 32_874;
const SERIAL_HINT_TO = 73_415;

/** Whether a number without a date format would show a day of 1990 to 2100 as a date. */
function inSerialHintRange(value: number, date1904: boolean): boolean {
  const shift = date1904 ? DAYS_1900_TO_1904 : 0;
  return value >= SERIAL_HINT_FROM - shift && value < SERIAL_HINT_TO - shift + 1;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** The lower-case extension of a file name, with its dot. */
function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(dot).toLowerCase() : '';
}

/** Whether bytes are an "XML-Tabelle 2003" (SpreadsheetML) document. */
function isSpreadsheetMl(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return /^\uFEFF?\s*<\?xml/.test(head) && head.includes('urn:schemas-microsoft-com:office:spreadsheet');
}

/**
 * What a CFB container (binary `.xls`, or an encrypted OOXML package) holds. A download cut off
 * inside a stream still parses, with that stream shorter than its directory entry says; SheetJS
 * would then read a workbook with rows missing, so such a container counts as damaged.
 */
function inspectCfb(bytes: Uint8Array): 'encrypted' | 'intact' | 'damaged' {
  try {
    const container = XLSX.CFB.read(bytes, { type: 'array' }) as {
      FileIndex: { type: number; size: number; content?: { length: number } }[];
    };
    if (XLSX.CFB.find(container, 'EncryptionInfo') && XLSX.CFB.find(container, 'EncryptedPackage')) return 'encrypted';
    const STREAM = 2;
    const cut = container.FileIndex.some((entry) => entry.type === STREAM && (entry.content?.length ?? 0) < entry.size);
    // A cut in the padding after the last stream loses nothing and is accepted: some writers
    // never pad the last sector, and refusing their files would help nobody.
    return cut ? 'damaged' : 'intact';
  } catch {
    return 'damaged';
  }
}

type Kind = 'zip' | 'cfb' | 'xml' | 'encrypted' | 'foreign';

/** What the bytes are, judged by the signature the extension promises. */
function kindOf(extension: string, bytes: Uint8Array): Kind {
  if (startsWith(bytes, CFB_SIGNATURE)) {
    const state = inspectCfb(bytes);
    if (state === 'encrypted') return 'encrypted';
    return extension === '.xls' && state === 'intact' ? 'cfb' : 'foreign';
  }
  if (extension === '.xls') return isSpreadsheetMl(bytes) ? 'xml' : 'foreign';
  return startsWith(bytes, ZIP_SIGNATURE) ? 'zip' : 'foreign';
}

/** A calendar date from an Excel serial number, or `null` for serials that are no real day. */
function dateFromSerial(serial: number, date1904: boolean): CalendarDate | null {
  const parsed = XLSX.SSF.parse_date_code(serial, { date1904 }) as { y: number; m: number; d: number } | null;
  // Day 0 ("0 January 1900") and Excel's phantom 29 February 1900 are not calendar dates.
  if (!parsed || parsed.d === 0 || (parsed.y === 1900 && parsed.m === 2 && parsed.d === 29)) return null;
  return { year: parsed.y, month: parsed.m, day: parsed.d };
}

/** The cell object SheetJS produces, as far as the reader uses it. */
interface SheetJsCell {
  t?: string;
  v?: unknown;
  w?: string;
  z?: string | number;
  f?: string;
  F?: string;
  l?: { Target?: string };
}

/**
 * C0 and C1 control characters except tab, line feed and carriage return: invisible, they would
 * reach the site, the CSV, the feed and the terminal, and some make XML invalid.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- as above
const HAS_CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** A text without control characters; `cleaned` is set when any was removed. */
function clean(text: string, cleaned: { removed: boolean }): string {
  if (!HAS_CONTROL_CHARACTER.test(text)) return text;
  cleaned.removed = true;
  return text.replace(CONTROL_CHARACTERS, '');
}

/** The placeholder of a formula saved without its result; the locator reports it. */
const UNCALCULATED: RawCell = Object.freeze({
  value: '',
  text: null,
  format: null,
  date: null,
  link: null,
  error: null,
  uncalculated: true,
});

/**
 * One SheetJS cell → `RawCell`; `null` for stubs and empty strings. Control characters are
 * removed from texts, and `cleaned.removed` is set when that happened.
 */
function toRawCell(cell: SheetJsCell | undefined, date1904: boolean, cleaned: { removed: boolean }): RawCell | null {
  if (!cell || cell.t === undefined) return null;
  if (cell.t === 'z') return cell.f || cell.F ? UNCALCULATED : null;
  const text = typeof cell.w === 'string' ? clean(cell.w, cleaned) : null;
  const format = typeof cell.z === 'string' ? cell.z : null;
  const link = typeof cell.l?.Target === 'string' && cell.l.Target !== '' ? clean(cell.l.Target, cleaned) : null;
  const base = { text, format, date: null, link, error: null };
  switch (cell.t) {
    case 's': {
      const value = clean(typeof cell.v === 'string' ? cell.v : String(cell.v ?? ''), cleaned);
      return value === '' ? null : { ...base, value, text: text ?? value };
    }
    case 'n': {
      const value = Number(cell.v);
      if (!Number.isFinite(value)) return null;
      const date = format !== null && XLSX.SSF.is_date(format) ? dateFromSerial(value, date1904) : null;
      // A date with a time pasted as a value (46346.5) is the same day.
      if (date === null && inSerialHintRange(value, date1904)) {
        return { ...base, value, date, serialDate: dateFromSerial(Math.floor(value), date1904) };
      }
      return { ...base, value, date };
    }
    case 'd': {
      // SheetJS 0.20 keeps date cells as UTC midnights, so the UTC fields are the calendar date.
      const instant = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      if (Number.isNaN(instant.getTime())) return null;
      const serial = (instant.getTime() - EPOCH_1900) / MS_PER_DAY - (date1904 ? DAYS_1900_TO_1904 : 0);
      const date = { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
      return { ...base, value: serial, date };
    }
    case 'b':
      return { ...base, value: Boolean(cell.v) };
    case 'e': {
      const error = text ?? ERROR_TEXTS[Number(cell.v)] ?? '#FEHLER!';
      return { ...base, value: error, text: error, error };
    }
    default:
      return null;
  }
}

/** Most cell addresses a control-character notice lists before counting the rest. */
const LISTED_CELLS = 8;

/**
 * One dense SheetJS sheet → rows at their Excel positions (`rows[i]` is Excel row `i + 1`).
 * `cleanedCells` receives the addresses (`C17`) of cells whose control characters were removed.
 */
function toRawSheet(name: string, sheet: XLSX.WorkSheet, date1904: boolean, cleanedCells: string[]): RawSheet {
  const data = (sheet['!data'] ?? []) as (SheetJsCell[] | undefined)[];
  const rows: ((RawCell | null)[] | null)[] = [];
  let lastRow = -1;
  const cleaned = { removed: false };
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    let row: (RawCell | null)[] | null = null;
    if (source) {
      let lastCell = -1;
      for (let c = 0; c < source.length; c++) {
        if (!source[c]) continue;
        const cell = toRawCell(source[c], date1904, cleaned);
        if (cleaned.removed) {
          cleaned.removed = false;
          cleanedCells.push(XLSX.utils.encode_cell({ r, c }));
        }
        if (!cell) continue;
        row ??= [];
        row[c] = cell;
        lastCell = c;
      }
      // Filling the holes keeps the row a packed array of `null`s, as the locator expects.
      if (row) for (let c = 0; c < lastCell; c++) row[c] ??= null;
    }
    rows.push(row);
    if (row) lastRow = r;
  }
  rows.length = lastRow + 1;
  const merges: CellRange[] = ((sheet['!merges'] ?? []) as XLSX.Range[])
    .filter((m) => m.e.r > m.s.r && m.s.r <= lastRow)
    .map((m) => ({ first: { row: m.s.r + 1, column: m.s.c }, last: { row: m.e.r + 1, column: m.e.c } }));
  return merges.length > 0 ? { name, rows, merges } : { name, rows };
}

/** A list of cell addresses for a notice: the first few, then how many more. */
function describeCells(cells: readonly string[]): string {
  const listed = cells.slice(0, LISTED_CELLS).join(', ');
  return cells.length > LISTED_CELLS ? `${listed} ${FILE_MESSAGES.moreCells(cells.length - LISTED_CELLS)}` : listed;
}

/**
 * Reads a workbook's bytes. `file` is the file name (its extension decides which signatures are
 * accepted). Never throws: an empty, foreign, damaged or password-protected file gives
 * `workbook: null` and one diagnostic.
 */
export function readWorkbook(file: string, bytes: Uint8Array): ReadResult {
  const fail = (
    code: 'file.empty' | 'file.unreadable' | 'file.encrypted' | 'file.too-large',
    message: string,
  ): ReadResult => ({
    workbook: null,
    diagnostics: [diagnostic(code, { file }, message)],
  });
  if (bytes.length === 0) return fail('file.empty', FILE_MESSAGES.empty(file));
  const tooLarge = () => fail('file.too-large', FILE_MESSAGES.tooLarge(file, WORKBOOK_LIMITS.inflatedBytes / 2 ** 20));
  // The plain size first: `.xls` and XML workbooks are not compressed, so their size is the limit.
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) return tooLarge();
  const kind = kindOf(extensionOf(file), bytes);
  if (kind === 'encrypted') return fail('file.encrypted', FILE_MESSAGES.encrypted(file));
  if (kind === 'foreign') return fail('file.unreadable', FILE_MESSAGES.unreadable(file));
  let options = PARSE_OPTIONS;
  let parts: readonly ArchivePart[] | null = null;
  if (kind === 'zip') {
    const inspection = inspectArchive(bytes);
    if (inspection.verdict === 'too-large') return tooLarge();
    if (inspection.verdict === 'too-many-cells') {
      return fail('file.too-large', FILE_MESSAGES.tooManyCells(file, WORKBOOK_LIMITS.filledCells));
    }
    if (inspection.verdict === 'damaged') return fail('file.unreadable', FILE_MESSAGES.unreadable(file));
    // Rows below the last filled one hold formatting at most (a whole column formatted, a
    // formula filled down to row 1,048,576): parsing them would cost seconds and gigabytes.
    // The extra row keeps a stray cell just below in view of the locator.
    if (inspection.lastFilledRow !== null) options = { ...PARSE_OPTIONS, sheetRows: inspection.lastFilledRow + 1 };
    // Without any formula there is no formula without result to see: formulas and empty cells
    // need not be read (about a tenth of SheetJS's time on a large export).
    if (!inspection.hasFormulas) options = { ...options, cellFormula: false, sheetStubs: false };
    parts = inspection.parts;
  }

  let book: XLSX.WorkBook;
  // SheetJS's English console lines become notices (see `read-quietly.ts`).
  let readerNotes: Diagnostic[];
  try {
    const read = readQuietly(bytes, options, parts ? () => readInflated(parts, options) : undefined);
    book = read.book;
    readerNotes = readerDiagnostics(file, read.messages);
  } catch (error) {
    // Legacy `.xls` files protected with a password are refused by SheetJS with this wording.
    return /password/i.test(String((error as Error)?.message ?? error))
      ? fail('file.encrypted', FILE_MESSAGES.encrypted(file))
      : fail('file.unreadable', FILE_MESSAGES.unreadable(file));
  }
  if (!book?.SheetNames?.length) return fail('file.unreadable', FILE_MESSAGES.unreadable(file));

  try {
    const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
    const diagnostics: Diagnostic[] = [...readerNotes];
    const sheets = book.SheetNames.map((written): RawSheet => {
      const sheet = book.Sheets[written];
      // Excel allows no control character in a sheet name, but a hostile file may hold one, and
      // the name is printed in every message about the sheet (an escape sequence in a terminal).
      const renamed = { removed: false };
      const name = clean(written, renamed);
      // SheetJS leaves out a sheet whose part it failed on (or that the package lacks).
      if (!sheet) {
        diagnostics.push(
          diagnostic('sheet.unreadable', { file, sheet: name }, FILE_MESSAGES.sheetUnreadable(file, name)),
        );
        return { name, rows: [], unreadable: true };
      }
      const cleanedCells: string[] = renamed.removed ? [FILE_MESSAGES.sheetName] : [];
      const raw = toRawSheet(name, sheet, date1904, cleanedCells);
      if (cleanedCells.length > 0) {
        diagnostics.push(
          diagnostic(
            'value.control-characters-removed',
            { file, sheet: name },
            FILE_MESSAGES.controlCharacters(describeCells(cleanedCells)),
          ),
        );
      }
      return raw;
    });
    return { workbook: { file, sheets }, diagnostics };
  } catch {
    return fail('file.unreadable', FILE_MESSAGES.unreadable(file));
  }
}
