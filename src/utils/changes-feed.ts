/**
 * The Atom feeds of the site: `/aenderungen/feed.xml` for the whole ISEK and one per Fachdienst
 * (`/fachdienste/<slug>/feed.xml`). A Stadtteil's feed is one more call of {@link changesFeedResponse}
 * with its page, its feed's address and its measures.
 */
import { getModelIndex } from './model-index.ts';
import { getPublicationChanges } from './changes.ts';
import { pageUrl } from './base.ts';
import { publicHref } from './public-url.ts';
import { changesFeedXml, mailDomain, type FeedScope } from '../lib/output/changes/feed.ts';
import { toSlug } from '../lib/model/slug.ts';
import { ASSESSMENT_LABELS } from '../lib/i18n/de.ts';
import type { Assessment } from '../lib/schemas/indicator.ts';

/** Which feed: the page it belongs to, its own address, and what it covers (default: everything). */
export interface ChangesFeedOptions {
  /** The page (from `pageUrl`), e.g. `pageUrl('fachdienste', slug)`. */
  readonly pageHref: string;
  /** The feed's own address (from `assetUrl`). */
  readonly feedHref: string;
  /** Id, title and measures of a part of the ISEK; absent: the whole ISEK. */
  readonly scope?: FeedScope;
}

/** The feed as an HTTP response for an Astro endpoint. */
export async function changesFeedResponse(options: ChangesFeedOptions): Promise<Response> {
  const index = await getModelIndex();
  const publication = await getPublicationChanges();
  const { settings } = index;
  const absolute = (path: string): string => publicHref(path, settings.siteUrl);
  const xml = changesFeedXml(
    publication,
    {
      siteTitle: index.siteTitle,
      city: settings.city,
      author: { name: `${settings.office.name}, ${settings.office.organisation}`, email: settings.office.email },
      tagAuthority: mailDomain(settings.office.email),
      pageHref: absolute(options.pageHref),
      feedHref: absolute(options.feedHref),
      archiveHref: (key) => absolute(pageUrl('aenderungen', key)),
      measureHref: (id) => {
        const m = index.measureById.get(id);
        return m ? absolute(pageUrl('massnahmen', m.slug)) : null;
      },
      indicatorHref: (id) => absolute(pageUrl('kennzahlen', toSlug(id))),
      assessmentLabel: (c) => ASSESSMENT_LABELS[c as Assessment] ?? c,
      statusLabel: (s) => index.statuses[s].label,
      departmentLabel: (id) => {
        const d = index.departmentById.get(id);
        return d ? `${d.id} ${d.name}` : id;
      },
    },
    options.scope,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
