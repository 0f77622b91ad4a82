import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { parseQuery, words } from '../../src/core/search/query';
import { SearchIndex, SearchIndexBuilder, searchDocumentOf, simpleLower, type SearchDocument } from '../../src/core/search/searchIndex';
import { CorruptDataError } from '../../src/core/search/store';
import { readRepoFile, SEED } from './helpers';

const seed = searchDocumentOf(SEED, new TranscriptParser().parse(readRepoFile(SEED)));
const index = SearchIndex.build([seed]);
const lines = (query: string, limit = 3) => index.search(query, { limit }).results.map((h) => h.line);

describe('query language', () => {
  it('reads words, phrases, exact words, prefixes, exclusions and alternatives', () => {
    assert.deepEqual(parseQuery('nuclaer "One China" \'exact ^pref !not a | b'), {
      groups: [
        [{ mode: 'fuzzy', words: ['nuclaer'] }],
        [{ mode: 'phrase', words: ['one', 'china'] }],
        [{ mode: 'exact', words: ['exact'] }],
        [{ mode: 'prefix', words: ['pref'] }],
        [{ mode: 'fuzzy', words: ['a'] }, { mode: 'fuzzy', words: ['b'] }],
      ],
      exclude: [{ mode: 'exact', words: ['not'] }],
      speaker: null,
      role: null,
    });
    // Words keep their accents (the index folds them at lookup, so that a stemmer sees real words);
    // a token that spells a phrase stays typo-tolerant, a quoted phrase does not.
    assert.deepEqual(parseQuery('Élysée START-3 "New START"').groups, [
      [{ mode: 'fuzzy', words: ['élysée'] }],
      [{ mode: 'phrase', words: ['start', '3'], loose: true }],
      [{ mode: 'phrase', words: ['new', 'start'] }],
    ]);
    assert.deepEqual(parseQuery('  " |  !  ').groups, []);
  });
});

