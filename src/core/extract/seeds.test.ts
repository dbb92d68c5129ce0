// The two seed articles as PRODUCT.md says the reader must see them.
// The seed files are read as raw text through Vite (the core's lint rules keep node:fs out).
import { describe, expect, it } from 'vitest';
import a000 from '../../../corpus/articles/000_603a60e8229c8bdb.txt?raw';
import a003 from '../../../corpus/articles/003_1a1a1ac63ae0f7f4.txt?raw';
import { extractFromText } from './index';
import type { ExtractedArticle } from './types';

const bodyOf = (x: ExtractedArticle) => x.paragraphs.map((p) => p.text).join('\n\n');
const removedOf = (x: ExtractedArticle) => x.removed.map((r) => r.text).join('\n');

describe('seed 003 (Kyiv Independent)', () => {
  const x = extractFromText(a003);
  it('reads the metadata', () => {
    expect(x.title).toBe('Lukashenko urges talks between Russia, Ukraine');
    expect(x.titleDerived).toBe(false);
    expect(x.byline).toBe('Olena Goncharova');
    expect(x.published?.startsWith('2023-10-29')).toBe(true);
    expect(x.outlet).toBe('The Kyiv Independent');
  });
  it('keeps exactly the body', () => {
    const body = bodyOf(x);
    expect(body.startsWith('Belarusian dictator Alexander Lukashenko said over the weekend')).toBe(true);
    expect(body.endsWith('from countries around the globe.')).toBe(true);
    expect(x.paragraphs).toHaveLength(7);
  });
  it.each([
    'Become a member',
    'ICBM',
    'Merkel',
    'Subscribe',
    'indicates required',
    'Explaining Ukraine with Kate Tsurkan',
    'Successfuly subscribed',
    'Black Sea corridor',
    'potenti…',
    'Getty Images',
    'This audio is created with AI assistance',
    'Skip to content',
    'Edit post',
    'visa masterCard americanExpress',
    'MORE NEWS',
    "Editors' Picks",
    'News Feed',
  ])('lists "%s" as furniture, not body', (s) => {
    expect(bodyOf(x)).not.toContain(s);
    expect(removedOf(x)).toContain(s);
  });
  it('gives every removed piece a reason and a rule', () => {
    for (const r of x.removed) expect(r.reason && r.rule).toBeTruthy();
  });
});

describe('seed 000 (German outlet in translation)', () => {
  const x = extractFromText(a000);
  it('reads the metadata and never invents an outlet', () => {
    expect(x.byline).toBe('Maximilian Kurz');
    expect(x.published).toBe('2023-10-29');
    expect(x.section).toBe('politics');
    expect(x.outlet).toBeNull();
  });
  it('derives a title from the lede', () => {
    expect(x.titleDerived).toBe(true);
    expect(x.title).toBe(
      'The Belarusian ruler Alexander Lukashenko wants negotiations to end the war in Ukraine',
    );
    expect(x.title).not.toMatch(/©|home page|from:|2023/i);
  });
  it('removes the photo caption and keeps lede, body and subheadings', () => {
    const body = bodyOf(x);
    expect(body).not.toContain('Sochi');
    expect(x.removed.find((r) => r.text.includes('Gavriil Grigorov'))?.reason).toBe('photo');
    expect(x.paragraphs[0]).toEqual({
      kind: 'body',
      text: 'The Belarusian ruler Alexander Lukashenko wants negotiations to end the war in Ukraine – he hopes for talks.',
    });
    expect(x.paragraphs[1]?.text.startsWith('Minsk – Russia and Ukraine are in a stalemate')).toBe(true);
    expect(body.endsWith('joint military exercises and political agreements.')).toBe(true);
    const headings = x.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text);
    expect(headings).toEqual([
      'Lukashenko: Dictator wants to negotiate end of war',
      'Ukraine War: Losses after Russian offensive',
      'At meeting with Foreign Minister: Lukashenko announces telephone conversation',
    ]);
  });
});

describe('nothing is silently lost', () => {
  it.each([
    ['000', a000],
    ['003', a003],
  ])('every non-blank line of seed %s is in a paragraph or in removed', (_, raw) => {
    const x = extractFromText(raw);
    const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
    const all = ws([...x.paragraphs.map((p) => p.text), ...x.removed.map((r) => r.text)].join('\n'));
    for (const line of raw.split('\n').map(ws).filter(Boolean)) expect(all).toContain(line);
  });
});
