import Fuse from 'fuse.js';
import { foldWord, languagesOfWord, LANGUAGES, stemWord, type Language } from '../language';
import { sectionLabel, TURN_ROLES, type Transcript, type TurnRole } from '../model';
import { normalizeWord, parseQuery, speakerMatches, words, wordsWithOffsets, type ParsedQuery, type QueryTerm } from './query';
import { BinaryReader, BinaryWriter, chunkSums, ChunkedTexts, concatTexts, CorruptDataError, SelectedTexts, StringTexts, TEXT_CHUNK, type TextStore } from './store';
import { ArrayPostings, encodePostings, EncodedPostings, type PostingsLists } from './postings';
import { FNV_PRIME, FNV_START, IntList, LetterPairs, pairKeysOf, StemTable, TermLookup } from './vocabulary';

/** One searchable paragraph, with what a result needs to say where it is. */
export interface SearchParagraph {
  text: string;
  /** 0-based first and last line of the paragraph in its file. */
  line: number;
  endLine: number;
  speaker: string | null;
  /** Who speaks: a question, an answer or opening remarks (older serialised indexes have none). */
  role?: TurnRole;
  section: string;
  /** The glossary entries the paragraph mentions, under any of their names. */
  entities?: string[];
}

export interface SearchDocument {
  file: string;
  title: string;
  place: string | null;
  date: string | null;
  /** The transcript's language: which stemmer reads its words. */
  language?: Language;
  /** Who published it: the host of its source URL ("whitehouse.gov"), when the text gives one. */
  publisher?: string;
  paragraphs: SearchParagraph[];
}

