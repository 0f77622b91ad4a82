import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { readRepoFile, SEED } from './helpers';

const text = readRepoFile(SEED);
const transcript = new TranscriptParser().parse(text, { fileName: SEED });

describe('the seed transcript (Lavrov, Kuala Lumpur, 11 July 2025)', () => {
  it('has its title, place and date', () => {
    assert.match(transcript.title, /^Foreign Minister Sergey Lavrov’s remarks and answers to questions following the Russia-ASEAN meeting/);
    assert.equal(transcript.place, 'Kuala Lumpur');
    assert.equal(transcript.date, '2025-07-11');
    assert.deepEqual(transcript.speakers, ['Sergey Lavrov']);
    assert.equal(transcript.lineCount, 58);
  });

  it('has one opening section by Sergey Lavrov from "Good afternoon." to the second Taiwan paragraph', () => {
    const openings = transcript.sections.filter((s) => s.kind === 'opening');
    assert.equal(openings.length, 1);
    const [opening] = openings;
    assert.equal(opening.speaker, 'Sergey Lavrov');
    assert.deepEqual(opening.range, { start: 3, end: 25 });
    assert.equal(opening.turns.length, 1);
    assert.equal(opening.turns[0].role, 'remarks');
    const paragraphs = opening.turns[0].paragraphs;
    assert.equal(paragraphs.length, 23);
    assert.equal(paragraphs[0].text, 'Good afternoon.');
    assert.deepEqual(paragraphs[0].range, { start: 3, end: 3 });
    assert.match(paragraphs[22].text, /^We noted the statements made by some Western representatives.*Taiwan/);
  });

  it('has six exchanges, each a question and Sergey Lavrov’s answer, with their exact ranges', () => {
    const exchanges = transcript.sections.filter((s) => s.kind === 'exchange');
    const expected = [
      { question: 26, answer: [27, 33] },
      { question: 34, answer: [35, 37] },
      { question: 38, answer: [39, 40] },
      { question: 41, answer: [42, 44] },
      { question: 45, answer: [46, 46] },
      { question: 47, answer: [48, 56] },
    ];
    assert.equal(exchanges.length, expected.length);
    exchanges.forEach((exchange, i) => {
      const { question, answer } = expected[i];
      assert.equal(exchange.number, i + 1);
      assert.deepEqual(exchange.range, { start: question, end: answer[1] });
      assert.deepEqual(
        exchange.turns.map((t) => ({ role: t.role, speaker: t.speaker, range: t.range })),
        [
          { role: 'question', speaker: null, range: { start: question, end: question } },
          { role: 'answer', speaker: 'Sergey Lavrov', range: { start: answer[0], end: answer[1] } },
        ],
      );
      // Paragraph text never carries the speaker label.
      assert.doesNotMatch(exchange.turns[1].paragraphs[0].text, /^Sergey Lavrov:/);
      assert.equal(exchange.turns[1].paragraphs.length, answer[1] - answer[0] + 1);
    });
  });

  it('labels each exchange by its question’s first sentence, shortened at a word boundary', () => {
    const labels = transcript.sections.filter((s) => s.kind === 'exchange').map((s) => s.label);
    assert.equal(labels[2], 'Based on your meetings at this forum, what assessments can you share?');
    assert.equal(labels[4], 'Did you discuss strategic offensive weapons during the meeting with Marco Rubio?');
    for (const label of labels) assert.ok(label.length <= 81, label);
    assert.match(labels[0], /^Last year, during a meeting with Foreign Ministry leadership, .*…$/);
  });

  it('keeps the photo credit, the title lines and the Telegram footer outside every section', () => {
    const covered = new Set<number>();
    for (const section of transcript.sections) {
      for (const turn of section.turns) for (let l = turn.range.start; l <= turn.range.end; l++) covered.add(l);
    }
    for (const noise of [0, 1, 2, 57]) assert.ok(!covered.has(noise), `line ${noise} is in a turn`);
    for (let l = 3; l <= 56; l++) assert.ok(covered.has(l), `line ${l} is in no turn`);
  });
});
