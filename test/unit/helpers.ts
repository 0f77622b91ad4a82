import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root, from out/test/unit (compiled) or test/unit (source). */
export const repoRoot = join(__dirname, '..', '..', ...(__dirname.includes(`${join('out', 'test')}`) ? ['..'] : []));

export function readRepoFile(...parts: string[]): string {
  return readFileSync(join(repoRoot, ...parts), 'utf8');
}

export const SEED = join('corpus', 'transcripts', '2025-07-11-lavrov-kuala-lumpur.txt');