/** "https://www.state.gov/briefings/…" → "state.gov". */
export function publisherOf(sourceUrl: string | null): string | undefined {
  if (!sourceUrl) return undefined;
  try {
    return new URL(sourceUrl).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

export interface SearchHit {
  file: string;
  transcript: string;
  place: string | null;
  date: string | null;
  section: string;
  speaker: string | null;
  role: TurnRole | null;
  line: number;
  endLine: number;
  score: number;
  snippet: string;
  /** The normalised words that matched, to find and select them in the document. */
  matched: string[];
}

export interface SearchResponse {
  query: string;
  /** How many paragraphs matched before the list was cut to `limit`. */
  total: number;
  results: SearchHit[];
}

export interface SearchOptions {
  limit?: number;
  /** Read the last word as a prefix too: the user is still typing it. */
  prefixLast?: boolean;
}

/** Finds the glossary names in a text (an `EntityMatcher`'s `matchLine`): what lets a query name an organisation. */
export type NameFinder = (text: string) => { entryId: string; start: number; end: number; text: string }[];

/** The term under which a paragraph's mentions of an entry are indexed; no word can look like it. */
const entityTerm = (id: string) => `@${id}`;

/** Exact words weigh most; the same word without accents, other forms of it, typo corrections and prefix completions less. */
const EXACT = 1;
const ACCENTS = 0.95;
const STEM = 0.85;
const PREFIX = 0.7;
/** A correction of a word the corpus also holds as typed ranks below the word itself. */
const CORRECTION_OF_KNOWN = 0.6;
const MAX_CORRECTIONS = 8;
const MAX_PREFIX_TERMS = 64;
const FUSE_THRESHOLD = 0.34;

/**
 * The sections and paragraphs of a parsed transcript, as the index takes them; with the file's
 * glossary mentions, each paragraph knows the entries it names (in any language, under any name).
 */
export function searchDocumentOf(file: string, transcript: Transcript, mentions: readonly { entryId: string; line: number }[] = []): SearchDocument {
  const entities = paragraphEntities(transcript, mentions);
  const paragraphs: SearchParagraph[] = [];
  for (const section of transcript.sections) {
    const label = sectionLabel(section);
    for (const turn of section.turns) {
      for (const p of turn.paragraphs) {
        const paragraph: SearchParagraph = { text: p.text, line: p.range.start, endLine: p.range.end, speaker: turn.speaker, role: turn.role, section: label };
        const ids = entities[paragraphs.length];
        if (ids) paragraph.entities = ids;
        paragraphs.push(paragraph);
      }
    }
  }
  const publisher = publisherOf(transcript.sourceUrl);
  return { file, title: transcript.title, place: transcript.place, date: transcript.date, language: transcript.language, ...(publisher ? { publisher } : {}), paragraphs };
}

/**
 * Per paragraph of a transcript (in reading order), the glossary entries its lines mention, each
 * once, in the order first mentioned; undefined for none. By line, in the order found on each line:
 * a paragraph's entries are those of a run of the mentions, found by a binary search (a 50 MB
 * transcript has 130,000 paragraphs and 180,000 mentions).
 */
export function paragraphEntities(transcript: Transcript, mentions: readonly { entryId: string; line: number }[]): (string[] | undefined)[] {
  const sorted = mentions.every((m, i) => i === 0 || mentions[i - 1].line <= m.line) ? mentions : [...mentions].sort((a, b) => a.line - b.line);
  const out: (string[] | undefined)[] = [];
  for (const section of transcript.sections) {
    for (const turn of section.turns) {
      for (const p of turn.paragraphs) {
        let entities: string[] | undefined;
        for (let at = firstNotBefore(sorted.length, (i) => sorted[i].line < p.range.start); at < sorted.length && sorted[at].line <= p.range.end; at++) {
          const id = sorted[at].entryId;
          if (!entities) entities = [id];
          else if (!entities.includes(id)) entities.push(id);
        }
        out.push(entities);
      }
    }
  }
  return out;
}

/** The first index in [0, count) where `before` turns false (it is true, then false, over the range). */
function firstNotBefore(count: number, before: (i: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface WeightedTerm {
  postings: Int32Array;
  weight: number;
  /** Words that must stand next to each other in the text (a phrase): at each place, the forms that may stand there. */
  phrase?: Set<string>[];
  words: string[];
  /** A glossary entry's id: the paragraphs that mention it under any name. */
  entity?: string;
}

/** What the index keeps of a document besides its paragraphs. */
export type DocumentMeta = Omit<SearchDocument, 'paragraphs'>;

/** Paragraph facts as columns: one entry per paragraph in each. */
interface ParagraphColumns {
  doc: Int32Array;
  line: Int32Array;
  endLine: Int32Array;
  /** Index into the index's strings, or -1 for none. */
  speaker: Int32Array;
  section: Int32Array;
  /** 0 unknown, then TURN_ROLES[role - 1]. */
  role: Int32Array;
}

/** The binary layout's version: a layout this code does not know is never read. */
export const INDEX_FORMAT = 5;

/**
 * The vocabulary while an index is built: an open-addressing table of term ids keyed by the
 * words' characters, so that the millions of words of a large corpus are looked up without
 * cutting each out as a string first (only a word seen for the first time becomes one). Each slot
 * holds its term's id and hash side by side, and the terms' characters lie one after another in
 * one array: a lookup touches two places in memory, not a string object somewhere in the heap.
 */
class TermTable {
  readonly terms: string[] = [];
  /** Per slot: term id (-1: empty), then the term's hash. */
  private slots = new Int32Array(2 * 2048).fill(-1);
  /** Per term: its hash (to grow the table); where its characters start in `chars` (and end: the next one's start). */
  private hashes = new Int32Array(1024);
  private starts = new Int32Array(1025);
  private chars = new Uint16Array(64 * 1024);
  private used = 0;

  /** FNV-1a over the UTF-16 code units: `idOfSimpleRange` takes a hash made so as the word was read. */
  static readonly HASH_START = FNV_START;
  static readonly HASH_PRIME = FNV_PRIME;

  idOfRange(text: string, start: number, end: number): number {
    let h = TermTable.HASH_START;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), TermTable.HASH_PRIME);
    return this.lookup(text, start, end, h, false);
  }

  /**
   * A run of letters and digits that `simpleLower` reads (ASCII, Latin-1, basic Cyrillic), read in
   * lower case: `h` was made of the lowered characters, which are lowered again as they are compared.
   */
  idOfSimpleRange(text: string, start: number, end: number, h: number): number {
    return this.lookup(text, start, end, h, true);
  }

  idOf(word: string): number {
    return this.idOfRange(word, 0, word.length);
  }

  private lookup(text: string, start: number, end: number, h: number, lower: boolean): number {
    const length = end - start;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = slots[2 * slot];
      if (id < 0) return this.add(lower ? normalizeWord(text.slice(start, end)) : text.slice(start, end), h, slot);
      if (slots[2 * slot + 1] !== h) continue;
      const from = this.starts[id];
      if (this.starts[id + 1] - from !== length) continue;
      const chars = this.chars;
      let same = true;
      for (let i = 0; i < length; i++) {
        let c = text.charCodeAt(start + i);
        if (lower) c = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : simpleLower(c);
        if (chars[from + i] !== c) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private add(term: string, hash: number, slot: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    if (id + 1 >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    if (this.used + term.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.used + term.length));
      chars.set(this.chars.subarray(0, this.used));
      this.chars = chars;
    }
    for (let i = 0; i < term.length; i++) this.chars[this.used + i] = term.charCodeAt(i);
    this.used += term.length;
    this.starts[id + 1] = this.used;
    this.hashes[id] = hash;
    this.slots[2 * slot] = id;
    this.slots[2 * slot + 1] = hash;
    if (this.terms.length * 2 > this.slots.length >> 1) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = (slots.length >> 1) - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[2 * slot] >= 0) slot = (slot + 1) & mask;
      slots[2 * slot] = id;
      slots[2 * slot + 1] = this.hashes[id];
    }
    this.slots = slots;
  }
}

/**
 * Pass 1 of a build: each paragraph's distinct term ids, one after another, and each term's
 * paragraph count; `finish` then fills postings arrays of exactly the right size.
 */
class PostingsBuilder {
  readonly table = new TermTable();
  private readonly unique: IntList;
  private readonly ends = new IntList();
  /** Per term, side by side: the last paragraph it was seen in, then how many paragraphs hold it. */
  private seen = new Int32Array(2 * 1024).fill(-1);
  private languages = new Uint8Array(1024);
  private current = 0;
  /** The language bit of the document being read. */
  bit = 1;

  /** `expected`: about how many distinct words the paragraphs hold in all, so that the list is not grown and copied as it fills. */
  constructor(expected = 1024) {
    this.unique = new IntList(expected);
    this.clearCounts(0);
  }

  reserve(words: number): void {
    this.unique.reserve(words);
  }

  see(id: number): void {
    if (2 * id >= this.seen.length) this.grow(id);
    const seen = this.seen;
    if (seen[2 * id] !== this.current) {
      seen[2 * id] = this.current;
      seen[2 * id + 1]++;
      this.languages[id] |= this.bit;
      this.unique.push(id);
    }
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.languages.length * 2);
    const seen = new Int32Array(2 * size).fill(-1);
    seen.set(this.seen);
    const from = this.languages.length;
    this.seen = seen;
    this.clearCounts(from);
    const languages = new Uint8Array(size);
    languages.set(this.languages);
    this.languages = languages;
  }

  /** Terms from `from` on: seen in no paragraph yet (-1), held by none (0). */
  private clearCounts(from: number): void {
    for (let i = 2 * from + 1; i < this.seen.length; i += 2) this.seen[i] = 0;
  }

  /**
   * The words of a paragraph, as `words` splits them: runs of letters and digits that
   * `simpleLower` knows (ASCII, Latin-1, basic Cyrillic: English, Spanish, French, Russian) read
   * here in one pass (punctuation beyond ASCII, such as curly quotes and dashes, separates words
   * as it does there); the rest of a paragraph from any other letter on goes to `words`.
   */
  paragraph(index: number, text: string): void {
    this.current = index;
    // Capitals are lowered as the text is read (each to one character, which keeps every offset):
    // no lower-case copy of each paragraph is made.
    let start = -1;
    let hash = TermTable.HASH_START;
    // Where the first word with a letter beyond ASCII begins: `words` reads from there, should it be
    // needed, as it read before this loop knew such letters (the same words, seen again, count once).
    let beyondAscii = -1;
    const n = text.length;
    for (let i = 0; i <= n; i++) {
      let c = i < n ? text.charCodeAt(i) : 32;
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        // The word's hash as it is read: the table need not read it again.
        if (start < 0) {
          start = i;
          hash = TermTable.HASH_START;
        }
        hash = Math.imul(hash ^ c, TermTable.HASH_PRIME);
        continue;
      }
      if (c >= 128) {
        const lower = simpleLower(c);
        if (lower >= 0) {
          if (start < 0) {
            start = i;
            hash = TermTable.HASH_START;
          }
          if (beyondAscii < 0) beyondAscii = start;
          hash = Math.imul(hash ^ lower, TermTable.HASH_PRIME);
          continue;
        }
        if (!isSeparator(c)) {
          // Another letter (Chinese, Greek, a combining accent…): the words of what is left of the
          // paragraph, read the Unicode way, lower case as the whole text from there lowers them (a
          // Greek capital sigma after a word is a final sigma).
          const from = beyondAscii >= 0 ? beyondAscii : start >= 0 ? start : i;
          for (const word of words(text.slice(from))) this.see(this.table.idOf(word));
          return;
        }
      }
      if (start >= 0) {
        this.see(this.table.idOfSimpleRange(text, start, i, hash));
        start = -1;
      }
    }
  }

  /** Paragraphs are read in order: the one `paragraph` began ends here. */
  endParagraph(): void {
    this.ends.push(this.unique.length);
  }

  /**
   * A term of a paragraph read earlier, which no word of it is (a glossary entry's, found after its
   * words were read): once per paragraph and term. Late terms go into the postings in paragraph order.
   */
  seeLater(paragraph: number, id: number): void {
    if (2 * id >= this.seen.length) this.grow(id);
    this.seen[2 * id + 1]++;
    this.languages[id] |= this.bit;
    this.late.push(paragraph);
    this.late.push(id);
  }

  /** Per late term: its paragraph, then its id. */
  private readonly late = new IntList(16);

  private lateInOrder(): Int32Array {
    return sortedPairs(this.late.data.subarray(0, this.late.length));
  }

  finish(): { terms: string[]; postings: PostingsLists; languages: Uint8Array } {
    const terms = this.table.terms;
    const offsets = new Int32Array(terms.length + 1);
    for (let id = 0; id < terms.length; id++) offsets[id + 1] = offsets[id] + this.seen[2 * id + 1];
    const all = new Int32Array(offsets[terms.length]);
    const filled = offsets.slice(0, terms.length);
    const unique = this.unique.data;
    const ends = this.ends.data;
    const late = this.lateInOrder();
    let at = 0;
    let next = 0;
    for (let p = 0; p < this.ends.length; p++) {
      for (const end = ends[p]; at < end; at++) all[filled[unique[at]]++] = p;
      for (; next < late.length && late[next] === p; next += 2) all[filled[late[next + 1]]++] = p;
    }
    return { terms, postings: postingsOf(all, offsets), languages: this.languages.slice(0, terms.length) };
  }
}

