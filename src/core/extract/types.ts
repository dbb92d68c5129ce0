/**
 * What article extraction produces: metadata, clean paragraphs and every piece of page
 * furniture that was taken out, with the reason. Nothing read from the input is dropped
 * without being listed in `removed` (metadata lines included, with reason `metadata`).
 */

export type ParagraphKind = 'heading' | 'body' | 'caption';

/** Why a piece of text is not part of the article body. */
export type RemovalReason =
  | 'metadata' // a line read as title/byline/date/section and shown as metadata instead
  | 'navigation' // menus, breadcrumbs, "skip to content", editor links
  | 'newsletter' // subscribe forms and their residue ("* indicates required")
  | 'membership' // membership, donation and subscription appeals
  | 'news-feed' // timestamped feed items about other stories
  | 'related' // teasers of other articles ("Read more", "Editors' picks", …)
  | 'photo' // photo captions and credits
  | 'audio' // audio players, "this audio is created with AI assistance"
  | 'share' // share buttons and social prompts
  | 'copyright' // copyright and legal lines
  | 'repeated' // a line that repeats verbatim elsewhere on the page
  | 'outside-article'; // page text the HTML reader left outside the article

export const REMOVAL_REASONS: Readonly<Record<RemovalReason, string>> = {
  metadata: 'Read as the article’s metadata (title, byline, date, section)',
  navigation: 'Site navigation',
  newsletter: 'Newsletter sign-up form',
  membership: 'Membership or donation appeal',
  'news-feed': 'News-feed item about another story',
  related: 'Teaser for another article',
  photo: 'Photo caption or credit',
  audio: 'Audio player notice',
  share: 'Share buttons',
  copyright: 'Copyright or legal line',
  repeated: 'Repeated page element',
  'outside-article': 'Outside the article on the original page',
};

export interface RemovedPiece {
  readonly text: string;
  readonly reason: RemovalReason;
  /** Which rule fired, in a few words (for the reader's "why was this removed"). */
  readonly rule: string;
}

export interface CleanParagraph {
  readonly kind: ParagraphKind;
  readonly text: string;
}

export interface ExtractedArticle {
  /** The headline; when the page has none, a short title derived from the lede. */
  readonly title: string;
  /** True when `title` was derived rather than found as a headline. */
  readonly titleDerived: boolean;
  /** Author name(s) without "By"/"From:". */
  readonly byline: string | null;
  /** The publication's name when the page itself names it; never guessed. */
  readonly outlet: string | null;
  /** ISO 8601: a date (`2023-10-29`) or a date-time when the page gives one. */
  readonly published: string | null;
  readonly section: string | null;
  readonly paragraphs: readonly CleanParagraph[];
  readonly removed: readonly RemovedPiece[];
}

/** A block of page text with a structural hint, the shared input of the furniture pass. */
export interface SourceBlock {
  readonly text: string;
  /** Structural hint from HTML (h1–h6, figcaption, li …) or `line` for plain text. */
  readonly tag: 'line' | 'h1' | 'h2' | 'h3' | 'p' | 'li' | 'figcaption' | 'blockquote' | 'other';
}

/** Metadata a container already knows (HTML meta tags, a sidecar file, CLI flags). */
export interface KnownMetadata {
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly section?: string | null;
}
