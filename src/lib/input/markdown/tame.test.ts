import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type * as Mdast from 'mdast';
import { isBreakTag, tameMarkdownTree, type OwnNodeRule } from './tame.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The tamed tree with positions dropped, so expectations read as plain mdast. */
function tamed(markdown: string, own?: OwnNodeRule): Mdast.RootContent[] {
  const root = parser.runSync(parser.parse(markdown)) as Mdast.Root;
  tameMarkdownTree(root, own);
  return JSON.parse(JSON.stringify(root.children, (key, value) => (key === 'position' ? undefined : value)));
}

const text = (value: string): Mdast.Text => ({ type: 'text', value });
const paragraph = (...children: Mdast.PhrasingContent[]): Mdast.Paragraph => ({ type: 'paragraph', children });

describe('tameMarkdownTree: shared rules', () => {
  it('turns task-list boxes into the characters written', () => {
    const [list] = tamed('- [ ] offen\n- [x] erledigt') as [Mdast.List];
    expect(list.children.map((item) => item.checked)).toEqual([null, null]);
    expect(list.children.map((item) => item.children)).toEqual([
      [paragraph(text('[ ] '), text('offen'))],
      [paragraph(text('[x] '), text('erledigt'))],
    ]);
  });

  it('turns footnote references and definitions into text', () => {
    expect(tamed('Text[^1]\n\n[^1]: Fußnote')).toEqual([
      paragraph(text('Text'), text('[^1]')),
      paragraph(text('[^1]: '), text('Fußnote')),
    ]);
  });

  it('gives a footnote definition that does not start with a paragraph a paragraph for its label', () => {
    const [label, list] = tamed('x[^a]\n\n[^a]:\n    - eins').slice(1);
    expect(label).toEqual(paragraph(text('[^a]: ')));
    expect(list?.type).toBe('list');
  });

  it('keeps images as their alternative text and drops a paragraph left empty', () => {
    expect(tamed('![Lageplan](plan.png)\n\n![](leer.png)\n\nText')).toEqual([
      paragraph(text('Lageplan')),
      paragraph(text('Text')),
    ]);
    expect(tamed('![Verweis][r]\n\n[r]: https://example.de/a.png')[0]).toEqual(paragraph(text('Verweis')));
  });

  it('shows raw HTML as text, keeps <br> as a break, and wraps block HTML in a paragraph', () => {
    expect(tamed('a <b>x</b> <br>')).toEqual([
      paragraph(text('a '), text('<b>'), text('x'), text('</b>'), text(' '), { type: 'break' }),
    ]);
    expect(tamed('<div>\nblock\n</div>')).toEqual([paragraph(text('<div>\nblock\n</div>'))]);
  });

  it('leaves headings and links alone without a rule of its own', () => {
    expect(tamed('## Titel\n\n[a](javascript:x)')).toEqual([
      { type: 'heading', depth: 2, children: [text('Titel')] },
      paragraph({ type: 'link', url: 'javascript:x', title: null, children: [text('a')] }),
    ]);
  });
});

describe("tameMarkdownTree: the caller's own rule", () => {
  it('wins where it returns nodes and may only look where it returns undefined', () => {
    const seen: string[] = [];
    const out = tamed('# Titel\n\n![Bild](b.png)', (node) => {
      seen.push(node.type);
      return node.type === 'heading' ? [paragraph(text('ersetzt'))] : undefined;
    });
    expect(out).toEqual([paragraph(text('ersetzt')), paragraph(text('Bild'))]);
    // Children before their parent: the image is seen before its paragraph.
    expect(seen).toEqual(['text', 'heading', 'image', 'paragraph']);
  });
});

describe('isBreakTag', () => {
  it('knows the spellings of a line break and nothing else', () => {
    expect(['<br>', '<br/>', ' <BR /> '].map(isBreakTag)).toEqual([true, true, true]);
    expect(['<b>', '<br>x', '<brx>'].map(isBreakTag)).toEqual([false, false, false]);
  });
});
