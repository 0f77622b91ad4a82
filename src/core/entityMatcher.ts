import { allNames, type GlossaryEntry } from './glossary';
import { chineseWordBoundaries, foldWord, isCyrillicCode, isHan, stemWord } from './language';
import { splitLines } from './parser/lines';
import { AsciiWordSet } from './asciiWordSet';

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

type Script = 'latin' | 'cyrillic' | 'han' | 'symbol';

interface Token {
  /** The token as written ("NATO", "+"), with dashes and apostrophes unified. */
  text: string;
  start: number;
  end: number;
  /** Spaces or a dash stood between this token and the one before ("Russia-ASEAN", "East Asia"). */
  spaced: boolean;
  script: Script;
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
const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);

/**
 * Articles are left out of names of several words, in the text as in the glossary: "Treaty on the
 * Non-Proliferation…" and "Treaty on Non-Proliferation…", "la Organización de los Estados
 * Americanos" and "Organización de Estados Americanos", "l’OTAN" are the same names.
 */
const ARTICLES = new Set(['the', 'el', 'la', 'los', 'las', 'le', 'les', 'l']);

/** British and American spellings of the words that names share. */
const SPELLING = new Map([
  ['defence', 'defense'],
  ['labour', 'labor'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['centre', 'center'],
]);

/** Whether the code unit at `i` of the text is part of a word; the character is cut out only for the rare test by regular expression. */
function isWordCode(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Accented Latin and Cyrillic letters without a regular expression: they are most of what is not ASCII.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x410 && code <= 0x44f) return true;
  return WORD.test(text[i]);
}

/** Spaces and dashes only separate tokens; ASCII is told without a regular expression. */
function separatesCode(code: number, text: string, i: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) || code === 45;
  return SPACE.test(text[i]) || DASH.test(text[i]);
}

/**
 * Words (letters and digits), single Chinese characters and single symbols; spaces and dashes
 * only separate. Matching whole tokens is what keeps "SCO" out of "SCOTUS" while "Russia-ASEAN"
 * and "NATO’s" still name ASEAN and NATO. Chinese is written without spaces, so each character is
 * a token and a name is the longest run of them that the glossary knows.
 *
 * Tokens are read one at a time, as far as a caller asks: a name is looked for only from the few
 * words that may begin one, and reads only the tokens after that word that it needs (a 50 MB
 * transcript has eight million words, and a token object for each was half of its matching time).
 */
class TokenRun {
  readonly tokens: Token[] = [];
  private spaced = false;

  /** `i`: where reading starts, at a token (or the separators before one); it moves on as tokens are read. */
  constructor(
    private readonly text: string,
    private i: number,
    private readonly to: number,
  ) {}

  /**
   * Reads again from `first`, a token already read by the caller (as `read` would read it, with no
   * separator before it): the words of a line that may begin a name share one run, and the word is
   * not cut out of its line twice.
   */
  restartAt(first: Token): void {
    this.tokens.length = 0;
    this.push(first);
  }

  get(j: number): Token | undefined {
    while (this.tokens.length <= j && this.read());
    return this.tokens[j];
  }

  /** Every token up to the end. */
  all(): Token[] {
    while (this.read());
    return this.tokens;
  }

  /** Reads the next token; false at the end. */
  private read(): boolean {
    const { text, to } = this;
    let i = this.i;
    while (i < to) {
      const code = text.charCodeAt(i);
      if (code >= 0x2e80 && isHan(text.slice(i, code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1))) {
        const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
        this.push({ text: text.slice(i, i + width), start: i, end: i + width, spaced: this.spaced, script: 'han' });
        return true;
      } else if (isWordCode(code, text, i) || (code >= 0xd800 && code <= 0xdbff && WORD.test(text.slice(i, i + 2)))) {
        const start = i;
        while (i < to) {
          const c = text.charCodeAt(i);
          if (c >= 0x2e80 && isHan(text[i])) break;
          if (c >= 0xd800 && c <= 0xdbff && WORD.test(text.slice(i, i + 2))) i += 2;
          else if (isWordCode(c, text, i)) i++;
          else break;
        }
        this.push({ text: text.slice(start, i), start, end: i, spaced: this.spaced, script: isCyrillicCode(code) ? 'cyrillic' : 'latin' });
        return true;
      } else if (separatesCode(code, text, i)) {
        this.spaced = true;
        i++;
      } else {
        this.push({ text: symbolText(code, text[i]), start: i, end: i + 1, spaced: this.spaced, script: 'symbol' });
        return true;
      }
    }
    this.i = i;
    return false;
  }

