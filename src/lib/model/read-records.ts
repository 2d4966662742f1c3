/**
 * Table rows → drafts, one reader per sheet kind. Each field goes through its cell parser; a row
 * with an error is kept (so its key still resolves references and no follow-on errors appear) but
 * marked as refused.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { CellParser } from '../input/cells/result.ts';
import { parseSingleLineText, parseText } from '../input/cells/text.ts';
import { parseList, parseTextList } from '../input/cells/list.ts';
import { parseCodeCell, parseKeyCell, parseKeyList, refusingExcelDates } from '../input/cells/key.ts';
import { parseDate, parseEndDate } from '../input/cells/date.ts';
import { parseMoneyAmount } from '../input/cells/money.ts';
import { parsePercent } from '../input/cells/percent.ts';
import { parseYesNo } from '../input/cells/boolean.ts';
import { parseIntegerInRange, parseIntegerList } from '../input/cells/integer.ts';
import { parseEmail, parseHttpLink } from '../input/cells/link.ts';
import { parseStatus } from '../input/cells/status.ts';
import type { Status } from '../schemas/status.ts';
import { parseMeasureType } from '../input/cells/measure-type.ts';
import { parseDepartmentRef } from '../input/cells/department-ref.ts';
import { renderMarkdown } from '../input/markdown/render.ts';
import { normaliseForMatch } from '../common/normalise.ts';
import type { RichText } from '../schemas/measure.ts';
import type { Table } from '../input/workbook/table.ts';
import { INFO_KEYS } from '../input/workbook/sheet-kinds.ts';
import { MODEL_MESSAGES } from '../i18n/de.ts';
import { readRow, type RowReader } from './row-reader.ts';
import { readLocation } from './location.ts';
import type {
  DepartmentDraft,
  DraftOrigin,
  GoalDraft,
  InfoDraft,
  MeasureDraft,
  ProductAreaDraft,
  ReportDraft,
} from './drafts.ts';

/** Light Markdown cell → rendered rich text. */
export const parseRichText: CellParser<RichText> = (cell) => {
  const text = parseText(cell);
  if (!text.ok || text.value === null) return text as ReturnType<CellParser<RichText>>;
  return { ok: true, value: renderMarkdown(text.value) };
};

const parseProductArea = parseIntegerInRange(1, 6, 'Produktbereich');

export const parseSdgs = refusingExcelDates(parseIntegerList(1, 17, 'SDG'));
/** A department reference as written; a date cell is what Excel made of a typed `13.1`. */
const parseDepartmentText = refusingExcelDates(parseSingleLineText);
const parseDepartmentList = refusingExcelDates(parseText);
/**
 * `Vorlage`: text such as `0815/2023/DS`, kept as text like `Produkt`; Excel turns a typed
 * `08/2023` into a date and `0815` into 815.
 */
const parsePaper = parseCodeCell;

/**
 * Reads every row of a table with `readOne`. Returns the drafts of rows that had a key; a row
 * whose key could not be read is refused and yields nothing.
 */
export function readTable<T>(
  table: Table,
  sink: Diagnostic[],
  readOne: (r: RowReader) => Omit<T, keyof DraftOrigin> | null,
): T[] {
  const drafts: T[] = [];
  for (const row of table.rows) {
    const reader = readRow(table, row, sink);
    const fields = readOne(reader);
    if (fields === null) continue;
    drafts.push({
      ...fields,
      source: { file: table.file, sheet: table.sheet, row: row.row },
      locate: reader.locate,
      refused: reader.hasErrors,
    } as T);
  }
  return drafts;
}

/** Reads the sheet `Fachdienste`. The Nr. is normalised (`FD 61` → `61`). */
export function readDepartments(table: Table, sink: Diagnostic[]): DepartmentDraft[] {
  return readTable<DepartmentDraft>(table, sink, (r) => {
    const idText = r.required('id', parseKeyCell);
    const name = r.required('name', parseSingleLineText);
    const division = r.optional('division', parseSingleLineText);
    const email = r.optional('email', parseEmail);
    const phone = r.optional('phone', parseSingleLineText);
    const website = r.optional('website', parseHttpLink);
    if (idText === null) return null;
    const id = parseDepartmentRef(idText).number ?? idText;
    return { id, name: name ?? id, division, email, phone, website };
  });
}

/** Reads the sheet `Produktbereiche`. */
export function readProductAreas(table: Table, sink: Diagnostic[]): ProductAreaDraft[] {
  return readTable<ProductAreaDraft>(table, sink, (r) => {
    const id = r.required('id', parseProductArea);
    const name = r.required('name', parseSingleLineText);
    const description = r.optional('description', parseRichText);
    if (id === null) return null;
    return { id, name: name ?? String(id), description };
  });
}

