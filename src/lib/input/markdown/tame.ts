/**
 * The Markdown tree clean-up that cells (`render.ts`) and editable pages (`pages/render-page.ts`)
 * share: what a reader must see as the characters written, not as markup the site does not offer.
 * - raw HTML becomes visible text (`<br>` a line break), wrapped in a paragraph where it stood
 *   as a block;
 * - images become their alternative text (nothing without one), and a paragraph left empty by
 *   that is dropped;
 * - task-list boxes become `[x] ` / `[ ] ` in front of the item's text;
 * - footnote references and definitions become `[^label]` and `[^label]: …`, not numbered
 *   sections with English labels.
 *
 * Headings and links differ between the two callers; each brings its own rule for them.
 */
import type * as Mdast from 'mdast';

/**
 * A caller's own rule for one node, asked first (after the node's children were rewritten):
 * the nodes to put in its place, or `undefined` to apply the shared rules. A rule may also only
 * look (to report a problem) and return `undefined`.
 */
export type OwnNodeRule = (node: Mdast.RootContent, parent: Mdast.Parent) => Mdast.RootContent[] | undefined;

/** Whether raw HTML is just a line break (`<br>`, `<br/>`, `<BR />`), which is kept as one. */
export const isBreakTag = (html: string): boolean => /^<br\s*\/?>$/i.test(html.trim());

/** Block-level containers, in which a stray text node must be wrapped in a paragraph. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

const noOwnRule: OwnNodeRule = () => undefined;

/**
 * Rewrites a Markdown tree in place, children before their parent, by the shared rules above;
 * `own` is asked first for every node and wins where it returns nodes.
 */
export function tameMarkdownTree(root: Mdast.Root, own: OwnNodeRule = noOwnRule): void {
  const walk = (parent: Mdast.Parent): void => {
    const out: Mdast.RootContent[] = [];
    for (const node of parent.children as Mdast.RootContent[]) {
      if ('children' in node) walk(node as Mdast.Parent);
      out.push(...(own(node, parent) ?? sharedRule(node, parent)));
    }
    parent.children = out as typeof parent.children;
  };
  walk(root);
}

/** The shared rules for one node whose children are already rewritten. */
function sharedRule(node: Mdast.RootContent, parent: Mdast.Parent): Mdast.RootContent[] {
  switch (node.type) {
    case 'paragraph':
      // Left empty by a dropped image: an empty paragraph would be noise for screen readers.
      return node.children.length === 0 ? [] : [node];
    case 'html': {
      const inline: Mdast.PhrasingContent = isBreakTag(node.value)
        ? { type: 'break' }
        : { type: 'text', value: node.value };
      return FLOW_PARENTS.has(parent.type) ? [{ type: 'paragraph', children: [inline] }] : [inline];
    }
    case 'image':
    case 'imageReference':
      // The image is not shown; its description still says what was meant.
      return node.alt ? [{ type: 'text', value: node.alt }] : [];
    case 'listItem':
      if (typeof node.checked === 'boolean') {
        prependText(node, node.checked ? '[x] ' : '[ ] ');
        node.checked = null;
      }
      return [node];
    case 'footnoteReference':
      return [{ type: 'text', value: `[^${node.label ?? node.identifier}]` }];
    case 'footnoteDefinition':
      prependText(node, `[^${node.label ?? node.identifier}]: `);
      return node.children;
    default:
      return [node];
  }
}

/** Puts text at the start of a block's first paragraph, or in a paragraph of its own before the rest. */
function prependText(node: Mdast.ListItem | Mdast.FootnoteDefinition, value: string): void {
  const text: Mdast.Text = { type: 'text', value };
  const first = node.children[0];
  if (first?.type === 'paragraph') first.children.unshift(text);
  else node.children.unshift({ type: 'paragraph', children: [text] });
}
