import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { DisplayReader, encodeDisplay, forDisplay } from '../../src/core/display';
import type { Section } from '../../src/core/model';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { Glossary } from '../../src/core/glossary';
import { nodeFileAccess, openCacheFiles, writeCacheFiles } from '../../src/core/nodeFiles';
import { AnswerParts, splitAnswer } from '../../src/extension/indexTransfer';
import { readRepoFile, SEED } from './helpers';

describe('large answers from the index worker', () => {
  it('cross in parts that put the same answer together again; small answers cross whole', () => {
    const seed = readRepoFile(SEED).split('\n');
    const big = [seed.slice(0, 26).join('\n'), ...Array.from({ length: 600 }, () => seed.slice(26, 57).join('\n'))].join('\n');
    const index = new CorpusIndex();
    const value = index.upsert('big.txt', big);
    const messages = splitAnswer(7, value, { sections: 1000, mentions: 5000 });
    assert.ok(messages.length > 2, `${messages.length} messages`);
    assert.ok(messages.every((m) => m.id === 7 && m.ok));
    const parts = new AnswerParts();
    for (const m of messages.slice(0, -1)) if (m.ok && 'part' in m) parts.add(m.part);
    const last = messages[messages.length - 1];
    assert.ok(last.ok && 'value' in last);
    assert.deepEqual(parts.complete(last.value), value);

    const small = index.upsert('seed.txt', seed.join('\n'));
    assert.deepEqual(splitAnswer(8, small, { sections: 1000, mentions: 5000 }), [{ id: 8, ok: true, value: small }]);
  });
});

describe('what the editor shows of a transcript, as bytes', () => {
  it('reads back, line by line, the outline and mentions it was made from, paragraphs cut for display', () => {
    const seed = readRepoFile(SEED).split('\n');
    const big = [seed.slice(0, 26).join('\n'), ...Array.from({ length: 500 }, () => seed.slice(26, 57).join('\n'))].join('\n');
    const index = new CorpusIndex();
    index.setGlossary(Glossary.fromData(JSON.parse(readRepoFile('corpus/glossary.json'))).glossary.entries);
    const shown = index.upsert('big.txt', big + '\nМИД России: ШОС — «Шанхайская организация сотрудничества».');
    const bytes = index.displayOf('big.txt')!;
    const reader = new DisplayReader(bytes);
    let steps = 0;
    while (!reader.done) {
      reader.step();
      steps++;
    }
    // More than one line each for sections and mentions: the reader takes them a part at a time.
    assert.ok(steps > 4, `${steps} steps`);
    assert.deepEqual(reader.result(), JSON.parse(JSON.stringify(shown)));
    assert.ok(shown.mentions.some((m) => m.text === 'ШОС'), 'the Russian mention survives the bytes');
    for (const s of shown.transcript.sections) for (const t of s.turns) for (const p of t.paragraphs) assert.ok(p.text.length <= 161, p.text);
    assert.ok(shown.transcript.sections.some((s) => s.turns.some((t) => t.paragraphs.some((p) => p.text.length === 161 && p.text.endsWith('…')))), 'no paragraph was cut');
  });

  it('cuts a whole transcript as it cuts one already cut for display, to the character', () => {
    const transcript = new TranscriptParser().parse(readRepoFile(SEED), { fileName: 'seed.txt' });
    const paragraphs = transcript.sections.flatMap((s) => s.turns.flatMap((t) => t.paragraphs));
    assert.ok(paragraphs.length >= 6);
    // At the edge of the cut: 160 characters, 161 ending in "…" as a cut one does, 161 and more, Cyrillic and a surrogate pair.
    const edges = ['a'.repeat(160), 'b'.repeat(160) + '…', 'c'.repeat(161), 'Шанхайская организация '.repeat(12), '😀'.repeat(100), ''];
    edges.forEach((text, i) => (paragraphs[i].text = text));
    const read = (bytes: Uint8Array) => {
      const reader = new DisplayReader(bytes);
      while (!reader.done) reader.step();
      return reader.result().transcript;
    };
    const cut = JSON.parse(JSON.stringify(forDisplay(transcript)));
    assert.deepEqual(read(encodeDisplay({ transcript, mentions: [] })), cut);
    assert.deepEqual(read(encodeDisplay({ transcript: forDisplay(transcript), mentions: [] })), cut);
    assert.equal(cut.sections.flatMap((s: Section) => s.turns.flatMap((t) => t.paragraphs))[2].text, 'c'.repeat(160) + '…');
  });

  it('crosses from a cache as bytes of its own, not as a view on the whole cache file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-display-'));
    try {
      writeFileSync(join(dir, 'seed.txt'), readRepoFile(SEED));
      const files = [{ file: join(dir, 'seed.txt'), path: join(dir, 'seed.txt'), fileName: 'seed.txt' }];
      const first = new CorpusIndex();
      first.loadFiles(files, nodeFileAccess);
      writeCacheFiles(join(dir, 'cache.bin'), first.cacheBytes());
      const opened = openCacheFiles(join(dir, 'cache.bin'));
      const second = new CorpusIndex();
      second.openCache(opened.main, opened.texts);
      const [result] = second.loadFiles(files, nodeFileAccess);
      opened.close();
      assert.ok('cached' in result && result.cached && result.display);
      assert.equal(result.display.buffer.byteLength, result.display.byteLength);
      assert.deepEqual(result.display, first.displayOf(files[0].file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
