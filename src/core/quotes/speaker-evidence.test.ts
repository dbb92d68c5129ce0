import { describe, expect, it } from 'vitest';
import { testModel } from '../../testing/ner-model';
import { findEntities } from '../entities/index';
import { entityId } from '../names/people';
import { findQuotes } from './index';

// Written news sentences: who speaks, with the evidence, through the one resolver of people.
const quotes = (text: string) => findQuotes(text, findEntities(text, testModel()));
const at = (text: string, words: string) => {
  const q = quotes(text).find((x) => text.slice(x.start, x.end).includes(words));
  expect(q, words).toBeDefined();
  return q!;
};

describe('speakers with their evidence', () => {
  it('names the entity, as written and by id, with a confidence', () => {
    const text =
      'Prime Minister Mette Frederiksen spoke in Copenhagen. "We will not back down," Frederiksen said on Monday.';
    const q = at(text, 'We will not back down');
    expect(q).toMatchObject({
      speaker: 'Mette Frederiksen',
      speakerEntity: entityId('Mette Frederiksen'),
    });
    expect(q.confidence).toBeGreaterThan(0.8);
  });

  it('says no one rather than a place, and lets a country speak', () => {
    // Without the tagger's types, "he" went to the capitalised run before it: "South Asia".
    const place = 'Floods hit South Asia this week. "It will get worse," he said.';
    expect(findQuotes(place)[0]!.speaker).toBe('South Asia');
    expect(at(place, 'It will get worse').speaker).toBeNull();
    expect(at(place, 'It will get worse').confidence).toBeNull();
    const country = 'Talks stalled on Friday. "We remain open to talks," North Korea said in a statement.';
    expect(at(country, 'We remain open to talks').speaker).toBe('North Korea');
  });

  it('says no one rather than a statement', () => {
    const statement = 'The council met late. "It was a clear violation of the rules," a statement said.';
    expect(at(statement, 'It was a clear violation').speaker).toBeNull();
  });

  it('reads "Nova Scotia officials said" as the officials, not as the sentence before', () => {
    const text = 'Storms hit the coast. "We are ready," Nova Scotia officials said on Monday.';
    expect(at(text, 'We are ready')).toMatchObject({
      speaker: 'Nova Scotia officials',
      speakerNominal: true,
    });
  });

  it('is less sure of a speaker inherited from the sentence before than of one a verb names', () => {
    const text =
      'Mayor Karen Bass spoke to reporters on Tuesday. "The fires are contained," Bass said. ' +
      'She paused.\n\n"We will rebuild."';
    const said = at(text, 'The fires are contained');
    const later = at(text, 'We will rebuild');
    expect(said.speaker).toBe('Karen Bass');
    expect(later.speaker).toBe('Karen Bass');
    expect(later.confidence!).toBeLessThan(said.confidence!);
  });

  it('flags a description never tied to a name', () => {
    const text = 'The ministry did not comment. "The matter is closed," a spokeswoman for the ministry said.';
    const q = at(text, 'The matter is closed');
    expect(q.speaker).toMatch(/spokeswoman/);
    expect(q.speakerNominal).toBe(true);
    expect(q.speakerEntity).toBeNull();
  });
});
