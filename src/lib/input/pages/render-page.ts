/**
 * An editable page (Markdown from `data/seiten/`) → its title, sanitised HTML and plain text.
 *
 * Same safety rules as the cells' pipeline (`markdown/render.ts`): raw HTML is shown as the text
 * it is, images are not rendered (their description stays), links only to `http`, `https`,
 * `mailto` and `tel`. Unlike a cell, a page has structure:
 * - a first line `# Titel` becomes the page title (the page's `<h1>`); without one, the default
 *   title is used;
 * - every other heading becomes `<h2>` … `<h6>`, and no level is skipped (`#### ` right after
 *   the title becomes `<h2>`), so the page's heading order is always valid;
 * - links to pages of this site are written from the site's root (`/massnahmen/`) and get the
 *   base path (`/isek/massnahmen/`); other relative addresses lose the link and keep the text.
 *
 * Rendering never throws for anything in the file: problems are returned, the page still renders.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkBreaks from 'remark-breaks';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type * as Mdast from 'mdast';
import type * as Hast from 'hast';
import { isBreakTag, tameMarkdownTree } from '../markdown/tame.ts';
import { hastPlainText } from '../markdown/hast-text.ts';
import { SANITIZE_SCHEMA } from '../markdown/render.ts';

/** Something in the file that was not shown as written. */
export interface PageProblem {
  /** What it was. */
  readonly kind: 'html' | 'image' | 'link';
  /** Line in the file (1-based), when known. */
  readonly line: number | null;
  /** The HTML, the image's address or the link's address, as written (shortened). */
  readonly snippet: string;
}

/** A rendered page. */
export interface RenderedPage {
  /** The page title (plain text). */
  readonly title: string;
  /** Whether the title came from the file's first `# ` line. */
  readonly titleFromFile: boolean;
  /** Sanitised HTML of the body, safe to insert as is. Headings start at `<h2>`. */
  readonly html: string;
  /** Plain text of the body, for the meta description and search. */
  readonly text: string;
  /** What was not shown as written, in file order. */
  readonly problems: readonly PageProblem[];
}

/** How to render. */
export interface RenderPageOptions {
  /** The site's base path (`/` or `/isek/`), for links written from the site's root. */
  readonly base: string;
  /** Title when the file does not start with `# Titel`. */
  readonly fallbackTitle: string;
}

/**
 * The cells' elements plus section headings, and `tel:` links for the office's phone number.
 * No ids, classes, styles or images.
 */
const PAGE_SANITIZE_SCHEMA: SanitizeSchema = {
  ...SANITIZE_SCHEMA,
  tagNames: ['h2', 'h3', 'h4', 'h5', 'h6', ...(SANITIZE_SCHEMA.tagNames ?? [])],
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
};

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkBreaks).freeze();
const toHtml = unified()
  // No `allowDangerousHtml`: raw HTML nodes are already text here, and none may pass anyway.
  .use(remarkRehype)
  .use(rehypeSanitize, PAGE_SANITIZE_SCHEMA)
  .use(rehypeStringify)
  .freeze();

const shorten = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
};

const lineOf = (node: { position?: { start: { line: number } } }): number | null => node.position?.start.line ?? null;

/** The plain text of Markdown inline content. */
function mdText(nodes: readonly Mdast.RootContent[]): string {
  return nodes
    .map((n) =>
      'value' in n && typeof n.value === 'string'
        ? n.value
        : 'children' in n
          ? mdText(n.children as Mdast.RootContent[])
          : '',
    )
    .join('');
}

/**
 * Rewrites the tree in place by the rules pages share with cells (`markdown/tame.ts`), plus the
 * page's own: headings renumbered, links checked, and raw HTML and images reported.
 */
function tame(root: Mdast.Root, problems: PageProblem[]): void {
  let previousLevel = 1;
  tameMarkdownTree(root, (node) => {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(Math.max(node.depth, 2), previousLevel + 1, 6) as Mdast.Heading['depth'];
        previousLevel = level;
        return [{ ...node, depth: level }];
      }
      case 'html':
        if (!isBreakTag(node.value)) problems.push({ kind: 'html', line: lineOf(node), snippet: shorten(node.value) });
        return undefined;
      case 'image':
      case 'imageReference':
        problems.push({
          kind: 'image',
          line: lineOf(node),
          snippet: shorten(node.type === 'image' ? node.url : (node.alt ?? '')),
        });
        return undefined;
      case 'link':
        if (isAllowedHref(node.url)) return [node];
        problems.push({ kind: 'link', line: lineOf(node), snippet: shorten(node.url) });
        return node.children as Mdast.RootContent[];
      default:
        return undefined;
    }
  });
}

const EXTERNAL = /^(?:https?:\/\/|mailto:|tel:)/i;

/** Links to other sites (`http`, `https`, `mailto`, `tel`) and to this site's pages from its root (`/massnahmen/`). */
function isAllowedHref(href: string): boolean {
  return EXTERNAL.test(href) || (href.startsWith('/') && !href.startsWith('//'));
}

/**
 * After sanitising: `/pfad/` gets the base path; a link the sanitiser emptied (no `href` left)
 * keeps only its text.
 */
function resolveLinks(tree: Hast.Root, base: string): void {
  const visit = (parent: Hast.Root | Hast.Element): void => {
    const out: Hast.ElementContent[] = [];
    for (const child of parent.children as Hast.ElementContent[]) {
      if (child.type === 'element') {
        visit(child);
        if (child.tagName === 'a') {
          const href = child.properties.href;
          if (typeof href !== 'string' || !isAllowedHref(href)) {
            out.push(...child.children);
            continue;
          }
          if (!EXTERNAL.test(href)) child.properties.href = base + href.slice(1);
        }
      }
      out.push(child);
    }
    parent.children = out;
  };
  visit(tree);
}

/** One problem per kind and line (`<b>x</b>` is one problem, not two), in file order. */
function onePerLine(problems: readonly PageProblem[]): PageProblem[] {
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .filter((p) => {
      const key = `${p.kind}:${p.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Renders one editable page. Never throws for anything the file holds. */
export function renderEditablePage(markdown: string, options: RenderPageOptions): RenderedPage {
  const source = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const root = parser.runSync(parser.parse(source)) as Mdast.Root;

  let title = options.fallbackTitle;
  let titleFromFile = false;
  const first = root.children[0];
  if (first?.type === 'heading' && first.depth === 1) {
    const text = mdText(first.children).replace(/\s+/g, ' ').trim();
    root.children.shift();
    if (text !== '') {
      title = text;
      titleFromFile = true;
    }
  }

  const problems: PageProblem[] = [];
  tame(root, problems);
  const tree = toHtml.runSync(root) as Hast.Root;
  resolveLinks(tree, options.base);
  const html = toHtml.stringify(tree).trim();
  return { title, titleFromFile, html, text: hastPlainText(tree), problems: onePerLine(problems) };
}
