/**
 * The small pieces of a measure page as HTML strings, byte for byte what the components
 * `DefinitionItem`, `DateText`, `ProgressBar`, `GoalChain` and `SdgList`/`SdgTile` render, plus
 * the status tag and the report history, which only exist here. A measure page repeats them ~40
 * times, so it inserts these strings with `set:html` instead of paying Astro's component runtime
 * for each (about 3 % of the build's CPU at 3,000 measures); the components serve the other pages.
 *
 * Pure: callers pass labels and links (made with `utils/base.ts`). Every value is escaped the
 * way Astro escapes it, so the output does not change when a page switches over.
 */
import type { PartialDate } from '../lib/schemas/partial-date.ts';
import { sdgInfo } from '../lib/model/sdg.ts';
import { escapeHtml } from '../lib/common/escape-html.ts';
import { dateLongText, dateText, htmlDatetime, percentText } from './display.ts';

/** Text content, escaped as Astro escapes `{expressions}` (`& < > " '`). */
export const escapeText = escapeHtml;

/** A quoted attribute value, escaped as Astro escapes attributes (`&` and `"` only). */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** A link: `<a href>text</a>`. `text` is plain text. */
export function linkHtml(href: string, text: string): string {
  return `<a href="${escapeAttr(href)}">${escapeText(text)}</a>`;
}

/**
 * One field of a definition list (`DefinitionItem`); `valueHtml` is already HTML. The term never
 * enters the search index's text (`data-pagefind-ignore`), and with `searchIgnored` the whole row
 * stays out: page furniture such as status, progress and dates, which the index has as filters
 * and meta and which would otherwise fill the excerpts.
 */
export function fieldRowHtml(term: string, valueHtml: string, searchIgnored = false): string {
  const row = searchIgnored ? '<div class="fields__row" data-pagefind-ignore>' : '<div class="fields__row">';
  return `${row}<dt data-pagefind-ignore>${escapeText(term)}</dt> <dd>${valueHtml}</dd></div>`;
}

/** A date as `<time datetime>` (`DateText`); `long` writes the month out. */
export function dateHtml(date: PartialDate, long = false): string {
  return `<time datetime="${escapeAttr(htmlDatetime(date))}">${escapeText(long ? dateLongText(date) : dateText(date))}</time>`;
}

/** A status tag: `status` is the key, `label` the text the site shows. */
export function statusHtml(status: string, label: string): string {
  return `<span class="${escapeAttr(`status status--${status}`)}">${escapeText(label)}</span>`;
}

/**
 * Progress as text and `<progress>` (`ProgressBar`), or `noValueText` without a value. The bar
 * is hidden from screen readers, which read the text once.
 */
export function progressHtml(value: number | null, noValueText: string): string {
  if (value === null) return `<span class="progress progress--none">${escapeText(noValueText)}</span>`;
  const text = escapeText(percentText(value));
  return (
    `<span class="progress"><span class="progress__value">${text}</span>` +
    `<progress class="progress__bar" max="100" value="${Math.round(value)}" aria-hidden="true">${text}</progress></span>`
  );
}

/** One linked step of a goal chain. */
export interface ChainLink {
  /** Address (from `utils/base.ts`). */
  readonly href: string;
  /** Link text, e.g. `1.1 Moderne und digitale Verwaltung`. */
  readonly text: string;
}

/** A goal chain (`GoalChain` without `current`): product area first, then the goals, all linked. */
export function goalChainHtml(links: readonly ChainLink[]): string {
  return `<ol class="goal-chain" data-pagefind-ignore>${links.map((l) => `<li>${linkHtml(l.href, l.text)}</li>`).join('')}</ol>`;
}

/** SDG tiles without links (`SdgList`), sorted by number; `prefix` is the hidden „Nachhaltigkeitsziel“. */
export function sdgListHtml(numbers: readonly number[], prefix: string): string {
  const tiles = [...numbers]
    .sort((a, b) => a - b)
    .map((n) => {
      const sdg = sdgInfo(n);
      return (
        `<li><span class="sdg sdg--${sdg.number}"><span class="sdg__number"><span class="visually-hidden">${escapeText(prefix)} </span>${sdg.number}</span> ` +
        `<span class="sdg__title">${escapeText(sdg.title)}</span></span></li>`
      );
    });
  return `<ul class="sdg-list" data-pagefind-ignore>${tiles.join('')}</ul>`;
}

/** One report of a timeline: its date (or none) and its sanitised body HTML. */
export interface TimelineReport {
  readonly date: PartialDate | null;
  /** Sanitised HTML from the core, inserted as is. */
  readonly html: string;
  /**
   * Keep the entry out of the search index (`data-pagefind-ignore`), e.g. when the page already
   * shows the same report elsewhere and indexing it twice only costs build time.
   */
  readonly searchIgnored?: boolean;
}

/**
 * The report history (an `<ol>` of entries with level-3 date headings), in the given order;
 * `withoutDateText` heads a report without a date.
 */
export function timelineHtml(reports: readonly TimelineReport[], withoutDateText: string): string {
  const items = reports.map(
    (r) =>
      `<li class="timeline__item"${r.searchIgnored ? ' data-pagefind-ignore' : ''}><h3 class="timeline__date" data-pagefind-ignore>${r.date ? dateHtml(r.date, true) : escapeText(withoutDateText)}</h3>` +
      `<div class="rich-text">${r.html}</div></li>`,
  );
  return `<ol class="timeline">${items.join('')}</ol>`;
}
