/**
 * `/aenderungen/feed.xml`: the changes of this publication as an Atom 1.0 feed (see
 * `lib/output/changes/feed.ts`). Links are absolute when the settings give the site's address
 * (`siteUrl`), else relative to the server root, which Atom allows.
 */
import type { APIRoute } from 'astro';
import { getModelIndex } from '../../utils/model-index.ts';
import { getPublicationChanges } from '../../utils/changes.ts';
import { assetUrl, pageUrl } from '../../utils/base.ts';
import { publicHref } from '../../utils/public-url.ts';
import { changesFeedXml, mailDomain } from '../../lib/output/changes/feed.ts';
import { toSlug } from '../../lib/model/slug.ts';
import { ASSESSMENT_LABELS } from '../../lib/i18n/de.ts';
import type { Assessment } from '../../lib/schemas/indicator.ts';

export const GET: APIRoute = async () => {
  const index = await getModelIndex();
  const publication = await getPublicationChanges();
  const { settings } = index;
  const absolute = (path: string): string => publicHref(path, settings.siteUrl);
  const xml = changesFeedXml(publication, {
    siteTitle: index.siteTitle,
    city: settings.city,
    author: { name: `${settings.office.name}, ${settings.office.organisation}`, email: settings.office.email },
    tagAuthority: mailDomain(settings.office.email),
    pageHref: absolute(pageUrl('aenderungen')),
    feedHref: absolute(assetUrl('aenderungen/feed.xml')),
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
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
