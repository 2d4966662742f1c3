import { describe, expect, it } from 'vitest';
import { compoundParts, pageKeywords, searchVocabulary, weightedPageKeywords, words } from './keywords.ts';
import { DEFAULT_SYNONYM_GROUPS } from './synonyms.ts';

const site = [
  'Radweg Plöner Straße',
  'Fahrradweg am Stadtpark und Radwegenetz',
  'Neubau Kita Am Kuhberg',
  'Brandschutzsanierung Bad am Stadtwald',
  'Wärmenetz Gesamtstadt',
  'Ein Netz der Buslinien',
];
const vocabulary = () => searchVocabulary(site, DEFAULT_SYNONYM_GROUPS);

describe('words', () => {
  it('splits into lower-case words, keeps CO₂ and drops bare numbers', () => {
    expect(words('CO₂-Bilanz 2030: Straße, Kita')).toEqual(['co₂', 'bilanz', 'straße', 'kita']);
  });
});

describe('compoundParts', () => {
  it('finds known words inside a compound, not at its start', () => {
    const v = vocabulary();
    expect(compoundParts('fahrradweg', v)).toContain('radweg');
    expect(compoundParts('stadtpark', v)).toContain('park');
    // `radweg` starts `radwegenetz`: Pagefind's prefix search finds that already.
    expect(compoundParts('radwegenetz', v)).not.toContain('radweg');
    expect(compoundParts('radwegenetz', v)).toContain('netz');
  });

  it('does not read an ending as the rest of a compound', () => {
    const v = searchVocabulary(['Park Parken'], []);
    expect(compoundParts('fahrradparken', v)).toEqual(['parken']);
  });

  it('ignores parts shorter than four letters and short words', () => {
    const v = searchVocabulary(['weg rad'], []);
    expect(compoundParts('fahrradweg', v)).toEqual([]);
    expect(compoundParts('radweg', searchVocabulary(['weg'], []))).toEqual([]);
  });
});

describe('pageKeywords', () => {
  it('adds the synonyms of a term the page holds, also inside a compound', () => {
    const k = pageKeywords(['Neubau Kita Am Kuhberg'], [], vocabulary());
    expect(k).toEqual(expect.arrayContaining(['Kindergarten', 'Kindertagesstätte', 'Krippe']));
    expect(k).not.toContain('Kita');
    const bath = pageKeywords(['Brandschutzsanierung Bad am Stadtwald'], [], vocabulary());
    expect(bath).toEqual(expect.arrayContaining(['Schwimmbad', 'Hallenbad', 'Feuerwehr', 'Modernisierung']));
    expect(pageKeywords(['Klimaanpassungskonzept'], [], vocabulary())).toContain('Klimaschutz');
    expect(pageKeywords(['Sanierung Stadtpark'], [], vocabulary())).toContain('Grünfläche');
  });

  it('does not read a short term into the start of a longer word', () => {
    // `Park` is four letters: `Parkhaus` is no park, but `Parks` is.
    expect(pageKeywords(['Parkhaus'], [], vocabulary())).not.toContain('Grünfläche');
    expect(pageKeywords(['Zwei Parks'], [], vocabulary())).toContain('Grünfläche');
    expect(pageKeywords(['Umsetzungsgrad'], [], vocabulary())).not.toContain('Fahrrad');
  });

  it('matches phrases as whole words', () => {
    expect(pageKeywords(['Kühle Orte Innenstadt'], [], vocabulary())).toContain('Hitzeschutz');
    expect(pageKeywords(['Kühle Ortenau'], [], vocabulary())).not.toContain('Hitzeschutz');
  });

  it('adds the plain spelling of a word with a subscript', () => {
    expect(pageKeywords(['CO₂-Emissionen'], [], vocabulary())).toContain('co2');
  });

  it('puts the own keywords first and their synonyms too', () => {
    const k = pageKeywords(['Außengelände'], ['Spielplatz', 'Kinderbetreuung'], vocabulary());
    expect(k.slice(0, 2)).toEqual(['Spielplatz', 'Kinderbetreuung']);
    expect(k).toEqual(expect.arrayContaining(['Spielplätze', 'Kita']));
  });

  it('adds the compound parts and nothing twice', () => {
    const k = pageKeywords(['Wärmenetz am Stadtpark'], [], vocabulary());
    expect(k.map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['netz', 'park', 'energie']));
    expect(k.map((w) => w.toLowerCase())).toEqual([...new Set(k.map((w) => w.toLowerCase()))]);
    expect(pageKeywords([''], [], vocabulary())).toEqual([]);
  });
});

describe('weightedPageKeywords', () => {
  it("puts the title's and own keywords first, the text's after, each once", () => {
    const k = weightedPageKeywords(
      'Neubau Kita Am Kuhberg',
      ['Der Spielplatz wird erneuert.'],
      ['Familie'],
      vocabulary(),
    );
    expect(k.strong).toEqual(expect.arrayContaining(['Familie', 'Kindergarten']));
    expect(k.strong).not.toContain('Bolzplatz');
    expect(k.other).toEqual(expect.arrayContaining(['Bolzplatz', 'Spielplätze']));
    expect(k.other).not.toContain('Kindergarten');
  });
});
