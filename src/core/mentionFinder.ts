// A text's glossary mentions, line by line, as the corpus index keeps them; and the same found by
// two threads at once for a very large text: a helper thread reads chunks of lines from the front
// while this thread parses the text, then this thread reads chunks from the back until the two
// meet. Each chunk is claimed by whichever thread gets to it first (one atomic flag per chunk), so
// the split follows how fast each thread really is, and every line is read exactly once.
import type { MentionData } from './display';
import type { EntityMatcher } from './entityMatcher';
import { keywordInContext } from './text';

/** Mentions of one entry in one file that carry the words around them (the rest carry none). */
export const MENTION_CONTEXTS_PER_ENTRY = 1000;

/** Texts this long (in UTF-16 code units) are worth a helper thread: its start costs some 0.1 s. */
export const SHARED_MENTIONS_MIN_CHARS = 8_000_000;

/** Lines per chunk at most: small enough that the thread that finishes first waits little for the other. */
export const MENTION_CHUNK_LINES = 2000;
/** Characters per chunk at most (a chunk still holds one line at least): a text of a few huge lines is shared too, and a chunk never takes long. */
export const MENTION_CHUNK_CHARS = 1_000_000;

/** The mentions on `lines[from..to)`, in order, without the words around them; appended to `out`. */
export function findMentions(matcher: EntityMatcher, lines: readonly string[], from = 0, to = lines.length, out: MentionData[] = []): MentionData[] {
  for (let line = from; line < to; line++) {
    for (const m of matcher.matchLine(lines[line])) out.push({ entryId: m.entryId, line, start: m.start, end: m.end, text: m.text, before: '', after: '' });
  }
  return out;
}

/**
 * Cuts out the words around the first mentions of each entry (in the order given): a 50 MB
 * transcript has half a million mentions, their contexts were most of what the editor was sent, and
 * no one reads the 25,000th line of a list. The first `done` mentions have theirs already (a helper
 * thread's, which cut them for the first lines itself): they are counted, not cut again.
 */
export function addContexts(mentions: MentionData[], lines: readonly string[], done = 0): MentionData[] {
  const shown = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const count = shown.get(m.entryId) ?? 0;
    if (count >= MENTION_CONTEXTS_PER_ENTRY) continue;
    shown.set(m.entryId, count + 1);
    if (i < done) continue;
    const { before, after } = keywordInContext(lines[m.line], m.start, m.end);
    m.before = before;
    m.after = after;
  }
  return mentions;
}

// The shared Int32Array: the helper's state, how many chunks it has read, then per chunk who claimed it.
const STATE = 0;
const PROGRESS = 1;
const CLAIMS = 2;
const RUNNING = 0;
const DONE = 1;
const FAILED = 2;
const BY_HELPER = 1;
const BY_THIS_THREAD = 2;

/**
 * Where each chunk of lines starts, then the line count: a chunk ends after `MENTION_CHUNK_LINES`
 * lines, or once it holds `MENTION_CHUNK_CHARS` characters. Both threads cut the same lines alike.
 */
export function mentionChunks(lines: readonly string[]): Int32Array {
  const starts = [0];
  let chars = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    chars += lines[i].length + 1;
    if (i + 1 - starts[starts.length - 1] >= MENTION_CHUNK_LINES || chars >= MENTION_CHUNK_CHARS) {
      starts.push(i + 1);
      chars = 0;
    }
  }
  starts.push(lines.length);
  return Int32Array.from(starts);
}

/** What the two threads share for a text cut into `chunks` (on a SharedArrayBuffer). */
export function mentionClaims(chunks: Int32Array): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * (CLAIMS + chunks.length - 1)));
}

/** Whether two cuts of lines into chunks are the same (a helper whose lines are cut otherwise reads none). */
export function sameChunks(a: Int32Array, b: Int32Array): boolean {
  return a.length === b.length && a.every((start, i) => start === b[i]);
}

/** The helper's part: chunks from the front, each claimed before it is read, up to the first one the other thread took. */
export function helperPart(matcher: EntityMatcher, lines: readonly string[], chunks: Int32Array, claims: Int32Array): MentionData[] {
  const out: MentionData[] = [];
  for (let c = 0; CLAIMS + c < claims.length; c++) {
    if (Atomics.compareExchange(claims, CLAIMS + c, RUNNING, BY_HELPER) !== RUNNING) break;
    findMentions(matcher, lines, chunks[c], chunks[c + 1], out);
    Atomics.add(claims, PROGRESS, 1);
  }
  return out;
}

/** The helper says it is done (its mentions are posted) or failed; a thread waiting on it wakes. */
export function helperFinished(claims: Int32Array, ok: boolean): void {
  Atomics.store(claims, STATE, ok ? DONE : FAILED);
  Atomics.notify(claims, STATE);
}

/**
 * This thread's part: chunks from the back down to the first one the helper took. Answers the
 * first line it read (every line before it is the helper's) and its mentions in order.
 */
export function ownPart(matcher: EntityMatcher, lines: readonly string[], chunks: Int32Array, claims: Int32Array): { firstLine: number; mentions: MentionData[] } {
  const parts: MentionData[][] = [];
  let c = claims.length - CLAIMS - 1;
  for (; c >= 0; c--) {
    if (Atomics.compareExchange(claims, CLAIMS + c, RUNNING, BY_THIS_THREAD) !== RUNNING) break;
    parts.push(findMentions(matcher, lines, chunks[c], chunks[c + 1]));
  }
  return { firstLine: chunks[c + 1], mentions: parts.reverse().flat() };
}

/**
 * Blocks until the helper is done (true) or failed (false). A helper that reads no chunk for
 * `stallMs` is taken for lost (it may have crashed or run out of memory, which it cannot report).
 */
export function awaitHelper(claims: Int32Array, stallMs: number): boolean {
  let progress = Atomics.load(claims, PROGRESS);
  let since = Date.now();
  for (;;) {
    const state = Atomics.load(claims, STATE);
    if (state !== RUNNING) return state === DONE;
    Atomics.wait(claims, STATE, RUNNING, 100);
    const now = Atomics.load(claims, PROGRESS);
    if (now !== progress) {
      progress = now;
      since = Date.now();
    } else if (Date.now() - since > stallMs) return false;
  }
}
