import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { EntityMatcher } from './core/entityMatcher';
import { Glossary } from './core/glossary';
import { sectionLabel, type Transcript } from './core/model';
import type { SearchResponse } from './core/search/searchIndex';
import { CorpusIndex } from './core/corpusIndex';
import { CorruptDataError } from './core/search/store';
import { textHash } from './core/corpusCache';
import { nodeFileAccess, openCacheFiles, osCacheFolder, writeCacheFiles } from './core/nodeFiles';
import { BUILD } from './core/build';
import { TranscriptParser } from './core/parser/transcriptParser';
import { decodeTranscript } from './core/source';
import { collocates, concordance, CONCORDANCE_SORTS, keywords, trends, type StudySource } from './core/study/corpusStudy';
import { fetchPage, freeName, importTranscript } from './core/import/importTranscript';
import { BUNDLED_SOURCE, CODING_FILE_PATH, emptyProject, parseCodingFile, serializeCodingFile, type CodingProject } from './core/coding/codingProject';
import { planImport, type CorpusText } from './core/coding/importProject';
import { exportQdpx, readQdpx } from './core/coding/qdpx';

const USAGE = `Usage: diplomatic-study <command> [options]

Commands:
  parse <file> [--json]     Outline of a transcript: title, place, date, speakers, sections.
                            --json prints the structure (lines are 0-based and inclusive).
  entities <file> [--json]  The organisations and agreements a text mentions, with positions
                            (0-based line, UTF-16 character offset and length, as VS Code counts).
  glossary [--json]         The bundled glossary of organisations and agreements.
  search <query> [--corpus <dir>]... [--no-bundled] [--limit <n>] [--json]
         [--cache <dir> | --no-cache]
                            Fuzzy search over every paragraph of the bundled corpus and of each
                            --corpus folder: words in any order, all required, typo-tolerant;
                            "exact phrase", 'exact word, ^prefix, !exclude, a | b.
                            Filters: speaker:<name> (any form of the name), role:question|answer.
                            What was read is kept in a cache (default: the OS cache folder,
                            ~/.cache/diplomatic-study on Linux): the next search reads only the
                            files that changed. --no-cache reads everything and writes nothing.
  search --queries <file> [...]
                            One query per line, one JSON object per line (JSON Lines), in order.
  concordance <query> [--corpus <dir>]... [--no-bundled] [--sort <key>] [--width <n>]
         [--limit <n>] [--from <date>] [--to <date>] [--publisher <name>] [--stem] [--json]
                            Every hit of a query with the words around it (keyword in context),
                            one line each; --sort corpus (default), left1..left3, right1..right3,
                            date, speaker or transcript; --width characters either side (50).
  trends <term>... [--corpus <dir>]... [--no-bundled] [--by year|month]
         [--split speaker|publisher] [--stem] [--json]
                            Hits per million words of each term (a word, "a phrase", @entry) per
                            year or month.
  collocates <term> [--corpus <dir>]... [--no-bundled] [--window <n>] [--min <n>]
         [--sort llr|mi|tscore|together] [--limit <n>] [--stem] [--json]
                            Words that stand within ±window words (5) of a term, at least --min
                            times (3), with log-likelihood, mutual information and t-score.
  keywords --corpus <dir>... --reference <dir>... [--no-bundled] [--min <n>]
         [--sort llr|logRatio] [--limit <n>] [--stem] [--json]
                            Words the --corpus folders use more than the --reference folders
                            (the bundled corpus counts as reference), with log-likelihood and
                            log ratio.
                            These four count exact word forms in what speakers say (not titles,
                            labels or footers), case-insensitive, split into words as search
                            splits them; --stem compares stems instead.
  qdpx export --workspace <dir> --out <file.qdpx>
                            The workspace's codes and codings (.diplomatic-study/coding.json) as
                            a REFI-QDA project for ATLAS.ti, MAXQDA, NVivo, QualCoder: every coded
                            transcript as plain text, codes nested, codings as text selections.
  qdpx import <file.qdpx> --workspace <dir> [--json]
                            A REFI-QDA project into the workspace's coding file: a source whose
                            text is a transcript of the workspace (or the bundled corpus) maps onto
                            it; any other is written under coded-sources/ (never over a file).
  import <url|file.html> [--out <dir>]
                            A published page as a clean Markdown transcript with front matter,
                            written to <dir> (default: transcripts) as <date>-<slug>.md; never
                            overwrites a file. A URL is fetched on this request only.

Transcripts are .txt, .md or saved web pages (.html, .htm); a file whose content is HTML is read
as a page whatever its name.

Options:
  -h, --help              Show this help.`;

