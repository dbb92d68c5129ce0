/**
 * DOM subtree → SourceBlocks, without recursion (hostile pages nest thousands of divs).
 *
 * Method: an iterative depth-first walk with enter/leave events. Entering or leaving any
 * block-level element ends the current block; text nodes are appended to it, tagged with the
 * innermost block element that holds them (h1–h3, p, li, figcaption, blockquote, else
 * `other`). Script-like elements (script, style, noscript, template, svg, iframe, …) are never
 * entered, so their text cannot leak into the output; attributes are never read.
 *
 * Limits: CSS visibility is unknown here (hidden text counts as text); a `<br>` is a space;
 * inline elements add no space, so adjacent links can run together ("ShareTweet");
 * at most `maxNodes` nodes are visited.
 */
import type { SourceBlock } from '../core/extract/types';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'option',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
  'input',
]);
const TAGS: Readonly<Record<string, SourceBlock['tag']>> = {
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
  p: 'p',
  li: 'li',
  dt: 'li',
  dd: 'li',
  figcaption: 'figcaption',
  caption: 'figcaption',
  blockquote: 'blockquote',
  pre: 'p',
};
const BLOCKISH = new Set([
  ...Object.keys(TAGS),
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'figure',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'form',
  'fieldset',
  'address',
  'details',
  'summary',
  'body',
  'html',
  'hr',
  'button',
  'label',
  'menu',
  'center',
  'legend',
]);

const nameOf = (n: Node): string => ((n as Element).localName ?? n.nodeName ?? '').toLowerCase();

/** Blocks of readable text under `root`, in document order. */
export function blocksFromDom(root: Node, maxNodes = 200_000): SourceBlock[] {
  const out: SourceBlock[] = [];
  const open: SourceBlock['tag'][] = [];
  let buf: string[] = [];
  let bufTag: SourceBlock['tag'] | null = null;
  const flush = () => {
    const text = buf.join('').replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, tag: bufTag ?? 'other' });
    buf = [];
    bufTag = null;
  };
  // Stack entries: a node to enter, or a marker to leave a block element.
  const stack: Array<Node | { leave: string }> = [root];
  let seen = 0;
  while (stack.length && seen++ < maxNodes) {
    const item = stack.pop()!;
    if ('leave' in item) {
      flush();
      if (item.leave in TAGS) open.pop();
      continue;
    }
    const node = item as Node;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      if (v.trim() && bufTag === null) bufTag = open[open.length - 1] ?? 'other';
      buf.push(v);
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = nameOf(node);
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      buf.push(' ');
      continue;
    }
    const block = BLOCKISH.has(name);
    if (block) {
      flush();
      const tag = TAGS[name];
      if (tag) open.push(tag);
      stack.push({ leave: name });
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
  return out;
}
