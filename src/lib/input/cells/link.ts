/**
 * Link and e-mail cells. Only web addresses are published as links: anything else (a
 * `javascript:` address above all) would be unsafe or useless on the site.
 */
import type { CellParser } from './result.ts';
import { problem, valueOf } from './result.ts';
import { cellParser, shownText } from './common.ts';
import { toSingleLine } from './text.ts';
import { CELL_MESSAGES } from '../../i18n/de.ts';

/** Something that starts like an address with a scheme (`https:`, `javascript:`, `mailto:`). */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Whether a text looks like an address rather than a label such as `Ratsinfo`. */
const looksLikeAddress = (s: string): boolean => SCHEME.test(s) || /^www\./i.test(s);

/**
 * Checks a written address: `http(s)://…` with a host, or `www.…` (then `https://` is put in
 * front). Returns the normalised address (`URL.href`), or the problem.
 */
export function checkHttpLink(written: string): { ok: true; href: string } | { ok: false; scheme: string | null } {
  const s = written.trim();
  const candidate = /^www\./i.test(s) ? `https://${s}` : s;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, scheme: null };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, scheme: url.protocol };
  // `https:example.de` and `https:/example.de` parse, but are not what the office meant.
  if (url.hostname === '' || !/^https?:\/\//i.test(candidate)) return { ok: false, scheme: null };
  return { ok: true, href: url.href };
}

/**
 * An http(s) link. The cell's text is used when it is an address; otherwise (a label such as
 * `Ratsinfo`) the cell's hyperlink target. `www.example.de` becomes `https://www.example.de/`.
 * Any other scheme (`javascript:`, `ftp:`, `file:`, `mailto:` …) and anything unreadable is
 * `value.invalid-link`.
 */
export const parseHttpLink: CellParser<string> = cellParser((cell) => {
  const text = typeof cell.value === 'string' ? toSingleLine(cell.value) : shownText(cell);
  const written = looksLikeAddress(text) || cell.link === null ? text : cell.link.trim();
  const result = checkHttpLink(written);
  if (result.ok) return valueOf(result.href);
  const scheme = result.scheme ?? SCHEME.exec(written.trim())?.[1]?.toLowerCase().concat(':') ?? null;
  const allowedLooking = scheme === 'http:' || scheme === 'https:';
  return problem(
    'value.invalid-link',
    scheme !== null && !allowedLooking
      ? CELL_MESSAGES.linkSchemeRefused(written, scheme)
      : CELL_MESSAGES.invalidLink(written),
  );
});

/** A plain e-mail address: one `@`, no spaces or brackets, a dot in the domain. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;

/**
 * An e-mail address, also written as `mailto:name@stadt.de` (or a label whose hyperlink is
 * such an address). Checked simply: one `@`, no spaces, a dot in the domain.
 */
export const parseEmail: CellParser<string> = cellParser((cell) => {
  const text = typeof cell.value === 'string' ? toSingleLine(cell.value) : shownText(cell);
  const written = !text.includes('@') && cell.link !== null ? cell.link.trim() : text;
  const address = written.replace(/^mailto:/i, '').trim();
  if (EMAIL.test(address)) return valueOf(address);
  return problem('value.invalid', CELL_MESSAGES.invalidEmail(written));
});