/** An error the user can act on: printed as one line, never as a stack trace. */
class UserError extends Error {}

function readTranscriptFile(file: string): { text: string; warnings: string[] } {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`cannot read '${file}': no such file; check the path`);
    throw new UserError(`cannot read '${file}': ${code ?? String(error)}; check that the file exists and is readable`);
  }
  if (stats.isDirectory()) throw new UserError(`'${file}' is a directory; give the path of a transcript file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read '${file}' (${code ?? 'unknown error'}); check its permissions`);
  }
  const decoded = decodeTranscript(bytes);
  if (!decoded.ok) throw new UserError(`'${file}' ${decoded.reason}; give a UTF-8 text or Markdown transcript`);
  return decoded;
}

function toJson(transcript: Transcript): unknown {
  return {
    title: transcript.title,
    place: transcript.place,
    date: transcript.date,
    sourceUrl: transcript.sourceUrl,
    language: transcript.language,
    speakers: transcript.speakers,
    lineCount: transcript.lineCount,
    sections: transcript.sections.map((s) => ({
      kind: s.kind,
      label: s.label,
      speaker: s.speaker,
      number: s.number,
      range: s.range,
      turns: s.turns.map((t) => ({ role: t.role, speaker: t.speaker, label: t.label, range: t.range, paragraphs: t.paragraphs })),
    })),
  };
}

function lines(range: { start: number; end: number }): string {
  return range.start === range.end ? `line ${range.start + 1}` : `lines ${range.start + 1}–${range.end + 1}`;
}

function outline(transcript: Transcript): string {
  const out = [transcript.title];
  out.push([transcript.place ?? 'place unknown', transcript.date ?? 'date unknown'].join(' · '));
  out.push(`Speakers: ${transcript.speakers.join(', ') || 'none named'}`);
  out.push(`(line numbers as the editor shows them, from 1)`, '');
  for (const section of transcript.sections) {
    const paragraphs = section.turns.reduce((n, t) => n + t.paragraphs.length, 0);
    const head = section.kind === 'opening' ? `${section.label} — ${section.speaker ?? 'unnamed'}` : sectionLabel(section);
    out.push(`${head}  (${lines(section.range)}, ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'})`);
    if (section.kind === 'exchange') {
      for (const turn of section.turns) out.push(`    ${turn.role.padEnd(8)} ${(turn.speaker ?? '—').padEnd(24)} ${lines(turn.range)}`);
    }
  }
  return out.join('\n');
}

/** The glossary that ships beside the bundle (dist/../corpus). */
function loadGlossary(): Glossary {
  const file = join(__dirname, '..', 'corpus', 'glossary.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`cannot read the bundled glossary '${file}' (${(error as Error).message}); reinstall the package`);
  }
  return Glossary.fromData(data).glossary;
}

