import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../schemas/settings.ts';
import { defaultHasPlaceholders, defaultPageMarkdown } from './defaults.ts';
import { EDITABLE_PAGE_KEYS } from './editable-pages.ts';
import { renderEditablePage } from './render-page.ts';
import { checkEditablePages } from './check-pages.ts';

const settings = settingsSchema.parse({
  city: 'Flensburg',
  office: {
    email: 'isek@flensburg.example',
    phone: '0461 85-0',
    name: 'Büro ISEK',
    organisation: 'Stadt Flensburg',
    street: 'Am Pferdewasser 14',
    postcode: '24937',
    town: 'Flensburg',
  },
});

describe('default pages', () => {
  it.each(EDITABLE_PAGE_KEYS)('%s renders cleanly, with its own title and the office from the settings', (key) => {
    const markdown = defaultPageMarkdown(key, settings);
    const page = renderEditablePage(markdown, { base: '/isek/', fallbackTitle: 'x' });
    expect(page.titleFromFile).toBe(true);
    expect(page.problems).toEqual([]);
    expect(page.html).toContain('isek@flensburg.example');
    expect(page.html).not.toContain('Neumünster');
    // Site links get the base path.
    for (const m of page.html.matchAll(/href="(\/[^"]*)"/g)) expect(m[1]).toMatch(/^\/isek\//);
  });

  it('explains in the privacy statement that the site sets no cookies, tracks nobody and loads nothing from elsewhere', () => {
    const text = renderEditablePage(defaultPageMarkdown('datenschutz', settings), {
      base: '/',
      fallbackTitle: 'x',
    }).text;
    expect(text).toContain('keine Cookies');
    expect(text).toMatch(/kein\w* .*Tracking/);
    expect(text).toContain('lädt nichts von anderen Servern');
    expect(text).toContain('Protokolldateien');
    expect(defaultHasPlaceholders('datenschutz')).toBe(true);
  });

  it('gives the accessibility statement a feedback contact and the Beschwerdestelle of Schleswig-Holstein', () => {
    const page = renderEditablePage(defaultPageMarkdown('barrierefreiheit', settings), {
      base: '/',
      fallbackTitle: 'x',
    });
    expect(page.title).toBe('Erklärung zur Barrierefreiheit');
    expect(page.text).toContain('Stand der Vereinbarkeit');
    expect(page.text).toContain('Beschwerdestelle für barrierefreie Informationstechnik');
    expect(page.text).toContain('Landesbeauftragten für Menschen mit Behinderung');
    expect(page.html).toContain('href="mailto:isek@flensburg.example"');
    expect(page.text).toContain('WCAG');
  });

  it('never publishes a placeholder in the accessibility statement: missing facts are left out', () => {
    expect(defaultHasPlaceholders('barrierefreiheit')).toBe(false);
    const bare = renderEditablePage(defaultPageMarkdown('barrierefreiheit', settings), {
      base: '/',
      fallbackTitle: 'x',
    });
    expect(bare.text).toContain(
      'Eine Bewertung, wie weit die Website mit den Anforderungen vereinbar ist, liegt noch nicht vor.',
    );
    expect(bare.text).not.toMatch(/bitte|ergänzen|\{\{|\[/);
    expect(bare.text).not.toContain('Erstellung dieser Erklärung');
    const stated = settingsSchema.parse({
      ...settings,
      accessibility: {
        conformance: 'teilweise',
        assessedBy: 'einen BITV-Test der Prüfstelle Nord',
        assessedOn: '15.10.2026',
        createdOn: '2026-10-20',
        reviewedOn: '2026-11-30',
      },
    });
    const full = renderEditablePage(defaultPageMarkdown('barrierefreiheit', stated), { base: '/', fallbackTitle: 'x' });
    expect(full.text).toContain(
      'Diese Website ist mit den Anforderungen teilweise vereinbar. Die Ausnahmen sind unten aufgeführt. ' +
        'Die Bewertung beruht auf einen BITV-Test der Prüfstelle Nord vom 15. Oktober 2026.',
    );
    expect(full.text).toContain(
      'Diese Erklärung wurde am 20. Oktober 2026 erstellt und zuletzt am 30. November 2026 überprüft.',
    );
    expect(full.text).not.toContain('liegt noch nicht vor');
  });

  it('writes the Leichte Sprache page in short lines and needs nothing filled in', () => {
    const page = renderEditablePage(defaultPageMarkdown('leichte-sprache', settings), {
      base: '/',
      fallbackTitle: 'x',
    });
    const sentences = page.text.split('\n').filter((l) => /[.?:]$/.test(l));
    expect(Math.max(...sentences.map((s) => s.split(' ').length))).toBeLessThanOrEqual(12);
    expect(page.text).toContain('Flensburg');
    expect(defaultHasPlaceholders('leichte-sprache')).toBe(false);
    expect(defaultHasPlaceholders('ueber')).toBe(false);
  });
});

describe('checkEditablePages', () => {
  it('warns about markup that will not show as written, with the line', () => {
    const [d] = checkEditablePages([{ key: 'ueber', file: 'seiten/ueber.md', text: '# Über\n\n<u>wichtig</u>' }]);
    expect(d).toMatchObject({ code: 'page.unsupported-markup', severity: 'warning', file: 'seiten/ueber.md', row: 3 });
    expect(d!.message).toContain('„<u>“');
  });
});
