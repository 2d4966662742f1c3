/**
 * The Stadtteile: collected from the measures' `Stadtteil` column, matched tolerantly (two
 * spellings of one district are one district, with a notice), given stable page addresses
 * (collisions are errors, as for every other key), matched against the map file, and the map
 * drawn with the measures' point locations (those outside every district are warned about and
 * left off the map).
 */
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { DISTRICT_MESSAGES } from '../i18n/de.ts';
import { normaliseForMatch } from '../common/normalise.ts';
import type { District, DistrictIndicator, DistrictMap } from '../schemas/district.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Measure } from '../schemas/measure.ts';
import type { DistrictMapFile } from '../input/files/district-map.ts';
import { formatDegrees } from '../common/format.ts';
import type { MeasureDraft } from './drafts.ts';
import { compareKeys } from './keys.ts';
import { toSlug } from './slug.ts';
import { insideAnyDistrict, projectDistrictMap, type LocatedPoint } from './district-map.ts';
import { compareGerman } from '../common/collate.ts';

/**
 * The form two district names are compared in: that of header matching (case, white space,
 * umlauts, see `normaliseForMatch`), and beyond it dots, hyphens and dashes count as a space,
 * so `St. Georg`, `St Georg` and `St.-Georg` are one district.
 */
export function districtMatchKey(name: string): string {
  return normaliseForMatch(name)
    .replace(/[.\-‐‑–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Collected {
  /** Spelling → how many measures use it; insertion order is first appearance. */
  readonly spellings: Map<string, number>;
  /** The first measure naming each spelling, for the place of a notice. */
  readonly firstDraft: Map<string, MeasureDraft>;
  readonly measureIds: Set<string>;
}

/** The Stadtteile and the map, and the measures with their district names made uniform. */
export interface DistrictsResult {
  readonly districts: District[];
  readonly measures: Measure[];
  readonly map: DistrictMap | null;
}

/**
 * Builds the districts from the measure drafts (file order, so "first" means first in the file)
 * and the linked measures. `map` is the validated map file, if the data folder has one.
 */
export function buildDistricts(
  drafts: readonly MeasureDraft[],
  measures: readonly Measure[],
  map: DistrictMapFile | null,
  sink: Diagnostic[],
): DistrictsResult {
  const byKey = new Map<string, Collected>();
  for (const draft of drafts) {
    for (const written of draft.districts) {
      const key = districtMatchKey(written);
      if (key === '') continue;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { spellings: new Map(), firstDraft: new Map(), measureIds: new Set() };
        byKey.set(key, entry);
      }
      entry.spellings.set(written, (entry.spellings.get(written) ?? 0) + 1);
      if (!entry.firstDraft.has(written)) entry.firstDraft.set(written, draft);
      entry.measureIds.add(draft.id);
    }
  }

  const mapKeys = new Map((map?.features ?? []).map((f) => [districtMatchKey(f.name), f.name]));
  const nameOfKey = new Map<string, string>();
  const bySlug = new Map<string, string>();
  const districts: District[] = [];
  for (const [key, entry] of byKey) {
    // The spelling most measures use; on a tie the first in the file.
    let name = '';
    let most = 0;
    for (const [spelling, count] of entry.spellings) {
      if (count > most) [name, most] = [spelling, count];
    }
    const place = (spelling: string) => entry.firstDraft.get(spelling)!.locate('districts');
    for (const spelling of entry.spellings.keys()) {
      if (spelling !== name)
        sink.push(
          diagnostic('district.spelling-merged', place(spelling), DISTRICT_MESSAGES.spellingMerged(spelling, name)),
        );
    }
    const slug = toSlug(name);
    if (slug === '') {
      sink.push(diagnostic('value.invalid', place(name), DISTRICT_MESSAGES.noAddress(name)));
      continue;
    }
    const other = bySlug.get(slug);
    if (other !== undefined) {
      sink.push(diagnostic('district.address-collision', place(name), DISTRICT_MESSAGES.addressCollision(name, other)));
      continue;
    }
    bySlug.set(slug, name);
    nameOfKey.set(key, name);
    const onMap = mapKeys.has(key);
    if (map && !onMap)
      sink.push(diagnostic('district.not-on-map', place(name), DISTRICT_MESSAGES.notOnMap(name, map.file)));
    districts.push({
      slug,
      name,
      spellings: [...entry.spellings.keys()],
      measureIds: [...entry.measureIds].sort(compareKeys),
      onMap,
      indicators: [],
    });
  }
  districts.sort((a, b) => compareGerman(a.name, b.name));

  const renamed = measures.map((m) => {
    const names = [...new Set(m.districts.map((d) => nameOfKey.get(districtMatchKey(d)) ?? d))];
    return names.length === m.districts.length && names.every((n, i) => n === m.districts[i])
      ? m
      : { ...m, districts: names };
  });

  if (!map) return { districts, measures: renamed, map: null };

  const unknown = map.features.filter((f) => !nameOfKey.has(districtMatchKey(f.name))).map((f) => f.name);
  if (unknown.length > 0)
    sink.push(diagnostic('map.unknown-district', { file: map.file }, DISTRICT_MESSAGES.unknownOnMap(unknown)));

  const points: LocatedPoint[] = [];
  for (const draft of drafts) {
    const at = draft.location;
    if (!at) continue;
    if (insideAnyDistrict(map.features, at.lon, at.lat)) {
      points.push({ measureId: draft.id, lat: at.lat, lon: at.lon });
      continue;
    }
    const swapped = insideAnyDistrict(map.features, at.lat, at.lon);
    sink.push(
      diagnostic(
        'measure.location-outside',
        draft.locate(at.key),
        DISTRICT_MESSAGES.locationOutside(formatDegrees(at.lat), formatDegrees(at.lon), swapped),
      ),
    );
  }
  points.sort((a, b) => compareKeys(a.measureId, b.measureId));
  const slugOfKey = new Map(districts.map((d) => [districtMatchKey(d.name), d.slug]));
  const projected = projectDistrictMap(map.features, points, (name) => slugOfKey.get(districtMatchKey(name)) ?? null);
  return { districts, measures: renamed, map: projected };
}

/**
 * Gives each Stadtteil the indicators with a breakdown for it: the newest year with a value for
 * the Stadtteil (names matched as the measures' are) and the city-wide value of that year.
 */
export function withIndicators(districts: readonly District[], indicators: readonly Indicator[]): District[] {
  return districts.map((district) => {
    const key = districtMatchKey(district.name);
    const found: DistrictIndicator[] = [];
    for (const indicator of indicators) {
      const own = indicator.values.filter((v) => v.district !== null && districtMatchKey(v.district) === key);
      if (own.length === 0) continue;
      const newest = own.reduce((a, b) => (b.year > a.year ? b : a));
      const city = indicator.values.find((v) => v.district === null && v.year === newest.year);
      found.push({
        id: indicator.id,
        slug: indicator.slug,
        title: indicator.title,
        unit: indicator.unit,
        year: newest.year,
        value: newest.value,
        cityValue: city?.value ?? null,
      });
    }
    return found.length === 0 ? district : { ...district, indicators: found };
  });
}
