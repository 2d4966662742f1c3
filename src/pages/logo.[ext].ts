/**
 * `/logo.svg` (or `.png`, `.jpg`): the city's logo, copied from the data folder (setting `logo`).
 * No route at all without a logo. The check has made sure the file exists and is an image.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { LOGO_TYPES, resolveLogo } from '../lib/input/files/check-logo.ts';
import { dataDir } from '../utils/load-model.ts';
import { getModelIndex } from '../utils/model-index.ts';

export const getStaticPaths = (async () => {
  const { settings } = await getModelIndex();
  if (settings.logo === null) return [];
  const logo = resolveLogo(dataDir(), settings.logo);
  if ('problem' in logo) return [];
  return [{ params: { ext: logo.extension.slice(1) }, props: { file: logo.path, type: LOGO_TYPES[logo.extension]! } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file, type } = props as { file: string; type: string };
  return new Response(await readFile(file), { headers: { 'Content-Type': type } });
};
