/**
 * `/theme.css`: the colours from the settings (primary and accent colour, status colours) and
 * the official SDG colours, as a stylesheet file. Generated, so the site needs no inline
 * `style` attributes and works under a strict Content-Security-Policy.
 */
import type { APIRoute } from 'astro';
import { getModelIndex } from '../utils/model-index.ts';
import { themeCss } from '../utils/theme.ts';

export const GET: APIRoute = async () => {
  const index = await getModelIndex();
  return new Response(themeCss(index.settings), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
