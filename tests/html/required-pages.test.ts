/**
 * The pages a public body's website must have: the Erklärung zur Barrierefreiheit (with a way to
 * report barriers and the Schleswig-Holstein complaints body), Impressum, Datenschutz and a
 * summary in Leichte Sprache. They exist in the built sample site, and the footer of every page
 * links to them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/pages.ts';
import { startTags } from '../support/security.ts';
import { buildSite } from '../support/site.ts';

/** The required pages: folder, and what their `<h1>` and footer link must say. */
const REQUIRED = [
  { folder: 'barrierefreiheit', heading: /Erklärung zur Barrierefreiheit/, footer: /Barrierefreiheit/ },
  { folder: 'impressum', heading: /Impressum/, footer: /Impressum/ },
  { folder: 'datenschutz', heading: /Datenschutz/, footer: /Datenschutz/ },
  { folder: 'leichte-sprache', heading: /Leichte[rn]? Sprache/, footer: /Leichte Sprache/ },
] as const;

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

const mainOf = (html: string) => /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';

describe('required pages', () => {
  let outDir: string;
  const page = (folder: string) => readFile(path.join(outDir, folder, 'index.html'), 'utf8');

  beforeAll(async () => {
    const built = await buildSite({ base: '/' });
    expect(built.outcome.ok, 'the sample site builds').toBe(true);
    outDir = built.outDir;
  });

  it.each(REQUIRED)('/$folder/ exists with its heading', async ({ folder, heading }) => {
    const html = await page(folder);
    const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
    expect(h1, 'one <h1>').not.toBeNull();
    expect(text(h1![1]!)).toMatch(heading);
    expect(text(mainOf(html)).length, 'some content beyond the heading').toBeGreaterThan(200);
  });

  it('the accessibility statement offers a way to report barriers and names the complaints body', async () => {
    const main = mainOf(await page('barrierefreiheit'));
    const words = text(main);
    const mail = [...startTags(main)].filter((t) => t.name === 'a' && /^mailto:/.test(t.attributes.get('href') ?? ''));
    expect(mail.length, 'a feedback e-mail link').toBeGreaterThan(0);
    expect(words).toMatch(/Barrieren melden|Feedback|Rückmeldung/);
    expect(words).toMatch(/Landesbeauftragte\w* für Menschen mit Behinderung/);
    expect(words).toMatch(/Schleswig-Holstein/);
    expect(words).toMatch(/Beschwerdestelle|Durchsetzungsverfahren|Schlichtung/);
    expect(words).toMatch(/WCAG 2\.1|BITV 2\.0|EN 301 549/);
    // The sample's settings leave the assessment out: the page says so, with no placeholder.
    expect(words).toContain(
      'Eine Bewertung, wie weit die Website mit den Anforderungen vereinbar ist, liegt noch nicht vor.',
    );
    expect(words).not.toMatch(/bitte (ergänzen|prüfen)|\{\{|\[/);
  });

  it('the header of every page links the summary in Leichte Sprache', async () => {
    const missing: string[] = [];
    for (const file of await htmlFiles(outDir)) {
      const header = /<header\b[\s\S]*<\/header>/.exec(await readFile(path.join(outDir, file), 'utf8'))?.[0] ?? '';
      if (!/<a\b[^>]*href="\/leichte-sprache\/"[^>]*>Leichte Sprache<\/a>/.test(header)) missing.push(file);
    }
    expect(missing).toEqual([]);
  });

  it('the footer of every page links to all of them', async () => {
    const missing: string[] = [];
    for (const file of await htmlFiles(outDir)) {
      const footer = /<footer\b[\s\S]*<\/footer>/.exec(await readFile(path.join(outDir, file), 'utf8'))?.[0] ?? '';
      for (const { folder, footer: label } of REQUIRED) {
        const link = new RegExp(`<a\\b[^>]*href="/${folder}/"[^>]*>([\\s\\S]*?)</a>`).exec(footer);
        if (!link || !label.test(text(link[1]!))) missing.push(`${file}: ${folder}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
