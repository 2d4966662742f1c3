import { describe, expect, it } from 'vitest';
import { makeWorkbookBytes } from '../../testing/make-workbook.ts';
import { writeZip, zipEntries } from '../../testing/zip-archive.ts';
import { inspectArchive, WORKBOOK_LIMITS, type WorkbookLimits } from './inspect-archive.ts';

// Small limits keep the bombs of these tests small; the logic is the same at any size.
const SMALL: WorkbookLimits = { ...WORKBOOK_LIMITS, inflatedBytes: 2 ** 20, ratioFrom: 2 ** 18, filledCells: 100 };

const SHEET = 'xl/worksheets/sheet1.xml';
const sample = () =>
  makeWorkbookBytes({
    sheets: [
      {
        name: 'Ziele',
        rows: [
          ['Ziel-Nr.', 'Titel'],
          ['1', 'Wohnen'],
        ],
      },
    ],
  });

/** The sample workbook with `extra` appended to its sheet XML (after `</sheetData>`, where nothing is read). */
function withPadding(extra: Buffer, declaredSize?: number): Uint8Array {
  const entries = zipEntries(sample());
  const xml = new TextDecoder().decode(entries.get(SHEET) as Uint8Array);
  const [head, tail] = xml.split('</sheetData>');
  const content = Buffer.concat([Buffer.from(`${head}</sheetData>`), extra, Buffer.from(tail ?? '')]);
  return writeZip(entries.set(SHEET, content), declaredSize === undefined ? {} : { [SHEET]: { declaredSize } });
}

/** The sample workbook with rows appended to its sheet data. */
function withRows(rows: string): Uint8Array {
  const entries = zipEntries(sample());
  const xml = new TextDecoder().decode(entries.get(SHEET) as Uint8Array).replace('</sheetData>', `${rows}</sheetData>`);
  return writeZip(entries.set(SHEET, xml));
}

/** `bytes` with a 16-bit field of every central directory entry set to `value` (offset 8: flags, 10: method). */
function withCentralField(bytes: Uint8Array, field: number, value: number): Uint8Array {
  const copy = Buffer.from(bytes);
  for (let at = copy.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = copy.indexOf('PK\x01\x02', at + 4, 'latin1')) {
    copy.writeUInt16LE(value, at + field);
  }
  return copy;
}

