/**
 * Line-level furniture rules: what a single block says about itself, whatever its position.
 *
 * Method: each rule looks at surface features of one block — its length, its first words
 * (calls to action are short imperative lines), form residue, credit and copyright marks,
 * bare timestamps, section markers of other-story lists. Rules are ordered from specific to
 * general and the first that fires wins. Every pattern is bounded (no nested quantifiers) and
 * long blocks are only tested on their first and last few hundred code units.
 *
 * Limits: English wording only. A body sentence that itself quotes a call to action ("Share
 * the news", he said) is protected only by the length limits below.
 */
import type { RemovalReason } from './types';

export interface RuleHit {
  readonly reason: RemovalReason;
  readonly rule: string;
}

/** Marker lines that open a list of other stories; the furniture pass extends them to a region. */
export function regionMarker(text: string): RuleHit | null {
  if (text.length > 60) return null;
  const t = text
    .replace(/[:.»›>→\s]+$/u, '')
    .toLowerCase()
    .replace(/[’`]/g, "'");
  if (
    /^(news ?feed|latest news|latest|live updates|live blog|breaking news|top stories|news in brief)$/.test(t)
  )
    return { reason: 'news-feed', rule: 'news-feed marker' };
  if (
    /^(more news|more stories|more from [\p{L} ]{2,30}|editors'? ?picks|editor's picks|related|related (articles|stories|coverage|content|news|reading)|read (more|next|also)|recommended( for you| stories)?|most (read|popular|viewed)|popular now|trending( now)?|you (may|might) also (like|be interested in)|further reading|see also|also read|what to read next|in other news)$/u.test(
      t,
    )
  )
    return { reason: 'related', rule: 'other-stories marker' };
  return null;
}

/** A bare clock time or "N minutes ago" on its own line: the stamp of a feed item. */
export function isFeedTimestamp(text: string): boolean {
  return (
    text.length <= 24 &&
    (/^\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?( [A-Z]{2,4})?$/i.test(text) ||
      /^\d{1,2} (min|mins|minutes?|hours?|hrs?) ago$/i.test(text))
  );
}

const AGENCIES =
  'Getty Images|Getty|AFP|Reuters|AP Photo|AP|EPA|dpa|Shutterstock|Imago|Bloomberg|Alamy|Anadolu|Sipa|Xinhua|TASS|Sputnik|NurPhoto|Pool|Wikimedia Commons|iStock';
// Credits sit at the end of a caption: "…/AFP", "Reuters/Jane Doe".
const AGENCY_AFTER_SLASH = new RegExp(`/\\s?(${AGENCIES})\\)?\\.?\\s*$`);
const AGENCY_BEFORE_SLASH = new RegExp(`\\b(${AGENCIES})\\s?/\\s?[\\p{L} .'-]{2,40}$`, 'u');
const PAREN_CREDIT = new RegExp(`\\((?:[^()]{0,60}/)?\\s?(${AGENCIES})[^()]{0,40}\\)\\s*$`);

function photoRule(t: string): RuleHit | null {
  if (/^(photo|photograph|image|picture|credit|photo credit|source|illustration|video)\s?:/i.test(t))
    return { reason: 'photo', rule: 'credit label' };
  if (t.length > 400) return null;
  if (/\b(photo|photograph|image|credit|foto|picture)s?\s?:\s?\S/i.test(t))
    return { reason: 'photo', rule: 'caption with credit label' };
  if (/©\s?(?!\s?\d{4})\p{L}/u.test(t) && !/all rights reserved/i.test(t))
    return { reason: 'photo', rule: '© with a photographer or agency' };
  if (PAREN_CREDIT.test(t) || /\([^()]{1,60}\/[^()]{1,60}\)\s*$/.test(t))
    return { reason: 'photo', rule: 'caption ending in a (credit)' };
  if (t.length <= 200 && (AGENCY_AFTER_SLASH.test(t) || AGENCY_BEFORE_SLASH.test(t)))
    return { reason: 'photo', rule: 'photographer/agency credit' };
  return null;
}

const NEWSLETTER = [
  /\bindicates required\b/i,
  /^\*?\s?required( field)?$/i,
  /\b(enter|type) (your|an|a valid|correct) e-?mail/i,
  /\b(valid|correct) e-?mail( address)?\b/i,
  /^e-?mail( address)?\s?\*?:?$/i,
  /^(first|last) name\s?\*?:?$/i,
  /\bsuccess?f?u?ll?y subscribed\b/i,
  /\bthank(s| you) for (signing up|subscribing)\b/i,
  /\bconfirmation e-?mail\b/i,
  /\b(sign up|subscribe) (for|to) (our|the) [\p{L} ]{0,30}newsletters?\b/iu,
  /\bnewsletters?\b.{0,60}\b(inbox|sign up|subscribe)\b/i,
  /\b(get|receive) (our|the) [\p{L} ]{0,30}(newsletter|briefing|digest)\b/iu,
  /\bunsubscribe at any time\b/i,
];
const MEMBERSHIP = [
  /\bbecome a (member|subscriber|supporter|patron)\b/i,
  /\b(gift|gifting) (a )?(membership|subscription)\b/i,
  /\bfunded by (our )?readers\b/i,
  /\bfinancial contribution\b/i,
  /\bfund our (mission|journalism|work|reporting)\b/i,
  /\breaders like you\b/i,
  /\bsupport (our|independent|quality) (independent |quality )?(journalism|reporting|work|newsroom|mission)\b/i,
  /\bsupport us\b/i,
  /\bdonat(e|ion|ions)\b/i,
  /\bnew (members|subscribers|supporters)\b/i,
  /\b\d[\d,.]* (supporters|members|subscribers)\b/i,
  /\bmake a contribution\b/i,
  /\bsubscribe (now|today) (for|and|to)\b/i,
  /\b(already|become) a subscriber\b/i,
];
const PAYMENT =
  /^(visa|mastercard|master card|amex|american ?express|paypal|apple ?pay|google ?pay|discover|maestro|stripe|jcb)(\s+(visa|mastercard|master card|amex|american ?express|paypal|apple ?pay|google ?pay|discover|maestro|stripe|jcb))*$/i;

const CTA =
  /^(subscribe|sign ?up|sign in|log ?in|register|join( us| now)?|become a member|donate|support us|share|tweet|follow( us)?|gift membership|download (the|our) app|get the app|listen|watch|print|save|comment|comments)\b/i;
const SHARE =
  /^(share( (on|via|to|this))?|tweet|email|e-mail|copy link|copy|print|whatsapp|telegram|facebook|twitter|x|linkedin|reddit|pinterest|messenger|flipboard)(\s+(share( on| via)?|on|via|facebook|twitter|x|linkedin|reddit|whatsapp|telegram|email|e-mail|copy link|pinterest|messenger|print)){0,12}$/i;
const NAV =
  /^(skip to (main )?content|skip navigation|edit post|menu|main menu|search|close|open menu|back to top|home|homepage|home page|sections|log ?in|sign in|log out|my account|toggle navigation|previous( article)?|next( article)?)$/i;

/** The strong per-block rules (see the file comment); null when none fires. */
export function lineRule(text: string, tag: string): RuleHit | null {
  const t = text.length > 600 ? `${text.slice(0, 300)} ${text.slice(-300)}` : text;
  const short = text.length <= 80;
  if (tag === 'figcaption') return { reason: 'photo', rule: 'figure caption' };
  if (NAV.test(t)) return { reason: 'navigation', rule: 'navigation link' };
  if (short && /^(advertisement|advertising|sponsored( content)?|ad|paid content|promoted)$/i.test(t))
    return { reason: 'navigation', rule: 'advertisement label' };
  if (/\bstory continues below\b|\b(article|story) continues after\b/i.test(t) && text.length <= 120)
    return { reason: 'navigation', rule: 'advertisement label' };
  if (
    /\bcookies?\b/i.test(t) &&
    /\b(accept|consent|privacy|policy|preferences|continu(e|ing) to (use|browse))\b/i.test(t)
  )
    return { reason: 'navigation', rule: 'cookie notice' };
  if (
    short &&
    /^(accept( all)?( cookies)?|reject all|manage (preferences|cookies|settings)|i agree|got it)$/i.test(t)
  )
    return { reason: 'navigation', rule: 'cookie notice button' };
  if (
    /\baudio\b.{0,60}\b(AI|artificial intelligence|generated|automated|synthesi[sz]ed)\b/i.test(t) &&
    text.length <= 200
  )
    return { reason: 'audio', rule: 'AI audio notice' };
  if (
    /^(listen to (this|the) (article|story)|listen|play audio|\d+\s?min(ute)?s? listen)\b/i.test(t) &&
    short
  )
    return { reason: 'audio', rule: 'audio player' };
  const photo = photoRule(t);
  if (photo) return photo;
  if (/\ball rights reserved\b|^(©|\(c\)|copyright\b)/i.test(t) && text.length <= 300)
    return { reason: 'copyright', rule: 'copyright line' };
  if (/^(terms of (use|service)|privacy policy|imprint|impressum|contact us|about us)\b/i.test(t) && short)
    return { reason: 'navigation', rule: 'legal/footer link' };
  if (text.length <= 300 && NEWSLETTER.some((re) => re.test(t)))
    return { reason: 'newsletter', rule: 'newsletter form text' };
  if (PAYMENT.test(t)) return { reason: 'membership', rule: 'payment-card logos' };
  if (SHARE.test(t) && short) return { reason: 'share', rule: 'share buttons' };
  const appeals = MEMBERSHIP.filter((re) => re.test(t)).length;
  // One appeal phrase is enough only in a short line that speaks to the reader (we/you).
  if (
    appeals >= 2 ||
    (appeals === 1 && text.length <= 160 && /\b(we|our|us|you|your)\b|^\S+(\s\S+){0,5}[!.]?$/i.test(t))
  )
    return { reason: 'membership', rule: 'membership or donation appeal' };
  if (CTA.test(t) && short && !/[.!?]\s\S|\.$/.test(t)) {
    const reason: RemovalReason = /^(subscribe|sign ?up)/i.test(t)
      ? 'newsletter'
      : /^(share|tweet|follow)/i.test(t)
        ? 'share'
        : /^(become|donate|support|gift)/i.test(t)
          ? 'membership'
          : 'navigation';
    return { reason, rule: 'call to action' };
  }
  if (
    /^(read more|read also|also read|see also|related|more|watch|listen|recommended)\s?:\s?\S/i.test(t) &&
    text.length <= 250
  )
    return { reason: 'related', rule: 'inline teaser' };
  if (/^\d+\s?(min|minute)s? read$/i.test(t)) return { reason: 'metadata', rule: 'reading time' };
  return null;
}

/** A teaser summary cut off mid-word or mid-sentence with an ellipsis. */
export function isTruncatedTeaser(text: string): boolean {
  return (
    text.length >= 40 && /[\p{L}\p{N},]\s?(…|\.\.\.)$/u.test(text) && !/[.!?]["”']?\s?(…|\.\.\.)$/u.test(text)
  );
}
