import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { EntityMatcher } from '../../src/core/entityMatcher';
import { Glossary } from '../../src/core/glossary';
import type { Transcript } from '../../src/core/model';
import { splitLines } from '../../src/core/parser/lines';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { decodeTranscript } from '../../src/core/source';
import { readRepoFile, SEED } from './helpers';

const parser = new TranscriptParser();
const glossary = Glossary.fromData(JSON.parse(readRepoFile('corpus', 'glossary.json'))).glossary;
const matcher = new EntityMatcher(glossary.entries);
const seedLines = splitLines(readRepoFile(SEED));

/** Lines like real transcripts': labels, noise, Markdown, odd spaces, and random text. */
const transcriptLine = fc.oneof(
  fc.constantFrom(...seedLines),
  fc.constantFrom('Question:', 'Q\u00a0\u00a0Thank you.', 'MR. SULLIVAN:  Yes.', '**Sergey Lavrov:**', '> **Question:** Why?', '---', '* * *', 'Photo: MFA', '8:39 A.M. EEST', '# Title', '## Heading', '', '   ', '\t', 'END', 'AFP: What?', 'Mao Ning: No.'),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('a', ' ', ':', '*', '>', '#', '-', 'Q', '\u00a0', '“', '’', '(', ')', '.', '\r'), maxLength: 60 }),
);
const transcriptText = fc.tuple(fc.array(transcriptLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean()).map(([lines, eol, bom]) => (bom ? '\uFEFF' : '') + lines.join(eol));

function checkRanges(text: string, t: Transcript): void {
  const lineCount = splitLines(text).length;
  assert.equal(t.lineCount, lineCount);
  let previous = -1;
  for (const section of t.sections) {
    assert.ok(section.range.start <= section.range.end);
    assert.ok(section.range.start > previous, 'sections overlap or are out of order');
    assert.ok(section.range.end < lineCount);
    assert.ok(section.turns.length > 0);
    assert.equal(section.range.start, section.turns[0].range.start);
    assert.equal(section.range.end, section.turns[section.turns.length - 1].range.end);
    for (const turn of section.turns) {
      assert.ok(turn.paragraphs.length > 0);
      for (const p of turn.paragraphs) {
        assert.ok(p.range.start <= p.range.end && p.range.start > previous, 'paragraphs overlap or are out of order');
        assert.ok(p.range.start >= turn.range.start && p.range.end <= turn.range.end);
        previous = p.range.end;
      }
    }
  }
}

describe('property: the parser', () => {
  it('never throws, keeps every range inside the document and in order, and gives the same output for the same input', () => {
    fc.assert(
      fc.property(transcriptText, (text) => {
        const t = parser.parse(text);
        checkRanges(text, t);
        assert.deepEqual(parser.parse(text), t);
      }),
      { numRuns: 400 },
    );
  });
});

describe('property: the matcher', () => {
  it('never throws; mentions are inside the line, in order, not overlapping, and at word boundaries', () => {
    fc.assert(
      fc.property(transcriptLine, fc.constantFrom(...glossary.entries.flatMap((e) => e.aliases.slice(0, 2))), fc.string({ maxLength: 20 }), (line, alias, tail) => {
        const text = `${line} ${alias}${tail}`;
        const mentions = matcher.matchLine(text);
        let end = 0;
        for (const m of mentions) {
          assert.ok(m.start >= end && m.end > m.start && m.end <= text.length);
          assert.equal(text.slice(m.start, m.end), m.text);
          assert.ok(!/[\p{L}\p{N}]/u.test(text[m.start - 1] ?? ' ') || !/[\p{L}\p{N}]/u.test(text[m.start]), 'starts inside a word');
          end = m.end;
        }
        assert.deepEqual(matcher.matchLine(text), mentions);
      }),
      { numRuns: 400 },
    );
  });
});

describe('bad input', () => {
  const index = new CorpusIndex();
  index.setGlossary(glossary.entries);

  it('an empty or whitespace-only file is an empty transcript, not an error', () => {
    for (const text of ['', '   ', '\n\n\n', ' \t \r\n \u00a0 ']) {
      const t = parser.parse(text, { fileName: 'empty.txt' });
      assert.deepEqual(t.sections, []);
      assert.equal(t.title, 'empty');
    }
  });

  it('a binary file is refused with a reason; invalid UTF-8 is read with a warning', () => {
    const binary = decodeTranscript(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    assert.equal(binary.ok, false);
    const latin1 = decodeTranscript(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    assert.ok(latin1.ok && latin1.text === 'Caf\ufffd\n' && latin1.warnings.length === 1);
  });

  it('CRLF with a byte-order mark reads as LF without one', () => {
    const lf = readRepoFile(SEED);
    const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
    const bytes = new TextEncoder().encode(crlf);
    const decoded = decodeTranscript(bytes);
    assert.ok(decoded.ok);
    assert.deepEqual(parser.parse(decoded.text), parser.parse(lf));
  });

  it('a single 1 MB line is parsed and matched in bounded time', () => {
    const line = 'The ASEAN Regional Forum met. '.repeat(35_000);
    const started = performance.now();
    const result = index.upsert('one-line.txt', `Remarks by the Minister\n${line}\n`, 'one-line.txt');
    const ms = performance.now() - started;
    assert.equal(result.transcript.sections.length, 1);
    assert.equal(result.mentions.filter((m) => m.entryId === 'arf').length, 35_000);
    assert.ok(ms < 20_000, `${ms} ms`);
  });

  it('a 50 MB transcript is indexed and searchable', () => {
    // One long press conference: the seed's header, then its six exchanges over and over.
    const exchanges = seedLines.slice(26, 57).join('\n');
    const copies = Math.ceil((50 * 1024 * 1024) / exchanges.length);
    const big = [seedLines.slice(0, 26).join('\n'), ...Array.from({ length: copies }, () => exchanges)].join('\n');
    const started = performance.now();
    const result = index.upsert('big.txt', big, 'big.txt');
    const hits = index.search('Aftonbladt', { limit: 5 });
    const ms = performance.now() - started;
    assert.ok(big.length >= 50 * 1024 * 1024);
    assert.equal(result.transcript.sections.filter((s) => s.kind === 'exchange').length, copies * 6);
    assert.ok(hits.total >= copies);
    index.remove('big.txt');
    assert.ok(ms < 120_000, `${ms} ms`);
  });

  it('a regex metacharacter alias (C++, (EU), .*) matches only itself', () => {
    const odd = new EntityMatcher([
      { id: 'cpp', name: 'C++', aliases: ['(EU)', '.*', '[a-z]+', 'a|b'], kind: 'body', summary: 's', url: 'https://x.org', asOf: '2025-01-01' },
    ]);
    assert.deepEqual(odd.matchLine('C++ (EU) .* [a-z]+ a|b C ++ EU abc').map((m) => m.text), ['C++', '(EU)', '.*', '[a-z]+', 'a|b']);
  });
});
