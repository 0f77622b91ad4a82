import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { findDate } from '../../src/core/parser/dates';
import { readSpeakerLabel } from '../../src/core/parser/labels';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { parseQuery } from '../../src/core/search/query';
import { SearchIndex, searchDocumentOf } from '../../src/core/search/searchIndex';

const parse = (text: string) => new TranscriptParser().parse(text, { fileName: 'x.txt' });
const pick = (label: { name: string; rest: string } | null) => label && { name: label.name, rest: label.rest };

describe('speaker identity: one person, one speaker', () => {
  it('a title naming "Press Secretary Jen Psaki" makes "MS. PSAKI" Jen Psaki, and keeps the printed label', () => {
    const t = parse('Press Briefing by Press Secretary Jen Psaki\nMay 3, 2021\nMS. PSAKI: Hi everyone.\nQ Jen, on Russia?\nMS. PSAKI: We have said so.\n');
    assert.deepEqual(t.speakers, ['Jen Psaki']);
    const answer = t.sections[1].turns[1];
    assert.equal(answer.speaker, 'Jen Psaki');
    assert.equal(answer.label, 'MS. PSAKI');
  });

  it('"D. Medvedev", "Prime Minister Dmitry Medvedev" and "Dmitry Medvedev" are Dmitry Medvedev', () => {
    const t = parse('Dmitry Medvedev’s news conference\nMoscow, 15 May 2019\nPrime Minister Dmitry Medvedev: Good afternoon, colleagues. Let us begin with the budget and the national projects.\nQuestion: What about the budget?\nD. Medvedev: It is balanced.\nQuestion: And pensions?\nDmitry Medvedev: They will grow.\n');
    assert.deepEqual(t.speakers, ['Dmitry Medvedev']);
  });

  it('"С.В.Лавров" and "Сергей Лавров" are one speaker, in the text’s own script', () => {
    const t = parse('Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова\nМосква, 11 сентября 2020 года\nС.В.Лавров: Добрый день.\nВопрос: Как Вы оцениваете переговоры?\nСергей Лавров: Положительно.\nВопрос: А санкции?\nС.В.Лавров: Это их выбор.\n');
    assert.equal(t.date, '2020-09-11');
    assert.equal(t.place, 'Москва');
    assert.equal(t.speakers.length, 1);
    assert.match(t.speakers[0], /Лавров$/);
    assert.equal(t.sections.filter((s) => s.kind === 'exchange').length, 2);
  });

  it('questioners and moderators are named on their turns only, never as the transcript’s speakers', () => {
    const t = parse('Press conference by the Foreign Minister\n12 March 2024\nMODERATOR: The minister will make a statement and then take questions from the floor.\nFOREIGN MINISTER: Thank you. Today we signed three agreements on trade, energy and education with our partners.\nReuters: Will you visit Beijing?\nFOREIGN MINISTER: Next month.\nJane Doe (AFP): And the sanctions?\nFOREIGN MINISTER: They are unjust.\n');
    assert.deepEqual(t.speakers, ['Foreign Minister']);
    assert.deepEqual(t.sections.flatMap((s) => s.turns.filter((u) => u.role === 'question').map((u) => u.speaker)), ['Reuters', 'Jane Doe']);
  });
});

