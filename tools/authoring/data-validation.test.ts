import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  addDataValidations,
  dataValidationsXml,
  insertDataValidations,
  sheetXml,
  type ListValidation,
} from './data-validation.ts';
import { workbookBytes } from './workbook-data.ts';

const status: ListValidation = {
  sqref: 'A2:A100',
  source: 'Listen!$A$1:$A$3',
  errorStyle: 'stop',
  promptTitle: 'Status',
  prompt: 'Bitte „wählen“ & <bestätigen>',
  errorTitle: 'Status',
  error: 'Nur Werte aus der Liste',
};

describe('dataValidationsXml', () => {
  it('writes a list validation with escaped texts', () => {
    const xml = dataValidationsXml([status, { ...status, sqref: 'B2:B100', errorStyle: 'warning', prompt: undefined }]);
    expect(xml).toMatch(/^<dataValidations count="2">/);
    expect(xml).toContain('<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"');
    expect(xml).toContain('prompt="Bitte „wählen“ &amp; &lt;bestätigen&gt;"');
    expect(xml).toContain('sqref="A2:A100"><formula1>Listen!$A$1:$A$3</formula1></dataValidation>');
    expect(xml).toContain('errorStyle="warning"');
    expect(xml.match(/showInputMessage/g)).toHaveLength(1);
  });

  it('cuts texts to the lengths Excel accepts', () => {
    const xml = dataValidationsXml([{ ...status, promptTitle: 'x'.repeat(40), prompt: 'y'.repeat(300) }]);
    expect(xml).toContain(`promptTitle="${'x'.repeat(32)}"`);
    expect(xml).toContain(`prompt="${'y'.repeat(255)}"`);
  });
});

describe('insertDataValidations', () => {
  const el = '<dataValidations count="0"></dataValidations>';

  it('goes after mergeCells and before ignoredErrors', () => {
    const xml =
      '<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><ignoredErrors/></worksheet>';
    expect(insertDataValidations(xml, el)).toBe(
      `<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>${el}<ignoredErrors/></worksheet>`,
    );
  });

  it('goes before hyperlinks and pageMargins, after conditionalFormatting', () => {
    const xml = '<worksheet><sheetData/><conditionalFormatting/><hyperlinks/><pageMargins/></worksheet>';
    expect(insertDataValidations(xml, el)).toBe(
      `<worksheet><sheetData/><conditionalFormatting/>${el}<hyperlinks/><pageMargins/></worksheet>`,
    );
  });

  it('goes at the end when nothing follows', () => {
    expect(insertDataValidations('<worksheet><sheetData/></worksheet>', el)).toBe(
      `<worksheet><sheetData/>${el}</worksheet>`,
    );
  });

  it('refuses a sheet that already has validations', () => {
    expect(() => insertDataValidations(`<worksheet>${el}</worksheet>`, el)).toThrow();
  });
});

describe('addDataValidations', () => {
  const bytes = workbookBytes({
    file: 'x.xlsx',
    sheets: [
      { name: 'Maßnahmen', rows: [['Status'], ['geplant']], merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }] },
      { name: 'Listen', rows: [['geplant'], ['in Umsetzung'], ['abgeschlossen']], hidden: true },
    ],
  });
  const out = addDataValidations(bytes, new Map([[0, [status]]]));

  it('adds the element to the right sheet only', () => {
    expect(sheetXml(out, 0)).toContain('<dataValidations count="1">');
    expect(sheetXml(out, 0).indexOf('</mergeCells>')).toBeLessThan(sheetXml(out, 0).indexOf('<dataValidations'));
    expect(sheetXml(out, 1)).not.toContain('dataValidations');
  });

  it('leaves a workbook SheetJS reads as before', () => {
    const wb = XLSX.read(out);
    expect(wb.SheetNames).toEqual(['Maßnahmen', 'Listen']);
    expect(wb.Sheets['Maßnahmen']?.['A2']?.v).toBe('geplant');
    expect(wb.Workbook?.Sheets?.[1]?.Hidden).toBe(1);
  });

  it('is byte-stable', () => {
    expect(addDataValidations(bytes, new Map([[0, [status]]])).equals(out)).toBe(true);
  });
});
