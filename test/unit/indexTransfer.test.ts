import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CorpusIndex } from '../../src/core/corpusIndex';
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
