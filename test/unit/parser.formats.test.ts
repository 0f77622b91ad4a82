import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Section, Transcript } from '../../src/core/model';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { readRepoFile } from './helpers';

const parser = new TranscriptParser();

function parseFixture(name: string): Transcript {
  return parser.parse(readRepoFile('test', 'unit', 'fixtures', 'formats', name), { fileName: name });
}

function exchanges(t: Transcript): Section[] {
  return t.sections.filter((s) => s.kind === 'exchange');
}

function shape(t: Transcript) {
  return t.sections.map((s) => ({ kind: s.kind, speaker: s.speaker, turns: s.turns.map((u) => `${u.role}:${u.speaker ?? '-'}@${u.range.start}-${u.range.end}`) }));
}

describe('transcript formats', () => {
  it('White House briefing: banners, breadcrumbs, place line, clock times, MS./MR. labels, "Q" with non-breaking spaces, END footer', () => {
    const t = parseFixture('white-house-briefing.txt');
    assert.equal(t.title, 'Press Briefing by Press Secretary Karine Jean-Pierre and National Security Advisor Jake Sullivan');
    assert.equal(t.date, '2024-06-03');
    // No city is given: the venue is the place the text states.
    assert.equal(t.place, 'James S. Brady Press Briefing Room');
    // One person, one speaker: "MS. JEAN-PIERRE" is the Karine Jean-Pierre the title names.
    assert.deepEqual(t.speakers, ['Karine Jean-Pierre', 'Jake Sullivan']);
    assert.deepEqual(shape(t), [
      { kind: 'opening', speaker: 'Karine Jean-Pierre', turns: ['remarks:Karine Jean-Pierre@14-14', 'remarks:Jake Sullivan@16-18'] },
      { kind: 'exchange', speaker: 'Jake Sullivan', turns: ['question:-@20-20', 'answer:Jake Sullivan@22-22'] },
      { kind: 'exchange', speaker: 'Jake Sullivan', turns: ['question:-@24-24', 'answer:Jake Sullivan@26-28'] },
      { kind: 'exchange', speaker: 'Karine Jean-Pierre', turns: ['question:-@30-30', 'answer:Karine Jean-Pierre@32-32'] },
    ]);
    // The printed label stays on each turn.
    assert.equal(t.sections[0].turns[1].label, 'MR. SULLIVAN');
    // "Thank you, Jake." says nothing: the label is the question itself.
    assert.equal(exchanges(t)[0].label, 'Will the President meet President Zelenskyy in Paris?');
    assert.equal(exchanges(t)[0].turns[0].paragraphs[0].text, 'Thank you, Jake. Will the President meet President Zelenskyy in Paris?');
  });

  it('Chinese MFA press conference: outlets ask, the spokesperson answers, opening announcement, language menu', () => {
    const t = parseFixture('chinese-mfa.txt');
    assert.equal(t.date, '2024-05-13');
    // Only the people who answer are the transcript's speakers; the outlets are named on their turns.
    assert.deepEqual(t.speakers, ['Mao Ning']);
    assert.deepEqual(shape(t), [
      { kind: 'opening', speaker: 'Mao Ning', turns: ['remarks:Mao Ning@3-3'] },
      { kind: 'exchange', speaker: 'Mao Ning', turns: ['question:CCTV@4-4', 'answer:Mao Ning@5-5'] },
      { kind: 'exchange', speaker: 'Mao Ning', turns: ['question:AFP@6-6', 'answer:Mao Ning@7-7'] },
      { kind: 'exchange', speaker: 'Mao Ning', turns: ['question:-@8-8', 'answer:Mao Ning@9-9'] },
      { kind: 'exchange', speaker: 'Mao Ning', turns: ['question:Bloomberg@10-10', 'answer:Mao Ning@11-11'] },
      // An outlet no list knows is still a questioner: the spokesperson answers it.
      { kind: 'exchange', speaker: 'Mao Ning', turns: ['question:Ukrinform@12-12', 'answer:Mao Ning@13-13'] },
    ]);
    assert.equal(exchanges(t)[2].turns[0].label, 'Question (translated from Chinese)');
  });

  it('a Russian MFA transcript quoted in a Markdown blog post: only the blockquote is the transcript', () => {
    const t = parseFixture('blog-quoting-mfa.md');
    assert.match(t.title, /^Foreign Minister Sergey Lavrov’s answers to media questions at a joint news conference/);
    assert.equal(t.place, 'Moscow');
    assert.equal(t.date, '2024-03-04');
    assert.deepEqual(t.speakers, ['Sergey Lavrov']);
    assert.deepEqual(shape(t), [
      { kind: 'opening', speaker: 'Sergey Lavrov', turns: ['remarks:Sergey Lavrov@8-12'] },
      { kind: 'exchange', speaker: 'Sergey Lavrov', turns: ['question:-@14-14', 'answer:Sergey Lavrov@16-16'] },
      { kind: 'exchange', speaker: 'Sergey Lavrov', turns: ['question:-@18-18', 'answer:Sergey Lavrov@20-20'] },
    ]);
    assert.equal(t.sections[0].turns[0].label, 'Sergey Lavrov (speaks after Wang Yi)');
    assert.equal(t.sections[0].turns[0].paragraphs[0].text, 'Ladies and gentlemen,');
    assert.equal(exchanges(t)[1].turns[0].paragraphs[0].text, 'What about the Shanghai Cooperation Organisation summit?');
  });

  it('YAML front matter, hard-wrapped blank-line paragraphs, a whitespace-only line and a Markdown hard break', () => {
    const t = parseFixture('front-matter-wrapped.md');
    assert.equal(t.title, 'Secretary Antony J. Blinken at a Press Availability');
    assert.equal(t.date, '2023-07-14');
    assert.equal(t.place, 'Jakarta, Indonesia');
    // Mr Miller only gives the floor: he chairs, and is named on his turn but is no speaker of the transcript.
    assert.deepEqual(t.speakers, ['Antony J. Blinken']);
    assert.equal(t.sourceUrl, 'https://www.state.gov/secretary-antony-j-blinken-at-a-press-availability-49/');
    assert.deepEqual(shape(t), [
      { kind: 'opening', speaker: 'Antony J. Blinken', turns: ['remarks:Antony J. Blinken@7-12', 'remarks:Miller@14-14'] },
      { kind: 'exchange', speaker: 'Antony J. Blinken', turns: ['question:-@16-17', 'answer:Antony J. Blinken@19-21'] },
      { kind: 'exchange', speaker: 'Antony J. Blinken', turns: ['question:-@23-24', 'answer:Antony J. Blinken@26-26'] },
    ]);
    const opening = t.sections[0].turns[0].paragraphs;
    assert.equal(opening.length, 2);
    assert.equal(opening[0].text, "Good afternoon, everyone. We've had a very productive few days here in Jakarta at the ASEAN meetings, and I want to thank our Indonesian hosts for their hospitality.");
    assert.deepEqual(t.sections[1].turns[1].paragraphs.map((p) => p.range), [{ start: 19, end: 20 }, { start: 21, end: 21 }]);
    assert.equal(exchanges(t)[0].label, 'Did you raise the South China Sea with Foreign Minister Wang Yi when you met him…');
  });

  it('NATO: "SG:" labels, a place on its own line, separators and photo credits between turns, a bracketed questioner', () => {
    const t = parseFixture('nato-press-conference.txt');
    // "Vilnius, Lithuania": the city is the place.
    assert.equal(t.place, 'Vilnius');
    assert.equal(t.date, '2023-07-10');
    // "SG" is the Secretary General the title names; the spokesperson who gives the floor only chairs.
    assert.deepEqual(t.speakers, ['Jens Stoltenberg']);
    const opening = t.sections[0];
    assert.equal(opening.speaker, 'Jens Stoltenberg');
    assert.deepEqual(opening.range, { start: 8, end: 18 });
    assert.deepEqual(opening.turns.map((u) => `${u.role}:${u.speaker}`), ['remarks:Jens Stoltenberg', 'remarks:Oana Lungescu']);
    assert.equal(exchanges(t)[0].turns[0].speaker, 'Reuters');
    // "There are three things I expect allies to agree on:" ends with a colon but is no speaker label.
    assert.equal(opening.turns[0].paragraphs[1].text, 'There are three things I expect allies to agree on:');
    assert.equal(exchanges(t).length, 2);
    assert.equal(exchanges(t)[0].turns[0].label, 'Question [Reuters]');
    for (const noise of [14, 16]) assert.ok(t.sections.every((s) => s.turns.every((u) => noise < u.range.start || noise > u.range.end)));
  });

  it('CRLF, a BOM, non-breaking spaces, curly and straight quotes, place and date at the end of the title, a date glued to a time', () => {
    const t = parseFixture('crlf-bom-sochi.txt');
    assert.equal(t.title, 'Foreign Minister Sergey Lavrov’s remarks and answers to media questions, Sochi, May 15, 2019');
    assert.equal(t.place, 'Sochi');
    assert.equal(t.date, '2019-05-15');
    assert.equal(t.lineCount, 11);
    assert.deepEqual(shape(t), [
      { kind: 'opening', speaker: 'Sergey Lavrov', turns: ['remarks:Sergey Lavrov@2-3'] },
      { kind: 'exchange', speaker: 'Sergey Lavrov', turns: ['question:-@4-4', 'answer:Sergey Lavrov@5-5'] },
      { kind: 'exchange', speaker: 'Sergey Lavrov', turns: ['question:-@6-6', 'answer:Sergey Lavrov@7-7'] },
    ]);
    assert.equal(t.sections[0].turns[0].paragraphs[0].text, 'Good evening. Mr Pompeo and I have held “frank” talks.');
  });

  it('Markdown hard breaks with one paragraph a line, "Q:"/"A:" labels in bold, a moderator and a clock time', () => {
    const t = parseFixture('markdown-hard-breaks.md');
    assert.equal(t.title, 'Remarks to the press by the Foreign Minister of Malaysia');
    assert.equal(t.place, 'Putrajaya');
    assert.equal(t.date, '2024-08-02');
    assert.deepEqual(shape(t), [
      // "The minister will take two questions." gives the floor: no opening remarks, the first exchange starts there.
      { kind: 'exchange', speaker: null, turns: ['remarks:Moderator@3-3', 'question:-@4-4', 'answer:-@5-6'] },
      { kind: 'exchange', speaker: null, turns: ['question:-@7-7', 'answer:-@8-8'] },
    ]);
    assert.equal(t.sections[0].label, 'Will Malaysia apply to join BRICS?');
    assert.equal(t.sections[0].turns[2].paragraphs.length, 2);
  });
});

