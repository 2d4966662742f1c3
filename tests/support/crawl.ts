/**
 * Test support: crawl a served site over HTTP from one address, following every link and asset
 * on the same origin (`href`, `src`, `srcset`, form `action`, and `url()`/`@import` in
 * stylesheets), and report what leads nowhere, including `#fragment`s without their target.
 */
import { startTags } from './security.ts';

/** One reference that leads nowhere. */
export interface BrokenReference {
  /** The page or stylesheet the reference is in. */
  readonly from: string;
  /** The reference as written. */
  readonly reference: string;
  /** The HTTP status, or why it is broken. */
  readonly problem: string;
}

/** What a crawl found. */
export interface CrawlResult {
  /** Every same-origin path fetched, with its HTTP status. */
  readonly fetched: ReadonlyMap<string, number>;
  /** Paths that answered with an HTML page. */
  readonly pages: ReadonlySet<string>;
  /** References that lead nowhere. */
  readonly broken: readonly BrokenReference[];
}

const decodeEntities = (s: string) =>
  s.replace(/&(amp|quot|#39|lt|gt);/g, (_m, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e]!);

/** The references an HTML page makes, with the element they come from. */
export function htmlReferences(html: string): string[] {
  const found: string[] = [];
  for (const { name, attributes } of startTags(html)) {
    for (const attribute of ['href', 'src', 'action', 'poster', 'data']) {
      const value = attributes.get(attribute);
      if (
        value !== undefined &&
        !(
          name === 'meta' ||
          (name === 'link' && /\b(canonical|alternate)\b/.test(attributes.get('rel') ?? '') && /^https?:/.test(value))
        )
      ) {
        found.push(decodeEntities(value));
      }
    }
    for (const attribute of ['srcset', 'imagesrcset']) {
      const value = attributes.get(attribute);
      if (value)
        for (const candidate of decodeEntities(value).split(',')) found.push(candidate.trim().split(/\s+/)[0]!);
    }
  }
  return found.filter((r) => r !== '');
}

/** The references a stylesheet makes (`url(…)`, `@import "…"`). */
export function cssReferences(css: string): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g))
    found.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) found.push(m[1] ?? m[2] ?? '');
  return found.filter((r) => r !== '' && !r.startsWith('data:') && !r.startsWith('#'));
}

/** Ids and anchor names a page offers as fragment targets. */
function fragmentTargets(html: string): Set<string> {
  const ids = new Set<string>();
  for (const { attributes } of startTags(html)) {
    const id = attributes.get('id') ?? attributes.get('name');
    if (id) ids.add(decodeEntities(id));
  }
  return ids;
}

/**
 * Crawls from `start`. Only the start's origin is followed; other schemes and hosts are left alone.
 * A redirect counts as broken: the built links must name the final address (trailing slash
 * included), or a plain server would answer with a detour.
 */
export async function crawl(start: string, options: { concurrency?: number } = {}): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const fetched = new Map<string, number>();
  const pages = new Set<string>();
  const targets = new Map<string, Set<string>>();
  const broken: BrokenReference[] = [];
  const references: { from: string; reference: string; url: URL }[] = [];
  const queue: string[] = [new URL(start).pathname];
  const seen = new Set(queue);

  async function visit(pathname: string): Promise<void> {
    const response = await fetch(origin + pathname, { redirect: 'manual' });
    fetched.set(pathname, response.status);
    if (response.status !== 200) {
      await response.body?.cancel();
      return;
    }
    const type = response.headers.get('content-type') ?? '';
    let found: string[] = [];
    if (type.startsWith('text/html')) {
      const html = await response.text();
      pages.add(pathname);
      targets.set(pathname, fragmentTargets(html));
      found = htmlReferences(html);
    } else if (type.startsWith('text/css')) {
      found = cssReferences(await response.text());
    } else {
      await response.body?.cancel();
    }
    for (const reference of found) {
      if (/^(mailto|tel|data|javascript|blob):/i.test(reference)) continue;
      const url = new URL(reference, origin + pathname);
      if (url.origin !== origin) continue;
      references.push({ from: pathname, reference, url });
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  }

  // A small pool: up to `concurrency` fetches at a time; each may add to the queue.
  const limit = options.concurrency ?? 6;
  const running = new Set<Promise<void>>();
  while (queue.length > 0 || running.size > 0) {
    while (queue.length > 0 && running.size < limit) {
      const task: Promise<void> = visit(queue.shift()!).finally(() => running.delete(task));
      running.add(task);
    }
    await Promise.race(running);
  }

  for (const { from, reference, url } of references) {
    const status = fetched.get(url.pathname);
    if (status !== 200) {
      broken.push({ from, reference, problem: status === undefined ? 'not fetched' : `HTTP ${status}` });
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && pages.has(url.pathname) && !targets.get(url.pathname)!.has(fragment)) {
      broken.push({ from, reference, problem: `no element with id „${fragment}“` });
    }
  }
  return { fetched, pages, broken };
}
