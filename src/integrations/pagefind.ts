/**
 * Astro integration: after the pages are written, build the Pagefind search index through its
 * Node API into `<outDir>/pagefind/` (modelled on Starlight's `integrations/pagefind.ts`).
 *
 * Only pages marked `data-pagefind-body` are indexed (the content pages: measures, goals,
 * departments, product areas). Page furniture inside them (lists of other pages, status and
 * progress, repeated titles) carries `data-pagefind-ignore` on the element itself: a word from a
 * measure's title finds that measure, not also its goal, department and product area, and
 * excerpts show the page's own text. Pages add hidden keywords (`SearchKeywords.astro`).
 * Any error Pagefind reports fails the build, so a site without a working search is never
 * published.
 *
 * The number of indexed pages and the time are logged and reported as the build's `search` stage
 * (`build/stage-protocol.ts`), which `npm run build` shows in its progress.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX_TEXT as T } from '../lib/i18n/de.ts';
import { reportStage } from '../build/stage-protocol.ts';

/** What the indexing produced. */
export interface SearchIndexStats {
  /** Pages in the index. */
  readonly pages: number;
  /** Milliseconds from start to written files. */
  readonly ms: number;
  /** Absolute path of the written `pagefind/` folder. */
  readonly outputPath: string;
}

/** Throws with every message Pagefind reported, so the build fails with the reason. */
function assertNoErrors<T extends { errors: string[] }>(
  step: string,
  response: T,
  logger: Pick<AstroIntegrationLogger, 'error'>,
): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind (${step}): ${error}`);
    throw new Error(T.errors(step, response.errors));
  }
  return response;
}

/**
 * Pages that made it into the index. `addDirectory` counts every HTML file it read, also those
 * without `data-pagefind-body`; the written entry file counts the indexed ones per language.
 */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/**
 * Indexes the built site in `siteDir` and writes the index to `<siteDir>/pagefind/`.
 * Exported for tests; the integration calls it in `astro:build:done`.
 */
export async function buildSearchIndex(
  siteDir: string,
  logger: Pick<AstroIntegrationLogger, 'info' | 'error'>,
): Promise<SearchIndexStats> {
  const start = performance.now();
  const outputPath = path.join(siteDir, 'pagefind');
  try {
    const created = assertNoErrors(
      T.stepCreate,
      // All pages are German (`<html lang="de">`): one index with German stemming, even if a
      // page ever lacked the attribute.
      // What stays out of the indexed text (lists of measures and goals, status and progress,
      // goal chains, SDG tiles, field labels, back links) carries `data-pagefind-ignore` itself,
      // so the markup says it where it is written; filters and meta inside are still read.
      await pagefind.createIndex({ forceLanguage: 'de' }),
      logger,
    );
    const index = created.index;
    if (!index) throw new Error(T.noIndex);
    assertNoErrors(T.stepRead, await index.addDirectory({ path: siteDir }), logger);
    assertNoErrors(T.stepWrite, await index.writeFiles({ outputPath }), logger);
    const pages = await indexedPageCount(outputPath);
    if (pages === 0) throw new Error(T.noPages);
    const stats: SearchIndexStats = { pages, ms: Math.round(performance.now() - start), outputPath };
    logger.info(T.done(stats.pages, stats.ms));
    return stats;
  } finally {
    await pagefind.close();
  }
}

/**
 * Set by `npm run build` for its Astro process: the build script indexes the site itself once
 * that process has ended, so its memory is free while Pagefind runs.
 */
export const SEARCH_INDEX_LATER_ENV = 'ISEK_SEARCH_INDEX_LATER';

/** The integration for `astro.config.ts` (for `astro build` run by hand). */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'isek-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEARCH_INDEX_LATER_ENV] === '1') return;
        const stats = await buildSearchIndex(fileURLToPath(dir), logger);
        reportStage({ stage: 'search', ms: stats.ms, counts: { pages: stats.pages } });
      },
    },
  };
}
