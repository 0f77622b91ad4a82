// Text helpers shared by the parser, the matcher and the search index.

/** Spaces that real transcripts carry besides U+0020: NBSP, thin and em spaces, zero-width ones, BOM. */
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g;

export function normalizeSpaces(text: string): string {
  return text.replace(UNICODE_SPACES, ' ');
}

/**
 * A copy of a string that holds on to nothing else. V8 keeps a piece cut from a text (13 characters
 * and more) as a view of the whole text: a cache that kept the piece would keep a 50 MB transcript
 * alive after it was closed. Joined to another string and cut again, it is copied.
 */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * `read` with its answers kept by text, for texts asked of again and again (a transcript's few
 * labels, its speakers' names). At most `size` are kept, all dropped when full. The key and what
 * `own` makes of an answer are kept as copies (`ownCopy`), never as pieces of a transcript.
 */
export function keptByText<T>(read: (text: string) => T, own: (answer: T) => T, size = 4096): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    if (kept.size >= size) kept.clear();
    const answer = own(read(text));
    kept.set(ownCopy(text), answer);
    return answer;
  };
}

/** Runs of spaces of any kind as one space, none at the ends. */
export function collapseSpaces(text: string): string {
  // Most text has single plain spaces only: checking that is several times cheaper than rewriting it.
  if (!NEEDS_COLLAPSE.test(text)) return text;
  // One pass: every space `normalizeSpaces` knows is \s but the zero-width space.
  return text.replace(SPACE_RUNS, ' ').trim();
}

const SPACE_RUNS = /[\s\u200B]+/g;

/** Whether a code unit is one `collapseSpaces` collapses: \s, or the zero-width space. */
export function isCollapsedSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether a text holds more than `max` words, as `collapseSpaces` leaves them between single spaces. */
export function hasMoreWordsThan(text: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isCollapsedSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}

const NEEDS_COLLAPSE = /^\s|\s$|[\t\n\v\f\r\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}/;

/** Abbreviations that end with a full stop but do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'etc', 'jr', 'sr', 'prof', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen',
  'rep', 'amb', 'hon', 'rev', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'art', 'para', 'fig', 'approx', 'mt', 'ft',
]);

/** The first sentence of a paragraph, without being fooled by "Mr." or "U.S." or initials. */
export function firstSentence(text: string): string {
  const clean = collapseSpaces(text);
  const boundary = /[.!?…]+["”’)»]*\s+(?=["“‘(«]?[\p{Lu}\d])/gu;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(clean)) !== null) {
    // Only the end of the text before the stop: an anchored search of all of it, at every stop, is quadratic.
    const lastWord = wordBefore(clean, match.index, 64);
    const isInitial = /^\p{Lu}$/u.test(lastWord);
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(lastWord.toLowerCase()) || isInitial)) continue;
    return clean.slice(0, match.index + match[0].trimEnd().length);
  }
  return clean;
}

/** The run of letters and full stops that ends at `end`, at most `max` code units long. */
function wordBefore(text: string, end: number, max: number): string {
  const stop = Math.max(0, end - max);
  let start = end;
  while (start > stop) {
    const c = text.charCodeAt(start - 1);
    if (c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) start--;
    else if (c < 0x80) break;
    else if (c >= 0xdc00 && c <= 0xdfff && start - 2 >= stop && LETTER.test(text.slice(start - 2, start))) start -= 2;
    else if (LETTER.test(text[start - 1])) start--;
    else break;
  }
  return text.slice(start, end);
}

const LETTER = /^\p{L}$/u;

/** Shortens at a word boundary to about `max` characters, marking the cut with an ellipsis. */
export function shorten(text: string, max = 80): string {
  const clean = collapseSpaces(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > max * 0.5 ? cut.slice(0, lastSpace) : clean.slice(0, max);
  return head.replace(/[\s,;:–—-]+$/u, '') + '…';
}

/**
 * A keyword in context: a few words either side of `[start, end)` on one line, cut at word
 * boundaries. `before + keyword + after` reads as the text does, spaces included.
 */
export function keywordInContext(line: string, start: number, end: number, words = 5): { before: string; keyword: string; after: string } {
  // Only a window around the keyword is read: a line may be a megabyte long with thousands of keywords.
  const reach = words * 40 + 40;
  const left = normalizeSpaces(line.slice(Math.max(0, start - reach), start));
  const right = normalizeSpaces(line.slice(end, end + reach));
  const cutLeft = start > reach;
  const cutRight = end + reach < line.length;
  // Runs of words with the spaces that follow (left) or precede (right) them; "NATO’s" keeps its "’s".
  const leftParts = left.match(/\S*\s*$|\S+\s+/g)?.filter(Boolean) ?? [];
  const rightParts = right.match(/^\s*\S*|\s+\S+/g)?.filter(Boolean) ?? [];
  // A fragment glued to the keyword ("’s" in "NATO’s") does not count as one of the words.
  const keepLeft = leftParts.slice(-words - (left === '' || /\s$/.test(left) ? 0 : 1));
  const keepRight = rightParts.slice(0, words + (right === '' || /^\s/.test(right) ? 0 : 1));
  const before = (keepLeft.length < leftParts.length || cutLeft ? '…' : '') + keepLeft.join('').replace(/^\s+/, '').replace(/\s+/g, ' ');
  const after = keepRight.join('').replace(/\s+$/, '').replace(/\s+/g, ' ') + (keepRight.length < rightParts.length || cutRight ? '…' : '');
  return { before, keyword: line.slice(start, end), after };
}

/**
 * A title short enough for a tree row: without the place and date it ends with and without the
 * job title before the name ("Foreign Minister Sergey Lavrov’s remarks…" → "Sergey Lavrov’s remarks…").
 */
export function shortTitle(title: string, max = 70): string {
  let short = collapseSpaces(title).replace(/[.]$/, '');
  short = short.replace(/,\s*[^,]{1,40},\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,2}?,?\s*\d{4}$/u, '');
  short = short.replace(/^(?:(?:Foreign|Prime|Deputy|First|Vice)\s+)?(?:Minister|President|Secretary|Spokesperson|Chancellor)(?:\s+of\s+Foreign\s+Affairs)?\s+(?=[\p{Lu}][\p{L}'’-]+\s+[\p{Lu}][\p{L}'’-]+[’']s\b)/u, '');
  return shorten(short, max);
}
