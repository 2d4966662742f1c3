/**
 * The Atom feed of `/aenderungen/`: for each of the last {@link FEED_PUBLICATIONS} publications one
 * entry for the publication itself (so a reader learns of every new publication, even one without
 * changes) and one per changed measure, saying what changed and at which meeting, each dated with
 * its publication. A first publication has a single entry that says so. The same feed filtered to
 * a set of measures serves a Fachdienst or a Stadtteil (see {@link FeedScope}).
 *
 * Ids are `tag:` URIs built from the office's mail domain and the year of the first publication,
 * never from the site's address: they stay the same when `siteUrl` is set or changed later, so
 * feed readers do not show old entries again.
 */
import { CHANGES_TEXT } from '../../i18n/de.ts';
import { formatCount, formatDateLong } from '../../common/format.ts';
import { renderAtom, rfc3339, tagUri, escapeXml, type AtomEntry, type AtomFeed } from './atom.ts';
import { changedMeasureCount, filterChangeSet } from './diff.ts';
import { describeKind, groupByMeasure, type DescribeContext } from './describe.ts';
import { partialDateOf } from '../../common/partial-date-of.ts';
import { publicationsOf, type PublicationChanges, type PublicationEntry } from './publication-changes.ts';

/** What the feed needs from the site. */
export interface FeedContext extends DescribeContext {
  /** The site's name, e.g. `ISEK Neumünster`. */
  readonly siteTitle: string;
  readonly city: string;
  /** Author of the feed: the ISEK office. */
  readonly author: { readonly name: string; readonly email: string | null };
  /** Domain or mail address the `tag:` ids are minted under, e.g. `neumuenster.de`. */
  readonly tagAuthority: string;
  /** Address of the page the feed belongs to: `/aenderungen/`, or a Fachdienst's page. */
  readonly pageHref: string;
  /** Address of an earlier publication's archive page (`/aenderungen/<key>/`). */
  readonly archiveHref: (key: string) => string;
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

/**
 * How many publications the feed holds, newest first: enough for a reader who checks a few times
 * a year to miss nothing, small enough to stay a light download.
 */
export const FEED_PUBLICATIONS = 5;

/**
 * Which part of the record a feed covers. The whole ISEK by default; a Fachdienst's or a
 * Stadtteil's feed names its own id, title and the measures it follows.
 */
export interface FeedScope {
  /** The `tag:` specific part of the feed's id, e.g. `isek/fachdienste/61/aenderungen`. */
  readonly idPath: string;
  readonly title: string;
  readonly subtitle: string;
  /** The measures (Nr.) the feed follows; `null`: all. */
  readonly measureIds: ReadonlySet<string> | null;
}

/**
 * When an entry of a publication was published: its Stand, or, for a further publication of the
 * same Stand, the day it was built (so feed readers see it as new).
 */
export function publicationDay(entry: Pick<PublicationEntry, 'stand' | 'sequence' | 'published'>): string {
  return entry.sequence > 1 && entry.published !== null && entry.published > entry.stand
    ? entry.published
    : entry.stand;
}

/** The feed as a data structure (see {@link changesFeedXml} for the document). */
export function changesFeed(publication: PublicationChanges, ctx: FeedContext, scope?: FeedScope): AtomFeed {
  const tag = (specific: string): string => tagUri(ctx.tagAuthority, publication.firstStand.slice(0, 4), specific);
  const only = scope?.measureIds ?? null;
  const entries: AtomEntry[] = [];
  const shown = publicationsOf(publication).slice(0, FEED_PUBLICATIONS);
  for (const entry of shown) {
    const changes = only === null ? entry.changes : filterChangeSet(entry.changes, only);
    const standText = formatDateLong(partialDateOf(entry.stand));
    const updated = rfc3339(publicationDay(entry));
    const meeting = paragraph(CHANGES_TEXT.meeting(standText, entry.session, entry.sequence));
    // The page of an earlier publication is its archive page; the newest is `/aenderungen/`.
    const link = entry === shown[0] ? ctx.pageHref : ctx.archiveHref(entry.key);
    if (changes.first) {
      entries.push({
        id: tag(`${scope?.idPath ?? 'isek/aenderungen'}/${entry.key}`),
        title: CHANGES_TEXT.entryFirst(standText),
        updated,
        link,
        contentHtml: paragraph(CHANGES_TEXT.first(standText)),
      });
      continue;
    }
    const count = changedMeasureCount(changes);
    const previousText = formatDateLong(partialDateOf(changes.previous.stand));
    entries.push({
      id: tag(`${scope?.idPath ?? 'isek/aenderungen'}/${entry.key}`),
      title: CHANGES_TEXT.entryPublication(standText, entry.sequence),
      updated,
      link,
      contentHtml:
        meeting +
        paragraph(CHANGES_TEXT.since(previousText, changes.previous.session)) +
        paragraph(count === 0 ? CHANGES_TEXT.unchanged : CHANGES_TEXT.count(formatCount(count), count)),
    });
    for (const measure of groupByMeasure(changes)) {
      const removed = measure.kinds.some((k) => k.kind === 'removed');
      entries.push({
        id: tag(`isek/aenderungen/${entry.key}/${measure.id}`),
        title: CHANGES_TEXT.entryMeasure(measure.id, measure.title),
        updated,
        link: removed ? null : ctx.measureHref(measure.id),
        contentHtml: meeting + list(measure.kinds.flatMap((k) => describeKind(k, ctx))),
      });
    }
    // One entry per indicator with new values or a changed assessment; a scope (a Fachdienst's
    // feed) is about its measures only.
    if (only !== null) continue;
    const indicators = new Map<string, { title: string; lines: string[] }>();
    const linesOf = (i: { id: string; title: string }) => {
      let found = indicators.get(i.id);
      if (!found) indicators.set(i.id, (found = { title: i.title, lines: [] }));
      return found.lines;
    };
    const label = ctx.assessmentLabel ?? ((c: string) => c);
    for (const i of changes.newIndicatorValues) linesOf(i).push(CHANGES_TEXT.newIndicatorValues(i.years, i.cityWide));
    for (const i of changes.assessmentChanges) {
      linesOf(i).push(
        `${CHANGES_TEXT.sections.assessmentChanges}: ${CHANGES_TEXT.statusChange(label(i.from), label(i.to))}`,
      );
    }
    for (const [id, indicator] of indicators) {
      entries.push({
        id: tag(`isek/aenderungen/${entry.key}/kennzahl/${id}`),
        title: CHANGES_TEXT.entryIndicator(id, indicator.title),
        updated,
        link: ctx.indicatorHref?.(id) ?? ctx.pageHref,
        contentHtml: meeting + list(indicator.lines),
      });
    }
  }
  return {
    id: tag(scope?.idPath ?? 'isek/aenderungen'),
    title: scope?.title ?? CHANGES_TEXT.feedTitle(ctx.siteTitle),
    subtitle: scope?.subtitle ?? CHANGES_TEXT.feedSubtitle(ctx.city),
    updated: entries.reduce(
      (max, e) => (e.updated > max ? e.updated : max),
      rfc3339(publication.changes.current.stand),
    ),
    selfHref: ctx.feedHref,
    alternateHref: ctx.pageHref,
    author: ctx.author,
    lang: 'de',
    entries,
  };
}

/** The feed document (`/aenderungen/feed.xml`, or a scope's feed). */
export function changesFeedXml(publication: PublicationChanges, ctx: FeedContext, scope?: FeedScope): string {
  return renderAtom(changesFeed(publication, ctx, scope));
}
