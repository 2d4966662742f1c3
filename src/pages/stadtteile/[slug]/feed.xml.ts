/**
 * `/stadtteile/<slug>/feed.xml`: the changes to one Stadtteil's measures as an Atom feed, built
 * like `/aenderungen/feed.xml` from the publication's changes restricted to its measures.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { District } from '../../../lib/schemas/district.ts';
import { getModelIndex } from '../../../utils/model-index.ts';
import { getDistrictIndex } from '../../../utils/districts.ts';
import { getPublicationChanges } from '../../../utils/changes.ts';
import { assetUrl, pageUrl } from '../../../utils/base.ts';
import { publicHref } from '../../../utils/public-url.ts';
import { changesFeed, mailDomain } from '../../../lib/output/changes/feed.ts';
import { renderAtom, tagUri } from '../../../lib/output/changes/atom.ts';
import { changesForMeasures } from '../../../lib/output/changes/subset.ts';
import { DISTRICT_TEXT } from '../../../lib/i18n/de.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { districts } = await getDistrictIndex();
  return districts.map((district) => ({ params: { slug: district.slug }, props: { district } }));
};

export const GET: APIRoute<{ district: District }> = async ({ props }) => {
  const { district } = props;
  const index = await getModelIndex();
  const publication = changesForMeasures(await getPublicationChanges(), new Set(district.measureIds));
  const { settings } = index;
  const absolute = (path: string): string => publicHref(path, settings.siteUrl);
  const pageHref = absolute(pageUrl('stadtteile', district.slug));
  const feedHref = absolute(assetUrl(`stadtteile/${district.slug}/feed.xml`));
  const authority = mailDomain(settings.office.email);
  const feed = changesFeed(publication, {
    siteTitle: index.siteTitle,
    city: settings.city,
    author: { name: `${settings.office.name}, ${settings.office.organisation}`, email: settings.office.email },
    tagAuthority: authority,
    pageHref,
    feedHref,
    measureHref: (id) => {
      const m = index.measureById.get(id);
      return m ? absolute(pageUrl('massnahmen', m.slug)) : null;
    },
    statusLabel: (s) => index.statuses[s].label,
    departmentLabel: (id) => {
      const d = index.departmentById.get(id);
      return d ? `${d.id} ${d.name}` : id;
    },
  });
  const xml = renderAtom({
    ...feed,
    id: tagUri(authority, publication.firstStand.slice(0, 4), `isek/stadtteile/${district.slug}`),
    title: DISTRICT_TEXT.feedTitle(district.name, index.siteTitle),
    subtitle: DISTRICT_TEXT.feedSubtitle(district.name, settings.city),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
