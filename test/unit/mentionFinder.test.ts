import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CorpusIndex, type MentionHelper, type StartMentionHelper } from '../../src/core/corpusIndex';
import { EntityMatcher } from '../../src/core/entityMatcher';
import { Glossary } from '../../src/core/glossary';
import { mentionColumns, mentionsFrom } from '../../src/core/display';
import { addContexts, awaitHelper, findMentions, helperFinished, mentionChunks, mentionClaims, MENTION_CHUNK_CHARS, MENTION_CHUNK_LINES, SHARED_MENTIONS_MIN_CHARS } from '../../src/core/mentionFinder';
import { splitLines } from '../../src/core/parser/lines';
import { mentionHelpers } from '../../src/extension/mentionHelper';
import { repoRoot } from './helpers';

const glossary = Glossary.fromData(JSON.parse(readFileSync(join(repoRoot, 'corpus', 'glossary.json'), 'utf8'))).glossary;
/** The index worker as tsc builds it, which serves a helper when started as one. */
const workerScript = join(repoRoot, 'out', 'src', 'extension', 'indexWorker.js');

/** A transcript past the helper's threshold: the real transcripts' lines (Russian and Chinese among them) again and again. */
function largeTranscript(): string {
  const dirs = [join(repoRoot, 'corpus', 'transcripts'), join(repoRoot, 'test', 'fixtures', 'real')];
  const texts = dirs.flatMap((dir) => readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).map((n) => readFileSync(join(dir, n), 'utf8')));
  const body = texts.join('\n');
  const parts = [texts[0]];
  for (let size = texts[0].length; size < SHARED_MENTIONS_MIN_CHARS + 100_000; size += body.length + 1) parts.push(body);
  return parts.join('\n');
}

/** A file indexed as the editor's files are: its outline and its mentions, contexts included. */
function indexed(corpus: CorpusIndex, text: string) {
  return corpus.upsert('big.txt', text, 'big.txt');
}

