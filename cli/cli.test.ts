// Spawns the real `parallax` bin, exactly as a user or the eval harnesses do.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleTable } from '../src/search/engine/article-table';
import { BIN, parallax, readCorpusDir, SEEDS } from './testing';

const SEED_000 = readFileSync(join(SEEDS, '000_603a60e8229c8bdb.txt'), 'utf8');
const SEED_003 = readFileSync(join(SEEDS, '003_1a1a1ac63ae0f7f4.txt'), 'utf8');

const lines = (s: string) =>
  s
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('parallax extract --jsonl', () => {
  it('answers one line per input line, errors included, and the stream goes on', () => {
    const input = [
      JSON.stringify({ id: 'a', text: SEED_003 }),
      '{this is not json',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify([1, 2]),
      JSON.stringify({
        id: 7,
        html: '<html><body><article><h1>Short</h1><p>One paragraph of an article about nothing in particular, long enough to keep.</p></article></body></html>',
      }),
      '',
      JSON.stringify({ id: 'b', text: SEED_000 }),
    ].join('\n');
    const r = parallax(['extract', '--jsonl'], `${input}\n`);
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', null, 'no-text', null, 7, null, 'b']);
    expect(out[5]!.error).toBe('empty line');
    expect(out[1]!.error).toMatch(/not valid JSON/);
    expect(out[2]!.error).toMatch(/"text" or an "html"/);
    expect(out[3]!.error).toMatch(/not a JSON object/);
    expect(out[4]!.error).toBeUndefined();
    expect(out[6]!.error).toBeUndefined();
  });

  it('meets the seed expectations of the product spec', () => {
    const r = parallax(
      ['extract', '--jsonl'],
      `${JSON.stringify({ id: '003', text: SEED_003 })}\n${JSON.stringify({ id: '000', text: SEED_000 })}\n`,
    );
    const [b, a] = lines(r.stdout) as Array<Record<string, never>>;
    expect(b!.title).toBe('Lukashenko urges talks between Russia, Ukraine');
    expect(b!.byline).toBe('Olena Goncharova');
    expect(String(b!.published)).toMatch(/^2023-10-29/);
    expect(b!.outlet).toBe('The Kyiv Independent');
    expect(String(b!.text)).toMatch(/^Belarusian dictator Alexander Lukashenko said over the weekend/);
    expect(String(b!.text)).toMatch(/from countries around the globe\.$/);
    for (const bad of [
      'Subscribe',
      'indicates required',
      'ICBM',
      'Merkel',
      'Become a member',
      'News Feed',
      'Getty Images',
    ])
      expect(b!.text).not.toContain(bad);
    const removed = (b!.removed as unknown as Array<{ text: string; reason: string }>)
      .map((x) => x.text)
      .join('\n');
    for (const gone of ['Become a member', 'ICBM', 'Merkel', 'Subscribe']) expect(removed).toContain(gone);

    expect(a!.byline).toBe('Maximilian Kurz');
    expect(String(a!.published)).toMatch(/^2023-10-29/);
    expect(a!.outlet).toBeNull();
    expect(a!.section).toBe('politics');
    expect(a!.title).not.toMatch(/©|Home page|From:|date 2023/);
    expect(a!.text).not.toContain('Gavriil Grigorov');
    expect(a!.text).toContain('Minsk – Russia and Ukraine are in a stalemate');
    expect(String(a!.text)).toMatch(/joint military exercises and political agreements\.$/);
  });

  it('answers a line with a CR inside once, and reads a first line that starts with a BOM', () => {
    const input = `\uFEFF${JSON.stringify({ id: 'a', text: 'Ferry back\rThe ferry ran again.' })}\n${JSON.stringify({ id: 'b', text: 'x' })}\n`;
    const r = parallax(['extract', '--jsonl'], input);
    const answers = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.id)).toEqual(['a', 'b']);
    expect(answers[0].error).toBeUndefined();
  });

  it('refuses to run without --jsonl and explains', () => {
    const r = parallax(['extract']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/extract --jsonl/);
  });
});

