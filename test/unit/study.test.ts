// Concordance, trends, collocates and keywords on corpora whose counts are known by reading them:
// a small planted corpus (every word counted by hand below) and the seed transcript.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { keynessLogLikelihood, logLikelihood2x2, logRatio } from '../../src/core/study/corpusStudy';
import { readRepoFile, repoRoot, SEED } from './helpers';

const cli = join(repoRoot, 'dist', 'cli.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, '--no-cache'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

/*
 * The planted corpus. Words said (labels, titles and front matter are not):
 *   target/t1 (2019-03-03): "Sanctions pressure works. We will keep sanctions pressure on." 9 words;
 *                           "Will sanctions pressure grow?" 4 words                      → 13
 *   target/t2 (2019-11-20): "A multipolar world is emerging, a multipolar order too." 9 words;
 *                           "Is the world multipolar?" 4 words                           → 13
 *   ref/r1    (2020-05-05): "Sanctions pressure remains. The world watches the talks." 8 words;
 *                           "Thank you. Sanctions?" 3 words                              → 11
 *   ref/r2    (no date):    "Sanctions again." 2 words                                   → 2
 * 39 words in all; "sanctions" 6 times (3 in 2019, 2 in 2020, 1 undated).
 */
function plantedCorpus(): { target: string; ref: string } {
  const root = mkdtempSync(join(tmpdir(), 'ds-study-'));
  const target = join(root, 'target');
  const ref = join(root, 'ref');
  mkdirSync(target);
  mkdirSync(ref);
  const doc = (title: string, date: string | null, source: string | null, body: string) =>
    ['---', `title: ${title}`, ...(date ? [`date: ${date}`] : []), ...(source ? [`source: ${source}`] : []), '---', '', body].join('\n') + '\n';
  writeFileSync(join(target, 't1.md'), doc('Department Press Briefing one', '2019-03-03', 'https://www.state.gov/briefings/one', 'MR. PRICE: Sanctions pressure works. We will keep sanctions pressure on.\n\nQUESTION: Will sanctions pressure grow?'));
  writeFileSync(join(target, 't2.md'), doc('Department Press Briefing two', '2019-11-20', 'https://www.state.gov/briefings/two', 'MR. PRICE: A multipolar world is emerging, a multipolar order too.\n\nQUESTION: Is the world multipolar?'));
  writeFileSync(join(ref, 'r1.md'), doc('Press Briefing three', '2020-05-05', 'https://www.whitehouse.gov/briefings/three', 'MS. PORTER: Sanctions pressure remains. The world watches the talks.\n\nQUESTION: Thank you. Sanctions?'));
  writeFileSync(join(ref, 'r2.md'), doc('Press Briefing four', null, null, 'MS. PORTER: Sanctions again.'));
  return { target, ref };
}

describe('trends', () => {
  it('counts hits and words said per year, undated transcripts apart', () => {
    const { target, ref } = plantedCorpus();
    const json = run('trends', 'sanctions', '"multipolar world"', '--corpus', target, '--corpus', ref, '--no-bundled', '--json');
    assert.equal(json.series.length, 2);
    const [sanctions, phrase] = json.series;
    assert.equal(sanctions.term, 'sanctions');
    assert.deepEqual(sanctions.buckets, [
      { period: '2019', hits: 3, words: 26, perMillion: 115384.62 },
      { period: '2020', hits: 2, words: 11, perMillion: 181818.18 },
    ]);
    assert.deepEqual(sanctions.undated, { hits: 1, words: 2 });
    assert.deepEqual(
      phrase.buckets.map((b: { hits: number }) => b.hits),
      [1, 0],
    );
    // Typed without quotes (a shell drops them), several words are still one phrase.
    const unquoted = run('trends', 'multipolar world', '--corpus', target, '--no-bundled', '--json');
    assert.deepEqual(
      unquoted.series[0].buckets.map((b: { hits: number }) => b.hits),
      [1],
    );
  });

  it('by month, and split by publisher (the host of the source address)', () => {
    const { target, ref } = plantedCorpus();
    const json = run('trends', 'sanctions', '--corpus', target, '--corpus', ref, '--no-bundled', '--by', 'month', '--split', 'publisher', '--json');
    const byGroup = Object.fromEntries(json.series.map((s: { group: string; buckets: { period: string; hits: number; words: number }[] }) => [s.group, s.buckets.filter((b) => b.words > 0).map((b) => [b.period, b.hits, b.words])]));
    assert.deepEqual(byGroup['state.gov'], [
      ['2019-03', 3, 13],
      ['2019-11', 0, 13],
    ]);
    assert.deepEqual(byGroup['whitehouse.gov'], [['2020-05', 2, 11]]);
  });
});

describe('concordance', () => {
  it('lists every hit with its exact place in the file, the words around it, speaker and date', () => {
    const { target, ref } = plantedCorpus();
    const json = run('concordance', 'sanctions', '--corpus', target, '--corpus', ref, '--no-bundled', '--json', '--width', '20');
    assert.equal(json.total, 6);
    assert.equal(json.lines.length, 6);
    const t1 = json.lines.filter((l: { file: string }) => l.file.endsWith('t1.md'));
    // Line 7 of the file (0-based 6) is "MR. PRICE: Sanctions pressure works. We will keep sanctions pressure on."
    const said = 'MR. PRICE: Sanctions pressure works. We will keep sanctions pressure on.';
    assert.deepEqual(
      t1.map((l: { line: number; character: number; length: number; match: string }) => [l.line, l.character, l.length, l.match]),
      [
        [6, said.indexOf('Sanctions'), 9, 'Sanctions'],
        [6, said.indexOf('sanctions'), 9, 'sanctions'],
        [8, 'QUESTION: Will '.length, 9, 'sanctions'],
      ],
    );
    assert.equal(t1[0].left, 'MR. PRICE: ');
    assert.equal(t1[0].right, ' pressure works. We ');
    assert.equal(t1[0].speaker, 'Price');
    assert.equal(t1[0].date, '2019-03-03');
    for (const key of ['file', 'line', 'character', 'length', 'left', 'match', 'right', 'speaker', 'date']) assert.ok(key in json.lines[0], key);
  });

  it('never counts a speaker label as a hit, and filters by role', () => {
    const { target, ref } = plantedCorpus();
    assert.equal(run('concordance', 'price', '--corpus', target, '--no-bundled', '--json').total, 0);
    const questions = run('concordance', 'sanctions role:question', '--corpus', target, '--corpus', ref, '--no-bundled', '--json');
    assert.deepEqual(
      questions.lines.map((l: { file: string; line: number }) => [l.file.slice(-5), l.line]),
      [
        ['r1.md', 8],
        ['t1.md', 8],
      ].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
  });

  it('sorts by the word to the right, then in corpus order; --limit cuts the list, not the total', () => {
    const { target, ref } = plantedCorpus();
    const json = run('concordance', 'sanctions', '--corpus', target, '--corpus', ref, '--no-bundled', '--json', '--sort', 'right1');
    // The words right of each hit: "again" (r2); "pressure grow" (t1, line 8); "pressure on" (t1's
    // second); "pressure remains the" (r1); "pressure works we" (t1's first); none (r1's "Sanctions?").
    assert.deepEqual(
      json.lines.map((l: { file: string; line: number; character: number }) => `${l.file.slice(-5)}:${l.line}:${l.character}`),
      ['r2.md:4:12', 't1.md:8:15', 't1.md:6:50', 'r1.md:6:12', 't1.md:6:11', 'r1.md:8:21'],
    );
    const limited = run('concordance', 'sanctions', '--corpus', target, '--corpus', ref, '--no-bundled', '--json', '--sort', 'right1', '--limit', '3');
    assert.equal(limited.total, 6);
    assert.deepEqual(limited.lines, json.lines.slice(0, 3));
  });

  it('finds every ASEAN of the seed where Lavrov and the journalists say it, not in its title', () => {
    const json = run('concordance', 'ASEAN', '--json');
    const lines = readRepoFile(SEED).split('\n');
    const expected: string[] = [];
    lines.forEach((text, line) => {
      if (line < 2) return; // the photo credit and the title
      for (const m of text.matchAll(/(?<![\p{L}\p{N}])ASEAN(?![\p{L}\p{N}])/giu)) expected.push(`${line}:${m.index}`);
    });
    assert.equal(expected.length, 32);
    assert.deepEqual(json.lines.map((l: { line: number; character: number }) => `${l.line}:${l.character}`).sort(), expected.sort());
    assert.ok(json.lines.every((l: { speaker: string | null; length: number }) => l.length === 5));
  });

  it('in a saved web page, finds words a reader sees, at their place in the page, never in its markup', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-study-html-'));
    const page = [
      '<!DOCTYPE html>',
      '<html><head><title>Press statements</title><meta name="description" content="Sanctions talk"></head>',
      '<body><article>',
      '<h1>Press statements following talks</h1>',
      '<p class="date">June 29, 2019</p>',
      '<p><strong>Vladimir Putin:</strong> We discussed sanctions &amp; trade.</p>',
      '<p><a href="/share?title=Sanctions">Share</a></p>',
      '<p><strong>Question:</strong> Will sanctions stay?</p>',
      '</article></body></html>',
    ];
    writeFileSync(join(dir, 'page.html'), page.join('\n'));
    const json = run('concordance', 'sanctions', '--corpus', dir, '--no-bundled', '--json');
    assert.deepEqual(
      json.lines.map((l: { line: number; character: number; match: string }) => [l.line, l.character, l.match]),
      [
        [5, page[5].indexOf('sanctions'), 'sanctions'],
        [7, page[7].indexOf('sanctions'), 'sanctions'],
      ],
    );
    assert.equal(json.lines[0].speaker, 'Vladimir Putin');
  });

  it('finds an organisation under all its names with @', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-study-entity-'));
    writeFileSync(join(dir, 'n.txt'), 'Briefing on the Alliance\nMarch 1, 2021\n\nMR. PRICE: NATO allies met. The North Atlantic Treaty Organization will meet again.\n');
    const json = run('concordance', '@nato', '--corpus', dir, '--no-bundled', '--json');
    assert.deepEqual(
      json.lines.map((l: { match: string }) => l.match),
      ['NATO', 'North Atlantic Treaty Organization'],
    );
  });
});