/** Pairs of numbers (paragraph, term) sorted by paragraph, in the order they came within one. */
function sortedPairs(pairs: Int32Array): Int32Array {
  for (let i = 2; i < pairs.length; i += 2) {
    if (pairs[i] < pairs[i - 2]) {
      const order = Array.from({ length: pairs.length / 2 }, (_, k) => k).sort((a, b) => pairs[2 * a] - pairs[2 * b] || a - b);
      const out = new Int32Array(pairs.length);
      order.forEach((k, j) => {
        out[2 * j] = pairs[2 * k];
        out[2 * j + 1] = pairs[2 * k + 1];
      });
      return out;
    }
  }
  return pairs;
}

/**
 * A letter or digit of Latin-1, Œ œ Ÿ, or a letter of basic Cyrillic (U+0400–U+045F), in lower case
 * as `normalizeWord` gives it (ё as е), or -1 for any other code: one code unit to one, whatever
 * the letters around it (unlike Greek's final sigma, which is left to `words`).
 */
export function simpleLower(c: number): number {
  if (c >= 0x400) {
    if (c > 0x45f) return -1;
    // Ѐ–Џ → ѐ–џ, А–Я → а–я; ё → е.
    const lower = c < 0x410 ? c + 0x50 : c < 0x430 ? c + 0x20 : c;
    return lower === 0x451 ? 0x435 : lower;
  }
  if (c >= 0xc0) {
    if (c <= 0xff) {
      if (c === 0xd7 || c === 0xf7) return -1;
      // À–Þ → à–þ; ß and à–ÿ are lower case already.
      return c <= 0xde ? c + 0x20 : c;
    }
    // French œ; Ÿ → ÿ.
    return c === 0x152 || c === 0x153 ? 0x153 : c === 0x178 ? 0xff : -1;
  }
  // ª ² ³ µ ¹ º ¼ ½ ¾: letters and digits without case.
  return c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || (c >= 0xbc && c <= 0xbe) ? c : -1;
}

/** Characters beyond ASCII that are never part of a word: Latin-1 punctuation (¡ ¿ « »), and general punctuation (curly quotes, dashes, spaces). */
function isSeparator(c: number): boolean {
  if (c >= 0x2000 && c <= 0x206f) return true;
  if (c >= 0xa0 && c <= 0xbf) return simpleLower(c) < 0;
  return c === 0xd7 || c === 0xf7 || c === 0x3000 || c === 0xfeff;
}

/** Postings as one array and per-term offsets: one allocation instead of one per term. */
function postingsOf(all: Int32Array, offsets: Int32Array): PostingsLists {
  const out = new Array<Int32Array>(offsets.length - 1);
  for (let i = 0; i + 1 < offsets.length; i++) out[i] = all.subarray(offsets[i], offsets[i + 1]);
  return new ArrayPostings(out);
}

/**
 * A word index over paragraphs: queries find candidates through postings lists instead of
 * scanning every paragraph, Fuse.js corrects typos against the vocabulary (a few hundred
 * likely words, found through shared letter pairs), and results are ranked by how rare and how
 * exact the matched words are. Kept as columns and typed arrays: indexes of parts of a corpus
 * merge without reading a word again, files leave without a rebuild, and the whole is written
 * to and read from a cache file as it is.
 */
export class SearchIndex {
  private readonly termIds: TermLookup;
  private sortedFolded: { folded: string; id: number }[] | undefined;
  /** Terms that folding changes, by their folded form ("elysee" → "élysée"), made on first need. */
  private folded: Map<string, number[]> | undefined;
  /** Terms by their stem, per language, made on first need. */
  private stems: StemTable | undefined;
  private bigrams: LetterPairs | undefined;
  private readonly corrected = new Map<string, [number, number, boolean][]>();
  private best: Float64Array | undefined;
  private stamp: Int32Array | undefined;
  private generation = 0;

  private constructor(
    private readonly documents: DocumentMeta[],
    private readonly columns: ParagraphColumns,
    /** Speakers and section labels, each once. */
    private readonly strings: string[],
    private readonly texts: TextStore,
    private readonly terms: string[],
    private readonly postings: PostingsLists,
    /** Per term, the languages it occurs in, one bit each. */
    private readonly languages: Uint8Array,
    /** What a cache kept of what is worked out from the vocabulary. */
    derived?: { stems: StemTable; pairs: LetterPairs },
  ) {
    this.termIds = new TermLookup(terms);
    this.stems = derived?.stems;
    this.bigrams = derived?.pairs;
  }

  get paragraphCount(): number {
    return this.columns.doc.length;
  }

  get vocabularySize(): number {
    return this.terms.length;
  }

  get documentCount(): number {
    return this.documents.length;
  }

  /**
   * Each document with its paragraphs (lines, speaker, role, text), in the index's order: what
   * corpus studies (concordance, trends, collocates, keywords) read, without parsing anything again.
   */
  *documentsWithParagraphs(): Generator<{ meta: DocumentMeta; first: number; paragraphs: SearchParagraph[] }> {
    const { doc, line, endLine, speaker, role } = this.columns;
    let at = 0;
    for (let d = 0; d < this.documents.length; d++) {
      const paragraphs: SearchParagraph[] = [];
      const first = at;
      while (at < doc.length && doc[at] === d) {
        paragraphs.push({
          text: this.texts.get(at),
          line: line[at],
          endLine: endLine[at],
          speaker: speaker[at] < 0 ? null : this.strings[speaker[at]],
          role: role[at] === 0 ? undefined : TURN_ROLES[role[at] - 1],
          section: '',
        });
        at++;
      }
      yield { meta: this.documents[d], first, paragraphs };
    }
  }

