import { describe, expect, it } from 'vitest';
import { describePage } from './description.ts';

describe('describePage', () => {
  it('joins lines and keeps short texts whole', () => {
    expect(describePage('Erste Zeile\nzweite Zeile', 'x')).toBe('Erste Zeile zweite Zeile');
  });
  it('cuts long texts after a whole word', () => {
    const text = 'Wort '.repeat(50);
    const d = describePage(text, 'x', 30);
    expect(d).toBe('Wort Wort Wort Wort Wort…');
    expect(d.length).toBeLessThanOrEqual(30);
  });
  it('falls back for an empty page', () => {
    expect(describePage(' \n', 'Impressum')).toBe('Impressum');
  });
});
