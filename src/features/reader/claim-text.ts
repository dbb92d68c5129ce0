/**
 * A claim's figure in words for the reader and the exports: "at least 84", "$121 billion",
 * "50%", "5:10 a.m.", "40 miles". Written from the value, its qualifier and unit, so the same
 * figure reads the same whichever way an outlet wrote it ("$1.2bn", "1.2 billion dollars").
 */
import type { StoryLinks } from '../../schema/corpus';

type Group = NonNullable<StoryLinks['claims']>[number];
type ClaimMember = Group['members'][number];

const SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥' };
const SCALES: readonly [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function amount(v: number): string {
  for (const [scale, word] of SCALES)
    if (Math.abs(v) >= scale) return `${Number((v / scale).toFixed(3)).toLocaleString('en')} ${word}`;
  return Number(v.toFixed(2)).toLocaleString('en');
}

function clock(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}

export function claimValue(
  group: Pick<Group, 'claimKind' | 'unit'>,
  m: Pick<ClaimMember, 'value' | 'qualifier'>,
): string {
  const q = m.qualifier ? `${m.qualifier} ` : '';
  switch (group.claimKind) {
    case 'money': {
      const sym = SYMBOLS[group.unit ?? ''];
      return sym ? `${q}${sym}${amount(m.value)}` : `${q}${amount(m.value)} ${group.unit ?? ''}`.trim();
    }
    case 'percent':
      return `${q}${amount(m.value)}%`;
    case 'time':
      return `${q}${clock(m.value)}`;
    case 'measure':
      return `${q}${amount(m.value)} ${group.unit ?? ''}`.trim();
    default:
      return `${q}${amount(m.value)}`;
  }
}