describe('collocates', () => {
  it('finds the planted collocate first, with the textbook log-likelihood, MI and t-score', () => {
    const { target, ref } = plantedCorpus();
    const json = run('collocates', 'sanctions', '--corpus', target, '--corpus', ref, '--no-bundled', '--window', '5', '--min', '2', '--json');
    const top = json.collocates[0];
    assert.equal(top.word, 'pressure');
    // "pressure" stands within 5 words of "sanctions" at each of its 4 places; it occurs 4 times,
    // "sanctions" 6 times, in 39 words.
    assert.equal(top.together, 4);
    // G² by hand: O = [4, 2; 0, 33], E = [6·4/39, 6·35/39; 33·4/39, 33·35/39].
    const e11 = (6 * 4) / 39;
    const e12 = (6 * 35) / 39;
    const e22 = (33 * 35) / 39;
    const g2 = 2 * (4 * Math.log(4 / e11) + 2 * Math.log(2 / e12) + 33 * Math.log(33 / e22));
    assert.equal(top.llr.toPrecision(3), g2.toPrecision(3));
    assert.equal(top.mi.toPrecision(3), Math.log2((4 * 39) / (6 * 4)).toPrecision(3));
    assert.equal(top.tscore.toPrecision(3), ((4 - (6 * 4) / 39) / 2).toPrecision(3));
  });
});

