/**
 * The fixed search-quality queries of issue 15 and the README's table „Suchqualität“ that shows
 * them. The browser test (`tests/browser/search-quality.test.ts`) searches the sample site with
 * each; the docs test checks that the README lists exactly these.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One query and the page (path below the base) that must be among its first five results. */
interface QualityCase {
  readonly query: string;
  readonly expected: string;
  /** What the case checks. */
  readonly why: string;
}

/** The fixed list (at least 20; README „Suchqualität“ shows the same). */
export const QUALITY_CASES: readonly QualityCase[] = [
  { query: 'Kindergarten', expected: 'massnahmen/2024-023/', why: 'Synonym: Neubau Kita Am Kuhberg' },
  { query: 'Kindertagesstätte', expected: 'ziele/3.2.1/', why: 'Synonym: Ziel Kita-Plätze ausbauen' },
  { query: 'Krippe', expected: 'massnahmen/2022-020/', why: 'Wortanfang: Krippenausbau Kita Faldera' },
  { query: 'Radweg', expected: 'massnahmen/2022-009/', why: 'Titel: Radweg Plöner Straße' },
  { query: 'Radweg', expected: 'massnahmen/2025-041/', why: 'Synonym: Radverkehrskonzept Neumünster' },
  { query: 'Fahrradweg', expected: 'massnahmen/2022-009/', why: 'Synonym: Radweg Plöner Straße' },
  { query: 'Radverkehr', expected: 'ziele/5.1.3.1/', why: 'Titel: Ziel Radverkehr stärken' },
  { query: 'Schwimmbad', expected: 'ziele/4.1.1/', why: 'Synonym: Ziel Sportstätten und Bäder' },
  { query: 'Hallenbad', expected: 'fachdienste/52/', why: 'Synonym: Fachdienst Sport und Bäder' },
  { query: 'Klimaschutz', expected: 'fachdienste/68/', why: 'Fachdienst Klimaschutz und Umwelt' },
  { query: 'CO2', expected: 'kennzahlen/k-5.1/', why: 'Schreibweise: CO₂-Emissionen' },
  { query: 'Einfeld', expected: 'stadtteile/einfeld/', why: 'Stadtteil' },
  { query: 'Stadtplanung', expected: 'fachdienste/61/', why: 'Fachdienst' },
  { query: 'Glasfaser', expected: 'massnahmen/2024-045/', why: 'Wortanfang: Glasfaseranschluss' },
  { query: 'Breitband', expected: 'massnahmen/2024-045/', why: 'Synonym: Glasfaseranschluss' },
  { query: 'Spielplatz', expected: 'massnahmen/2019-018/', why: 'Titel: Neugestaltung Spielplatz Gartenstadt' },
  { query: 'ÖPNV', expected: 'ziele/5.1.3.2/', why: 'Synonym: Öffentlichen Nahverkehr attraktiver machen' },
  { query: 'Wohnungsbau', expected: 'ziele/3.4.1/', why: 'Ziel Geförderten Wohnungsbau ausweiten' },
  {
    query: 'Grundschule Einfeld',
    expected: 'massnahmen/2021-007/',
    why: 'Zwei Wörter: Modernisierung Grundschule Einfeld',
  },
  { query: 'Bücherei', expected: 'massnahmen/2026-016/', why: 'Wortteil: Modernisierung Stadtbücherei' },
  { query: 'Park', expected: 'massnahmen/2023-014/', why: 'Wortteil: Beachvolleyballfeld Stadtpark' },
  { query: 'Hitzeschutz', expected: 'massnahmen/2023-008/', why: 'Titel: Hitzeschutzplan Neumünster' },
  { query: 'Feuerwehr Einfeld', expected: 'massnahmen/2025-047/', why: 'Gerätehaus Freiwillige Feuerwehr Einfeld' },
  { query: '2024-008', expected: 'massnahmen/2024-008/', why: 'Maßnahmen-Nr.' },
];

/** One row of the README's table: the query, the expected path and the rank written down. */
export interface ReadmeQualityRow {
  readonly query: string;
  readonly expected: string;
  readonly rank: number;
}

const README = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md');

/** The rows of the table under „### Suchqualität“ in the README, in their order. */
export function readmeQualityTable(): ReadmeQualityRow[] {
  const text = readFileSync(README, 'utf8');
  const section = /^### Suchqualität\n([\s\S]*?)(?=^#)/m.exec(text)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Suche') && !line.startsWith('| -'))
    .map((line) => {
      const [query = '', expected = '', , rank = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return { query: query.replace(/^`|`$/g, ''), expected: expected.replace(/^`|`$/g, ''), rank: Number(rank) };
    });
}
