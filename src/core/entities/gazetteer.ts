/**
 * Small hand-kept gazetteers that compromise's lexicon lacks or gets wrong: demonyms mapped to
 * their country, capitals and places common in world news, acronyms of well-known bodies
 * (news agencies, international organisations, parties), and the titles that precede names.
 * Kept deliberately modest: general world knowledge, not lists of any test set's names.
 */

/** Demonym (singular adjective form) → country or region. Plurals are derived ("Ukrainians"). */
const DEMONYM_PAIRS = `Afghan:Afghanistan Albanian:Albania Algerian:Algeria American:United States
Angolan:Angola Argentine:Argentina Argentinian:Argentina Armenian:Armenia Australian:Australia
Austrian:Austria Azerbaijani:Azerbaijan Azeri:Azerbaijan Bahraini:Bahrain Bangladeshi:Bangladesh
Belarusian:Belarus Belarussian:Belarus Byelorussian:Belarus Belgian:Belgium Bolivian:Bolivia
Bosnian:Bosnia Brazilian:Brazil British:Britain Briton:Britain Bulgarian:Bulgaria Burmese:Myanmar
Cambodian:Cambodia Cameroonian:Cameroon Canadian:Canada Chadian:Chad Chilean:Chile Chinese:China
Colombian:Colombia Congolese:Congo Croatian:Croatia Croat:Croatia Cuban:Cuba Cypriot:Cyprus
Czech:Czech Republic Danish:Denmark Dane:Denmark Dutch:Netherlands Ecuadorian:Ecuador
Egyptian:Egypt English:England Eritrean:Eritrea Estonian:Estonia Ethiopian:Ethiopia
European:Europe Filipino:Philippines Finnish:Finland Finn:Finland French:France Georgian:Georgia
German:Germany Ghanaian:Ghana Greek:Greece Guatemalan:Guatemala Haitian:Haiti Honduran:Honduras
Hungarian:Hungary Icelandic:Iceland Indian:India Indonesian:Indonesia Iranian:Iran Iraqi:Iraq
Irish:Ireland Israeli:Israel Italian:Italy Ivorian:Ivory Coast Jamaican:Jamaica Japanese:Japan
Jordanian:Jordan Kazakh:Kazakhstan Kenyan:Kenya Korean:Korea Kosovar:Kosovo Kuwaiti:Kuwait
Kyrgyz:Kyrgyzstan Latvian:Latvia Lebanese:Lebanon Liberian:Liberia Libyan:Libya
Lithuanian:Lithuania Macedonian:Macedonia Malaysian:Malaysia Malian:Mali Maltese:Malta
Mexican:Mexico Moldovan:Moldova Mongolian:Mongolia Montenegrin:Montenegro Moroccan:Morocco
Mozambican:Mozambique Namibian:Namibia Nepalese:Nepal Nigerian:Nigeria Nigerien:Niger
Norwegian:Norway Omani:Oman Pakistani:Pakistan Palestinian:Palestine Panamanian:Panama
Paraguayan:Paraguay Peruvian:Peru Polish:Poland Pole:Poland Portuguese:Portugal Qatari:Qatar
Romanian:Romania Russian:Russia Rwandan:Rwanda Saudi:Saudi Arabia Scottish:Scotland Scot:Scotland
Senegalese:Senegal Serb:Serbia Serbian:Serbia Singaporean:Singapore Slovak:Slovakia
Slovenian:Slovenia Slovene:Slovenia Somali:Somalia Spanish:Spain Spaniard:Spain
Sri Lankan:Sri Lanka Sudanese:Sudan Swedish:Sweden Swede:Sweden Swiss:Switzerland Syrian:Syria
Taiwanese:Taiwan Tajik:Tajikistan Tanzanian:Tanzania Thai:Thailand Tunisian:Tunisia
Turkish:Turkey Turk:Turkey Turkmen:Turkmenistan Ugandan:Uganda Ukrainian:Ukraine Uruguayan:Uruguay
Uzbek:Uzbekistan Venezuelan:Venezuela Vietnamese:Vietnam Welsh:Wales Yemeni:Yemen
Yugoslav:Yugoslavia Zairean:Zaire Zambian:Zambia Zimbabwean:Zimbabwe Soviet:Soviet Union Arab:Arabia
Kurdish:Kurdistan Kurd:Kurdistan Chechen:Chechnya Crimean:Crimea Siberian:Siberia Asian:Asia
African:Africa Latin American:Latin America Caribbean:Caribbean`;

const split = (s: string): string[][] =>
  s
    .split(/\s+(?=[A-Z][\w ]*:)/)
    .map((p) => p.trim().split(':'))
    .filter((p) => p.length === 2);

export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  split(DEMONYM_PAIRS).map(([d, c]) => [d!.toLowerCase(), c!] as const),
);

