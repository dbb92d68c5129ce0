/**
 * Pairing quotation marks into quoted segments.
 *
 * Method: one left-to-right pass per line (a paragraph is a line) with a stack of open marks.
 * Each mark is read by its neighbours: an opener stands after the line start, a space, an
 * opening bracket, a dash or another quotation mark and before a non-space; a closer stands
 * after a non-space. Styles: “…” (and the odd ”…”), "…", „…“ / „…”, «…», »…«, ‹…›, ›…‹, ‘…’,
 * ‚…‘ and '…'. Apostrophes are not quotes: a ’ or ' between letters (don't, Ukraine's), before
 * a decade ('90s) or after a plural (students') is skipped unless a single quote is open.
 * A double quote left open at the line end runs to the line end (`closed: false`); when the
 * next line re-opens with a mark, that segment is marked as `continued` (a multi-paragraph
 * quote), so attribution can carry the speaker over.
 *
 * “ closes only with ” and " only with " (so `“no evidence" yet …”` stays one quote, as in
 * the reference annotation); two apostrophes for a double quote ('' … '') are not read.
 *
 * Limits: a single quote closed by a plural's apostrophe (‘the students’ books’) ends early;
 * straight double quotes do not nest; `="…"` (markup attributes) is skipped, not parsed.
 */

export type MarkFamily = 'double' | 'single';

export interface QuotedSegment {
  /** Inner span, whitespace trimmed, marks excluded. */
  readonly start: number;
  readonly end: number;
  /** Offset of the opening mark, and of the closing mark (-1 when the line ended first). */
  readonly open: number;
  readonly close: number;
  readonly family: MarkFamily;
  readonly closed: boolean;
  /** This segment re-opens a quote left open at the end of the previous line. */
  readonly continued: boolean;
  /** Offsets of the line holding the segment. */
  readonly lineStart: number;
  readonly lineEnd: number;
}

interface Open {
  readonly pos: number;
  readonly closers: string;
  readonly family: MarkFamily | 'attr';
}

const MAX_DEPTH = 12;
const DOUBLE_MARKS = '"“”„«»‹›';
const ALL_MARKS = `${DOUBLE_MARKS}'‘’‚`;
const OPEN_BEFORE = '([{<—–-/';
const isSpace = (c: string): boolean => /\s/.test(c);
const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** A mark in opening position: nothing, a space, an opening bracket, a dash or a mark before it. */
function openerLike(text: string, i: number, lineStart: number): boolean {
  const prev = i > lineStart ? text.charAt(i - 1) : '';
  const next = text.charAt(i + 1);
  if (next === '' || isSpace(next)) return false;
  return prev === '' || isSpace(prev) || OPEN_BEFORE.includes(prev) || ALL_MARKS.includes(prev);
}

/** A mark in closing position: after a non-space. */
const closerLike = (text: string, i: number, lineStart: number): boolean =>
  i > lineStart && !isSpace(text.charAt(i - 1));

/** Elisions that open with an apostrophe: '90s, 'em, 'til, 'cause, 'n'. */
function isLeadingApostrophe(text: string, i: number): boolean {
  const rest = text.slice(i + 1, i + 8);
  return /^(\d\d(s|\b)|em\b|til\b|tis\b|twas\b|cause\b|n\b|round\b)/i.test(rest);
}

