import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenVariants } from '../../../../tools/authoring/broken-variants.ts';
import { writeWorkbooks } from '../../../../tools/authoring/workbook-data.ts';
import { loadProject } from '../../load.ts';
import { toCheckJson } from './check-result.ts';

async function checkVariant(name: string) {
  const dir = await mkdtemp(path.join(tmpdir(), 'isek-counts-'));
  try {
    writeWorkbooks(dir, brokenVariants().find((v) => v.name === name)!.workbooks);
    return toCheckJson(await loadProject({ dataDir: dir, today: '2026-11-25' }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('toCheckJson: counts and the row reconciliation agree', () => {
  // A row refused for a reference found only while linking (the measure itself was read).
  it.each(['unknown-department', 'unknown-goal', 'duplicate-id', 'percent-120', 'goal-cycle'])('%s', async (name) => {
    const report = await checkVariant(name);
    expect(report.ok).toBe(false);
    const rows = report.rowCounts;
    expect(rows.measures!.refused + rows.goals!.refused + rows.departments!.refused).toBeGreaterThan(0);
    expect(report.counts.measures).toBe(rows.measures!.published);
    expect(report.counts.goals).toBe(rows.goals!.published);
    expect(report.counts.departments).toBe(rows.departments!.published);
    for (const kind of Object.values(rows)) expect(kind.read).toBe(kind.published + kind.skippedEmpty + kind.refused);
  });
});
