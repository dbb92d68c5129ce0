import type { EntityId, Span } from '../types';

/** A quotation in a text: the span covers the quoted words without the quotation marks. */
export interface Quote extends Span {
  /** The resolved speaker's name (never a pronoun), or null when no one is named. */
  readonly speaker: string | null;
  /** `direct`: a quoted sentence or more; `partial`: a quoted fragment inside a sentence. */
  readonly kind: 'direct' | 'partial';
  /**
   * The speaker as the text introduces them, with title, role and appositive ("Rep. Jim Jordan
   * (R-Ohio), an oversight panel member"); for a pronoun or a later surname, the resolved name.
   */
  readonly speakerMention?: string | null;
  /** The speaker's entity in the text (names/people.ts), when the quotes were found with entities. */
  readonly speakerEntity?: EntityId | null;
  /** How sure the attribution is, 0–1 (a ranking, not a probability); null with no speaker. */
  readonly confidence?: number | null;
  /** The speaker is a description the text never tied to a name ("a spokeswoman for the ministry"). */
  readonly speakerNominal?: boolean;
}