function runEntities(positionals: string[], json: boolean): void {
  const file = positionals[0];
  if (!file) throw new UserError('entities needs a file: diplomatic-study entities <file> [--json]');
  const { text, warnings } = readTranscriptFile(file);
  for (const warning of warnings) process.stderr.write(`warning: '${file}' ${warning}\n`);
  const glossary = loadGlossary();
  const mentions = new EntityMatcher(glossary.entries).matchText(text).map((m) => {
    const entry = glossary.get(m.entryId)!;
    return { id: entry.id, name: entry.name, aliases: entry.aliases, text: m.text, line: m.line, character: m.start, length: m.end - m.start };
  });
  if (json) {
    process.stdout.write(JSON.stringify({ mentions }, null, 2) + '\n');
    return;
  }
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  process.stdout.write(rows.map(([name, n]) => `${String(n).padStart(4)}  ${name}`).join('\n') + (rows.length ? '\n' : 'no organisations or agreements found\n'));
}

function runGlossary(json: boolean): void {
  const glossary = loadGlossary();
  if (json) {
    process.stdout.write(JSON.stringify({ entries: glossary.entries }, null, 2) + '\n');
    return;
  }
  process.stdout.write(glossary.entries.map((e) => `${e.id.padEnd(36)} ${e.kind.padEnd(13)} ${e.name}`).join('\n') + '\n');
}

const TRANSCRIPT_FILE = /\.(?:txt|md|markdown|html?)$/i;

/** Every transcript file under a folder, skipping hidden folders and node_modules. */
function transcriptFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      process.stderr.write(`diplomatic-study: cannot read folder '${folder}' (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped\n`);
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && TRANSCRIPT_FILE.test(entry.name)) files.push(path);
    }
  };
  walk(dir);
  return files;
}

/** The cache file of one set of corpus folders, in the cache folder. */
function cacheFileOf(dir: string, folders: string[]): string {
  return join(dir, `corpus-${textHash(JSON.stringify(folders.map((f) => resolve(f))))}.bin`);
}

/**
 * Reads every transcript of the folders into a corpus index: from the cache where a file is
 * unchanged, from disk otherwise; a file that cannot be read costs one line on stderr, not the run.
 * With `mentions` (a query names an organisation), each paragraph learns the entries it names.
 */
