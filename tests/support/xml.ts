/**
 * Test support: a strict, small XML well-formedness check (one root, balanced and properly
 * nested tags, quoted attributes, only the predefined or numeric entities, no stray `<` or `&`)
 * and a reader for the simple Atom documents the site writes. No dependency: the project has no
 * XML parser, and a feed reader rejects a feed that is not well-formed.
 */

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/g;

function checkText(text: string, where: string): void {
  if (text.includes('<')) throw new Error(`stray < in ${where}`);
  if (text.replace(ENTITY, '').includes('&')) throw new Error(`bad entity in ${where}: ${text.slice(0, 80)}`);
}

/** Throws with a reason when `xml` is not a well-formed XML document. */
export function assertWellFormedXml(xml: string): void {
  let rest = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    if (text.trim() !== '' && stack.length === 0) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
    checkText(text, stack.at(-1) ?? 'document');
    if (lt === -1) break;
    const gt = rest.indexOf('>', lt);
    if (gt === -1) throw new Error('unclosed tag');
    const tag = rest.slice(lt + 1, gt);
    rest = rest.slice(gt + 1);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) throw new Error(`</${name}> does not close the open element`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const [name = '', ...attrs] = body.split(/\s+(?=[^\s=]+=)/);
    if (!NAME.test(name.trim())) throw new Error(`bad element name <${name}>`);
    const seen = new Set<string>();
    for (const attr of attrs) {
      const m = /^([A-Za-z_][\w.:-]*)="([^"]*)"\s*$/.exec(attr.trim());
      if (!m) throw new Error(`bad attribute in <${name}>: ${attr}`);
      if (seen.has(m[1]!)) throw new Error(`attribute ${m[1]} twice in <${name}>`);
      seen.add(m[1]!);
      checkText(m[2]!, `attribute ${m[1]}`);
    }
    if (stack.length === 0) roots += 1;
    if (!selfClosing) stack.push(name.trim());
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

/** Decodes the predefined and numeric entities. */
export function decodeXml(text: string): string {
  return text.replace(ENTITY, (e) => {
    const named: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
    if (named[e]) return named[e]!;
    const code = e.startsWith('&#x') ? parseInt(e.slice(3, -1), 16) : parseInt(e.slice(2, -1), 10);
    return String.fromCodePoint(code);
  });
}

/** One Atom entry as read back. */
export interface ReadEntry {
  readonly id: string | null;
  readonly title: string | null;
  readonly updated: string | null;
  readonly link: string | null;
  readonly content: string | null;
}

const child = (xml: string, name: string): string | null => {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? decodeXml(m[1]!) : null;
};

/** The feed's own elements and its entries (enough for the feeds this site writes). */
export function readAtom(xml: string): {
  feed: Record<'id' | 'title' | 'updated' | 'author', string | null>;
  entries: ReadEntry[];
} {
  const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => {
    const body = m[1]!;
    const link = /<link rel="alternate"[^>]*href="([^"]*)"/.exec(body);
    return {
      id: child(body, 'id'),
      title: child(body, 'title'),
      updated: child(body, 'updated'),
      link: link ? decodeXml(link[1]!) : null,
      content: child(body, 'content'),
    };
  });
  const head = xml.replace(/<entry>[\s\S]*?<\/entry>/g, '');
  return {
    feed: {
      id: child(head, 'id'),
      title: child(head, 'title'),
      updated: child(head, 'updated'),
      author: child(head, 'author'),
    },
    entries,
  };
}
