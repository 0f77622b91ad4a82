import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ArrayPostings, EncodedPostings, encodePostings } from '../../src/core/search/postings';
import { CorruptDataError, BinaryReader, BinaryWriter } from '../../src/core/search/store';
import { LetterPairs, pairKeysOf, StemTable, TermLookup } from '../../src/core/search/vocabulary';

const PARAGRAPHS = 3_000_000;
// Gaps of one, two, three and four bytes, a list of one, a list starting at 0 and one ending at the last paragraph.
const LISTS = [Int32Array.from([0, 1, 2, 130, 20_000, 2_500_000]), Int32Array.from([PARAGRAPHS - 1]), Int32Array.from([5, 127, 128, 255, 16_383, 16_384, 16_512])];

describe('postings as gaps in bytes', () => {
  it('decode to the lists they were made from, with their lengths known before decoding', () => {
    const { bytes, ends, lengths } = encodePostings(new ArrayPostings(LISTS));
    const encoded = new EncodedPostings(bytes, ends, lengths, PARAGRAPHS);
    assert.equal(encoded.size, LISTS.length);
    LISTS.forEach((list, t) => {
      assert.equal(encoded.lengthOf(t), list.length);
      assert.deepEqual(encoded.of(t), list);
    });
    // Smaller than four bytes a posting: 16 postings here.
    assert.ok(bytes.length < 16 * 4, `${bytes.length} bytes`);
    // Encoding an encoded list hands back its bytes as they are.
    assert.equal(encodePostings(encoded).bytes, bytes);
  });

  it('throw CorruptDataError for bytes that do not hold together, on reading or on decoding', () => {
    const { bytes, ends, lengths } = encodePostings(new ArrayPostings(LISTS));
    assert.throws(() => new EncodedPostings(bytes.subarray(1), ends, lengths, PARAGRAPHS), CorruptDataError, 'bytes cut short');
    assert.throws(() => new EncodedPostings(bytes, ends, Int32Array.from([13, 1, 7]), PARAGRAPHS), CorruptDataError, 'more postings than bytes');
    assert.throws(() => new EncodedPostings(bytes, ends, lengths, 5), CorruptDataError, 'more postings than paragraphs');
    // A paragraph beyond the last one.
    assert.throws(() => new EncodedPostings(bytes, ends, lengths, PARAGRAPHS - 1).of(1), CorruptDataError);
    // A gap of zero: the list would not be ascending.
    const zero = bytes.slice();
    zero[1] = 0;
    assert.throws(() => new EncodedPostings(zero, ends, lengths, PARAGRAPHS).of(0), CorruptDataError);
    // A continuation bit on the last byte of a list: it would run into the next one.
    const running = bytes.slice();
    running[ends[0] - 1] |= 0x80;
    assert.throws(() => new EncodedPostings(running, ends, lengths, PARAGRAPHS).of(0), CorruptDataError);
  });
});

