// `npm run bench`: prints the numbers the issues ask for and writes docs/benchmarks.md.
// Not a test: nothing here fails on speed. `npm run bench -- hover` or `-- search` (`languages`, `real`, `study`, `cache`) runs one part.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runHoverBench, type HoverBenchResult } from './hover.bench';
import { readdirSync, readFileSync } from 'node:fs';
import { stemWord } from '../../src/core/language';
import { runLanguageBench, runSearchBench, type LanguageBenchRow, type SearchBenchRow } from './search.bench';
import { runCacheBench, runCliBench, type CacheBenchRow, type CliBenchResult } from './cache.bench';
import { runStudyBench, type StudyBenchRow } from './study.bench';
import { runRealBench, type RealBenchRow } from './real.bench';

const root = join(__dirname, '..', '..', '..');
const only = process.argv[2];
const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));

let hover: HoverBenchResult | undefined;
if (!only || only === 'hover') {
  hover = runHoverBench(root);
  console.log(`hover: ${hover.calls} calls on a ${hover.lines}-line document (${hover.hits} on a mention); matcher compiled in ${hover.compileMs.toFixed(2)} ms`);
  console.log(`hover: per call median ${(hover.median * 1000).toFixed(1)} µs, p95 ${(hover.p95 * 1000).toFixed(1)} µs, p99 ${(hover.p99 * 1000).toFixed(1)} µs (${hover.p99.toFixed(4)} ms)`);
}

const rows: SearchBenchRow[] = [];
if (!only || only === 'search') {
  for (const size of [1_000, 10_000, 100_000]) {
    console.log(`search: ${size} paragraphs…`);
    const row = runSearchBench(size, { baseline: true });
    rows.push(row);
    console.log(
      `search: ${size} paragraphs, ${row.vocabulary} words: build ${ms(row.buildMs)} ms, load ${ms(row.loadMs)} ms (${row.serializedMb.toFixed(1)} MB), heap +${row.heapMb.toFixed(0)} MB; ` +
        `index median ${ms(row.index.median)} ms p95 ${ms(row.index.p95)} ms; Fuse.js median ${ms(row.fuse!.median)} ms p95 ${ms(row.fuse!.p95)} ms; ${row.ratio!.toFixed(0)}× faster`,
    );
    const worse = row.perQuery.filter((q) => q.fuseRecall !== null && q.indexRecall < q.fuseRecall);
    console.log(`search: recall below the baseline's on ${worse.length} of ${row.perQuery.length} queries${worse.length ? ': ' + worse.map((q) => q.query).join(', ') : ''}`);
  }
}

const languageRows: LanguageBenchRow[] = [];
if (!only || only === 'languages') {
  const fixtures = join(root, 'test', 'fixtures', 'real');
  const read = (filter: (name: string) => boolean) => readdirSync(fixtures).filter(filter).map((n) => readFileSync(join(fixtures, n), 'utf8'));
  const russian = [readFileSync(join(root, 'corpus', 'transcripts', '2023-05-05-lavrov-panaji-sco.ru.txt'), 'utf8'), ...read((n) => n.endsWith('-ru.txt'))];
  const chinese = read((n) => n.endsWith('-zh.html')).map((html) => html.replace(/<[^>]*>/g, ' '));
  for (const [language, texts] of [['ru', russian], ['zh', chinese]] as const) {
    for (const size of [1_000, 10_000, 100_000]) {
      const row = runLanguageBench(language, size, texts, (w) => stemWord(w, 'ru'));
      languageRows.push(row);
      const recall = (row.perQuery.reduce((n, q) => n + q.recall, 0) / row.perQuery.length) * 100;
      console.log(`search (${language}): ${size} paragraphs, ${row.vocabulary} words: build ${ms(row.buildMs)} ms; median ${ms(row.median)} ms p95 ${ms(row.p95)} ms; recall ${recall.toFixed(1)}%`);
    }
  }
}

let realRows: RealBenchRow[] = [];
if (!only || only === 'real') {
  realRows = runRealBench(root);
  for (const r of realRows) console.log(`real: ${r.group} (${r.files} files, ${r.megabytes.toFixed(2)} MB): parse alone ${r.parseMbPerS.toFixed(1)} MB/s, read into the index ${r.indexMbPerS.toFixed(1)} MB/s`);
}

let study: { paragraphs: number; rows: StudyBenchRow[] } | undefined;
if (!only || only === 'study') {
  study = runStudyBench();
  for (const r of study.rows) console.log(`study: ${r.study}: ${ms(r.ms)} ms (${r.size}) over ${study.paragraphs.toLocaleString('en')} paragraphs`);
}