describe('roles in five languages', () => {
  it('reads question, answer and moderator labels, full-width colons and labels on their own line', () => {
    for (const [label, kind] of [
      ['Вопрос: Что дальше?', 'question'],
      ['记者：请问？', 'question'],
      ['问：请问？', 'question'],
      ['路透社记者：请问？', 'outlet'],
      ['PREGUNTA: ¿Qué opina?', 'question'],
      ['INTERLOCUTORA: Buenos días.', 'question'],
      ['Question (translated from Chinese): Why?', 'question'],
      ['Jane Doe (Reuters): Why?', 'outlet'],
      ['Ведущий: Слово предоставляется.', 'moderator'],
      ['OPERATOR: Next line.', 'moderator'],
      ['Remark: Yes.', 'remark'],
      ['Реплика: Да.', 'remark'],
      ['Q - Quelle est votre position ?', 'question'],
      ['R - Elle est claire.', 'answer'],
    ] as const) {
      assert.equal(readSpeakerLabel(label)?.kind, kind, label);
    }
    assert.equal(readSpeakerLabel('There are three formats of our meetings:'), null);
  });

  it('reads a label up to the first colon, and none before a clock time, past 100 characters or across a line break', () => {
    assert.deepEqual(pick(readSpeakerLabel('Sergey Lavrov :   We met.')), { name: 'Sergey Lavrov', rest: 'We met.' });
    assert.deepEqual(pick(readSpeakerLabel('**Jane Doe**: Yes.')), { name: 'Jane Doe', rest: 'Yes.' });
    assert.deepEqual(pick(readSpeakerLabel('王毅：我们支持。')), { name: '王毅', rest: '我们支持。' });
    // The first colon decides: "10:30" after a name is a time, and no later colon is tried.
    assert.equal(readSpeakerLabel('Briefing 10:30: Lavrov spoke.'), null);
    assert.equal(readSpeakerLabel('Lavrov:30 minutes later'), null);
    // A name in it (the parenthetical aside) and 111 characters before the colon: too long to be a label.
    assert.equal(readSpeakerLabel(`Jane Doe (${'x'.repeat(100)}): text`), null);
    assert.deepEqual(pick(readSpeakerLabel(`Jane Doe (${'x'.repeat(80)}): text`)), { name: 'Jane Doe', rest: 'text' });
    // A line separator after the colon: the rest would span two lines.
    assert.equal(readSpeakerLabel('Jane Doe: first\u2028second'), null);
    assert.deepEqual(pick(readSpeakerLabel('Jane Doe:\u2028 first')), { name: 'Jane Doe', rest: 'first' });
  });

  it('a remark from the floor stays in the exchange it interrupts', () => {
    const t = parse('Remarks and answers to questions\nSergey Lavrov: Good afternoon. We held talks on security and trade.\nQuestion: Will you meet again?\nSergey Lavrov: Yes, in May.\nRemark: In Moscow?\nSergey Lavrov: In Moscow.\n');
    assert.equal(t.sections.filter((s) => s.kind === 'exchange').length, 1);
  });

  it('labels alone on their line, in capitals, without a colon', () => {
    const t = parse('Interview de M. Clément Beaune à France 2 le 1er octobre 2020\n\nCAROLINE ROUX\nBonjour Clément Beaune.\n\nCLEMENT BEAUNE\nBonjour.\n\nCAROLINE ROUX\nL’Europe va-t-elle sanctionner la Turquie ?\n\nCLEMENT BEAUNE\nNous avons été très clairs.\n');
    assert.equal(t.date, '2020-10-01');
    assert.deepEqual(t.speakers, ['Clément Beaune']);
    assert.ok(t.sections.some((s) => s.kind === 'exchange' && s.turns.some((u) => u.role === 'answer')));
  });
});

describe('dates and places in five languages', () => {
  it('reads the forms each language prints', () => {
    for (const [text, iso] of [
      ['11 сентября 2020 года', '2020-09-11'],
      ['2020年6月30日', '2020-06-30'],
      ['31 de agosto de 2021', '2021-08-31'],
      ['le 3 mars 2024', '2024-03-03'],
      ['1er mai 2024', '2024-05-01'],
      ['Sept. 11, 2020', '2020-09-11'],
      ['11.07.2025', '2025-07-11'],
    ]) {
      assert.equal(findDate(text)?.iso, iso, text);
    }
  });

  it('a place line under the title gives the city, and venue and time lines are no remarks', () => {
    const t = parse('Press encounter by the Secretary-General\n\nGeneva, Switzerland\n\n12 March 2024\n\nPalais des Nations\n\n10:30 a.m.\n\nPhoto Caption: The Secretary-General speaks to the press.\n\nSecretary-General: Good morning. I have just met the parties.\n\nQuestion: Will they meet again?\n\nSecretary-General: I hope so.\n');
    assert.equal(t.place, 'Geneva');
    assert.equal(t.date, '2024-03-12');
    assert.equal(t.sections[0].kind, 'opening');
    assert.equal(t.sections[0].turns[0].paragraphs[0].text, 'Good morning. I have just met the parties.');
  });
});

