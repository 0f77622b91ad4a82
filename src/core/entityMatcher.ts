import type { GlossaryEntry } from './glossary';
import { splitLines } from './parser/lines';

/** A mention on one line; offsets are UTF-16 code units, as VS Code positions count. */
export interface LineMention {
  entryId: string;
  start: number;
  end: number;
  text: string;
}

export interface Mention extends LineMention {
  line: number;
}

interface Token {
  /** The token as written ("NATO", "+"), with dashes and apostrophes unified. */
  text: string;
  start: number;
  end: number;
  /** Spaces or a dash stood between this token and the one before ("Russia-ASEAN", "East Asia"). */
  spaced: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entryId?: string;
  /** An alias written all in lower case ends here ("two-state solution"): no capital is needed. */
  lowerCaseOk?: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;
const DASH = /[-\u2010-\u2015\u2212]/;
const APOSTROPHE = /['\u2018\u2019\u02BC]/;
const HAS_CAPITAL = /\p{Lu}/u;

function isWordCode(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD.test(ch);
}

/**
 * Words (letters and digits) and single symbols; spaces and dashes only separate. Matching whole
 * tokens is what keeps "SCO" out of "SCOTUS" while "Russia-ASEAN" and "NATO’s" still name ASEAN and NATO.
 */
function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let spaced = false;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const ch = text[i];
    if (isWordCode(code, ch) || (code >= 0xd800 && code <= 0xdbff && WORD.test(text.slice(i, i + 2)))) {
      const start = i;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && WORD.test(text.slice(i, i + 2))) i += 2;
        else if (isWordCode(c, text[i])) i++;
        else break;
      }
      tokens.push({ text: text.slice(start, i), start, end: i, spaced });
      spaced = false;
    } else if (code === 32 || SPACE.test(ch) || DASH.test(ch)) {
      spaced = true;
      i++;
    } else {
      tokens.push({ text: APOSTROPHE.test(ch) ? "'" : ch, start: i, end: i + 1, spaced });
      spaced = false;
      i++;
    }
  }
  return tokens;
}

function keyOf(token: Token, index: number, fold: boolean): string {
  const text = fold ? token.text.toLowerCase() : token.text;
  return index > 0 && token.spaced ? ' ' + text : text;
}

/**
 * Finds every mention of every glossary entry in a text: the longest name wins ("ASEAN Regional
 * Forum" is the ARF, not ASEAN), acronyms and one-word names match as written, names of several
 * words match in any case. Built once from the glossary, then reused for every line.
 */
export class EntityMatcher {
  private readonly exact: TrieNode = { next: new Map() };
  private readonly folded: TrieNode = { next: new Map() };
  /** The longest alias in characters: how far back a mention under the cursor can start. */
  private readonly longestAlias: number;

  constructor(entries: readonly GlossaryEntry[]) {
    let longest = 0;
    for (const entry of entries) {
      for (const alias of [entry.name, ...entry.aliases]) {
        const tokens = tokenize(alias);
        if (tokens.length === 0) continue;
        const words = tokens.filter((t) => WORD.test(t.text[0]));
        // One word ("NATO", "Quad", "Mercosur") is safe only as written; several words are a name in any case.
        const fold = words.length >= 2;
        let node = fold ? this.folded : this.exact;
        tokens.forEach((token, i) => {
          const key = keyOf(token, i, fold);
          let child = node.next.get(key);
          if (!child) node.next.set(key, (child = { next: new Map() }));
          node = child;
        });
        // The first entry to claim an alias keeps it; the glossary check reports the clash.
        node.entryId ??= entry.id;
        if (node.entryId === entry.id && !HAS_CAPITAL.test(alias)) node.lowerCaseOk = true;
        longest = Math.max(longest, alias.length);
      }
    }
    this.longestAlias = longest;
  }

  /** All mentions on one line, left to right, none overlapping. */
  matchLine(line: string): LineMention[] {
    return this.scan(line, tokenize(line));
  }

  /** All mentions in a text, with 0-based line numbers. */
  matchText(text: string): Mention[] {
    const mentions: Mention[] = [];
    splitLines(text).forEach((line, index) => {
      for (const m of this.matchLine(line)) mentions.push({ ...m, line: index });
    });
    return mentions;
  }

  /**
   * The mention under a character of a line, reading only the stretch around it: a hover on a
   * long paragraph does not scan the whole paragraph.
   */
  mentionAt(line: string, character: number): LineMention | null {
    // A mention under the cursor starts at most one alias-length before it; a margin lets the
    // left-to-right scan settle on the same token boundaries as a scan of the whole line.
    const reach = this.longestAlias + 24;
    let from = Math.max(0, character - reach);
    // Start on a token boundary so that a word is never cut in two.
    while (from > 0 && isWordCode(line.charCodeAt(from - 1), line[from - 1])) from--;
    let to = Math.min(line.length, character + this.longestAlias + 1);
    while (to < line.length && isWordCode(line.charCodeAt(to), line[to])) to++;
    for (const mention of this.scan(line, tokenize(line, from, to))) {
      if (mention.start <= character && character < mention.end) return mention;
      if (mention.start > character) break;
    }
    return null;
  }

  private scan(line: string, tokens: Token[]): LineMention[] {
    const mentions: LineMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const best = this.bestFrom(tokens, i);
      if (!best) {
        i++;
        continue;
      }
      let last = best.last;
      // "Treaty on the Non-Proliferation of Nuclear Weapons (NPT)" is one mention, not two.
      if (tokens[last + 1]?.text === '(') {
        const inner = this.bestFrom(tokens, last + 2);
        if (inner?.entryId === best.entryId && tokens[inner.last + 1]?.text === ')') last = inner.last + 1;
      }
      const start = tokens[i].start;
      const end = tokens[last].end;
      // "QUAD-1", "QUAD-2": a numbered variant is another grouping, not the entry itself.
      if (DASH.test(line[end] ?? '') && /\d/.test(line[end + 1] ?? '')) {
        i = last + 1;
        continue;
      }
      mentions.push({ entryId: best.entryId, start, end, text: line.slice(start, end) });
      i = last + 1;
    }
    return mentions;
  }

  private bestFrom(tokens: Token[], first: number): { entryId: string; last: number } | null {
    if (first >= tokens.length) return null;
    const a = this.longestFrom(tokens, first, this.exact, false);
    const b = this.longestFrom(tokens, first, this.folded, true);
    return a && b ? (b.last > a.last ? b : a) : (a ?? b);
  }

  private longestFrom(tokens: Token[], first: number, root: TrieNode, fold: boolean): { entryId: string; last: number } | null {
    let node: TrieNode | undefined = root;
    let found: { entryId: string; last: number } | null = null;
    let capital = false;
    for (let j = first; j < tokens.length; j++) {
      node = node.next.get(keyOf(tokens[j], j - first, fold));
      if (!node) break;
      capital ||= fold && HAS_CAPITAL.test(tokens[j].text);
      // In any case, but not all in lower case unless the alias is: "the Code of Conduct" is the
      // entry, "a code of conduct" is not; "two-state solution" is written in lower case.
      if (node.entryId && (!fold || capital || node.lowerCaseOk)) found = { entryId: node.entryId, last: j };
    }
    return found;
  }
}
