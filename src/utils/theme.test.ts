import { describe, expect, it } from 'vitest';
import { themeCss } from './theme.ts';

const settings = {
  colours: { primary: '#004B87', accent: '#B5121B' },
  statuses: { planned: { colour: '#FFD23F' } },
};

describe('themeCss', () => {
  it('sets the primary and accent colours with a contrasting text colour', () => {
    const css = themeCss(settings);
    expect(css).toContain('--colour-primary: #004B87;');
    expect(css).toContain('--colour-on-primary: #FFFFFF;');
    expect(css).toContain('--colour-accent: #B5121B;');
  });

  it('writes one rule per status, with the settings colour and dark text on a light fill', () => {
    const css = themeCss(settings);
    expect(css).toContain('.isek-status--planned { background-color: #FFD23F; color: #000000; }');
    expect(css.match(/\.isek-status--/g)).toHaveLength(7);
  });

  it('writes the 17 SDG colours', () => {
    const css = themeCss(settings);
    expect(css).toContain('.isek-sdg--7 { background-color: #FCC30B; color: #000000; }');
    expect(css.match(/\.isek-sdg--\d+ /g)).toHaveLength(17);
  });
});
