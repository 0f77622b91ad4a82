import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDate } from '../../src/core/parser/dates';
import { readSpeakerLabel } from '../../src/core/parser/labels';
import { speakersFromTitle } from '../../src/core/parser/header';
import { looksLikeHtml } from '../../src/core/parser/html';
import { splitLines } from '../../src/core/parser/lines';
import { collapseSpaces, firstSentence, hasMoreWordsThan, shorten } from '../../src/core/text';
import { standaloneLabel } from '../../src/core/parser/labels';

describe('dates', () => {
  const cases: [string, string | null][] = [
    ['Kuala Lumpur, July 11, 2025', '2025-07-11'],
    ['11 July 2025', '2025-07-11'],
    ['2025-07-11', '2025-07-11'],
    ['15 May 201921:30', '2019-05-15'],
    ['…media questions, Sochi, May 15, 2019', '2019-05-15'],
    ['10 Jul. 2023', '2023-07-10'],
    ['11.07.2025', '2025-07-11'],
    ['February 30, 2024', null],
    ['We met 12 times in 2024', null],
  ];
  for (const [text, iso] of cases) it(`reads "${text}"`, () => assert.equal(findDate(text)?.iso ?? null, iso));
});

describe('speaker labels', () => {
  const labels: [string, string, string][] = [
    ['Question: Last year…', 'Question', 'question'],
    ['Question (translated from Chinese): What…', 'Question', 'question'],
    ['Sergey Lavrov (speaks after Wang Yi): Thank you.', 'Sergey Lavrov', 'named'],
    ['QUESTION: Thank you.', 'QUESTION', 'question'],
    ['Q: And Iran?', 'Q', 'question'],
    ['Q\u00a0\u00a0Thank you.', 'Q', 'question'],
    ['MR. SULLIVAN:  Thank you.', 'MR. SULLIVAN', 'named'],
    ['MS. JEAN-PIERRE: Good afternoon.', 'MS. JEAN-PIERRE', 'named'],
    ['SECRETARY BLINKEN: Well,', 'SECRETARY BLINKEN', 'named'],
    ['SG: Good afternoon.', 'SG', 'named'],
    ['AFP: What is your comment?', 'AFP', 'outlet'],
    ['CCTV: Could you share more?', 'CCTV', 'outlet'],
    ['Mao Ning: China and Russia…', 'Mao Ning', 'named'],
    ['**Sergey Lavrov:** Ladies and gentlemen,', 'Sergey Lavrov', 'named'],
    ['**Question**: How?', 'Question', 'question'],
  ];
  for (const [line, name, kind] of labels) {
    it(`reads "${line}" as ${kind} ${name}`, () => {
      const label = readSpeakerLabel(line.replace(/\u00a0/g, ' '));
      assert.ok(label, 'no label');
      assert.equal(label.name, name);
      assert.equal(label.kind, kind);
    });
  }
  const sentences = [
    'There are three formats of our meetings:',
    'The EAS was established for three reasons: trade, transport and culture.',
    'In Gaza: the situation is dire.',
    'Photo: MFA',
    'Note: this is an unofficial translation.',
    '8:39 A.M. EEST',
    'First: we must act.',
    'A portion of the audience clapped.',
    'Q and A sessions are useful.',
  ];
  for (const sentence of sentences) it(`does not read "${sentence}" as a label`, () => assert.equal(readSpeakerLabel(sentence), null));
});

describe('speakers named in titles', () => {
  const cases: [string, string[]][] = [
    ['Foreign Minister Sergey Lavrov’s remarks and answers to questions following the Russia-ASEAN meeting', ['Sergey Lavrov']],
    ["Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on May 13, 2024", ['Mao Ning']],
    ['Press Briefing by Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan', ['Karine Jean-Pierre', 'Jake Sullivan']],
    ['Secretary Antony J. Blinken at a Press Availability', ['Antony J. Blinken']],
    ['Remarks to the press by the Foreign Minister of Malaysia', []],
    ['(Video) Secretary Antony J. Blinken’s Remarks at the Summit', ['Antony J. Blinken']],
    ['Transcript, 12 May: Prime Minister Narendra Modi’s address to the nation', ['Narendra Modi']],
  ];
  for (const [title, names] of cases) it(`finds ${JSON.stringify(names)}`, () => assert.deepEqual(speakersFromTitle(title), names));
});

