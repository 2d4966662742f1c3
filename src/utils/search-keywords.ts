/**
 * The hidden keywords of the searchable pages and the word list of „Meinten Sie …?“, from the
 * texts of all searchable pages and the synonym groups of the settings (`lib/output/search/`).
 * The vocabulary is built once per build; each page asks for its own keywords.
 */
import type { Measure } from '../lib/schemas/measure.ts';
import type { Goal } from '../lib/schemas/goal.ts';
import type { Department } from '../lib/schemas/department.ts';
import type { Indicator } from '../lib/schemas/indicator.ts';
import {
  searchVocabulary,
  weightedPageKeywords,
  type PageKeywords,
  type SearchVocabulary,
} from '../lib/output/search/keywords.ts';
import { synonymGroups } from '../lib/output/search/synonyms.ts';
import {
  departmentTexts,
  goalTexts,
  indicatorTexts,
  measureTexts,
  productAreaTexts,
} from '../lib/output/search/texts.ts';
import { searchWordList, type SearchWordList } from '../lib/output/search/word-list.ts';
import type { SynonymGroup } from '../lib/schemas/search.ts';
import { getModelIndex } from './model-index.ts';
import { getIndicatorIndex } from './indicators.ts';
import { getDistrictIndex } from './districts.ts';
import { oncePerBuild } from './once-per-build.ts';

interface SearchWords {
  readonly vocabulary: SearchVocabulary;
  readonly groups: readonly SynonymGroup[];
  readonly texts: readonly string[];
}

const getSearchWords: () => Promise<SearchWords> = oncePerBuild(async () => {
  const index = await getModelIndex();
  const { indicators } = await getIndicatorIndex();
  const { districts } = await getDistrictIndex();
  const texts = [
    ...index.measures.flatMap((m) => [...measureTexts(m), ...m.keywords]),
    ...index.goals.flatMap(goalTexts),
    ...index.departments.flatMap(departmentTexts),
    ...index.productAreas.flatMap(productAreaTexts),
    ...indicators.flatMap(indicatorTexts),
    ...districts.map((d) => d.name),
  ];
  const groups = synonymGroups(index.settings.search);
  return { vocabulary: searchVocabulary(texts, groups), groups, texts };
});

/** The hidden keywords of a measure page: its `Schlagworte`, synonyms and compound parts. */
export async function measureKeywords(m: Measure): Promise<PageKeywords> {
  const { vocabulary } = await getSearchWords();
  return weightedPageKeywords(m.title, measureTexts(m), m.keywords, vocabulary);
}

/** The hidden keywords of a goal page: synonyms and compound parts of its title and description. */
export async function goalKeywords(g: Goal): Promise<PageKeywords> {
  const { vocabulary } = await getSearchWords();
  return weightedPageKeywords(g.title, goalTexts(g), [], vocabulary);
}

/** The hidden keywords of a department page: synonyms and compound parts of its name. */
export async function departmentKeywords(d: Department): Promise<PageKeywords> {
  const { vocabulary } = await getSearchWords();
  return weightedPageKeywords(d.name, departmentTexts(d), [], vocabulary);
}

/** The hidden keywords of an indicator page: synonyms and compound parts of its title and description. */
export async function indicatorKeywords(i: Indicator): Promise<PageKeywords> {
  const { vocabulary } = await getSearchWords();
  return weightedPageKeywords(i.title, indicatorTexts(i), [], vocabulary);
}

/** The word list for `/suche/woerter.json`. */
export async function getSearchWordList(): Promise<SearchWordList> {
  const { texts, groups } = await getSearchWords();
  return searchWordList(texts, groups);
}
