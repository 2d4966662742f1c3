/**
 * The Atom feed of `/aenderungen/`: one entry for the publication itself (so a reader learns of
 * every new publication, even one without changes) and one per changed measure, saying what
 * changed. A first publication has a single entry that says so.
 *
 * Ids are `tag:` URIs built from the office's mail domain and the year of the first publication,
 * never from the site's address: they stay the same when `siteUrl` is set or changed later, so
 * feed readers do not show old entries again.
 */
import { CHANGES_TEXT } from '../../i18n/de.ts';
import { formatCount, formatDateLong } from '../../common/format.ts';
import { renderAtom, rfc3339, tagUri, escapeXml, type AtomEntry, type AtomFeed } from './atom.ts';
import { changedMeasureCount } from './diff.ts';
import { describeKind, groupByMeasure, type DescribeContext } from './describe.ts';
import { partialDateOf } from '../../common/partial-date-of.ts';
import type { PublicationChanges } from './publication-changes.ts';

/** What the feed needs from the site. */
export interface FeedContext extends DescribeContext {
  /** The site's name, e.g. `ISEK Neumünster`. */
  readonly siteTitle: string;
  readonly city: string;
  /** Author of the feed: the ISEK office. */
  readonly author: { readonly name: string; readonly email: string | null };
  /** Domain or mail address the `tag:` ids are minted under, e.g. `neumuenster.de`. */
  readonly tagAuthority: string;
  /** Address of `/aenderungen/` (absolute, or base-relative without `siteUrl`). */
  readonly pageHref: string;
  /** Address of the feed itself. */
  readonly feedHref: string;
  /** Address of a measure's page, or `null` when it is not published (a removed measure). */
  readonly measureHref: (id: string) => string | null;
  /** Address of an indicator's page; without it, an indicator's entry links to `/aenderungen/`. */
  readonly indicatorHref?: (id: string) => string;
  /** Label of an assessment category, e.g. `auf Kurs`. */
  readonly assessmentLabel?: (category: string) => string;
}

/** The domain of a mail address (`isek@neumuenster.de` → `neumuenster.de`), for `tag:` ids. */
export function mailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

const list = (items: readonly string[]): string => `<ul>${items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul>`;
const paragraph = (text: string): string => `<p>${escapeXml(text)}</p>`;

/** The feed as a data structure (see {@link changesFeedXml} for the document). */
export function changesFeed(publication: PublicationChanges, ctx: FeedContext): AtomFeed {
  const { changes } = publication;
  const stand = changes.current.stand;
  const standText = formatDateLong(partialDateOf(stand));
  const updated = rfc3339(stand);
  const tag = (specific: string): string => tagUri(ctx.tagAuthority, publication.firstStand.slice(0, 4), specific);
  const entries: AtomEntry[] = [];
  if (changes.first) {
    entries.push({
      id: tag(`isek/aenderungen/${stand}`),
      title: CHANGES_TEXT.entryFirst(standText),
      updated,
      link: ctx.pageHref,
      contentHtml: paragraph(CHANGES_TEXT.first(standText)),
    });
  } else {
    const count = changedMeasureCount(changes);
    const previousText = formatDateLong(partialDateOf(changes.previous.stand));
    entries.push({
      id: tag(`isek/aenderungen/${stand}`),
      title: CHANGES_TEXT.entryPublication(standText),
      updated,
      link: ctx.pageHref,
      contentHtml:
        paragraph(CHANGES_TEXT.since(previousText, changes.previous.session)) +
        paragraph(count === 0 ? CHANGES_TEXT.unchanged : CHANGES_TEXT.count(formatCount(count), count)),
    });
    for (const measure of groupByMeasure(changes)) {
      const removed = measure.kinds.some((k) => k.kind === 'removed');
      entries.push({
        id: tag(`isek/aenderungen/${stand}/${measure.id}`),
        title: CHANGES_TEXT.entryMeasure(measure.id, measure.title),
        updated,
        link: removed ? null : ctx.measureHref(measure.id),
        contentHtml: list(measure.kinds.flatMap((k) => describeKind(k, ctx))),
      });
    }
    // One entry per indicator with new values or a changed assessment.
    const indicators = new Map<string, { title: string; lines: string[] }>();
    const lines = (i: { id: string; title: string }) => {
      let entry = indicators.get(i.id);
      if (!entry) indicators.set(i.id, (entry = { title: i.title, lines: [] }));
      return entry.lines;
    };
    for (const i of changes.newIndicatorValues) lines(i).push(CHANGES_TEXT.newIndicatorValues(i.years, i.cityWide));
    for (const i of changes.assessmentChanges) {
      const label = ctx.assessmentLabel ?? ((c: string) => c);
      lines(i).push(`${CHANGES_TEXT.sections.assessmentChanges}: ${CHANGES_TEXT.statusChange(label(i.from), label(i.to))}`);
    }
    for (const [id, entry] of indicators) {
      entries.push({
        id: tag(`isek/aenderungen/${stand}/kennzahl/${id}`),
        title: CHANGES_TEXT.entryIndicator(id, entry.title),
        updated,
        link: ctx.indicatorHref?.(id) ?? ctx.pageHref,
        contentHtml: list(entry.lines),
      });
    }
  }
  return {
    id: tag('isek/aenderungen'),
    title: CHANGES_TEXT.feedTitle(ctx.siteTitle),
    subtitle: CHANGES_TEXT.feedSubtitle(ctx.city),
    updated,
    selfHref: ctx.feedHref,
    alternateHref: ctx.pageHref,
    author: ctx.author,
    lang: 'de',
    entries,
  };
}

/** The feed document (`/aenderungen/feed.xml`). */
export function changesFeedXml(publication: PublicationChanges, ctx: FeedContext): string {
  return renderAtom(changesFeed(publication, ctx));
}
