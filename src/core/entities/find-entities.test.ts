import { describe, expect, it } from 'vitest';
import { demonymOf, type EntityMention, findEntities } from './index';

const show = (text: string, ents: EntityMention[]) =>
  ents.map((e) => `${text.slice(e.start, e.end)}/${e.type}`);
const run = (text: string) => show(text, findEntities(text));
const byText = (text: string, surface: string) =>
  findEntities(text).filter((e) => text.slice(e.start, e.end) === surface);

describe('findEntities: rules', () => {
  it('trims titles before a name', () => {
    const t = 'Yesterday President Maria Kowalczyk met Foreign Minister Pedro Almeida in Lisbon.';
    const out = run(t);
    expect(out).toContain('Maria Kowalczyk/PER');
    expect(out).toContain('Pedro Almeida/PER');
    expect(out).toContain('Lisbon/LOC');
    expect(out.join(' ')).not.toMatch(/President|Minister/);
  });

  it('splits a leading demonym off as MISC and trims a mid-run title', () => {
    const t = 'The talks were hosted by Polish Prime Minister Jan Nowicki and U.S. President Tom Reed.';
    const out = run(t);
    expect(out).toContain('Polish/MISC');
    expect(out).toContain('Jan Nowicki/PER');
    expect(out).toContain('U.S./LOC');
    expect(out).toContain('Tom Reed/PER');
  });

  it('drops sentence-initial common words and takes the whole capitalised name', () => {
    const out = run('But Helga Brandt said the plan would fail. Later, Brandt left.');
    expect(out[0]).toBe('Helga Brandt/PER');
    expect(out).toContain('Brandt/PER');
  });

  it('types organisations by their head word, "of" names, and acronyms', () => {
    const t =
      'Shares of Northwind Holdings rose after the Bank of England and the Central Electoral Committee spoke; NATO and Reuters reported it.';
    const out = run(t);
    expect(out).toContain('Northwind Holdings/ORG');
    expect(out).toContain('Bank of England/ORG');
    expect(out).toContain('Central Electoral Committee/ORG');
    expect(out).toContain('NATO/ORG');
    expect(out).toContain('Reuters/ORG');
  });

  it('does not join "of" after a title ("Minister of Finance" stays out)', () => {
    const out = run('He met the Minister of Ruritania, Karl Vogel, in Vienna.');
    expect(out).toContain('Karl Vogel/PER');
    expect(out).toContain('Vienna/LOC');
    expect(out.join(' ')).not.toContain('Minister');
  });

  it('types places by gazetteer and head words', () => {
    const out = run('Ships crossed the Caspian Sea near Baku and sailed to Lake Sevan.');
    expect(out).toContain('Caspian Sea/LOC');
    expect(out).toContain('Baku/LOC');
    expect(out).toContain('Lake Sevan/LOC');
  });

  it('returns demonyms as MISC with their own adjective as the name', () => {
    const t = 'Ukrainians and Georgian officials welcomed the move.';
    const ents = findEntities(t);
    expect(show(t, ents)).toEqual(['Ukrainians/MISC', 'Georgian/MISC']);
    expect(ents[0]!.name).toBe('Ukrainian');
  });

  it('drops weekdays, months and lone common words', () => {
    expect(run('On Friday in October, Sales rose. Nothing else.')).toEqual([]);
  });

  it('keeps one type per name and merges aliases to the full name', () => {
    const t = 'Ilse Marquardt won the vote. Marquardt thanked voters, and Marquardt later left for Riga.';
    const ents = findEntities(t);
    expect(ents.filter((e) => e.type === 'PER').map((e) => e.name)).toEqual([
      'Ilse Marquardt',
      'Ilse Marquardt',
      'Ilse Marquardt',
    ]);
  });

  it('reads ALL-CAPS headlines with names known from the text and datelines', () => {
    const t = 'MARQUARDT WINS IN RIGA\nRIGA 2024-05-01\nIlse Marquardt won the vote in Riga on Sunday.';
    const out = run(t);
    expect(out.slice(0, 3)).toEqual(['MARQUARDT/PER', 'RIGA/LOC', 'RIGA/LOC']);
    expect(byText(t, 'MARQUARDT')[0]!.name).toBe('Ilse Marquardt');
    expect(out).not.toContain('WINS/PER');
  });

  it('types place-named teams as organisations in results, but keeps countries as places', () => {
    const t =
      'SOCCER - LEAGUE RESULTS\nResults of league matches on Saturday :\nBrightwell 2 Eastmoor 1\nScotland 3 Latvia 0\nBrightwell beat Eastmoor in the league.';
    const out = run(t);
    expect(out).toContain('Brightwell/ORG');
    expect(out).toContain('Eastmoor/ORG');
    expect(out).toContain('Scotland/LOC');
    expect(out).toContain('Latvia/LOC');
  });

  it('spreads the team reading through lists and team words in a sports text', () => {
    const t =
      'CRICKET - COUNTY CHAMPIONSHIP\nTitle rivals Ashwick , Brookshire and Coldmoor all closed in on victory .\nBrookshire captain Tim Vale scored 80 as Ashwick beat Dunmere by an innings .\nBrookshire 301 Ashwick 288 .';
    const out = run(t);
    expect(out).toContain('Ashwick/ORG');
    expect(out).toContain('Brookshire/ORG');
    expect(out).toContain('Coldmoor/ORG');
    expect(out).toContain('Tim Vale/PER');
  });

  it('finds a name glued to the next word ("BelTAthe")', () => {
    const t = 'In an interview with BelTAthe state agency, officials spoke.';
    expect(run(t)).toContain('BelTA/ORG');
  });

  it('lets the neighbouring words type an unknown name across the text', () => {
    const t = 'Fighting spread in Qaraband on Monday. Residents fled Qaraband as Qaraband burned.';
    expect(findEntities(t).map((e) => e.type)).toEqual(['LOC', 'LOC', 'LOC']);
  });
});

