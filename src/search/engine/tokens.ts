/**
 * Words as the index sees them: runs of letters and digits, folded by the analysis core's one
 * folding (`core/text/fold.ts`: case, accents, ß, ł, ø…, typographic apostrophes).
 */
import { fold } from '../../core/text/fold';

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** The core's one folding (the search index and the analysis fold alike). */
export const foldText = fold;

export function terms(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}
