import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CorpusIndex, type FileAccess } from '../../src/core/corpusIndex';
import { nodeFileAccess } from '../../src/core/nodeFiles';
import { Glossary } from '../../src/core/glossary';
import { repoRoot } from './helpers';

const cli = join(repoRoot, 'dist', 'cli.js');
const fixtures = join(repoRoot, 'test', 'fixtures', 'real');
const glossary = Glossary.fromData(JSON.parse(readFileSync(join(repoRoot, 'corpus', 'glossary.json'), 'utf8'))).glossary;

/** A corpus folder of real transcripts (the development corpus's texts, Markdown and saved pages). */
function corpusFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ds-cached-corpus-'));
  for (const name of readdirSync(fixtures).filter((n) => /\.(txt|md|html)$/.test(n))) copyFileSync(join(fixtures, name), join(dir, name));
  copyFileSync(join(repoRoot, 'corpus', 'transcripts', '2025-07-11-lavrov-kuala-lumpur.txt'), join(dir, 'seed.txt'));
  return dir;
}

// Stems in each language and typos too: a warm search reads the cache's stem and letter-pair tables.
const QUERIES = ['Myanmr', '"One China"', 'NATO !ASEAN', 'speaker:putin role:answer', 'SCO', 'санкции', '外交部', 'sanctions | embargo', 'Trump', 'negotiated', 'negotiatoins', 'Шанхайская', 'сотрудничеством', 'sanciones', 'coopération', '^presid'];

function search(corpus: string, cache: string[], cacheHome: string) {
  const queries = join(mkdtempSync(join(tmpdir(), 'ds-q-')), 'q.txt');
  writeFileSync(queries, QUERIES.join('\n'));
  const result = spawnSync(process.execPath, [cli, 'search', '--queries', queries, '--corpus', corpus, '--limit', '50', ...cache], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  assert.equal(result.status, 0, result.stderr);
  return { stdout: result.stdout, stderr: result.stderr };
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('corpus-'));

describe('the CLI cache', () => {
  const corpus = corpusFolder();
  const home = mkdtempSync(join(tmpdir(), 'ds-home-'));
  const uncached = search(corpus, ['--no-cache'], home);

  it('is written to the OS cache folder by default, never into the corpus, and --no-cache writes nothing', () => {
    assert.deepEqual(readdirSync(home), [], '--no-cache wrote a cache');
    const before = readdirSync(corpus).sort();
    const first = search(corpus, [], home);
    assert.equal(first.stdout, uncached.stdout);
    assert.deepEqual(cacheFiles(join(home, 'diplomatic-study')).length, 2);
    assert.deepEqual(readdirSync(corpus).sort(), before);
  });

  it('answers from the cache exactly as without one, and sees a changed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-cache-'));
    const cold = search(corpus, ['--cache', dir], home);
    const warm = search(corpus, ['--cache', dir], home);
    assert.equal(cold.stdout, uncached.stdout);
    assert.equal(warm.stdout, uncached.stdout);
    assert.equal(warm.stderr, uncached.stderr);
    const changed = join(corpus, 'seed.txt');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace('Myanmar', 'Myanmar and the zeppelinium question'));
    const after = search(corpus, ['--cache', dir], home);
    const fresh = search(corpus, ['--no-cache'], home);
    assert.equal(after.stdout, fresh.stdout);
    assert.notEqual(after.stdout, uncached.stdout, 'the changed file was not read again');
  });

  for (const [what, damage] of [
    ['deleted', (file: string) => rmSync(file)],
    ['truncated', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ['filled with random bytes', (file: string) => writeFileSync(file, Buffer.from(Array.from({ length: statSync(file).size }, (_, i) => (i * 7919 + 13) % 256)))],
  ] as const) {
    for (const part of ['main', 'texts'] as const) {
      it(`changes nothing but the time when its ${part} file is ${what}`, () => {
        const dir = mkdtempSync(join(tmpdir(), 'ds-cache-'));
        const reference = search(corpus, ['--no-cache'], home).stdout;
        search(corpus, ['--cache', dir], home);
        const [main] = cacheFiles(dir).filter((n) => n.endsWith('.bin'));
        damage(join(dir, part === 'main' ? main : `${main}.texts`));
        const damaged = search(corpus, ['--cache', dir], home);
        assert.equal(damaged.stdout, reference);
        if (what !== 'deleted') assert.match(damaged.stderr, /cache.*could not be used.*rebuilt/);
        assert.doesNotMatch(damaged.stderr, /\n\s+at /);
        // Rebuilt: the next run reads it without a word.
        const again = search(corpus, ['--cache', dir], home);
        assert.equal(again.stdout, reference);
        assert.doesNotMatch(again.stderr, /could not be used/);
      });
    }
  }
});

