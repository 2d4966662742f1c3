import { describe, expect, it } from 'vitest';
import { normaliseText } from '../cells/text.ts';
import { renderPlainText } from './plain.ts';
import { renderMarkdown, renderWithPipeline } from './render.ts';

/** The shortcut must give exactly what the pipeline gives, whenever it answers at all. */
function expectSameAsPipeline(input: string): boolean {
  const source = normaliseText(input);
  const plain = renderPlainText(source);
  if (plain !== null) expect(plain, JSON.stringify(input)).toEqual(renderWithPipeline(source));
  return plain !== null;
}

describe('renderPlainText', () => {
  it("takes ordinary sentences, line breaks and paragraphs, with the pipeline's result", () => {
    const texts = [
      'Die Arbeiten laufen planmäßig.',
      'Der 2. Bauabschnitt ist fertiggestellt; der nächste beginnt im 3. Quartal 2027.',
      'Erste Zeile\nZweite Zeile',
      'Absatz eins.\n\nAbsatz zwei,\nmit Umbruch.',
      'Kosten: 1.250.000 € (netto), Förderquote 60 % – laut § 4 „Richtlinie“ (Stand 11/2026)!',
      'Er sagte "ja" und \'nein\' … und?',
      'Rad- und Fußweg Nord-Süd, 3 + 4 Stellplätze',
      'Straße 1.',
      '',
    ];
    for (const t of texts) expect(expectSameAsPipeline(t), t).toBe(true);
  });

  it('leaves everything in which Markdown could mean something to the pipeline', () => {
    const markdown = [
      '**fett**',
      '*kursiv*',
      '_kursiv_',
      '~~alt~~',
      '`code`',
      '# Titel',
      'a\n===',
      'a\n---',
      '---',
      '- Punkt',
      '+ Punkt',
      '1. Punkt',
      '2) Punkt',
      'a\n    eingerückt',
      '> Zitat',
      '[Link](https://x.de)',
      'siehe https://example.de',
      'siehe www.example.de',
      'Mail an a@b.de',
      '<b>x</b>',
      'A &amp; B',
      'a\\b',
      '| a | b |',
      'Fußnote[^1]',
      'a\n\tb',
      'Stand:\n2. Quartal',
      'Daumen 👍',
    ];
    for (const t of markdown) expect(renderPlainText(normaliseText(t)), t).toBeNull();
  });

  it('agrees with the pipeline on random texts made of plain and Markdown characters', () => {
    const alphabet = [
      'a',
      'Ä',
      'ß',
      'x',
      '1',
      '2',
      '0',
      ' ',
      ' ',
      '\n',
      '\n\n',
      '.',
      ',',
      ':',
      ')',
      '(',
      '-',
      '+',
      '/',
      '!',
      '?',
      '"',
      "'",
      '%',
      '€',
      '–',
      '…',
      'w',
      'W',
      '*',
      '_',
      '#',
      '<',
      '&',
      '[',
      ']',
      '@',
      '|',
      '~',
      '=',
      '`',
      '\\',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let plain = 0;
    for (let i = 0; i < 3000; i += 1) {
      const length = 1 + Math.floor(next() * 30);
      // Mostly plain characters, so the shortcut is exercised often.
      const text = Array.from(
        { length },
        () => alphabet[Math.floor(next() * (next() < 0.8 ? 27 : alphabet.length))],
      ).join('');
      if (expectSameAsPipeline(text)) plain += 1;
    }
    expect(plain).toBeGreaterThan(500);
  });

  it('is what renderMarkdown uses for plain text', () => {
    expect(renderMarkdown('  Zeile eins  \r\nZeile zwei ')).toEqual({
      markdown: 'Zeile eins\nZeile zwei',
      html: '<p>Zeile eins<br>\nZeile zwei</p>',
      text: 'Zeile eins\nZeile zwei',
    });
  });
});
