/**
 * The one source of the markup of `DefinitionItem`, `DateText`, `ProgressBar`, `GoalChain`,
 * `SdgTile` and `SdgList` (each a thin wrapper that inserts its function's string), plus the
 * report history. A measure page repeats these pieces ~40 times, so it calls the functions
 * directly instead of paying Astro's component runtime for each; `field-html.container.test.ts`
 * renders the components with Astro's container API and checks that both agree.
 *
 * Pure: callers pass labels and links (made with `utils/base.ts`). Every value is escaped the
 * way Astro escapes it.
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
  const row = searchIgnored ? '<div class="isek-fields__row" data-pagefind-ignore>' : '<div class="isek-fields__row">';
  return `${row}<dt data-pagefind-ignore>${escapeText(term)}</dt> <dd>${valueHtml}</dd></div>`;
}

/** A date as `<time datetime>` (`DateText`); `long` writes the month out. */
export function dateHtml(date: PartialDate, long = false): string {
  return `<time datetime="${escapeAttr(htmlDatetime(date))}">${escapeText(long ? dateLongText(date) : dateText(date))}</time>`;
}

/**
 * Progress as text and `<progress>` (`ProgressBar`), or `noValueText` without a value. The bar
 * is hidden from screen readers, which read the text once.
 */
export function progressHtml(value: number | null, noValueText: string): string {
  if (value === null) return `<span class="isek-progress isek-progress--none">${escapeText(noValueText)}</span>`;
  const text = escapeText(percentText(value));
  return (
    `<span class="isek-progress"><span class="isek-progress__value">${text}</span>` +
    `<progress class="isek-progress__bar" max="100" value="${Math.round(value)}" aria-hidden="true">${text}</progress></span>`
  );
}

/** One step of a goal chain. */
export interface ChainLink {
  /** Address (from `utils/base.ts`); without it the step is the current page, not linked. */
  readonly href?: string | undefined;
  /** The step's text, e.g. `1.1 Moderne und digitale Verwaltung`. */
  readonly text: string;
}

/** A goal chain (`GoalChain`): product area first, then the goals; a step without `href` is the page itself. */
export function goalChainHtml(links: readonly ChainLink[]): string {
  const items = links.map(
    (l) =>
      `<li>${l.href === undefined ? `<span aria-current="page">${escapeText(l.text)}</span>` : linkHtml(l.href, l.text)}</li>`,
  );
  return `<ol class="isek-goal-chain" data-pagefind-ignore>${items.join('')}</ol>`;
}

/**
 * One SDG tile (`SdgTile`): number and title on the goal's colour (class `isek-sdg--<n>` from
 * `/theme.css`), a link when `href` is given; `prefix` is the hidden „Nachhaltigkeitsziel“.
 */
export function sdgTileHtml(number: number, prefix: string, href?: string): string {
  const sdg = sdgInfo(number);
  const tag = href === undefined ? 'span' : 'a';
  const link = href === undefined ? '' : ` href="${escapeAttr(href)}"`;
  return (
    `<${tag} class="isek-sdg isek-sdg--${sdg.number}"${link}><span class="isek-sdg__number"><span class="isek-visually-hidden">${escapeText(prefix)} </span>${sdg.number}</span> ` +
    `<span class="isek-sdg__title">${escapeText(sdg.title)}</span></${tag}>`
  );
}

/** SDG tiles without links (`SdgList`), sorted by number. */
export function sdgListHtml(numbers: readonly number[], prefix: string): string {
  const tiles = [...numbers].sort((a, b) => a - b).map((n) => `<li>${sdgTileHtml(n, prefix)}</li>`);
  return `<ul class="isek-sdg-list" data-pagefind-ignore>${tiles.join('')}</ul>`;
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
      `<li class="isek-timeline__item"${r.searchIgnored ? ' data-pagefind-ignore' : ''}><h3 class="isek-timeline__date" data-pagefind-ignore>${r.date ? dateHtml(r.date, true) : escapeText(withoutDateText)}</h3>` +
      `<div class="isek-rich-text">${r.html}</div></li>`,
  );
  return `<ol class="isek-timeline">${items.join('')}</ol>`;
}
