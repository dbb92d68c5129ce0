/**
 * What the reader brings, read into sources for the analysis worker: a paste (plain text,
 * page furniture and all), or files (`.txt`, `.html`/`.htm`, `.json` in the shapes `parallax
 * ingest` reads). HTML is read here with the browser's DOMParser and Readability (the worker
 * has no DOM); text goes to the worker as it is. Each input gets its own verdict: an error
 * says what is wrong with that one, and the others still go in.
 */

import { withKnown } from '../core/extract/index';
import type { KnownMetadata } from '../core/extract/types';
import { looksBinary } from '../core/text/binary';
import { extractFromHtml } from '../html/extract-html';
import { articleInputsFromJson, knownFrom, LIBRARY_FORMAT } from '../schema/article-input';
import type { StoredSource } from './db';

/** Longest text read as one article: a long feature is ~100,000 characters. */
export const MAX_CHARS = 2_000_000;

export type NewSource = Omit<StoredSource, 'id' | 'addedAt'>;
export interface Read {
  readonly name: string;
  readonly sources: readonly NewSource[];
  readonly errors: readonly string[];
  /** Grouping corrections that came with an exported library, by article key. */
  readonly pins?: readonly { article: string; key: string }[];
  /** Display settings that came with an exported library (settings.ts applies them). */
  readonly settings?: unknown;
}

const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/** Why a text is not an article, or null. */
export function textProblem(text: string): string | null {
  if (!text.trim()) return 'it is empty';
  if (text.length > MAX_CHARS)
    return `it is ${mb(text.length)} of text; an article is read up to ${mb(MAX_CHARS)} (split it, or keep the article only)`;
  if (looksBinary(text)) return 'it is not text (a binary file?)';
  return null;
}

export function readPaste(text: string, known: KnownMetadata): Read {
  const problem = textProblem(text);
  return problem
    ? { name: 'Pasted text', sources: [], errors: [`The pasted text was not added: ${problem}.`] }
    : { name: 'Pasted text', sources: [{ name: 'Pasted text', text, known }], errors: [] };
}

/** A paste that came with rich HTML (a page copied from a browser): read as a web page. */
export function readPastedHtml(html: string, known: KnownMetadata): Read {
  if (html.length > MAX_CHARS * 4)
    return {
      name: 'Pasted page',
      sources: [],
      errors: [`The pasted page was not added: it is ${mb(html.length)} of HTML.`],
    };
  const r = readHtml('Pasted page', html, known);
  return typeof r === 'string'
    ? { name: 'Pasted page', sources: [], errors: [`The pasted page was not added: ${r}.`] }
    : { name: 'Pasted page', sources: [r], errors: [] };
}

function readHtml(name: string, html: string, known: KnownMetadata): NewSource | string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const x = withKnown(extractFromHtml(doc), known);
  if (!x.paragraphs.some((p) => p.text.trim().length > 0)) return 'the page holds no article text';
  return { name, extracted: x, known };
}

export async function readFile(file: File): Promise<Read> {
  const name = file.name || 'a file';
  const fail = (why: string): Read => ({ name, sources: [], errors: [`${name} was not added: ${why}.`] });
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!['txt', 'text', 'html', 'htm', 'json'].includes(ext))
    return fail(
      `Parallax reads .txt, .html and .json files, not ${ext ? `.${ext}` : 'files without an extension'}`,
    );
  if (file.size > MAX_CHARS * 4)
    return fail(`it is ${mb(file.size)}; an article is read up to ${mb(MAX_CHARS)}`);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('the browser could not read it');
  }
  const problem = textProblem(text);
  if (problem && !(ext === 'json' && text.trim())) return fail(problem);
  if (ext === 'txt' || ext === 'text') return { name, sources: [{ name, text, known: {} }], errors: [] };
  if (ext === 'html' || ext === 'htm') {
    const r = readHtml(name, text, {});
    return typeof r === 'string' ? fail(r) : { name, sources: [r], errors: [] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('it is not valid JSON');
  }
  if (
    data &&
    typeof data === 'object' &&
    'schemaVersion' in data &&
    !('articles' in data && Array.isArray((data as { articles: unknown }).articles))
  )
    return fail('it is a Parallax file of another kind, not articles');
  const { articles, errors } = articleInputsFromJson(data);
  const sources: NewSource[] = [];
  const more = [...errors.map((e) => `${name}, ${e}`)];
  articles.forEach((a, i) => {
    const known = knownFrom(a);
    const label = articles.length > 1 ? `${name} #${i + 1}` : name;
    if (typeof a.html === 'string') {
      const r = readHtml(label, a.html, known);
      if (typeof r === 'string') more.push(`${label} was not added: ${r}.`);
      else sources.push(r);
    } else {
      const p = textProblem(a.text ?? '');
      if (p) more.push(`${label} was not added: ${p}.`);
      else sources.push({ name: label, text: a.text ?? '', known });
    }
  });
  if (!sources.length && !more.length) more.push(`${name} was not added: it holds no article.`);
  const library = (data as { format?: unknown } | null)?.format === LIBRARY_FORMAT;
  return {
    name,
    sources,
    errors: more,
    ...(libraryPins(data) ? { pins: libraryPins(data)! } : {}),
    ...(library ? { settings: (data as { settings?: unknown }).settings } : {}),
  };
}

/** The key of a source: a hash of its text, so the same article added twice is kept once. */
export async function sourceId(s: NewSource): Promise<string> {
  const text = s.text ?? s.extracted?.paragraphs.map((p) => p.text).join('\n\n') ?? '';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `mine-${hex.slice(0, 16)}`;
}

/** The corrections an exported library carries (export-library.ts), if it is one and has them. */
function libraryPins(data: unknown): { article: string; key: string }[] | null {
  const pins = (data as { format?: unknown; pins?: unknown } | null)?.pins;
  if ((data as { format?: unknown } | null)?.format !== LIBRARY_FORMAT || !Array.isArray(pins)) return null;
  return pins.filter(
    (p): p is { article: string; key: string } =>
      !!p && typeof p.article === 'string' && typeof p.key === 'string',
  );
}
