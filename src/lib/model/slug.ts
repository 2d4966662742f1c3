/**
 * Page addresses from keys: `2024-008` stays `2024-008`, `Ü 5/3` becomes `ue-5-3`.
 * Umlauts are spelled out rather than dropped so that addresses stay readable and distinct.
 */
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower-cases a key and makes it URL-safe (`[a-z0-9._-]`, starting with a letter or digit). */
export function toSlug(key: string): string {
  return key
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '');
}