describe('inspectArchive', () => {
  it('accepts a real workbook and finds its last filled row', () => {
    expect(inspectArchive(sample())).toMatchObject({ verdict: 'ok', lastFilledRow: 2 });
  });

  it('refuses an archive that declares more than the limit', () => {
    expect(inspectArchive(withPadding(Buffer.alloc(10), WORKBOOK_LIMITS.inflatedBytes + 1)).verdict).toBe('too-large');
  });

  it('refuses a bomb whose declared sizes lie, by counting what it really inflates to', () => {
    const bomb = withPadding(Buffer.alloc(SMALL.inflatedBytes + 1, 0x20), 1000);
    expect(inspectArchive(bomb, { ...SMALL, ratio: Infinity }).verdict).toBe('too-large');
    expect(inspectArchive(bomb).verdict).toBe('ok');
  });

  it('refuses an entry compressed far beyond what real XML reaches, even under the size limit', () => {
    const dense = withPadding(Buffer.alloc(SMALL.ratioFrom * 2, 0x20), 1000);
    expect(inspectArchive(dense, SMALL).verdict).toBe('too-large');
    expect(inspectArchive(dense, { ...SMALL, ratio: Infinity }).verdict).toBe('ok');
  });

  it('refuses more filled cells than the limit', () => {
    const rows = Array.from({ length: 101 }, (_, i) => `<row r="${i + 3}"><c r="A${i + 3}"><v>1</v></c></row>`).join(
      '',
    );
    expect(inspectArchive(withRows(rows), SMALL).verdict).toBe('too-many-cells');
  });

  it('refuses a file larger than the limit before opening it', () => {
    expect(inspectArchive(sample(), { ...WORKBOOK_LIMITS, fileBytes: 100 }).verdict).toBe('too-large');
  });

  it('calls a sheet part damaged that is cut short or no sheet at all', () => {
    const entries = zipEntries(sample());
    const xml = new TextDecoder().decode(entries.get(SHEET) as Uint8Array);
    expect(
      inspectArchive(writeZip(new Map(entries).set(SHEET, xml.slice(0, xml.indexOf('</sheetData>'))))).verdict,
    ).toBe('damaged');
    expect(inspectArchive(writeZip(new Map(entries).set(SHEET, 'kaputt'))).verdict).toBe('damaged');
    expect(inspectArchive(writeZip(new Map(entries).set(SHEET, `${xml}\n`))).verdict).toBe('ok');
  });

  it('calls an encrypted entry or an unknown packing method damaged, as SheetJS refuses them', () => {
    expect(inspectArchive(withCentralField(sample(), 8, 0x0801)).verdict).toBe('damaged');
    expect(inspectArchive(withCentralField(sample(), 10, 12)).verdict).toBe('damaged');
  });

  it('calls a cut or garbled container damaged', () => {
    const bytes = sample();
    expect(inspectArchive(bytes.slice(0, bytes.length - 30)).verdict).toBe('damaged');
  });

  it('ignores rows below the last filled one: formatted cells and empty text results', () => {
    const rows: string[] = [];
    for (let r = 3; r <= 2000; r++) {
      rows.push(
        r % 2
          ? `<row r="${r}"><c r="Z${r}" s="1"/></row>`
          : `<row r="${r}"><c r="Z${r}" t="str"><f>""</f><v></v></c></row>`,
      );
    }
    expect(inspectArchive(withRows(rows.join(''))).lastFilledRow).toBe(2);
  });

  it('counts a value, an inline text or a formula without result as filled', () => {
    expect(inspectArchive(withRows('<row r="9"><c r="C9"><v>0</v></c></row>')).lastFilledRow).toBe(9);
    expect(
      inspectArchive(withRows('<row r="9"><c r="C9" t="inlineStr"><is><t>x</t></is></c></row>')).lastFilledRow,
    ).toBe(9);
    expect(inspectArchive(withRows('<row r="9"><c r="C9"><f>A1*2</f></c></row>')).lastFilledRow).toBe(9);
    expect(inspectArchive(withRows('<x:row r="9"><x:c r="C9"><x:v>1</x:v></x:c></x:row>')).lastFilledRow).toBe(9);
  });

  it('counts a filled cell at its row number when that is further down than its address says', () => {
    expect(inspectArchive(withRows('<row r="40"><c r="C9"><v>1</v></c></row>')).lastFilledRow).toBe(40);
    // Rows without a number follow the one before, as SheetJS counts them.
    expect(inspectArchive(withRows('<row r="30"></row><row/><row><c r="C3"><v>1</v></c></row>')).lastFilledRow).toBe(
      32,
    );
  });

  it('gives up the row bound when a cell has no address, so nothing is cut', () => {
    expect(inspectArchive(withRows('<row><c><v>1</v></c></row>')).lastFilledRow).toBeNull();
  });

  it('knows no row bound for an .ods', () => {
    const ods = makeWorkbookBytes({ bookType: 'ods', sheets: [{ name: 'S', rows: [['a'], ['b']] }] });
    expect(inspectArchive(ods)).toMatchObject({ verdict: 'ok', lastFilledRow: null });
  });
});

describe('inspectArchive: whether formulas must be read', () => {
  it('knows a workbook without any formula', () => {
    expect(inspectArchive(sample()).hasFormulas).toBe(false);
  });

  it('sees a formula, with or without a result, in any row', () => {
    expect(inspectArchive(withRows('<row r="9"><c r="C9"><f>A1*2</f></c></row>')).hasFormulas).toBe(true);
    expect(inspectArchive(withRows('<row r="9"><c r="C9" t="str"><f>""</f><v></v></c></row>')).hasFormulas).toBe(true);
    expect(inspectArchive(withRows('<row r="9"><c r="C9"><f t="shared" si="0"/><v>1</v></c></row>')).hasFormulas).toBe(
      true,
    );
  });

  it('assumes formulas when it cannot follow the rows, and in an .ods', () => {
    expect(inspectArchive(withRows('<row><c><v>1</v></c></row>')).hasFormulas).toBe(true);
    const ods = makeWorkbookBytes({ bookType: 'ods', sheets: [{ name: 'S', rows: [['a'], ['b']] }] });
    expect(inspectArchive(ods).hasFormulas).toBe(true);
  });
});

describe('inspectArchive: the inflated entries', () => {
  it('hands over every entry, inflated, in the order of the directory', () => {
    const bytes = sample();
    const expected = [...zipEntries(bytes)].map(([name, content]) => ({ name, content: Buffer.from(content) }));
    const parts = inspectArchive(bytes).parts?.map(({ name, content }) => ({ name, content: Buffer.from(content) }));
    expect(parts).toEqual(expected);
  });

  it('hands over nothing when it refuses the file', () => {
    expect(inspectArchive(sample(), { ...WORKBOOK_LIMITS, fileBytes: 100 }).parts).toBeNull();
  });
});