describe('more formats', () => {
  it('UN noon briefing: the Spokesman answers the questions, and his opening remarks run through a bold heading', () => {
    const t = parseFixture('un-noon-briefing.txt');
    assert.equal(t.date, '2024-03-12');
    // "Spokesman" is the Stéphane Dujarric the editor's note names; the note itself is no remark.
    assert.deepEqual(t.speakers, ['Stéphane Dujarric']);
    const exchanges = t.sections.filter((s) => s.kind === 'exchange');
    assert.equal(exchanges.length, 2);
    assert.deepEqual(exchanges.map((s) => s.turns.map((u) => `${u.role}:${u.speaker ?? '-'}`)), [
      ['question:-', 'answer:Stéphane Dujarric'],
      ['question:-', 'answer:Stéphane Dujarric'],
    ]);
    assert.equal(t.sections.filter((s) => s.kind === 'opening').length, 1);
    const opening = t.sections.find((s) => s.kind === 'opening' && s.speaker === 'Stéphane Dujarric');
    assert.ok(opening, 'no opening remarks by the Spokesman');
    // "**Gaza**" is a heading inside his remarks, not a speaker: they run on to the next paragraph.
    assert.deepEqual(opening.range, { start: 3, end: 5 });
  });
});

describe('spacing in paragraph texts', () => {
  it('collapses tabs, runs of spaces, Unicode spaces and the gaps Markdown leaves, and leaves single spaces alone', () => {
    const text = [
      'Remarks to the press by the Minister, Geneva, 3 March 2024',
      '',
      'Minister Jane Roe:  We  met\u00a0in\tGeneva\u2009today.',
      'The talks [were long](https://example.org/talks) ![photo](https://example.org/p.jpg) and useful.',
      '',
      'Question: Did  you agree?',
      '',
      'Minister Jane Roe: Yes, we did. Plainly spaced text stays as it is.',
    ].join('\n');
    const t = parser.parse(text);
    const paragraphs = t.sections.flatMap((s) => s.turns.flatMap((u) => u.paragraphs.map((p) => p.text)));
    assert.deepEqual(paragraphs, ['We met in Geneva today. The talks were long and useful.', 'Did you agree?', 'Yes, we did. Plainly spaced text stays as it is.']);
  });
});

describe('a lead that repeats the title', () => {
  it('is left out when it is the title again (in another case, with a stop, spaced otherwise); a longer paragraph that opens with it stays', () => {
    const title = 'Remarks by the Minister on the Situation in the Region';
    const text = [
      title,
      'Geneva, 3 March 2024',
      '',
      'Remarks by the minister on the  situation in the region.',
      '',
      'REMARKS BY THE MINISTER ON THE SITUATION IN THE REGION.',
      '',
      `${title} were made after the talks, and the Minister took no questions.`,
      '',
      'We will meet again in April.',
    ].join('\n');
    const t = parser.parse(text);
    const paragraphs = t.sections.flatMap((s) => s.turns.flatMap((u) => u.paragraphs.map((p) => p.text)));
    assert.deepEqual(paragraphs, [`${title} were made after the talks, and the Minister took no questions.`, 'We will meet again in April.']);
  });
});
