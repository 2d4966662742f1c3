/** `/daten/fachdienste.xlsx`: the rows of `fachdienste.csv` as a workbook for spreadsheet programs (see `lib/output/open-data/xlsx.ts`). */
import type { APIRoute } from 'astro';
import { XLSX_HEADERS, getOpenDataSetup } from '../../utils/open-data.ts';
import { DEPARTMENT_COLUMNS } from '../../lib/output/open-data/columns.ts';
import { spreadsheetTable, toXlsx } from '../../lib/output/open-data/xlsx.ts';
import { startOfPartialDate } from '../../lib/input/cells/date.ts';
import { SPREADSHEET_HEADERS, SPREADSHEET_SHEET_NAMES } from '../../lib/i18n/de.ts';

export const GET: APIRoute = async () => {
  const { index, ctx } = await getOpenDataSetup();
  const stand = index.info.publicationDate ? startOfPartialDate(index.info.publicationDate) : null;
  const table = spreadsheetTable({
    name: SPREADSHEET_SHEET_NAMES.departments,
    columns: DEPARTMENT_COLUMNS,
    items: index.departments,
    headers: SPREADSHEET_HEADERS.departments,
  });
  return new Response(toXlsx([table], ctx, stand), { headers: XLSX_HEADERS });
};
