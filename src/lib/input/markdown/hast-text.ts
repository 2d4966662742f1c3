/**
 * The plain text of rendered (sanitised) HTML, for excerpts, CSV, search and meta descriptions:
 * each paragraph, heading, list item and table row on its own line, line breaks kept, white
 * space within lines collapsed. Used by cells (`render.ts`) and editable pages
 * (`pages/render-page.ts`); cells never hold headings, so the heading rule only matters for pages.
 */
import type * as Hast from 'hast';

/** Elements whose white-space-only text children are source formatting, not content. */
const CONTAINERS = new Set(['ul', 'ol', 'table', 'thead', 'tbody', 'tr', 'blockquote']);

/** Elements after which the plain text continues on a new line. */
const BLOCKS = new Set(['p', 'li', 'blockquote', 'pre', 'ul', 'ol', 'table', 'tr', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6']);

function collectText(node: Hast.Root | Hast.RootContent, parts: string[]): void {
  if (node.type === 'text') {
    parts.push(node.value);
    return;
  }
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element' && node.tagName === 'br') {
    parts.push('\n');
    return;
  }
  const block = node.type === 'element' && BLOCKS.has(node.tagName);
  const cell = node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th');
  if (block) parts.push('\n');
  const container = node.type === 'root' || CONTAINERS.has(node.tagName);
  for (const child of node.children) {
    if (container && child.type === 'text' && child.value.trim() === '') continue;
    collectText(child, parts);
  }
  if (block) parts.push('\n');
  if (cell) parts.push(' ');
}

/** The plain text of an HTML tree: one line per block, table cells separated by a space. */
export function hastPlainText(tree: Hast.Root): string {
  const parts: string[] = [];
  collectText(tree, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
