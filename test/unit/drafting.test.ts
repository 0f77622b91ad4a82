import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attribution, completionText, firstUseProblems, longDate, quoteMarkdown } from '../../src/core/drafting';
import { EntityMatcher } from '../../src/core/entityMatcher';
import { Glossary } from '../../src/core/glossary';
import { readRepoFile } from './helpers';

const glossary = Glossary.fromData(JSON.parse(readRepoFile('corpus', 'glossary.json'))).glossary;
const matcher = new EntityMatcher(glossary.entries);

describe('first use of acronyms', () => {
  it('flags an acronym used before it is spelled out, once, with its expansion', () => {
    const problems = firstUseProblems('The SCO met.\nThe SCO met again, with NATO.', matcher, glossary);
    assert.deepEqual(
      problems.map((p) => [p.line, p.start, p.acronym, p.message]),
      [
        [0, 4, 'SCO', 'Spell out SCO on first use: Shanghai Cooperation Organisation (SCO)'],
        [1, 24, 'NATO', 'Spell out NATO on first use: North Atlantic Treaty Organization (NATO)'],
      ],
    );
  });

  it('accepts an acronym once the name came first, or when it is spelled out with it', () => {
    assert.deepEqual(firstUseProblems('The Shanghai Cooperation Organisation met. The SCO agreed.', matcher, glossary), []);
    assert.deepEqual(firstUseProblems('The Shanghai Cooperation Organisation (SCO) met.', matcher, glossary), []);
    // Names that are not acronyms (BRICS is the name) need no spelling out.
    assert.deepEqual(firstUseProblems('BRICS grew.', matcher, glossary), []);
  });
});

describe('completion text', () => {
  const sco = glossary.get('sco')!;
  it('is the full form with the acronym the first time, the acronym afterwards', () => {
    assert.equal(completionText(sco, []), 'Shanghai Cooperation Organisation (SCO)');
    assert.equal(completionText(sco, matcher.matchText('the SCO')), 'SCO');
    assert.equal(completionText(glossary.get('african-union')!, []), 'African Union (AU)');
  });
});

describe('quotes', () => {
  it('attribute the speaker, place and long date, and link the source when known', () => {
    assert.equal(longDate('2025-07-11'), '11 July 2025');
    assert.equal(longDate(null), null);
    const source = { speaker: 'Sergey Lavrov', place: 'Kuala Lumpur', date: '2025-07-11', title: 'T', sourceUrl: 'https://mid.ru/x' };
    assert.equal(attribution(source), '— Sergey Lavrov, Kuala Lumpur, 11 July 2025');
    assert.equal(quoteMarkdown(['First.', ' ', 'Second.'], source), '> First.\n>\n> Second.\n\n— Sergey Lavrov, Kuala Lumpur, 11 July 2025\nSource: <https://mid.ru/x>\n');
    assert.equal(attribution({ ...source, speaker: null, place: null, date: null }), '— Unnamed speaker, T');
  });
});