  private push(token: Token): void {
    this.tokens.push(token);
    this.i = token.end;
    this.spaced = false;
  }
}

/** A symbol token's text: apostrophes of every kind are one. */
function symbolText(code: number, ch: string): string {
  return code === 39 || (code >= 128 && APOSTROPHE.test(ch)) ? "'" : ch;
}

const WORD_CODE = 1;
const SEPARATOR_CODE = 2;
const SYMBOL_CODE = 0;
/** Per ASCII code, what `isWordCode` and `separatesCode` say of it. */
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, code) => (isWordCode(code, '', 0) ? WORD_CODE : separatesCode(code, '', 0) ? SEPARATOR_CODE : SYMBOL_CODE));

function tokenize(text: string, from = 0, to = text.length): Token[] {
  return new TokenRun(text, from, to).all();
}

/**
 * A line that may hold Chinese (or anything from U+2E80 on, surrogate pairs included) is read token
 * by token, as Chinese names need; any other line is read a word at a time, without tokens.
 */
const HIGH_CODE = /[\u2e80-\uffff]/;

/** "ООН", "ОДКБ", and "МИДа" read as "МИД": capitals, then at most a short case ending. */
const CYRILLIC_ACRONYM = /^(\p{Lu}{2,})(\p{Ll}{0,3})$/u;

/**
 * A token's key where names of several words are looked up: in any case, without accents or
 * articles; Russian words by their stems, so that every case of "Шанхайская организация
 * сотрудничества" is the same name. Null for a token that names skip (articles, apostrophes).
 */
function foldKey(token: Token): string | null {
  switch (token.script) {
    case 'han':
      return token.text;
    case 'symbol':
      return token.text === "'" ? null : token.text;
    case 'cyrillic': {
      const acronym = CYRILLIC_ACRONYM.exec(token.text);
      if (acronym) return foldWord(acronym[1]);
      return stemWord(foldWord(token.text), 'ru');
    }
    default: {
      // A corpus repeats its words: each is folded once (the memo is emptied when it grows large).
      let key = latinKeys.get(token.text);
      if (key === undefined) {
        key = latinKey(token.text);
        if (latinKeys.size >= LATIN_KEYS_MAX) latinKeys.clear();
        latinKeys.set(token.text, key);
      }
      return key;
    }
  }
}

const latinKeys = new Map<string, string | null>();
const LATIN_KEYS_MAX = 200_000;
const STARTS_MAX = 200_000;

function latinKey(text: string): string | null {
  const folded = foldWord(text);
  if (folded.length <= 3 && ARTICLES.has(folded)) return null;
  const spelling = SPELLING.get(folded);
  if (spelling !== undefined) return spelling;
  return folded.length > 6 && folded.includes('isation') ? folded.replace(/isation/g, 'ization') : folded;
}

/**
 * The words whose folded key (`latinKey`) may be one of these keys: the keys themselves, and the
 * other spellings that fold to them ("defence", "organisation").
 */
function startSpellings(keys: Iterable<string>): string[] {
  const out: string[] = [];
  const all = new Set(keys);
  for (const key of all) {
    out.push(key);
    // Each "ization" may have been written "isation".
    let variants = [key];
    for (let at = key.indexOf('ization'); at >= 0; at = key.indexOf('ization', at + 1)) variants = variants.flatMap((v) => [v, v.slice(0, at) + 'isation' + v.slice(at + 7)]);
    out.push(...variants);
  }
  for (const [written, key] of SPELLING) if (all.has(key)) out.push(written);
  return out;
}

/**
 * A token's key where one-word names are looked up: as written, for "WHO" is not "who" and
 * "Quad" is not "quad". Russian one-word names decline: "ОДКБ" is found as written (or with a
 * case ending), "Евросоюз" in every case while its capital stays. Null: no one-word name here.
 */
function exactKey(token: Token): string | null {
  if (token.script !== 'cyrillic') return token.text;
  const acronym = CYRILLIC_ACRONYM.exec(token.text);
  if (acronym) return acronym[1].replace(/Ё/g, 'Е');
  if (!HAS_CAPITAL.test(token.text[0])) return null;
  return '^' + stemWord(foldWord(token.text), 'ru');
}

