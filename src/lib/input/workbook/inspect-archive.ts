/**
 * Size checks before a workbook is parsed. `.xlsx`, `.xlsm` and `.ods` are ZIP containers, and
 * a few kilobytes of ZIP can inflate to gigabytes (a "zip bomb"): SheetJS would inflate all of
 * it into memory. So the container's directory is read first, every entry is inflated here with
 * a hard cap on its output (Node's zlib stops at `maxOutputLength`: the remaining budget, or
 * what the ratio limit allows for the entry if that is less), and a file that would pass
 * {@link WORKBOOK_LIMITS} is refused before SheetJS sees it. The sizes the directory declares
 * are checked too, but not trusted: a hostile file can declare anything.
 *
 * What is inflated is kept (never more than the limits allow, and no more than SheetJS would
 * hold anyway) and handed to SheetJS as its container, so each entry is inflated only once.
 *
 * The limits are far above what an ISEK export reaches (a few megabytes) and keep the build
 * well within the memory of an office computer. `docs/anleitung.md` names them for the office.
 */
import { inflateRawSync } from 'node:zlib';

/** The sizes a workbook may reach (see {@link WORKBOOK_LIMITS}). */
export interface WorkbookLimits {
  readonly fileBytes: number;
  readonly entries: number;
  readonly inflatedBytes: number;
  readonly ratio: number;
  readonly ratioFrom: number;
  readonly filledCells: number;
}

/** The sizes a workbook may reach. */
export const WORKBOOK_LIMITS: WorkbookLimits = {
  /** Bytes of the file itself (any format; `.xls` and XML files are not compressed). */
  fileBytes: 64 * 2 ** 20,
  /** Entries of a ZIP container (an Excel workbook has a few dozen). */
  entries: 10_000,
  /** Bytes all entries of a ZIP container inflate to, together. */
  inflatedBytes: 256 * 2 ** 20,
  /** Inflated bytes per compressed byte, for an entry of more than {@link WORKBOOK_LIMITS.ratioFrom} bytes. */
  ratio: 200,
  /** Below this many inflated bytes an entry's ratio is not checked (small XML compresses well). */
  ratioFrom: 8 * 2 ** 20,
  /** Cells holding a value or formula, over all sheets of a `.xlsx` (an ISEK export has thousands). */
  filledCells: 1_000_000,
};

/** What {@link inspectArchive} found. */
export interface ArchiveInspection {
  /**
   * `too-large` past a size limit, `too-many-cells` past {@link WORKBOOK_LIMITS.filledCells},
   * `damaged` when the container is broken, else `ok`.
   */
  readonly verdict: 'ok' | 'too-large' | 'too-many-cells' | 'damaged';
  /**
   * For an `.xlsx`: the last Excel row, over all sheets, with a cell holding a value or a
   * formula; rows below hold at most formatting or empty results, so the reader need not parse
   * them. `null` when unknown (another format, no cell found, or cells without addresses).
   */
  readonly lastFilledRow: number | null;
  /**
   * `false` only when the worksheets of an `.xlsx` were all searched and hold no formula at all,
   * so SheetJS need not read formulas or empty cells (it reads them only to see a formula saved
   * without its result); `true` otherwise, whenever it cannot be known.
   */
  readonly hasFormulas: boolean;
  /**
   * With `ok`: every entry of the container, inflated, in the directory's order (names as
   * SheetJS reads them, one byte a character), ready for SheetJS's `parse_zip`. Else `null`.
   */
  readonly parts: readonly ArchivePart[] | null;
}

/** One inflated entry of a ZIP container. */
export interface ArchivePart {
  readonly name: string;
  readonly content: Uint8Array;
}

