// The search query language: words in any order, all required, each typo-tolerant;
// "exact phrase"; 'exact word; ^prefix; !exclude; a | b for either; @sco for an organisation or
// agreement under any of its names.
import { foldWord, hasHan, lowerWord, segmentChinese } from '../language';

export type TermMode = 'fuzzy' | 'exact' | 'prefix' | 'phrase' | 'entity';

export interface QueryTerm {
  mode: TermMode;
  /** Normalised words: one for a word, several for a phrase. */
  words: string[];
  /** A phrase typed as one token ("al-Qaida", "上合组织"): its words stay typo-tolerant. */
  loose?: boolean;
}

export type RoleFilter = 'question' | 'answer' | 'remarks';

export interface ParsedQuery {
  /** Every group must match; a group matches when any of its terms does. */
  groups: QueryTerm[][];
  /** A paragraph with any of these is left out. */
  exclude: QueryTerm[];
  /** `speaker:blinken`, `speaker:"jen psaki"`: every word starts a word of the speaker's name. */
  speaker: string[] | null;
  /** `role:question`, `role:answer` (`role:remarks` for opening remarks). */
  role: RoleFilter | null;
}

const ROLES: Record<string, RoleFilter> = { question: 'question', questions: 'question', q: 'question', answer: 'answer', answers: 'answer', a: 'answer', remarks: 'remarks', opening: 'remarks' };

/** Whether a speaker's name answers a `speaker:` filter (words as typed, each the start of a word of the name). */
export function speakerMatches(filter: string[], speaker: string | null): boolean {
  if (!speaker) return false;
  const name = words(speaker).map(foldWord);
  return filter.every((w) => {
    const f = foldWord(w);
    return name.some((n) => n.startsWith(f));
  });
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Lower case as written, accents kept ("Élysée" → "élysée") and ё read as е: the index keeps the
 * forms apart so that a stemmer sees real words; lookups fold accents where the language allows.
 */
export function normalizeWord(word: string): string {
  return lowerWord(word);
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;
const ASCII_SEPARATORS = /[^a-z0-9]+/;

/** The normalised words of a text, in order; Chinese, written without spaces, in the words `Intl.Segmenter` finds. */
export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // Most text is ASCII: one split is several times faster than a Unicode-aware scan.
  if (!NON_ASCII.test(lower)) {
    const parts = lower.split(ASCII_SEPARATORS);
    if (parts[0] === '') parts.shift();
    if (parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
  const out: string[] = [];
  // Mostly ASCII with a few curly quotes or accented names: ASCII runs split at once, the rest word by word.
  for (const part of lower.split(MIXED_SEPARATORS)) {
    if (part === '') continue;
    if (!NON_ASCII.test(part)) {
      out.push(part);
      continue;
    }
    for (const m of part.matchAll(WORD)) {
      if (hasHan(m[0])) for (const s of segmentChinese(m[0])) out.push(normalizeWord(s.segment));
      else out.push(normalizeWord(m[0]));
    }
  }
  return out;
}

/** ASCII characters that are no part of a word; anything beyond ASCII is left to the Unicode-aware split. */
// eslint-disable-next-line no-control-regex
const MIXED_SEPARATORS = /[\u0000-\u002f\u003a-\u0060\u007b-\u007f]+/;

/** The normalised words of a text with their UTF-16 offsets. */
export function wordsWithOffsets(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    if (hasHan(m[0])) for (const s of segmentChinese(m[0])) out.push({ word: normalizeWord(s.segment), start: m.index + s.index, end: m.index + s.index + s.segment.length });
    else out.push({ word: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function termOf(raw: string): QueryTerm | null {
  // "@sco", "@new-start": a glossary entry by its id.
  const entity = /^@([a-z0-9]+(?:-[a-z0-9]+)*)$/i.exec(raw);
  if (entity) return { mode: 'entity', words: [entity[1].toLowerCase()] };
  let mode: TermMode = 'fuzzy';
  let body = raw;
  if (body.startsWith('"')) {
    mode = 'phrase';
    body = body.replace(/^"|"$/g, '');
  } else if (body.startsWith("'")) {
    mode = 'exact';
    body = body.slice(1);
  } else if (body.startsWith('^')) {
    mode = 'prefix';
    body = body.slice(1);
  }
  const list = words(body);
  if (list.length === 0) return null;
  // "START-3" or "Russia-ASEAN" typed as one token are read as the phrase they spell.
  if (list.length > 1) return mode === 'phrase' || mode === 'exact' ? { mode: 'phrase', words: list } : { mode: 'phrase', words: list, loose: true };
  return { mode, words: list };
}

/** Reads a query; what cannot be a term (lone punctuation, an empty quote) is ignored. */
export function parseQuery(query: string): ParsedQuery {
  const groups: QueryTerm[][] = [];
  const exclude: QueryTerm[] = [];
  let speaker: string[] | null = null;
  let role: RoleFilter | null = null;
  // Filters first, so that their words are not searched for: speaker:blinken, speaker:"jen psaki", role:answer.
  const rest = query.replace(/(?:^|\s)(speaker|role):(?:"([^"]*)"?|(\S*))/gi, (_, key: string, quoted: string | undefined, bare: string | undefined) => {
    const value = quoted ?? bare ?? '';
    if (key.toLowerCase() === 'speaker') {
      const list = words(value);
      if (list.length) speaker = [...(speaker ?? []), ...list];
    } else role = ROLES[value.toLowerCase()] ?? role;
    return ' ';
  });
  const tokens = rest.match(/!?"[^"]*"?|[^\s"|]+|\|/g) ?? [];
  let joinNext = false;
  for (const token of tokens) {
    if (token === '|') {
      joinNext = groups.length > 0;
      continue;
    }
    if (token.startsWith('!')) {
      const term = termOf(token.slice(1));
      if (term) exclude.push(term.mode === 'fuzzy' ? { ...term, mode: 'exact' } : term);
      joinNext = false;
      continue;
    }
    const term = termOf(token);
    if (!term) continue;
    if (joinNext) groups[groups.length - 1].push(term);
    else groups.push([term]);
    joinNext = false;
  }
  return { groups, exclude, speaker, role };
}
