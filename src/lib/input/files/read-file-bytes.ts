/**
 * Reads one workbook's bytes. A file that vanished or may not be read becomes a diagnostic, so
 * one bad file never stops the others from being checked.
 */
import { readFile } from 'node:fs/promises';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { FILE_MESSAGES, UNREADABLE_REASONS } from '../../i18n/de.ts';

/** The bytes of a file, or `null` with a `file.unreadable` diagnostic. */
export interface FileBytes {
  /** The file's content, or `null` when it could not be read. */
  readonly bytes: Uint8Array | null;
  /** Empty, or the one `file.unreadable` diagnostic. */
  readonly diagnostics: Diagnostic[];
}

/** Why a file could not be read, in German, from Node's error code. */
export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return UNREADABLE_REASONS.denied;
  if (code === 'ENOENT') return UNREADABLE_REASONS.vanished;
  if (code === 'EISDIR') return UNREADABLE_REASONS.folder;
  return code ?? UNREADABLE_REASONS.unknown;
}

/** The `file.unreadable` diagnostic for `name`. */
export function unreadableFile(name: string, error: unknown): Diagnostic {
  return diagnostic('file.unreadable', { file: name }, FILE_MESSAGES.notReadable(name, unreadableReason(error)));
}

/** Reads a file found by `discoverDataFiles`; `name` is the file name used in diagnostics. */
export async function readFileBytes(name: string, path: string): Promise<FileBytes> {
  try {
    const buffer = await readFile(path);
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), diagnostics: [] };
  } catch (error) {
    return { bytes: null, diagnostics: [unreadableFile(name, error)] };
  }
}
