// Hover computation per call on a 10,000-line document: find the mention under the cursor on its
// line, then render the card, exactly as the hover provider does (minus VS Code's own IPC).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CardCache } from '../../src/core/card';
import { EntityMatcher } from '../../src/core/entityMatcher';
import { Glossary } from '../../src/core/glossary';
import { splitLines } from '../../src/core/parser/lines';
import { nowMs, seededRandom, summarize } from './stats';

export interface HoverBenchResult {
  lines: number;
  calls: number;
  hits: number;
  compileMs: number;
  median: number;
  p95: number;
  p99: number;
  max: number;
}

export function runHoverBench(root: string, lineCount = 10_000, calls = 20_000): HoverBenchResult {
  const glossary = Glossary.fromData(JSON.parse(readFileSync(join(root, 'corpus', 'glossary.json'), 'utf8'))).glossary;
  const seed = splitLines(readFileSync(join(root, 'corpus', 'transcripts', '2025-07-11-lavrov-kuala-lumpur.txt'), 'utf8')).filter(Boolean);
  const document = Array.from({ length: lineCount }, (_, i) => seed[i % seed.length]);

  const started = nowMs();
  const matcher = new EntityMatcher(glossary.entries);
  const compileMs = nowMs() - started;

  const random = seededRandom(42);
  const positions = Array.from({ length: calls }, () => {
    const line = Math.floor(random() * document.length);
    return { line, character: Math.floor(random() * document[line].length) };
  });
  // Half the calls land on a mention, as hovers in a text about organisations do.
  const mentions = matcher.matchText(document.slice(0, seed.length).join('\n'));
  for (let i = 0; i < calls; i += 2) {
    const m = mentions[Math.floor(random() * mentions.length)];
    positions[i] = { line: m.line, character: m.start + Math.floor((m.end - m.start) / 2) };
  }

  const cards = new CardCache();
  const hover = (p: { line: number; character: number }) => {
    const mention = matcher.mentionAt(document[p.line], p.character);
    const entry = mention && glossary.get(mention.entryId);
    return entry ? cards.render(entry, { mentionCount: 3, mentionsLink: 'command:x' }) : undefined;
  };
  for (let i = 0; i < 2000; i++) hover(positions[i % positions.length]); // warm up the JIT

  const samples: number[] = [];
  let hits = 0;
  for (const p of positions) {
    const t0 = nowMs();
    const card = hover(p);
    samples.push(nowMs() - t0);
    if (card) hits++;
  }
  return { lines: lineCount, calls, hits, compileMs, ...summarize(samples) };
}
