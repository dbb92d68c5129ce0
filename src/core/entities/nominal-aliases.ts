/**
 * Nominal aliases: "the Belarusian leader" as a mention of Alexander Lukashenko.
 *
 * A person is tied to a demonym when the text introduces them with it ("Belarusian dictator
 * Alexander Lukashenko", "Russian President Vladimir Putin": a demonym, up to three title
 * words, then the name). A later "the <demonym> <role>" ("the Belarusian leader", "the Russian
 * president") becomes a PER mention of that person when the text tied exactly one person to
 * that demonym, or exactly one with that very role. Anything else is left as it was: a wrong
 * alias costs more than a missed one.
 */
import type { Mention } from './types';

const ROLES =
  'leader|president|dictator|ruler|strongman|autocrat|premier|chancellor|monarch|king|queen|' +
  'prime minister|foreign minister|defen[cs]e minister|head of state|general|commander';
const NOMINAL = new RegExp(`\\b[Tt]he (\\p{Lu}[\\p{L}-]+) (${ROLES})\\b`, 'gu');
/** Between demonym and name: up to three title words and nothing else. */
const TITLE_GAP = /^(?:\s+[\p{L}.-]+){0,3}\s+$/u;

export function addNominalAliases(text: string, mentions: readonly Mention[]): Mention[] {
  const ties: Array<{ demonym: string; name: string; gap: string; at: number }> = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const d = mentions[i]!;
    if (d.type !== 'MISC') continue;
    const p = mentions[i + 1]!;
    if (p.type !== 'PER') continue;
    const gap = text.slice(d.end, p.start);
    if (TITLE_GAP.test(gap)) ties.push({ demonym: d.name, name: p.name, gap: gap.toLowerCase(), at: p.end });
  }
  if (!ties.length) return [...mentions];

  const out = [...mentions];
  for (const m of text.matchAll(NOMINAL)) {
    const start = m.index + 4;
    const end = m.index + m[0].length;
    const demonymAt = out.findIndex((e) => e.start === start && e.type === 'MISC');
    if (demonymAt < 0) continue;
    const demonym = out[demonymAt]!.name;
    const role = m[2]!.toLowerCase();
    const before = ties.filter((t) => t.demonym === demonym && t.at <= start);
    const people = new Set(before.map((t) => t.name));
    const byRole = new Set(before.filter((t) => t.gap.includes(role)).map((t) => t.name));
    const name = people.size === 1 ? [...people][0] : byRole.size === 1 ? [...byRole][0] : undefined;
    if (!name) continue;
    if (out.some((e, i) => i !== demonymAt && e.start < end && e.end > start)) continue;
    out[demonymAt] = { start, end, type: 'PER', name };
  }
  return out;
}