describe('mentions found by two threads', () => {
  const text = largeTranscript();
  const lines = splitLines(text);
  const chunks = mentionChunks(lines);
  const matcher = new EntityMatcher(glossary.entries);
  const alone = new CorpusIndex();
  alone.setGlossary(glossary.entries);
  const expected = indexed(alone, text);

  for (const given of ['text', 'bytes'] as const) {
    it(`the helper thread alone finds what one thread finds, line for line (given the ${given})`, () => {
      const bytes = new TextEncoder().encode(text);
      const helper = mentionHelpers(workerScript)(given === 'text' ? { text } : { bytes }, chunks, glossary.entries)!;
      try {
        // This thread claims nothing: every chunk is the helper's.
        assert.equal(awaitHelper(helper.claims, 30_000), true, 'the helper did not finish');
        const theirs = helper.result();
        assert.ok(theirs, 'no mentions came back');
        // With the words around the first thousand of each entry, cut there.
        assert.deepEqual(theirs, addContexts(findMentions(matcher, lines), lines));
        assert.ok(theirs.length > 1000, `only ${theirs.length} mentions in ${lines.length} lines`);
        // Bytes that own their buffer are moved to the helper, not copied.
        if (given === 'bytes') assert.equal(bytes.byteLength, 0);
      } finally {
        helper.stop();
      }
    });
  }

  it('a helper given lines that are not these reads none', () => {
    const helper = mentionHelpers(workerScript)({ text: text + '\nOne more line.' }, chunks, glossary.entries)!;
    try {
      assert.equal(awaitHelper(helper.claims, 30_000), false);
      assert.deepEqual([...helper.claims.slice(2)].filter((c) => c !== 0), []);
    } finally {
      helper.stop();
    }
  });

  it('the corpus index with a helper answers exactly what it answers without, from a text or from bytes', () => {
    const start = mentionHelpers(workerScript);
    for (const given of ['text', 'bytes'] as const) {
      let helped: MentionHelper | undefined;
      // The helper is given a head start of one chunk (as a slow parse would), so that it surely reads some
      // (most often all: it is faster than this thread's parse; the split is checked with a helper made here, below).
      const startAndWait: StartMentionHelper = (t, count, entries) => {
        helped = start(t, count, entries);
        const deadline = Date.now() + 30_000;
        while (helped && Atomics.load(helped.claims, 1) === 0 && Date.now() < deadline) Atomics.wait(helped.claims, 1, 0, 20);
        return helped;
      };
      const corpus = new CorpusIndex({ mentionHelper: startAndWait });
      corpus.setGlossary(glossary.entries);
      // A small file before and after: the large one's entries join the index after its words, in their place.
      corpus.upsert('before.txt', 'Remarks\n\nThe ASEAN ministers met the UN envoy.', 'before.txt');
      const result = given === 'text' ? indexed(corpus, text) : corpus.upsertBytes('big.txt', new TextEncoder().encode(text), 'big.txt');
      corpus.upsert('after.txt', 'Remarks\n\nThe SCO and ASEAN met.', 'after.txt');
      assert.ok(!('skipped' in result));
      assert.ok(helped, 'no helper was started');
      const claims = [...helped.claims.slice(2)];
      assert.ok(claims.includes(1), 'the helper read no chunk');
      assert.equal(claims.length, chunks.length - 1);
      assert.ok(claims.every((c) => c === 1 || c === 2), 'a chunk was read by neither thread');
      assert.deepEqual(result.mentions, expected.mentions);
      assert.deepEqual(result.transcript, expected.transcript);
      // The search index too: the paragraphs' words went in while the helper worked, their entries after.
      const reference = new CorpusIndex();
      reference.setGlossary(glossary.entries);
      reference.upsert('before.txt', 'Remarks\n\nThe ASEAN ministers met the UN envoy.', 'before.txt');
      indexed(reference, text);
      reference.upsert('after.txt', 'Remarks\n\nThe SCO and ASEAN met.', 'after.txt');
      for (const query of ['@asean', '@un', '@sco', 'ASEAN', 'Security Council', 'Lavrov']) {
        const wanted = reference.search(query, { limit: 2000 });
        assert.ok(wanted.total > 0, `nothing found for ${query}`);
        assert.deepEqual(corpus.search(query, { limit: 2000 }), wanted, query);
      }
      // And what the views are sent: the outline was encoded while the helper worked, the mentions after.
      const display = corpus.displayOf('big.txt');
      assert.ok(display && display.byteLength > 0);
      assert.deepEqual(display, reference.displayOf('big.txt'));
    }
  });

  it('puts the mentions of a helper that read the first chunks before its own, in order', () => {
    for (const taken of [1, 7, chunks.length - 2]) {
      const done: StartMentionHelper = (_t, cut) => {
        const claims = mentionClaims(cut);
        for (let c = 0; c < taken; c++) Atomics.store(claims, 2 + c, 1);
        // What the real helper posts for those chunks (their words around included), packed and unpacked as it crosses.
        const theirs = mentionsFrom(mentionColumns(addContexts(findMentions(matcher, lines, 0, cut[taken]), lines)));
        helperFinished(claims, true);
        return { claims, result: () => theirs, stop: () => undefined };
      };
      const corpus = new CorpusIndex({ mentionHelper: done });
      corpus.setGlossary(glossary.entries);
      assert.deepEqual(indexed(corpus, text).mentions, expected.mentions, `the helper read ${taken} chunks`);
      assert.deepEqual(corpus.search('@asean', { limit: 100 }), alone.search('@asean', { limit: 100 }));
    }
  });

  it('cuts lines into chunks of at most 2,000 lines and about a million characters', () => {
    assert.equal(chunks[0], 0);
    assert.equal(chunks[chunks.length - 1], lines.length);
    for (let c = 0; c + 1 < chunks.length; c++) {
      assert.ok(chunks[c + 1] > chunks[c] && chunks[c + 1] - chunks[c] <= MENTION_CHUNK_LINES);
      const size = lines.slice(chunks[c], chunks[c + 1] - 1).reduce((n, l) => n + l.length + 1, 0);
      assert.ok(size < MENTION_CHUNK_CHARS, `chunk ${c} holds ${size} characters before its last line`);
    }
    // A few huge lines are cut too, a line a chunk at most.
    const huge = Array.from({ length: 5 }, (_, i) => `ASEAN ${'x'.repeat(MENTION_CHUNK_CHARS)} ${i}`);
    assert.deepEqual([...mentionChunks(huge)], [0, 1, 2, 3, 4, 5]);
    assert.deepEqual([...mentionChunks([''])], [0, 1]);
  });

  it('leaves a file out, neither its old version nor half of the new one, when finding its mentions fails', () => {
    let broken = false;
    const helper: StartMentionHelper = (_t, cut) => {
      const claims = mentionClaims(cut);
      Atomics.store(claims, 2, 1);
      // As the real helper answers them: with the words around.
      const theirs = addContexts(findMentions(matcher, lines, 0, cut[1]), lines);
      helperFinished(claims, true);
      return { claims, result: () => (broken ? assert.fail('a broken helper') : theirs), stop: () => undefined };
    };
    const corpus = new CorpusIndex({ mentionHelper: helper });
    corpus.setGlossary(glossary.entries);
    corpus.upsert('small.txt', 'Remarks\n\nThe ASEAN ministers met.', 'small.txt');
    indexed(corpus, text);
    assert.ok(corpus.search('Lavrov', { limit: 5 }).total > 0);
    broken = true;
    assert.throws(() => indexed(corpus, text), /a broken helper/);
    assert.equal(corpus.size, 1);
    assert.equal(corpus.displayOf('big.txt'), undefined);
    assert.equal(corpus.search('Lavrov', { limit: 5 }).total, 0);
    assert.equal(corpus.search('ASEAN', { limit: 5 }).total, 1);
  });

  it('reads the lines of a helper that fails itself', () => {
    const failing: StartMentionHelper = (_t, cut) => {
      const claims = mentionClaims(cut);
      // It claimed its first three chunks, then failed.
      for (let c = 0; c < 3; c++) Atomics.store(claims, 2 + c, 1);
      helperFinished(claims, false);
      return { claims, result: () => assert.fail('the result of a failed helper was read'), stop: () => undefined };
    };
    const corpus = new CorpusIndex({ mentionHelper: failing });
    corpus.setGlossary(glossary.entries);
    assert.deepEqual(indexed(corpus, text).mentions, expected.mentions);
  });

  it('reads the lines of a helper that stops making progress', () => {
    let stopped = false;
    const stalled: StartMentionHelper = (_t, cut) => {
      const claims = mentionClaims(cut);
      Atomics.store(claims, 2, 1);
      return { claims, result: () => assert.fail('the result of a lost helper was read'), stop: () => (stopped = true), stallMs: 300 };
    };
    const corpus = new CorpusIndex({ mentionHelper: stalled });
    corpus.setGlossary(glossary.entries);
    assert.deepEqual(indexed(corpus, text).mentions, expected.mentions);
    assert.ok(stopped, 'the lost helper was not stopped');
  });

  it('leaves texts under the threshold to one thread', () => {
    let started = false;
    const corpus = new CorpusIndex({ mentionHelper: () => ((started = true), undefined) });
    corpus.setGlossary(glossary.entries);
    indexed(corpus, text.slice(0, 100_000));
    assert.equal(started, false);
  });

  it('gives the words around only the first thousand mentions of each entry, in line order', () => {
    const found = addContexts(findMentions(matcher, lines), lines);
    const seen = new Map<string, number>();
    for (const m of found) {
      const n = (seen.get(m.entryId) ?? 0) + 1;
      seen.set(m.entryId, n);
      if (n > 1000) assert.equal(m.before + m.after, '', `mention ${n} of ${m.entryId} has words around it`);
    }
    assert.ok([...seen.values()].some((n) => n > 1000), 'no entry is mentioned more than a thousand times');
  });
});
