import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, SEED } from './helpers';

const cli = join(repoRoot, 'dist', 'cli.js');
// The CLI's cache goes to the OS cache folder by default: here, a folder of the test's own.
const cacheHome = mkdtempSync(join(tmpdir(), 'ds-cache-home-'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
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

const ANKARA = join('test', 'fixtures', 'real', 'kremlin-2018-04-04-russia-turkey-iran-ankara-en.html');

describe('CLI: saved web pages, speaker search, import, pipes', () => {
  it('parses a saved .html page, keeping the JSON shape and mapping sections to the page’s lines', () => {
    const { code, stdout, stderr } = run('parse', ANKARA, '--json');
    assert.equal(code, 0, stderr);
    const json = JSON.parse(stdout);
    assert.equal(json.date, '2018-04-04');
    assert.equal(json.place, 'Ankara');
    const html = readFileSync(join(repoRoot, ANKARA), 'utf8').split('\n');
    assert.equal(json.lineCount, html.length);
    const exchange = json.sections.find((s: { kind: string }) => s.kind === 'exchange');
    // Each turn keeps its printed label and points at lines of the HTML file.
    assert.ok(exchange.turns.every((t: { label: string | null; range: { start: number; end: number } }) => t.range.start >= 0 && t.range.end < html.length && 'label' in t));
  });

  it('search takes .html files under --corpus and speaker:/role: filters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-html-'));
    writeFileSync(join(dir, 'ankara.html'), readFileSync(join(repoRoot, ANKARA)));
    const { code, stdout, stderr } = run('search', 'speaker:putin role:answer syria', '--corpus', dir, '--no-bundled', '--json');
    assert.equal(code, 0, stderr);
    const json = JSON.parse(stdout);
    assert.ok(json.total > 0);
    for (const hit of json.results) {
      assert.match(hit.speaker, /Putin/);
      assert.equal(hit.role, 'answer');
    }
  });

  it('import writes <date>-<slug>.md with front matter and never overwrites', () => {
    const out = mkdtempSync(join(tmpdir(), 'ds-import-'));
    const first = run('import', ANKARA, '--out', out);
    assert.equal(first.code, 0, first.stderr);
    const written = first.stdout.split('\n')[0];
    assert.match(written, /2018-04-04-news-conference-following-a-meeting-of-the-presidents-of\.md$/);
    const markdown = readFileSync(written, 'utf8');
    assert.match(markdown, /^---\ntitle: News conference following a meeting of the presidents of Russia, Turkey and Iran\ndate: '2018-04-04'\nplace: Ankara\nspeakers:\n/);
    assert.match(markdown, /\nsource_url: http:\/\/en\.kremlin\.ru\/events\/president\/news\/57201\nretrieved: '\d{4}-\d{2}-\d{2}'\n/);
    assert.match(markdown, /\n\*\*Vladimir Putin:\*\* /);
    const second = run('import', ANKARA, '--out', out);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout.split('\n')[0], /-2\.md$/);
    assert.equal(readFileSync(written, 'utf8'), markdown);
    // Read back, the imported file has the page's structure.
    const reparsed = JSON.parse(run('parse', written, '--json').stdout);
    const original = JSON.parse(run('parse', ANKARA, '--json').stdout);
    assert.deepEqual(reparsed.speakers, original.speakers);
    assert.equal(reparsed.sections.length, original.sections.length);
    assert.equal(reparsed.date, original.date);
  });

  it('import says clearly why a web address cannot be fetched', async () => {
    // A port that was free a moment ago: nothing listens there, as offline.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const { code, stderr } = run('import', `http://127.0.0.1:${port}/page`, '--out', mkdtempSync(join(tmpdir(), 'ds-import-')));
    assert.equal(code, 2);
    assert.match(stderr, new RegExp(`cannot fetch http://127\\.0\\.0\\.1:${port}/page \\(ECONNREFUSED\\); check the address and your connection`));
    assert.equal(stderr.trim().split('\n').length, 1);
  });

  it('ends quietly when its output is piped into a reader that stops early (head)', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; node "${cli}" glossary --json | head -n 2`], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.equal(result.stdout.split('\n').length, 3);
  });
});
