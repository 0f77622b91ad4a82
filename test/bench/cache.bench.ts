// Cold and warm: how long the first search takes with nothing cached, with the cache present, and
// after one file changed, over folders of real transcript text on disk; and the CLI end to end
// over 2,000 transcripts (54 MB), as issue 14 measures it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { nodeFileAccess, openCacheFiles, writeCacheFiles } from '../../src/core/nodeFiles';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { bestMs } from './stats';

export interface CacheBenchRow {
  label: string;
  files: number;
  paragraphs: number;
  megabytes: number;
  coldMs: number;
  warmMs: number;
  changedMs: number;
  /** Reading, parsing and indexing, as the cold first search does them. */
  loadMbPerS: number;
  /** The transcript parser alone, the texts already in memory (best of three passes). */
  parseMbPerS: number;
  heapMb: number;
  /** The index worker's largest heap, and its process's peak resident memory, as it read the folder cold (see `workerPeak`). */
  workerPeak: { heapMb: number; rssMb: number };
  cacheMb: number;
}

/**
 * A folder of transcripts made from real ones (the seed and the English texts of the development
 * corpus), each with words of its own so that vocabularies differ: `paragraphs` in all, split into
 * `files` files. `longer`: each paragraph after a file's first gets that share of its length again,
 * from another paragraph (the seed's paragraphs are shorter than most: 104,000 of them make 39 MB,
 * where the corpus of as many made 54 MB).
 */
export function transcriptFolder(root: string, files: number, paragraphs: number, longer = 0): string {
  const dir = mkdtempSync(join(root, 'corpus-'));
  const repo = join(__dirname, '..', '..', '..');
  const seed = readFileSync(join(repo, 'corpus', 'transcripts', '2025-07-11-lavrov-kuala-lumpur.txt'), 'utf8').split('\n');
  const head = seed.slice(0, 3);
  const body = seed.slice(3).filter((l) => l.trim() !== '' && !/Telegram|^Photo/.test(l));
  const perFile = Math.max(1, Math.round(paragraphs / files));
  let at = 0;
  for (let f = 0; f < files; f++) {
    const lines = [...head];
    for (let p = 0; p < perFile; p++) {
      const line = body[at++ % body.length];
      // Words of its own per file and paragraph: a vocabulary that grows with the corpus, as real ones do.
      const more = longer > 0 ? ' ' + body[(at * 7) % body.length].slice(0, Math.floor(line.length * longer)).replace(/\s+\S*$/, '') : '';
      lines.push(p === 0 ? line : `${line}${more} term${f % 5000}x${p % 40}`);
    }
    writeFileSync(join(dir, `t${String(f).padStart(5, '0')}.txt`), lines.join('\n') + '\n');
  }
  return dir;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function firstSearch(dir: string, cache: string | null): { ms: number; loadMs: number; paragraphs: number; heap: number } {
  const started = performance.now();
  const corpus = new CorpusIndex({ mentions: false, display: false });
  const opened = cache ? openCacheFiles(cache) : undefined;
  if (opened) corpus.openCache(opened.main, opened.texts);
  const files = readdirSync(dir).map((name) => ({ file: join(dir, name), path: join(dir, name), fileName: name }));
  corpus.loadFiles(files, nodeFileAccess);
  const loadMs = performance.now() - started;
  const index = corpus.searchIndex();
  index.search('Aftonbladt', { limit: 20 });
  const ms = performance.now() - started;
  const heap = heapMb();
  if (cache && corpus.changedSinceCache) writeCacheFiles(cache, corpus.cacheBytes());
  opened?.close();
  return { ms, loadMs, paragraphs: index.paragraphCount, heap };
}

/**
 * The extension's index worker reading a folder cold (every file, with the bundled glossary, its
 * mentions and what the editor shows), answering a search and writing its cache, in a process of
 * its own: the largest its heap grew (the most that any collection of the worker's isolate found
 * when it began, garbage included, as V8's `--trace-gc` log says) and the process's peak resident
 * memory (Node itself, both threads, and the typed arrays that the heap's figures leave out), in MB.
 */
export function workerPeak(dir: string): { heapMb: number; rssMb: number } {
  const repo = join(__dirname, '..', '..', '..');
  const result = spawnSync(process.execPath, ['--trace-gc', join(__dirname, 'workerHeapChild.js'), dir, repo], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`the worker heap run failed: ${result.stderr}`);
  const peaks = new Map<string, number>();
  // "[pid:isolate]  1419 ms: Scavenge 58.0 (74.8) -> 56.3 (120.8) MB, …", "Mark-Compact (reduce) …".
  for (const m of result.stdout.matchAll(/^\[\d+:([^\]]+)\]\s+[\d.]+ ms: \D+? ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/gm)) {
    peaks.set(m[1], Math.max(peaks.get(m[1]) ?? 0, Number(m[2]), Number(m[3])));
  }
  if (peaks.size === 0) throw new Error('the worker heap run logged no collection: is --trace-gc still printed as "[pid:isolate] N ms: Kind A (B) -> C (D) MB"?');
  const rss = /peak resident memory: (\d+) MB/.exec(result.stderr);
  if (!rss) throw new Error(`the worker heap run did not say its resident memory: ${result.stderr}`);
  // The worker's isolate holds the corpus; the main thread's only passes messages.
  return { heapMb: Math.max(...peaks.values()), rssMb: Number(rss[1]) };
}