function segment(
  text: string,
  o: Open,
  closePos: number,
  lineStart: number,
  lineEnd: number,
  continued: boolean,
): QuotedSegment | null {
  let s = o.pos + 1;
  let e = closePos < 0 ? lineEnd : closePos;
  // Whitespace and stray double marks at the edges (a nested quote's mark left at the end of an
  // unclosed quote, a “ typed for ”) stay outside the span.
  while (s < e && /[\s"“”«»„]/.test(text.charAt(s))) s++;
  while (e > s && /[\s"“”«»„]/.test(text.charAt(e - 1))) e--;
  if (e <= s || o.family === 'attr') return null;
  return {
    start: s,
    end: e,
    open: o.pos,
    close: closePos,
    family: o.family,
    closed: closePos >= 0,
    continued,
    lineStart,
    lineEnd,
  };
}

/** Top-level quoted segments of one line, in order. */
function lineSegments(text: string, lineStart: number, lineEnd: number, continued: boolean): QuotedSegment[] {
  const found: QuotedSegment[] = [];
  const stack: Open[] = [];
  const firstMark = (() => {
    let k = lineStart;
    while (k < lineEnd && /\s/.test(text.charAt(k))) k++;
    return k;
  })();
  const push = (pos: number, closers: string, family: Open['family']) => {
    // A bounded stack keeps the pass linear on junk made of thousands of stray marks.
    if (stack.length < MAX_DEPTH) stack.push({ pos, closers, family });
  };
  const closeAt = (idx: number, pos: number) => {
    const o = stack[idx]!;
    stack.length = idx;
    const seg = segment(text, o, pos, lineStart, lineEnd, continued && o.pos === firstMark);
    if (seg) found.push(seg);
  };
  /** Index of the innermost open mark that `c` closes, or -1. Singles never close doubles. */
  const findCloser = (c: string, singlesOnly: boolean): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k]!.closers.includes(c)) return k;
      if (singlesOnly) return -1;
    }
    return -1;
  };

  for (let i = lineStart; i < lineEnd; i++) {
    const c = text.charAt(i);
    if (!ALL_MARKS.includes(c)) continue;
    // Two apostrophes for a double quote ('' … '') are a typewriter habit of some archives; the
    // reference annotation does not read them as quotes, so neither do we.
    if (c === "'" && (text.charAt(i + 1) === "'" || text.charAt(i - 1) === "'")) continue;
    const top = stack[stack.length - 1]!;
    if (top?.family === 'attr') {
      if (c === '"') stack.pop();
      continue;
    }
    const opener = openerLike(text, i, lineStart);
    const closer = closerLike(text, i, lineStart);
    if (c === '"') {
      if (i > lineStart && text.charAt(i - 1) === '=') {
        push(i, '"', 'attr');
        continue;
      }
      const k = findCloser('"', false);
      if (k >= 0 && (closer || !opener)) closeAt(k, i);
      else if (opener) push(i, '"', 'double');
    } else if (c === '“') {
      const k = stack.length && stack[stack.length - 1]!.closers === '“”' ? stack.length - 1 : -1;
      if (k >= 0 && closer && !opener) closeAt(k, i);
      else if (k >= 0 && stack[k]!.closers === '“”' && text[stack[k]!.pos] === '„') closeAt(k, i);
      else push(i, '”', 'double');
    } else if (c === '”') {
      const k = findCloser('”', false);
      if (k >= 0) closeAt(k, i);
      else if (opener && !closer) push(i, '”', 'double');
    } else if (c === '„') push(i, '“”', 'double');
    else if (c === '«' || c === '‹') {
      const k = findCloser(c, false);
      if (k >= 0 && closer) closeAt(k, i);
      else push(i, c === '«' ? '»' : '›', 'double');
    } else if (c === '»' || c === '›') {
      const k = findCloser(c, false);
      if (k >= 0) closeAt(k, i);
      else if (opener) push(i, c === '»' ? '«' : '‹', 'double');
    } else if (c === '‚') push(i, '‘’', 'single');
    else if (c === '‘') {
      const k = findCloser('‘', true);
      if (k >= 0 && closer) closeAt(k, i);
      else if (opener && !isLeadingApostrophe(text, i)) push(i, '’', 'single');
    } else {
      // ’ or ': an apostrophe unless a single quote is open and this is in closing position
      // with no letter after it.
      const k = findCloser(c, true);
      if (k >= 0 && closer && !isWordChar(text.charAt(i + 1))) closeAt(k, i);
      else if (c === "'" && opener && !closer && !isLeadingApostrophe(text, i)) push(i, "'", 'single');
      else if (
        c === '’' &&
        opener &&
        !closer &&
        !isLeadingApostrophe(text, i) &&
        !isWordChar(text.charAt(i - 1))
      )
        push(i, '’', 'single');
    }
  }
  // An unclosed outermost double quote runs to the line end; unclosed singles were apostrophes
  // and simply vanish, which lets what they seemed to enclose become top-level.
  const bottom = stack.find((o) => o.family === 'double');
  if (bottom) {
    const seg = segment(text, bottom, -1, lineStart, lineEnd, continued && bottom.pos === firstMark);
    if (seg) found.push(seg);
  }
  return outermost(found);
}

/** Segments not inside another one (inner quotes of a quote are part of it). */
function outermost(segs: QuotedSegment[]): QuotedSegment[] {
  const sorted = [...segs].sort((a, b) => a.open - b.open || b.end - a.end);
  const out: QuotedSegment[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.open < reach) continue;
    out.push(s);
    reach = s.close < 0 ? s.lineEnd : s.close;
  }
  return out;
}

/** All top-level quoted segments of a text, sorted by start. Never throws; linear time. */
export function findQuotedSegments(text: string): QuotedSegment[] {
  const out: QuotedSegment[] = [];
  let lineStart = 0;
  let carry = false; // the previous non-empty line ended inside a double quote
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (/\S/.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 200)))) {
      const segs = lineSegments(text, lineStart, lineEnd, carry);
      for (const s of segs) out.push(s);
      const last = segs[segs.length - 1]!;
      carry = !!last && !last.closed && last.family === 'double';
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
