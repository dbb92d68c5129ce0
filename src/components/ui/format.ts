/** Small display helpers shared by the views. */

/** "2023-10-29" or "2023-10-29T07:28" → "29 Oct 2023" (the date as written, no timezone shift). */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

export function dateRange(from: string | null, to: string | null): string {
  const a = formatDate(from);
  const b = formatDate(to);
  if (!a) return 'Date unknown';
  return a === b || !b ? a : `${a} – ${b}`;
}

export const OUTLET_UNKNOWN = 'Outlet unknown';

/** One formatter for the app: `toLocaleString` makes a new one per call, a cost per render. */
const numbers = new Intl.NumberFormat('en');
export const formatCount = (n: number) => numbers.format(n);

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;
