import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/lib/load.ts';
import { brokenVariants, validVariant, VARIANT_FILE } from './broken-variants.ts';
import { writeWorkbooks, type WorkbookData } from './workbook-data.ts';

const root = mkdtempSync(join(tmpdir(), 'isek-broken-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function load(name: string, workbooks: readonly WorkbookData[]) {
  const dir = join(root, name);
  writeWorkbooks(dir, workbooks);
  return loadProject({ dataDir: dir, today: '2026-11-25' });
}

describe('brokenVariants', () => {
  it('starts from a base that loads without errors or warnings', async () => {
    const result = await load('valid', validVariant());
    // The workbooks alone: without a settings file the accessibility statement lacks the city's facts.
    expect(result.diagnostics.filter((d) => d.severity !== 'notice' && d.file !== 'einstellungen.json')).toEqual([]);
  });

  it('has the named variants, each a single workbook', () => {
    const variants = brokenVariants();
    expect(variants.map((v) => v.name)).toEqual([
      'duplicate-id',
      'unknown-goal',
      'unknown-department',
      'percent-120',
      'sdg-18',
      'product-area-7',
      'javascript-link',
      'goal-cycle',
      'missing-column',
      'missing-value',
      'unreadable-date',
      'goal-number-as-date',
      'department-mismatch',
      'department-list-half-known',
      'invisible-character-in-key',
      'key-too-long',
      'end-before-start',
      'indicator-duplicate',
      'indicator-unknown-goal',
      'indicator-direction',
      'indicator-target-without-year',
      'indicator-value-not-a-number',
      'indicator-value-twice',
      'indicator-value-unknown',
      'indicator-wide-not-a-number',
    ]);
    for (const v of variants) expect(v.workbooks.map((w) => w.file)).toEqual([VARIANT_FILE]);
  });

  for (const variant of brokenVariants()) {
    it(`${variant.name}: refused with exactly one error at its place`, async () => {
      const result = await load(variant.name, variant.workbooks);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(result.ok).toBe(false);
      expect(errors).toHaveLength(1);
      const [error] = errors;
      const { expected } = variant;
      expect(expected.codes).toContain(error!.code);
      expect(error).toMatchObject({ file: expected.file, sheet: expected.sheet, column: expected.column });
      expect(expected.rows).toContain(error!.row);
      if (expected.mentions) expect(error!.message).toContain(expected.mentions);
    });
  }
});