function loadCorpus(folders: string[], glossary: Glossary, matcher: EntityMatcher, mentions: boolean, cacheDir: string | null, readCache = true): CorpusIndex {
  const corpus = new CorpusIndex({ mentions, display: false, build: BUILD });
  corpus.setGlossary(glossary.entries, undefined, matcher);
  const cacheFile = cacheDir === null ? null : cacheFileOf(cacheDir, folders);
  const cache = cacheFile && readCache ? openCacheFiles(cacheFile) : undefined;
  if (cacheFile && cache) {
    corpus.openCache(cache.main, cache.texts);
    if (corpus.cacheProblem) process.stderr.write(`diplomatic-study: the cache file '${cacheFile}' could not be used (${corpus.cacheProblem}); it is rebuilt\n`);
  }
  const files = folders.flatMap((folder) => transcriptFiles(folder)).map((path) => ({ file: resolve(path), path, fileName: path }));
  const results = corpus.loadFiles(files, nodeFileAccess);
  for (const result of results) {
    const shown = displayPath(result.file);
    if ('skipped' in result) process.stderr.write(`diplomatic-study: '${shown}' ${result.skipped}; skipped\n`);
    else for (const warning of result.warnings) process.stderr.write(`warning: '${shown}' ${warning}\n`);
  }
  if (cacheFile && corpus.changedSinceCache) {
    try {
      writeCacheFiles(cacheFile, corpus.cacheBytes());
    } catch (error) {
      process.stderr.write(`diplomatic-study: cannot write the cache '${cacheFile}' (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); --no-cache skips it\n`);
    }
  }
  return corpus;
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

interface SearchFlags {
  corpus?: string[];
  'no-bundled'?: boolean;
  cache?: string;
  'no-cache'?: boolean;
  limit?: string;
  queries?: string;
  json?: boolean;
}

function searchJson(response: SearchResponse): unknown {
  return {
    query: response.query,
    total: response.total,
    results: response.results.map((h) => ({
      file: displayPath(h.file),
      transcript: h.transcript,
      section: h.section,
      line: h.line,
      score: h.score,
      snippet: h.snippet,
      speaker: h.speaker,
      role: h.role,
      place: h.place,
      date: h.date,
      endLine: h.endLine,
    })),
  };
}

async function runSearch(positionals: string[], flags: SearchFlags): Promise<void> {
  const limit = flags.limit === undefined ? 20 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UserError(`--limit takes a whole number above 0, not '${flags.limit}'`);
  let queries: string[];
  if (flags.queries !== undefined) {
    queries = readTranscriptFile(flags.queries).text.split(/\r?\n/).filter((q) => q.trim() !== '');
  } else {
    const query = positionals.join(' ').trim();
    if (!query) throw new UserError('search needs a query: diplomatic-study search <query> [--corpus <dir>] [--json]');
    queries = [query];
  }
  const folders = [...(flags['no-bundled'] ? [] : [join(__dirname, '..', 'corpus', 'transcripts')]), ...(flags.corpus ?? [])];
  checkFolders('corpus', flags.corpus ?? []);
  // Matching every transcript costs time: only when a query names an organisation or agreement.
  const glossary = loadGlossary();
  const glossaryMatcher = new EntityMatcher(glossary.entries);
  const namesEntity = queries.some((q) => /(?:^|\s)@[a-z0-9]/i.test(q) || glossaryMatcher.matchLine(q).length > 0);
  const cacheDir = flags['no-cache'] ? null : (flags.cache ?? osCacheFolder());
  let corpus = loadCorpus(folders, glossary, glossaryMatcher, namesEntity, cacheDir);
  if (corpus.size === 0) throw new UserError('no transcript could be read; check the --corpus folders');
  const search = (query: string): SearchResponse => {
    try {
      return corpus.search(query, { limit });
    } catch (error) {
      // Cached texts are checked as they are read: a damaged chunk means reading the corpus again.
      if (!(error instanceof CorruptDataError)) throw error;
      process.stderr.write(`diplomatic-study: the cache could not be used (${error.message}); it is rebuilt\n`);
      corpus = loadCorpus(folders, glossary, glossaryMatcher, namesEntity, cacheDir, false);
      return corpus.search(query, { limit });
    }
  };
  for (const query of queries) {
    const response = search(query);
    if (flags.queries !== undefined) process.stdout.write(JSON.stringify(searchJson(response)) + '\n');
    else if (flags.json) process.stdout.write(JSON.stringify(searchJson(response), null, 2) + '\n');
    else {
      const out = [`${response.total} paragraph${response.total === 1 ? '' : 's'} match "${query}"${response.total > limit ? `; the best ${limit}:` : ''}`];
      for (const h of response.results) {
        out.push(`${displayPath(h.file)}:${h.line + 1}  ${h.section}${h.speaker ? ' — ' + h.speaker : ''}  (${h.score})`, `    ${h.snippet}`);
      }
      process.stdout.write(out.join('\n') + '\n');
    }
  }
}

interface StudyFlags extends SearchFlags {
  sort?: string;
  width?: string;
  by?: string;
  split?: string;
  window?: string;
  min?: string;
  reference?: string[];
  stem?: boolean;
  from?: string;
  to?: string;
  publisher?: string;
}

function wholeNumber(flag: string, value: string | undefined, fallback: number | undefined, least = 1): number | undefined {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < least) throw new UserError(`--${flag} takes a whole number of at least ${least}, not '${value}'`);
  return n;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw new UserError(`--${flag} takes one of ${allowed.join(', ')}, not '${value}'`);
  return value as T;
}

function checkFolders(flag: string, folders: string[]): void {
  for (const folder of folders) {
    let isDir = false;
    try {
      isDir = statSync(folder).isDirectory();
    } catch {
      throw new UserError(`--${flag} '${folder}' does not exist; give a folder of transcripts`);
    }
    if (!isDir) throw new UserError(`--${flag} '${folder}' is not a folder; give a folder of transcripts`);
  }
}

