/**
 * Page addresses from keys: `2024-008` stays `2024-008`, `Ü 5/3` becomes `ue-5-3`.
 * Umlauts are spelled out rather than dropped so that addresses stay readable and distinct.
 */
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Names Windows reserves for devices, also with any extension (`nul.txt`): a folder of that name
 * cannot be created or copied there, so the site could not be built or handed over.
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?=\.|$)/;

/**
 * Lower-cases a key and makes it URL-safe (`[a-z0-9._-]`, starting and ending with a letter or
 * digit, so never with the dot or space Windows drops from a name). A name Windows reserves
 * (`CON`, `nul.txt`, `COM1`) gets an underscore after it (`con_`, `nul_.txt`); every other
 * address stays as it was. Should another key give the same address (`nul_.txt`), the address
 * check reports both.
 */
export function toSlug(key: string): string {
  const slug = key
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '');
  return slug.replace(WINDOWS_RESERVED, '$&_');
}