describe('CorpusIndex with a cache', () => {
  it('reads only the files whose size, time or content changed', () => {
    const corpus = corpusFolder();
    const files = readdirSync(corpus).map((name) => ({ file: join(corpus, name), path: join(corpus, name), fileName: name }));
    const first = new CorpusIndex({ display: true });
    first.setGlossary(glossary.entries);
    first.loadFiles(files, nodeFileAccess);
    const cache = first.cacheBytes();
    // Same size and time, other content at its end: only the hash of the two ends tells.
    const seed = join(corpus, 'seed.txt');
    const { mtime } = statSync(seed);
    const text = readFileSync(seed, 'utf8');
    const at = text.lastIndexOf(' the ', text.length - 400);
    writeFileSync(seed, text.slice(0, at) + ' zep ' + text.slice(at + 5));
    utimesSync(seed, mtime, mtime);
    const read: string[] = [];
    const counting: FileAccess = { ...nodeFileAccess, read: (path) => (read.push(path), nodeFileAccess.read(path)) };
    const second = new CorpusIndex({ display: true });
    second.setGlossary(glossary.entries);
    second.openCache(cache.main, { length: cache.texts.length, read: (a, b) => cache.texts.subarray(a, b) });
    const results = second.loadFiles(files, counting);
    assert.deepEqual(read, [seed]);
    assert.equal(results.filter((r) => 'cached' in r && r.cached).length, files.length - 1 - results.filter((r) => 'skipped' in r).length);
    assert.equal(second.search("'zep", {}).total, 1);
    assert.deepEqual(second.search('Myanmr', { limit: 5 }), first.search('Myanmr', { limit: 5 }));
    // What the editor shows of a cached file is what it was.
    const other = files.find((f) => f.fileName.endsWith('.md'))!;
    assert.deepEqual(second.displayOf(other.file), first.displayOf(other.file));
  });

  it('does not use a cache made for another glossary or another build', () => {
    const corpus = corpusFolder();
    const files = readdirSync(corpus).map((name) => ({ file: join(corpus, name), path: join(corpus, name), fileName: name }));
    const first = new CorpusIndex({ build: 'a' });
    first.setGlossary(glossary.entries);
    first.loadFiles(files, nodeFileAccess);
    const cache = first.cacheBytes();
    const texts = { length: cache.texts.length, read: (a: number, b: number) => cache.texts.subarray(a, b) };
    const otherBuild = new CorpusIndex({ build: 'b' });
    otherBuild.setGlossary(glossary.entries);
    otherBuild.openCache(cache.main, texts);
    assert.equal(otherBuild.cacheInUse, false);
    const otherGlossary = new CorpusIndex({ build: 'a' });
    otherGlossary.setGlossary(glossary.entries.slice(1));
    otherGlossary.openCache(cache.main, texts);
    assert.equal(otherGlossary.cacheInUse, false);
    const same = new CorpusIndex({ build: 'a' });
    same.setGlossary(glossary.entries);
    same.openCache(cache.main, texts);
    assert.equal(same.cacheInUse, true);
    assert.equal(same.cacheProblem, undefined);
  });
});

describe('mentions of a very large transcript', () => {
  it('counts every mention, and gives the words around only the first thousand of an entry', async () => {
    const { MENTION_CONTEXTS_PER_ENTRY } = await import('../../src/core/corpusIndex');
    const corpus = new CorpusIndex();
    corpus.setGlossary(glossary.entries);
    const lines = Array.from({ length: MENTION_CONTEXTS_PER_ENTRY + 200 }, (_, i) => `Paragraph ${i}: the ASEAN ministers met again.`);
    const { mentions } = corpus.upsert('big.txt', ['Remarks by the Minister, Geneva, 3 March 2024', '', ...lines].join('\n'));
    const asean = mentions.filter((m) => m.text === 'ASEAN');
    assert.equal(asean.length, MENTION_CONTEXTS_PER_ENTRY + 200);
    assert.ok(asean.slice(0, MENTION_CONTEXTS_PER_ENTRY).every((m) => m.before.endsWith('the ') && m.after.startsWith(' ministers')));
    assert.ok(asean.slice(MENTION_CONTEXTS_PER_ENTRY).every((m) => m.before === '' && m.after === ''));
    assert.equal(asean[asean.length - 1].line, lines.length + 1);
  });
});

/** A folder of its own holding a copy of the seed transcript. */
function seedFolder(prefix: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = join(dir, 'seed.txt');
  copyFileSync(join(repoRoot, 'corpus', 'transcripts', '2025-07-11-lavrov-kuala-lumpur.txt'), path);
  return { dir, path };
}

