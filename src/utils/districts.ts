/**
 * The Stadtteile for the pages, built once per build: the districts by slug, each one's measures
 * in display order, the map. The pure helpers live in `district-figures.ts`.
 */
import type { District, DistrictMap } from '../lib/schemas/district.ts';
import type { Measure } from '../lib/schemas/measure.ts';
import { oncePerBuild } from './once-per-build.ts';
import { loadModelOnce } from './load-model.ts';
import { getModelIndex, measuresByIds } from './model-index.ts';
import { districtOrder } from './district-figures.ts';
import { compareGerman } from '../lib/common/collate.ts';

export { classOf, districtOrder, isDelayed, mapClasses, type MapClass } from './district-figures.ts';

/** Everything the Stadtteil pages look up. */
export interface DistrictIndex {
  /** Sorted by name. */
  readonly districts: readonly District[];
  readonly districtBySlug: ReadonlyMap<string, District>;
  /** Name as the measures carry it → the district (the core made the spellings uniform). */
  readonly districtByName: ReadonlyMap<string, District>;
  /** Slug → the district's measures in display order. */
  readonly measuresOf: ReadonlyMap<string, readonly Measure[]>;
  /** The map, or `null` without `stadtteile.geojson`. */
  readonly map: DistrictMap | null;
  /** Measures that name no Stadtteil. */
  readonly withoutDistrict: number;
}

/** The district index, built on the first call of a build. */
export const getDistrictIndex: () => Promise<DistrictIndex> = oncePerBuild(async () => {
  const [{ model }, index] = await Promise.all([loadModelOnce(), getModelIndex()]);
  const districts = [...(model.districts ?? [])].sort((a, b) => compareGerman(a.name, b.name));
  return {
    districts,
    districtBySlug: new Map(districts.map((d) => [d.slug, d])),
    districtByName: new Map(districts.map((d) => [d.name, d])),
    measuresOf: new Map(districts.map((d) => [d.slug, districtOrder(measuresByIds(index, d.measureIds))])),
    map: model.districtMap ?? null,
    withoutDistrict: index.measures.filter((m) => m.districts.length === 0).length,
  };
});
