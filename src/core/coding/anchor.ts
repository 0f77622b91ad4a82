// Keeping a coding on its words while the transcript changes. In an editor every edit is known, and
// the coding's offsets follow it (`followEdit`); a file changed elsewhere (Git, another program) is
// searched for the coded text with its context (`relocate`). A coding whose words are gone is
// reported, never moved onto other words.
import { CONTEXT_CHARS, type Coding } from './codingProject';

export interface Span {
  start: number;
  end: number;
}

/** One edit: the text `[start, end)` of the old text was replaced by `inserted` characters. */
export interface TextEdit {
  start: number;
  end: number;
  inserted: number;
}

/**
 * Where a passage is after an edit; undefined when the edit removed all of it. Text typed at either
 * edge stays outside the passage; text typed inside it becomes part of it.
 */
export function followEdit(span: Span, edit: TextEdit): Span | undefined {
  const delta = edit.inserted - (edit.end - edit.start);
  // Before it (an insertion right at its start included): it moves.
  if (edit.end <= span.start) return { start: span.start + delta, end: span.end + delta };
  if (edit.start >= span.end) return span;
  if (edit.start <= span.start && edit.end >= span.end) return undefined;
  if (edit.start >= span.start && edit.end <= span.end) return { start: span.start, end: span.end + delta };
  if (edit.start < span.start) {
    // The edit took its beginning: it now starts after what was put in.
    const start = edit.start + edit.inserted;
    const end = span.end + delta;
    return end > start ? { start, end } : undefined;
  }
  // The edit took its end.
  return edit.start > span.start ? { start: span.start, end: edit.start } : undefined;
}

/** The coding's text and context as the transcript now reads at `span`. */
export function withSpan(coding: Coding, text: string, span: Span): Coding {
  return {
    ...coding,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    before: text.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
    after: text.slice(span.end, span.end + CONTEXT_CHARS),
  };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** At most this many places of the coded text are weighed (a very common passage, such as "Yes."). */
const MAX_CANDIDATES = 2000;

/**
 * Where the coded passage is in `text` (the transcript as it now is on disk): where it was, if its
 * words are still there; else the place of the same words whose context agrees best, nearest to
 * where it was; else, when its words were edited, the text between its unchanged context. Undefined
 * when it cannot be found.
 */
export function relocate(coding: Coding, text: string): Span | undefined {
  const length = coding.end - coding.start;
  const contextScore = (start: number, end: number) =>
    commonSuffix(text.slice(Math.max(0, start - coding.before.length), start), coding.before) + commonPrefix(text.slice(end, end + coding.after.length), coding.after);
  const full = coding.before.length + coding.after.length;
  if (text.slice(coding.start, coding.end) === coding.text && contextScore(coding.start, coding.end) === full) return { start: coding.start, end: coding.end };
  let best: { start: number; score: number; distance: number } | undefined;
  for (let at = text.indexOf(coding.text), n = 0; at >= 0 && n < MAX_CANDIDATES; at = text.indexOf(coding.text, at + 1), n++) {
    const score = contextScore(at, at + coding.text.length);
    const distance = Math.abs(at - coding.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  if (best) return { start: best.start, end: best.start + coding.text.length };
  // Some of its words changed: the passage between its context, where both sides are still there and
  // close, and it still shares enough words with what was coded (a passage replaced whole is gone).
  if (coding.before.length >= 10 && coding.after.length >= 10) {
    for (let at = text.indexOf(coding.before); at >= 0; at = text.indexOf(coding.before, at + 1)) {
      const start = at + coding.before.length;
      const end = text.indexOf(coding.after, start);
      if (end > start && end - start <= length * 2 + 200 && wordOverlap(coding.text, text.slice(start, end)) >= MIN_OVERLAP) return { start, end };
    }
  }
  return undefined;
}

/** How much of a reworded passage must be the coded words (Dice coefficient of their word sets). */
const MIN_OVERLAP = 0.4;

function wordOverlap(a: string, b: string): number {
  const words = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  if (x.size + y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}