describe('parallax entities, quotes, compare, cluster --jsonl', () => {
  const seedLines = (() => {
    const r = parallax(
      ['extract', '--jsonl'],
      `${JSON.stringify({ id: '000', text: SEED_000 })}\n${JSON.stringify({ id: '003', text: SEED_003 })}\n`,
    );
    return lines(r.stdout).map((o) => ({ id: String(o.id), text: String(o.text), title: String(o.title) }));
  })();

  it('entities and quotes answer each line, errors included, with exact spans', () => {
    const input = `${JSON.stringify(seedLines[1])}\nnot json\n${JSON.stringify({ id: 'x' })}\n`;
    for (const cmd of ['entities', 'quotes']) {
      const r = parallax([cmd, '--jsonl'], input);
      expect(r.status).toBe(0);
      const out = lines(r.stdout);
      expect(out.map((o) => o.id)).toEqual(['003', null, 'x']);
      expect(out[2]!.error).toMatch(/"text" string/);
      const items = out[0]![cmd] as Array<{ start: number; end: number }>;
      expect(items.length).toBeGreaterThan(0);
      const text = seedLines[1]!.text;
      for (const it of items) {
        const slice = text.slice(it.start, it.end);
        expect(slice.length).toBeGreaterThan(0);
        expect(slice).toBe(slice.trim());
        // entities start on a capital letter; quotes exclude their quotation marks
        if (cmd === 'entities') expect(slice).toMatch(/^\p{Lu}/u);
        else expect(slice).not.toMatch(/^["“”«»„]|["“”«»„]$/);
      }
    }
  });

  it('entities tags with the trained model, and a damaged or missing model is named, not a stack trace', () => {
    const text = 'Belarusian dictator Alexander Lukashenko spoke to Islamic State on Bastille Day.';
    const [ok] = lines(parallax(['entities', '--jsonl'], `${JSON.stringify({ id: 1, text })}\n`).stdout);
    const got = (ok!.entities as Array<{ start: number; end: number; type: string }>).map(
      (e) => `${text.slice(e.start, e.end)}/${e.type}`,
    );
    expect(got).toEqual([
      'Belarusian/MISC',
      'Alexander Lukashenko/PER',
      'Islamic State/ORG',
      'Bastille Day/MISC',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'parallax-model-'));
    const damaged = join(dir, 'model.json.gz');
    writeFileSync(
      damaged,
      readFileSync(join(__dirname, '..', 'models', 'ner', 'model.json.gz')).subarray(0, 4000),
    );
    for (const [file, says] of [
      [damaged, /name-tagger model .* is damaged/],
      [join(dir, 'absent.json.gz'), /cannot read the name-tagger model .*ENOENT/],
    ] as const) {
      const r = spawnSync(process.execPath, [BIN, 'entities', '--jsonl'], {
        input: `${JSON.stringify({ id: 1, text })}\n`,
        encoding: 'utf8',
        env: { ...process.env, PARALLAX_NER_MODEL: file },
      });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(says);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stdout).toBe('');
    }
  });

  it('compare groups the seeds’ shared Lukashenko quote and answers a bad story with an error', () => {
    const story = { id: 'seeds', articles: seedLines.map(({ id, text }) => ({ id, text })) };
    const r = parallax(
      ['compare', '--jsonl'],
      `${JSON.stringify(story)}\n${JSON.stringify({ id: 'bad', articles: [{ id: 1 }] })}\n`,
    );
    const [ok, bad] = lines(r.stdout) as Array<Record<string, never>>;
    const groups = ok!.quoteGroups as unknown as Array<{
      speaker: string;
      members: Array<{ article: string; start: number; end: number }>;
    }>;
    const shared = groups.filter((g) => new Set(g.members.map((m) => m.article)).size === 2);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.speaker).toMatch(/Lukashenko/);
    for (const m of shared[0]!.members) {
      const text = seedLines.find((s) => s.id === m.article)!.text;
      expect(text.slice(m.start, m.end)).toMatch(/^There are enough problems on both sides/);
    }
    expect(bad!.error).toMatch(/articles\[0\] needs a "text"/);
  });

  it('compare lists the figures the articles give differently, with qualifier and source', () => {
    // an invented story, written for this test
    const texts = {
      a: 'A lorry drove into a crowd on the seafront promenade, and at least 84 people were killed, the prosecutor said.',
      b: 'Nearly 80 people were killed when a lorry drove into a crowd on the seafront promenade.',
    };
    const story = {
      id: 's',
      articles: Object.entries(texts).map(([id, text]) => ({ id, text, outlet: id })),
    };
    const [out] = lines(parallax(['compare', '--jsonl'], `${JSON.stringify(story)}\n`).stdout) as Array<{
      claims: Array<{
        what: string;
        kind: string;
        members: Array<{
          article: 'a' | 'b';
          start: number;
          end: number;
          qualifier: string;
          source: string | null;
        }>;
      }>;
    }>;
    const killed = out!.claims.find((c) => c.what === 'killed')!;
    expect(killed.kind).toBe('difference');
    expect(
      killed.members.map((m) => [texts[m.article].slice(m.start, m.end), m.qualifier, m.source]),
    ).toEqual([
      ['at least 84', 'at least', 'the prosecutor'],
      ['Nearly 80', 'nearly', null],
    ]);
  });

  it('cluster puts the two seeds in one story and answers in input order', () => {
    const other = {
      id: 'ferry',
      title: 'Harbour ferry resumes after storm',
      text: 'The Kessel harbour ferry ran again on Saturday after repairs to the pier.',
    };
    const input = [seedLines[0], other, '{oops', seedLines[1]]
      .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)))
      .join('\n');
    const out = lines(parallax(['cluster', '--jsonl'], `${input}\n`).stdout);
    expect(out.map((o) => o.id)).toEqual(['000', 'ferry', null, '003']);
    expect(out[0]!.story).toBe(out[3]!.story);
    expect(out[1]!.story).not.toBe(out[0]!.story);
  });

  it('cluster keys articles by line: a missing or repeated id merges nothing', () => {
    const ferry = {
      title: 'Harbour ferry resumes',
      text: 'The Kessel harbour ferry ran again on Saturday after repairs to the pier.',
    };
    const chess = {
      title: 'Chess title',
      text: 'Tomas Varga won the national chess championship in Dorval on Sunday.',
    };
    const input = [ferry, { id: 'x', ...chess }, { id: 'x', ...ferry }]
      .map((x) => JSON.stringify(x))
      .join('\n');
    const out = lines(parallax(['cluster', '--jsonl'], `${input}\n`).stdout);
    expect(out.map((o) => o.id)).toEqual([null, 'x', 'x']);
    expect(out.every((o) => typeof o.story === 'string')).toBe(true);
    expect(out[1]!.story).not.toBe(out[2]!.story);
    expect(out[0]!.story).toBe(out[2]!.story);
  });
});