/** The parser alone over a folder's texts, read beforehand: the best of three passes, in ms. */
function parseOnlyMs(dir: string): number {
  const texts = readdirSync(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const parser = new TranscriptParser();
  return bestMs(3, () => {
    for (const { name, text } of texts) parser.parse(text, { fileName: name });
  });
}

export function runCacheBench(label: string, files: number, paragraphs: number): CacheBenchRow {
  const root = mkdtempSync(join(tmpdir(), 'ds-bench-'));
  try {
    const dir = transcriptFolder(root, files, paragraphs);
    const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const before = heapMb();
    const cold = firstSearch(dir, null);
    const cacheDir = join(root, 'cache');
    mkdirSync(cacheDir);
    const cache = join(cacheDir, 'corpus.bin');
    firstSearch(dir, cache);
    const warm = Math.min(...[0, 1, 2].map(() => firstSearch(dir, cache).ms));
    const one = join(dir, readdirSync(dir)[Math.floor(files / 2)]);
    writeFileSync(one, readFileSync(one, 'utf8') + 'A paragraph added later about zeppelins.\n');
    const changed = firstSearch(dir, cache).ms;
    return {
      label,
      files,
      paragraphs: cold.paragraphs,
      megabytes: bytes / 1024 / 1024,
      coldMs: cold.ms,
      warmMs: warm,
      changedMs: changed,
      loadMbPerS: bytes / 1024 / 1024 / (cold.loadMs / 1000),
      parseMbPerS: bytes / 1024 / 1024 / (parseOnlyMs(dir) / 1000),
      heapMb: cold.heap - before,
      workerPeak: workerPeak(dir),
      cacheMb: (statSync(cache).size + statSync(`${cache}.texts`).size) / 1024 / 1024,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export interface CliBenchResult {
  files: number;
  megabytes: number;
  cold: number[];
  warm: number[];
  same: boolean;
}

/** How much longer the CLI benchmark's paragraphs are than the seed's: 2,000 transcripts of 104,000 paragraphs in 54 MB (MiB, as the tables count), as in the issue. */
const CLI_CORPUS_LONGER = 0.5;

/** `diplomatic-study search` over 2,000 transcripts: three runs without the cache, three with it. */
export function runCliBench(cli: string): CliBenchResult {
  const root = mkdtempSync(join(tmpdir(), 'ds-bench-cli-'));
  try {
    const dir = transcriptFolder(root, 2000, 104_000, CLI_CORPUS_LONGER);
    const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
    const cacheDir = join(root, 'cache');
    const run = (...args: string[]) => {
      const started = performance.now();
      const result = spawnSync(process.execPath, [cli, 'search', 'Aftonbladt', '--corpus', dir, '--no-bundled', '--json', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (result.status !== 0) throw new Error(result.stderr);
      return { ms: performance.now() - started, out: result.stdout };
    };
    const cold = [0, 1, 2].map(() => run('--no-cache'));
    run('--cache', cacheDir);
    const warm = [0, 1, 2].map(() => run('--cache', cacheDir));
    return { files: 2000, megabytes: bytes / 1024 / 1024, cold: cold.map((r) => r.ms), warm: warm.map((r) => r.ms), same: warm.every((r) => r.out === cold[0].out) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
