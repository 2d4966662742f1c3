/**
 * The synonym groups the search ships with: municipal German as citizens type it and as the
 * office writes it (`Kindergarten` and `Kita`, `Schwimmbad` and `Stadtbad`). A page that holds
 * one term of a group is found by every other term of it (`keywords.ts` writes them into the
 * page's hidden keyword element). The settings add own groups (`search.synonyms`) or switch the
 * defaults off (`search.defaultSynonyms: false`).
 *
 * Terms are words or short phrases; plural forms that change the stem (`Spielplätze`) are listed
 * on their own, endings such as `-s`, `-n`, `-en` are matched anyway. Terms that merely share a
 * beginning (`Parkplatz`, `Parkhaus`) need no group: the index matches word beginnings, and such
 * a group would rank car parks above parks for `Park`. Concepts stay apart that a citizen keeps
 * apart (broadband is not digital administration).
 */
import { synonymGroupsSchema, type SynonymGroup } from '../../schemas/search.ts';
import type { Settings } from '../../schemas/settings.ts';

/** The default groups, checked by the same schema as the settings' own groups. */
export const DEFAULT_SYNONYM_GROUPS: readonly SynonymGroup[] = synonymGroupsSchema.parse([
  [
    'Kita',
    'Kindergarten',
    'Kindertagesstätte',
    'Kindertageseinrichtung',
    'Krippe',
    'Kinderkrippe',
    'Kinderbetreuung',
    'Kindertagespflege',
    'Hort',
  ],
  [
    'Rad',
    'Fahrrad',
    'Radweg',
    'Radwege',
    'Fahrradweg',
    'Radverkehr',
    'Fahrradstraße',
    'Radverkehrskonzept',
    'Radfahren',
    'Radfahrende',
    'Radschnellweg',
  ],
  ['Schwimmbad', 'Bad', 'Freibad', 'Hallenbad', 'Stadtbad', 'Schwimmhalle', 'Schwimmen', 'Bäder'],
  [
    'Klima',
    'Klimaschutz',
    'CO₂',
    'Kohlendioxid',
    'Treibhausgase',
    'Klimaanpassung',
    'Klimawandel',
    'klimaneutral',
    'Klimaneutralität',
  ],
  ['Wohnen', 'Wohnung', 'Wohnungen', 'Wohnungsbau', 'Wohnraum', 'Wohngebiet', 'Mietwohnungen'],
  ['Schule', 'Grundschule', 'Gemeinschaftsschule', 'Gymnasium', 'Förderzentrum', 'Schulbau', 'Ganztagsschule'],
  ['Spielplatz', 'Spielplätze', 'Spielfläche', 'Spielraum', 'Naturspielraum', 'Bolzplatz'],
  ['Bus', 'Busse', 'ÖPNV', 'Nahverkehr', 'öffentlicher Nahverkehr', 'Buslinie', 'Bushaltestelle', 'Haltestelle', 'ZOB'],
  ['Park', 'Parks', 'Grünfläche', 'Grünanlage', 'Stadtpark', 'Stadtgrün'],
  ['Sanierung', 'Modernisierung', 'Renovierung', 'Instandsetzung', 'Erneuerung'],
  ['Digitalisierung', 'digital', 'Onlinedienst', 'E-Government', 'E-Akte'],
  ['Breitband', 'Glasfaser', 'Glasfaseranschluss', 'Glasfasernetz', 'schnelles Internet'],
  ['Jugend', 'Jugendliche', 'Jugendzentrum', 'Jugendhaus', 'Jugendtreff'],
  ['Senioren', 'Seniorinnen', 'ältere Menschen'],
  ['barrierefrei', 'Barrierefreiheit', 'Inklusion', 'behindertengerecht'],
  ['Sport', 'Sporthalle', 'Turnhalle', 'Sportplatz', 'Sportanlage', 'Bewegung'],
  ['Straßenbeleuchtung', 'Beleuchtung', 'Laterne', 'LED'],
  ['Energie', 'Wärme', 'Wärmenetz', 'Fernwärme', 'Nahwärme', 'Wärmepumpe', 'Photovoltaik', 'Solar', 'Solaranlage'],
  ['Hitze', 'Hitzeschutz', 'Hitzewelle', 'Kühle Orte'],
  ['Regenwasser', 'Starkregen', 'Hochwasser', 'Hochwasserschutz', 'Überflutung', 'Schwammstadt'],
  ['Feuerwehr', 'Feuerwache', 'Brandschutz'],
  ['Bücherei', 'Stadtbücherei', 'Bibliothek', 'Stadtbibliothek'],
  ['Beteiligung', 'Bürgerbeteiligung', 'Mitbestimmung', 'Partizipation'],
  ['Baum', 'Bäume', 'Stadtbaum', 'Baumpflanzung', 'Straßenbäume'],
  ['Gewerbe', 'Gewerbegebiet', 'Wirtschaft', 'Wirtschaftsförderung', 'Ansiedlung'],
  ['Natur', 'Naturschutz', 'Biotop', 'Artenvielfalt', 'Biodiversität'],
  ['Verwaltung', 'Bürgerservice', 'Rathaus', 'Bürgeramt'],
]);

/**
 * The groups that apply with these settings: the defaults (unless switched off) and the own
 * groups. An own group that shares a term (case ignored) with another group is merged into it, so
 * `["Stadtbad", "Kombibad"]` extends the bath group instead of standing beside it.
 */
export function synonymGroups(search: Settings['search']): SynonymGroup[] {
  const groups: string[][] = [];
  const add = (group: readonly string[]): void => {
    const keys = new Set(group.map(termKey));
    const overlapping = groups.filter((g) => g.some((t) => keys.has(termKey(t))));
    const merged = [...overlapping.flat(), ...group];
    const unique = merged.filter((t, i) => merged.findIndex((o) => termKey(o) === termKey(t)) === i);
    for (const g of overlapping) groups.splice(groups.indexOf(g), 1);
    groups.push(unique);
  };
  if (search.defaultSynonyms) for (const group of DEFAULT_SYNONYM_GROUPS) add(group);
  for (const group of search.synonyms) add(group);
  return groups;
}

/** How terms are compared: trimmed, German lower case, inner white space as one space. */
export function termKey(term: string): string {
  return term.trim().toLocaleLowerCase('de').replace(/\s+/g, ' ');
}
