/**
 * Valid HTML: every page of the built sample site, its stylesheets and its SVG files pass the Nu
 * HTML Checker (`vnu-jar`, on the installed Java) with zero errors. One JVM checks them all in a
 * single batch (start-up is the slow part); a deliberately broken file in the same batch proves
 * the checker ran and reports.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/pages.ts';
import { buildSite, listFiles } from '../support/site.ts';

const run = promisify(execFile);

/** The jar's path: the package exports it (as a String object, hence the conversion). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar') as unknown);

/** `java` on the PATH (or JAVA_HOME), or null. */
async function findJava(): Promise<string | null> {
  const candidates = [process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : null, 'java'].filter(
    (c): c is string => c !== null,
  );
  for (const java of candidates) {
    try {
      await run(java, ['-version']);
      return java;
    } catch {
      // try the next one
    }
  }
  return null;
}

const java = await findJava();
if (!java)
  console.warn(
    'Kein Java gefunden: HTML-Prüfung (vnu) übersprungen. Installieren: apt-get install default-jre-headless',
  );

/** One message of the checker's JSON output. */
interface VnuMessage {
  readonly type: string;
  readonly subType?: string;
  readonly url: string;
  readonly lastLine?: number;
  readonly message: string;
  readonly extract?: string;
}

describe.skipIf(!java)('the Nu HTML Checker', () => {
  let messages: VnuMessage[];
  let outDir: string;
  let scratch: string;
  let checked: number;

  beforeAll(async () => {
    const built = await buildSite({ base: '/' });
    expect(built.outcome.ok, 'the sample site builds').toBe(true);
    outDir = built.outDir;
    scratch = await mkdtemp(path.join(tmpdir(), 'isek-vnu-'));
    const broken = path.join(scratch, 'kaputt.html');
    await writeFile(
      broken,
      '<!doctype html><html lang="de"><title>x</title><p><div>Block im Absatz</div></p><img src="a.png"></html>',
    );
    const all = await listFiles(outDir);
    const files = [
      ...(await htmlFiles(outDir)),
      ...all.filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/')),
      ...all.filter((f) => f.endsWith('.svg')),
    ].map((f) => path.join(outDir, f));
    checked = files.length;
    const { stdout, stderr } = await run(
      java!,
      [
        '-jar',
        VNU_JAR,
        '--errors-only',
        '--format',
        'json',
        '--exit-zero-always',
        '--also-check-css',
        '--also-check-svg',
        broken,
        ...files,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const json = [stdout, stderr].find((s) => s.trim().startsWith('{'));
    expect(json, `vnu output: ${stderr.slice(0, 500)}`).toBeDefined();
    messages = (JSON.parse(json!) as { messages: VnuMessage[] }).messages;
  }, 300_000);

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('runs and reports errors (a broken file in the batch)', () => {
    const ofBroken = messages.filter((m) => m.url.endsWith('/kaputt.html'));
    expect(ofBroken.length).toBeGreaterThanOrEqual(2);
  });

  it('finds no error in any page, stylesheet or SVG of the site', () => {
    expect(checked).toBeGreaterThan(300);
    const site = messages
      .filter((m) => !m.url.endsWith('/kaputt.html'))
      .map(
        (m) =>
          `${decodeURIComponent(m.url.replace(/^file:/, '')).replace(outDir + '/', '')}:${m.lastLine ?? '?'} ${m.type}: ${m.message} [${(m.extract ?? '').trim()}]`,
      );
    expect(site).toEqual([]);
  });
});