describe('parallax ingest', () => {
  it('builds a valid corpus in which the two seeds form one story', () => {
    const out = mkdtempSync(join(tmpdir(), 'parallax-'));
    const r = parallax(['ingest', SEEDS, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 articles in 1 story/);
    expect(r.stderr).toMatch(/\[2\/2\]/);
    const corpus = readCorpusDir(join(out));
    expect(corpus.stories).toHaveLength(1);
    expect([...corpus.stories[0]!.articleIds].sort()).toEqual([
      '000_603a60e8229c8bdb',
      '003_1a1a1ac63ae0f7f4',
    ]);
    // the card names what the seeds share, as PRODUCT.md lists it, and no stray words
    expect([...corpus.stories[0]!.sharedNames].sort()).toEqual(
      ['Alexander Lukashenko', 'BelTA', 'Belarus', 'Russia', 'Ukraine', 'Vladimir Putin'].sort(),
    );

    expect(corpus.manifest).toMatchObject({ articles: 2, stories: 1 });
    expect(corpus.catalogue.map((s) => s.id)).toEqual([corpus.stories[0]!.id]);
    expect(readArticleTable(corpus.index.articles).docs.map((d) => d.story)).toEqual([
      corpus.stories[0]!.id,
      corpus.stories[0]!.id,
    ]);
    expect(corpus.index.wordIndex.vocabulary).toContain('lukashenko');
    // Every term's postings are in the part the head says, and every part is whole.
    const postings = corpus.indexParts.flatMap(({ part }) => ('postings' in part ? part.postings : []));
    expect(postings).toHaveLength(corpus.index.wordIndex.vocabulary.length);

    const again = parallax(['ingest', SEEDS, '--out', out, '--if-changed']);
    expect(again.stdout).toMatch(/up to date/);
  });

  it('reads a library the reader exported from the app, and refuses one of a newer version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-library-'));
    const text = (f: string) => readFileSync(join(SEEDS, f), 'utf8');
    const library = (version: number) =>
      JSON.stringify({
        format: 'parallax-library',
        libraryVersion: version,
        exportedAt: '2026-12-01T00:00:00Z',
        articles: [
          {
            id: 'mine-0001',
            name: 'Pasted text',
            outlet: 'Regional Daily',
            text: text('000_603a60e8229c8bdb.txt'),
          },
          { id: 'mine-0002', name: 'kyiv.txt', text: text('003_1a1a1ac63ae0f7f4.txt') },
        ],
      });
    writeFileSync(join(dir, 'library.json'), library(1));
    const out = mkdtempSync(join(tmpdir(), 'parallax-library-out-'));
    const r = parallax(['ingest', dir, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const corpus = readCorpusDir(out);
    expect(corpus.stories).toHaveLength(1);
    expect(corpus.articles.map((a) => a.outlet).sort()).toEqual(['Regional Daily', 'The Kyiv Independent']);

    writeFileSync(join(dir, 'library.json'), library(2));
    const newer = parallax(['ingest', dir, '--out', mkdtempSync(join(tmpdir(), 'parallax-library-new-'))]);
    expect(newer.status).not.toBe(0);
    expect(newer.stderr).toMatch(
      /exported by a newer Parallax \(library version 2; this one reads version 1\)/,
    );
  });

  it('--strict writes nothing when a named path is missing', () => {
    const out = mkdtempSync(join(tmpdir(), 'parallax-strict-'));
    const r = parallax([
      'ingest',
      SEEDS,
      join(out, 'no-such-folder'),
      '--out',
      join(out, 'corpus'),
      '--strict',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/1 path\(s\) could not be used; nothing written \(--strict\)/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('skips a link to /dev/zero, a named pipe and random bytes with a message, and builds the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-bounded-'));
    copyFileSync(join(SEEDS, '003_1a1a1ac63ae0f7f4.txt'), join(dir, 'kyiv.txt'));
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    let seed = 11;
    const noise = Buffer.from(
      Array.from({ length: 5000 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return 1 + (seed % 255);
      }),
    );
    writeFileSync(join(dir, 'noise.txt'), noise);
    const out = mkdtempSync(join(tmpdir(), 'parallax-bounded-out-'));
    const r = parallax(['ingest', dir, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/zero\.txt: not a regular file/);
    expect(r.stderr).toMatch(/pipe\.txt: not a regular file/);
    expect(r.stderr).toMatch(/noise\.txt: SKIPPED — file looks binary/);
    expect(readCorpusDir(out).articles).toHaveLength(1);
  });

  it('a rebuild replaces the content-named files and removes the ones no manifest names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-rebuild-'));
    const out = join(dir, 'out');
    copyFileSync(join(SEEDS, '003_1a1a1ac63ae0f7f4.txt'), join(dir, 'kyiv.txt'));
    expect(parallax(['ingest', dir, '--out', out]).status).toBe(0);
    const first = readCorpusDir(out).manifest;
    copyFileSync(join(SEEDS, '000_603a60e8229c8bdb.txt'), join(dir, 'fr.txt'));
    expect(parallax(['ingest', dir, '--out', out, '--if-changed']).status).toBe(0);
    const second = readCorpusDir(out);
    expect(second.articles).toHaveLength(2);
    expect(second.manifest.index.file).not.toBe(first.index.file);
    const files = readdirSync(out, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'));
    const w = second.index.wordIndex;
    const named = [
      second.manifest.index,
      ...second.manifest.catalogue,
      ...second.manifest.shards,
      ...w.postingParts,
      ...w.typoParts,
    ].map((f) => f.file);
    expect(w.postingParts.length).toBeGreaterThan(0);
    expect(files.sort()).toEqual(['manifest.json', ...named].sort());
  });

  it('skips a broken file with a message naming it, and still writes the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-in-'));
    mkdirSync(join(dir, 'articles'));
    copyFileSync(join(SEEDS, '003_1a1a1ac63ae0f7f4.txt'), join(dir, 'articles', 'kyiv.txt'));
    writeFileSync(join(dir, 'articles', 'broken.json'), '{"title": "no body", ');
    writeFileSync(join(dir, 'articles', 'empty-article.json'), '{"title": "no body"}');
    const r = parallax(['ingest', join(dir, 'articles'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/broken\.json: SKIPPED — not valid JSON/);
    expect(r.stderr).toMatch(/empty-article\.json: SKIPPED — .*"text" or an "html"/);
    expect(r.stdout).toMatch(/1 articles in 1 story.*2 file\(s\) skipped/);

    const allBroken = mkdtempSync(join(tmpdir(), 'parallax-broken-'));
    writeFileSync(join(allBroken, 'only.json'), '[');
    const none = parallax(['ingest', allBroken, '--out', join(dir, 'out')]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/none of the 1 file\(s\) could be read; nothing written/);
    expect(readCorpusDir(join(dir, 'out')).articles).toHaveLength(1);

    const strict = parallax(['ingest', join(dir, 'articles'), '--out', join(dir, 'strict'), '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/nothing written/);
  });

  it('uses metadata from a sidecar .meta.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-meta-'));
    copyFileSync(join(SEEDS, '000_603a60e8229c8bdb.txt'), join(dir, 'fr.txt'));
    writeFileSync(join(dir, 'fr.meta.json'), JSON.stringify({ outlet: 'Frankfurter Rundschau' }));
    const r = parallax(['ingest', dir, '--out', join(dir, 'out')]);
    expect(r.status, r.stderr).toBe(0);
    const corpus = readCorpusDir(join(dir, 'out'));
    expect(corpus.articles.map((a) => a.outlet)).toEqual(['Frankfurter Rundschau']);
  });

  it('names a broken .meta.json as the metadata file it is, not as its article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-meta-broken-'));
    copyFileSync(join(SEEDS, '000_603a60e8229c8bdb.txt'), join(dir, 'fr.txt'));
    writeFileSync(join(dir, 'fr.meta.json'), '{"outlet": "Frankfurter');
    const r = parallax(['ingest', dir, '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/fr\.txt: SKIPPED — its metadata file fr\.meta\.json is not valid JSON/);
  });

  it('keeps the previous corpus when the new one cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-write-'));
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'a file where the output folder should be');
    const r = parallax(['ingest', SEEDS, '--out', blocker]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/could not write .*not-a-folder.*previous corpus, if any, is unchanged/);
    expect(readFileSync(blocker, 'utf8')).toBe('a file where the output folder should be');
  });

  it('says what is wrong when a path does not exist', () => {
    const r = parallax(['ingest', '/no/such/place']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such file or folder/);
  });
});
