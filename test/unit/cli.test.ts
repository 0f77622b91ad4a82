import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, SEED } from './helpers';

const cli = join(repoRoot, 'dist', 'cli.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('CLI: parse', () => {
  it('prints the seed as JSON in the documented shape, 0-based inclusive lines', () => {
    const { code, stdout, stderr } = run('parse', SEED, '--json');
    assert.equal(code, 0, stderr);
    const json = JSON.parse(stdout);
    assert.equal(json.place, 'Kuala Lumpur');
    assert.equal(json.date, '2025-07-11');
    assert.deepEqual(json.speakers, ['Sergey Lavrov']);
    assert.equal(json.sections.length, 7);
    assert.deepEqual(json.sections[0].range, { start: 3, end: 25 });
    assert.equal(json.sections[0].kind, 'opening');
    assert.equal(json.sections[0].speaker, 'Sergey Lavrov');
    const q4 = json.sections[4];
    assert.equal(q4.kind, 'exchange');
    assert.deepEqual(q4.turns.map((t: { role: string; speaker: string | null; range: unknown }) => [t.role, t.speaker, t.range]), [
      ['question', null, { start: 41, end: 41 }],
      ['answer', 'Sergey Lavrov', { start: 42, end: 44 }],
    ]);
  });

  it('prints a readable outline without --json', () => {
    const { code, stdout } = run('parse', SEED);
    assert.equal(code, 0);
    assert.match(stdout, /Kuala Lumpur · 2025-07-11/);
    assert.match(stdout, /Opening remarks — Sergey Lavrov {2}\(lines 4–26, 23 paragraphs\)/);
    assert.match(stdout, /^Q6: Not long ago, German Chancellor Friedrich Merz/m);
  });

  const dir = mkdtempSync(join(tmpdir(), 'ds-cli-'));
  const binary = join(dir, 'photo.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['parse', join(dir, 'nope.txt')], /no such file; check the path/],
    ['a directory', ['parse', dir], /is a directory; give the path of a transcript file/],
    ['binary content', ['parse', binary], /binary file \(it contains NUL bytes\)/],
    ['no file at all', ['parse'], /parse needs a file/],
    ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['an unknown option', ['parse', SEED, '--jsn'], /Unknown option '--jsn'/],
  ];
  for (const [what, args, message] of cases) {
    it(`exits non-zero with one line and no stack trace on ${what}`, () => {
      const { code, stdout, stderr } = run(...args);
      assert.notEqual(code, 0);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.doesNotMatch(stderr, /\n\s+at /);
    });
  }

  it('reads invalid UTF-8 with a warning instead of failing', () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, Buffer.from('Remarks by the Minister of Foreign Affairs\nQuestion: Caf\xe9?\nMinister: Oui.\n', 'latin1'));
    const { code, stdout, stderr } = run('parse', file, '--json');
    assert.equal(code, 0);
    assert.match(stderr, /not valid UTF-8/);
    assert.equal(JSON.parse(stdout).sections.length, 1);
  });
});

describe('CLI: entities and glossary', () => {
  it('lists the mentions of a file with 0-based lines and UTF-16 offsets', () => {
    const { code, stdout, stderr } = run('entities', SEED, '--json');
    assert.equal(code, 0, stderr);
    const { mentions } = JSON.parse(stdout) as { mentions: { id: string; name: string; aliases: string[]; text: string; line: number; character: number; length: number }[] };
    const start3 = mentions.find((m) => m.text === 'START-3');
    assert.ok(start3);
    assert.equal(start3.id, 'new-start');
    assert.equal(start3.line, 45);
    const line45 = readFileSync(join(repoRoot, SEED), 'utf8').split('\n')[45];
    assert.equal(line45.slice(start3.character, start3.character + start3.length), 'START-3');
    assert.ok(start3.aliases.includes('START III'));
    // Every mention's offsets point at its text.
    const lines = readFileSync(join(repoRoot, SEED), 'utf8').split('\n');
    for (const m of mentions) assert.equal(lines[m.line].slice(m.character, m.character + m.length), m.text);
  });

  it('prints a count per organisation without --json', () => {
    const { code, stdout } = run('entities', SEED);
    assert.equal(code, 0);
    assert.match(stdout, /^\s+30 {2}Association of Southeast Asian Nations$/m);
  });

  it('prints the glossary with its fields', () => {
    const { code, stdout } = run('glossary', '--json');
    assert.equal(code, 0);
    const { entries } = JSON.parse(stdout) as { entries: { id: string; url: string; asOf: string; kind: string }[] };
    assert.ok(entries.length >= 80);
    const sco = entries.find((e) => e.id === 'sco');
    assert.ok(sco);
    assert.equal(sco.kind, 'organisation');
    assert.match(sco.asOf, /^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('CLI: search', () => {
  it('answers a query as JSON, best first, with the documented fields', () => {
    const { code, stdout, stderr } = run('search', 'Myanmr', '--json');
    assert.equal(code, 0, stderr);
    const json = JSON.parse(stdout);
    assert.equal(json.query, 'Myanmr');
    const [first] = json.results;
    assert.deepEqual(Object.keys(first).slice(0, 6), ['file', 'transcript', 'section', 'line', 'score', 'snippet']);
    assert.equal(first.line, 21);
    assert.match(first.file, /2025-07-11-lavrov-kuala-lumpur\.txt$/);
  });

  it('runs one query per line with --queries and prints JSON Lines in input order', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ds-q-')), 'queries.txt');
    writeFileSync(file, 'hypocrisi\n\nMyanmr\nzzzzqqq\n');
    const { code, stdout } = run('search', '--queries', file, '--limit', '1');
    assert.equal(code, 0);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows.map((r) => r.query), ['hypocrisi', 'Myanmr', 'zzzzqqq']);
    assert.deepEqual(rows.map((r) => r.results.map((h: { line: number }) => h.line)), [[25], [21], []]);
  });

  it('searches --corpus folders beside (or, with --no-bundled, instead of) the bundled corpus, skipping bad files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-corpus-'));
    writeFileSync(join(dir, 'a.txt'), 'Remarks by the Minister\nQuestion: What about the zeppelin?\nMinister: No zeppelin.\n');
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const both = run('search', 'zeppelin', '--corpus', dir, '--json');
    assert.equal(both.code, 0);
    assert.match(both.stderr, /bad\.txt' is a binary file.*skipped/);
    assert.doesNotMatch(both.stderr, /\n\s+at /);
    assert.equal(JSON.parse(both.stdout).results.length, 2);
    const only = run('search', 'Myanmar', '--corpus', dir, '--no-bundled', '--json');
    assert.equal(JSON.parse(only.stdout).results.length, 0);
  });

  it('exits non-zero only when no transcript at all could be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-bad-'));
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3]));
    const { code, stderr } = run('search', 'x', '--corpus', dir, '--no-bundled');
    assert.notEqual(code, 0);
    assert.match(stderr, /bad\.txt' is a binary file/);
    assert.match(stderr, /no transcript could be read/);
  });

  it('rejects a bad --limit and a missing --corpus folder with one line', () => {
    for (const args of [['search', 'x', '--limit', 'many'], ['search', 'x', '--corpus', '/nonexistent/folder'], ['search']]) {
      const { code, stderr } = run(...args);
      assert.notEqual(code, 0);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
    }
  });
});
