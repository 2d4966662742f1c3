import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_TEXT, LIGHT_TEXT, relativeLuminance, textColourFor } from './colour.ts';

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBe(1);
  });

  it('rejects anything but #RRGGBB', () => {
    expect(() => relativeLuminance('red')).toThrow();
    expect(() => relativeLuminance('#fff')).toThrow();
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });

  it('matches the known value for the GOV.UK grey #767676 on white (4.54)', () => {
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });
});

describe('textColourFor', () => {
  it('chooses dark text on light fills and white on dark fills', () => {
    expect(textColourFor('#FCC30B')).toBe(DARK_TEXT);
    expect(textColourFor('#19486A')).toBe(LIGHT_TEXT);
    expect(textColourFor('#FFFFFF')).toBe(DARK_TEXT);
    expect(textColourFor('#000000')).toBe(LIGHT_TEXT);
  });

  it('always reaches 4.5:1 for a sweep of greys and hues', () => {
    for (let v = 0; v <= 255; v += 5) {
      const h = v.toString(16).padStart(2, '0');
      for (const fill of [`#${h}${h}${h}`, `#${h}0000`, `#00${h}00`, `#0000${h}`, `#${h}${h}00`]) {
        expect(contrastRatio(fill, textColourFor(fill))).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
