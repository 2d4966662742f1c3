/**
 * `/suche/woerter.json`: the words of the searchable pages, most frequent first, for
 * „Meinten Sie …?“ (`client/search-suggest.ts`). The search page loads it only when a search
 * finds little, so it costs nothing on the page's first load.
 */
import type { APIRoute } from 'astro';
import { getSearchWordList } from '../../utils/search-keywords.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchWordList()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
