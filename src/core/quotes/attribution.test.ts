import { describe, expect, it } from 'vitest';
import { findQuotes } from './index';

/** Quoted words and speaker of every quote found. */
const said = (text: string) =>
  findQuotes(text).map((q) => ({ words: text.slice(q.start, q.end), speaker: q.speaker, kind: q.kind }));

describe('attribution rules', () => {
  it('"…," X said', () => {
    expect(said('“The harvest was late this year,” Maria Okafor said.')).toEqual([
      { words: 'The harvest was late this year,', speaker: 'Maria Okafor', kind: 'direct' },
    ]);
  });

  it('"…," said X, the …', () => {
    const [q] = said('“Prices will fall by spring,” said Tomas Lind, the chief economist at the bank.');
    expect(q?.speaker).toBe('Tomas Lind');
  });

  it('X said: "…" and X said that "…"', () => {
    expect(said('Governor Ana Ruiz said: “We will rebuild the school.”')[0]?.speaker).toBe('Ana Ruiz');
    const [q] = said('Ana Ruiz said that “nobody will be left behind” in the valley.');
    expect(q).toEqual({ words: 'nobody will be left behind', speaker: 'Ana Ruiz', kind: 'partial' });
  });

  it('according to X', () => {
    const [q] = said('The dam was “never properly inspected,” according to Helen Brandt.');
    expect(q?.speaker).toBe('Helen Brandt');
  });

  it('X told Y "…"', () => {
    const [q] = said('Pavel Novak told reporters “the talks are over” after the meeting.');
    expect(q?.speaker).toBe('Pavel Novak');
  });

  it.each(['added', 'noted', 'wrote', 'stressed', 'emphasized', 'warned'])('X %s "…"', (verb) => {
    const [q] = said(`Lena Fischer ${verb} that “the bridge is not safe for trucks.”`);
    expect(q?.speaker).toBe('Lena Fischer');
  });

  it('skips a party tag and an appositive between the name and the verb', () => {
    const text = '“We need more nurses,” Sen. Rosa Delgado (D-Ore.), who chairs the panel, said on Monday.';
    expect(said(text)[0]?.speaker).toBe('Rosa Delgado');
  });

  it('keeps the introduction of the speaker as speakerMention', () => {
    const text = '“We need more nurses,” said Sen. Rosa Delgado (D-Ore.), a former nurse, on Monday.';
    expect(findQuotes(text)[0]?.speakerMention).toBe('Sen. Rosa Delgado (D-Ore.), a former nurse');
  });

  it("ends the mention before the sentence's full stop, not before an abbreviation's", () => {
    const text = '“We are still looking,” said Staff Sgt. Omar Reyes of Lakeshore Regional Police.';
    expect(findQuotes(text)[0]?.speakerMention).toBe('Staff Sgt. Omar Reyes of Lakeshore Regional Police');
    const us = '“We are still looking,” said Det. Ines Varga of the U.S.';
    expect(findQuotes(us)[0]?.speakerMention).toBe('Det. Ines Varga of the U.S.');
  });

  it('keeps a described speaker the lists do not know as a nominal ("a senior Ukrainian diplomat")', () => {
    const text = '“We hear Moscow testing the water,” said a senior Ukrainian diplomat.';
    expect(findQuotes(text)[0]).toMatchObject({
      speaker: 'a senior Ukrainian diplomat',
      speakerNominal: true,
    });
  });

  it('a quote after the attribution continues the same turn', () => {
    const text = '“The first dose went well,” Dr. Ivo Petrov said. “The second dose comes in March.”';
    expect(said(text).map((q) => q.speaker)).toEqual(['Ivo Petrov', 'Ivo Petrov']);
  });

  it('a paragraph that re-opens a multi-paragraph quote keeps the speaker', () => {
    const text =
      'Coach Sam Reyes said: “We trained hard all winter.\n\n“And we will keep doing it until the final.”';
    expect(said(text).map((q) => q.speaker)).toEqual(['Sam Reyes', 'Sam Reyes']);
  });

  it('a paragraph introduced by "X continued:" takes X', () => {
    const text = 'Judge Mara Kent continued:\n\n“The evidence does not support the charge.”';
    expect(said(text)[0]?.speaker).toBe('Mara Kent');
  });

  it('a transcript label names the speaker', () => {
    expect(said('“HOST: Welcome back to the show.”')[0]?.speaker).toBe('Host');
  });

  it('a signature after a dash names the speaker', () => {
    expect(said('“The park saved my summer.” ― Jonas Berg')[0]?.speaker).toBe('Jonas Berg');
  });
});

