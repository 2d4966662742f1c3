/**
 * The texts of each kind of searchable page that the keywords and the word list are made from:
 * what the page shows as its own content (titles, descriptions, reports, names), not the page
 * furniture the index ignores.
 */
import type { Measure } from '../../schemas/measure.ts';
import type { Goal } from '../../schemas/goal.ts';
import type { Department } from '../../schemas/department.ts';
import type { ProductArea } from '../../schemas/product-area.ts';
import type { Indicator } from '../../schemas/indicator.ts';

/** Title, description, current and earlier reports and Stadtteile of a measure. */
export function measureTexts(m: Measure): string[] {
  return [
    m.title,
    m.summary?.text ?? '',
    ...m.reports.map((r) => r.body.text),
    m.report?.body.text ?? '',
    ...m.districts,
  ];
}

/** Title and description of a goal. */
export function goalTexts(g: Goal): string[] {
  return [g.title, g.description?.text ?? ''];
}

/** Name and division of a department. */
export function departmentTexts(d: Department): string[] {
  return [d.name, d.division ?? ''];
}

/** Name and description of a product area. */
export function productAreaTexts(a: ProductArea): string[] {
  return [a.name, a.description?.text ?? ''];
}

/** Title, description and unit of an indicator. */
export function indicatorTexts(i: Indicator): string[] {
  return [i.title, i.description?.text ?? '', i.unit ?? ''];
}
