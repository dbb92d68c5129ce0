/**
 * Word lists the quote rules share: speech verbs, person titles, pronouns, function words.
 * Kept apart so each rule file reads as a method, not as a vocabulary.
 */
import { TITLES as ROLE_TITLES, TITLE_QUALIFIERS } from '../names/titles';

/** Verbs (all forms we meet in news) that introduce or close reported speech. */
const CUE_WORDS = (
  'assert asserted asserts liken likened compare compared compares laud lauded reference referenced ' +
  'pound pounding slam slammed slams dismiss dismissed decry decried ' +
  'say said says saying tell told tells telling add added adds adding note noted notes noting ' +
  'write wrote writes writing written stress stressed stresses stressing emphasize emphasized ' +
  'emphasizes emphasizing emphasise emphasised emphasises warn warned warns warning explain ' +
  'explained explains continue continued continues ask asked asks asking reply replied replies ' +
  'answer answered argue argued argues arguing insist insisted insists declare declared declares ' +
  'state stated states claim claimed claims claiming announce announced announces acknowledge ' +
  'acknowledged acknowledges admit admitted admits admitting recall recalled recalls remark ' +
  'remarked observe observed suggest suggested suggests tweet tweeted tweets tweeting post posted ' +
  'respond responded counter countered concede conceded complain complained joke joked quip ' +
  'quipped shout shouted yell yelled urge urged urges urging predict predicted promise promised ' +
  'promises promising vow vowed charge charged testify testified report reported reports call ' +
  'called calls calling describe described describes describing label labeled labelled brand ' +
  'branded dub dubbed nicknamed refer referred refers referring praise praised criticize ' +
  'criticized criticised accuse accused accusing blast blasted mock mocked boast boasted conclude ' +
  'concluded agree agreed lament lamented caution cautioned contend contended maintain maintained ' +
  'chant chanted chanting cite cited condemn condemned read reads sing sings sang rule ruled ' +
  'rated deny denied denies proclaim proclaimed pledge pledged demand demanded hail hailed thank ' +
  'thanked confirm confirmed confirms reiterate reiterated point pointed mention mentioned speak ' +
  'spoke speaking whisper whispered scream screamed retort retorted muse mused wonder wondered ' +
  'interject interjected went '
)
  .trim()
  .split(' ');
export const CUE_VERBS: ReadonlySet<string> = new Set(CUE_WORDS);

/** Nouns that carry speech: "X's claim that", "in a statement". */
export const CUE_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'statement',
  'statements',
  'remark',
  'remarks',
  'comment',
  'comments',
  'words',
  'tweet',
  'tweets',
  'letter',
  'message',
  'speech',
  'description',
  'assertion',
  'promise',
  'pledge',
  'warning',
  'interview',
  'testimony',
  'post',
]);

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Words that open a common-noun speaker ("the source", "a senior official"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'my',
  'your',
  'the',
  'a',
  'an',
  'one',
  'another',
  'his',
  'her',
  'their',
  'its',
  'our',
  'some',
  'several',
  'two',
  'three',
  'many',
  'other',
  'both',
  'most',
]);

/** Titles, roles and their qualifiers, trimmed off the front of a name (the lists of names/titles.ts). */
export const TITLES: ReadonlySet<string> = new Set([...ROLE_TITLES, ...TITLE_QUALIFIERS]);

/** Capitalised words that start sentences or headings but never a name. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'the a an in on at but and or if when while after before this that these those he she it they we i ' +
    'you his her their our my its as for with by from to of so yet still also then now here there despite ' +
    'during according meanwhile however although though because since until unless why what who whom whose ' +
    'which where how all some many most no not one another every each both either neither such other ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december today yesterday tomorrow last next ' +
    'just only even there\u2019s it\u2019s said says asked told added noted wrote read update editor note ' +
    'photo video watch click follow like share'
  ).split(' '),
);

/** Words in a capitalised run that mark an organisation or a place rather than a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  (
    'house party agency university news times post journal department committee council union ministry ' +
    'court street center centre institute association bank corp inc co ltd group office service police ' +
    'army navy force forces government administration campaign foundation network channel tv radio press ' +
    'company fund board commission senate congress parliament city county state states republic kingdom ' +
    'america nations organization organisation federation club school college hospital church magazine ' +
    'review daily weekly tribune herald gazette fox cnn bbc nbc abc cbs msnbc reuters ap afp'
  ).split(' '),
);