  /** The paragraphs (by their number in `documentsWithParagraphs` order) holding a word as indexed, or `@id` for an entry's mentions. */
  paragraphsWith(term: string): Int32Array {
    const id = this.termIds.get(term);
    return id === undefined ? new Int32Array(0) : this.postings.of(id);
  }

  /** The files the index holds, in its order. */
  get files(): string[] {
    return this.documents.map((d) => d.file);
  }

  static empty(): SearchIndex {
    return SearchIndex.build([]);
  }

  static build(documents: readonly SearchDocument[]): SearchIndex {
    let characters = 0;
    for (const d of documents) for (const p of d.paragraphs) characters += p.text.length;
    const builder = new SearchIndexBuilder(characters);
    for (const document of documents) builder.add(document);
    return builder.finish();
  }

  /** @internal For `SearchIndexBuilder`. */
  static fromBuilt(documents: DocumentMeta[], columns: ParagraphColumns, strings: string[], texts: TextStore, terms: string[], postings: PostingsLists, languages: Uint8Array): SearchIndex {
    return new SearchIndex(documents, columns, strings, texts, terms, postings, languages);
  }

  /**
   * Indexes of parts of a corpus as one, in the order given: vocabularies joined, postings put
   * one after another; no paragraph is read again.
   */
  static concat(parts: readonly SearchIndex[]): SearchIndex {
    const nonEmpty = parts.filter((p) => p.paragraphCount > 0 || p.documentCount > 0);
    if (nonEmpty.length === 1) return nonEmpty[0];
    if (nonEmpty.length === 0) return SearchIndex.empty();
    const documents: DocumentMeta[] = [];
    const strings = new Map<string, number>();
    const termIds = new Map<string, number>();
    const terms: string[] = [];
    const count = nonEmpty.reduce((n, p) => n + p.paragraphCount, 0);
    const columns: ParagraphColumns = { doc: new Int32Array(count), line: new Int32Array(count), endLine: new Int32Array(count), speaker: new Int32Array(count), section: new Int32Array(count), role: new Int32Array(count) };
    const termMaps: Int32Array[] = [];
    let lengths = new Int32Array(1024);
    let languages = new Uint8Array(1024);
    let paragraphAt = 0;
    for (const part of nonEmpty) {
      const docBase = documents.length;
      documents.push(...part.documents);
      const stringMap = part.strings.map((s) => {
        let id = strings.get(s);
        if (id === undefined) strings.set(s, (id = strings.size));
        return id;
      });
      const c = part.columns;
      for (let i = 0; i < part.paragraphCount; i++) {
        const j = paragraphAt + i;
        columns.doc[j] = c.doc[i] + docBase;
        columns.line[j] = c.line[i];
        columns.endLine[j] = c.endLine[i];
        columns.speaker[j] = c.speaker[i] < 0 ? -1 : stringMap[c.speaker[i]];
        columns.section[j] = c.section[i] < 0 ? -1 : stringMap[c.section[i]];
        columns.role[j] = c.role[i];
      }
      paragraphAt += part.paragraphCount;
      const map = new Int32Array(part.terms.length);
      for (let t = 0; t < part.terms.length; t++) {
        const term = part.terms[t];
        let id = termIds.get(term);
        if (id === undefined) {
          id = terms.length;
          termIds.set(term, id);
          terms.push(term);
          if (id >= lengths.length) {
            const grown = new Int32Array(lengths.length * 2);
            grown.set(lengths);
            lengths = grown;
            const grownLanguages = new Uint8Array(languages.length * 2);
            grownLanguages.set(languages);
            languages = grownLanguages;
          }
        }
        map[t] = id;
        lengths[id] += part.postings.lengthOf(t);
        languages[id] |= part.languages[t] ?? 0;
      }
      termMaps.push(map);
    }
    const offsets = new Int32Array(terms.length + 1);
    for (let id = 0; id < terms.length; id++) offsets[id + 1] = offsets[id] + lengths[id];
    const all = new Int32Array(offsets[terms.length]);
    const filled = offsets.slice(0, terms.length);
    let base = 0;
    nonEmpty.forEach((part, k) => {
      const map = termMaps[k];
      for (let t = 0; t < part.terms.length; t++) {
        const list = part.postings.of(t);
        const id = map[t];
        let at = filled[id];
        for (let i = 0; i < list.length; i++) all[at++] = list[i] + base;
        filled[id] = at;
      }
      base += part.paragraphCount;
    });
    return new SearchIndex(documents, columns, [...strings.keys()], concatTexts(nonEmpty.map((p) => p.texts)), terms, postingsOf(all, offsets), languages.slice(0, terms.length));
  }

  /** The index without the given files: their paragraphs and the words only they held leave. */
  without(files: ReadonlySet<string>): SearchIndex {
    const keepDoc = new Int32Array(this.documents.length).fill(-1);
    const documents: DocumentMeta[] = [];
    this.documents.forEach((d, i) => {
      if (!files.has(d.file)) {
        keepDoc[i] = documents.length;
        documents.push(d);
      }
    });
    if (documents.length === this.documents.length) return this;
    const n = this.paragraphCount;
    const renumber = new Int32Array(n).fill(-1);
    const kept: number[] = [];
    for (let p = 0; p < n; p++) {
      if (keepDoc[this.columns.doc[p]] >= 0) {
        renumber[p] = kept.length;
        kept.push(p);
      }
    }
    const indices = Int32Array.from(kept);
    const pick = (column: Int32Array) => {
      const out = new Int32Array(indices.length);
      for (let i = 0; i < indices.length; i++) out[i] = column[indices[i]];
      return out;
    };
    const doc = pick(this.columns.doc);
    for (let i = 0; i < doc.length; i++) doc[i] = keepDoc[doc[i]];
    const columns: ParagraphColumns = { doc, line: pick(this.columns.line), endLine: pick(this.columns.endLine), speaker: pick(this.columns.speaker), section: pick(this.columns.section), role: pick(this.columns.role) };
    const terms: string[] = [];
    const lists: Int32Array[] = [];
    const languages: number[] = [];
    let total = 0;
    const scratch = new Int32Array(indices.length);
    for (let t = 0; t < this.terms.length; t++) {
      const list = this.postings.of(t);
      let m = 0;
      for (let i = 0; i < list.length; i++) {
        const p = renumber[list[i]];
        if (p >= 0) scratch[m++] = p;
      }
      if (m === 0) continue;
      terms.push(this.terms[t]);
      lists.push(scratch.slice(0, m));
      languages.push(this.languages[t]);
      total += m;
    }
    const offsets = new Int32Array(terms.length + 1);
    const all = new Int32Array(total);
    lists.forEach((l, i) => {
      all.set(l, offsets[i]);
      offsets[i + 1] = offsets[i] + l.length;
    });
    return new SearchIndex(documents, columns, this.strings, new SelectedTexts(this.texts, indices), terms, postingsOf(all, offsets), Uint8Array.from(languages));
  }

