/**
 * Content collections, filled from the one validated model (see `utils/load-model.ts`).
 *
 * | collection     | id                       | data                                  |
 * | -------------- | ------------------------ | ------------------------------------- |
 * | `measures`     | measure slug             | `Measure`                             |
 * | `goals`        | goal slug                | `Goal`                                |
 * | `departments`  | department slug          | `Department`                          |
 * | `productAreas` | product-area id (`'1'`…) | `ProductArea`                         |
 * | `indicators`   | indicator slug           | `Indicator`                           |
 * | `publication`  | `current` (one entry)    | `{ info, settings, rowCounts }`       |
 * | `changes`      | `current` (one entry)    | `PublicationChanges` (lib/output/changes)    |
 * | `districts`    | district slug            | `District`                            |
 * | `districtMap`  | `current` (one entry)    | `{ map: DistrictMap \| null }`        |
 *
 * The schemas only give the entries their types: the loaders store the model as is and never
 * call `parseData`, because the core has validated everything already. The order of
 * `getCollection()` is not guaranteed: pages sort explicitly (see `utils/model-index.ts`).
 */
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolve } from 'node:path';
import { measureSchema } from './lib/schemas/measure.ts';
import { goalSchema } from './lib/schemas/goal.ts';
import { departmentSchema } from './lib/schemas/department.ts';
import { productAreaSchema } from './lib/schemas/product-area.ts';
import { districtMapSchema, districtSchema } from './lib/schemas/district.ts';
import { indicatorSchema } from './lib/schemas/indicator.ts';
import { publicationInfoSchema, rowCountsSchema } from './lib/schemas/model.ts';
import { settingsSchema } from './lib/schemas/settings.ts';
import { publicationChangesSchema, changesWithoutHistory } from './lib/output/changes/publication-changes.ts';
import { dataDir, forgetModel, loadModelOnce, type LoadedModel } from './utils/load-model.ts';

/** Whether the data folder is watched already (`astro dev`). */
let watchingDataDir = false;

/** One entry to store: its id and its data. */
type Entry = { id: string; data: Record<string, unknown> };

/**
 * A loader that replaces the collection's entries with those `pick` takes from the model.
 * In `astro dev` it reloads when a file in the data folder changes.
 */
function modelLoader(name: string, pick: (loaded: LoadedModel) => Entry[]): Loader {
  const fill = async (ctx: LoaderContext): Promise<void> => {
    const entries = pick(await loadModelOnce());
    // Start from an empty store: entries that left the data must leave the site. No digests:
    // Astro only uses them to skip an entry the store already holds unchanged, and after
    // `clear()` it holds none, so hashing every entry was wasted (and the hashes were bundled).
    ctx.store.clear();
    for (const { id, data } of entries) {
      ctx.store.set({ id, data });
    }
  };
  return {
    name,
    load: async (ctx) => {
      if (ctx.watcher && !process.env.ISEK_MODEL_FILE) {
        const folder = resolve(dataDir());
        const inDataDir = (path: string): boolean => resolve(path).startsWith(folder);
        if (!watchingDataDir) {
          // Registered once and before every collection's own listener, so the model is
          // forgotten before the first collection reloads it.
          watchingDataDir = true;
          ctx.watcher.add(folder);
          ctx.watcher.on('all', (_event, path) => {
            if (inDataDir(path)) forgetModel();
          });
        }
        ctx.watcher.on('all', (_event, path) => {
          if (!inDataDir(path)) return;
          fill(ctx).catch((error: unknown) => ctx.logger.error(String(error)));
        });
      }
      await fill(ctx);
    },
  } satisfies Loader;
}

const measures = defineCollection({
  loader: modelLoader('isek-measures', ({ model }) => model.measures.map((m) => ({ id: m.slug, data: m }))),
  schema: measureSchema,
});

const goals = defineCollection({
  loader: modelLoader('isek-goals', ({ model }) => model.goals.map((g) => ({ id: g.slug, data: g }))),
  schema: goalSchema,
});

const departments = defineCollection({
  loader: modelLoader('isek-departments', ({ model }) => model.departments.map((d) => ({ id: d.slug, data: d }))),
  schema: departmentSchema,
});

const productAreas = defineCollection({
  loader: modelLoader('isek-product-areas', ({ model }) =>
    model.productAreas.map((p) => ({ id: String(p.id), data: p })),
  ),
  schema: productAreaSchema,
});

const indicators = defineCollection({
  loader: modelLoader('isek-indicators', ({ model }) => (model.indicators ?? []).map((i) => ({ id: i.slug, data: i }))),
  schema: indicatorSchema,
});

/** The publication as a whole: Stand, Sitzung, settings and row counts. */
const publicationSchema = z.object({
  info: publicationInfoSchema,
  settings: settingsSchema,
  rowCounts: z.record(z.string(), rowCountsSchema),
});

const publication = defineCollection({
  loader: modelLoader('isek-publication', ({ model, settings }) => [
    { id: 'current', data: { info: model.info, settings, rowCounts: model.rowCounts } },
  ]),
  schema: publicationSchema,
});

/**
 * What changed since the previous publication and when each measure last changed (one entry,
 * `current`). Without a build's model file (`astro dev`) the data counts as a first publication.
 */
const changes = defineCollection({
  loader: modelLoader('isek-changes', ({ model, changes: recorded }) => [
    { id: 'current', data: recorded ?? changesWithoutHistory(model) },
  ]),
  schema: publicationChangesSchema,
});

/** The Stadtteile named in the measures (id: slug). */
const districts = defineCollection({
  loader: modelLoader('isek-districts', ({ model }) => (model.districts ?? []).map((d) => ({ id: d.slug, data: d }))),
  schema: districtSchema,
});

/** The district map (one entry, `current`; `map` is `null` without `stadtteile.geojson`). */
const districtMap = defineCollection({
  loader: modelLoader('isek-district-map', ({ model }) => [
    { id: 'current', data: { map: model.districtMap ?? null } },
  ]),
  schema: z.object({ map: districtMapSchema.nullable() }),
});

export const collections = {
  measures,
  goals,
  departments,
  productAreas,
  indicators,
  publication,
  changes,
  districts,
  districtMap,
};
