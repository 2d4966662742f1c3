import { describe, expect, it } from 'vitest';
import { changesOf } from './model-file.ts';
import { makeMeasure, makeModel } from './output/changes/testing.ts';
import { changesWithoutHistory } from './output/changes/publication-changes.ts';

describe('changesOf', () => {
  const model = makeModel([makeMeasure({ id: '2024-001' })]);

  it('takes the changes the build recorded in the model file', () => {
    const recorded = { ...changesWithoutHistory(model, '2026-11-25'), changedAt: { '2024-001': '2026-01-01' } };
    expect(changesOf({ model, changes: recorded })).toBe(recorded);
  });

  it('shows a model without them as a first publication', () => {
    const changes = changesOf({ model });
    expect(changes.changes.first).toBe(true);
    expect(Object.keys(changes.changedAt)).toEqual(['2024-001']);
  });
});
