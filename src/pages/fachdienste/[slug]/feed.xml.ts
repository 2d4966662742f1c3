/**
 * `/fachdienste/<slug>/feed.xml`: the changes of the measures a Fachdienst leads or takes part in,
 * over the last publications (the feed of `/aenderungen/`, filtered).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Department } from '../../../lib/schemas/department.ts';
import { getModelIndex } from '../../../utils/model-index.ts';
import { assetUrl, pageUrl } from '../../../utils/base.ts';
import { changesFeedResponse } from '../../../utils/changes-feed.ts';
import { CHANGES_TEXT } from '../../../lib/i18n/de.ts';

export const getStaticPaths = (async () => {
  const index = await getModelIndex();
  return index.departments.map((department) => ({ params: { slug: department.slug }, props: { department } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ department: Department }> = async ({ props }) => {
  const d = props.department;
  const index = await getModelIndex();
  return changesFeedResponse({
    pageHref: pageUrl('fachdienste', d.slug),
    feedHref: assetUrl(`fachdienste/${d.slug}/feed.xml`),
    scope: {
      idPath: `isek/fachdienste/${d.id}/aenderungen`,
      title: CHANGES_TEXT.departmentFeedTitle(`${d.id} ${d.name}`, index.siteTitle),
      subtitle: CHANGES_TEXT.departmentFeedSubtitle(`${d.id} ${d.name}`),
      measureIds: new Set([...d.leadMeasureIds, ...d.participatingMeasureIds]),
    },
  });
};
