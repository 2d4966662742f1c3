/**
 * Soft hyphens (U+00AD) in long German words, so a narrow table column (a status as a column
 * header: „abgeschlossen“, „zurückgestellt“) breaks as „abge-schlossen“ instead of widening the
 * table past the page or the printed sheet. CSS `hyphens: auto` would need the browser's German
 * dictionary, which headless Chromium on Linux lacks; the patterns of the `hyphen` package
 * (TeX's German patterns, 1996 spelling) work in every browser and in the PDF. Only at build time.
 */
import { createRequire } from 'node:module';

// `hyphen/de` is a CommonJS folder module: Node's ESM loader cannot import a folder by name.
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/de') as typeof import('hyphen/de');

/** Words shorter than this stay whole („entfallen“, „Umsetzung“): they fit any column. */
const MIN_WORD_LENGTH = 10;

/** `text` with soft hyphens where German words of 10 letters or more may break. */
export function breakable(text: string): string {
  return hyphenateSync(text, { minWordLength: MIN_WORD_LENGTH });
}
