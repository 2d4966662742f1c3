import { describe, expect, it } from 'vitest';
import { subgoalNotes } from './goal-notes.ts';

const goals = new Map([
  ['5', { id: '5', title: 'Mobilität', ancestorIds: [] }],
  ['5.1', { id: '5.1', title: 'Radverkehr', ancestorIds: ['5'] }],
  ['5.2', { id: '5.2', title: 'Busse', ancestorIds: ['5'] }],
  ['3', { id: '3', title: 'Soziales', ancestorIds: [] }],
]);

describe('subgoalNotes', () => {
  it('names the sub-goals through which a measure counts, and nothing for a measure of the goal itself', () => {
    const notes = subgoalNotes(
      { id: '5' },
      [
        { id: 'a', goalIds: ['5'] },
        { id: 'b', goalIds: ['5.1', '5.2', '3'] },
        { id: 'c', goalIds: ['5', '5.1'] },
      ],
      goals,
    );
    expect([...notes]).toEqual([['b', 'über Unterziele 5.1 Radverkehr; 5.2 Busse']]);
  });

  it('ignores goals outside the tree and unknown ids', () => {
    expect(subgoalNotes({ id: '5.1' }, [{ id: 'x', goalIds: ['3', '9.9'] }], goals).size).toBe(0);
  });
});
