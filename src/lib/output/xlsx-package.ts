/**
 * Edits inside a written `.xlsx` package, for what SheetJS's community edition does not write:
 * frozen panes (the downloads, the template), drop-down lists and wrapped text columns (the
 * template). The package is
 * a ZIP of XML parts; each worksheet is `xl/worksheets/sheet<n>.xml`, in workbook order.
 */
import * as XLSX from 'xlsx';

/** The part of the `index`-th worksheet (0-based) inside the package. */
export const sheetPath = (index: number): string => `/xl/worksheets/sheet${index + 1}.xml`;

/**
 * Rewrites the XML of worksheets: `rewrite` gets each sheet's index and XML and returns the new
 * XML (or the same). Returns the new package's bytes.
 */
export function rewriteSheets(
  bytes: Uint8Array,
  rewrite: (index: number, xml: string) => string,
): Uint8Array<ArrayBuffer> {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  for (let index = 0; ; index++) {
    const entry = XLSX.CFB.find(zip, sheetPath(index));
    if (!entry?.content) break;
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const changed = rewrite(index, xml);
    if (changed === xml) continue;
    entry.content = new TextEncoder().encode(changed) as unknown as typeof entry.content;
    entry.size = (entry.content as Uint8Array).length;
  }
  return new Uint8Array(
    XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>,
  );
}

/** The XML of one worksheet of a package (for tests and checks). */
export function sheetXml(bytes: Uint8Array, index: number): string {
  const entry = XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'array' }), sheetPath(index));
  if (!entry?.content) throw new Error(`no sheet ${index + 1} in workbook`);
  return new TextDecoder().decode(entry.content as Uint8Array);
}

/** The frozen first row, as SpreadsheetML writes it. */
const FROZEN_HEADER_VIEW =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';

/** A worksheet's XML with its first row frozen, so the headers stay in sight while scrolling. */
export function withFrozenHeaderRow(xml: string): string {
  return xml.replace(/<sheetViews>[\s\S]*?<\/sheetViews>|<sheetViews\/>/, FROZEN_HEADER_VIEW);
}

/** The cell format that wraps text and aligns it to the top, added to `xl/styles.xml`. */
const WRAP_XF =
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>';

/**
 * Styles XML with {@link WRAP_XF} appended to its cell formats; returns the XML and the new
 * format's index (what a cell's or column's `s`/`style` names).
 */
export function withWrapStyle(stylesXml: string): { readonly xml: string; readonly index: number } {
  const cellXfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(stylesXml);
  if (!cellXfs) throw new Error('no cellXfs in styles.xml');
  const index = (cellXfs[2]!.match(/<xf\b/g) ?? []).length;
  const xml = stylesXml.replace(cellXfs[0], `<cellXfs count="${index + 1}">${cellXfs[2]}${WRAP_XF}</cellXfs>`);
  return { xml, index };
}

/** The column letters of a cell reference (`AB12` → `AB`) as a 0-based index. */
function columnIndexOf(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? '';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * A worksheet's XML with the 0-based `columns` in format `style`: the `<col>` entries (so a cell
 * the office types into later wraps too) and every cell below the header row.
 */
export function withColumnStyle(xml: string, columns: readonly number[], style: number): string {
  const wanted = new Set(columns);
  return xml
    .replace(/<col min="(\d+)" max="(\d+)"([^>]*?)\/>/g, (col, min: string, max: string, rest: string) => {
      if (min !== max || !wanted.has(Number(min) - 1)) return col;
      return `<col min="${min}" max="${max}"${rest.replace(/ style="\d+"/, '')} style="${style}"/>`;
    })
    .replace(/<c r="([A-Z]+)(\d+)"([^>]*?)(\/?)>/g, (cell, letters: string, row: string, rest: string, end: string) => {
      if (row === '1' || !wanted.has(columnIndexOf(letters))) return cell;
      return `<c r="${letters}${row}"${rest.replace(/ s="\d+"/, '')} s="${style}"${end}>`;
    });
}

/**
 * Wraps the text of the given columns (by 0-based sheet position, 0-based column indices), top
 * aligned, as Excel's „Zeilenumbruch“ does: one new cell format in `xl/styles.xml`, used by the
 * columns and their cells below the header. Meant for text columns: a format a cell there had
 * is replaced. Returns the new package's bytes.
 */
export function withWrappedColumns(
  bytes: Uint8Array,
  columnsBySheet: ReadonlyMap<number, readonly number[]>,
): Uint8Array<ArrayBuffer> {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const styles = XLSX.CFB.find(zip, '/xl/styles.xml');
  if (!styles?.content) throw new Error('no styles.xml in workbook');
  const { xml, index } = withWrapStyle(new TextDecoder().decode(styles.content as Uint8Array));
  const put = (entry: NonNullable<typeof styles>, text: string) => {
    entry.content = new TextEncoder().encode(text) as unknown as typeof entry.content;
    entry.size = (entry.content as Uint8Array).length;
  };
  put(styles, xml);
  for (const [sheet, columns] of columnsBySheet) {
    const entry = XLSX.CFB.find(zip, sheetPath(sheet));
    if (!entry?.content) throw new Error(`no sheet ${sheet + 1} in workbook`);
    put(entry, withColumnStyle(new TextDecoder().decode(entry.content as Uint8Array), columns, index));
  }
  return new Uint8Array(
    XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>,
  );
}
