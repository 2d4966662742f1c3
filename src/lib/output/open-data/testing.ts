/**
 * Test helper: reads CSV back as RFC 4180 defines it. Deliberately separate from the writer, so a
 * writer bug cannot hide behind a reader with the same bug.
 */

/** A small RFC 4180 reader (no BOM), so tests check what a consumer reads back, not just strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

/** Reads a whole CSV file as published (BOM first) into header names and records keyed by them. */
export function readCsvFile(text: string): { header: string[]; records: Record<string, string>[] } {
  if (!text.startsWith('\uFEFF')) throw new Error('no BOM');
  const [header = [], ...rows] = parseCsv(text.slice(1));
  for (const row of rows)
    if (row.length !== header.length) throw new Error(`record with ${row.length} fields, header has ${header.length}`);
  return { header, records: rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]!]))) };
}
