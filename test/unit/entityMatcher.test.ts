import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AsciiWordSet } from '../../src/core/asciiWordSet';
import { EntityMatcher } from '../../src/core/entityMatcher';
import { Glossary, type GlossaryEntry } from '../../src/core/glossary';
import { splitLines } from '../../src/core/parser/lines';
import { repoRoot } from './helpers';

function entry(id: string, name: string, aliases: string[]): GlossaryEntry {
  return { id, name, aliases, kind: 'organisation', summary: 's', url: 'https://example.org', asOf: '2025-01-01' };
}

const matcher = new EntityMatcher([
  entry('asean', 'Association of Southeast Asian Nations', ['ASEAN']),
  entry('arf', 'ASEAN Regional Forum', ['ARF']),
  entry('npt', 'Treaty on the Non-Proliferation of Nuclear Weapons', ['NPT', 'Non-Proliferation Treaty']),
  entry('nato', 'North Atlantic Treaty Organization', ['NATO']),
  entry('new-start', 'New START', ['START-3', 'START III']),
  entry('opec-plus', 'OPEC+', []),
  entry('opec', 'Organization of the Petroleum Exporting Countries', ['OPEC']),
  entry('coc', 'Code of Conduct in the South China Sea', ['Code of Conduct']),
  entry('sco', 'Shanghai Cooperation Organisation', ['SCO']),
  entry('cpp', 'C++ Standards Committee', ['C++']),
  entry('eu', 'European Union', ['EU', '(EU)']),
  entry('dots', 'Dot Star Group', ['.*']),
]);

function found(text: string): [string, string][] {
  return matcher.matchLine(text).map((m) => [m.entryId, m.text]);
}

