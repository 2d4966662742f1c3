/**
 * The pure part of the site's link helper: joining a base path with page and asset paths.
 * No `import.meta.env` here, so `astro.config.ts` and unit tests can use it too.
 * The site itself calls the wrappers in `base.ts`.
 */
import { normaliseBasePath } from '../lib/input/settings/environment.ts';

/**
 * Brings a base path into the one form the site uses: a leading and a trailing slash,
 * no doubled slashes. `''`, `'/'` and `undefined` all become `'/'`; `'isek'` becomes `'/isek/'`.
 * The same rule as the build's ({@link normaliseBasePath}), so site and build never disagree.
 */
export function normaliseBase(base: string | undefined | null): string {
  return normaliseBasePath(base ?? '');
}

/** One path segment: a slug, a number or a plain word. */
export type Segment = string | number;

function encodeSegments(segments: readonly Segment[]): string[] {
  return segments
    .map((segment) => String(segment))
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(segment));
}

/**
 * The address of a page below `base`, with a trailing slash (the site is built with
 * `trailingSlash: 'always'` and directory output). Each segment is URL-encoded on its own, so a
 * slug can never add a path level. No segments: the home page.
 *
 * @example pagePath('/isek/', 'massnahmen', '2024-008') === '/isek/massnahmen/2024-008/'
 */
export function pagePath(base: string, ...segments: readonly Segment[]): string {
  const encoded = encodeSegments(segments);
  const root = normaliseBase(base);
  return encoded.length === 0 ? root : `${root}${encoded.join('/')}/`;
}

/**
 * The address of a file below `base` (no trailing slash). The path is taken as written, apart
 * from leading slashes, because asset paths are fixed strings in the code, never data.
 *
 * @example assetPath('/isek/', 'pagefind/pagefind.js') === '/isek/pagefind/pagefind.js'
 */
export function assetPath(base: string, path: string): string {
  return `${normaliseBase(base)}${path.replace(/^\/+/, '')}`;
}