describe('a file being written while it is read', () => {
  it('is not indexed half-read: what was indexed stands, and the next read takes the whole file', () => {
    const { dir, path } = seedFolder('ds-writing-');
    try {
      const corpus = new CorpusIndex({ display: true });
      const files = [{ file: path, path, fileName: 'seed.txt' }];
      const [first] = corpus.loadFiles(files, nodeFileAccess);
      assert.ok(!('skipped' in first));
      // The file grows while it is read, as a copy under way does.
      let writer: (() => void) | undefined = () => writeFileSync(path, readFileSync(path, 'utf8').replace('Good afternoon.', 'Good afternoon. We spoke of zeppelins.'));
      const access: FileAccess = { ...nodeFileAccess, read: (p) => { const bytes = nodeFileAccess.read(p); writer?.(); writer = undefined; return bytes; } };
      // Its time moves on (as a copy's does as it begins), so it is read, not found indexed already.
      utimesSync(path, new Date(), new Date(Date.now() + 5000));
      const [during] = corpus.loadFiles(files, access);
      assert.ok('skipped' in during && during.writing, 'a file that grew while it was read should be read again');
      assert.equal(corpus.search('Aftonbladt', { limit: 5 }).total, 1, 'what was indexed of it should stand');
      assert.equal(corpus.search('zeppelins', { limit: 5 }).total, 0);
      const [after] = corpus.loadFiles(files, access);
      assert.ok(!('skipped' in after) && !after.cached);
      assert.equal(corpus.search('zeppelins', { limit: 5 }).total, 1);
      assert.equal(corpus.search('Aftonbladt', { limit: 5 }).total, 1, 'the file is indexed once');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a file read again unchanged', () => {
  it('is not parsed or indexed again, and a change to it is', () => {
    const { dir, path } = seedFolder('ds-unchanged-');
    try {
      let reads = 0;
      const access: FileAccess = { ...nodeFileAccess, read: (p) => (reads++, nodeFileAccess.read(p)) };
      const corpus = new CorpusIndex({ display: true });
      const files = [{ file: path, path, fileName: 'seed.txt' }];
      const [first] = corpus.loadFiles(files, access);
      assert.ok(!('skipped' in first) && !first.unchanged && !first.cached && first.display);
      const [again] = corpus.loadFiles(files, access);
      assert.ok(!('skipped' in again) && again.unchanged && again.cached, 'the second read should find it unchanged');
      assert.equal(reads, 1, 'the file was read whole again');
      assert.deepEqual(again.display, first.display);
      // A caller that holds the file's display already is told it is unchanged, without the display.
      const [known] = corpus.loadFiles([{ ...files[0], known: true }], access);
      assert.ok(!('skipped' in known) && known.unchanged && known.display === null);
      assert.equal(reads, 1);
      assert.equal(corpus.search('Aftonbladt', { limit: 5 }).total, 1);
      // Same size would be no change to the key either: the text grows by a sentence.
      writeFileSync(path, readFileSync(path, 'utf8').replace('Good afternoon.', 'Good afternoon. We spoke of zeppelins.'));
      const [changed] = corpus.loadFiles(files, access);
      assert.ok(!('skipped' in changed) && !changed.unchanged);
      assert.equal(reads, 2);
      assert.equal(corpus.search('zeppelins', { limit: 5 }).total, 1);
      assert.equal(corpus.search('Aftonbladt', { limit: 5 }).total, 1, 'the file is indexed once');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('an index that settles its files after answering (the worker’s)', () => {
  it('searches the same with or without settle, and a file changed, removed or cached before it settles counts once or not at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-settle-'));
    try {
      const seed = readFileSync(join(repoRoot, 'corpus', 'transcripts', '2025-07-11-lavrov-kuala-lumpur.txt'), 'utf8');
      const paths = ['a.txt', 'b.txt', 'c.txt'].map((name) => join(dir, name));
      paths.forEach((path, i) => writeFileSync(path, seed.replace('Good afternoon.', `Good afternoon. Zeppelin${i}.`)));
      const files = paths.map((path) => ({ file: path, path, fileName: path }));
      const eager = new CorpusIndex({ display: true });
      const later = new CorpusIndex({ display: true, settleLater: true });
      for (const corpus of [eager, later]) corpus.loadFiles(files, nodeFileAccess);
      later.settle();
      for (const query of ['Aftonbladt', 'zeppelin1', 'Myanmr']) assert.deepEqual(later.search(query, { limit: 10 }), eager.search(query, { limit: 10 }), query);
      // Before the next settle: a.txt is read again changed, b.txt read again changed and removed, c.txt read twice.
      writeFileSync(paths[0], seed.replace('Good afternoon.', 'Good afternoon. Airship.'));
      writeFileSync(paths[1], seed.replace('Good afternoon.', 'Good afternoon. Zeppelin1, again.'));
      later.loadFiles(files, nodeFileAccess);
      later.remove(paths[1]);
      later.loadFiles([files[2]], nodeFileAccess);
      assert.equal(later.search('Aftonbladt', { limit: 10 }).total, 2, 'each file once, the removed one not at all');
      assert.equal(later.search('zeppelin0', { limit: 10 }).total, 0, 'the old text of a.txt');
      assert.equal(later.search('airship', { limit: 10 }).total, 1);
      assert.equal(later.search('zeppelin1', { limit: 10 }).total, 0, 'the removed b.txt');
      // Unsettled at the time of the search: the search settles first.
      writeFileSync(paths[1], seed);
      later.loadFiles([files[1]], nodeFileAccess);
      assert.equal(later.search('Aftonbladt', { limit: 10 }).total, 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
