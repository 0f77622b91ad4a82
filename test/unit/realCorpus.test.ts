import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { repoRoot } from './helpers';

/** What a reader wrote down beside each real transcript (test/fixtures/real/*.expected.json). */
interface Expectation {
  /** A transcript kept elsewhere in the repository (the bundled seed), relative to this file. */
  file?: string;
  source_url: string | null;
  publisher: string;
  language: string;
  questions: number;
  date: string | null;
  place: string | null;
  officials: string[];
  opening: boolean;
}

const FOLDER = join(repoRoot, 'test', 'fixtures', 'real');
const fold = (s: string | null) => (s === null ? null : s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim());

function fixtures(): { stem: string; path: string; expected: Expectation }[] {
  const names = readdirSync(FOLDER);
  return names
    .filter((n) => n.endsWith('.expected.json'))
    .sort()
    .map((n) => {
      const stem = n.slice(0, -'.expected.json'.length);
      const expected = JSON.parse(readFileSync(join(FOLDER, n), 'utf8')) as Expectation;
      const transcript = expected.file ?? names.find((m) => m.startsWith(`${stem}.`) && !m.endsWith('.json'));
      assert.ok(transcript, `${n} has no transcript beside it`);
      return { stem, path: join(FOLDER, transcript), expected };
    });
}

/** The five checks the issue names, each passed or not: questions within 10%, date, place, officials, opening. */
export function score(text: string, fileName: string, expected: Expectation): Record<string, boolean> {
  const t = new TranscriptParser().parse(text, { fileName });
  const questions = t.sections.filter((s) => s.kind === 'exchange').length;
  const names = (list: string[]) => [...new Set(list.map((n) => fold(n)))].sort();
  return {
    questions: Math.abs(questions - expected.questions) <= 0.1 * expected.questions,
    date: t.date === expected.date,
    place: fold(t.place) === fold(expected.place),
    officials: JSON.stringify(names(t.speakers)) === JSON.stringify(names(expected.officials)),
    opening: t.sections.some((s) => s.kind === 'opening') === expected.opening,
  };
}

describe('the development corpus of real transcripts', () => {
  const all = fixtures();

  it('holds at least 30 published transcripts from 8 publishers in 4 languages, each with its source URL', () => {
    const own = all.filter((f) => !f.expected.file);
    assert.ok(own.length >= 30, `${own.length} transcripts`);
    assert.ok(new Set(all.map((f) => f.expected.publisher.split(/[ ,(]/)[0])).size >= 8);
    assert.ok(new Set(all.map((f) => f.expected.language)).size >= 4);
    for (const f of own) {
      const head = readFileSync(f.path, 'utf8').slice(0, 600);
      assert.match(head, /source_url:\s*https?:\/\//, `${f.stem} keeps no source URL at its top`);
    }
  });

  it('is read right in at least 95% of checks', (t) => {
    let passed = 0;
    let total = 0;
    const misses: string[] = [];
    for (const f of all) {
      const checks = score(readFileSync(f.path, 'utf8'), f.path, f.expected);
      for (const [name, ok] of Object.entries(checks)) {
        total++;
        if (ok) passed++;
        else misses.push(`${f.stem}: ${name}`);
      }
    }
    const percent = (100 * passed) / total;
    t.diagnostic(`real corpus: ${passed}/${total} checks = ${percent.toFixed(1)}% on ${all.length} transcripts`);
    for (const miss of misses) t.diagnostic(`  missed ${miss}`);
    console.log(`real corpus score: ${percent.toFixed(1)}% (${passed}/${total} checks, ${all.length} transcripts)`);
    assert.ok(percent >= 95, `score ${percent.toFixed(1)}% is below 95%`);
  });
});
