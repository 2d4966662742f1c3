import { afterEach, describe, expect, it } from 'vitest';
import { endReuse, renderedSoFar, renderMarkdown, renderWithPipeline, reuseRendered } from './render.ts';

const html = (md: string): string => renderMarkdown(md).html;

describe('renderMarkdown: light Markdown', () => {
  it('renders bold, italics and strikethrough', () => {
    expect(html('**Fett** und *kursiv* und ~~alt~~')).toBe(
      '<p><strong>Fett</strong> und <em>kursiv</em> und <del>alt</del></p>',
    );
  });

  it('renders bullet and numbered lists, nested too', () => {
    expect(html('- eins\n- zwei\n  - drei')).toBe(
      '<ul>\n<li>eins</li>\n<li>zwei\n<ul>\n<li>drei</li>\n</ul>\n</li>\n</ul>',
    );
    expect(html('3. drei\n4. vier')).toBe('<ol start="3">\n<li>drei</li>\n<li>vier</li>\n</ol>');
  });

  it('keeps single line breaks (Alt+Enter) as <br>', () => {
    expect(html('Erste Zeile\nZweite Zeile')).toBe('<p>Erste Zeile<br>\nZweite Zeile</p>');
    expect(html('Erste Zeile\r\nZweite Zeile')).toBe('<p>Erste Zeile<br>\nZweite Zeile</p>');
  });

  it('separates paragraphs at empty lines', () => {
    expect(html('Absatz 1\n\nAbsatz 2')).toBe('<p>Absatz 1</p>\n<p>Absatz 2</p>');
  });

  it('renders http, https and mailto links, and autolinks', () => {
    expect(html('[Ratsinfo](https://ratsinfo.example.de/vo?id=1)')).toBe(
      '<p><a href="https://ratsinfo.example.de/vo?id=1">Ratsinfo</a></p>',
    );
    expect(html('siehe https://example.de/a')).toBe(
      '<p>siehe <a href="https://example.de/a">https://example.de/a</a></p>',
    );
    expect(html('Mail an isek@stadt.de')).toBe('<p>Mail an <a href="mailto:isek@stadt.de">isek@stadt.de</a></p>');
    expect(html('[alt](http://example.de)')).toContain('href="http://example.de"');
  });

  it('renders tables with header cells', () => {
    const out = html('| Jahr | Betrag |\n| --- | ---: |\n| 2026 | 5 |');
    expect(out).toContain('<th>Jahr</th>');
    expect(out).toContain('<td>2026</td>');
    expect(out).not.toContain('align');
  });
});

