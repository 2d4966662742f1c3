import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  makeEncryptedWorkbookBytes,
  makeWorkbookBytes,
  truncate,
  type WorkbookDescription,
} from '../../testing/make-workbook.ts';
import { writeZip, zipEntries } from '../../testing/zip-archive.ts';
import type { RawCell } from './raw.ts';
import { readWorkbook } from './read-workbook.ts';

const BOOK_TYPES = ['xlsx', 'xls', 'ods'] as const;

const read = (file: string, description: WorkbookDescription) => {
  const result = readWorkbook(file, makeWorkbookBytes(description));
  expect(result.diagnostics).toEqual([]);
  return result.workbook!;
};

const cellAt = (
  file: string,
  description: WorkbookDescription,
  row: number,
  column: number,
): RawCell | null | undefined => read(file, description).sheets[0]!.rows[row - 1]?.[column];

describe('readWorkbook: cells', () => {
  it.each(BOOK_TYPES)('keeps text raw, numbers and booleans typed (%s)', (bookType) => {
    const book = read(`a.${bookType}`, { bookType, sheets: [{ name: 'S', rows: [['  Nr.\n', 42, true, false]] }] });
    const [text, number, yes, no] = book.sheets[0]!.rows[0]!;
    expect(text).toMatchObject({ value: '  Nr.\n', date: null, error: null, link: null });
    expect(number).toMatchObject({ value: 42, date: null });
    expect(yes?.value).toBe(true);
    expect(no?.value).toBe(false);
  });

  it.each(BOOK_TYPES)('resolves a date-formatted number to its calendar date (%s)', (bookType) => {
    const cell = cellAt(`a.${bookType}`, { bookType, sheets: [{ name: 'S', rows: [[{ date: '2026-11-12' }]] }] }, 1, 0);
    expect(cell?.date).toEqual({ year: 2026, month: 11, day: 12 });
    expect(cell?.value).toBe(46338);
  });

  it.each(BOOK_TYPES)('applies the 1904 date system (%s)', (bookType) => {
    const cell = cellAt(
      `a.${bookType}`,
      { bookType, date1904: true, sheets: [{ name: 'S', rows: [[{ date: '2026-11-12' }]] }] },
      1,
      0,
    );
    expect(cell?.value).toBe(46338 - 1462);
    expect(cell?.date).toEqual({ year: 2026, month: 11, day: 12 });
  });

  it('reads dates under German formats that SheetJS cannot render as text', () => {
    const cell = cellAt(
      'a.xlsx',
      { sheets: [{ name: 'S', rows: [[{ date: '2024-02-29', format: 'dd.mm.yyyy' }]] }] },
      1,
      0,
    );
    expect(cell?.date).toEqual({ year: 2024, month: 2, day: 29 });
    expect(cell?.format).toBe('dd.mm.yyyy');
  });

  it('leaves a number without date format undated, and a percent with its format', () => {
    const book = read('a.xlsx', {
      sheets: [{ name: 'S', rows: [[46338, { percent: 0.45 }, { number: 1250000, format: '#,##0' }]] }],
    });
    const [plain, percent, money] = book.sheets[0]!.rows[0]!;
    expect(plain?.date).toBeNull();
    expect(percent).toMatchObject({ value: 0.45, format: '0%', text: '45%', date: null });
    expect(money).toMatchObject({ value: 1250000, format: '#,##0', text: '1,250,000' });
  });

  it.each([false, true])('names the day a number would show as a date, for hints (1904: %s)', (date1904) => {
    const book = read('a.xlsx', { date1904, sheets: [{ name: 'S', rows: [[46338, 2026, 46338.75, 12345, 120000]] }] });
    const [serial, year, withTime, paper, large] = book.sheets[0]!.rows[0]!;
    const day = date1904 ? { year: 2030, month: 11, day: 13 } : { year: 2026, month: 11, day: 12 };
    expect(serial?.date).toBeNull();
    expect(serial?.serialDate).toEqual(day);
    expect(withTime?.serialDate).toEqual(day);
    expect(year?.serialDate).toBeUndefined();
    expect(paper?.serialDate).toBeUndefined();
    expect(large?.serialDate).toBeUndefined();
  });

  it.each([false, true])('hints at days of 1990 to 2100 in either date system (1904: %s)', (date1904) => {
    const shift = date1904 ? 1462 : 0;
    // 1 January 1990 and 31 December 2100, and the day before and after.
    const [before, first, last, after] = [32_873, 32_874, 73_415, 73_416].map((serial) => serial - shift);
    const book = read('a.xlsx', { date1904, sheets: [{ name: 'S', rows: [[before!, first!, last!, after!]] }] });
    const [a, b, c, d] = book.sheets[0]!.rows[0]!;
    expect(a?.serialDate).toBeUndefined();
    expect(b?.serialDate).toEqual({ year: 1990, month: 1, day: 1 });
    expect(c?.serialDate).toEqual({ year: 2100, month: 12, day: 31 });
    expect(d?.serialDate).toBeUndefined();
  });

  it.each(['xlsx', 'xls'] as const)('gives an error cell its Excel text (%s)', (bookType) => {
    const cell = cellAt(
      `a.${bookType}`,
      { bookType, sheets: [{ name: 'S', rows: [[{ error: '#REF!' }, { error: '#N/A' }]] }] },
      1,
      0,
    );
    expect(cell).toMatchObject({ value: '#REF!', error: '#REF!' });
    const second = cellAt(
      `a.${bookType}`,
      { bookType, sheets: [{ name: 'S', rows: [[{ error: '#REF!' }, { error: '#N/A' }]] }] },
      1,
      1,
    );
    expect(second?.error).toBe('#N/A');
  });

  it.each(BOOK_TYPES)('keeps the target of a hyperlink (%s)', (bookType) => {
    const cell = cellAt(
      `a.${bookType}`,
      {
        bookType,
        sheets: [{ name: 'S', rows: [[{ text: 'Ratsinfo', link: 'https://rat.example.de/vo020?VOLFDNR=1' }]] }],
      },
      1,
      0,
    );
    expect(cell).toMatchObject({ value: 'Ratsinfo', link: 'https://rat.example.de/vo020?VOLFDNR=1' });
  });

  it('keeps the cached value of a formula', () => {
    const cell = cellAt('a.xlsx', { sheets: [{ name: 'S', rows: [[{ formula: 'B1*2', value: 84 }, 42]] }] }, 1, 0);
    expect(cell?.value).toBe(84);
  });

  it('drops empty strings and keeps white space only text for the locator to judge', () => {
    const row = read('a.xlsx', { sheets: [{ name: 'S', rows: [['', '\u00a0', 'x']] }] }).sheets[0]!.rows[0]!;
    expect(row[0]).toBeNull();
    expect(row[1]?.value).toBe('\u00a0');
  });
});

