// A set of ASCII words asked about in place, in any case: a scan over eight million words asks for
// each without cutting it out of its line, and the answer for most is one probe of an empty slot.
import { FNV_PRIME, FNV_START } from './search/vocabulary';

const ASCII_WORD = /^[a-z0-9]+$/;

export class AsciiWordSet {
  /** Per slot: the word's number + 1 (0 for an empty slot). */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly words: string[] = [];
  private readonly mask: number;

  /** The words' lower case is kept; any word that is not all ASCII letters and digits is left out. */
  constructor(words: Iterable<string>) {
    const unique = new Set<string>();
    for (const word of words) {
      const lower = word.toLowerCase();
      if (ASCII_WORD.test(lower)) unique.add(lower);
    }
    let size = 16;
    while (size < unique.size * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    for (const word of unique) {
      const hash = AsciiWordSet.hash(word, 0, word.length);
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.words.push(word);
      this.slots[slot] = this.words.length;
      this.hashes[slot] = hash;
    }
  }

  /** The hash of no characters, for a scan to `step` from. */
  static readonly START = FNV_START;
  static readonly PRIME = FNV_PRIME;

  /** The hash `has` expects, of text[start, end) in lower case: a scan may work it out as it reads. */
  static hash(text: string, start: number, end: number): number {
    let h = AsciiWordSet.START;
    for (let i = start; i < end; i++) h = AsciiWordSet.step(h, text.charCodeAt(i));
    return h;
  }

  /** The hash with one more ASCII character (A–Z read as a–z). */
  static step(hash: number, code: number): number {
    return Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), FNV_PRIME);
  }

  /** Whether text[start, end), an ASCII word, is in the set in any case; `hash` is its `hash`. */
  has(text: string, start: number, end: number, hash: number): boolean {
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] !== hash) continue;
      const word = this.words[this.slots[slot] - 1];
      if (word.length !== end - start) continue;
      let same = true;
      for (let i = 0; same && i < word.length; i++) {
        const c = text.charCodeAt(start + i);
        same = (c >= 65 && c <= 90 ? c + 32 : c) === word.charCodeAt(i);
      }
      if (same) return true;
    }
    return false;
  }
}