  /** The index as bytes (see `fromBytes`). */
  toBytes(): Uint8Array {
    return this.write(null);
  }

  /**
   * The index as bytes with its paragraph texts apart (see `fromParts`): a cache keeps the texts
   * in a file of their own, read a chunk at a time when a result shows one.
   */
  toParts(): { index: Uint8Array; texts: Uint8Array } {
    const texts = new BinaryWriter();
    texts.texts(this.texts);
    const reader = new BinaryReader(texts.finish());
    const { blob, offsets } = reader.texts();
    return { index: this.write({ offsets, chunks: chunkSums(blob) }), texts: blob };
  }

  private write(apart: { offsets: Int32Array; chunks: Int32Array } | null): Uint8Array {
    const out = new BinaryWriter();
    out.uint32(INDEX_FORMAT);
    out.uint32(apart ? 1 : 0);
    out.json({ documents: this.documents, strings: this.strings });
    const c = this.columns;
    for (const column of [c.doc, c.line, c.endLine, c.speaker, c.section, c.role]) out.int32s(column);
    if (apart) {
      out.int32s(apart.offsets);
      out.int32s(apart.chunks);
    } else out.texts(this.texts);
    out.text(this.terms.join('\n'));
    const postings = encodePostings(this.postings);
    out.int32s(postings.ends);
    out.int32s(postings.lengths);
    out.bytes(postings.bytes);
    out.bytes(this.languages);
    this.stemmed().write(out);
    this.letterPairs().write(out);
    return out.finish();
  }

  /**
   * Reads `toBytes`' layout back. The typed arrays are views on `bytes`, and paragraph texts are
   * decoded only when a result shows them. Anything that does not hold together throws
   * `CorruptDataError`.
   */
  static fromBytes(bytes: Uint8Array): SearchIndex {
    return SearchIndex.read(bytes, null);
  }

  /**
   * Reads `toParts`' index; `readTexts(start, end)` gives bytes of the texts part, which are
   * checked against their checksums, a chunk at a time, when first read (a chunk that does not
   * match throws `CorruptDataError` then).
   */
  static fromParts(index: Uint8Array, texts: { length: number; read: (start: number, end: number) => Uint8Array }): SearchIndex {
    return SearchIndex.read(index, texts);
  }

  private static read(bytes: Uint8Array, apart: { length: number; read: (start: number, end: number) => Uint8Array } | null): SearchIndex {
    const input = new BinaryReader(bytes);
    const version = input.uint32();
    if (version !== INDEX_FORMAT) throw new CorruptDataError(`index layout ${version}, not ${INDEX_FORMAT}`);
    const hasApart = input.uint32() === 1;
    if (hasApart !== (apart !== null)) throw new CorruptDataError(apart ? 'the index holds its texts' : 'the index keeps its texts apart');
    const { documents, strings } = input.json<{ documents: DocumentMeta[]; strings: string[] }>();
    if (!Array.isArray(documents) || !Array.isArray(strings)) throw new CorruptDataError('no documents');
    const [doc, line, endLine, speaker, section, role] = [0, 1, 2, 3, 4, 5].map(() => input.int32s());
    const n = doc.length;
    if ([line, endLine, speaker, section, role].some((column) => column.length !== n)) throw new CorruptDataError('paragraph columns differ in length');
    for (let i = 0; i < n; i++) {
      if (doc[i] < 0 || doc[i] >= documents.length || speaker[i] >= strings.length || section[i] >= strings.length || role[i] < 0 || role[i] > TURN_ROLES.length) throw new CorruptDataError(`paragraph ${i} points outside the index`);
    }
    let texts: TextStore;
    if (apart) {
      const offsets = input.int32s();
      const chunks = input.int32s();
      if (offsets.length !== n + 1 || offsets[0] !== 0 || offsets[n] !== apart.length || chunks.length !== Math.ceil(apart.length / TEXT_CHUNK)) throw new CorruptDataError('the texts part does not fit the index');
      for (let i = 1; i <= n; i++) if (offsets[i] < offsets[i - 1]) throw new CorruptDataError('text offsets go backwards');
      texts = new ChunkedTexts(offsets, chunks, apart.length, apart.read);
    } else texts = input.texts();
    if (texts.length !== n) throw new CorruptDataError('texts and paragraphs differ in number');
    const joined = input.text();
    const terms = joined === '' ? [] : joined.split('\n');
    const ends = input.int32s();
    const lengths = input.int32s();
    const postings = input.bytes();
    const languages = input.bytes();
    if (ends.length !== terms.length || languages.length !== terms.length) throw new CorruptDataError('postings do not fit the vocabulary');
    const derived = { stems: StemTable.read(input, terms.length), pairs: LetterPairs.read(input, terms.length) };
    return new SearchIndex(documents, { doc, line, endLine, speaker, section, role }, strings, texts, terms, new EncodedPostings(postings, ends, lengths, n), languages, derived);
  }

  private text(paragraph: number): string {
    return this.texts.get(paragraph);
  }

  private speakerOf(paragraph: number): string | null {
    const s = this.columns.speaker[paragraph];
    return s < 0 ? null : this.strings[s];
  }

  private roleOf(paragraph: number): TurnRole | null {
    const r = this.columns.role[paragraph];
    return r === 0 ? null : TURN_ROLES[r - 1];
  }

