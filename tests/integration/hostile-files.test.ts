/**
 * Files no office means to send, run as the office would (`npm run check`, `npm run build`): a
 * zip bomb, a damaged optional sheet, a formula saved without its result. Each is refused with a German
 * message naming its place, exit code 1 and no stack trace, and the published folder stays byte
 * for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeWorkbookBytes } from '../../src/lib/testing/make-workbook.ts';
import { writeZip, zipEntries } from '../../src/lib/testing/zip-archive.ts';
import { WORKBOOK_LIMITS } from '../../src/lib/input/workbook/inspect-archive.ts';
import { validVariant } from '../../tools/authoring/broken-variants.ts';
import { workbookBytes, writeWorkbooks } from '../../tools/authoring/workbook-data.ts';
import { listFiles, ROOT } from '../support/site.ts';

const SHEET = 'xl/worksheets/sheet1.xml';

function run(script: string, args: readonly string[]) {
  return spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8' });
}

/** A one-sheet workbook whose sheet XML `edit` changes, written as a ZIP of our own. */
function editedWorkbook(name: string, rows: string[][], edit: (xml: string) => string | Buffer): Uint8Array {
  const entries = zipEntries(makeWorkbookBytes({ sheets: [{ name, rows }] }));
  return writeZip(entries.set(SHEET, edit(new TextDecoder().decode(entries.get(SHEET) as Uint8Array))));
}

async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await listFiles(dir))
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(dir, file)))
      .update('\0');
  return hash.digest('hex');
}

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'isek-hostile-'));
  // The valid workbook, its first measure's title (B2) a formula saved without result.
  const [isek, ...others] = validVariant();
  const entries = zipEntries(workbookBytes(isek!));
  const measures = new TextDecoder().decode(entries.get(SHEET) as Uint8Array);
  const withFormula = measures.replace(/<c r="B2"[^>]*>.*?<\/c>/, '<c r="B2"><f>A2&amp;" neu"</f></c>');
  expect(withFormula).not.toBe(measures);
  await writeFile(path.join(dataDir, isek!.file), writeZip(entries.set(SHEET, withFormula)));
  writeWorkbooks(dataDir, others);
  // A real bomb: a few hundred kilobytes that inflate past the limit (its sizes declared truly).
  const bomb = editedWorkbook('Notizen', [['Notiz']], (xml) => {
    const [head, tail] = xml.split('</sheetData>');
    return Buffer.concat([
      Buffer.from(`${head}</sheetData>`),
      Buffer.alloc(WORKBOOK_LIMITS.inflatedBytes + 2 ** 20, 0x20),
      Buffer.from(tail ?? ''),
    ]);
  });
  await writeFile(path.join(dataDir, 'Bombe.xlsx'), bomb);
  // An optional sheet SheetJS cannot parse: a shared-string index past the table.
  const reports = editedWorkbook('Statusberichte', [['Nr.', 'Datum', 'Bericht']], (xml) =>
    xml.replace('</sheetData>', '<row r="2"><c r="A2" t="s"><v>99999</v></c></row></sheetData>'),
  );
  await writeFile(path.join(dataDir, 'Berichte.xlsx'), reports);
}, 120_000);

describe('hostile and damaged files', () => {
  it('npm run check: German located messages, exit code 1, no stack trace', () => {
    const result = run('scripts/check.ts', ['--daten', dataDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('„Bombe.xlsx“ wird nicht gelesen');
    expect(result.stdout).toContain('[file.too-large]');
    expect(result.stdout).toMatch(
      /Berichte\.xlsx › Blatt „Statusberichte“\n.*konnte nicht gelesen werden.*\[sheet\.unreadable\]/,
    );
    expect(result.stdout).not.toMatch(/ist leer/);
    expect(result.stdout).toMatch(
      /ISEK\.xlsx › Blatt „Maßnahmen“ › Zeile 2 › Spalte „Titel“\n.*Formel ohne berechneten Wert in Zelle B2.*\[value\.formula-uncalculated\]/,
    );
    // The formula's cell is not also called empty.
    expect(result.stdout).not.toContain('[value.required]');
    expect(result.stdout).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('npm run check -- --json: one document, counts agreeing with the rows', () => {
    const result = run('scripts/check.ts', ['--json', '--daten', dataDir]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'file.too-large', file: 'Bombe.xlsx', severity: 'error' }),
    );
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'sheet.unreadable',
        file: 'Berichte.xlsx',
        sheet: 'Statusberichte',
        severity: 'error',
      }),
    );
    expect(report.rowCounts.measures.refused).toBe(1);
    expect(report.counts.measures).toBe(report.rowCounts.measures.published);
  });

  it('npm run build refuses and leaves the output folder byte for byte as it was', async () => {
    const outDir = path.join(await mkdtemp(path.join(tmpdir(), 'isek-published-')), 'dist');
    await mkdir(path.join(outDir, 'massnahmen'), { recursive: true });
    await writeFile(path.join(outDir, 'index.html'), '<!doctype html><title>Stand 1</title>');
    await writeFile(path.join(outDir, 'massnahmen', 'index.html'), '<!doctype html><title>Maßnahmen</title>');
    const before = await fingerprint(outDir);
    const result = run('scripts/build.ts', ['--daten', dataDir, '--ausgabe', outDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(result.stdout).toContain('file.too-large');
    expect(await fingerprint(outDir)).toBe(before);
  });
});
