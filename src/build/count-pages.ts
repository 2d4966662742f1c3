/** Counting the pages of a built site (the build's summary, the benchmark). */
import { readdir } from 'node:fs/promises';

/** Number of `.html` files below `dir`. */
export async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).length;
}
