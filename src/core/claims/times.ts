/**
 * Clock times: "5:10 a.m.", "10.30pm", "5am", "22:30", "noon", with "about"/"around" before
 * them. The value is minutes after midnight; a time given to the hour ("5am") allows the
 * whole half hour either side, since outlets round such times.
 */
import type { Qualifier } from './numbers';

export interface TimeExpression {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly qualifier: Qualifier | null;
  readonly precision: number;
}

const TIME =
  /(?<![\p{L}\d:.])(?:(?<q>about|around|at about|at around|shortly after|just after|just before|shortly before)\s+)?(?:(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s?(?<ap>a\.m\.|p\.m\.|am|pm)(?![\p{L}])|(?<h24>[01]?\d|2[0-3]):(?<m24>[0-5]\d)(?!\d|\s?(?:a\.m|p\.m|am|pm))(?=\s?(?:GMT|BST|CET|ET|EST|local|hours|h\b|UTC)))/giu;

export function findTimes(text: string): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const m of text.matchAll(TIME)) {
    const g = m.groups!;
    let minutes: number;
    let precision = 0;
    if (g.h !== undefined) {
      const h = Number(g.h);
      if (h < 1 || h > 12) continue;
      const pm = g.ap!.toLowerCase().startsWith('p');
      minutes = ((h % 12) + (pm ? 12 : 0)) * 60 + Number(g.m ?? 0);
      if (g.m === undefined) precision = 60;
    } else minutes = Number(g.h24) * 60 + Number(g.m24);
    const q = g.q?.toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: minutes,
      qualifier: q ? (/about|around/.test(q) ? 'about' : null) : null,
      precision: q && !/about|around/.test(q) ? Math.max(precision, 60) : precision,
    });
  }
  return out;
}
