/**
 * The one list of titles, roles and abbreviations that the name tagger, the quote rules and
 * the tokenizer share (lower case, without final periods). Before, each kept its own and they
 * drifted apart ("Cmdr." kept its period for one and ended a sentence for another).
 */

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Titles and roles that stand before a person's name and are not part of it. */
export const TITLES: ReadonlySet<string> = new Set(
  words(`mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister premier
  chancellor chancellor-elect president-elect secretary general gen lt col colonel maj major capt
  captain sgt sergeant commander cmdr admiral adm lieutenant major-general lieutenant-general
  field marshal king queen prince princess pope cardinal bishop archbishop rev reverend father
  sister brother sheikh emir sultan ayatollah senator sen rep representative congressman
  congresswoman councilman councilwoman governor gov mayor judge justice ambassador envoy
  commissioner attorney spokesman spokeswoman spokesperson chairman chairwoman chair chief
  executive ceo founder director deputy foreign defence defense interior finance economy trade
  state home health opposition leader speaker mp lawmaker coach manager skipper striker
  midfielder defender goalkeeper fullback batsman bowler champion former acting interim dictator
  ruler economics energy agriculture transport education culture labour labor first economist
  analyst underwriter democrat democratic republican gop conservative liberal officer agent
  detective sheriff candidate nominee host anchor correspondent editor prosecutor inspector
  superintendent coroner constable const corporal cpl det`),
);

/**
 * Words that qualify a title in a role phrase ("U.S. Rep.", "House Speaker", "Senate Majority
 * Leader") but are names of their own elsewhere ("the White House", "the U.S."): the quote
 * rules trim them off a speaker's name; the name tagger does not treat them as titles.
 */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(
  words('house senate minority majority supreme federal national us u.s'),
);

/** Titles that make the capitalised word after them a person ("Mayor Adams", not a place). */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  words(`mr mrs ms dr prof sir dame president minister chancellor senator sen rep governor gov mayor
  judge ambassador king queen prince princess pope sheikh general gen colonel col captain capt
  premier coach const constable cpl det`),
);

/** Titles that end a role phrase even in the middle of a capitalised run ("U.S. President Bill Clinton"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  words(`ceo economist analyst professor president minister secretary chancellor premier senator
  governor mayor ambassador envoy spokesman spokeswoman chairman chairwoman commander king queen
  prince pope cardinal coach colonel lieutenant-colonel judge sheikh dictator ruler leader`),
);

/** Lower-case role nouns of an appositive that describes a speaker ("a spokesman for", "his lawyer"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  words(`spokesman spokeswoman spokesperson secretary press chief police campaign manager adviser
  advisor aide lawyer attorney nominee candidate presidential vice-presidential leader chairman
  chairwoman director official officials senator governor mayor president minister journalist
  reporter columnist analyst professor economist historian founder executive host anchor
  commissioner general retired former acting interim deputy assistant senior top panel organizer
  organiser widow mother father`),
);

/** Abbreviations written with a final period that does not end a sentence ("Sen.", "Corp."). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  words(`mr mrs ms dr prof rev sen rep gov gen lt col capt sgt maj adm cmdr supt insp pres amb atty
  fr msgr hon del const cpl det jr sr st mt ft inc corp co ltd vs`),
);

/**
 * Abbreviations that keep their period before a number or a day ("No. 10", "Sept. 11") but
 * are ordinary words that may end a sentence elsewhere ("He said no."), so the tokenizer does
 * not keep their period; the quote rules skip them when looking for a sentence's end.
 */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(words('no jan feb aug sept oct nov dec'));

const capitalised = (a: string) => (a === 'vs' ? a : a[0]!.toUpperCase() + a.slice(1));
/** A regular-expression alternation of the abbreviations, capitalised as written ("Mr|Sen|…"). */
export const ABBREVIATION_PATTERN: string = [...ABBREVIATIONS].map(capitalised).join('|');
/** The same with the number abbreviations ("No|Sept|…"). */
export const ANY_ABBREVIATION_PATTERN: string = [...ABBREVIATIONS, ...NUMBER_ABBREVIATIONS]
  .map(capitalised)
  .join('|');
