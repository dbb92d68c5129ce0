import type { Span } from '../types';
import type { Qualifier } from './numbers';

export type { Qualifier } from './numbers';

/**
 * What a figure measures. `count` counts a noun ("three children", "84 killed"), `money`
 * and `percent` carry their unit, `age` is a person's age, `measure` a distance, duration
 * or weight with its unit, `time` a clock time of day (minutes after midnight), `day` a
 * weekday (1 Monday … 7 Sunday) and `date` a day of a month (month × 100 + day).
 */
export type ClaimKind = 'count' | 'money' | 'percent' | 'age' | 'measure' | 'time' | 'day' | 'date';

/** One figure in one article, with what it is about. */
export interface Claim extends Span {
  readonly kind: ClaimKind;
  /** A short label of what is counted or measured: "killed", "children killed", "offer", "trains". */
  readonly what: string;
  readonly value: number;
  readonly qualifier: Qualifier | null;
  /** The rounding step of the figure as written (0 when exact). */
  readonly precision: number;
  /** Currency code, "percent", a measure's unit ("km", "minutes"), or null for counts. */
  readonly unit: string | null;
  /** A measure's unit as written ("feet" for a depth compared in metres), when it was converted. */
  readonly written?: string;
  /** The casualty or police event a count reports ("killed", "injured", "arrested"), when it does. */
  readonly event?: string;
  /** "share" for "$82 a share". */
  readonly per: string | null;
  /** Who the sentence gives the figure to ("the prosecutor", "Hollande"), when it says. */
  readonly source: string | null;
  /** The sentence the figure is in: where its context words come from. */
  readonly sentence: Span;
}