/** A Cyrillic word's key without stemming, as `foldKey`/`exactKey` would give its longer case forms. */
function unstemmedKey(token: Token, fold: boolean): string | null {
  if (CYRILLIC_ACRONYM.test(token.text)) return null;
  const lower = foldWord(token.text);
  if (fold) return lower;
  return HAS_CAPITAL.test(token.text[0]) ? '^' + lower : null;
}

function withSpace(key: string, token: Token, index: number): string {
  return index > 0 && token.spaced ? ' ' + key : key;
}

/** Words that introduce a Security Council resolution's number, folded (Russian by its stem). */
const RESOLUTION_WORDS = new Set(['resolution', 'resolutions', 'resolucion', 'resoluciones', 'unscr', stemWord('резолюция', 'ru')]);
/** The Council's name between the word and the number, folded as names are: "резолюция СБ ООН 2202", "UN Security Council resolution". */
const COUNCIL_WORDS = new Set(['сб', 'оон', stemWord('совета', 'ru'), stemWord('безопасности', 'ru'), 'un', 'unsc', 'security', 'council', "'", 'del', 'de', 'consejo', 'seguridad', 'du', 'conseil', 'securite', 'onu']);
/** What may stand between the word and the number: "Resolution No. 2231", "резолюция № 2231", "n° 2231". */
const NUMBER_SIGNS = new Set(['no', 'nos', 'number', 'num', 'n', 'nº', '.', '№', '°', 'º']);

interface Match {
  entryId: string;
  last: number;
}

/** The keys of a line's tokens, each worked out once per scan (when first needed) rather than once per starting token. */
class Keys {
  private readonly folded: (string | null | undefined)[] = [];
  private readonly exacts: (string | null | undefined)[] = [];

  constructor(private readonly run: TokenRun) {}

  /** Forgets the keys, for a run that was restarted. */
  clear(): void {
    this.folded.length = 0;
    this.exacts.length = 0;
  }

  fold(j: number): string | null {
    let key = this.folded[j];
    if (key === undefined) {
      const token = this.run.get(j);
      this.folded[j] = key = token ? foldKey(token) : null;
    }
    return key;
  }

  exact(j: number): string | null {
    let key = this.exacts[j];
    if (key === undefined) {
      const token = this.run.get(j);
      this.exacts[j] = key = token ? exactKey(token) : null;
    }
    return key;
  }
}

export class EntityMatcher {
  private readonly exact: TrieNode = { next: new Map() };
  private readonly folded: TrieNode = { next: new Map() };
  /** The longest alias in characters: how far back a mention under the cursor can start. */
  private readonly longestAlias: number;
  /** Resolution numbers with an entry of their own; the rest are the kind's entry. */
  private readonly resolutions = new Map<number, string>();
  private readonly anyResolution: string | null;
  /**
   * Per token text (not Chinese), whether a name or a resolution's number can begin with it: most
   * words begin none, and telling that from one lookup spares their keys, the resolution test and
   * two walks. Emptied when it grows large.
   */
  private readonly starts = new Map<string, boolean>();

  constructor(entries: readonly GlossaryEntry[]) {
    let longest = 0;
    let anyResolution: string | null = null;
    for (const entry of entries) {
      if (entry.kind === 'resolution') {
        if (entry.number !== undefined) {
          if (!this.resolutions.has(entry.number)) this.resolutions.set(entry.number, entry.id);
        } else anyResolution ??= entry.id;
      }
      for (const alias of allNames(entry)) {
        const tokens = tokenize(alias);
        if (tokens.length === 0) continue;
        const words = tokens.filter((t) => t.script !== 'symbol');
        // One word ("NATO", "Quad", "Mercosur") is safe only as written; several words are a name in any case.
        const fold = words.length >= 2;
        let node = fold ? this.folded : this.exact;
        let index = 0;
        let usable = true;
        for (const token of tokens) {
          const key = fold ? foldKey(token) : exactKey(token);
          if (key === null) {
            if (fold) continue;
            usable = false;
            break;
          }
          const k = fold ? key : withSpace(key, token, index);
          index++;
          let child = node.next.get(k);
          if (!child) node.next.set(k, (child = { next: new Map() }));
          // The stemmer cuts some nominatives further than their other cases ("Устав" → "уста",
          // "Уставе" → "устав"): the name's own word, unstemmed, leads to the same place.
          const whole = token.script === 'cyrillic' ? unstemmedKey(token, fold) : null;
          if (whole !== null && whole !== key && !node.next.has(fold ? whole : withSpace(whole, token, index - 1))) node.next.set(fold ? whole : withSpace(whole, token, index - 1), child);
          node = child;
        }
        if (!usable || index === 0) continue;
        // The first entry to claim an alias keeps it; the glossary check reports the clash.
        node.entryId ??= entry.id;
        if (node.entryId === entry.id && !HAS_CAPITAL.test(alias)) node.lowerCaseOk = true;
        longest = Math.max(longest, alias.length);
      }
    }
    this.longestAlias = longest;
    this.anyResolution = anyResolution;
    const roots = [...this.exact.next.keys(), ...this.folded.next.keys()];
    // (A symbol's key is the symbol: the apostrophe among the Council's words has none.)
    this.symbolStarts = roots.some((key) => key.length === 1 && !isWordCode(key.charCodeAt(0), key, 0));
    this.asciiStarts = new AsciiWordSet(startSpellings([...roots, ...RESOLUTION_WORDS, ...COUNCIL_WORDS]));
  }

