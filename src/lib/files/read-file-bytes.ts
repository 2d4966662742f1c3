/**
 * Reads one workbook's bytes. A file that vanished or may not be read becomes a diagnostic, so
 * one bad file never stops the others from being checked.
 */
import { readFile } from 'node:fs/promises';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { FILE_MESSAGES } from '../i18n/de.ts';

/** The bytes of a file, or `null` with a `file.unreadable` diagnostic. */
export interface FileBytes {
  /** The file's content, or `null` when it could not be read. */
  readonly bytes: Uint8Array | null;
  /** Empty, or the one `file.unreadable` diagnostic. */
  readonly diagnostics: Diagnostic[];
}

/** Reads a file found by `discoverDataFiles`; `name` is the file name used in diagnostics. */
export async function readFileBytes(name: string, path: string): Promise<FileBytes> {
  try {
    const buffer = await readFile(path);
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), diagnostics: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? 'Zugriff verweigert' : code === 'ENOENT' ? 'Datei nicht mehr vorhanden' : (code ?? 'unbekannter Fehler');
    return { bytes: null, diagnostics: [diagnostic('file.unreadable', { file: name }, FILE_MESSAGES.notReadable(name, reason))] };
  }
}