describe('what an index works out from its vocabulary', () => {
  const terms = ['negotiation', 'negotiations', 'negotiated', 'переговоры', 'переговоров', 'negociaciones', 'negociación', 'négociations', 'négociation', 'iraq', 'irak', 'shanghai'];
  // Bits in LANGUAGES order (en, ru, zh, es, fr): where each word was seen.
  const languages = Uint8Array.from([1, 1, 1, 2, 2, 8, 8, 16, 16, 1, 1, 1 | 4]);

  it('finds each term by its spelling, and no other word', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const lookup = new TermLookup(many);
    many.forEach((t, i) => assert.equal(lookup.get(t), i));
    for (const absent of ['', 'w', 'wzzzz', 'negotiation']) assert.equal(lookup.get(absent), undefined);
  });

  it('groups terms by stem per language, and reads the groups back from bytes as they were', () => {
    const table = StemTable.build(terms, languages);
    assert.deepEqual([...table.termsWithStem('en', 'negoti')], [0, 1, 2]);
    assert.deepEqual([...table.termsWithStem('ru', 'переговор')], [3, 4]);
    assert.deepEqual([...table.termsWithStem('es', 'negoci')], [5, 6]);
    assert.deepEqual([...table.termsWithStem('fr', 'negoci')], [7, 8]);
    // A Spanish word is not stemmed as English where no English transcript holds it.
    assert.deepEqual([...table.termsWithStem('en', 'negociacion')], []);
    const out = new BinaryWriter();
    table.write(out);
    const back = StemTable.read(new BinaryReader(out.finish()), terms.length);
    for (const [language, stem] of [['en', 'negoti'], ['ru', 'переговор'], ['es', 'negoci'], ['fr', 'negoci'], ['en', 'iraq'], ['en', 'nothing']] as const) assert.deepEqual(back.termsWithStem(language, stem), table.termsWithStem(language, stem));
    assert.throws(() => StemTable.read(new BinaryReader(out.finish()), 3), CorruptDataError, 'ids beyond the vocabulary');
  });

  it('lists the terms holding each letter pair, and reads them back from bytes as they were', () => {
    const pairs = LetterPairs.build(terms);
    const holding = (pair: string) => [...pairs.termsWith(pairKeysOf(pair)[1])];
    assert.deepEqual(holding('ra'), [9, 10]);
    // Folded: "é" is "e".
    assert.deepEqual(holding('ne'), [0, 1, 2, 5, 6, 7, 8]);
    const out = new BinaryWriter();
    pairs.write(out);
    const back = LetterPairs.read(new BinaryReader(out.finish()), terms.length);
    for (const word of [...terms, '上海合作', 'zzz']) for (const key of pairKeysOf(word)) assert.deepEqual(back.termsWith(key), pairs.termsWith(key));
  });
});

describe("a document's glossary entries added after its words", () => {
  it('make the same index as entries given with the words, whatever order the documents get theirs in', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { EntityMatcher } = await import('../../src/core/entityMatcher');
    const { Glossary } = await import('../../src/core/glossary');
    const { TranscriptParser } = await import('../../src/core/parser/transcriptParser');
    const { paragraphEntities, SearchIndexBuilder, searchDocumentOf } = await import('../../src/core/search/searchIndex');
    const { repoRoot } = await import('./helpers');
    const matcher = new EntityMatcher(Glossary.fromData(JSON.parse(readFileSync(join(repoRoot, 'corpus', 'glossary.json'), 'utf8'))).glossary.entries);
    const dir = join(repoRoot, 'test', 'fixtures', 'real');
    const files = readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).slice(0, 8);
    const read = files.map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, transcript: new TranscriptParser().parse(text, { fileName: name }), mentions: matcher.matchText(text) };
    });
    assert.ok(read.length >= 4 && read.some((r) => r.mentions.length > 0));
    const together = new SearchIndexBuilder();
    for (const r of read) together.add(searchDocumentOf(r.name, r.transcript, r.mentions));
    const apart = new SearchIndexBuilder();
    const positions = read.map((r) => apart.add(searchDocumentOf(r.name, r.transcript)));
    // Last document first: late entries are put back in paragraph order.
    for (let i = read.length - 1; i >= 0; i--) apart.addEntities(positions[i], paragraphEntities(read[i].transcript, read[i].mentions));
    const a = together.finish();
    const b = apart.finish();
    const ids = [...new Set(read.flatMap((r) => r.mentions.map((m) => m.entryId)))];
    assert.ok(ids.length >= 3, ids.join(' '));
    for (const query of [...ids.map((id) => `@${id}`), 'sanctions', 'Security Council', 'Лавров']) {
      const wanted = a.search(query, { limit: 500 });
      if (query.startsWith('@')) assert.ok(wanted.total > 0, `no paragraph mentions ${query}`);
      assert.deepEqual(b.search(query, { limit: 500 }), wanted, query);
    }
    assert.throws(() => apart.addEntities(positions[0], []), /entities for 0 paragraphs/);
  });
});