/** The old name of the verdict alone. */
export type ArchiveVerdict = ArchiveInspection['verdict'];

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Offset of the end-of-central-directory record, or -1. */
function findEnd(bytes: Uint8Array): number {
  const data = view(bytes);
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (data.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

interface Entry {
  readonly name: string;
  /** The name as SheetJS reads it: one byte a character. */
  readonly rawName: string;
  readonly method: number;
  readonly flags: number;
  readonly compressed: number;
  readonly declared: number;
  readonly localOffset: number;
}

/** The central directory's entries; `null` when it is not where it says it is. */
function centralDirectory(bytes: Uint8Array, limits: WorkbookLimits): Entry[] | 'too-many' | null {
  const data = view(bytes);
  const end = findEnd(bytes);
  if (end < 0) return null;
  let count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && data.getUint32(end - 20, true) === 0x07064b50) {
    // ZIP64: the real count and offset are in the ZIP64 end record the locator points to.
    const record = Number(data.getBigUint64(end - 12, true));
    if (record + 56 > bytes.length || data.getUint32(record, true) !== 0x06064b50) return null;
    count = Number(data.getBigUint64(record + 32, true));
    offset = Number(data.getBigUint64(record + 48, true));
  }
  if (count > limits.entries) return 'too-many';
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    let compressed = data.getUint32(at + 20, true);
    let declared = data.getUint32(at + 24, true);
    let localOffset = data.getUint32(at + 42, true);
    // ZIP64 extra field: the 64-bit values, in this order, of those set to 0xFFFFFFFF.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength && e + 4 <= bytes.length;) {
      const id = data.getUint16(e, true);
      const size = data.getUint16(e + 2, true);
      if (id === 0x0001) {
        let field = e + 4;
        const next = (): number => {
          if (field + 8 > bytes.length) return Number.MAX_SAFE_INTEGER;
          const value = Number(data.getBigUint64(field, true));
          field += 8;
          return value;
        };
        if (declared === 0xffffffff) declared = next();
        if (compressed === 0xffffffff) compressed = next();
        if (localOffset === 0xffffffff) localOffset = next();
      }
      e += 4 + size;
    }
    const nameBytes = bytes.subarray(at + 46, Math.min(bytes.length, at + 46 + nameLength));
    const name = new TextDecoder().decode(nameBytes);
    const rawName = Buffer.from(nameBytes.buffer, nameBytes.byteOffset, nameBytes.byteLength).toString('latin1');
    entries.push({
      name,
      rawName,
      method: data.getUint16(at + 10, true),
      flags: data.getUint16(at + 8, true),
      compressed,
      declared,
      localOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header; `null` when out of bounds. */
function entryData(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const data = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  if (start + entry.compressed > bytes.length) return null;
  return bytes.subarray(start, start + entry.compressed);
}

class TooLarge extends Error {}

// Every XML part is searched, not only `xl/worksheets/*`: a writer may name its sheet parts
// otherwise, and a sheet left out of the search would lose its rows.
const XML_PART = /\.xml$/i;
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const SHEET_DATA = /<(?:[A-Za-z_][\w.-]*:)?sheetData\b/;
const WORKSHEET_END = /<\/(?:[A-Za-z_][\w.-]*:)?worksheet>\s*$/;
/**
 * A cell's opening tag (group 1), where a cell holds something (group 2: a value that is not
 * empty, an inline text, a formula), or a row's opening tag (group 3).
 */
const CELL_OR_FILLED = /<(?:[A-Za-z_][\w.-]*:)?(?:(c(?:\s[^>]*)?>)|(v>[^<]|is[\s>]|f[\s>/])|(row(?:\s[^>]*)?\/?>))/g;
const CELL_REF = /\br="[A-Z]+(\d+)"/;
const ROW_REF = /\br="(\d+)"/;
const STRING_RESULT = /\bt="str"/;
/**
 * Finds, in a worksheet's XML, the last row with a filled cell: a value, an inline text, or a
 * formula other than one whose saved result is an empty text (a helper column filled down). It
 * errs on the side of "filled", so no row with content is ever missed: a filled cell counts at
 * the larger of its own address (`r="Z17"`) and its row's number, which is counted the way
 * SheetJS counts it (the row's `r`, else one more than the row before).
 */
class FilledRows {
  lastRow = 0;
  cells = 0;
  /** Formulas seen (a cell's `<f>`), whatever their results. */
  formulas = 0;
  /** False once the rows could not be followed (a cell without address). */
  known = true;
  /**
   * Whether the part is a whole worksheet: it has its sheet data and ends with its closing tag.
   * A sheet part cut short (or not a sheet at all) would otherwise read as a shorter sheet.
   */
  readonly whole: boolean;

  constructor(content: Uint8Array) {
    // Latin-1 keeps every byte as one character; the markup searched for is plain ASCII.
    const text = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1');
    const sheetData = SHEET_DATA.exec(text);
    this.whole = sheetData !== null && WORKSHEET_END.test(text.slice(-256));
    // A part without sheet data holds no cells SheetJS would read.
    if (sheetData) this.scan(text, sheetData.index);
  }

  private scan(text: string, from: number): void {
    let row = 0;
    let tag: string | null = null;
    let counted = false;
    CELL_OR_FILLED.lastIndex = from;
    for (let hit = CELL_OR_FILLED.exec(text); hit; hit = CELL_OR_FILLED.exec(text)) {
      if (hit[3] !== undefined) {
        const number = ROW_REF.exec(hit[3]);
        row = number ? Number(number[1]) : row + 1;
        tag = null;
        continue;
      }
      if (hit[1] !== undefined) {
        tag = hit[1];
        counted = false;
        continue;
      }
      if (hit[2]?.startsWith('f')) this.formulas++;
      if (tag === null || counted) continue;
      // A formula with an empty text result counts only through its value, if it has one.
      if (hit[2]?.startsWith('f') && STRING_RESULT.test(tag)) continue;
      const ref = CELL_REF.exec(tag);
      if (!ref) {
        this.known = false;
        return;
      }
      counted = true;
      this.cells++;
      this.lastRow = Math.max(this.lastRow, Number(ref[1]), row);
    }
  }
}

/**
 * Inflates `packed`, or throws {@link TooLarge} as soon as its output would pass `cap` bytes:
 * zlib stops there, so memory never holds more than `cap` for the entry.
 */
function inflateCapped(packed: Uint8Array, cap: number): Uint8Array {
  if (cap < 1) {
    // Nothing may be added: only an entry that inflates to nothing passes.
    const output = inflateCapped(packed, 1);
    if (output.length > cap) throw new TooLarge();
    return output;
  }
  try {
    return inflateRawSync(packed, { maxOutputLength: cap });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new TooLarge();
    throw error;
  }
}

const tooHighRatio = (inflated: number, compressed: number, limits: WorkbookLimits): boolean =>
  inflated > limits.ratioFrom && inflated > limits.ratio * Math.max(1, compressed);

/**
 * Checks a ZIP workbook's sizes: `too-large` when it has too many entries, declares or really
 * inflates to more than {@link WORKBOOK_LIMITS} allow, or an entry inflates at a ratio no
 * spreadsheet reaches; `damaged` when its directory is broken, an entry is encrypted or packed
 * by a method other than stored or deflated (SheetJS would fail on it too); else `ok`, with the
 * last filled row of its worksheets and the inflated entries.
 */
export function inspectArchive(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS): ArchiveInspection {
  const verdict = (v: 'too-large' | 'too-many-cells' | 'damaged'): ArchiveInspection => ({
    verdict: v,
    lastFilledRow: null,
    hasFormulas: true,
    parts: null,
  });
  if (bytes.length > limits.fileBytes) return verdict('too-large');
  const entries = centralDirectory(bytes, limits);
  if (entries === null) return verdict('damaged');
  if (entries === 'too-many') return verdict('too-large');
  let declared = 0;
  for (const entry of entries) {
    declared += entry.declared;
    if (declared > limits.inflatedBytes || tooHighRatio(entry.declared, entry.compressed, limits))
      return verdict('too-large');
  }
  let budget = limits.inflatedBytes;
  let lastFilledRow: number | null = 0;
  let cells = 0;
  let formulas = 0;
  let sheets = 0;
  let rowsKnown = true;
  // SheetJS reads a container with these parts as OpenDocument, whose formulas are attributes.
  const openDocument = entries.some((e) => /^(?:META-INF\/manifest|objectdata)\.xml$/i.test(e.name));
  const parts: ArchivePart[] = [];
  for (const entry of entries) {
    const packed = entryData(bytes, entry);
    if (packed === null) return verdict('damaged');
    // Encrypted entries (flag bits 0, 6, 13) and other methods than stored (0) and deflated (8):
    // SheetJS refuses them.
    if ((entry.flags & 0x2041) !== 0 || (entry.method !== 0 && entry.method !== 8)) return verdict('damaged');
    let content: Uint8Array;
    if (entry.method === 0) {
      content = packed;
    } else {
      // The ratio limit as a cap too: a bomb entry stops after a few megabytes, not at the budget.
      const ratioCap = Math.max(limits.ratioFrom, limits.ratio * Math.max(1, packed.length));
      try {
        content = inflateCapped(packed, Math.min(budget, ratioCap));
      } catch (error) {
        return verdict(error instanceof TooLarge ? 'too-large' : 'damaged');
      }
    }
    budget -= content.length;
    if (budget < 0 || tooHighRatio(content.length, packed.length, limits)) return verdict('too-large');
    parts.push({ name: entry.rawName, content });
    if (XML_PART.test(entry.name)) {
      const rows = new FilledRows(content);
      if (WORKSHEET_PART.test(entry.name) && !rows.whole) return verdict('damaged');
      cells += rows.cells;
      formulas += rows.formulas;
      if (WORKSHEET_PART.test(entry.name)) sheets++;
      rowsKnown &&= rows.known;
      if (cells > limits.filledCells) return verdict('too-many-cells');
      lastFilledRow = !rows.known || lastFilledRow === null ? null : Math.max(lastFilledRow, rows.lastRow);
    }
  }
  // No cell found at all (an `.ods`, or empty sheets): nothing is known, nothing is cut.
  const hasFormulas = openDocument || sheets === 0 || !rowsKnown || formulas > 0;
  return { verdict: 'ok', lastFilledRow: lastFilledRow === 0 ? null : lastFilledRow, hasFormulas, parts };
}
