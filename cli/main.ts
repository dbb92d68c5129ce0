/**
 * The `parallax` command: argument parsing and dispatch only; the work is in the commands,
 * which call the same core as the browser app.
 */

import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { defaultJobs } from './analyse-files';
import { runEntities, runQuotes } from './commands/analyse';
import { runCluster } from './commands/cluster';
import { runCompare } from './commands/compare';
import { runExtract } from './commands/extract';
import { runIngest } from './commands/ingest';

declare const __PARALLAX_VERSION__: string;
const VERSION = typeof __PARALLAX_VERSION__ === 'string' ? __PARALLAX_VERSION__ : 'dev';

const HELP = `parallax ${VERSION} — compare how outlets tell one news story

usage:
  parallax ingest PATH… [--out DIR] [--if-changed] [--strict] [--jobs N] [--cache DIR | --no-cache]
      Read .txt, .html and .json articles (files or folders; NAME.meta.json beside a file
      adds metadata), group them into stories, build the search index and write the corpus
      files into DIR (default: public/corpus): manifest.json, the index, the story catalogue
      and story shards. --if-changed skips the work when no input changed; --strict writes
      nothing if any file cannot be read.
  parallax extract --jsonl
      stdin: {"id", "text"} or {"id", "html"} per line; stdout per line:
      {"id", "title", "byline", "outlet", "published", "section", "text", "removed": [{"text", "reason"}]}

  parallax entities --jsonl
      stdin: {"id", "text"}; stdout: {"id", "entities": [{"start", "end", "type", "name"}]}
      (type PER, LOC, ORG or MISC; name = the canonical name, aliases merged)
  parallax quotes --jsonl
      stdin: {"id", "text"}; stdout: {"id", "quotes": [{"start", "end", "speaker", "kind"}]}
      (the span excludes the quotation marks; speaker = a resolved name or null)

  parallax compare --jsonl
      stdin: {"id", "articles": [{"id", "text", "outlet"?}]} (one story); stdout: {"id",
      "quoteGroups", "entityGroups", "passages", "claims", "incomplete"}, every link with its
      score or reason; claims: [{"what", "kind": "difference"|"shared", "members": [{"article",
      "start", "end", "value", "qualifier", "source"}]}]
  parallax cluster --jsonl
      stdin: {"id", "title", "text", "date"?}; stdout: {"id", "story"} once stdin closes
      (articles with the same story form one story)

  parallax --help | --version

Streaming commands answer one JSON line per input line; a bad line gets {"id", "error"} and
the stream goes on. Logs go to stderr.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    console.log(HELP);
    return cmd ? 0 : 1;
  }
  if (cmd === '--version' || cmd === '-v') {
    console.log(VERSION);
    return 0;
  }
  switch (cmd) {
    case 'extract':
      if (!rest.includes('--jsonl')) return usage('extract reads JSON lines: run `parallax extract --jsonl`');
      return runExtract();
    case 'entities':
      if (!rest.includes('--jsonl'))
        return usage('entities reads JSON lines: run `parallax entities --jsonl`');
      return runEntities();
    case 'quotes':
      if (!rest.includes('--jsonl')) return usage('quotes reads JSON lines: run `parallax quotes --jsonl`');
      return runQuotes();
    case 'compare':
      if (!rest.includes('--jsonl')) return usage('compare reads JSON lines: run `parallax compare --jsonl`');
      return runCompare();
    case 'cluster':
      if (!rest.includes('--jsonl')) return usage('cluster reads JSON lines: run `parallax cluster --jsonl`');
      return runCluster();
    case 'ingest':
      return ingest(rest);
    default:
      return usage(`unknown command "${cmd}"`);
  }
}

function ingest(args: readonly string[]): Promise<number> | number {
  const paths: string[] = [];
  let out = 'public/corpus';
  let ifChanged = false;
  let strict = false;
  let jobs = defaultJobs();
  let cache: string | null = defaultCache();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--out') {
      const v = args[++i];
      if (!v) return usage('--out needs a folder');
      out = v;
    } else if (a === '--jobs') {
      const v = Number(args[++i]);
      if (!Number.isInteger(v) || v < 1)
        return usage('--jobs needs a whole number of worker threads, 1 or more');
      jobs = v;
    } else if (a === '--cache') {
      const v = args[++i];
      if (!v) return usage('--cache needs a folder');
      cache = v;
    } else if (a === '--no-cache') cache = null;
    else if (a === '--if-changed') ifChanged = true;
    else if (a === '--strict') strict = true;
    else if (a.startsWith('--')) return usage(`unknown option ${a}`);
    else paths.push(a);
  }
  if (!paths.length) return usage('ingest needs at least one file or folder');
  return runIngest({ paths, out, ifChanged, strict, jobs, cache, generator: `parallax ${VERSION}` });
}

/**
 * Where analyses are cached: beside the project's packages when run in one (as `npm run
 * corpus` is), else the user's cache folder, never a new node_modules in a stranger's folder.
 */
function defaultCache(): string {
  if (existsSync('node_modules')) return join('node_modules', '.cache', 'parallax', 'ingest');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'parallax', 'ingest');
}

function usage(message: string): number {
  process.stderr.write(`parallax: ${message}\nRun \`parallax --help\` for usage.\n`);
  return 2;
}
