// What a search index works out from its vocabulary alone: a term's id by its spelling, terms by
// stem, terms by letter pair. Worked out over the whole vocabulary (82,000 words at 100,000
// paragraphs), the last two cost a warm search most of its time, so a cache keeps them as typed
// arrays and a loaded index reads them back instead of stemming every word again.
import { foldWord, LANGUAGES, languagesOfWord, stemWord, type Language } from '../language';
import { type BinaryReader, type BinaryWriter, CorruptDataError } from './store';

/** FNV-1a over UTF-16 code units: the term tables' hash (`TermLookup` here, the builder's in searchIndex.ts). */
export const FNV_START = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

function hashOf(word: string): number {
  let h = FNV_START;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Term ids by spelling: an open-addressing table of ids, a fifth of the time a `Map` takes to fill. */
export class TermLookup {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(private readonly terms: readonly string[]) {
    let size = 16;
    while (size < terms.length * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let id = 0; id < terms.length; id++) {
      let slot = hashOf(terms[id]) & this.mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id;
    }
  }

  get(word: string): number | undefined {
    let slot = hashOf(word) & this.mask;
    for (;;) {
      const id = this.slots[slot];
      if (id < 0) return undefined;
      if (this.terms[id] === word) return id;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Groups of term ids by a string key (a stem), keys sorted by code unit, ids ascending within a group. */
class Groups {
  constructor(
    private readonly keys: readonly string[],
    private readonly starts: Int32Array,
    private readonly ids: Int32Array,
  ) {}

  static of(map: Map<string, number[]>): Groups {
    const keys = [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const starts = new Int32Array(keys.length + 1);
    keys.forEach((k, i) => (starts[i + 1] = starts[i] + map.get(k)!.length));
    const ids = new Int32Array(starts[keys.length]);
    keys.forEach((k, i) => ids.set(map.get(k)!, starts[i]));
    return new Groups(keys, starts, ids);
  }

  get(key: string): Int32Array {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.keys.length && this.keys[lo] === key ? this.ids.subarray(this.starts[lo], this.starts[lo + 1]) : new Int32Array(0);
  }

  write(out: BinaryWriter): void {
    out.text(this.keys.join('\n'));
    out.int32s(this.starts);
    out.int32s(this.ids);
  }

  static read(input: BinaryReader, termCount: number): Groups {
    const joined = input.text();
    const keys = joined === '' ? [] : joined.split('\n');
    const starts = input.int32s();
    const ids = input.int32s();
    if (starts.length !== keys.length + 1 || starts[0] !== 0 || starts[keys.length] !== ids.length) throw new CorruptDataError('stem groups do not fit their ids');
    for (let i = 0; i < keys.length; i++) if (starts[i + 1] <= starts[i] || (i > 0 && keys[i - 1] >= keys[i])) throw new CorruptDataError('stem groups are out of order');
    for (let i = 0; i < ids.length; i++) if (ids[i] < 0 || ids[i] >= termCount) throw new CorruptDataError('a stem group points outside the vocabulary');
    return new Groups(keys, starts, ids);
  }
}

const STEMMED: readonly Language[] = LANGUAGES.filter((l) => l !== 'zh');

/**
 * The vocabulary by stem, per language: a Russian stem is looked up among Cyrillic words of
 * Russian transcripts, and so on. Made in one pass over the vocabulary for every language.
 */
export class StemTable {
  private constructor(private readonly byLanguage: ReadonlyMap<Language, Groups>) {}

  /** `languages[id]`: the transcript languages term id occurs in, one bit each in `LANGUAGES` order. */
  static build(terms: readonly string[], languages: Uint8Array): StemTable {
    const maps = new Map<Language, Map<string, number[]>>(STEMMED.map((l) => [l, new Map()]));
    for (let id = 0; id < terms.length; id++) {
      const t = terms[id];
      const of = languagesOfWord(t);
      for (const language of of) {
        const map = maps.get(language);
        // A word of an unknown transcript language is read as English, as the index was built.
        if (!map || (((languages[id] ?? 0) & (1 << LANGUAGES.indexOf(language))) === 0 && !(language === 'ru' && of[0] === 'ru'))) continue;
        const stem = stemWord(t, language);
        const list = map.get(stem);
        if (list) list.push(id);
        else map.set(stem, [id]);
      }
    }
    return new StemTable(new Map([...maps].map(([l, m]) => [l, Groups.of(m)])));
  }

  /** The term ids of a language whose stem is `stem`, ascending. */
  termsWithStem(language: Language, stem: string): Int32Array {
    return this.byLanguage.get(language)?.get(stem) ?? new Int32Array(0);
  }

  write(out: BinaryWriter): void {
    for (const language of STEMMED) this.byLanguage.get(language)!.write(out);
  }

  static read(input: BinaryReader, termCount: number): StemTable {
    return new StemTable(new Map(STEMMED.map((l) => [l, Groups.read(input, termCount)])));
  }
}

/** A word's letter pairs as numbers, with "^" before its first letter and "$" after its last. */
export function pairKeysOf(word: string): number[] {
  const out: number[] = [];
  let previous = 94; // "^"
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out.push(previous * 65536 + c);
    previous = c;
  }
  out.push(previous * 65536 + 36); // "$"
  return out;
}

/**
 * Which vocabulary words (folded) hold each letter pair: one array of term ids grouped by pair,
 * built in two passes (count, then fill). A vocabulary of hundreds of thousands of words as a map
 * of growing arrays took tens of megabytes and most of a warm search's time.
 */
export class LetterPairs {
  private readonly slots = new Map<number, number>();

  private constructor(
    /** Per slot, its pair's key (as `pairKeysOf` makes it, which can exceed 2^31: kept as `| 0`). */
    private readonly keys: Int32Array,
    private readonly starts: Int32Array,
    private readonly ids: Int32Array,
  ) {
    for (let slot = 0; slot < keys.length; slot++) this.slots.set(keys[slot] >>> 0, slot);
  }

  static build(terms: readonly string[]): LetterPairs {
    // Pass 1: each word's distinct pairs (as slots), one after another, and each slot's count.
    const slots = new Map<number, number>();
    const wordSlots = new IntList(terms.length * 8);
    const wordEnds = new Int32Array(terms.length);
    const counts = new IntList();
    const keys = new IntList();
    for (let id = 0; id < terms.length; id++) {
      const first = wordSlots.length;
      for (const key of pairKeysOf(foldWord(terms[id]))) {
        let slot = slots.get(key);
        if (slot === undefined) {
          slots.set(key, (slot = slots.size));
          counts.push(0);
          keys.push(key | 0);
        }
        let seen = false;
        for (let k = first; k < wordSlots.length && !seen; k++) seen = wordSlots.data[k] === slot;
        if (seen) continue;
        wordSlots.push(slot);
        counts.data[slot]++;
      }
      wordEnds[id] = wordSlots.length;
    }
    // Pass 2: the ids, grouped by slot, in the order of the vocabulary.
    const n = slots.size;
    const starts = new Int32Array(n + 1);
    for (let slot = 0; slot < n; slot++) starts[slot + 1] = starts[slot] + counts.data[slot];
    const ids = new Int32Array(wordSlots.length);
    const filled = starts.slice(0, n);
    const data = wordSlots.data;
    let at = 0;
    for (let id = 0; id < terms.length; id++) for (; at < wordEnds[id]; at++) ids[filled[data[at]]++] = id;
    return new LetterPairs(keys.toArray(), starts, ids);
  }

  termsWith(key: number): Int32Array {
    const slot = this.slots.get(key);
    return slot === undefined ? new Int32Array(0) : this.ids.subarray(this.starts[slot], this.starts[slot + 1]);
  }

  write(out: BinaryWriter): void {
    out.int32s(this.keys);
    out.int32s(this.starts);
    out.int32s(this.ids);
  }

  static read(input: BinaryReader, termCount: number): LetterPairs {
    const keys = input.int32s();
    const starts = input.int32s();
    const ids = input.int32s();
    if (starts.length !== keys.length + 1 || starts[0] !== 0 || starts[keys.length] !== ids.length) throw new CorruptDataError('letter pairs do not fit their ids');
    for (let i = 0; i < keys.length; i++) if (starts[i + 1] < starts[i]) throw new CorruptDataError('letter pairs go backwards');
    for (let i = 0; i < ids.length; i++) if (ids[i] < 0 || ids[i] >= termCount) throw new CorruptDataError('a letter pair points outside the vocabulary');
    const pairs = new LetterPairs(keys, starts, ids);
    if (pairs.slots.size !== keys.length) throw new CorruptDataError('a letter pair is listed twice');
    return pairs;
  }
}

/** A growable list of int32s. */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  /** Room for `more` values without growing. */
  reserve(more: number): void {
    if (this.length + more <= this.data.length) return;
    const grown = new Int32Array(this.length + more);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
