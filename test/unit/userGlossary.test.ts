import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Glossary, type GlossaryEntry } from '../../src/core/glossary';
import { positionAt, readGlossaryFile } from '../../src/core/glossaryFile';
import { globToRegExp, matchesAny } from '../../src/core/glob';
import { readRepoFile } from './helpers';

const bundled = Glossary.fromData(JSON.parse(readRepoFile('corpus', 'glossary.json'))).glossary.entries;
const entry = (id: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ id, name: `Name ${id}`, aliases: [], kind: 'body', summary: 's', url: 'https://example.org', asOf: '2025-01-01', ...extra });

describe('a user’s glossary file', () => {
  it('reports a JSON syntax error with its line and column, where it is', () => {
    const text = '{\n  "entries": [\n    { "id": "x", }\n  ]\n}\n';
    const { entries, problems } = readGlossaryFile(text);
    assert.deepEqual(entries, []);
    assert.ok(problems.length >= 1);
    assert.match(problems[0].message, /^JSON syntax error at line 3, column 18: a property name in double quotes is expected/);
    assert.deepEqual(positionAt(text, problems[0].start), { line: 2, character: 17 });
  });

  it('keeps the valid entries and reports missing fields, duplicate ids and aliases that two entries claim', () => {
    const text = JSON.stringify({ entries: [entry('ok-one'), { id: 'broken', name: 'Broken' }, entry('ok-one'), entry('clash', { aliases: ['SCO'] }), entry('two', { aliases: ['Shared'] }), entry('three', { aliases: ['Shared'] })] }, null, 2);
    const { entries, problems } = readGlossaryFile(text, bundled);
    assert.deepEqual(entries.map((e) => e.id), ['ok-one', 'clash', 'two', 'three']);
    const messages = problems.map((p) => `${p.severity}: ${p.message}`);
    assert.ok(messages.some((m) => /^error: entry 2 \("broken"\): missing field "summary"/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^error: duplicate id "ok-one"/.test(m)));
    assert.ok(messages.some((m) => /^warning: "SCO" is also claimed by the entry "sco"/.test(m)));
    assert.ok(messages.some((m) => /^warning: "Shared" is also claimed by the entry "two"/.test(m)));
    // Each problem points into the file, at the entry or the field.
    for (const p of problems) assert.ok(p.start >= 0 && p.end <= text.length && p.end > p.start);
    const sco = problems.find((p) => p.message.startsWith('"SCO"'))!;
    assert.equal(text.slice(sco.start, sco.end), '"SCO"');
  });

  it('says what a glossary is when the file is not one', () => {
    for (const text of ['[]', '{"items": []}', '42']) {
      const { problems } = readGlossaryFile(text);
      assert.match(problems[problems.length - 1].message, /a glossary is an object with a list "entries"/);
    }
    assert.deepEqual(readGlossaryFile('\uFEFF{"entries": []}').problems, []);
  });

  it('overrides bundled entries by id and adds new ones', () => {
    const merged = new Glossary(bundled).merge([entry('sco', { name: 'My SCO' }), entry('mine')]);
    assert.equal(merged.get('sco')!.name, 'My SCO');
    assert.ok(merged.get('mine'));
    assert.equal(merged.entries.length, bundled.length + 1);
  });
});

describe('glob patterns of the corpus settings', () => {
  it('reads **, *, ? and {a,b} as VS Code does', () => {
    assert.ok(globToRegExp('**/transcripts/**/*.{txt,md}').test('transcripts/a.txt'));
    assert.ok(globToRegExp('**/transcripts/**/*.{txt,md}').test('x/transcripts/y/z.md'));
    assert.ok(!globToRegExp('**/transcripts/**/*.{txt,md}').test('transcripts/a.pdf'));
    assert.ok(globToRegExp('**/*.transcript.{txt,md}').test('memo.transcript.md'));
    assert.ok(!globToRegExp('*.txt').test('a/b.txt'));
    assert.ok(globToRegExp('a?c.(1).txt').test('abc.(1).txt'));
    assert.ok(matchesAny('node_modules/x/transcripts/a.txt', ['**/node_modules/**']));
    assert.ok(!matchesAny('transcripts/a.txt', ['**/node_modules/**']));
  });
});