/** Concordance, trends, collocates and keywords: the corpus read as search reads it, then studied. */
function runStudy(command: 'concordance' | 'trends' | 'collocates' | 'keywords', positionals: string[], flags: StudyFlags): void {
  const json = flags.json ?? false;
  const targets = flags.corpus ?? [];
  const references = flags.reference ?? [];
  checkFolders('corpus', targets);
  checkFolders('reference', references);
  if (command === 'keywords' && (targets.length === 0 || references.length === 0)) throw new UserError('keywords compares folders: diplomatic-study keywords --corpus <target>... --reference <dir>...');
  if (command !== 'keywords' && positionals.length === 0) throw new UserError(`${command} needs ${command === 'trends' ? 'one or more terms' : 'a query'}: run 'diplomatic-study --help'`);
  const bundled = join(__dirname, '..', 'corpus', 'transcripts');
  const folders = [...(flags['no-bundled'] ? [] : [bundled]), ...targets, ...references];
  const glossary = loadGlossary();
  const matcher = new EntityMatcher(glossary.entries);
  const terms = command === 'trends' ? positionals : [positionals.join(' ')];
  const namesEntity = terms.some((t) => /(?:^|\s|!)@[a-z0-9]/i.test(t));
  const cacheDir = flags['no-cache'] ? null : (flags.cache ?? osCacheFolder());
  const stem = flags.stem ?? false;
  const study = <T>(run: (source: StudySource) => T): T => {
    let corpus = loadCorpus(folders, glossary, matcher, namesEntity, cacheDir);
    if (corpus.size === 0) throw new UserError('no transcript could be read; check the --corpus folders');
    // The corpus's own view for studies: files read again through Node's fs, its folder as a publisher where the text names none.
    const sourceOf = (c: CorpusIndex): StudySource => c.studySource(nodeFileAccess);
    try {
      return run(sourceOf(corpus));
    } catch (error) {
      if (error instanceof RangeError) throw new UserError(error.message);
      if (!(error instanceof CorruptDataError)) throw error;
      process.stderr.write(`diplomatic-study: the cache could not be used (${error.message}); it is rebuilt\n`);
      corpus = loadCorpus(folders, glossary, matcher, namesEntity, cacheDir, false);
      return run(sourceOf(corpus));
    }
  };
  const print = (value: unknown, text: () => string) => process.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : text() + '\n');
  switch (command) {
    case 'concordance': {
      const result = study((source) =>
        concordance(source, terms[0], {
          stem,
          sort: oneOf('sort', flags.sort, CONCORDANCE_SORTS),
          width: wholeNumber('width', flags.width, 50, 0),
          limit: wholeNumber('limit', flags.limit, undefined),
          from: flags.from,
          to: flags.to,
          publisher: flags.publisher,
        }),
      );
      for (const file of result.unreadable) process.stderr.write(`diplomatic-study: '${displayPath(file)}' could not be read again; its hits are left out\n`);
      const lines = result.lines.map(({ leftWords: _l, rightWords: _r, ...line }) => ({ ...line, file: displayPath(line.file) }));
      print({ query: result.query, total: result.total, lines }, () => {
        const width = Math.max(0, ...lines.map((l) => l.left.length));
        return [`${result.total} hit${result.total === 1 ? '' : 's'} of "${result.query}"${lines.length < result.total ? `; the first ${lines.length}:` : ''}`, ...lines.map((l) => `${l.left.padStart(width)} [${l.match}] ${l.right}    ${l.file}:${l.line + 1}:${l.character + 1}`)].join('\n');
      });
      return;
    }
    case 'trends': {
      const result = study((source) => trends(source, terms, { stem, by: oneOf('by', flags.by, ['year', 'month'] as const), split: oneOf('split', flags.split, ['speaker', 'publisher'] as const) }));
      print(result, () =>
        result.series
          .map((s) => [`${s.term}${s.group ? ` (${s.group})` : ''}: ${s.hits} hits in ${s.words.toLocaleString('en')} words${s.undated.hits ? `; ${s.undated.hits} more in undated transcripts` : ''}`, ...s.buckets.map((b) => `  ${b.period.padEnd(8)} ${String(b.hits).padStart(6)} hits ${b.words.toLocaleString('en').padStart(12)} words ${b.perMillion.toFixed(2).padStart(10)} per million`)].join('\n'))
          .join('\n'),
      );
      return;
    }
    case 'collocates': {
      const result = study((source) =>
        collocates(source, terms[0], {
          stem,
          window: wholeNumber('window', flags.window, 5),
          min: wholeNumber('min', flags.min, 3),
          sort: oneOf('sort', flags.sort, ['llr', 'mi', 'tscore', 'together'] as const),
          limit: wholeNumber('limit', flags.limit, undefined),
        }),
      );
      print(result, () => [`Collocates of "${result.node}" (${result.nodeFrequency} hits, ${result.corpusWords.toLocaleString('en')} words)`, `${'word'.padEnd(24)} together     LL       MI  t-score`, ...result.collocates.slice(0, flags.limit ? undefined : 40).map((c) => `${c.word.padEnd(24)} ${String(c.together).padStart(8)} ${c.llr.toFixed(2).padStart(8)} ${c.mi.toFixed(2).padStart(8)} ${c.tscore.toFixed(2).padStart(8)}`)].join('\n'));
      return;
    }
    case 'keywords': {
      const targetFolders = targets.map((f) => resolve(f) + sep);
      const referenceFolders = [...references.map((f) => resolve(f) + sep), ...(flags['no-bundled'] ? [] : [resolve(bundled) + sep])];
      const inAny = (list: string[], file: string) => list.some((f) => file.startsWith(f));
      const result = study((source) =>
        keywords(source, { target: (p) => inAny(targetFolders, p.file), reference: (p) => inAny(referenceFolders, p.file) }, { stem, min: wholeNumber('min', flags.min, 2), sort: oneOf('sort', flags.sort, ['llr', 'logRatio'] as const), limit: wholeNumber('limit', flags.limit, undefined) }),
      );
      print(result, () => [`Keywords of ${targets.join(', ')} (${result.targetWords.toLocaleString('en')} words) against ${references.join(', ')} (${result.referenceWords.toLocaleString('en')} words)`, `${'word'.padEnd(24)}   target reference       LL  log ratio`, ...result.keywords.slice(0, flags.limit ? undefined : 40).map((k) => `${k.word.padEnd(24)} ${String(k.target).padStart(8)} ${String(k.reference).padStart(9)} ${k.llr.toFixed(2).padStart(8)} ${k.logRatio.toFixed(2).padStart(10)}`)].join('\n'));
      return;
    }
  }
}

