/**
 * Finds the workbooks in the data folder. Besides `read-file-bytes.ts`, this is the only module
 * of the reader that touches the disk; everything after it works on bytes and plain data.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { compareGerman } from '../../common/collate.ts';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { FILE_MESSAGES } from '../../i18n/de.ts';
import { unreadableReason } from './read-file-bytes.ts';
import { sampleMixDiagnostics } from './sample-workbooks.ts';

/** File extensions read as workbooks (compared in lower case). */
export const WORKBOOK_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm', '.xls', '.ods'];

/** Sub-folders of the data folder that belong to the project (pages, publications). */
const PROJECT_FOLDERS: ReadonlySet<string> = new Set(['seiten', 'veroeffentlichungen']);

/** The project's own files in the data folder, which are expected and need no notice. */
const PROJECT_FILES: ReadonlySet<string> = new Set(['einstellungen.json', 'stadtteile.geojson']);

/** Logo images may lie next to the workbooks. */
const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['.svg', '.png', '.jpg', '.jpeg']);

/** A workbook found in the data folder. */
export interface DataFile {
  /** File name as it lies in the folder (used in every diagnostic). */
  readonly name: string;
  /** Path to read it from. */
  readonly path: string;
}

/** What {@link discoverDataFiles} found. */
export interface DiscoveredFiles {
  /** Workbooks, sorted by name (German collation) so every run reads them in the same order. */
  readonly workbooks: DataFile[];
  /** Lock files, unsupported files, a missing or empty folder. */
  readonly diagnostics: Diagnostic[];
}

/** The lower-case extension of a file name, with its dot (`''` when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Lock files of Excel (`~$Name.xlsx`) and LibreOffice (`.~lock.Name.xlsx#`). */
export function isLockFile(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.~lock');
}

/** Whether a file of the data folder is one of the project's own, expected files. */
function isProjectFile(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    name.startsWith('.') ||
    PROJECT_FILES.has(lower) ||
    lower.startsWith('readme') ||
    IMAGE_EXTENSIONS.has(extensionOf(name))
  );
}

/**
 * Lists the workbooks of a data folder (not recursively). Lock files are skipped with a notice
 * and never opened; other unknown files get a notice; a missing folder or one without any
 * workbook is an error. The folder's own name is the `file` of folder-level diagnostics.
 */
export async function discoverDataFiles(dir: string): Promise<DiscoveredFiles> {
  const folder = basename(resolve(dir));
  const diagnostics: Diagnostic[] = [];
  const workbooks: DataFile[] = [];

  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      diagnostics.push(diagnostic('data-dir.missing', { file: folder }, FILE_MESSAGES.dataDirNotAFolder(dir)));
      return { workbooks, diagnostics };
    }
  } catch {
    diagnostics.push(diagnostic('data-dir.missing', { file: folder }, FILE_MESSAGES.dataDirMissing(dir)));
    return { workbooks, diagnostics };
  }

  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    diagnostics.push(
      diagnostic('data-dir.missing', { file: folder }, FILE_MESSAGES.notReadable(dir, unreadableReason(error))),
    );
    return { workbooks, diagnostics };
  }
  entries.sort((a, b) => compareGerman(a.name, b.name));

  for (const entry of entries) {
    const name = entry.name;
    const path = join(dir, name);
    if (isLockFile(name)) {
      diagnostics.push(diagnostic('file.lock-skipped', { file: name }, FILE_MESSAGES.lockSkipped(name)));
      continue;
    }
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // A linked workbook is still a workbook; a dangling link is reported as an unknown file.
      const target = await stat(path).catch(() => null);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDirectory) {
      if (!PROJECT_FOLDERS.has(name) && !name.startsWith('.')) {
        diagnostics.push(diagnostic('file.unsupported-type', { file: name }, FILE_MESSAGES.unexpectedFolder(name)));
      }
      continue;
    }
    if (isFile && WORKBOOK_EXTENSIONS.includes(extensionOf(name))) {
      workbooks.push({ name, path });
      continue;
    }
    if (isFile && isProjectFile(name)) continue;
    diagnostics.push(diagnostic('file.unsupported-type', { file: name }, FILE_MESSAGES.unsupportedType(name)));
  }

  if (workbooks.length === 0) {
    diagnostics.push(diagnostic('data-dir.empty', { file: folder }, FILE_MESSAGES.dataDirEmpty(dir)));
  }
  diagnostics.push(...sampleMixDiagnostics(workbooks.map((w) => w.name)));
  return { workbooks, diagnostics };
}
