/**
 * A minimal Atom 1.0 writer (RFC 4287) for the changes feed: just the elements the feed uses,
 * every text escaped. What RFC 4287 requires and this writer guarantees:
 * - the feed has exactly one `id`, `title` and `updated`, and an `author` (so entries need none);
 * - every entry has exactly one `id`, `title` and `updated`, and `content` (so an entry without
 *   an alternate link, such as a removed measure, is still valid);
 * - `id`s are absolute IRIs: page addresses when the site's address is known, else `tag:` URIs
 *   (RFC 4151), which need no web address at all;
 * - dates are RFC 3339 date-times.
 */

/** One entry. */
export interface AtomEntry {
  /** Absolute IRI, unique and permanent. */
  readonly id: string;
  readonly title: string;
  /** RFC 3339 date-time. */
  readonly updated: string;
  /** The entry's page (absolute, or relative to the feed), or `null` when it has none. */
  readonly link: string | null;
  /** The content as HTML (escaped into the feed as `type="html"`). */
  readonly contentHtml: string;
}

/** The feed. */
export interface AtomFeed {
  /** Absolute IRI, stable across publications. */
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** RFC 3339 date-time of the newest entry. */
  readonly updated: string;
  /** The feed's own address (`rel="self"`). */
  readonly selfHref: string;
  /** The page the feed belongs to (`rel="alternate"`). */
  readonly alternateHref: string;
  readonly author: { readonly name: string; readonly email: string | null };
  /** Language of the texts, e.g. `de`. */
  readonly lang: string;
  readonly entries: readonly AtomEntry[];
}

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Escapes text for XML content and attribute values. Characters XML 1.0 forbids (control
 * characters other than tab, line feed and carriage return) are dropped: one would make the
 * whole feed unreadable.
 */
export function escapeXml(text: string): string {
  return (
    text
      // XML 1.0 forbids these characters outright: removing control characters is the point.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
  );
}

/**
 * A `tag:` URI (RFC 4151): `tag:neumuenster.de,2026:isek/aenderungen`. `authority` is a domain
 * name or e-mail address the publisher held on `date` (`JJJJ`, `JJJJ-MM` or `JJJJ-MM-TT`).
 * The specific part is percent-encoded where RFC 4151 does not allow a character.
 */
export function tagUri(authority: string, date: string, specific: string): string {
  const encoded = specific.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/g, (c) =>
    [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
  return `tag:${authority.toLowerCase()},${date}:${encoded}`;
}

/** An ISO date of day, month or year precision as an RFC 3339 date-time at its first day, UTC. */
export function rfc3339(isoDate: string): string {
  const [year, month = '01', day = '01'] = isoDate.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

const text = (name: string, value: string, indent: string): string => `${indent}<${name}>${escapeXml(value)}</${name}>`;

/** The feed as an XML document. */
export function renderAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    text('id', feed.id, '  '),
    text('title', feed.title, '  '),
    text('subtitle', feed.subtitle, '  '),
    text('updated', feed.updated, '  '),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfHref)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateHref)}"/>`,
    '  <author>',
    text('name', feed.author.name, '    '),
    ...(feed.author.email ? [text('email', feed.author.email, '    ')] : []),
    '  </author>',
  ];
  for (const entry of feed.entries) {
    lines.push(
      '  <entry>',
      text('id', entry.id, '    '),
      text('title', entry.title, '    '),
      text('updated', entry.updated, '    '),
      ...(entry.link ? [`    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`] : []),
      `    <content type="html">${escapeXml(entry.contentHtml)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
