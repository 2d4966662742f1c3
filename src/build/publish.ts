/**
 * Publishing without a half-written site: the new site is built into a sibling folder and only
 * swapped in once it is complete. Renames on one file system are atomic, so a web server sees
 * either the old site or the new one, and a failed build leaves the old one byte for byte.
 */
import { cp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** A temporary folder next to `outDir` (same file system, so the final rename is atomic). */
export function stagingDirFor(outDir: string, token: string = `${process.pid}-${Date.now()}`): string {
  const resolved = path.resolve(outDir);
  return path.join(path.dirname(resolved), `${path.basename(resolved)}.neu-${token}`);
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Replaces `outDir` by `stagingDir`. The old site is moved aside first and restored if the second
 * rename fails (e.g. a file in it is open on Windows), then removed. Once the new site is in
 * place the swap has succeeded: an old site that cannot be removed (a file in it held open)
 * stays next to it, and its folder is returned so the caller can say so; else `null`.
 * `removeDir` is replaceable for tests.
 */
export async function swapIntoPlace(
  stagingDir: string,
  outDir: string,
  removeDir: (dir: string) => Promise<void> = (dir) => rm(dir, { recursive: true, force: true }),
): Promise<string | null> {
  const target = path.resolve(outDir);
  const aside = `${target}.alt-${process.pid}-${Date.now()}`;
  const hadOld = await exists(target);
  if (hadOld) await rename(target, aside);
  try {
    await rename(stagingDir, target);
  } catch (error) {
    if (hadOld) await rename(aside, target);
    throw error;
  }
  if (!hadOld) return null;
  try {
    await removeDir(aside);
    return null;
  } catch {
    return aside;
  }
}

/**
 * Removes a staging folder after a failed build; never touches the published site. Best effort:
 * it runs while a build is already failing, and must not replace that failure with its own
 * (e.g. when the output folder's parent is a file, `rm` fails with ENOTDIR even with `force`).
 */
export async function discardStaging(stagingDir: string): Promise<void> {
  try {
    await rm(stagingDir, { recursive: true, force: true });
  } catch {
    // Nothing was built there, or it cannot be reached; either way nothing to undo.
  }
}

/**
 * Moves a folder, copying when it must cross file systems, which a rename cannot: Astro builds
 * inside the project, the staging folder lies next to the output folder, and the two may be on
 * different drives (a network share for `dist/`, say). A copy that fails part-way throws, and the
 * build discards the staging folder. `renameDir` is replaceable for tests.
 */
export async function moveDir(
  from: string,
  to: string,
  renameDir: (from: string, to: string) => Promise<void> = rename,
): Promise<void> {
  try {
    await renameDir(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}
