import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';

// Short texts in the layouts of publishers the real corpus does not hold yet: what a reader expects of each.
const cases = {
fr: `Point de presse du porte-parole du ministère de l'Europe et des affaires étrangères
Paris, le 3 mars 2024

1 - Ukraine
La France condamne les frappes.

Q - Quelle est la position de la France sur les sanctions ?
R - Notre position est constante.

Q - Et sur Gaza ?
R - Nous appelons à un cessez-le-feu.`,
un: `Press encounter by the Secretary-General on the situation in the Middle East
New York, 5 April 2024

SG: Good afternoon. The humanitarian situation in Gaza is catastrophic. I call for an immediate ceasefire.

Q: Secretary-General, will you travel to the region?

SG: I will go when it is useful.

Q: And the Security Council?

SG: The Council must act.`,
state: `Department Press Briefing – March 12, 2024

Matthew Miller, Department Spokesperson
Washington, DC

1:20 p.m. EDT

MR MILLER: Good afternoon, everyone. I have one announcement at the top.

QUESTION: Thank you. On Gaza – has the Secretary spoken to the Israelis?

MR MILLER: He has, yes.

QUESTION: Follow-up?

MR MILLER: Sure.

QUESTION: What did they say?

MR MILLER: I'll leave it there.`,
kremlin_ru: `Пресс-конференция по итогам саммита БРИКС
Казань, 24 октября 2024 года

В.Путин: Добрый вечер, уважаемые дамы и господа! Саммит завершил свою работу.

Вопрос: Владимир Владимирович, как Вы оцениваете итоги саммита?

В.Путин: Положительно.

Д.Песков: Следующий вопрос, пожалуйста.

Вопрос: Агентство ТАСС. Что дальше?

В.Путин: Увидим.`,
nato: `Press conference by NATO Secretary General Jens Stoltenberg following the meeting of NATO Ministers of Foreign Affairs
04 Apr. 2024
NATO Spokesperson Farah Dakhlallah: Good afternoon. The Secretary General will start with an opening statement.
NATO Secretary General Jens Stoltenberg: Good afternoon. Today we marked 75 years of NATO.
NATO Spokesperson Farah Dakhlallah: We'll go to Reuters.
Reuters: Secretary General, on Ukraine aid?
NATO Secretary General Jens Stoltenberg: Allies agreed to plan.
NATO Spokesperson Farah Dakhlallah: Next, AFP.
AFP: And on Sweden?
NATO Secretary General Jens Stoltenberg: Sweden is now a member.`,
zh_text: `2024年3月12日外交部发言人毛宁主持例行记者会
毛宁：应国务院总理李强邀请，新西兰外长彼得斯将访华。
法新社记者：请问中方对此有何评论？
毛宁：我们对此表示欢迎。
彭博社记者：另一个问题，关于美国大选。
毛宁：这是美国内政。`,
};

function summary(text: string) {
  const t = new TranscriptParser().parse(text, { fileName: 'x.txt' });
  return { place: t.place, date: t.date, speakers: t.speakers, questions: t.sections.filter((s) => s.kind === 'exchange').length, opening: t.sections.some((s) => s.kind === 'opening') };
}

describe('layouts of more publishers', () => {
  it('France Diplomatie point de presse: "Q -" and "R -", "Paris, le 3 mars 2024"', () => {
    assert.deepEqual(summary(cases.fr), { place: 'Paris', date: '2024-03-03', speakers: [], questions: 2, opening: true });
  });
  it('UN press encounter: "SG:" and "Q:", place and date under the title', () => {
    assert.deepEqual(summary(cases.un), { place: 'New York', date: '2024-04-05', speakers: ['SG'], questions: 2, opening: true });
  });
  it('State Department briefing: the spokesperson line under the title is no place; "Washington, DC" is Washington', () => {
    assert.deepEqual(summary(cases.state), { place: 'Washington', date: '2024-03-12', speakers: ['Matthew Miller'], questions: 3, opening: true });
  });
  it('Kremlin in Russian: the press secretary who gives the floor is not a speaker of the transcript', () => {
    assert.deepEqual(summary(cases.kremlin_ru), { place: 'Казань', date: '2024-10-24', speakers: ['В.Путин'], questions: 2, opening: true });
  });
  it('NATO: the spokesperson chairs, outlets ask, the Secretary General answers', () => {
    assert.deepEqual(summary(cases.nato), { place: null, date: '2024-04-04', speakers: ['Jens Stoltenberg'], questions: 2, opening: true });
  });
  it('China MFA in Chinese: a title that starts with its date, "记者：" outlets', () => {
    assert.deepEqual(summary(cases.zh_text), { place: null, date: '2024-03-12', speakers: ['毛宁'], questions: 2, opening: true });
  });
});
