/**
 * The second stage of the tagger: features from the first stage's labels across the whole
 * document, so one name is read alike wherever it stands ("Chelsea" a club in the results
 * table and in the match report). Per token: its own first-stage label and its neighbours',
 * the entity types the first stage gave the same word elsewhere in the document (all of them,
 * and the most frequent), and the types given to the same whole name elsewhere.
 * The second stage is trained on first-stage labels of documents the first stage did not
 * train on (k-fold), so it learns how far to trust them. Limits: one pass, no iteration.
 */
import { isCap, type TagDocument } from './features';
import { LABELS } from './model';

interface SpanInfo {
  readonly s: number;
  readonly first: number;
  readonly last: number;
  readonly type: string;
  readonly surface: string;
}

function spansOf(doc: TagDocument, labels: readonly Int8Array[]): SpanInfo[] {
  const out: SpanInfo[] = [];
  doc.forEach((sent, s) => {
    let open = -1;
    let type = '';
    const close = (last: number) => {
      if (open >= 0)
        out.push({
          s,
          first: open,
          last,
          type,
          surface: sent
            .slice(open, last + 1)
            .map((t) => t.text)
            .join(' '),
        });
      open = -1;
    };
    for (let i = 0; i < sent.length; i++) {
      const l = LABELS[labels[s]![i]!]!;
      if (l === 'O' || l.startsWith('B-')) close(i - 1);
      if (l.startsWith('B-')) {
        open = i;
        type = l.slice(2);
      }
    }
    close(sent.length - 1);
  });
  return out;
}

const bump = (m: Map<string, Map<string, number>>, k: string, t: string, by = 1) => {
  const c = m.get(k) ?? new Map<string, number>();
  c.set(t, (c.get(t) ?? 0) + by);
  m.set(k, c);
};

function majority(c: Map<string, number> | undefined): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [t, k] of c ?? []) if (k > n) [best, n] = [t, k];
  return best;
}

/** Second-stage features per token (to add to the first-stage features). */
export function stackFeatures(doc: TagDocument, labels: readonly Int8Array[]): string[][][] {
  const spans = spansOf(doc, labels);
  const byWord = new Map<string, Map<string, number>>();
  const bySurface = new Map<string, Map<string, number>>();
  const spanAt = new Map<string, SpanInfo>();
  for (const sp of spans) {
    bump(bySurface, sp.surface, sp.type);
    for (let i = sp.first; i <= sp.last; i++) {
      bump(byWord, doc[sp.s]![i]!.text, sp.type);
      spanAt.set(`${sp.s}:${i}`, sp);
    }
  }
  // capitalised words the first stage left outside any name, anywhere in the document
  const outside = new Map<string, number>();
  doc.forEach((sent, s) => {
    sent.forEach((t, i) => {
      if (isCap(t.text) && !spanAt.has(`${s}:${i}`)) outside.set(t.text, (outside.get(t.text) ?? 0) + 1);
    });
  });
  return doc.map((sent, s) =>
    sent.map((t, i) => {
      const own = labels[s]![i]!;
      const f = [
        `k:self=${LABELS[own]}`,
        `k:self-1=${i > 0 ? LABELS[labels[s]![i - 1]!] : '<s>'}`,
        `k:self+1=${i + 1 < sent.length ? LABELS[labels[s]![i + 1]!] : '</s>'}`,
      ];
      if (!isCap(t.text)) return f;
      const sp = spanAt.get(`${s}:${i}`);
      const word = new Map(byWord.get(t.text) ?? []);
      if (sp) word.set(sp.type, (word.get(sp.type) ?? 1) - 1);
      for (const [type, n] of word) if (n > 0) f.push(`k:word=${type}`);
      const maj = majority(new Map([...word].filter(([, n]) => n > 0)));
      f.push(`k:wordMaj=${maj ?? 'none'}`);
      if ((outside.get(t.text) ?? 0) > (sp ? 0 : 1)) f.push('k:wordOutside');
      if (sp) {
        const same = new Map(bySurface.get(sp.surface) ?? []);
        same.set(sp.type, (same.get(sp.type) ?? 1) - 1);
        const m = majority(new Map([...same].filter(([, n]) => n > 0)));
        if (m) f.push(`k:span=${m}`, `k:span=${m}|self=${sp.type}`);
      }
      return f;
    }),
  );
}
