/**
 * Edits inside a written `.xlsx` package, for what SheetJS's community edition does not write:
 * frozen panes (the downloads, the template) and drop-down lists (the template). The package is
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