describe('findEntities: offsets and robustness', () => {
  it('gives UTF-16 offsets after emoji and surrogate pairs', () => {
    const t = '🇺🇦🔥 Update: ➕ Olena Petrenko met 👍🏽 Viktor Orlov in Kharkiv.';
    const ents = findEntities(t);
    for (const e of ents) expect(t.slice(e.start, e.end)).toBe(e.name);
    expect(show(t, ents)).toEqual(
      expect.arrayContaining(['Olena Petrenko/PER', 'Viktor Orlov/PER', 'Kharkiv/LOC']),
    );
  });

  it('returns sorted, non-overlapping spans', () => {
    const t =
      'Anna Berg of the Riga Chamber of Commerce met Estonian Prime Minister Kaja Tamm in Tallinn on Monday.';
    const ents = findEntities(t);
    for (let i = 1; i < ents.length; i++) expect(ents[i]!.start).toBeGreaterThanOrEqual(ents[i - 1]!.end);
  });

  it('never throws', () => {
    expect(findEntities('')).toEqual([]);
    expect(findEntities('   \n\n ')).toEqual([]);
    expect(findEntities(null as unknown as string)).toEqual([]);
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    expect(Array.isArray(findEntities(junk))).toBe(true);
    expect(Array.isArray(findEntities('\uD800\uDC00\uD800 A\uDFFF B'))).toBe(true);
  });

  it('stays linear on one endless capitalised run and on endless headlines', () => {
    expect(findEntities('Anna Berg '.repeat(20_000)).length).toBeGreaterThan(100);
    expect(findEntities('BERG MEETS TAMM IN RIGA\n'.repeat(10_000)).length).toBeGreaterThan(0);
  });

  it('completes on a 1 MB text', () => {
    const para = 'Olena Petrenko met Viktor Orlov of the Kyiv City Council in Kharkiv on Monday. ';
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    const ents = findEntities(big);
    expect(ents.length).toBeGreaterThan(1000);
    const last = ents[ents.length - 1]!;
    expect(big.slice(last.start, last.end)).toBe('Kharkiv');
  });
});

describe('demonymOf', () => {
  it('maps demonyms and their plurals to the country', () => {
    expect(demonymOf('Russian')).toBe('Russia');
    expect(demonymOf('Ukrainians')).toBe('Ukraine');
    expect(demonymOf('belarusian')).toBe('Belarus');
    expect(demonymOf('French')).toBe('France');
  });
  it('answers null for anything else', () => {
    expect(demonymOf('Russia')).toBeNull();
    expect(demonymOf('table')).toBeNull();
    expect(demonymOf('')).toBeNull();
  });
});