describe('keywords', () => {
  it('finds the planted keyword first, with Rayson and Garside log-likelihood and Hardie log ratio', () => {
    const { target, ref } = plantedCorpus();
    const json = run('keywords', '--corpus', target, '--reference', ref, '--no-bundled', '--json');
    const top = json.keywords[0];
    // "multipolar": 3 of 26 target words, 0 of 13 reference words.
    assert.deepEqual([top.word, top.target, top.reference], ['multipolar', 3, 0]);
    const e1 = (26 * 3) / 39;
    assert.equal(top.llr.toPrecision(3), (2 * 3 * Math.log(3 / e1)).toPrecision(3));
    assert.equal(top.logRatio.toPrecision(3), Math.log2(3 / 26 / (0.5 / 13)).toPrecision(3));
    // Words the reference uses as often or more ("world", "sanctions") are no keywords of the target.
    assert.ok(!json.keywords.some((k: { word: string }) => k.word === 'world' || k.word === 'sanctions'));
  });

  it('the statistics agree with worked examples', () => {
    // Rayson and Garside's example layout: a=10 in c=1000, b=2 in d=1000.
    const e = (1000 * 12) / 2000;
    assert.equal(keynessLogLikelihood(10, 2, 1000, 1000).toPrecision(6), (2 * (10 * Math.log(10 / e) + 2 * Math.log(2 / e))).toPrecision(6));
    assert.equal(logRatio(10, 2, 1000, 1000), Math.log2(5));
    // A table with no association has no log-likelihood.
    assert.equal(logLikelihood2x2(1, 9, 9, 81), 0);
  });
});