describe('labels of sections', () => {
  it('ends the first sentence at the right full stop', () => {
    assert.equal(firstSentence('Thank you, Mr. Secretary. Did you raise it?'), 'Thank you, Mr. Secretary.');
    assert.equal(firstSentence('US President Donald J. Trump said so. Then he left.'), 'US President Donald J. Trump said so.');
    assert.equal(firstSentence('No full stop here'), 'No full stop here');
    // The word before a full stop, read back from it: accented letters, initials and abbreviations.
    assert.equal(firstSentence('Le président É. Macron a parlé. Puis il est parti.'), 'Le président É. Macron a parlé.');
    assert.equal(firstSentence('They met in the U.S. Congress. Then they left.'), 'They met in the U.S. Congress.');
    assert.equal(firstSentence('I saw 𝐀. Then more.'), 'I saw 𝐀. Then more.', 'a capital beyond the BMP is an initial too');
  });
  it('shortens at a word boundary with an ellipsis', () => {
    const long = 'Last year, during a meeting with Foreign Ministry leadership, President Vladimir Putin called for building';
    const short = shorten(long, 80);
    assert.ok(short.length <= 81);
    assert.ok(short.endsWith('Vladimir…'), short);
    assert.equal(shorten('Short enough.', 80), 'Short enough.');
  });
});

describe('spaces', () => {
  it('counts words as collapsing the spaces leaves them, with a label alone on its line told from a piece of a sentence', () => {
    for (const text of ['one two three four five six', ' one\u00a0two\u200b three\t\tfour  five six ', 'a b c d e f g', 'a\u2028b\u2029c\ufeffd\u205fe\u202ff g', '\u3000', '']) {
      const words = collapseSpaces(text) === '' ? 0 : collapseSpaces(text).split(' ').length;
      assert.equal(hasMoreWordsThan(text, 6), words > 6, JSON.stringify(text));
      assert.equal(hasMoreWordsThan(text, words), false, JSON.stringify(text));
    }
    assert.equal(standaloneLabel('wear masks, what specifically is this White House doing to combat that'), null);
    assert.equal(standaloneLabel('they are focused on his early decisions and actions  And'), null);
    assert.equal(standaloneLabel('CAROLINE ROUX')?.name, 'CAROLINE ROUX');
    // More than six words, but what comes after a comma, in brackets, or is emphasis marks only, is no part of the name.
    assert.equal(standaloneLabel('Jen Psaki (Press Secretary of the United States)')?.name, 'Jen Psaki');
    assert.equal(standaloneLabel('Sergey Lavrov, Minister of Foreign Affairs of Russia')?.name, 'Sergey Lavrov');
    assert.equal(standaloneLabel('** ** ** ** __ Jen Psaki')?.name, 'Jen Psaki');
  });
});

describe('keyword in context', () => {
  it('keeps a few words either side, with the text’s own spacing, and marks cuts', async () => {
    const { keywordInContext } = await import('../../src/core/text');
    const line = 'Is there an understanding of the future of START-3 which expires next year? Yes.';
    const start = line.indexOf('START-3');
    const k = keywordInContext(line, start, start + 7, 4);
    assert.equal(`${k.before}${k.keyword}${k.after}`, '…of the future of START-3 which expires next year?…');
    const n = keywordInContext('NATO’s purpose', 0, 4, 4);
    assert.deepEqual(n, { before: '', keyword: 'NATO', after: '’s purpose' });
  });
});

describe('lines', () => {
  it('splits at LF, CRLF and CR as VS Code does, after a byte-order mark', () => {
    assert.deepEqual(splitLines('a\nb\n'), ['a', 'b', '']);
    assert.deepEqual(splitLines('\uFEFFa\r\nb\rc\n\nd'), ['a', 'b', 'c', '', 'd']);
    assert.deepEqual(splitLines('a\r\n\r\nb'), ['a', '', 'b']);
    // A byte-order mark only counts at the start.
    assert.deepEqual(splitLines('a\uFEFF\nb'), ['a\uFEFF', 'b']);
    assert.deepEqual(splitLines(''), ['']);
  });

  it('reads text without a tag as text, whatever else it holds', () => {
    assert.equal(looksLikeHtml('Question: p div br > b\n'.repeat(50)), false);
    assert.equal(looksLikeHtml('<!doctype html><title>x</title>'), true);
  });
});