async function runImport(positionals: string[], out: string | undefined): Promise<void> {
  const source = positionals[0];
  if (!source) throw new UserError('import needs a web address or a saved page: diplomatic-study import <url|file.html> [--out <dir>]');
  let text: string;
  let sourceUrl: string | null = null;
  if (/^https?:\/\//i.test(source)) {
    const page = await fetchPage(source);
    if (!page.ok) throw new UserError(page.reason);
    text = page.text;
    sourceUrl = page.url;
  } else {
    const read = readTranscriptFile(source);
    for (const warning of read.warnings) process.stderr.write(`warning: '${source}' ${warning}\n`);
    text = read.text;
  }
  const imported = importTranscript(text, { sourceUrl, retrieved: new Date().toISOString().slice(0, 10), fileName: source });
  if (imported.transcript.sections.length === 0) throw new UserError(`'${source}' has no transcript text that could be read; nothing was written`);
  const dir = out ?? 'transcripts';
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create folder '${dir}' (${(error as NodeJS.ErrnoException).code ?? 'error'}); choose another with --out`);
  }
  const name = freeName(imported.fileName, (n) => existsSync(join(dir, n)));
  // 'wx' fails rather than overwrite, should the name be taken between the check and the write.
  writeFileSync(join(dir, name), imported.markdown, { flag: 'wx' });
  const t = imported.transcript;
  process.stdout.write(`${join(dir, name)}\n  ${t.title}\n  ${[t.place ?? 'place unknown', t.date ?? 'date unknown'].join(' · ')} · ${t.sections.filter((s) => s.kind === 'exchange').length} questions · ${t.speakers.join(', ') || 'no speakers named'}\n`);
}

/** The extension's own folder (the bundled corpus is under it): dist/.. */
const EXTENSION_ROOT = join(__dirname, '..');

/** The workspace's coding file; `forWriting`: one with problems is not written over (what it holds would be lost). */
function readCodingFile(workspace: string, forWriting = false): { project: CodingProject; path: string } {
  const path = join(workspace, CODING_FILE_PATH);
  if (!existsSync(path)) return { project: emptyProject(), path };
  const { project, problems } = parseCodingFile(readFileSync(path, 'utf8'));
  for (const p of problems) process.stderr.write(`warning: ${path}${p.path ? ` (${p.path})` : ''}: ${p.message}\n`);
  if (forWriting && problems.length) throw new UserError(`${path} has problems (above); fix them first, so that nothing of it is lost (nothing was changed)`);
  return { project, path };
}

/** Where a coding's transcript is on disk. */
function sourceFile(workspace: string, source: string): string {
  return source.startsWith(BUNDLED_SOURCE) ? join(EXTENSION_ROOT, source.slice(BUNDLED_SOURCE.length)) : join(workspace, source);
}

/** The workspace's transcripts and the bundled ones, for an import to map its sources onto. */
function corpusTexts(workspace: string): CorpusText[] {
  const texts: CorpusText[] = [];
  const add = (file: string, source: string) => {
    try {
      const decoded = decodeTranscript(readFileSync(file));
      if (decoded.ok) texts.push({ source, text: decoded.text });
    } catch {
      // An unreadable file is no match.
    }
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const file = join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(?:txt|md|markdown|html?)$/i.test(entry.name)) add(file, relative(workspace, file).split(sep).join('/'));
    }
  };
  walk(workspace);
  const bundled = join(EXTENSION_ROOT, 'corpus', 'transcripts');
  if (existsSync(bundled)) for (const name of readdirSync(bundled)) add(join(bundled, name), `${BUNDLED_SOURCE}corpus/transcripts/${name}`);
  return texts;
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
function writeAtomically(path: string, data: string | Uint8Array): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

function runQdpx(positionals: string[], flags: { workspace?: string; out?: string; json?: boolean }): void {
  const [action, file] = positionals;
  const workspace = flags.workspace;
  if (!workspace) throw new UserError('qdpx needs --workspace <dir>: the folder whose .diplomatic-study/coding.json is read or written');
  checkFolders('workspace', [workspace]);
  if (action === 'export') {
    if (!flags.out) throw new UserError('qdpx export needs --out <file.qdpx>');
    const { project } = readCodingFile(workspace);
    const sources = [...new Set(project.codings.map((c) => c.source))].flatMap((source) => {
      const path = sourceFile(workspace, source);
      try {
        const decoded = decodeTranscript(readFileSync(path));
        if (decoded.ok) return [{ source, name: source.split('/').pop() ?? source, text: decoded.text }];
      } catch {
        // Reported below.
      }
      process.stderr.write(`warning: ${source} cannot be read; its codings are left out\n`);
      return [];
    });
    const bytes = exportQdpx(project, sources, { name: project.name ?? (resolve(workspace).split(sep).pop() || 'Diplomatic Study project') });
    writeAtomically(flags.out, bytes);
    const exported = project.codings.filter((c) => sources.some((s) => s.source === c.source)).length;
    process.stdout.write(flags.json ? `${JSON.stringify({ out: flags.out, codes: project.codes.length, codings: exported, sources: sources.length })}\n` : `${flags.out}: ${project.codes.length} codes, ${exported} codings in ${sources.length} transcripts\n`);
    return;
  }
  if (action === 'import') {
    if (!file) throw new UserError('qdpx import needs a file: diplomatic-study qdpx import <file.qdpx> --workspace <dir>');
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new UserError(`cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    let imported;
    try {
      imported = readQdpx(bytes);
    } catch (error) {
      throw new UserError(`'${file}' is ${(error as Error).message}`);
    }
    const { project, path } = readCodingFile(workspace, true);
    const plan = planImport(project, imported, corpusTexts(workspace), (p) => existsSync(join(workspace, p)));
    for (const created of plan.newFiles) {
      const target = join(workspace, created.path);
      if (existsSync(target)) throw new UserError(`${target} appeared meanwhile; nothing was changed`);
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, created.text, { flag: 'wx' });
    }
    writeAtomically(path, serializeCodingFile(plan.project));
    if (flags.json) process.stdout.write(`${JSON.stringify({ project: imported.name, codes: imported.codes.length, added: plan.added, sources: plan.sources, unmapped: plan.unmapped })}\n`);
    else {
      process.stdout.write(`${imported.name}: ${imported.codes.length} codes, ${plan.added} codings added to ${path}\n`);
      for (const s of plan.sources) process.stdout.write(`  ${s.name} → ${s.source}${s.created ? ' (new transcript)' : ''}: ${s.codings} codings\n`);
      for (const u of plan.unmapped) process.stdout.write(`  not imported: ${u}\n`);
    }
    return;
  }
  throw new UserError(`qdpx takes export or import, not '${action ?? ''}': diplomatic-study qdpx export --workspace <dir> --out <file.qdpx>`);
}