describe('renderMarkdown: safety', () => {
  it('never lets a script through: raw HTML is shown as text', () => {
    const out = html('<script>alert(1)</script>');
    expect(out).not.toMatch(/<script/i);
    expect(out).toBe('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
  });

  it('neutralises <img onerror>', () => {
    const out = html('Bild <img src=x onerror=alert(1)> hier');
    expect(out).not.toMatch(/<img/i);
    expect(out).toContain('&#x3C;img');
  });

  it('shows block HTML as text, keeping what was written', () => {
    expect(renderMarkdown('<div onclick="x()">\nblock\n</div>').text).toBe('<div onclick="x()">\nblock\n</div>');
    expect(html('<div onclick="x()">\nblock\n</div>')).not.toMatch(/<div/i);
  });

  it('turns a written <br> into a line break', () => {
    expect(html('a<br>b<BR/>c')).toBe('<p>a<br>\nb<br>\nc</p>');
  });

  it('keeps angle brackets in ordinary text', () => {
    expect(renderMarkdown('für <Stadtteil Nord>').text).toBe('für <Stadtteil Nord>');
  });

  it.each([
    '[klick](javascript:alert(1))',
    '[klick](JAVASCRIPT:alert(1))',
    '[klick](java&#x73;cript:alert(1))',
    '[klick](vbscript:msgbox(1))',
    '[klick](data:text/html,<script>alert(1)</script>)',
    '[klick](ftp://example.de/x)',
    '[klick](/intern/seite)',
    '[klick](#anker)',
  ])('drops the link but keeps the text for %s', (md) => {
    const out = html(md);
    expect(out).not.toContain('<a');
    expect(out).not.toMatch(/javascript|vbscript|data:/i);
    expect(out).toMatch(/^<p>klick/);
  });

  it('renders no images, keeping their description', () => {
    expect(html('![Lageplan](https://example.de/plan.png)')).toBe('<p>Lageplan</p>');
    expect(html('![](https://example.de/plan.png)')).toBe('');
  });

  it('adds no ids, classes or form controls', () => {
    const out = html('- [ ] offen\n- [x] erledigt\n\nText[^1]\n\n[^1]: Fußnote');
    expect(out).not.toMatch(/<input|id=|class=|<section|<h\d/);
    expect(out).toContain('<li>[ ] offen</li>');
    expect(out).toContain('<li>[x] erledigt</li>');
    expect(out).toContain('Text[^1]');
    expect(out).toContain('[^1]: Fußnote');
  });
});

describe('renderMarkdown: headings', () => {
  it.each(['# Foo', '## Foo', '###### Foo', 'Foo\n===', 'Foo\n---'])('demotes %j to a bold paragraph', (md) => {
    expect(html(md)).toBe('<p><strong>Foo</strong></p>');
  });

  it('keeps inline formatting inside a demoted heading', () => {
    expect(html('## Stand *November*')).toBe('<p><strong>Stand <em>November</em></strong></p>');
  });
});

describe('renderMarkdown: markdown and plain text', () => {
  it('keeps the normalised source', () => {
    expect(renderMarkdown('  **a**\u00a0 b\r\n').markdown).toBe('**a** b');
  });

  it('gives plain text with lines for paragraphs, items and breaks', () => {
    const { text } = renderMarkdown(
      '# Stand\n\n**Fertig:** Planung\nBau läuft\n\n- [Ratsinfo](https://example.de)\n- Schritt *zwei*',
    );
    expect(text).toBe('Stand\nFertig: Planung\nBau läuft\nRatsinfo\nSchritt zwei');
  });

  it('puts table rows on lines and cells side by side', () => {
    expect(renderMarkdown('| A | B |\n| - | - |\n| 1 | 2 |').text).toBe('A B\n1 2');
  });

  it('gives empty output for empty input', () => {
    expect(renderMarkdown('  \n ')).toEqual({ markdown: '', html: '', text: '' });
  });
});

describe('renderMarkdown: rendering on first use', () => {
  it('gives Markdown the same fields as plain data: spread, JSON and frozen copies see the HTML', () => {
    const rich = renderMarkdown('**Stand:** läuft');
    const expected = {
      markdown: '**Stand:** läuft',
      html: '<p><strong>Stand:</strong> läuft</p>',
      text: 'Stand: läuft',
    };
    expect({ ...rich }).toEqual(expected);
    expect(JSON.parse(JSON.stringify(Object.freeze(rich)))).toEqual(expected);
    expect(structuredClone(rich)).toEqual(expected);
    expect(Object.keys(rich)).toEqual(['markdown', 'html', 'text']);
  });
});

describe('renderMarkdown: results of an earlier run', () => {
  afterEach(() => endReuse());

  it('takes an offered result instead of rendering, keyed by the normalised source', () => {
    reuseRendered(
      new Map([['**Angeboten** A\nB', { html: '<p>aus dem letzten Lauf</p>', text: 'aus dem letzten Lauf' }]]),
    );
    // Written with Windows line ends and a trailing space: normalised, it is the offered source.
    const cell = renderMarkdown('**Angeboten** A\r\nB ');
    expect(cell.html).toBe('<p>aus dem letzten Lauf</p>');
    expect(cell.text).toBe('aus dem letzten Lauf');
  });

  it('renders what was not offered, and keeps every result of this run for the next', () => {
    reuseRendered(new Map([['**anderer** Text', { html: '<p>x</p>', text: 'x' }]]));
    const source = '**Neu** in diesem Lauf\n- eins';
    const cell = renderMarkdown(source);
    expect(cell.html).toBe(renderWithPipeline(source).html);
    expect(renderedSoFar().get(source)).toEqual({ html: cell.html, text: cell.text });
  });

  it('keeps nothing outside a session, and forgets at its end', () => {
    renderMarkdown('**ohne** Sitzung').html;
    expect(renderedSoFar().size).toBe(0);
    reuseRendered(new Map());
    renderMarkdown('**in** der Sitzung').html;
    expect([...renderedSoFar().keys()]).toEqual(['**in** der Sitzung']);
    endReuse();
    expect(renderedSoFar().size).toBe(0);
    // A new session starts empty: nothing of an earlier build leaks into the next one's cache.
    reuseRendered(new Map());
    expect(renderedSoFar().size).toBe(0);
  });

  it('keeps plain text out: it never goes through the pipeline', () => {
    reuseRendered(new Map());
    renderMarkdown('Nur schlichter Text ohne Auszeichnung').html;
    expect(renderedSoFar().has('Nur schlichter Text ohne Auszeichnung')).toBe(false);
  });
});
