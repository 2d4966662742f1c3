/**
 * `/stadtteile/<slug>/feed.xml`: the changes of one Stadtteil's measures over the last
 * publications (the feed of `/aenderungen/`, filtered to them).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { District } from '../../../lib/schemas/district.ts';
import { getModelIndex } from '../../../utils/model-index.ts';
import { getDistrictIndex } from '../../../utils/districts.ts';
import { assetUrl, pageUrl } from '../../../utils/base.ts';
import { changesFeedResponse } from '../../../utils/changes-feed.ts';
import { DISTRICT_TEXT } from '../../../lib/i18n/de.ts';

export const getStaticPaths = (async () => {
  const { districts } = await getDistrictIndex();
  return districts.map((district) => ({ params: { slug: district.slug }, props: { district } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ district: District }> = async ({ props }) => {
  const { district } = props;
  const index = await getModelIndex();
  return changesFeedResponse({
    pageHref: pageUrl('stadtteile', district.slug),
    feedHref: assetUrl(`stadtteile/${district.slug}/feed.xml`),
    scope: {
      idPath: `isek/stadtteile/${district.slug}/aenderungen`,
      title: DISTRICT_TEXT.feedTitle(district.name, index.siteTitle),
      subtitle: DISTRICT_TEXT.feedSubtitle(district.name, index.settings.city),
      measureIds: new Set(district.measureIds),
    },
  });
};
