import { describe, expect, it } from 'vitest';
import type * as Hast from 'hast';
import { hastPlainText } from './hast-text.ts';

type Child = Hast.ElementContent | string;
const el = (tagName: string, ...children: Child[]): Hast.Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: children.map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)),
});
const text = (...children: Child[]): string =>
  hastPlainText({ type: 'root', children: el('div', ...children).children });
const nl = '\n';

describe('hastPlainText', () => {
  it('puts each paragraph, heading and list item on its own line', () => {
    expect(text(el('h2', 'Titel'), el('p', 'Eins'), nl, el('ul', nl, el('li', 'a'), nl, el('li', 'b'), nl))).toBe(
      'Titel\nEins\na\nb',
    );
    expect(text('vor', el('h3', 'Titel'), 'nach')).toBe('vor\nTitel\nnach');
  });

  it('keeps line breaks and collapses white space within a line', () => {
    expect(text(el('p', 'Erste  Zeile', el('br'), '\nzweite\u00a0\tZeile'))).toBe('Erste Zeile\nzweite Zeile');
  });

  it('writes a table row per line, its cells separated by a space', () => {
    const row = (tag: string, a: string, b: string) => el('tr', nl, el(tag, a), nl, el(tag, b), nl);
    expect(
      text(el('table', nl, el('thead', nl, row('th', 'A', 'B'), nl), nl, el('tbody', nl, row('td', '1', '2'), nl))),
    ).toBe('A B\n1 2');
  });

  it('keeps the text of inline elements inside their line', () => {
    expect(text(el('p', 'ein ', el('strong', 'fetter'), ' ', el('a', 'Link')))).toBe('ein fetter Link');
  });
});