describe('readWorkbook: positions', () => {
  it.each(BOOK_TYPES)(
    'places rows and columns at their Excel positions even when the range starts at B3 (%s)',
    (bookType) => {
      const bytes = makeWorkbookBytes({
        bookType,
        sheets: [{ name: 'S', rows: [[], [], [null, 'Nr.', 'Titel'], [null, '1', 'Radweg']] }],
      });
      const sheet = readWorkbook(`a.${bookType}`, bytes).workbook!.sheets[0]!;
      expect(sheet.rows[0]).toBeNull();
      expect(sheet.rows[1]).toBeNull();
      expect(sheet.rows[2]?.[0]).toBeNull();
      expect(sheet.rows[2]?.[1]?.value).toBe('Nr.');
      expect(sheet.rows[3]?.[2]?.value).toBe('Radweg');
      expect(sheet.rows).toHaveLength(4);
    },
  );

  it('keeps a merged banner in its top-left cell only', () => {
    const row = read('a.xlsx', {
      sheets: [{ name: 'S', rows: [[{ banner: 'Maßnahmenliste – Stand 12.11.2026', span: 4 }]] }],
    }).sheets[0]!.rows[0]!;
    expect(row.map((c) => c?.value ?? null)).toEqual(['Maßnahmenliste – Stand 12.11.2026']);
  });

  it('reads every sheet in workbook order, an empty one as no rows', () => {
    const book = read('a.xlsx', {
      sheets: [
        { name: 'Ziele', rows: [['x']] },
        { name: 'Tabelle2', rows: [] },
        { name: 'Maßnahmen', rows: [['y']] },
      ],
    });
    expect(book.file).toBe('a.xlsx');
    expect(book.sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['Ziele', 1],
      ['Tabelle2', 0],
      ['Maßnahmen', 1],
    ]);
  });
});

