/**
 * What a browser loads up front for a page: the HTML, its stylesheets (with their `@import`s)
 * and its scripts (with their static imports). Dynamic `import()`s (the search index, loaded on
 * demand), images and fonts are left out. Pure: the caller reads the files.
 */

/** The assets a page's HTML asks for before it is usable. */
export interface PageAssets {
  /** `href`s of `<link rel="stylesheet">`. */
  readonly stylesheets: readonly string[];
  /** `src`s of `<script src>` and `href`s of `<link rel="modulepreload">`. */
  readonly scripts: readonly string[];
}

const TAG = /<(link|script)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    out.set((m[1] as string).toLowerCase(), (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&'));
  }
  return out;
}

/** The stylesheets and scripts the HTML loads up front, in document order, without duplicates. */
export function pageAssets(html: string): PageAssets {
  const stylesheets = new Set<string>();
  const scripts = new Set<string>();
  for (const m of html.matchAll(TAG)) {
    const attrs = attributes(m[2] as string);
    if ((m[1] as string).toLowerCase() === 'script') {
      const src = attrs.get('src');
      if (src) scripts.add(src);
      continue;
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (!href) continue;
    if (rel.includes('stylesheet')) stylesheets.add(href);
    else if (rel.includes('modulepreload')) scripts.add(href);
  }
  return { stylesheets: [...stylesheets], scripts: [...scripts] };
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** The modules a (possibly minified) ES module imports statically; `import()` is not counted. */
export function staticImports(js: string): string[] {
  return [...new Set([...js.matchAll(STATIC_IMPORT)].map((m) => m[1] as string))];
}

const CSS_IMPORT = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?/g;

/** The stylesheets a stylesheet pulls in with `@import`. */
export function cssImports(css: string): string[] {
  return [...new Set([...css.matchAll(CSS_IMPORT)].map((m) => m[1] as string))];
}