/** Reads the sheet `Ziele`. */
export function readGoals(table: Table, sink: Diagnostic[]): GoalDraft[] {
  return readTable<GoalDraft>(table, sink, (r) => {
    const id = r.required('id', parseKeyCell);
    const title = r.required('title', parseSingleLineText);
    const description = r.optional('description', parseRichText);
    const parentId = r.optional('parent', parseKeyCell);
    const productAreaId = r.optional('productArea', parseProductArea);
    const productGroup = r.optional('productGroup', parseSingleLineText);
    const sdgs = r.optional('sdgs', parseSdgs) ?? [];
    const sources = r.optional('source', parseTextList) ?? [];
    const focus = r.optional('focus', parseYesNo) ?? false;
    if (id === null) return null;
    return { id, title: title ?? id, description, parentId, productAreaId, productGroup, sdgs, sources, focus };
  });
}

/**
 * Reads the sheet `Maßnahmen`. References stay as written; `build-model.ts` resolves them.
 * `statusParser` accepts the status labels of the settings besides the contract's own.
 */
export function readMeasures(
  table: Table,
  sink: Diagnostic[],
  statusParser: CellParser<Status> = parseStatus,
): MeasureDraft[] {
  return readTable<MeasureDraft>(table, sink, (r) => {
    const id = r.required('id', parseKeyCell);
    const title = r.required('title', parseSingleLineText);
    const lead = r.required('leadDepartment', parseDepartmentText);
    const status = r.required('status', statusParser);
    const fields = {
      summary: r.optional('summary', parseRichText),
      type: r.optional('type', parseMeasureType),
      goalIds: r.optional('goals', parseKeyList) ?? [],
      participating: r.optional('participatingDepartments', parseDepartmentList),
      productAreaId: r.optional('productArea', parseProductArea),
      product: r.optional('product', parseCodeCell),
      progress: r.optional('progress', parsePercent),
      start: r.optional('start', parseDate),
      end: r.optional('end', parseEndDate),
      costs: r.optional('costs', parseMoneyAmount),
      funding: r.optional('funding', parseMoneyAmount),
      decisionBody: r.optional('decisionBody', parseSingleLineText),
      decisionDate: r.optional('decisionDate', parseDate),
      paper: r.optional('paper', parsePaper),
      link: r.optional('link', parseHttpLink),
      districts: r.optional('districts', parseList) ?? [],
      keywords: r.optional('keywords', parseList) ?? [],
      location: readLocation(r, table),
      sdgs: r.optional('sdgs', parseSdgs),
      report: r.optional('report', parseRichText),
      reportDate: r.optional('reportDate', parseDate),
    };
    if (id === null) return null;
    return { id, title: title ?? id, lead, status, ...fields };
  });
}

/** Reads the sheet `Statusberichte` (the report history). */
export function readReports(table: Table, sink: Diagnostic[]): ReportDraft[] {
  return readTable<ReportDraft>(table, sink, (r) => {
    const measureId = r.required('measureId', parseKeyCell);
    const date = r.required('date', parseDate);
    const body = r.required('text', parseRichText);
    if (measureId === null || body === null) return null;
    return { measureId, date, body };
  });
}

const INFO_KEY_LOOKUP = new Map<string, keyof typeof INFO_KEYS>(
  Object.entries(INFO_KEYS).flatMap(([field, names]) =>
    names.map((n) => [normaliseForMatch(n), field as keyof typeof INFO_KEYS] as const),
  ),
);

/** Reads the key/value sheet `Info`. Unknown keys are noticed, not dropped silently. */
export function readInfo(table: Table | undefined, sink: Diagnostic[]): InfoDraft {
  const info: { publicationDate: InfoDraft['publicationDate']; session: string | null; budget: string | null } = {
    publicationDate: null,
    session: null,
    budget: null,
  };
  if (!table) return info;
  for (const row of table.rows) {
    const r = readRow(table, row, sink);
    const key = r.optional('key', parseSingleLineText);
    if (key === null) continue;
    const field = INFO_KEY_LOOKUP.get(normaliseForMatch(key));
    if (field === 'publicationDate') info.publicationDate = r.required('value', parseDate);
    else if (field === 'session') info.session = r.optional('value', parseSingleLineText);
    else if (field === 'budget') info.budget = r.optional('value', parseSingleLineText);
    else r.report('info.unknown-key', 'key', MODEL_MESSAGES.unknownInfoKey(key));
  }
  return info;
}
