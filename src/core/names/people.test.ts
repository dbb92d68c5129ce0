import { describe, expect, it } from 'vitest';
import { testModel } from '../../testing/ner-model';
import seed000 from '../__fixtures__/seed-000-body.txt?raw';
import seed003 from '../__fixtures__/seed-003-body.txt?raw';
import { compareArticles } from '../align/compare';
import { demonymOf, findEntities } from '../entities/index';
import type { Mention } from '../entities/types';
import { findQuotes } from '../quotes/index';
import { articleId } from '../types';
import { entityId, nameWords, People, storyPeople } from './people';

const mention = (text: string, name: string, type: Mention['type'] = 'PER', surface = name) => {
  const start = text.indexOf(surface);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + surface.length, type, name, id: entityId(name) };
};

describe('entity ids', () => {
  it('come from the folded canonical name, so spellings of one name meet', () => {
    expect(entityId('Aljaksandr Łukašenka')).toBe(entityId('aljaksandr  lukasenka'));
    expect(entityId('Alexander Lukashenko')).not.toBe(entityId('Vladimir Putin'));
    expect(entityId('The New York Times')).toBe(entityId('New York Times'));
  });
});

describe('People: the resolver within a text', () => {
  const text =
    'John Smith met Mary Smith in Leeds. Later Smith said the plan was sound. President Ana Duarte agreed, and the Leeds Council approved.';
  const people = new People([
    mention(text, 'John Smith'),
    mention(text, 'Mary Smith'),
    mention(text, 'Leeds', 'LOC'),
    mention(text, 'Ana Duarte'),
    mention(text, 'Leeds Council', 'ORG'),
  ]);

  it('trims titles and possessives and finds the full name', () => {
    expect(nameWords("President Ana Duarte's")).toEqual(['Ana', 'Duarte']);
    expect(people.resolve('President Duarte', text.length)?.name).toBe('Ana Duarte');
    expect(people.resolve('Ana Duarte', 0)?.id).toBe(entityId('Ana Duarte'));
  });

  it('counts every mention of a full name, not just the first, when choosing among namesakes', () => {
    const t = 'John Smith spoke. Mary Smith replied. John Smith spoke again. Smith left.';
    const at = (s: string, n = 0) => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = t.indexOf(s, i + 1);
      return i;
    };
    const p = new People([
      { start: at('John Smith'), type: 'PER', name: 'John Smith' },
      { start: at('Mary Smith'), type: 'PER', name: 'Mary Smith' },
      { start: at('John Smith', 1), type: 'PER', name: 'John Smith' },
    ]);
    expect(p.personFor('Smith', at('Smith left'))?.name).toBe('John Smith');
    expect(p.personFor('Smith', at('Mary Smith') + 12)?.name).toBe('Mary Smith');
  });

  it('gives a lone surname to the person with it named last before it', () => {
    const at = text.indexOf('Later Smith');
    expect(people.resolve('Smith', at)?.name).toBe('Mary Smith');
    expect(people.resolve('Smith', 0)?.name).toBe('John Smith');
  });

  it('names no one for a shared surname when asked for a unique person (how the tagger links names)', () => {
    expect(people.personFor('Smith', text.length, { onlyIfUnique: true })).toBeNull();
    expect(people.personFor('Duarte', 0, { onlyIfUnique: true })?.name).toBe('Ana Duarte');
    expect(people.personFor('Ana', 0, { firstNames: false })).toBeNull();
  });

  it('finds the person at the end of a description it does not know', () => {
    expect(people.resolve('Architect Ana Duarte', text.length)?.name).toBe('Ana Duarte');
    expect(people.resolve('Architect Nobody Known', text.length)).toBeNull();
  });

  it('resolves a speaking body, and never a place or an unknown name', () => {
    expect(people.resolve('Leeds Council', 0)?.type).toBe('ORG');
    expect(people.resolve('Leeds', 0)).toBeNull();
    expect(people.resolve('Nobody Known', 0)).toBeNull();
  });
});

describe('one id for a person across quotes, entity groups and the story', () => {
  it('a surname-only article joins the full name another article gives', () => {
    const story = storyPeople([
      { type: 'PER', name: 'Alexander Lukashenko' },
      { type: 'PER', name: 'Lukashenko' },
      { type: 'LOC', name: 'Minsk' },
    ]);
    expect(story.idOf('PER', 'Lukashenko')).toBe(entityId('Alexander Lukashenko'));
    expect(story.nameOf(story.idOf('PER', 'Lukashenko'))).toBe('Alexander Lukashenko');
    expect(story.idOf('LOC', 'Minsk')).toBe(entityId('Minsk'));
  });

  it('the seeds: the shared quote, its speaker and the entity group are one id', () => {
    const articles = [
      ['000', seed000],
      ['003', seed003],
    ].map(([id, text]) => {
      const entities = findEntities(text!, testModel());
      return { id: articleId(id!), text: text!, entities, quotes: findQuotes(text!, entities) };
    });
    const luka = entityId('Alexander Lukashenko');
    for (const a of articles) {
      const q = a.quotes.find((x) => a.text.slice(x.start, x.end).startsWith('There are enough problems'));
      expect(q?.speakerEntity, a.id).toBe(luka);
      expect(q?.speaker).toBe('Alexander Lukashenko');
    }
    const c = compareArticles(articles, demonymOf);
    const group = c.entityGroups.find((g) => g.id === luka);
    expect(group?.articles).toEqual(['000', '003']);
    const shared = c.quoteGroups.find((g) => g.members.length === 2);
    expect(shared?.speakerEntity).toBe(luka);
    expect(shared?.speaker).toBe(group?.name);
  });
});