describe('readWorkbook: refused files', () => {
  const codes = (file: string, bytes: Uint8Array) => {
    const result = readWorkbook(file, bytes);
    expect(result.workbook).toBeNull();
    return result.diagnostics.map((d) => [d.code, d.severity, d.file, d.sheet, d.row]);
  };
  const csv = new TextEncoder().encode('Nr.;Titel\n1;Radweg\n');
  const html = new TextEncoder().encode('<html><body><table><tr><td>Nr.</td></tr></table></body></html>');

  it('reports an empty file', () => {
    expect(codes('leer.xlsx', new Uint8Array())).toEqual([['file.empty', 'error', 'leer.xlsx', null, null]]);
  });

  it.each(['a.xlsx', 'a.xlsm', 'a.ods', 'a.xls'])('refuses text, CSV and HTML under %s', (file) => {
    expect(codes(file, csv)).toEqual([['file.unreadable', 'error', file, null, null]]);
    expect(codes(file, html)).toEqual([['file.unreadable', 'error', file, null, null]]);
    expect(readWorkbook(file, csv).diagnostics[0]!.message).toBe(
      `„${file}“ ist keine Arbeitsmappe oder beschädigt. Bitte die Datei neu aus Excel oder LibreOffice speichern.`,
    );
  });

  it('refuses a binary .xls under an .xlsx name, and a ZIP under .xls', () => {
    expect(codes('a.xlsx', makeWorkbookBytes({ bookType: 'xls', sheets: [{ name: 'S', rows: [['x']] }] }))[0]![0]).toBe(
      'file.unreadable',
    );
    expect(codes('a.xls', makeWorkbookBytes({ sheets: [{ name: 'S', rows: [['x']] }] }))[0]![0]).toBe(
      'file.unreadable',
    );
  });

  it('accepts an "XML-Tabelle 2003" (SpreadsheetML) under .xls', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Nr.', 'Titel']]), 'Ziele');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlml' }) as ArrayBuffer);
    const result = readWorkbook('alt.xls', bytes);
    expect(result.diagnostics).toEqual([]);
    expect(result.workbook!.sheets[0]!.rows[0]![1]?.value).toBe('Titel');
  });

  it('refuses a ZIP that is no workbook', () => {
    const zip = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(zip, '/notes.txt', new TextEncoder().encode('hallo'));
    const bytes = new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }) as ArrayLike<number>);
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x50, 0x4b, 3, 4]);
    expect(codes('a.xlsx', bytes)[0]![0]).toBe('file.unreadable');
  });

  it.each(BOOK_TYPES)(
    'reports a truncated download instead of crashing, never reads part of a sheet (%s)',
    (bookType) => {
      const rows = Array.from({ length: 200 }, (_, i) => [String(i + 1), `Maßnahme ${i + 1}`, i * 1000]);
      const description: WorkbookDescription = {
        bookType,
        sheets: [{ name: 'S', rows: [['Nr.', 'Titel', 'Kosten'], ...rows] }],
      };
      const bytes = makeWorkbookBytes(description);
      for (const fraction of [0.3, 0.5, 0.75, 0.9]) {
        expect(codes(`a.${bookType}`, truncate(bytes, fraction))).toEqual([
          ['file.unreadable', 'error', `a.${bookType}`, null, null],
        ]);
      }
      // Cutting only the padding behind the last stream loses nothing; anything read is complete.
      for (const fraction of [0.97, 0.99, 0.999]) {
        const result = readWorkbook(`a.${bookType}`, truncate(bytes, fraction));
        if (result.workbook) expect(result.workbook.sheets[0]!.rows).toHaveLength(201);
        else expect(result.diagnostics.map((d) => d.code)).toEqual(['file.unreadable']);
      }
    },
  );

  it('reports a small binary .xls cut inside its only stream', () => {
    const bytes = makeWorkbookBytes({
      bookType: 'xls',
      sheets: [
        {
          name: 'S',
          rows: [
            ['Nr.', 'Titel'],
            ['1', 'Radweg'],
          ],
        },
      ],
    });
    // Without the check, SheetJS reads these as a sheet without rows.
    for (const fraction of [0.85, 0.9])
      expect(codes('a.xls', truncate(bytes, fraction))[0]![0]).toBe('file.unreadable');
  });

  it.each(['a.xlsx', 'a.xlsm', 'a.xls'])('reports a password-protected workbook under %s', (file) => {
    expect(codes(file, makeEncryptedWorkbookBytes())).toEqual([['file.encrypted', 'error', file, null, null]]);
    expect(readWorkbook(file, makeEncryptedWorkbookBytes()).diagnostics[0]!.message).toBe(
      `„${file}“ ist mit einem Kennwort geschützt. Bitte ohne Kennwort speichern.`,
    );
  });
});

