/** `/daten/kennzahlen.xlsx`: the rows of `kennzahlen.csv` and `kennzahlwerte.csv` as one workbook of two sheets. */
import type { APIRoute } from 'astro';
import { XLSX_HEADERS, getOpenDataSetup } from '../../utils/open-data.ts';
import { getIndicatorIndex } from '../../utils/indicators.ts';
import { INDICATOR_COLUMNS, INDICATOR_VALUE_COLUMNS, indicatorValueRows } from '../../lib/output/open-data/columns.ts';
import { spreadsheetTable, toXlsx } from '../../lib/output/open-data/xlsx.ts';
import { startOfPartialDate } from '../../lib/input/cells/date.ts';
import { SPREADSHEET_HEADERS, SPREADSHEET_SHEET_NAMES } from '../../lib/i18n/de.ts';

export const GET: APIRoute = async () => {
  const [{ index, ctx }, { indicators }] = await Promise.all([getOpenDataSetup(), getIndicatorIndex()]);
  const stand = index.info.publicationDate ? startOfPartialDate(index.info.publicationDate) : null;
  const tables = [
    spreadsheetTable({
      name: SPREADSHEET_SHEET_NAMES.indicators,
      columns: INDICATOR_COLUMNS,
      items: indicators,
      headers: SPREADSHEET_HEADERS.indicators,
    }),
    spreadsheetTable({
      name: SPREADSHEET_SHEET_NAMES.indicatorValues,
      columns: INDICATOR_VALUE_COLUMNS,
      items: indicatorValueRows(indicators),
      headers: SPREADSHEET_HEADERS.indicatorValues,
    }),
  ];
  return new Response(toXlsx(tables, ctx, stand), { headers: XLSX_HEADERS });
};