  /**
   * With `names`, an organisation or agreement named in the query is found under any of its
   * names as well ("ШОС" finds "Шанхайской организации сотрудничества", "上合组织" and "SCO"),
   * where the index knows the paragraphs' mentions; its words as typed still match as a phrase.
   */
  search(query: string, options: SearchOptions = {}, names?: NameFinder): SearchResponse {
    const limit = options.limit ?? 50;
    const parsed = parseQuery(names ? withEntities(query, names) : query);
    const filtered = parsed.speaker !== null || parsed.role !== null;
    const speakerOk = new Map<number, boolean>();
    const passes = (doc: number) => !filtered || this.passesFilters(doc, parsed, speakerOk);
    if (parsed.groups.length === 0) {
      if (!filtered) return { query, total: 0, results: [] };
      // "speaker:blinken" alone: everything that person said, in corpus order.
      const all: { doc: number; score: number }[] = [];
      for (let doc = 0; doc < this.paragraphCount; doc++) if (passes(doc) && this.satisfies(doc, [], parsed.exclude)) all.push({ doc, score: 1 });
      all.sort((a, b) => this.inCorpusOrder(a.doc, b.doc));
      return { query, total: all.length, results: all.slice(0, limit).map(({ doc, score }) => this.hit(doc, score, [])) };
    }
    if (!this.best || this.best.length !== this.paragraphCount) {
      this.best = new Float64Array(this.paragraphCount);
      this.stamp = new Int32Array(this.paragraphCount);
    }
    const best = this.best;
    const stamp = this.stamp!;
    const lastGroup = parsed.groups.length - 1;
    const groups = parsed.groups.map((group, g) =>
      group.flatMap((term, t) => this.resolve(term, options.prefixLast === true && g === lastGroup && t === group.length - 1 && !/\s$/.test(query))),
    );
    // The rarest group first: the candidate set starts small and only shrinks.
    const order = groups.map((g, i) => ({ g, i, size: g.reduce((n, t) => n + t.postings.length, 0) })).sort((a, b) => a.size - b.size);
    let candidates: number[] | null = null;
    let scores: number[] = [];
    for (const { g } of order) {
      const gen = ++this.generation;
      const fresh: number[] = [];
      for (const term of g) {
        for (const doc of term.postings) {
          if (stamp[doc] !== gen) {
            stamp[doc] = gen;
            best[doc] = term.weight;
            fresh.push(doc);
          } else if (term.weight > best[doc]) best[doc] = term.weight;
        }
      }
      if (candidates === null) {
        candidates = fresh;
        scores = fresh.map((doc) => best[doc]);
      } else {
        const keep: number[] = [];
        const keepScores: number[] = [];
        candidates.forEach((doc, i) => {
          if (stamp[doc] === gen) {
            keep.push(doc);
            keepScores.push(scores[i] + best[doc]);
          }
        });
        candidates = keep;
        scores = keepScores;
      }
      if (candidates.length === 0) break;
    }
    let hits = (candidates ?? []).map((doc, i) => ({ doc, score: scores[i] }));
    hits = hits.filter(({ doc }) => passes(doc) && this.satisfies(doc, groups, parsed.exclude));
    hits.sort((a, b) => b.score - a.score || this.inCorpusOrder(a.doc, b.doc));
    const results = hits.slice(0, limit).map(({ doc, score }) => this.hit(doc, score, groups, names));
    return { query, total: hits.length, results };
  }

  /**
   * Paragraphs by file, then line: the order of equal results, whatever order the files were
   * indexed in (a cached corpus with one file read again holds that file last).
   */
  private inCorpusOrder(a: number, b: number): number {
    const da = this.columns.doc[a];
    const db = this.columns.doc[b];
    if (da !== db) {
      const fa = this.documents[da].file;
      const fb = this.documents[db].file;
      if (fa !== fb) return fa < fb ? -1 : 1;
    }
    return this.columns.line[a] - this.columns.line[b] || a - b;
  }

  private passesFilters(doc: number, parsed: ParsedQuery, speakerOk: Map<number, boolean>): boolean {
    if (parsed.role !== null && this.roleOf(doc) !== parsed.role) return false;
    if (parsed.speaker === null) return true;
    const s = this.columns.speaker[doc];
    let ok = speakerOk.get(s);
    if (ok === undefined) speakerOk.set(s, (ok = speakerMatches(parsed.speaker, this.speakerOf(doc))));
    return ok;
  }

  /** Checks what postings alone cannot: phrases stand together, excluded words are absent. */
  private satisfies(doc: number, groups: WeightedTerm[][], exclude: QueryTerm[]): boolean {
    const needsText = exclude.length > 0 || groups.some((g) => g.some((t) => t.phrase));
    if (!needsText) return true;
    const text = words(this.text(doc));
    for (const group of groups) {
      if (!group.some((t) => t.phrase)) continue;
      const ok = group.some((t) => (t.phrase ? containsPhrase(text, t.phrase) : hasPosting(t.postings, doc)));
      if (!ok) return false;
    }
    for (const term of exclude) {
      const folded = term.words.map(foldWord);
      if (term.mode === 'phrase' ? containsPhrase(text.map(foldWord), folded.map((w) => new Set([w]))) : term.mode === 'prefix' ? text.some((w) => foldWord(w).startsWith(folded[0])) : text.some((w) => foldWord(w) === folded[0])) return false;
    }
    return true;
  }

  private hit(doc: number, score: number, groups: WeightedTerm[][], names?: NameFinder): SearchHit {
    const text = this.text(doc);
    const d = this.documents[this.columns.doc[doc]];
    const matched = new Set<string>();
    for (const group of groups)
      for (const term of group) {
        if (!hasPosting(term.postings, doc)) continue;
        for (const w of term.words) matched.add(w);
        // The words that named the entry here ("Шанхайской организации сотрудничества"), to show and select.
        if (term.entity && names) for (const m of names(text)) if (m.entryId === term.entity) for (const w of words(m.text)) matched.add(w);
      }
    const section = this.columns.section[doc];
    return {
      file: d.file,
      transcript: d.title,
      place: d.place,
      date: d.date,
      section: section < 0 ? '' : this.strings[section],
      speaker: this.speakerOf(doc),
      role: this.roleOf(doc),
      line: this.columns.line[doc],
      endLine: this.columns.endLine[doc],
      score: Math.round(score * 1000) / 1000,
      snippet: snippet(text, matched),
      matched: [...matched],
    };
  }

  /** The vocabulary terms a query term stands for, each with the weight of a match on it. */
  private resolve(term: QueryTerm, asPrefix: boolean): WeightedTerm[] {
    const idf = (id: number) => Math.log(1 + this.paragraphCount / Math.max(1, this.postings.lengthOf(id)));
    if (term.mode === 'entity') {
      const id = this.termIds.get(entityTerm(term.words[0]));
      return id === undefined ? [] : [{ postings: this.postings.of(id), weight: idf(id) * EXACT, words: [], entity: term.words[0] }];
    }
    if (term.mode === 'phrase') {
      // Each word of a phrase in any of its forms; a phrase typed as one token ("al-Qaida") with typos corrected too.
      const forms = term.words.map((w) => this.variants(w, term.loose ? 'fuzzy' : 'phrase'));
      if (forms.some((f) => f.size === 0)) return [];
      const phraseOf = (of: Map<number, number>[]): WeightedTerm => {
        const postings = of.map((f) => union([...f.keys()].map((id) => this.postings.of(id)))).reduce(intersect);
        const weight = of.reduce((n, f) => n + Math.max(...[...f].map(([id, quality]) => idf(id) * quality)), 0);
        const phrase = of.map((f) => new Set([...f.keys()].map((id) => this.terms[id])));
        return { postings, weight, phrase, words: [...new Set(phrase.flatMap((p) => [...p]))] };
      };
      const all = phraseOf(forms);
      // A typo-tolerant phrase: the passages with its words as typed (or their forms) rank above the corrected ones.
      const strict = forms.map((f) => new Map([...f].filter(([, quality]) => quality >= STEM)));
      if (!term.loose || strict.some((f) => f.size === 0) || strict.every((f, i) => f.size === forms[i].size)) return [all];
      const exact = phraseOf(strict);
      return [exact, { ...all, weight: Math.min(all.weight, exact.weight * CORRECTION_OF_KNOWN) }];
    }
    const word = term.words[0];
    const out: WeightedTerm[] = [];
    const add = (id: number, quality: number) => out.push({ postings: this.postings.of(id), weight: idf(id) * quality, words: [this.terms[id]] });
    if (term.mode === 'prefix' || asPrefix) {
      const exact = this.termIds.get(word);
      for (const id of this.withPrefix(word)) add(id, id === exact ? EXACT : PREFIX);
      if (term.mode === 'prefix') return out;
    }
    for (const [id, quality] of this.variants(word, term.mode === 'exact' ? 'exact' : 'fuzzy')) if (!out.some((t) => t.words[0] === this.terms[id])) add(id, quality);
    return out;
  }

