/**
 * The ONE base-aware link helper of the site. Every internal link goes through `pageUrl` or
 * `assetUrl`, so the site works under any base path (`ISEK_BASE=/isek/`).
 */
import { assetPath, pagePath, type Segment } from './base-path.ts';

/** The configured base path, always with leading and trailing slash. */
const BASE: string = import.meta.env.BASE_URL;

/**
 * Address of a page: `pageUrl('massnahmen', '2024-008')` → `/isek/massnahmen/2024-008/`;
 * `pageUrl()` → the home page.
 */
export function pageUrl(...segments: readonly Segment[]): string {
  return pagePath(BASE, ...segments);
}

/** Address of a file: `assetUrl('pagefind/pagefind.js')` → `/isek/pagefind/pagefind.js`. */
export function assetUrl(path: string): string {
  return assetPath(BASE, path);
}

export type { Segment };
