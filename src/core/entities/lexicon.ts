/**
 * Word knowledge borrowed from compromise's own lexicon (≈24k lower-cased entries: first and
 * last names, countries, cities, regions, organisations, sports teams, demonyms, and the tags
 * of common words), so the gazetteers here stay small. Limits: compromise's lists lean
 * American; entries are lower-case, so "us" (pronoun) and "US" collide — callers check case.
 */
import nlp from 'compromise';

type Lexicon = Record<string, string | readonly string[]>;
interface World {
  model: { one: { lexicon: Lexicon }; two: { orgWords?: Record<string, unknown> } };
}

const world = nlp.world() as unknown as World;
const LEX: Lexicon = world.model.one.lexicon;
const ORG_WORDS = new Set(Object.keys(world.model.two.orgWords ?? {}));

const EMPTY: readonly string[] = [];

/** compromise's lexicon tags for a word or phrase (any case), or [] when unknown. */
export function lexTags(phrase: string): readonly string[] {
  const v = LEX[phrase.toLowerCase()];
  if (v === undefined || !Object.hasOwn(LEX, phrase.toLowerCase())) return EMPTY;
  return typeof v === 'string' ? [v] : v;
}

const FIRST = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE = new Set(['Country', 'City', 'Region', 'Place']);
const PROPER = new Set([
  ...FIRST,
  ...PLACE,
  'LastName',
  'Person',
  'Organization',
  'SportsTeam',
  'ProperNoun',
]);

export const isFirstName = (w: string): boolean => lexTags(w).some((t) => FIRST.has(t));
export const isLexPlace = (w: string): boolean => lexTags(w).some((t) => PLACE.has(t));
export const isLexCountry = (w: string): boolean => lexTags(w).includes('Country');
export const isLexOrg = (w: string): boolean =>
  lexTags(w).some((t) => t === 'Organization' || t === 'SportsTeam');
/** compromise's own organisation head words ("agency", "bank", "council", …). */
export const isOrgWord = (w: string): boolean => ORG_WORDS.has(w.toLowerCase());

/** A known common (non-name) word: in the lexicon with no name-like tag. */
export function isCommonWord(w: string): boolean {
  const common = (x: string): boolean => {
    const tags = lexTags(x);
    return tags.length > 0 && !tags.some((t) => PROPER.has(t));
  };
  if (common(w)) return true;
  // plurals are not in the lexicon: "Universities", "Losses", "Scorers"
  const l = w.toLowerCase();
  if (/ies$/.test(l) && common(`${l.slice(0, -3)}y`)) return true;
  if (/(?:ss|sh|ch|x)es$/.test(l) && common(l.slice(0, -2))) return true;
  return /[^s]s$/.test(l) && common(l.slice(0, -1)) && !isFirstName(l.slice(0, -1));
}
