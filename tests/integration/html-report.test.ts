/**
 * A broken export yields a readable HTML report naming every problem: for each of the broken
 * sample variants, every diagnostic of the check appears in the report with its row, its column
 * and its code; and `npm run check -- --html` writes the file and exits with 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenVariants } from '../../tools/authoring/broken-variants.ts';
import { writeWorkbooks } from '../../tools/authoring/workbook-data.ts';
import { loadProject } from '../../src/lib/load.ts';
import { toCheckJson } from '../../src/lib/output/check-report/check-result.ts';
import { formatHtmlReport } from '../../src/lib/output/check-report/html-report.ts';
import { escapeHtml } from '../../src/lib/common/escape-html.ts';
import { ROOT } from '../support/site.ts';

async function brokenDataDir(index: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'isek-report-'));
  writeWorkbooks(dir, brokenVariants()[index]!.workbooks);
  return dir;
}

describe('the HTML report of a broken export', () => {
  it.each(brokenVariants().map((v, i) => [v.name, i] as const))(
    '%s: names every problem with row, column and code',
    async (_name, index) => {
      const dataDir = await brokenDataDir(index);
      const check = toCheckJson(await loadProject({ dataDir, today: '2026-11-25' }));
      expect(check.ok).toBe(false);
      const html = formatHtmlReport(check, { dataDir, checkedAt: 'heute' });
      const errorsSection = html.slice(html.indexOf('id="fehler"'), html.indexOf('id="warnungen"'));
      for (const d of check.diagnostics) {
        const row = d.row === null ? '–' : String(d.row);
        const column =
          d.column === null ? '–' : escapeHtml(d.columnLetter ? `${d.columnLetter} „${d.column}“` : d.column);
        const line = `<tr><td class="num">${row}</td><td>${column}</td><td>${escapeHtml(d.message)}</td><td><code>${d.code}</code></td></tr>`;
        expect(html, `${d.code} ${d.message}`).toContain(line);
        if (d.severity === 'error') expect(errorsSection).toContain(line);
      }
    },
  );

  it('is written by npm run check -- --html, which exits with 1', async () => {
    const dataDir = await brokenDataDir(0);
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'isek-report-out-')), 'bericht.html');
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'check.ts'), '--daten', dataDir, '--html', file],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain(`Prüfbericht zum Öffnen im Browser: ${file}`);
    const html = await readFile(file, 'utf8');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('verdict--error');
  });
});
