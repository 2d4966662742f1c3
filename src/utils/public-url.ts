/**
 * Addresses for files others read outside the site (feed, open data, metadata): absolute when
 * the settings give the site's public address (`siteUrl`), else the base-aware path from
 * `base.ts`, which feed readers and JSON-LD resolve against the file's own address.
 */

/** `path` (from `pageUrl`/`assetUrl`) made absolute with `siteUrl`, or left as it is without one. */
export function publicHref(path: string, siteUrl: string | null): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}
