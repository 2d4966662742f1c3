/**
 * The fictitious sample workbooks the project ships in `data/` (written by `npm run sample`,
 * `tools/authoring/sample-render.ts`). The office should remove them before its first own export
 * (`docs/anleitung.md`); left next to own workbooks they mix invented goals and measures into the
 * real ones. So a data folder that holds both gets a warning at each sample file. A folder with
 * the samples alone (a fresh install) is fine.
 *
 * Recognised by file name: an own export has the office's own names; one that happens to carry a
 * sample's name is told to rename it.
 */
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { FILE_MESSAGES } from '../../i18n/de.ts';

/** The names of the sample workbooks, of both sample meetings (a test holds the generator to them). */
export const SAMPLE_WORKBOOK_FILES: readonly string[] = [
  'Massnahmenliste_2026-11-20.xlsx',
  'Massnahmenliste_2027-02-19.xlsx',
  'ISEK-Zielsystem 2025-2026.xlsx',
  'Kennzahlen_Statistikstelle.xlsx',
];

/** Whether `name` is one of {@link SAMPLE_WORKBOOK_FILES}. */
export const isSampleWorkbook = (name: string): boolean => SAMPLE_WORKBOOK_FILES.includes(name);

/**
 * A `file.sample-mixed` warning at each sample workbook when the folder's workbooks (`names`, in
 * folder order) hold sample and own ones; nothing otherwise.
 */
export function sampleMixDiagnostics(names: readonly string[]): Diagnostic[] {
  const samples = names.filter(isSampleWorkbook);
  const own = names.filter((n) => !isSampleWorkbook(n));
  if (samples.length === 0 || own.length === 0) return [];
  return samples.map((file) =>
    diagnostic('file.sample-mixed', { file }, FILE_MESSAGES.sampleMixed(file, samples, own)),
  );
}