describe('attribution from the clause around the quote', () => {
  it('"Said X:" at the head of a sentence', () => {
    expect(said('Said Nora Quist: “The tide turned in March.”')[0]?.speaker).toBe('Nora Quist');
  });

  it('a participle takes its clause subject ("X attacked Y, saying …")', () => {
    const text = 'During the rally, Omar Haddad attacked the council, saying “it wasted a year.”';
    expect(said(text)[0]?.speaker).toBe('Omar Haddad');
  });

  it('a relative pronoun points back to the speaker ("…, which reported …")', () => {
    const text = 'Reporters asked the Harbour Authority which reported “no damage to the piers” on Sunday.';
    expect(said(text)[0]?.speaker).toBe('Harbour Authority');
  });

  it('"according to" a speaker with modifiers before the name', () => {
    const text = 'According to veteran climber Yuki Sato, the route is “far too icy” this week.';
    expect(said(text)[0]?.speaker).toBe('Yuki Sato');
  });

  it('a quote opening a sentence after "X said." takes X', () => {
    const text = 'The ferry will run again soon, Rita Moss said. “We only need one more inspection.”';
    expect(said(text)[0]?.speaker).toBe('Rita Moss');
  });

  it('a quote after a colon takes the subject of its sentence', () => {
    const text = 'Ilse Brandt has a new slogan: “Fix the roads first.”';
    expect(said(text)[0]?.speaker).toBe('Ilse Brandt');
  });

  it('fragments of one sentence share its attribution', () => {
    const text = 'Jan Kowalski called the deal “reckless” and “a gift to lobbyists” on Monday.';
    expect(said(text).map((q) => [q.words, q.speaker])).toEqual([
      ['reckless', 'Jan Kowalski'],
      ['a gift to lobbyists', 'Jan Kowalski'],
    ]);
  });

  it('modifiers or a determiner before the name after "said"', () => {
    expect(said('“It was a long night,” said flood widow Anna Pike.')[0]?.speaker).toBe('Anna Pike');
    expect(said('“Pray for rain,” said the Rev. Tom Ash.')[0]?.speaker).toBe('Tom Ash');
  });

  it('a paragraph introduced without a speech verb ("On May 2, 2019, X made this comment:")', () => {
    const text = 'On May 2, 2019, Pia Holm made the following comment:\n\n“Schools need more teachers.”';
    expect(said(text)[0]?.speaker).toBe('Pia Holm');
  });

  it('prefers a named subject over an unresolvable "they"', () => {
    const text = 'The report noted they had said they would seek “further measures” soon.';
    expect(said(text)[0]?.speaker).toBe('The report');
  });

  it('does not read speech verbs inside a previous quote', () => {
    const text = '“Whatever you say,” Lia Romano said, “the vote stands.”';
    expect(said(text).map((q) => q.speaker)).toEqual(['Lia Romano', 'Lia Romano']);
  });
});

describe('speaker resolution', () => {
  it('maps a later surname to the full name seen before', () => {
    const text = 'Olga Brenner, a farmer, opened the gates. “We had no choice,” Brenner said.';
    expect(said(text)[0]?.speaker).toBe('Olga Brenner');
  });

  it('takes the person, not the place, in "X of Y said"', () => {
    expect(said('“Roads come first,” Gov. Ada Lind of West Virginia said.')[0]?.speaker).toBe('Ada Lind');
    expect(said('“Talks resume,” Secretary of State Jon Berg said.')[0]?.speaker).toBe('Jon Berg');
  });

  it('trims titles and demonyms', () => {
    const text = '“The border stays open,” said Finnish Prime Minister Aino Virtanen.';
    expect(said(text)[0]?.speaker).toBe('Aino Virtanen');
  });

  it('resolves he/she to the most mentioned person nearby, never returning a pronoun', () => {
    const text =
      'Mayor Karl Weber visited the flooded district. Weber met residents and Anna Holt. ' +
      'He said: “We will pay for the repairs.”';
    expect(said(text)[0]?.speaker).toBe('Karl Weber');
    expect(said('“It is late,” she said.')[0]?.speaker).toBeNull();
  });

  it('resolves a nominal to the last person described with its words', () => {
    const text =
      'Chilean President Elena Soto met the Argentine trade minister Luis Vega. ' +
      '“We will cut tariffs,” the Chilean president said.';
    expect(said(text)[0]?.speaker).toBe('Elena Soto');
  });

  it('reads a contracted pronoun as a pronoun ("He’s claiming")', () => {
    const text = 'Lars Ek spoke first. He’s claiming that fraud is “a big, big problem” in the county.';
    expect(said(text)[0]?.speaker).toBe('Lars Ek');
  });

  it('keeps an unresolvable common-noun speaker as written', () => {
    const [q] = said('“The vote was rigged,” a senior official said.');
    expect(q?.speaker).toBe('a senior official');
  });
});
