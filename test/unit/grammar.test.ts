import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRepoFile } from './helpers';

// TextMate grammars use Oniguruma; these patterns use nothing JavaScript reads differently.
const grammar = JSON.parse(readRepoFile('media', 'transcript.tmLanguage.json'));
const rule = (name: string) => new RegExp(grammar.repository[name].match, 'u');

describe('the transcript grammar', () => {
  it('highlights question labels, speaker labels and noise lines', () => {
    for (const line of ['Question: Why?', 'QUESTION: Why?', 'Q:  Why?', 'Question (translated from Chinese): Why?', '> **Question:** Why?']) assert.ok(rule('question-label').test(line), line);
    for (const line of ['Sergey Lavrov: Yes.', 'MR. SULLIVAN: Yes.', 'SG: Yes.', 'AFP: Why?', 'Sergey Lavrov (speaks after Wang Yi): Yes.']) assert.ok(rule('speaker-label').test(line), line);
    for (const line of ['Photo: MFA', '* * *', '8:39 A.M. EEST', 'END 2:45 P.M. EDT']) assert.ok(rule('noise').test(line), line);
  });

  it('does not read a sentence ending with a colon as a speaker label', () => {
    assert.ok(!rule('speaker-label').test('There are three formats of our meetings:'));
    assert.ok(!rule('speaker-label').test('We have met in Kuala Lumpur for annual events: here.'));
  });
});
