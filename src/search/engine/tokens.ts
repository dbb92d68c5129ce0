/** Words as the index sees them: folded (case, accents, ß, quote marks) runs of letters and digits. */
import { fold } from '../search-options';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function terms(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}
