// Highlighting from the parse (issue 18): labels where the parser found turns, the header, noise lines
// and organisation mentions; expectations read from the seed (0-based lines).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CorpusIndex } from '../../src/core/corpusIndex';
import { Glossary } from '../../src/core/glossary';
import { readRepoFile, SEED } from './helpers';

describe('transcript tokens', () => {
  const seed = readRepoFile(SEED);
  const index = new CorpusIndex();
  index.setGlossary(Glossary.fromData(JSON.parse(readRepoFile('corpus', 'glossary.json'))).glossary.entries);
  const tokens = index.tokens(seed, '2025-07-11-lavrov-kuala-lumpur.txt');
  const at = (line: number) => tokens.filter((t) => t.line === line);

  it('marks the noise line, the title and the place and date as header', () => {
    assert.deepEqual(at(0), [{ line: 0, start: 0, length: 'Photo: MFA'.length, type: 'transcriptNoise' }]);
    assert.equal(at(1)[0].type, 'transcriptHeader');
    assert.deepEqual(at(2), [{ line: 2, start: 0, length: 'Kuala Lumpur, July 11, 2025'.length, type: 'transcriptHeader' }]);
  });

  it('starts a token at each label: the question’s apart from the answer’s', () => {
    assert.deepEqual(at(26)[0], { line: 26, start: 0, length: 'Question:'.length, type: 'transcriptQuestion' });
    assert.deepEqual(at(27)[0], { line: 27, start: 0, length: 'Sergey Lavrov:'.length, type: 'transcriptSpeaker' });
    const questions = tokens.filter((t) => t.type === 'transcriptQuestion');
    assert.equal(questions.length, 6);
  });

  it('marks organisation mentions, and no two tokens overlap', () => {
    const line4 = seed.split('\n')[4];
    const asean = at(4).find((t) => t.type === 'transcriptOrganisation');
    assert.ok(asean, JSON.stringify(at(4)));
    assert.equal(line4.slice(asean.start, asean.start + asean.length), 'ASEAN');
    for (let i = 1; i < tokens.length; i++) {
      const [a, b] = [tokens[i - 1], tokens[i]];
      assert.ok(a.line < b.line || a.start + a.length <= b.start, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`);
    }
  });
});

describe('lines of offsets', () => {
  it('counts lines as VS Code does, whatever the line breaks', async () => {
    const { lineAt, lineStarts } = await import('../../src/core/parser/lines');
    const text = 'one\r\ntwo\rthree\nfour';
    const starts = lineStarts(text);
    assert.deepEqual(starts, [0, 5, 9, 15]);
    assert.deepEqual([0, 4, 5, 8, 9, 15, 18].map((o) => lineAt(starts, o)), [0, 0, 1, 1, 2, 3, 3]);
  });
});
