import { describe, expect, it } from 'vitest';
import { renderEditablePage } from './render-page.ts';

const render = (markdown: string, base = '/') => renderEditablePage(markdown, { base, fallbackTitle: 'Standardtitel' });

describe('renderEditablePage: title', () => {
  it('takes the title from a first line `# Titel` and leaves it out of the body', () => {
    const page = render('# Über das *ISEK*\n\nText.');
    expect(page.title).toBe('Über das ISEK');
    expect(page.titleFromFile).toBe(true);
    expect(page.html).toBe('<p>Text.</p>');
  });

  it('uses the default title when the file does not start with `# `', () => {
    const page = render('Text.\n\n# Später\n');
    expect(page.title).toBe('Standardtitel');
    expect(page.titleFromFile).toBe(false);
    expect(page.html).toContain('<h2>Später</h2>');
  });

  it('uses the default title for an empty `#` line', () => {
    expect(render('#\n\nText.').title).toBe('Standardtitel');
  });
});

describe('renderEditablePage: headings', () => {
  it('starts at h2 and never skips a level', () => {
    const page = render('# T\n\n#### a\n\n###### b\n\n## c\n\n### d\n\n# e\n');
    expect([...page.html.matchAll(/<(h\d)>/g)].map((m) => m[1])).toEqual(['h2', 'h3', 'h2', 'h3', 'h2']);
  });
});

describe('renderEditablePage: safety', () => {
  it('shows raw HTML as text and reports it with its line', () => {
    const page = render('# T\n\nText <b onclick="x()">fett</b>\n\n<script>alert(1)</script>\n');
    expect(page.html).not.toMatch(/<b\b|<script/);
    expect(page.html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(page.problems).toEqual([
      { kind: 'html', line: 3, snippet: '<b onclick="x()">' },
      { kind: 'html', line: 5, snippet: '<script>alert(1)</script>' },
    ]);
  });

  it('does not render images, keeps their description, and reports them', () => {
    const page = render('![Stadtplan der Innenstadt](plan.png)');
    expect(page.html).toBe('<p>Stadtplan der Innenstadt</p>');
    expect(page.problems).toEqual([{ kind: 'image', line: 1, snippet: 'plan.png' }]);
  });

  it('keeps external links, adds the base path to site links and drops the rest', () => {
    const page = render(
      '[a](https://www.neumuenster.de/) [b](mailto:isek@neumuenster.de) [c](tel:+494321942000)\n' +
        '[d](/massnahmen/)\n[e](javascript:alert(1)) [f](impressum/) [g](//evil.example/)',
      '/isek/',
    );
    expect(page.html).toContain('<a href="https://www.neumuenster.de/">a</a>');
    expect(page.html).toContain('<a href="mailto:isek@neumuenster.de">b</a>');
    expect(page.html).toContain('<a href="tel:+494321942000">c</a>');
    expect(page.html).toContain('<a href="/isek/massnahmen/">d</a>');
    expect(page.html).not.toMatch(/javascript:|href="impressum|evil\.example/);
    expect(page.html).toMatch(/e f g<\/p>$/);
    expect(page.problems).toEqual([{ kind: 'link', line: 3, snippet: 'javascript:alert(1)' }]);
  });

  it('keeps GFM tables and single line breaks', () => {
    const page = render('Zeile eins\nZeile zwei\n\n| A | B |\n| - | - |\n| 1 | 2 |');
    expect(page.html).toContain('Zeile eins<br>');
    expect(page.html).toContain('<th>A</th>');
    expect(page.text).toBe('Zeile eins\nZeile zwei\nA B\n1 2');
  });

  it('never throws, whatever the file holds', () => {
    for (const input of ['', '\uFEFF# T\r\n\r\nText', '[[[', '<', '```\nunclosed', '| a |\n|', '\u0000\u0001']) {
      expect(() => render(input)).not.toThrow();
    }
    expect(render('\uFEFF# Titel\r\n\r\nText').title).toBe('Titel');
  });
});