describe('readWorkbook: time zones', () => {
  // Dates must not depend on the machine's time zone; the zones are 26 hours apart.
  const script = `
    const { makeWorkbookBytes } = await import(${JSON.stringify(fileURLToPath(new URL('../../testing/make-workbook.ts', import.meta.url)))});
    const { readWorkbook } = await import(${JSON.stringify(fileURLToPath(new URL('./read-workbook.ts', import.meta.url)))});
    const out = [];
    for (const bookType of ['xlsx', 'xls', 'ods']) for (const date1904 of [false, true]) {
      const bytes = makeWorkbookBytes({ bookType, date1904, sheets: [{ name: 'S', rows: [[{ date: '2026-01-01' }, { date: '2026-12-31' }]] }] });
      out.push(readWorkbook('a.' + bookType, bytes).workbook.sheets[0].rows[0].map((c) => c.date));
    }
    // Some tools store ISO dates (t="d") instead of serial numbers.
    const XLSX = await import('xlsx');
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, { A1: { t: 'd', v: new Date(Date.UTC(2026, 0, 1)), z: 'yyyy-mm-dd' }, B1: { t: 'd', v: new Date(Date.UTC(2026, 11, 31)), z: 'yyyy-mm-dd' }, '!ref': 'A1:B1' }, 'S');
    const iso = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', cellDates: true }));
    out.push(readWorkbook('iso.xlsx', iso).workbook.sheets[0].rows[0].map((c) => c.date));
    console.log(JSON.stringify({ offset: new Date(2026, 0, 1).getTimezoneOffset(), out }));
  `;
  const run = (tz: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      }),
    ) as { offset: number; out: unknown[] };

  it('gives the same calendar dates in Pacific/Kiritimati and America/Adak, in both date systems', () => {
    const east = run('Pacific/Kiritimati');
    const west = run('America/Adak');
    // The zones really were in effect.
    expect(east.offset).toBe(-14 * 60);
    expect(west.offset).toBe(10 * 60);
    const expected = [
      { year: 2026, month: 1, day: 1 },
      { year: 2026, month: 12, day: 31 },
    ];
    expect(east.out).toEqual(Array(7).fill(expected));
    expect(west.out).toEqual(east.out);
  });
});

