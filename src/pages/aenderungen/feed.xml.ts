/**
 * `/aenderungen/feed.xml`: the changes of the last publications as an Atom 1.0 feed (see
 * `lib/output/changes/feed.ts`). Links are absolute when the settings give the site's address
 * (`siteUrl`), else relative to the server root, which Atom allows.
 */
import type { APIRoute } from 'astro';
import { assetUrl, pageUrl } from '../../utils/base.ts';
import { changesFeedResponse } from '../../utils/changes-feed.ts';

export const GET: APIRoute = () =>
  changesFeedResponse({ pageHref: pageUrl('aenderungen'), feedHref: assetUrl('aenderungen/feed.xml') });