describe('openings and encounters', () => {
  it('a joint press conference opens with one section whose turns are each minister’s remarks', () => {
    const t = parse('Joint press conference by Foreign Minister Sergey Lavrov and Foreign Minister Wang Yi\nBeijing, 9 April 2024\nWang Yi: Dear colleagues, we held substantive talks today on the full range of our relations and on the international agenda.\nSergey Lavrov: Thank you, dear friend. I agree with the assessments you have given of our talks, which were held in a friendly atmosphere.\nQuestion: What about Ukraine?\nSergey Lavrov: Our position is known.\n');
    const openings = t.sections.filter((s) => s.kind === 'opening');
    assert.equal(openings.length, 1);
    assert.deepEqual(openings[0].turns.map((u) => u.speaker), ['Wang Yi', 'Sergey Lavrov']);
    assert.equal(t.sections.filter((s) => s.kind === 'exchange').length, 1);
    assert.deepEqual(t.speakers, ['Wang Yi', 'Sergey Lavrov']);
  });

  it('a page of several encounters keeps each encounter’s date on its sections', () => {
    const t = parse('Press encounters, March 2024\n\nSecretary-General\'s press encounter on Gaza\n\nNew York, 12 March 2024\n\nSecretary-General: The situation is dire.\n\nQuestion: Will you go to Rafah?\n\nSecretary-General: Yes.\n\nSecretary-General\'s press encounter on Haiti\n\nNew York, 19 March 2024\n\nSecretary-General: Haiti needs help now.\n\nQuestion: Will the mission deploy?\n\nSecretary-General: Soon.\n');
    assert.deepEqual(t.sections.map((s) => `${s.kind}@${s.date}`), ['opening@2024-03-12', 'exchange@2024-03-12', 'opening@2024-03-19', 'exchange@2024-03-19']);
  });

  it('a blog post quoting a transcript: the front matter describes the page, the quote dates the transcript', () => {
    const t = parse('---\ntitle: My notes on Lavrov\ndate: 2024-05-01\n---\nI read this today.\n\n> Foreign Minister Sergey Lavrov’s remarks, Moscow, March 4, 2024\n>\n> Sergey Lavrov: Good afternoon.\n>\n> Question: What next?\n>\n> Sergey Lavrov: We will see.\n');
    assert.equal(t.date, '2024-03-04');
    assert.equal(t.place, 'Moscow');
  });
});

describe('front matter corrections (transcript: key)', () => {
  it('maps labels to people, names questioners and officials, and sets date and place', () => {
    const text = '---\ntranscript:\n  speakers: { "MS. PSAKI": "Jen Psaki" }\n  questioners: ["Mr. Smith"]\n  date: 2021-05-03\n  place: Washington\n---\nPress Briefing by the Press Secretary\nMS. PSAKI: Hello.\nMR. SMITH: A question on trade?\nMS. PSAKI: No comment.\n';
    const t = parse(text);
    assert.equal(t.date, '2021-05-03');
    assert.equal(t.place, 'Washington');
    assert.deepEqual(t.speakers, ['Jen Psaki']);
    assert.deepEqual(t.sections.flatMap((s) => s.turns.map((u) => `${u.role}:${u.speaker}`)), ['remarks:Jen Psaki', 'question:MR. SMITH', 'answer:Jen Psaki']);
  });
});

describe('search knows who speaks', () => {
  const doc = searchDocumentOf('x', parse('Joint press conference\nSergey Lavrov: We discussed Ukraine and Syria at length today.\nAntony Blinken: We discussed Ukraine too.\nQuestion: What about Ukraine and grain?\nAntony Blinken: Ukraine must export grain.\nSergey Lavrov: Ukraine is a matter for the parties.\n'));
  const index = SearchIndex.build([doc]);
  it('speaker: keeps one person’s paragraphs, under any form of the name; role: keeps questions or answers', () => {
    assert.deepEqual(parseQuery('speaker:"jen psaki" role:answer iran'), { groups: [[{ mode: 'fuzzy', words: ['iran'] }]], exclude: [], speaker: ['jen', 'psaki'], role: 'answer' });
    assert.deepEqual(index.search('speaker:blinken ukraine').results.map((h) => h.speaker), ['Antony Blinken', 'Antony Blinken']);
    assert.deepEqual(index.search('speaker:lavrov role:answer ukraine').results.map((h) => h.line), [5]);
    assert.deepEqual(index.search('role:question ukraine').results.map((h) => h.role), ['question']);
    assert.equal(index.search('speaker:lavrov').total, 2);
    assert.equal(index.search('speaker:nobody ukraine').total, 0);
  });
});

describe('what the parser keeps between texts', () => {
  it('keeps no piece of a text that would keep the whole text alive once it is dropped', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const parser = new TranscriptParser();
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // Long labels, a title's speaker, dates: what the parser's caches are keyed by, cut from the text.
    const exchange = 'Question from the Kommersant newspaper: What next?\nForeign Minister Sergey Lavrov: We will see what comes. ';
    const before = heap();
    for (let k = 0; k < 3; k++) {
      // A fresh 20 MB text each time (two bytes a character), built whole, so that its pieces are views of it.
      const text = ['Foreign Minister Sergey Lavrov’s remarks at a news conference', `Moscow, March ${k + 10}, 2025`, exchange.repeat(40_000 + k)].join('\n');
      assert.ok(parser.parse(text, { fileName: 'x.txt' }).speakers.includes('Sergey Lavrov'));
    }
    const kept = (heap() - before) / 1024 / 1024;
    assert.ok(kept < 10, `${kept.toFixed(0)} MB kept after the texts were dropped`);
  });
});