/** Single-word places common in world news that compromise's lexicon misses (lower-case). */
export const EXTRA_PLACES: ReadonlySet<string> = new Set(
  `minsk kyiv kiev avdiivka donetsk luhansk kharkiv mariupol bakhmut odesa odessa crimea donbas
  zaporizhzhia kherson lviv chechnya grozny sochi malta belarus ukraine russia moscow beijing
  tehran baghdad damascus kabul islamabad karachi ankara istanbul athens sarajevo belgrade zagreb
  ljubljana bratislava budapest bucharest sofia warsaw prague vienna berlin bonn brussels
  amsterdam luxembourg lisbon madrid rome milan geneva zurich bern stockholm oslo helsinki
  copenhagen tallinn riga vilnius tbilisi yerevan baku almaty tashkent dushanbe bishkek jerusalem
  gaza ramallah beirut amman riyadh cairo tripoli tunis algiers rabat khartoum nairobi lagos abuja
  johannesburg pretoria harare lusaka kinshasa kigali mumbai dhaka colombo kathmandu bangkok hanoi
  manila jakarta singapore seoul pyongyang tokyo taipei canberra sydney wellington ottawa toronto
  montreal washington chicago havana bogota caracas lima santiago brasilia montevideo quito europe
  asia africa america balkans caucasus siberia kashmir tibet taiwan kosovo bosnia herzegovina
  gulf midwest chechnya dagestan abkhazia transnistria scotland wales england britain ulster`.split(/\s+/),
);

/** Multi-word places (lower-case), matched as whole candidate names. */
export const MULTIWORD_PLACES: readonly string[] = [
  'the hague',
  'cape town',
  'addis ababa',
  'new delhi',
  'kuala lumpur',
  'hong kong',
  'new york',
  'los angeles',
  'mexico city',
  'buenos aires',
  'rio de janeiro',
  'sao paulo',
  'la paz',
  'north america',
  'south america',
  'latin america',
  'middle east',
  'west bank',
  'golan heights',
  'great britain',
  'northern ireland',
  'tel aviv',
  'united states',
  'united kingdom',
  'soviet union',
  'czech republic',
  'saudi arabia',
  'south africa',
  'south korea',
  'north korea',
  'new zealand',
  'sri lanka',
  'ivory coast',
  'united arab emirates',
];

/** Acronyms and one-word names of well-known bodies; case-sensitive. */
export const KNOWN_ORGS: ReadonlySet<string> = new Set(
  `UN NATO EU OSCE IMF WTO WHO OPEC ASEAN OECD IAEA UNESCO UNICEF UNHCR ICRC FIFA UEFA IOC NBA NFL
  NHL MLB FBI CIA KGB FSB NSA SBU BBC CNN CBS NBC ABC AFP AP Reuters Bloomberg Interfax TASS
  RIA Novosti BelTA Ukrinform Xinhua Kremlin Pentagon Gazprom Rosneft Wagner Hamas Hezbollah
  Taliban Fatah PLO ANC Sinn Fein Knesset Duma Bundestag Bundesbank Congress Senate Parliament
  U.N. Interpol Europol Eurostat Nasdaq NYSE Amnesty Greenpeace Microsoft Google Apple Boeing Airbus
  Nokia Siemens Volkswagen Toyota Sony IBM Intel Fiat Renault Shell BP Exxon Chevron Unilever`
    .split(/\s+/)
    .filter(Boolean),
);

/** Organisations that compromise calls places, or words ambiguous with places (lower-case). */
export const ORG_NOT_PLACE: ReadonlySet<string> = new Set(['white house', 'kremlin', 'pentagon']);

/** Titles and roles: the core's one list (names/titles.ts). */
export { PERSON_TITLES, TITLES } from '../names/titles';

/** Location head words that end a place name ("Black Sea", "Mount Everest" handled elsewhere). */
export const LOC_TAIL: ReadonlySet<string> = new Set(
  `sea ocean river mountains mountain island islands peninsula gulf bay lake strait straits
  valley desert coast province region oblast district county republic state territory street
  avenue square airport canal channel plateau basin heights city road stadium park`
    .split(/\s+/)
    .filter(Boolean),
);
export const LOC_HEAD: ReadonlySet<string> = new Set(
  'mount mt lake gulf cape port fort isle strait sea bay'.split(' '),
);

/**
 * Armed and political groups that news names like places or people ("Islamic State", "Boko
 * Haram"): always organisations (lower-case, whole names).
 */
export const GROUPS: ReadonlySet<string> = new Set([
  'islamic state',
  'isis',
  'isil',
  'daesh',
  'boko haram',
  'al-qaeda',
  'al qaeda',
  'al-qaida',
  'al-shabab',
  'al-shabaab',
  'taliban',
  'hamas',
  'hezbollah',
  'houthis',
  'houthi',
  'ira',
  'eta',
  'farc',
  'pkk',
  'wagner group',
  'azov battalion',
  'azov regiment',
  'muslim brotherhood',
  'islamic jihad',
  'hayat tahrir al-sham',
  'proud boys',
  'ku klux klan',
]);

/** Head words of events and days: a name ending in one is an event (MISC), never a person or place. */
export const EVENT_HEADS: ReadonlySet<string> = new Set(
  `day eve games olympics olympiad cup championship championships festival awards award prize
  trophy masters tour rally classic series week summit conference war revolution marathon open
  prix expo fair protocol treaty accord agreement act plan charter doctrine`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that name a work just before its title ("the film Jaws"): the title is MISC. */
export const WORK_NOUNS: ReadonlySet<string> = new Set(
  `film movie book novel song album show series play documentary opera musical painting poem
  single memoir sitcom drama`
    .split(/\s+/)
    .filter(Boolean),
);