  /**
   * The forms of a word the corpus holds, each with how close it is: the word as typed, without
   * accents, other forms of the same stem in each language the word may be in ("Шанхайская" →
   * "шанхайской"), and, for a fuzzy word, typo corrections ("Irak" → "iraq"), which rank below
   * the word itself when the corpus holds it too ("al-Qaida" still finds "al-Qaeda").
   */
  private variants(word: string, mode: 'exact' | 'phrase' | 'fuzzy'): Map<number, number> {
    const found = new Map<number, number>();
    const put = (id: number, quality: number) => {
      if ((found.get(id) ?? 0) < quality) found.set(id, quality);
    };
    const exact = this.termIds.get(word);
    if (exact !== undefined) put(exact, EXACT);
    for (const id of this.termsFoldedTo(foldWord(word))) put(id, ACCENTS);
    if (mode === 'exact') return found;
    for (const language of languagesOfWord(word)) {
      if (language === 'zh') continue;
      for (const id of this.stemmed().termsWithStem(language, stemWord(word, language))) put(id, STEM);
    }
    if (mode === 'fuzzy') {
      // A word the corpus holds as typed is corrected only to spellings that sound the same
      // ("al-Qaida" → "al Qaeda"), not to other words a letter away ("NATO" is not "into").
      const known = found.size > 0;
      for (const [id, quality, soundAlike] of this.corrections(word)) if (!known || soundAlike) put(id, known ? quality * CORRECTION_OF_KNOWN : quality);
    }
    return found;
  }

  /** The terms that fold to `folded` ("elysee": "elysee", "élysée"), in vocabulary order. */
  private termsFoldedTo(folded: string): number[] {
    // Only words that folding changes are kept apart: most of a vocabulary is lower-case ASCII already.
    if (!this.folded) {
      this.folded = new Map();
      for (let id = 0; id < this.terms.length; id++) {
        const t = this.terms[id];
        if (!FOLDABLE.test(t)) continue;
        const f = foldWord(t);
        if (f === t) continue;
        const list = this.folded.get(f);
        if (list) list.push(id);
        else this.folded.set(f, [id]);
      }
    }
    const same = this.termIds.get(folded);
    const changed = this.folded.get(folded) ?? [];
    if (same === undefined) return changed;
    const at = changed.findIndex((id) => id > same);
    return at < 0 ? [...changed, same] : [...changed.slice(0, at), same, ...changed.slice(at)];
  }

  /** The vocabulary by stem, made on first need. */
  private stemmed(): StemTable {
    return (this.stems ??= StemTable.build(this.terms, this.languages));
  }

  private letterPairs(): LetterPairs {
    return (this.bigrams ??= LetterPairs.build(this.terms));
  }

  private withPrefix(prefix: string): number[] {
    this.sortedFolded ??= this.terms.map((t, id) => ({ folded: foldWord(t), id })).sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
    const sorted = this.sortedFolded;
    const folded = foldWord(prefix);
    const lo = firstNotBefore(sorted.length, (i) => sorted[i].folded < folded);
    const ids: number[] = [];
    for (let i = lo; i < sorted.length && sorted[i].folded.startsWith(folded); i++) ids.push(sorted[i].id);
    // The most frequent completions are the likely ones.
    return ids.sort((a, b) => this.postings.lengthOf(b) - this.postings.lengthOf(a)).slice(0, MAX_PREFIX_TERMS);
  }