  /**
   * The words, in any case, that may begin a name or a resolution's number, as far as they are
   * ASCII: a word of ASCII letters and digits not here begins none, told without cutting it out of
   * its line (nine words in ten of an English transcript begin no name).
   */
  private readonly asciiStarts: AsciiWordSet;
  /** Whether a name begins with a symbol ("+", "&"): symbols are then tried as words are. */
  private readonly symbolStarts: boolean;

  /** All mentions on one line, left to right, none overlapping. */
  matchLine(line: string): LineMention[] {
    return HIGH_CODE.test(line) ? this.scan(line, new TokenRun(line, 0, line.length)) : this.scanWords(line);
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
    // Start on a token boundary so that a word is never cut in two (Chinese characters are tokens of their own).
    while (from > 0 && isWordCode(line.charCodeAt(from - 1), line, from - 1) && !isHan(line[from - 1])) from--;
    let to = Math.min(line.length, character + this.longestAlias + 1);
    while (to < line.length && isWordCode(line.charCodeAt(to), line, to) && !isHan(line[to])) to++;
    for (const mention of this.scan(line, new TokenRun(line, from, to))) {
      if (mention.start <= character && character < mention.end) return mention;
      if (mention.start > character) break;
    }
    return null;
  }

  /** Token by token: for lines that may hold Chinese. */
  private scan(line: string, run: TokenRun): LineMention[] {
    const mentions: LineMention[] = [];
    const keys = new Keys(run);
    let boundaries: Set<number> | undefined;
    const onWordBoundaries = (start: number, end: number): boolean => {
      boundaries ??= chineseWordBoundaries(line);
      return boundaries.has(start) && boundaries.has(end);
    };
    let i = 0;
    for (let token = run.get(0); token; token = run.get(i)) {
      if (token.script !== 'han' && !this.mayStart(token, keys, i)) {
        i++;
        continue;
      }
      const last = this.mentionFrom(line, run, keys, i, onWordBoundaries, mentions);
      i = last === null ? i + 1 : last + 1;
    }
    return mentions;
  }

  /**
   * Word by word, for a line without Chinese: the same tokens as `scan` reads, but a word that
   * begins no name is passed over without a token, and the tokens after one that may are read
   * only as far as its name goes.
   */
  private scanWords(line: string): LineMention[] {
    const mentions: LineMention[] = [];
    const n = line.length;
    // One run and its keys for the line, restarted at each word that may begin a name.
    let run: TokenRun | undefined;
    let keys: Keys | undefined;
    let i = 0;
    while (i < n) {
      const code = line.charCodeAt(i);
      const kind = code < 128 ? ASCII_KIND[code] : isWordCode(code, line, i) ? WORD_CODE : separatesCode(code, line, i) ? SEPARATOR_CODE : SYMBOL_CODE;
      const start = i;
      let script: Script;
      if (kind === WORD_CODE) {
        let ascii = true;
        let hash = AsciiWordSet.START;
        for (; i < n; i++) {
          const c = line.charCodeAt(i);
          if (c < 128) {
            if (ASCII_KIND[c] !== WORD_CODE) break;
            // (c | 32: a–z for A–Z, and the digits as they are.)
            hash = Math.imul(hash ^ (c | 32), AsciiWordSet.PRIME);
          } else if (isWordCode(c, line, i)) ascii = false;
          else break;
        }
        if (ascii && !this.asciiStarts.has(line, start, i, hash)) continue;
        script = isCyrillicCode(code) ? 'cyrillic' : 'latin';
      } else if (kind === SEPARATOR_CODE) {
        i++;
        continue;
      } else {
        i++;
        if (!this.symbolStarts) continue;
        script = 'symbol';
      }
      const text = script === 'symbol' ? symbolText(code, line[start]) : line.slice(start, i);
      if (this.starts.get(text) === false) continue;
      // The token `TokenRun` would read here: this line has no character it reads otherwise.
      const token: Token = { text, start, end: i, spaced: false, script };
      if (run && keys) keys.clear();
      else keys = new Keys((run = new TokenRun(line, start, n)));
      run.restartAt(token);
      if (!this.mayStart(token, keys, 0)) continue;
      const last = this.mentionFrom(line, run, keys, 0, NO_CHINESE, mentions);
      if (last !== null) i = run.get(last)!.end;
    }
    return mentions;
  }