describe('SearchIndex on the seed', () => {
  it('corrects typos in any word', () => {
    assert.deepEqual(lines('Myanmr'), [21]);
    assert.equal(lines('nuclaer facilites')[0], 19);
    assert.equal(lines('hypocrisi')[0], 25);
  });

  it('needs every word, in any order', () => {
    assert.deepEqual(lines('architecture security Eurasian Putin').sort(), [26, 27]);
    assert.deepEqual(lines('Aftonbladet Hebron'), []);
  });

  it('reads "phrases", \'exact words, ^prefixes, !exclusions and a | b', () => {
    assert.deepEqual(lines('"One China principle"'), [24]);
    assert.deepEqual(lines('"China One"'), []);
    assert.deepEqual(lines("'Myanmr"), []);
    assert.deepEqual(lines('^touris'), [14]);
    assert.ok(!lines('NATO !ASEAN', 50).includes(26));
    assert.ok(lines('NATO !ASEAN', 50).includes(30));
    assert.deepEqual(lines('Aftonbladet | Hebron').sort(), [18, 55]);
  });

  it('completes the last word while it is typed, only when asked', () => {
    assert.deepEqual(index.search('Aftonbl', { prefixLast: true }).results.map((h) => h.line), [55]);
    assert.deepEqual(index.search('Aftonbl').results, []);
    assert.deepEqual(index.search('Aftonbl ', { prefixLast: true }).results, []);
  });

  it('says where a hit is: file, transcript, section, speaker, lines and a snippet around the match', () => {
    const [hit] = index.search('hypocrisy').results;
    assert.equal(hit.file, SEED);
    assert.equal(hit.section, 'Opening remarks');
    assert.equal(hit.speaker, 'Sergey Lavrov');
    assert.equal(hit.place, 'Kuala Lumpur');
    assert.equal(hit.date, '2025-07-11');
    assert.match(hit.snippet, /blatant hypocrisy/);
    assert.ok(hit.snippet.length <= 165);
    assert.deepEqual(hit.matched, ['hypocrisy']);
    assert.match(index.search('Merz').results[0].section, /^Q6: /);
  });

  it('ranks a paragraph with the rarer word first', () => {
    const results = index.search('ASEAN Myanmar', { limit: 5 }).results;
    assert.equal(results[0].line, 21);
  });

  it('answers the same after a round trip through its binary form', () => {
    const bytes = index.toBytes();
    // A copy at an odd offset: the reader must not depend on the buffer's alignment.
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    for (const copy of [SearchIndex.fromBytes(bytes), SearchIndex.fromBytes(shifted.subarray(1))]) {
      for (const q of ['Myanmr', '"One China"', 'NATO !ASEAN', '^tour', 'speaker:lavrov role:answer']) assert.deepEqual(copy.search(q), index.search(q));
    }
  });

  it('rejects bytes that are not an index, cut short or altered, with CorruptDataError', () => {
    const bytes = index.toBytes();
    assert.throws(() => SearchIndex.fromBytes(bytes.subarray(0, bytes.length - 9)), CorruptDataError);
    assert.throws(() => SearchIndex.fromBytes(new Uint8Array(4096).map((_, i) => (i * 7919) % 251)), CorruptDataError);
    const otherVersion = bytes.slice();
    otherVersion[0] ^= 0xff;
    assert.throws(() => SearchIndex.fromBytes(otherVersion), CorruptDataError);
  });

  it('merges the indexes of parts of a corpus into the index of the whole, and drops files without a rebuild', () => {
    const docs: SearchDocument[] = [seed, { ...seed, file: 'copy.txt', paragraphs: seed.paragraphs.map((p) => ({ ...p, text: p.text.replace(/ASEAN/g, 'Aseanic') })) }];
    const whole = SearchIndex.build(docs);
    const merged = SearchIndex.concat([SearchIndex.build(docs.slice(0, 1)), SearchIndex.build(docs.slice(1))]);
    const queries = ['Myanmr', '"One China"', 'NATO !ASEAN', '^tour', 'aseanic', 'speaker:lavrov', 'Aftonbladt role:question'];
    for (const q of queries) assert.deepEqual(merged.search(q), whole.search(q), q);
    const alone = SearchIndex.build(docs.slice(0, 1));
    const dropped = whole.without(new Set(['copy.txt']));
    assert.deepEqual(dropped.files, alone.files);
    assert.equal(dropped.vocabularySize, alone.vocabularySize, 'a word only the dropped file held leaves the vocabulary');
    for (const q of queries) assert.deepEqual(dropped.search(q), alone.search(q), q);
    // Dropped, merged again and read back from bytes: still the whole.
    const again = SearchIndex.fromBytes(SearchIndex.concat([dropped, SearchIndex.build(docs.slice(1))]).toBytes());
    for (const q of queries) assert.deepEqual(again.search(q), whole.search(q), q);
  });

  it('builds a document at a time, leaving out documents dropped before it is finished', () => {
    const copy = (file: string, word: string): SearchDocument => ({ ...seed, file, paragraphs: seed.paragraphs.map((p) => ({ ...p, text: p.text.replace(/ASEAN/g, word) })) });
    const builder = new SearchIndexBuilder();
    builder.reserve(10_000);
    const first = builder.add(copy('a.txt', 'Zorblat'));
    builder.add(seed);
    builder.drop(first);
    builder.drop(first);
    builder.add(copy('a.txt', 'Aseanic'));
    const built = builder.finish();
    const expected = SearchIndex.build([seed, copy('a.txt', 'Aseanic')]);
    assert.deepEqual(built.files, [SEED, 'a.txt']);
    assert.equal(built.search('Zorblat').total, 0, 'the dropped version of a.txt is gone');
    assert.equal(built.vocabularySize, expected.vocabularySize, 'its words with it');
    for (const q of ['aseanic', 'Myanmr', '"One China"', 'speaker:lavrov', 'NATO !ASEAN']) assert.deepEqual(built.search(q), expected.search(q), q);
  });

  it('handles queries that match nothing or are empty', () => {
    assert.deepEqual(index.search('').results, []);
    assert.deepEqual(index.search('zzzzqqq').results, []);
    assert.equal(SearchIndex.build([]).search('anything').total, 0);
  });

  it('finds a word more than 60 characters into a long paragraph (where Fuse.js defaults would not)', () => {
    const long: SearchDocument = { file: 'x', title: 'x', place: null, date: null, paragraphs: [{ text: 'word '.repeat(400) + 'needle', line: 0, endLine: 0, speaker: null, section: 's' }] };
    assert.equal(SearchIndex.build([long]).search('neddle').total, 1);
  });

  it('reads the letters of Latin-1 and basic Cyrillic in one pass as `words` reads them: in lower case, ё as е', () => {
    let known = 0;
    for (let c = 0; c < 0x10000; c++) {
      const lower = simpleLower(c);
      if (lower < 0) continue;
      known++;
      const letter = String.fromCharCode(c);
      assert.deepEqual(words(`x ${letter}${letter} y`), ['x', String.fromCharCode(lower).repeat(2), 'y'], `U+${c.toString(16)}`);
    }
    // À–ÿ without × and ÷; ª ² ³ µ ¹ º ¼ ½ ¾; Œ œ Ÿ; then Ѐ–џ.
    assert.equal(known, 62 + 9 + 3 + 96);
  });

  it('finds Russian, Spanish and French words written in capitals, and words past a letter it reads the Unicode way', () => {
    const text = 'ЁЛКИ-ПАЛКИ, сказал SE\u00d1OR Дюпон у ÉLYSÉE; Ἀθῆναι и STRAẞE, ПРИВЕТ.';
    const doc: SearchDocument = { file: 'x', title: 'x', place: null, date: null, paragraphs: [{ text, line: 0, endLine: 0, speaker: null, section: 's' }] };
    const built = SearchIndex.build([doc]);
    for (const query of ["'елки", "'палки", "'señor", "'élysée", "'дюпон", "'привет"]) assert.equal(built.search(query).total, 1, query);
    assert.equal(built.search("'ёлки-палки").total, 1);
    assert.equal(built.search("'сенор").total, 0);
  });

  it('takes a word written in capitals and in lower case in different paragraphs for the same word', () => {
    const texts = ['Привет мир, señor, cœur.', 'ПРИВЕТ МИР, SEÑOR, CŒUR.', '¿Qué? Привет.'];
    const doc: SearchDocument = { file: 'x', title: 'x', place: null, date: null, paragraphs: texts.map((text, line) => ({ text, line, endLine: line, speaker: null, section: 's' })) };
    const built = SearchIndex.build([doc]);
    assert.equal(built.search("'привет").total, 3);
    assert.equal(built.search("'мир").total, 2);
    assert.equal(built.search("'señor").total, 2);
    assert.equal(built.search("'cœur").total, 2);
    assert.equal(built.search("'qué").total, 1);
  });

  it('lowers a Greek capital sigma as the whole text from the first accented word on lowers it: after a word, a final sigma', () => {
    const doc: SearchDocument = { file: 'x', title: 'x', place: null, date: null, paragraphs: [{ text: 'État.Σ', line: 0, endLine: 0, speaker: null, section: 's' }] };
    assert.equal(SearchIndex.build([doc]).search("'ς").total, 1);
  });
});