  /**
   * Vocabulary words a mistyped word may mean. Words sharing enough letter pairs with it (and
   * of a similar length) are the candidates; Fuse.js scores them and keeps the close ones. A
   * candidate that sounds the same ("irak"/"iraq", "qaida"/"qaeda") is closer than its letters say.
   */
  private corrections(word: string): [number, number, boolean][] {
    if (word.length < 4 || /^\d+$/.test(word) || languagesOfWord(word)[0] === 'zh') return [];
    const cached = this.corrected.get(word);
    if (cached) return cached;
    const folded = foldWord(word);
    const own = [...new Set(pairKeysOf(folded))];
    const shared = new Map<number, number>();
    for (const b of own) {
      const ids = this.letterPairs().termsWith(b);
      for (let i = 0; i < ids.length; i++) shared.set(ids[i], (shared.get(ids[i]) ?? 0) + 1);
    }
    // One typo spoils at most three letter pairs (a transposition); the padded pairs count the ends.
    const needed = Math.max(2, own.length - 3);
    // Numbers are not misspelt: "overcapacity9999" is not "overcapacity9998", resolution 2231 is not 2213.
    const digits = folded.replace(/\D/g, '');
    const candidates: number[] = [];
    for (const [id, n] of shared) if (n >= needed && Math.abs(this.terms[id].length - word.length) <= 2 && this.terms[id].replace(/\D/g, '') === digits) candidates.push(id);
    let result: [number, number, boolean][] = [];
    if (candidates.length > 0) {
      const fuse = new Fuse(candidates.map((id) => foldWord(this.terms[id])), { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
      const sound = soundOf(folded);
      result = fuse
        .search(folded)
        .filter((r) => (r.score ?? 1) <= FUSE_THRESHOLD && r.item !== folded)
        .map((r): [number, number, boolean] => (soundOf(r.item) === sound ? [candidates[r.refIndex], 0.9, true] : [candidates[r.refIndex], 0.8 * (1 - (r.score ?? 0)), false]))
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_CORRECTIONS);
    }
    if (this.corrected.size > 1000) this.corrected.clear();
    this.corrected.set(word, result);
    return result;
  }
}

/**
 * A rough key of how a word sounds across spellings and transliterations: its first letter, then
 * its consonants with c/k/q, s/z, i/y alike ("Irak" and "Iraq", "Qaida" and "Qaeda" sound alike).
 */
function soundOf(word: string): string {
  const w = word.replace(/ph/g, 'f').replace(/[cq]/g, 'k').replace(/z/g, 's').replace(/y/g, 'i');
  return w[0] + w.slice(1).replace(/[aeiouh]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * The query with each glossary name in it read as "that entry, or these words": `ШОС nuclear`
 * → `@sco|"ШОС" nuclear`. Quoted phrases, filters and marked words (`!NATO`, `'SCO`, `^NAT`) stay as typed.
 */
export function withEntities(query: string, names: NameFinder): string {
  const kept: [number, number][] = [];
  for (const m of query.matchAll(/"[^"]*"?|(?:speaker|role):\S*/gi)) kept.push([m.index, m.index + m[0].length]);
  let out = '';
  let at = 0;
  for (const m of names(query)) {
    if (m.start < at || kept.some(([s, e]) => m.start < e && s < m.end)) continue;
    const before = query[m.start - 1];
    if (before === '!' || before === "'" || before === '^' || before === '@') continue;
    out += query.slice(at, m.start) + ` @${m.entryId}|"${m.text.replace(/"/g, '')}" `;
    at = m.end;
  }
  return at === 0 ? query : out + query.slice(at);
}

/** A character that folding may change: a capital or anything beyond ASCII. */
// eslint-disable-next-line no-control-regex
const FOLDABLE = /[^\u0000-\u0040\u005b-\u007f]/;

function hasPosting(postings: Int32Array, doc: number): boolean {
  let lo = 0;
  let hi = postings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (postings[mid] === doc) return true;
    if (postings[mid] < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return Int32Array.from(out);
}

/** The sorted union of sorted postings lists. */
function union(lists: Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0];
  const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  return all.subarray(0, n);
}

function containsPhrase(text: string[], phrase: Set<string>[]): boolean {
  outer: for (let i = 0; i + phrase.length <= text.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (!phrase[j].has(text[i + j])) continue outer;
    return true;
  }
  return false;
}

/** The passage around the first matched word, cut at word boundaries. */
export function snippet(text: string, matched: Set<string>, width = 160): string {
  const found = wordsWithOffsets(text).find((w) => matched.has(w.word));
  if (!found || text.length <= width) return text.length <= width ? text : text.slice(0, text.lastIndexOf(' ', width)) + '…';
  let start = Math.max(0, found.start - Math.floor(width / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + width);
  if (end < text.length) end = text.lastIndexOf(' ', end) > found.end ? text.lastIndexOf(' ', end) : end;
  return (start > 0 ? '…' : '') + text.slice(start, end).trim() + (end < text.length ? '…' : '');
}

/** Some one in six characters opens a word seen for the first time in its paragraph (English prose, measured). */
const CHARACTERS_PER_NEW_WORD = 6;

/** A document's name in a builder once it was dropped: no file is called so. */
const DROPPED = '\u0000dropped';

/**
 * An index built a document at a time: each document's words are read as it comes, while its
 * text is fresh, and the work is spread over the load instead of all falling on the first search.
 */
export class SearchIndexBuilder {
  private readonly documents: DocumentMeta[] = [];
  private readonly strings = new Map<string, number>();
  private readonly postings: PostingsBuilder;
  private readonly columns = { doc: new IntList(), line: new IntList(), endLine: new IntList(), speaker: new IntList(), section: new IntList(), role: new IntList() };
  /** Paragraph texts, by paragraph number. */
  private readonly texts: string[] = [];
  private dropped = 0;

  /** `characters`: about how much text is coming, when it is known, to size the buffers once. */
  constructor(characters = 0) {
    this.postings = new PostingsBuilder(Math.max(1024, Math.ceil(characters / CHARACTERS_PER_NEW_WORD)));
  }

  /** Makes room for about this many more characters of text at once, rather than growing (and copying) as they come. */
  reserve(characters: number): void {
    this.postings.reserve(Math.ceil(characters / CHARACTERS_PER_NEW_WORD));
    // Some 60 characters a paragraph at the least, for its columns.
    for (const column of Object.values(this.columns)) column.reserve(Math.ceil(characters / 60));
  }

  /** Documents added, dropped ones included. */
  get documentCount(): number {
    return this.documents.length;
  }

  /** Paragraphs added, dropped ones included. */
  get paragraphCount(): number {
    return this.texts.length;
  }

  /** Per document added: its first paragraph's number. */
  private readonly firstParagraphs: number[] = [];

  /** Adds a document; answers its position, for `drop` and `addEntities`. */
  add(document: SearchDocument): number {
    const { paragraphs, ...meta } = document;
    const position = this.documents.length;
    this.documents.push(meta);
    this.firstParagraphs.push(this.texts.length);
    const columns = this.columns;
    this.postings.bit = 1 << Math.max(0, LANGUAGES.indexOf(document.language ?? 'en'));
    for (const p of paragraphs) {
      columns.doc.push(position);
      columns.line.push(p.line);
      columns.endLine.push(p.endLine);
      columns.speaker.push(this.stringId(p.speaker));
      columns.section.push(this.stringId(p.section));
      columns.role.push(p.role ? TURN_ROLES.indexOf(p.role) + 1 : 0);
      this.postings.paragraph(this.texts.length, p.text);
      if (p.entities) for (const id of p.entities) this.postings.see(this.postings.table.idOf(entityTerm(id)));
      this.postings.endParagraph();
      this.texts.push(p.text);
    }
    return position;
  }

  /**
   * The glossary entries of a document's paragraphs, once they are known (`entities[i]` for its
   * i-th paragraph, as `searchDocumentOf` gives them): for a document added without its entities.
   */
  addEntities(position: number, entities: readonly (readonly string[] | undefined)[]): void {
    const first = this.firstParagraphs[position];
    const end = position + 1 < this.firstParagraphs.length ? this.firstParagraphs[position + 1] : this.texts.length;
    if (first === undefined || entities.length !== end - first) throw new Error(`entities for ${entities.length} paragraphs, where document ${position} has ${end - (first ?? 0)}`);
    this.postings.bit = 1 << Math.max(0, LANGUAGES.indexOf(this.documents[position].language ?? 'en'));
    entities.forEach((ids, i) => {
      for (const id of ids ?? []) this.postings.seeLater(first + i, this.postings.table.idOf(entityTerm(id)));
    });
  }

  /** Leaves out a document added earlier (a file changed or removed before the index was finished). */
  drop(position: number): void {
    const meta = this.documents[position];
    if (!meta || meta.file === DROPPED) return;
    this.documents[position] = { ...meta, file: DROPPED };
    this.dropped++;
  }

  finish(): SearchIndex {
    const { terms, postings, languages } = this.postings.finish();
    const c = this.columns;
    const columns: ParagraphColumns = { doc: c.doc.toArray(), line: c.line.toArray(), endLine: c.endLine.toArray(), speaker: c.speaker.toArray(), section: c.section.toArray(), role: c.role.toArray() };
    const index = SearchIndex.fromBuilt(this.documents, columns, [...this.strings.keys()], new StringTexts(this.texts), terms, postings, languages);
    return this.dropped > 0 ? index.without(new Set([DROPPED])) : index;
  }

  private stringId(s: string | null): number {
    if (s === null) return -1;
    let id = this.strings.get(s);
    if (id === undefined) this.strings.set(s, (id = this.strings.size));
    return id;
  }
}