const cacheRows: CacheBenchRow[] = [];
let cliRow: CliBenchResult | undefined;
if (!only || only === 'cache') {
  for (const [label, files, paragraphs] of [['1,000 paragraphs', 20, 1_000], ['10,000 paragraphs', 200, 10_000], ['100,000 paragraphs', 2_000, 100_000], ['10,000 files', 10_000, 60_000]] as const) {
    const row = runCacheBench(label, files, paragraphs);
    cacheRows.push(row);
    console.log(`cache: ${label} (${row.files} files, ${row.paragraphs} paragraphs, ${row.megabytes.toFixed(1)} MB): first search cold ${ms(row.coldMs)} ms, warm ${ms(row.warmMs)} ms, one file changed ${ms(row.changedMs)} ms; read, parse and index ${row.loadMbPerS.toFixed(1)} MB/s, parse alone ${row.parseMbPerS.toFixed(1)} MB/s; heap +${row.heapMb.toFixed(0)} MB, index worker's peak heap ${row.workerPeak.heapMb.toFixed(0)} MB (its process ${row.workerPeak.rssMb.toFixed(0)} MB resident); cache ${row.cacheMb.toFixed(1)} MB`);
  }
  cliRow = runCliBench(join(root, 'dist', 'cli.js'));
  console.log(`cache: CLI over ${cliRow.files} transcripts (${cliRow.megabytes.toFixed(0)} MB): --no-cache ${cliRow.cold.map((x) => (x / 1000).toFixed(2)).join(' / ')} s, cache present ${cliRow.warm.map((x) => (x / 1000).toFixed(2)).join(' / ')} s; same results: ${cliRow.same}`);
}

const memory = process.resourceUsage().maxRSS / 1024;
console.log(`peak resident memory of the whole run: ${memory.toFixed(0)} MB`);

