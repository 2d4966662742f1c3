/**
 * The README's table „Suchqualität“ lists exactly the fixed queries the browser test searches,
 * each with a rank in the top five (the browser test checks that the ranks are the ones found).
 */
import { describe, expect, it } from 'vitest';
import { QUALITY_CASES, readmeQualityTable } from '../support/search-quality-cases.ts';

describe('README „Suchqualität“', () => {
  const table = readmeQualityTable();

  it('lists every fixed query with its expected page, in order', () => {
    expect(table.map(({ query, expected }) => ({ query, expected }))).toEqual(
      QUALITY_CASES.map((c) => ({ query: c.query, expected: `/${c.expected}` })),
    );
  });

  it('has at least 20 queries, each found in the top five', () => {
    expect(table.length).toBeGreaterThanOrEqual(20);
    for (const row of table) expect([row.query, row.rank >= 1 && row.rank <= 5]).toEqual([row.query, true]);
  });
});