function runParse(positionals: string[], json: boolean): void {
  const file = positionals[0];
  if (!file) throw new UserError('parse needs a file: diplomatic-study parse <file> [--json]');
  const { text, warnings } = readTranscriptFile(file);
  for (const warning of warnings) process.stderr.write(`warning: '${file}' ${warning}\n`);
  const transcript = new TranscriptParser().parse(text, { fileName: file });
  process.stdout.write((json ? JSON.stringify(toJson(transcript), null, 2) : outline(transcript)) + '\n');
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        corpus: { type: 'string', multiple: true },
        'no-bundled': { type: 'boolean', default: false },
        limit: { type: 'string' },
        queries: { type: 'string' },
        out: { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        sort: { type: 'string' },
        width: { type: 'string' },
        by: { type: 'string' },
        split: { type: 'string' },
        window: { type: 'string' },
        min: { type: 'string' },
        reference: { type: 'string', multiple: true },
        stem: { type: 'boolean', default: false },
        from: { type: 'string' },
        to: { type: 'string' },
        publisher: { type: 'string' },
        workspace: { type: 'string' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      process.stdout.write(USAGE + '\n');
      return values.help ? 0 : 2;
    }
    switch (command) {
      case 'parse':
        runParse(rest, values.json);
        return 0;
      case 'entities':
        runEntities(rest, values.json);
        return 0;
      case 'glossary':
        runGlossary(values.json);
        return 0;
      case 'search':
        await runSearch(rest, values);
        return 0;
      case 'import':
        await runImport(rest, values.out);
        return 0;
      case 'concordance':
      case 'trends':
      case 'collocates':
      case 'keywords':
        runStudy(command, rest, values);
        return 0;
      case 'qdpx':
        runQdpx(rest, values);
        return 0;
      default:
        throw new UserError(`unknown command '${command}'; run 'diplomatic-study --help' for the commands`);
    }
  } catch (error) {
    const message = error instanceof UserError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ? (error as Error).message
      : `unexpected failure: ${(error as Error).message ?? String(error)}`;
    process.stderr.write(`diplomatic-study: ${message}\n`);
    return error instanceof UserError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}

// Piped into `head`, the reader goes away early: that is the end of the output, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
