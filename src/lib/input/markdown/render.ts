/**
 * Light Markdown from cells (descriptions, status reports) → sanitised HTML and plain text.
 *
 * The office writes in Excel: lists, bold, links, line breaks with Alt+Enter. Everything else is
 * tamed so that nothing a cell holds can run code or break the page:
 * - raw HTML is shown as the text it is (escaped), never passed through; `<br>` becomes a break;
 * - headings (`# Foo`) become a bold paragraph, so the page's own heading order stays intact;
 * - images are not rendered (their alternative text stays, as text); links only with
 *   `http`, `https` or `mailto` (others lose the link and keep the text);
 * - task-list boxes and footnotes are kept as the characters written, not as form controls or
 *   numbered sections with English labels.
 *
 * Links get no `target` and therefore no `rel="noopener noreferrer"`: they open in the same tab
 * (opening new windows unannounced is an accessibility problem, WCAG G200/G201), and without
 * `target="_blank"` the linked page gets no handle on ours, so `noopener` would change nothing.
 * Whether the referrer is sent is a site-wide decision (a `referrer` meta tag), not a per-link one.
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
import type { RichText } from '../../schemas/measure.ts';
import { normaliseText } from '../cells/text.ts';
import { renderPlainText } from './plain.ts';
import { tameMarkdownTree } from './tame.ts';
import { hastPlainText } from './hast-text.ts';

/**
 * What survives sanitising: the elements light Markdown produces (GFM tables included, they
 * render as real tables with header cells), `href` only with safe schemes, `start` on ordered
 * lists. No ids (so nothing can clobber the page's own), no classes, no styles, no images.
 */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  tagNames: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'hr',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  attributes: { a: ['href'], ol: ['start'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  required: {},
  clobber: [],
  strip: ['script', 'style'],
};

/**
 * Rewrites the Markdown tree in place before it becomes HTML: headings to bold paragraphs (the
 * page's own heading order stays intact), the rest by the rules cells share with pages.
 */
function tameMarkdown() {
  return (tree: Mdast.Root): void => {
    tameMarkdownTree(tree, (node) =>
      node.type === 'heading'
        ? [{ type: 'paragraph', children: [{ type: 'strong', children: node.children }] }]
        : undefined,
    );
  };
}

/**
 * After sanitising: a link whose address was refused is no link; keep its text. Relative
 * addresses (`/seite`, `#abschnitt`) go too: the sanitiser lets them through, but from a cell
 * they would point into this site at a path the office cannot know.
 */
function unwrapBareLinks() {
  return (tree: Hast.Root): void => {
    unwrapIn(tree);
  };
}

const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

function unwrapIn(parent: Hast.Root | Hast.Element): void {
  const out: Hast.ElementContent[] = [];
  for (const child of parent.children as Hast.ElementContent[]) {
    if (child.type === 'element') {
      unwrapIn(child);
      const href = child.properties.href;
      if (child.tagName === 'a' && (typeof href !== 'string' || !SAFE_HREF.test(href))) {
        out.push(...child.children);
        continue;
      }
    }
    out.push(child);
  }
  parent.children = out;
}

/** Created once and reused: building a unified processor is the expensive part. */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkBreaks)
  .use(tameMarkdown)
  // No `allowDangerousHtml`: raw HTML nodes are already text here, and none may pass anyway.
  .use(remarkRehype)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(unwrapBareLinks)
  .use(rehypeStringify)
  .freeze();

/**
 * Renders light Markdown from a cell. `markdown` is the input with line endings and spaces
 * normalised (see `normaliseText`), `html` is safe to insert as is, `text` is plain.
 *
 * Plain text takes a shortcut with the same result (see `plain.ts`). Anything else goes through
 * the pipeline on first use of `html` or `text`: `npm run check` never reads them and so never
 * pays for it (it was three quarters of checking 10,000 measures); the build renders each cell
 * at most once, when it writes the model file, and mostly takes the result its last run kept
 * (see {@link reuseRendered}).
 */
export function renderMarkdown(markdown: string): RichText {
  const source = normaliseText(markdown);
  return renderPlainText(source) ?? lazyRichText(source);
}

/**
 * Rich text whose `html` and `text` are rendered together on first read. They are enumerable
 * getters, so spreading, `JSON.stringify`, `structuredClone` and `toEqual` see plain fields.
 */
function lazyRichText(source: string): RichText {
  let rendered: RenderedMarkdown | undefined;
  const render = (): RenderedMarkdown => (rendered ??= renderedFor(source));
  return Object.defineProperties({ markdown: source } as RichText, {
    html: { enumerable: true, get: () => render().html },
    text: { enumerable: true, get: () => render().text },
  });
}

/** What the pipeline makes of one normalised source. */
export interface RenderedMarkdown {
  /** Sanitised HTML, as {@link RichText.html}. */
  readonly html: string;
  /** Plain text, as {@link RichText.text}. */
  readonly text: string;
}

/**
 * The reuse session the build opens around writing the model file (see {@link reuseRendered}):
 * results of an earlier run by normalised source, and what this run rendered or reused. The
 * output depends on the source alone, so a known result is as good as a fresh one; the one thing
 * that could make it stale, a change to the pipeline, is the caller's to rule out
 * (`build/markdown-cache.ts` keys its file by it). Outside a session (`npm run check`,
 * `astro dev`, tests) nothing is kept, so no process accumulates texts.
 */
let session: {
  readonly reusable: ReadonlyMap<string, RenderedMarkdown>;
  readonly used: Map<string, RenderedMarkdown>;
} | null = null;

function renderedFor(source: string): RenderedMarkdown {
  const known = session?.used.get(source) ?? session?.reusable.get(source);
  const result = known ?? htmlAndText(renderWithPipeline(source));
  session?.used.set(source, result);
  return result;
}

const htmlAndText = ({ html, text }: RichText): RenderedMarkdown => ({ html, text });

/**
 * Opens a reuse session with the results of an earlier run: a cell whose normalised source is
 * among them is not rendered again, and identical cells are rendered once. The build offers what
 * its last run kept, so after a council meeting only new and edited texts go through the
 * pipeline. Replaces a session still open.
 */
export function reuseRendered(results: ReadonlyMap<string, RenderedMarkdown>): void {
  session = { reusable: results, used: new Map() };
}

/**
 * What the open session rendered or reused, by source: what the build keeps for its next run.
 * Empty without a session.
 */
export function renderedSoFar(): ReadonlyMap<string, RenderedMarkdown> {
  return session?.used ?? new Map();
}

/** Closes the session and lets go of its results (the build then waits for Astro for long). */
export function endReuse(): void {
  session = null;
}

/** The full unified pipeline for a normalised text; exported to test the shortcut against it. */
export function renderWithPipeline(source: string): RichText {
  const tree = processor.runSync(processor.parse(source)) as Hast.Root;
  const html = processor.stringify(tree).trim();
  return { markdown: source, html, text: hastPlainText(tree) };
}