describe('EntityMatcher', () => {
  it('takes the longest name: "ASEAN Regional Forum" is the ARF, not ASEAN', () => {
    assert.deepEqual(found('The third format is the ASEAN Regional Forum (ARF) on security, with ASEAN countries.'), [
      ['arf', 'ASEAN Regional Forum (ARF)'],
      ['asean', 'ASEAN'],
    ]);
  });

  it('reads each word that may begin a name afresh after a name that fell short, on the same line', () => {
    assert.deepEqual(found('The Treaty on the Non-Proliferation talks, ASEAN Regional talks, then the ASEAN Regional Forum, the Treaty on the Non-Proliferation of Nuclear Weapons and NATO.'), [
      ['asean', 'ASEAN'],
      ['arf', 'ASEAN Regional Forum'],
      ['npt', 'Treaty on the Non-Proliferation of Nuclear Weapons'],
      ['nato', 'NATO'],
    ]);
  });

  it('counts possessives and hyphenated compounds', () => {
    assert.deepEqual(found('NATO’s purpose, the IAEA and NATO\'s plans; Russia-ASEAN and ASEAN-Russia ties'), [
      ['nato', 'NATO'],
      ['nato', 'NATO'],
      ['asean', 'ASEAN'],
      ['asean', 'ASEAN'],
    ]);
  });

  it('matches nothing inside another word', () => {
    assert.deepEqual(found('SCOTUS, NATOISH, Moscow, ASEANs, START-30'), []);
  });

  it('matches acronyms as written and names of several words in any case, but not all in lower case', () => {
    assert.deepEqual(found('Nato and nato differ from NATO; the association of southeast asian nations'), [['nato', 'NATO']]);
    assert.deepEqual(found('the ASSOCIATION OF SOUTHEAST ASIAN NATIONS and the Association of Southeast Asian nations'), [
      ['asean', 'ASSOCIATION OF SOUTHEAST ASIAN NATIONS'],
      ['asean', 'Association of Southeast Asian nations'],
    ]);
    assert.deepEqual(found('a code of conduct for journalists; the Code of Conduct between China and ASEAN'), [
      ['coc', 'Code of Conduct'],
      ['asean', 'ASEAN'],
    ]);
  });

  it('reads a full title with its acronym in brackets as one mention, and hyphens as spaces', () => {
    assert.deepEqual(found('the Treaty on the Non-Proliferation of Nuclear Weapons (NPT), and the NPT framework'), [
      ['npt', 'Treaty on the Non-Proliferation of Nuclear Weapons (NPT)'],
      ['npt', 'NPT'],
    ]);
    assert.deepEqual(found('the future of START-3, START–3 or START III'), [
      ['new-start', 'START-3'],
      ['new-start', 'START–3'],
      ['new-start', 'START III'],
    ]);
  });

  it('treats regex metacharacters in aliases as plain text', () => {
    assert.deepEqual(found('OPEC+ and OPEC; C++ and C; the (EU) and EU; .* and .'), [
      ['opec-plus', 'OPEC+'],
      ['opec', 'OPEC'],
      ['cpp', 'C++'],
      ['eu', '(EU)'],
      ['eu', 'EU'],
      ['dots', '.*'],
    ]);
  });

  it('gives UTF-16 offsets, as VS Code positions count', () => {
    const line = '😀 NATO';
    const [m] = matcher.matchLine(line);
    assert.equal(m.start, 3);
    assert.equal(m.end, 7);
  });

  it('finds the mention under a character, and none between mentions', () => {
    const line = 'x '.repeat(400) + 'the ASEAN Regional Forum met; ' + 'y '.repeat(400);
    const start = line.indexOf('ASEAN');
    assert.equal(matcher.mentionAt(line, start)?.entryId, 'arf');
    assert.equal(matcher.mentionAt(line, start + 'ASEAN Regional Fo'.length)?.entryId, 'arf');
    assert.equal(matcher.mentionAt(line, start - 2), null);
    assert.deepEqual(matcher.mentionAt(line, start + 3), matcher.matchLine(line)[0]);
  });

  it('answers the same when it has seen the words before, and each matcher after its own glossary', () => {
    const line = 'Treaty members, the Code of Conduct, ASEAN Regional Forum and the SCO met; the treaty code was not.';
    const first = found(line);
    assert.deepEqual(found(line), first);
    assert.deepEqual(first, [
      ['coc', 'Code of Conduct'],
      ['arf', 'ASEAN Regional Forum'],
      ['sco', 'SCO'],
    ]);
    // Another glossary in which "Treaty" and "members" begin names: the words this matcher has read
    // ("Treaty", "members") are judged again against its own names.
    const other = new EntityMatcher([entry('tm', 'Treaty Members', ['Treaty members']), entry('sco', 'Shanghai Cooperation Organisation', ['SCO'])]);
    assert.deepEqual(
      other.matchLine(line).map((m) => [m.entryId, m.text]),
      [
        ['tm', 'Treaty members'],
        ['sco', 'SCO'],
      ],
    );
  });

  it('gives 0-based lines for a whole text', () => {
    assert.deepEqual(matcher.matchText('no\r\nthe SCO\nand NATO').map((m) => [m.line, m.start, m.entryId]), [
      [1, 4, 'sco'],
      [2, 4, 'nato'],
    ]);
  });

  it('finds a name whose first word is spelled the other way ("Organisation", "Defence") as it finds it spelled as the glossary does', () => {
    const spelled = new EntityMatcher([entry('oas', 'Organization of American States', ['OAS']), entry('dc', 'Defence Council', [])]);
    const names = (line: string) => spelled.matchLine(line).map((m) => [m.entryId, m.text]);
    assert.deepEqual(names('The Organisation of American States and the Organization of American States.'), [
      ['oas', 'Organisation of American States'],
      ['oas', 'Organization of American States'],
    ]);
    assert.deepEqual(names('The DEFENSE COUNCIL, the Defence Council.'), [
      ['dc', 'DEFENSE COUNCIL'],
      ['dc', 'Defence Council'],
    ]);
  });

  it('reads a line the same word by word as token by token (a line with Chinese), on real transcripts and the bundled glossary', () => {
    // A line that holds Chinese is read token by token; any other line word by word, passing over the
    // words that begin no name. A Chinese character put at the end sends a line the other way.
    const bundled = new EntityMatcher(Glossary.fromData(JSON.parse(readFileSync(join(repoRoot, 'corpus', 'glossary.json'), 'utf8'))).glossary.entries);
    const dirs = [join(repoRoot, 'corpus', 'transcripts'), join(repoRoot, 'test', 'fixtures', 'real')];
    let lines = 0;
    let mentions = 0;
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => /\.(txt|md|html)$/.test(n))) {
        for (const line of splitLines(readFileSync(join(dir, name), 'utf8'))) {
          if (/[\u2e80-\uffff]/.test(line)) continue;
          const wordByWord = bundled.matchLine(line);
          assert.deepEqual(bundled.matchLine(`${line} 一`), wordByWord, `${name}: ${line}`);
          lines++;
          mentions += wordByWord.length;
        }
      }
    }
    assert.ok(lines > 5000 && mentions > 500, `${lines} lines, ${mentions} mentions`);
  });
});

describe('AsciiWordSet', () => {
  it('knows its ASCII words in any case, in place in a longer text, and nothing else', () => {
    // More words than slots at first: probes pass over other words with the same slot.
    const words = Array.from({ length: 200 }, (_, i) => `w${i}x`);
    const set = new AsciiWordSet([...words, 'NATO', 'Organisation', 'Élysée', 'two words']);
    const ask = (text: string, start = 0, end = text.length) => set.has(text, start, end, AsciiWordSet.hash(text, start, end));
    for (const w of words) assert.ok(ask(w) && ask(w.toUpperCase()), w);
    assert.ok(ask('nato') && ask('NATO') && ask('NaTo') && ask('ORGANISATION'));
    assert.ok(ask('the NATO summit', 4, 8));
    assert.ok(!ask('the NATO summit', 3, 8) && !ask('NAT') && !ask('NATOs') && !ask('w200x') && !ask(''));
    // Words beyond ASCII, or of several words, are not kept: a scan asks for those another way.
    assert.ok(!ask('élysée') && !ask('two words'));
  });
});
