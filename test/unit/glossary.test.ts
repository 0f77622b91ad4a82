import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { EntityMatcher } from '../../src/core/entityMatcher';
import { Glossary } from '../../src/core/glossary';
import { renderCard } from '../../src/core/card';
import { readRepoFile, SEED } from './helpers';

const data = JSON.parse(readRepoFile('corpus', 'glossary.json'));
const schema = JSON.parse(readRepoFile('corpus', 'glossary.schema.json'));
const { glossary, problems } = Glossary.fromData(data);

describe('the bundled glossary', () => {
  it('validates against its JSON Schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(data);
    assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  });

  it('has at least 80 entries, none rejected by the loader, with unique ids', () => {
    assert.deepEqual(problems, []);
    assert.ok(glossary.entries.length >= 80, `${glossary.entries.length} entries`);
    assert.equal(new Set(glossary.entries.map((e) => e.id)).size, glossary.entries.length);
  });

  it('gives no name or alias to two entries', () => {
    const owner = new Map<string, string>();
    for (const e of glossary.entries) {
      for (const alias of [e.name, ...e.aliases]) {
        const other = owner.get(alias);
        assert.ok(!other || other === e.id, `"${alias}" is claimed by ${other} and ${e.id}`);
        owner.set(alias, e.id);
      }
    }
  });

  it('states a source and an as-of date on every entry, and members only as lists of names', () => {
    for (const e of glossary.entries) {
      assert.match(e.url, /^https:\/\//, e.id);
      assert.match(e.asOf, /^\d{4}-\d{2}-\d{2}$/, e.id);
      if (e.members && e.memberCount !== undefined) assert.equal(e.members.length, e.memberCount, e.id);
    }
  });

  it('covers every organisation, agreement and principle the seed refers to', () => {
    const required = ['asean', 'eas', 'arf', 'asean-russia-cpa-2021-2025', 'unga', 'unsc', 'palestinian-national-authority', 'npt', 'iaea',
      'code-of-conduct-south-china-sea', 'one-china-principle', 'greater-eurasian-partnership', 'eaeu', 'cis', 'sco', 'gcc', 'african-union',
      'celac', 'nato', 'aukus', 'quad', 'brics', 'new-start', 'un', 'eu', 'osce', 'csto', 'g7', 'g20', 'apec', 'wto', 'imf', 'opec-plus', 'opcw',
      'council-of-europe', 'oic', 'arab-league', 'jcpoa', 'inf-treaty', 'ctbt', 'unclos', 'minsk-agreements', 'belt-and-road-initiative', 'tac',
      'doc-south-china-sea'];
    for (const id of required) assert.ok(glossary.get(id), `no entry ${id}`);
  });

  it('keeps a speaker’s “Indo-Pacific Quad” apart from the Quad, and says so on both cards', () => {
    const matcher = new EntityMatcher(glossary.entries);
    const [m] = matcher.matchLine('There is the Indo-Pacific Quad – Japan, South Korea, Australia, and New Zealand');
    assert.equal(m.entryId, 'nato-indo-pacific-partners');
    assert.match(glossary.get('nato-indo-pacific-partners')!.note!, /Quadrilateral Security Dialogue/);
    assert.deepEqual(glossary.get('quad')!.members, ['Australia', 'India', 'Japan', 'United States']);
  });

  it('renders a card with escaped data, shortened member lists, a source and an as-of date', () => {
    const nato = renderCard(glossary.get('nato')!, { mentionCount: 7, mentionsLink: 'command:x?%5B%22nato%22%5D' });
    assert.match(nato, /^\*\*North Atlantic Treaty Organization\*\* \(NATO\)/);
    assert.match(nato, /\*\*Members \(32\):\*\* Albania, .* and 20 more/);
    assert.match(nato, /\[Source\]\(https:\/\/www\.nato\.int\) · facts as of 2025\\-11\\-01 · \[7 mentions in the corpus\]\(command:x/);
    const sneaky = renderCard({ ...glossary.get('nato')!, summary: '[click](command:workbench.action.terminal.new) <img src=x> *bold*' });
    assert.doesNotMatch(sneaky, /\[click\]\(command/);
    assert.match(sneaky, /\\\[click\\\]\\\(command:workbench\\\.action\\\.terminal\\\.new\\\) \\<img src=x\\> \\\*bold\\\*/);
  });
});

describe('mentions in the seed against the hand-annotated list', () => {
  const expected: [number, string, string][] = JSON.parse(readRepoFile('test', 'unit', 'fixtures', 'seed-mentions.json')).mentions;
  const found = new EntityMatcher(glossary.entries).matchText(readRepoFile(SEED)).map((m): [number, string, string] => [m.line, m.entryId, m.text]);
  const key = (m: [number, string, string]) => m.join('|');
  const count = (list: [number, string, string][]) => list.reduce((map, m) => map.set(key(m), (map.get(key(m)) ?? 0) + 1), new Map<string, number>());
  const want = count(expected);
  const got = count(found);
  let truePositives = 0;
  for (const [k, n] of got) truePositives += Math.min(n, want.get(k) ?? 0);
  const precision = truePositives / found.length;
  const recall = truePositives / expected.length;

  it(`has precision and recall of at least 95% (precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%)`, () => {
    const missed = [...want].filter(([k, n]) => (got.get(k) ?? 0) < n).map(([k]) => k);
    const extra = [...got].filter(([k, n]) => (want.get(k) ?? 0) < n).map(([k]) => k);
    assert.ok(precision >= 0.95 && recall >= 0.95, `missed: ${missed.join('; ')}\nextra: ${extra.join('; ')}`);
  });

  it('finds every entity of the seed at least once, including START-3, the Indo-Pacific Quad, the NPT’s full title and ASEAN’s', () => {
    for (const id of new Set(expected.map((m) => m[1]))) assert.ok(found.some((m) => m[1] === id), `no mention of ${id}`);
    assert.ok(found.some((m) => m[2] === 'START-3'));
    assert.ok(found.some((m) => m[2] === 'Indo-Pacific Quad'));
    assert.ok(found.some((m) => m[2] === 'Treaty on the Non-Proliferation of Nuclear Weapons (NPT)'));
    assert.ok(found.some((m) => m[2] === 'Association of Southeast Asian Nations'));
  });
});

describe('the mention under the cursor', () => {
  it('is the mention a scan of the whole line finds there, at every character of the seed', () => {
    const matcher = new EntityMatcher(glossary.entries);
    for (const line of readRepoFile(SEED).split('\n')) {
      const all = matcher.matchLine(line);
      for (let c = 0; c < line.length; c++) {
        const expected = all.find((m) => m.start <= c && c < m.end) ?? null;
        assert.deepEqual(matcher.mentionAt(line, c), expected, `at ${c} of "${line.slice(0, 40)}…"`);
      }
    }
  });
});
