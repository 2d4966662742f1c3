import { describe, expect, it } from 'vitest';
import { mailtoHref, telHref } from './contact.ts';

describe('telHref', () => {
  it('keeps only digits', () => {
    expect(telHref('04321 942-2600')).toBe('tel:043219422600');
    expect(telHref('(04321) 942 / 26 00')).toBe('tel:043219422600');
  });

  it('keeps a leading + and drops the (0) after the country code', () => {
    expect(telHref('+49 (0)4321 942-0')).toBe('tel:+4943219420');
    expect(telHref('+49 4321 9420')).toBe('tel:+4943219420');
  });

  it('gives null when there is no digit', () => {
    expect(telHref('auf Anfrage')).toBeNull();
    expect(telHref('')).toBeNull();
  });
});

describe('mailtoHref', () => {
  it('prefixes mailto:', () => {
    expect(mailtoHref(' isek@neumuenster.de ')).toBe('mailto:isek@neumuenster.de');
  });
});
