import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeWorkbookBytes, truncate } from '../../testing/make-workbook.ts';
import { writeZip, zipEntries } from '../../testing/zip-archive.ts';
import { readerDiagnostics, readQuietly } from './read-quietly.ts';
import { readWorkbook } from './read-workbook.ts';

/**
 * A LibreOffice number format with three parts (`#.##0 €;-#.##0 €;"–"`), as LibreOffice stores
 * it: the zero part with two conditional maps to the positive and the negative part. SheetJS
 * understands only the map `value()>=0`, so it prints "ODS number format may be incorrect".
 */
const CONDITIONAL_STYLES =
  '<number:number-style style:name="N2P0" style:volatile="true"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text> €</number:text></number:number-style>' +
  '<number:number-style style:name="N2P1" style:volatile="true"><number:text>-</number:text><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text> €</number:text></number:number-style>' +
  '<number:number-style style:name="N2"><number:text>–</number:text><style:map style:condition="value()&gt;0" style:apply-style-name="N2P0"/><style:map style:condition="value()&lt;0" style:apply-style-name="N2P1"/></number:number-style>' +
  '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"/>';

/** An .ods whose B2 (500, shown "500 €") and C2 (a date, shown "15.03.2026") carry that format. */
function conditionalFormatOds(): Uint8Array {
  const entries = zipEntries(
    makeWorkbookBytes({
      bookType: 'ods',
      sheets: [
        {
          name: 'Maßnahmen',
          rows: [
            ['Nr', 'Kosten', 'Beginn'],
            ['M-1', 500, 1],
          ],
        },
      ],
    }),
  );
  let content = new TextDecoder().decode(entries.get('content.xml') as Uint8Array);
  content = content.replace('</office:automatic-styles>', `${CONDITIONAL_STYLES}</office:automatic-styles>`);
  content = content.replace(
    '<table:table-cell office:value-type="float" office:value="500"><text:p>500</text:p>',
    '<table:table-cell table:style-name="ce2" office:value-type="float" office:value="500"><text:p>500 €</text:p>',
  );
  content = content.replace(
    '<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p>',
    '<table:table-cell table:style-name="ce2" office:value-type="date" office:date-value="2026-03-15"><text:p>15.03.2026</text:p>',
  );
  expect(content.match(/table:style-name="ce2"/g)).toHaveLength(2);
  entries.set('content.xml', content);
  return writeZip(entries);
}

describe('SheetJS console lines', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never reach the terminal when an .ods has a conditional number format', () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const result = readWorkbook('massnahmen.ods', conditionalFormatOds());
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    // The shown text is LibreOffice's own, so the amount reads as the office sees it.
    expect(result.workbook!.sheets[0]!.rows[1]![1]).toMatchObject({ value: 500, text: '500 €' });
    expect(console.error).toBe(error);
  });

  it('become one located notice that says what they mean', () => {
    const { diagnostics } = readWorkbook('massnahmen.ods', conditionalFormatOds());
    expect(diagnostics).toHaveLength(1);
    const [notice] = diagnostics;
    expect(notice).toMatchObject({ severity: 'notice', code: 'file.number-format-partial', file: 'massnahmen.ods' });
    expect(notice!.message).toContain('„massnahmen.ods“');
    expect(notice!.message).toContain('value()>0, value()<0');
    expect(notice!.message).toContain('Datum');
    expect(notice!.message).not.toMatch(/may be incorrect/);
  });

  it('are what the notice says: a date in such a cell arrives as a plain number', () => {
    const cell = readWorkbook('massnahmen.ods', conditionalFormatOds()).workbook!.sheets[0]!.rows[1]![2];
    expect(cell).toMatchObject({ text: '15.03.2026', date: null });
  });

  it('restores the console when the read throws', () => {
    const before = console.error;
    expect(() => readQuietly(truncate(conditionalFormatOds(), 0.5), { type: 'array' })).toThrow();
    expect(console.error).toBe(before);
  });

  it('quote any other line, so nothing the reader said is lost', () => {
    const [note] = readerDiagnostics('a.xls', [
      'Missing Info for XLS Record 0x1234',
      'Missing Info for XLS Record 0x1234',
    ]);
    expect(note).toMatchObject({ severity: 'notice', code: 'file.reader-note', file: 'a.xls' });
    expect(note!.message).toContain('„Missing Info for XLS Record 0x1234“.');
    expect(readerDiagnostics('a.xlsx', [])).toEqual([]);
  });
});