  /**
   * The mention that begins at token `i`, if there is one, added to `mentions`. Answers the last
   * token it takes (or that a numbered variant takes, which is no mention), or null.
   */
  private mentionFrom(line: string, run: TokenRun, keys: Keys, i: number, onWordBoundaries: (start: number, end: number) => boolean, mentions: LineMention[]): number | null {
    // A name does not begin with an article or an apostrophe: "l’OTAN" names OTAN from "OTAN".
    if (keys.fold(i) === null) return null;
    // A name the glossary spells out ("Resolution 2758" of the General Assembly) wins over the
    // Security Council's numbering when it is as long.
    const byNumber = this.resolutionFrom(line, run, keys, i);
    const byName = this.bestFrom(run, keys, i, onWordBoundaries);
    const best = byName && (!byNumber || byName.last >= byNumber.last) ? byName : byNumber;
    if (!best) return null;
    let last = best.last;
    // "Treaty on the Non-Proliferation of Nuclear Weapons (NPT)" is one mention, not two.
    if (OPEN.has(run.get(last + 1)?.text ?? '')) {
      const inner = this.bestFrom(run, keys, last + 2, onWordBoundaries);
      if (inner?.entryId === best.entryId && CLOSE.has(run.get(inner.last + 1)?.text ?? '')) last = inner.last + 1;
    }
    const start = run.get(i)!.start;
    const end = run.get(last)!.end;
    // "QUAD-1", "QUAD-2": a numbered variant is another grouping, not the entry itself.
    if (DASH.test(line[end] ?? '') && /\d/.test(line[end + 1] ?? '')) return last;
    mentions.push({ entryId: best.entryId, start, end, text: line.slice(start, end) });
    return last;
  }

  /** Whether `walk` from this token, in either trie, or `resolutionFrom` could find anything (its keys depend on its text alone). */
  private mayStart(token: Token, keys: Keys, i: number): boolean {
    let may = this.starts.get(token.text);
    if (may === undefined) {
      const exact = keys.exact(i);
      const fold = keys.fold(i);
      may = (exact !== null && this.exact.next.has(exact)) || (fold !== null && (this.folded.next.has(fold) || RESOLUTION_WORDS.has(fold) || COUNCIL_WORDS.has(fold)));
      if (this.starts.size >= STARTS_MAX) this.starts.clear();
      this.starts.set(token.text, may);
    }
    return may;
  }