if (!only) {
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}.`,
    'Numbers from one run; they move by some percent between runs.',
    '',
    '## Hover',
    '',
    `Hover computation per call (the mention under the cursor, then its card), ${hover!.calls} calls at seeded random positions on a ${hover!.lines}-line document, half of them on a mention:`,
    '',
    '| median | p95 | p99 | matcher compile |',
    '| --- | --- | --- | --- |',
    `| ${(hover!.median * 1000).toFixed(1)} µs | ${(hover!.p95 * 1000).toFixed(1)} µs | ${(hover!.p99 * 1000).toFixed(1)} µs (${hover!.p99.toFixed(4)} ms) | ${hover!.compileMs.toFixed(1)} ms |`,
    '',
    '## Search',
    '',
    'Synthetic corpora (deterministic): a Zipf-distributed vocabulary of 40,000 made-up words, paragraphs of 50–70 words. ' +
      'Queries: 6 exact words, 6 words with one typo, 6 multi-word queries from one paragraph in another order, and the same with a typo. ' +
      '"Fuse.js baseline" is one Fuse over every paragraph with `ignoreLocation` and `useExtendedSearch` (default threshold). ' +
      'Recall is against exact matching: the paragraphs that contain every intended word.',
    '',
    '| paragraphs | vocabulary | index build | index load (persisted) | index heap | index median | index p95 | Fuse.js median | Fuse.js p95 | speed-up (median) | index recall (mean) | Fuse.js recall (mean) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const recall = (f: (q: SearchBenchRow['perQuery'][number]) => number) => ((r.perQuery.reduce((n, q) => n + f(q), 0) / r.perQuery.length) * 100).toFixed(1) + '%';
      return `| ${r.paragraphs.toLocaleString('en')} | ${r.vocabulary.toLocaleString('en')} | ${ms(r.buildMs)} ms | ${ms(r.loadMs)} ms (${r.serializedMb.toFixed(1)} MB) | ${r.heapMb.toFixed(0)} MB | ${ms(r.index.median)} ms | ${ms(r.index.p95)} ms | ${ms(r.fuse!.median)} ms | ${ms(r.fuse!.p95)} ms | ${r.ratio!.toFixed(0)}× | ${recall((q) => q.indexRecall)} | ${recall((q) => q.fuseRecall ?? 0)} |`;
    }),
    '',
    '### Russian and Chinese',
    '',
    'The words of real transcripts (the bundled Russian one, the Kremlin and Chinese MFA pages of the development corpus), drawn by their real frequency into paragraphs; ' +
      'Chinese paragraphs are written without spaces. Russian queries: 6 words as written, 6 other case forms of them, 6 with a typo; recall counts every paragraph with a word of the same stem. ' +
      'Chinese queries: 6 words and 6 pairs of words; recall counts every paragraph that holds the characters.',
    '',
    '| language | paragraphs | vocabulary | index build | median | p95 | recall (mean) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...languageRows.map((r) => `| ${r.language} | ${r.paragraphs.toLocaleString('en')} | ${r.vocabulary.toLocaleString('en')} | ${ms(r.buildMs)} ms | ${ms(r.median)} ms | ${ms(r.p95)} ms | ${((r.perQuery.reduce((n, q) => n + q.recall, 0) / r.perQuery.length) * 100).toFixed(1)}% |`),
    '',
    ...(languageRows.length
      ? [
          '| language | kind | query | matches | recall | median |',
          '| --- | --- | --- | --- | --- | --- |',
          ...languageRows.filter((r) => r.paragraphs === 100_000).flatMap((r) => r.perQuery.map((q) => `| ${r.language} | ${q.kind} | \`${q.query}\` | ${q.truth} | ${(q.recall * 100).toFixed(0)}% | ${ms(q.ms)} ms |`)),
          '',
        ]
      : []),
    '## Real transcripts',
    '',
    'The real transcripts of the test fixtures (saved pages, Markdown and text of the White House, the Kremlin, the Chinese MFA, vie-publique.fr, the Mexican presidency, Singapore\'s MFA) and the bundled corpus, as their publishers wrote them, ' +
      'grouped by format and by the language the parser finds. "Parse alone": the size over the transcript parser\'s time on the decoded texts (best of five passes); ' +
      '"read into the index": over the time the index takes to load them as the worker loads files (from memory here), decode, parse, find their mentions of the bundled glossary, index their words, encode what the views are sent and merge the index as a search would (best of three; the first search\'s own work on a new vocabulary, its variants and corrections, is not counted).',
    '',
    '| transcripts | files | size | parse alone | read into the index |',
    '| --- | --- | --- | --- | --- |',
    ...realRows.map((r) => `| ${r.group} | ${r.files} | ${r.megabytes.toFixed(2)} MB | ${r.parseMbPerS.toFixed(1)} MB/s | ${r.indexMbPerS.toFixed(1)} MB/s |`),
    '',
    '## Cold and warm',
    '',
    'Folders of transcripts on disk made from the seed\'s paragraphs, each with words of its own; the first search timed from nothing (read, parse, index, search) in one process, as the CLI and the index worker run it. ' +
      '"Cold": no cache; "warm": the cache present and every file unchanged (best of three); "one file changed": the cache present, one file appended to. ' +
      '"Read, parse and index" is the corpus size over the cold run\'s time to read, parse and index the files (before the first search finishes the index); "parse alone" the size over the transcript parser\'s time on the same texts already in memory (best of three passes); "heap" the heap the cold index holds; ' +
      '"worker peak" is the extension\'s own index worker (`dist/indexWorker.js`, in a process of its own) reading the folder cold with the bundled glossary, in the extension\'s batches, answering a search and writing its cache: the largest its heap grew (the most any of its garbage collections found when it began, garbage included, from V8\'s `--trace-gc`), then the process\'s peak resident memory (Node, both threads, and the typed arrays the heap figure leaves out).',
    '',
    '| corpus | files | paragraphs | size | first search cold | warm | one file changed | read, parse and index | parse alone | heap | worker peak: heap, process | cache on disk |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...cacheRows.map((r) => `| ${r.label} | ${r.files.toLocaleString('en')} | ${r.paragraphs.toLocaleString('en')} | ${r.megabytes.toFixed(1)} MB | ${ms(r.coldMs)} ms | ${ms(r.warmMs)} ms | ${ms(r.changedMs)} ms | ${r.loadMbPerS.toFixed(1)} MB/s | ${r.parseMbPerS.toFixed(1)} MB/s | ${r.heapMb.toFixed(0)} MB | ${r.workerPeak.heapMb.toFixed(0)} MB, ${r.workerPeak.rssMb.toFixed(0)} MB | ${r.cacheMb.toFixed(1)} MB |`),
    '',
    ...(cliRow
      ? [
          `The CLI end to end (\`diplomatic-study search\`, a new process each time, ${cliRow.files.toLocaleString('en')} transcripts, ${cliRow.megabytes.toFixed(0)} MB): ` +
            `\`--no-cache\` ${cliRow.cold.map((x) => (x / 1000).toFixed(2) + ' s').join(', ')} (best ${(Math.min(...cliRow.cold) / 1000).toFixed(2)} s); ` +
            `cache present ${cliRow.warm.map((x) => (x / 1000).toFixed(2) + ' s').join(', ')} (best ${(Math.min(...cliRow.warm) / 1000).toFixed(2)} s); the same results: ${cliRow.same ? 'yes' : 'NO'}.`,
          '',
        ]
      : []),
    ...(study
      ? [
          '## Corpus studies',
          '',
          `The same kind of folder at ${study.paragraphs.toLocaleString('en')} paragraphs (2,000 files), read once; each study timed in the process that holds the index, as the index worker runs it (the concordance reads the files' lines again from disk).`,
          '',
          '| study | time | result |',
          '| --- | --- | --- |',
          ...study.rows.map((r) => `| ${r.study} | ${ms(r.ms)} ms | ${r.size} |`),
          '',
        ]
      : []),
    `Peak resident memory of the whole benchmark process: ${memory.toFixed(0)} MB.`,
    '',
    '### Per query at the largest size',
    '',
    '| kind | query | exact matches | index recall | Fuse.js recall | index (median) | Fuse.js |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...(rows[rows.length - 1]?.perQuery ?? []).map(
      (q) => `| ${q.kind} | \`${q.query}\` | ${q.truth} | ${(q.indexRecall * 100).toFixed(0)}% | ${q.fuseRecall === null ? '—' : (q.fuseRecall * 100).toFixed(0) + '%'} | ${ms(q.indexMs)} ms | ${q.fuseMs === null ? '—' : ms(q.fuseMs) + ' ms'} |`,
    ),
    '',
  ];
  writeFileSync(join(root, 'docs', 'benchmarks.md'), lines.join('\n'));
  console.log('wrote docs/benchmarks.md');
}
