/** `/daten/dcat.jsonld`: DCAT-AP.de metadata of the open data (see `lib/output/open-data/dcat.ts`). */
import type { APIRoute } from 'astro';
import { getOpenDataSetup } from '../../utils/open-data.ts';
import { pageUrl } from '../../utils/base.ts';
import { publicHref } from '../../utils/public-url.ts';
import { dcatCatalog } from '../../lib/output/open-data/dcat.ts';
import { dcatInput } from '../../lib/output/open-data/catalogue.ts';
import { getIndicatorIndex } from '../../utils/indicators.ts';

export const GET: APIRoute = async () => {
  const [{ index, fileHref, meta }, { indicators }] = await Promise.all([getOpenDataSetup(), getIndicatorIndex()]);
  const { settings } = index;
  const catalog = dcatCatalog(
    dcatInput({
      settings,
      siteTitle: index.siteTitle,
      stand: meta.stand,
      fileHref,
      landingPage: publicHref(pageUrl('daten'), settings.siteUrl),
      homepage: publicHref(pageUrl(), settings.siteUrl),
      withIndicators: indicators.length > 0,
    }),
  );
  return new Response(`${JSON.stringify(catalog, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
  });
};