  /**
   * "Resolution 2231 (2015)", "UNSC resolution No. 1244", "резолюции 2202", "résolution 242",
   * "第2231号决议": a Security Council resolution by its number. A General Assembly resolution has
   * a session in its number ("resolution 68/262") and is not one of these.
   */
  private resolutionFrom(line: string, run: TokenRun, keys: Keys, first: number): Match | null {
    if (this.resolutions.size === 0 && this.anyResolution === null) return null;
    const t = run.get(first)!;
    let j = first;
    let number: number;
    if (t.script === 'han') {
      if (t.text === '第') j++;
      const digits = run.get(j);
      if (!digits || !/^\d{1,4}$/.test(digits.text) || run.get(j + 1)?.text !== '号' || run.get(j + 2)?.text !== '决' || run.get(j + 3)?.text !== '议') return null;
      number = Number(digits.text);
      j += 3;
    } else {
      if (t.script !== 'latin' && t.script !== 'cyrillic') return null;
      // "UNSC resolution 1244", "Security Council resolution 2231": the Council's name may come first.
      while (j - first < 4 && run.get(j) && !RESOLUTION_WORDS.has(keys.fold(j) ?? '') && COUNCIL_WORDS.has(keys.fold(j) ?? "'")) j++;
      if (!RESOLUTION_WORDS.has(keys.fold(j) ?? '')) return null;
      j++;
      // "resolution 2202 of the Security Council" and "резолюции СБ ООН 2202" alike.
      for (let skipped = 0; skipped < 5 && run.get(j) && COUNCIL_WORDS.has(keys.fold(j) ?? "'"); skipped++) j++;
      for (let skipped = 0; skipped < 2 && run.get(j) && NUMBER_SIGNS.has(foldWord(run.get(j)!.text)); skipped++) j++;
      const digits = run.get(j);
      if (!digits || !/^\d{1,4}$/.test(digits.text) || line[digits.end] === '/' || (line[digits.end] === '.' && /\d/.test(line[digits.end + 1] ?? ''))) return null;
      number = Number(digits.text);
      // "(2015)": the year of adoption, part of the resolution's name.
      if (OPEN.has(run.get(j + 1)?.text ?? '') && /^(?:19[4-9]\d|20\d\d)$/.test(run.get(j + 2)?.text ?? '') && CLOSE.has(run.get(j + 3)?.text ?? '')) j += 3;
    }
    if (number < 1) return null;
    const entryId = this.resolutions.get(number) ?? this.anyResolution;
    return entryId ? { entryId, last: j } : null;
  }

  private bestFrom(run: TokenRun, keys: Keys, first: number, onWordBoundaries: (start: number, end: number) => boolean): Match | null {
    const head = run.get(first);
    if (!head) return null;
    if (head.script !== 'han') {
      // Most tokens start no name at all: two map lookups, no allocation.
      const a = this.walk(run, keys, first, this.exact, false, null);
      const b = this.walk(run, keys, first, this.folded, true, null);
      const best = a && b ? (b.last > a.last ? b : a) : (a ?? b);
      // A name that ends in Chinese must end on a word boundary too.
      if (!best || run.get(best.last)!.script !== 'han' || onWordBoundaries(head.start, run.get(best.last)!.end)) return best;
    }
    // Chinese: the longest name that is a run of whole words ("北约" is not in "东北约有"). Most
    // characters begin no name in either trie (a character is its own key in both): nothing to walk.
    if (head.script === 'han' && !this.exact.next.has(head.text) && !this.folded.next.has(head.text)) return null;
    const candidates: Match[] = [];
    this.walk(run, keys, first, this.exact, false, candidates);
    this.walk(run, keys, first, this.folded, true, candidates);
    candidates.sort((x, y) => y.last - x.last);
    for (const c of candidates) if (onWordBoundaries(head.start, run.get(c.last)!.end)) return c;
    return null;
  }

  /** The longest alias that starts at `first`; with `all`, every one of them goes there too. */
  private walk(run: TokenRun, keys: Keys, first: number, root: TrieNode, fold: boolean, all: Match[] | null): Match | null {
    let found: Match | null = null;
    let node: TrieNode | undefined = root;
    let capital = false;
    let index = 0;
    for (let j = first, token = run.get(j); token; token = run.get(++j)) {
      const key = fold ? keys.fold(j) : keys.exact(j);
      if (key === null) {
        // Articles and apostrophes inside a name of several words are skipped; one-word names have none.
        if (fold && j > first) continue;
        break;
      }
      node = node.next.get(fold ? key : withSpace(key, token, index));
      index++;
      if (!node) break;
      capital ||= fold && HAS_CAPITAL.test(token.text);
      // In any case, but not all in lower case unless the alias is: "the Code of Conduct" is the
      // entry, "a code of conduct" is not; "two-state solution" is written in lower case.
      if (node.entryId && (!fold || capital || node.lowerCaseOk)) {
        found = { entryId: node.entryId, last: j };
        all?.push(found);
      }
      // No longer name goes on from here: the next token is not read.
      if (node.next.size === 0) break;
    }
    return found;
  }
}

/** A line read word by word holds no Chinese: no name there ends inside a Chinese word. */
function NO_CHINESE(): boolean {
  return false;
}
