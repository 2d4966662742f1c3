/**
 * Drop-down lists (data validation) for `.xlsx` files. SheetJS community edition does not write
 * data validation, so the template is written with SheetJS first and the `<dataValidations>`
 * element is added to the sheet XML inside the zip afterwards.
 */
import { rewriteSheets, sheetXml } from '../../src/lib/output/xlsx-package.ts';

/** One list validation: the cells `sqref` may only take a value from the range `source`. */
export interface ListValidation {
  /** Target cells, e.g. `J2:J2000`. */
  readonly sqref: string;
  /** Source range as a formula, e.g. `Listen!$A$2:$A$8`. */
  readonly source: string;
  /** `stop` refuses other values; `warning` asks and then allows them. */
  readonly errorStyle: 'stop' | 'warning';
  /** Short help shown when a cell is selected (Excel: at most 32 / 255 characters). */
  readonly promptTitle?: string;
  readonly prompt?: string;
  /** Message when a value outside the list is typed. */
  readonly errorTitle?: string;
  readonly error?: string;
}

/** Validations per sheet, by 0-based sheet position in the workbook. */
export type ValidationsBySheet = ReadonlyMap<number, readonly ListValidation[]>;

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The `<dataValidations>` element for a list of validations. */
export function dataValidationsXml(validations: readonly ListValidation[]): string {
  const items = validations.map((v) => {
    const attrs: [string, string | undefined][] = [
      ['type', 'list'],
      ['errorStyle', v.errorStyle === 'stop' ? undefined : v.errorStyle],
      ['allowBlank', '1'],
      ['showInputMessage', v.prompt ? '1' : undefined],
      ['showErrorMessage', '1'],
      ['errorTitle', v.errorTitle?.slice(0, 32)],
      ['error', v.error?.slice(0, 255)],
      ['promptTitle', v.promptTitle?.slice(0, 32)],
      ['prompt', v.prompt?.slice(0, 255)],
      ['sqref', v.sqref],
    ];
    const text = attrs
      .filter((a): a is [string, string] => a[1] !== undefined)
      .map(([k, val]) => `${k}="${escapeXml(val)}"`)
      .join(' ');
    return `<dataValidation ${text}><formula1>${escapeXml(v.source)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${validations.length}">${items.join('')}</dataValidations>`;
}

/**
 * Elements of `<worksheet>` that must come after `<dataValidations>` (ECMA-376 CT_Worksheet order);
 * the ones before it (`sheetData`, `mergeCells`, `phoneticPr`, `conditionalFormatting`, …) stay ahead.
 */
const AFTER_DATA_VALIDATIONS = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Inserts the element into a sheet's XML at the place the schema requires. */
export function insertDataValidations(sheetXml: string, element: string): string {
  if (/<dataValidations[\s>]/.test(sheetXml)) throw new Error('sheet already has data validations');
  const after = new RegExp(`<(?:${AFTER_DATA_VALIDATIONS.join('|')})[\\s/>]`);
  const match = after.exec(sheetXml);
  const at = match ? match.index : sheetXml.lastIndexOf('</worksheet>');
  if (at < 0) throw new Error('no </worksheet> in sheet XML');
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** Path of the n-th sheet's XML as SheetJS writes it. */

/** Adds list validations to the sheets of an `.xlsx` written by SheetJS; returns the new bytes. */
export function addDataValidations(xlsx: Uint8Array, validations: ValidationsBySheet): Buffer {
  for (const index of validations.keys()) sheetXml(xlsx, index); // a sheet that is not there is a mistake in the caller
  const bytes = rewriteSheets(xlsx, (index, xml) => {
    const list = validations.get(index) ?? [];
    return list.length === 0 ? xml : insertDataValidations(xml, dataValidationsXml(list));
  });
  return Buffer.from(bytes);
}

export { sheetXml };
