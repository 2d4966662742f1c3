import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../common/colour.ts';
import { SDG_COLOURS, SDG_NUMBERS, sdgInfo, textColourFor } from './sdg.ts';

describe('SDG data', () => {
  it('has a colour for each of the 17 goals', () => {
    expect(SDG_NUMBERS).toHaveLength(17);
    for (const n of SDG_NUMBERS) expect(SDG_COLOURS[n]).toMatch(/^#[0-9A-F]{6}$/);
  });

  it('keeps the official colours of SDG 7 and 17', () => {
    expect(SDG_COLOURS[7]).toBe('#FCC30B');
    expect(SDG_COLOURS[17]).toBe('#19486A');
  });

  it('gives every tile a text colour with the best contrast available', () => {
    for (const n of SDG_NUMBERS) {
      const info = sdgInfo(n);
      const other = info.textColour === '#FFFFFF' ? '#000000' : '#FFFFFF';
      expect(contrastRatio(info.colour, info.textColour)).toBeGreaterThanOrEqual(contrastRatio(info.colour, other));
    }
  });

  it('puts dark text on the light yellow of SDG 7 and white on SDG 17', () => {
    expect(textColourFor(SDG_COLOURS[7]!)).toBe('#000000');
    expect(sdgInfo(17).textColour).toBe('#FFFFFF');
  });

  it('refuses numbers outside 1–17', () => {
    expect(() => sdgInfo(18)).toThrow();
    expect(() => sdgInfo(0)).toThrow();
  });

  it('carries the German title', () => {
    expect(sdgInfo(11).title).toBe('Nachhaltige Städte und Gemeinden');
  });
});
