import { describe, expect, it } from 'vitest';
import { BUILD_TEXT } from '../src/lib/i18n/de.ts';
import { parseBuildStages } from './build-stages.ts';

describe('parseBuildStages', () => {
  it('reads back every stage line the build prints, in seconds with a decimal comma', () => {
    const output = [
      BUILD_TEXT.start('daten'),
      BUILD_TEXT.stage('read', 120, { files: 2, sheets: 6 }),
      BUILD_TEXT.stage('check', 2345, { measures: 3000, goals: 59, departments: 31, errors: 0, warnings: 2 }),
      '  ✔ Erste Veröffentlichung: noch kein früherer Stand zum Vergleich',
      BUILD_TEXT.stage('pages', 30_400, { pages: 3100 }),
      BUILD_TEXT.stage('search', 4000, { pages: 3090 }),
      BUILD_TEXT.stage('publish', 10, { pages: 3100 }),
    ].join('\n');
    expect(parseBuildStages(output)).toEqual({ read: 100, check: 2300, pages: 30_400, search: 4000, publish: 0 });
  });
  it('finds nothing in unrelated output', () => {
    expect(parseBuildStages('Fertig: 12 Seiten (siehe oben)\n')).toEqual({});
  });
});
