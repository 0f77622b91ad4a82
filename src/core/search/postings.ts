// Per term, the paragraphs holding it, in ascending order. A built index holds them as typed
// arrays; a cached one keeps them as gaps in variable-length bytes (a third of the size) and
// decodes a term's list only when a query asks for it: opening a cache reads, checks and keeps
// about 8 MB instead of 20 MB at 100,000 paragraphs, and decodes the few lists a search needs.
import { CorruptDataError } from './store';

export interface PostingsLists {
  /** How many terms there are. */
  readonly size: number;
  /** The term's paragraphs, ascending. */
  of(term: number): Int32Array;
  /** How many paragraphs hold the term (without decoding its list). */
  lengthOf(term: number): number;
}

export class ArrayPostings implements PostingsLists {
  constructor(private readonly lists: readonly Int32Array[]) {}
  get size(): number {
    return this.lists.length;
  }
  of(term: number): Int32Array {
    return this.lists[term];
  }
  lengthOf(term: number): number {
    return this.lists[term].length;
  }
}

/** Postings as `encodePostings` wrote them: each list decoded on first use, and kept. */
export class EncodedPostings implements PostingsLists {
  private readonly decoded: (Int32Array | undefined)[];

  /**
   * `ends[t]` is where term t's bytes end (they start where t-1's end), `lengths[t]` its list's
   * length; `paragraphs` bounds the values. Lengths and ends are checked here; a list's bytes
   * when it is decoded (they do not fit: `CorruptDataError`).
   */
  constructor(
    readonly bytes: Uint8Array,
    readonly ends: Int32Array,
    readonly lengths: Int32Array,
    private readonly paragraphs: number,
  ) {
    if (ends.length !== lengths.length || (ends.length > 0 && ends[ends.length - 1] !== bytes.length)) throw new CorruptDataError('postings do not fit their bytes');
    let previous = 0;
    for (let t = 0; t < ends.length; t++) {
      const span = ends[t] - previous;
      // Each paragraph number takes one to five bytes.
      if (lengths[t] < 0 || lengths[t] > paragraphs || span < lengths[t] || span > 5 * lengths[t]) throw new CorruptDataError(`the postings of term ${t} do not fit their bytes`);
      previous = ends[t];
    }
    this.decoded = new Array<Int32Array | undefined>(ends.length);
  }

  get size(): number {
    return this.ends.length;
  }

  lengthOf(term: number): number {
    return this.lengths[term];
  }

  of(term: number): Int32Array {
    let list = this.decoded[term];
    if (!list) {
      list = decodeList(this.bytes, term === 0 ? 0 : this.ends[term - 1], this.ends[term], this.lengths[term], this.paragraphs);
      this.decoded[term] = list;
    }
    return list;
  }
}

function decodeList(bytes: Uint8Array, start: number, end: number, length: number, paragraphs: number): Int32Array {
  const out = new Int32Array(length);
  let at = start;
  let value = -1;
  for (let i = 0; i < length; i++) {
    let gap = 0;
    let shift = 0;
    let b: number;
    do {
      if (at >= end || shift > 28) throw new CorruptDataError('a postings list ends early');
      b = bytes[at++];
      gap |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    value += gap;
    if (gap < 1 || value >= paragraphs) throw new CorruptDataError('a postings list points outside the paragraphs');
    out[i] = value;
  }
  if (at !== end) throw new CorruptDataError('a postings list is longer than it says');
  return out;
}

/** Each list as gaps from the one before (the first from -1), seven bits to a byte. */
export function encodePostings(postings: PostingsLists): { bytes: Uint8Array; ends: Int32Array; lengths: Int32Array } {
  if (postings instanceof EncodedPostings) return { bytes: postings.bytes, ends: postings.ends, lengths: postings.lengths };
  const ends = new Int32Array(postings.size);
  const lengths = new Int32Array(postings.size);
  let total = 0;
  for (let t = 0; t < postings.size; t++) total += postings.lengthOf(t);
  // Most gaps fit one byte; grown if they do not.
  let bytes = new Uint8Array(Math.max(1024, total * 2));
  let at = 0;
  for (let t = 0; t < postings.size; t++) {
    const list = postings.of(t);
    if (at + list.length * 5 > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, at + list.length * 5));
      grown.set(bytes.subarray(0, at));
      bytes = grown;
    }
    let previous = -1;
    for (let i = 0; i < list.length; i++) {
      let gap = list[i] - previous;
      previous = list[i];
      while (gap >= 0x80) {
        bytes[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      bytes[at++] = gap;
    }
    ends[t] = at;
    lengths[t] = list.length;
  }
  return { bytes: bytes.slice(0, at), ends, lengths };
}
