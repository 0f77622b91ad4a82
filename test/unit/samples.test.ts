// The sample corpus that `npm start` opens: real transcripts of several publishers and years, each
// listed with its source in samples/README.md, and read by the parser with a date.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './helpers';

const samples = join(repoRoot, 'samples');

describe('the sample corpus', () => {
  it('holds at least 60 transcripts of at least 2 publishers over at least 3 years, each listed with its source', () => {
    const readme = readFileSync(join(samples, 'README.md'), 'utf8');
    const files = readdirSync(join(samples, 'transcripts'), { recursive: true }).map(String).filter((f) => /\.(md|txt|html?)$/.test(f));
    assert.ok(files.length >= 60, `${files.length} transcripts`);
    const publishers = new Set(files.map((f) => f.split(/[\\/]/)[0]));
    assert.ok(publishers.size >= 2, [...publishers].join(', '));
    for (const f of files) assert.ok(readme.includes(`transcripts/${f.replace(/\\/g, '/')}`), `${f} is not in samples/README.md`);
    for (const line of readme.split('\n').filter((l) => l.startsWith('| 20'))) assert.match(line, /\]\(https?:\/\/[^)]+\)/, `no source address: ${line}`);
  });

  it('trends over it have a bucket for each of at least 3 years, every transcript dated', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'trends', 'sanctions', '--corpus', join(samples, 'transcripts'), '--no-bundled', '--no-cache', '--json'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const [series] = JSON.parse(result.stdout).series;
    assert.ok(series.buckets.length >= 3, JSON.stringify(series.buckets));
    assert.ok(series.hits > 0);
    assert.deepEqual(series.undated, { hits: 0, words: 0 });
  });
});
