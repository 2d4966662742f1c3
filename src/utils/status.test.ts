import { describe, expect, it } from 'vitest';
import { allStatusAppearances, DEFAULT_STATUS_COLOURS, statusAppearance } from './status.ts';

describe('statusAppearance', () => {
  it('uses the default label and colour without settings', () => {
    expect(statusAppearance('in-progress', undefined)).toEqual({
      status: 'in-progress',
      label: 'in Umsetzung',
      colour: DEFAULT_STATUS_COLOURS['in-progress'],
      textColour: '#FFFFFF',
    });
  });

  it('takes label and colour from the settings, each on its own', () => {
    const statuses = { completed: { label: 'umgesetzt' }, planned: { colour: '#FFD23F' } };
    expect(statusAppearance('completed', statuses)).toMatchObject({
      label: 'umgesetzt',
      colour: DEFAULT_STATUS_COLOURS.completed,
    });
    expect(statusAppearance('planned', statuses)).toMatchObject({
      label: 'geplant',
      colour: '#FFD23F',
      textColour: '#000000',
    });
  });

  it('lists every status in natural order', () => {
    expect(allStatusAppearances({}).map((a) => a.status)).toEqual([
      'planned',
      'preparing',
      'in-progress',
      'ongoing',
      'completed',
      'deferred',
      'dropped',
    ]);
  });
});
