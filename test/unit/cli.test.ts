import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
