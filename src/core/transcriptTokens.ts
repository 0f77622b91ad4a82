// What the editor highlights in a transcript, from the parse rather than a grammar: each speaker's
// label (a question's apart), the title/place/date header, noise lines (credits, footers, menus) and
// organisation mentions. The parse knows labels a grammar cannot (a name the text introduced once,
// an outlet, a label in another language), so the highlighting holds for every format the parser reads.
import type { MentionData } from './display';
import type { Transcript } from './model';
import { readFrontMatter } from './parser/frontMatter';
import { isNoiseLine, readLines, splitLines } from './parser/lines';

import type { TokenType } from './tokenTypes';

export interface TranscriptToken {
  line: number;
  /** UTF-16 offset in the line, and length. */
  start: number;
  length: number;
  type: TokenType;
}

/** Where a turn's label stands on its first line: the label as printed, and its colon. */
function labelSpan(line: string, label: string): { start: number; length: number } | undefined {
  const at = line.indexOf(label);
  if (at < 0) return undefined;
  // The colon (ASCII or full-width) after the label, and closing bold markers, belong to it.
  const tail = /^(?:\*\*|__)?\s*[:：]?/.exec(line.slice(at + label.length))?.[0] ?? '';
  return { start: at, length: label.length + tail.length };
}

/** The tokens of a transcript's text, sorted, none overlapping another on its line. */
export function transcriptTokens(text: string, transcript: Transcript, mentions: readonly MentionData[]): TranscriptToken[] {
  const raw = splitLines(text);
  const lines = readLines(raw);
  const tokens: TranscriptToken[] = [];
  const whole = (line: number, type: TokenType) => {
    const content = raw[line];
    const start = content.length - content.trimStart().length;
    const length = content.trimEnd().length - start;
    if (length > 0) tokens.push({ line, start, length, type });
  };
  const front = readFrontMatter(raw);
  const firstSection = transcript.sections[0]?.range.start ?? lines.length;
  const inSection = new Set<number>();
  for (const section of transcript.sections) for (let l = section.range.start; l <= section.range.end; l++) inSection.add(l);
  for (const line of lines) {
    if (line.blank || line.index <= front.endLine) continue;
    if (isNoiseLine(line.content)) whole(line.index, 'transcriptNoise');
    else if (line.index < firstSection && !inSection.has(line.index)) whole(line.index, 'transcriptHeader');
  }
  for (const section of transcript.sections) {
    for (const turn of section.turns) {
      if (!turn.label) continue;
      const span = labelSpan(raw[turn.range.start] ?? '', turn.label);
      if (span) tokens.push({ line: turn.range.start, ...span, type: turn.role === 'question' ? 'transcriptQuestion' : 'transcriptSpeaker' });
    }
  }
  for (const m of mentions) tokens.push({ line: m.line, start: m.start, length: m.end - m.start, type: 'transcriptOrganisation' });
  tokens.sort((a, b) => a.line - b.line || a.start - b.start || b.length - a.length);
  // A whole-line token (header, noise) leaves room for nothing else; otherwise the first one wins.
  const kept: TranscriptToken[] = [];
  for (const t of tokens) {
    const last = kept[kept.length - 1];
    if (last && last.line === t.line && t.start < last.start + last.length) continue;
    kept.push(t);
  }
  return kept;
}