describe('readWorkbook: hostile and odd files', () => {
  const SHEET = 'xl/worksheets/sheet1.xml';
  const base = () =>
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
  /** The base workbook with its first sheet's XML changed by `edit`. */
  const edited = (edit: (xml: string) => string): Uint8Array => {
    const entries = zipEntries(base());
    return writeZip(entries.set(SHEET, edit(new TextDecoder().decode(entries.get(SHEET) as Uint8Array))));
  };

  it('refuses a zip bomb as file.too-large, naming the file', () => {
    const bomb = edited((xml) => xml);
    const entries = zipEntries(bomb);
    const result = readWorkbook('bombe.xlsx', writeZip(entries, { [SHEET]: { declaredSize: 2 ** 31 } }));
    expect(result.workbook).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'file.too-large',
        severity: 'error',
        file: 'bombe.xlsx',
        message: expect.stringContaining('„bombe.xlsx“'),
      }),
    ]);
  });

  it('never expands entities: a billion laughs stays one short text', () => {
    const lol =
      '<!DOCTYPE worksheet [<!ENTITY a "lollollollollollollollollollol">' +
      Array.from(
        { length: 8 },
        (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
      ).join('') +
      ']>';
    const bytes = edited((xml) =>
      xml
        .replace('<worksheet', `${lol}<worksheet`)
        .replace('</sheetData>', '<row r="3"><c r="A3" t="inlineStr"><is><t>&i;</t></is></c></row></sheetData>'),
    );
    const { workbook } = readWorkbook('lol.xlsx', bytes);
    expect(workbook?.sheets[0]?.rows[1]?.[1]?.value).toBe('Wohnen');
    const text = String(workbook?.sheets[0]?.rows[2]?.[0]?.value ?? '');
    expect(text).not.toContain('lollol');
    expect(text.length).toBeLessThan(20);
  });

  it('never expands entities in an "XML-Tabelle 2003" either', () => {
    const entities =
      '<!ENTITY a "lollollollollollollollollollol">' +
      Array.from(
        { length: 8 },
        (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
      ).join('') +
      '<!ENTITY xxe SYSTEM "file:///etc/hostname">';
    const xml =
      `<?xml version="1.0"?><!DOCTYPE Workbook [${entities}]>` +
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">' +
      '<Worksheet ss:Name="S"><Table><Row><Cell><Data ss:Type="String">&i;</Data></Cell><Cell><Data ss:Type="String">&xxe;</Data></Cell></Row></Table></Worksheet></Workbook>';
    const { workbook } = readWorkbook('alt.xls', new TextEncoder().encode(xml));
    expect(workbook?.sheets[0]?.name).toBe('S');
    const hostname = execFileSync('cat', ['/etc/hostname'], { encoding: 'utf8' }).trim();
    const texts = (workbook?.sheets[0]?.rows[0] ?? []).map((c) => String(c?.value ?? ''));
    for (const text of texts) {
      expect(text).not.toContain('lollol');
      expect(text).not.toContain(hostname);
      expect(text.length).toBeLessThan(20);
    }
  });

  it('never reads an external entity', () => {
    const bytes = edited((xml) =>
      xml
        .replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/hostname">]><worksheet')
        .replace('</sheetData>', '<row r="3"><c r="A3" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData>'),
    );
    const { workbook } = readWorkbook('xxe.xlsx', bytes);
    expect(workbook?.sheets[0]?.rows[1]?.[1]?.value).toBe('Wohnen');
    const hostname = execFileSync('cat', ['/etc/hostname'], { encoding: 'utf8' }).trim();
    const text = String(workbook?.sheets[0]?.rows[2]?.[0]?.value ?? '');
    expect(text).not.toContain(hostname);
  });

  it('marks a formula saved without its result as uncalculated, and keeps one with a result', () => {
    const book = read('a.xlsx', {
      sheets: [
        {
          name: 'S',
          rows: [
            ['Nr.', 'Titel'],
            ['1', { formula: 'A2&"x"' }],
            ['2', { formula: 'A3&"x"', value: '2x' }],
          ],
        },
      ],
    });
    expect(book.sheets[0]!.rows[1]![1]).toMatchObject({ value: '', uncalculated: true });
    expect(book.sheets[0]!.rows[2]![1]).toMatchObject({ value: '2x' });
    expect(book.sheets[0]!.rows[2]![1]?.uncalculated).toBeUndefined();
  });

  it('reports a sheet it cannot parse as sheet.unreadable, never as empty', () => {
    // A shared-string index past the table makes SheetJS give up on that sheet only.
    const bytes = edited((xml) =>
      xml.replace('</sheetData>', '<row r="3"><c r="A3" t="s"><v>99999</v></c></row></sheetData>'),
    );
    const result = readWorkbook('kaputt.xlsx', bytes);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'sheet.unreadable', severity: 'error', file: 'kaputt.xlsx', sheet: 'Ziele' }),
    ]);
    expect(result.workbook?.sheets[0]).toMatchObject({ name: 'Ziele', unreadable: true, rows: [] });
  });

  it.each(BOOK_TYPES)('removes control characters from cells, with one notice per sheet (%s)', (bookType) => {
    const result = readWorkbook(
      `a.${bookType}`,
      makeWorkbookBytes({
        bookType,
        sheets: [{ name: 'S', rows: [['Rad\u0007weg', 'ok\tund\nso', 'x\u0085y\u001b']] }],
      }),
    );
    const [a, b, c] = result.workbook!.sheets[0]!.rows[0]!;
    expect(a?.value).toBe('Radweg');
    expect(a?.text).toBe('Radweg');
    expect(b?.value).toBe('ok\tund\nso');
    expect(c?.value).toBe('xy');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'value.control-characters-removed',
        severity: 'notice',
        sheet: 'S',
        message: expect.stringContaining('A1, C1'),
      }),
    ]);
  });

  it('removes control characters from a sheet name, with the notice', () => {
    const result = readWorkbook(
      'a.xlsx',
      makeWorkbookBytes({ sheets: [{ name: 'Zi\u001bele\u0007', rows: [['x']] }] }),
    );
    expect(result.workbook!.sheets[0]!.name).toBe('Ziele');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'value.control-characters-removed',
        sheet: 'Ziele',
        message: expect.stringContaining('Blattname'),
      }),
    ]);
  });

  it('keeps merged ranges over several rows for the locator', () => {
    const book = read('a.xlsx', {
      sheets: [{ name: 'S', rows: [['Nr.', 'Gremium'], ['1', 'Rat'], ['2'], ['3']], merges: ['B2:B4'] }],
    });
    expect(book.sheets[0]!.merges).toEqual([{ first: { row: 2, column: 1 }, last: { row: 4, column: 1 } }]);
  });

  it('reads every row above the last filled one, however far formatting runs', () => {
    const rows: string[] = [];
    for (let r = 3; r <= 5000; r++) rows.push(`<row r="${r}"><c r="Z${r}" s="0"/></row>`);
    rows.push('<row r="5001"><c r="A5001" t="inlineStr"><is><t>spät</t></is></c></row>');
    for (let r = 5002; r <= 9000; r++) rows.push(`<row r="${r}"><c r="Z${r}" t="str"><f>""</f><v></v></c></row>`);
    const { workbook } = readWorkbook(
      'a.xlsx',
      edited((xml) => xml.replace('</sheetData>', `${rows.join('')}</sheetData>`)),
    );
    const sheet = workbook!.sheets[0]!;
    expect(sheet.rows[5000]?.[0]?.value).toBe('spät');
    expect(sheet.rows.length).toBe(5001);
  });
});
