/**
 * Test support: the strict Content-Security-Policy the README recommends, and a scan of built HTML
 * for what such a policy (or the no-other-hosts rule) would forbid.
 */

/**
 * The policy the README recommends: nothing inline, nothing from other hosts; Pagefind needs
 * `'wasm-unsafe-eval'` for its WebAssembly and `blob:` for its worker.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Start tags with their attributes (quoted values may hold `>`). */
const START_TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** One start tag: lower-case name, attributes by lower-case name (values as written, not decoded). */
export interface StartTag {
  /** Element name. */
  readonly name: string;
  /** Attribute values by name; a bare attribute has the empty string. */
  readonly attributes: ReadonlyMap<string, string>;
}

/** The start tags of an HTML document, in order (a lean tokenizer, enough for built pages). */
export function* startTags(html: string): Generator<StartTag> {
  for (const tag of html.matchAll(START_TAG)) {
    const attributes = new Map<string, string>();
    for (const a of tag[2]!.matchAll(ATTRIBUTE)) attributes.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    yield { name: tag[1]!.toLowerCase(), attributes };
  }
}

/** What a built page must not contain under a strict CSP and the no-other-hosts rule. */
export function inlineCodeFindings(html: string): string[] {
  const found: string[] = [];
  for (const { name, attributes } of startTags(html)) {
    for (const attribute of attributes.keys()) {
      if (/^on/.test(attribute)) found.push(`event handler ${attribute}= on <${name}>`);
      if (attribute === 'style') found.push(`style= on <${name}>`);
    }
    if (name === 'style') found.push('<style> element');
    if (name === 'script' && !attributes.has('src') && attributes.get('type') !== 'application/ld+json')
      found.push('inline <script>');
    const resource =
      name === 'link'
        ? /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/.test(attributes.get('rel') ?? '')
          ? attributes.get('href')
          : undefined
        : attributes.get('src');
    if (resource !== undefined && /^(https?:)?\/\//i.test(resource)) found.push(`<${name}> loads ${resource}`);
    const srcset = attributes.get('srcset');
    if (srcset && /(^|,)\s*(https?:)?\/\//i.test(srcset)) found.push(`<${name}> srcset from another host`);
    if (/javascript:/i.test(attributes.get('href') ?? '')) found.push(`javascript: link on <${name}>`);
  }
  return found;
}
