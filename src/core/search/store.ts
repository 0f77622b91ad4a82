// The pieces a search index is made of when it is kept as columns instead of objects: paragraph
// texts that are decoded only when a result shows them, and a compact binary layout (typed arrays
// one after another) that a cache file holds and a worker can hand over without copying.

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });

/** Paragraph texts by paragraph number. */
export interface TextStore {
  readonly length: number;
  get(index: number): string;
  /** The text's UTF-8 bytes where the store holds them so (written out without decoding). */
  raw?(index: number): Uint8Array | undefined;
}

export class StringTexts implements TextStore {
  constructor(private readonly items: readonly string[]) {}
  get length(): number {
    return this.items.length;
  }
  get(index: number): string {
    return this.items[index];
  }
}

/** Texts as one UTF-8 buffer and their byte offsets: a loaded cache keeps them so until one is shown. */
export class BlobTexts implements TextStore {
  constructor(
    readonly blob: Uint8Array,
    readonly offsets: Int32Array,
  ) {}
  get length(): number {
    return this.offsets.length - 1;
  }
  get(index: number): string {
    return decoder.decode(this.blob.subarray(this.offsets[index], this.offsets[index + 1]));
  }
  raw(index: number): Uint8Array {
    return this.blob.subarray(this.offsets[index], this.offsets[index + 1]);
  }
}

/** Texts in chunks of this many bytes, each with its checksum. */
export const TEXT_CHUNK = 64 * 1024;

export function chunkSums(blob: Uint8Array): Int32Array {
  const sums = new Int32Array(Math.ceil(blob.byteLength / TEXT_CHUNK));
  for (let c = 0; c < sums.length; c++) sums[c] = checksum(blob.subarray(c * TEXT_CHUNK, (c + 1) * TEXT_CHUNK)) | 0;
  return sums;
}

/**
 * Texts kept in a file of their own and read a chunk at a time: a search over a cached corpus
 * reads the few texts its results show, not all of them. Each chunk is checked once against its
 * checksum; one that does not match throws `CorruptDataError`.
 */
export class ChunkedTexts implements TextStore {
  private readonly checked: Uint8Array;
  private lastChunk = -1;
  private lastBytes: Uint8Array | undefined;

  constructor(
    private readonly offsets: Int32Array,
    private readonly sums: Int32Array,
    private readonly size: number,
    private readonly read: (start: number, end: number) => Uint8Array,
  ) {
    this.checked = new Uint8Array(sums.length);
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  get(index: number): string {
    return decoder.decode(this.raw(index));
  }

  raw(index: number): Uint8Array {
    const start = this.offsets[index];
    const end = this.offsets[index + 1];
    const first = Math.floor(start / TEXT_CHUNK);
    const last = Math.floor(Math.max(start, end - 1) / TEXT_CHUNK);
    if (first === last) return this.chunk(first).subarray(start - first * TEXT_CHUNK, end - first * TEXT_CHUNK);
    const out = new Uint8Array(end - start);
    for (let c = first; c <= last; c++) {
      const bytes = this.chunk(c);
      const from = Math.max(start, c * TEXT_CHUNK);
      const to = Math.min(end, (c + 1) * TEXT_CHUNK);
      out.set(bytes.subarray(from - c * TEXT_CHUNK, to - c * TEXT_CHUNK), from - start);
    }
    return out;
  }

  private chunk(c: number): Uint8Array {
    if (c === this.lastChunk && this.lastBytes) return this.lastBytes;
    const bytes = this.read(c * TEXT_CHUNK, Math.min(this.size, (c + 1) * TEXT_CHUNK));
    if (!this.checked[c]) {
      if (bytes.byteLength !== Math.min(this.size, (c + 1) * TEXT_CHUNK) - c * TEXT_CHUNK || (checksum(bytes) | 0) !== this.sums[c]) throw new CorruptDataError(`the cached texts do not match their checksum (chunk ${c})`);
      this.checked[c] = 1;
    }
    this.lastChunk = c;
    this.lastBytes = bytes;
    return bytes;
  }
}

/** Several stores one after another (an index merged from parts). */
export class ConcatTexts implements TextStore {
  private readonly starts: number[] = [];
  readonly length: number;
  constructor(private readonly parts: readonly TextStore[]) {
    let at = 0;
    for (const p of parts) {
      this.starts.push(at);
      at += p.length;
    }
    this.length = at;
  }
  get(index: number): string {
    const [part, at] = this.locate(index);
    return part.get(at);
  }
  raw(index: number): Uint8Array | undefined {
    const [part, at] = this.locate(index);
    return part.raw?.(at);
  }
  private locate(index: number): [TextStore, number] {
    let lo = 0;
    let hi = this.parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return [this.parts[lo], index - this.starts[lo]];
  }
}

/** Some of a store's texts (an index with files taken out). */
export class SelectedTexts implements TextStore {
  constructor(
    private readonly base: TextStore,
    private readonly indices: Int32Array,
  ) {}
  get length(): number {
    return this.indices.length;
  }
  get(index: number): string {
    return this.base.get(this.indices[index]);
  }
  raw(index: number): Uint8Array | undefined {
    return this.base.raw?.(this.indices[index]);
  }
}

/** One store for several, without nesting a store inside a store inside a store. */
export function concatTexts(parts: TextStore[]): TextStore {
  const flat: TextStore[] = [];
  for (const p of parts) {
    if (p.length === 0) continue;
    if (p instanceof ConcatTexts) flat.push(...(p as unknown as { parts: TextStore[] }).parts);
    else flat.push(p);
  }
  return flat.length === 1 ? flat[0] : new ConcatTexts(flat);
}

/** A binary file's parts, written one after another, each typed array aligned to 4 bytes. */
export class BinaryWriter {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.size += bytes.byteLength;
    const pad = (4 - (this.size % 4)) % 4;
    if (pad) {
      this.chunks.push(new Uint8Array(pad));
      this.size += pad;
    }
  }

  uint32(value: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value, true);
    this.push(b);
  }

  bytes(value: Uint8Array): void {
    this.uint32(value.byteLength);
    this.push(value);
  }

  int32s(value: Int32Array): void {
    this.uint32(value.length);
    this.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  }

  text(value: string): void {
    this.bytes(encoder.encode(value));
  }

  json(value: unknown): void {
    this.text(JSON.stringify(value));
  }

  /** Texts as a UTF-8 blob and offsets; texts already held as bytes are copied, not decoded. */
  texts(store: TextStore): void {
    const offsets = new Int32Array(store.length + 1);
    let blob = new Uint8Array(1 << 16);
    let at = 0;
    const room = (bytes: number) => {
      if (at + bytes <= blob.length) return;
      const grown = new Uint8Array(Math.max(blob.length * 2, at + bytes));
      grown.set(blob.subarray(0, at));
      blob = grown;
    };
    for (let i = 0; i < store.length; i++) {
      const raw = store.raw?.(i);
      if (raw) {
        room(raw.byteLength);
        blob.set(raw, at);
        at += raw.byteLength;
      } else {
        const text = store.get(i);
        // UTF-8 takes at most three bytes per UTF-16 unit.
        room(text.length * 3);
        at += encoder.encodeInto(text, blob.subarray(at)).written;
      }
      offsets[i + 1] = at;
    }
    this.int32s(offsets);
    this.bytes(blob.subarray(0, at));
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }
}

/** Thrown for a layout that does not hold together: the caller treats the data as corrupt. */
export class CorruptDataError extends Error {}

export class BinaryReader {
  private at = 0;
  private readonly view: DataView;

  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  private take(length: number): Uint8Array {
    if (length < 0 || this.at + length > this.data.byteLength) throw new CorruptDataError(`the data ends before a part of ${length} bytes at ${this.at}`);
    const out = this.data.subarray(this.at, this.at + length);
    this.at += length + ((4 - (length % 4)) % 4);
    return out;
  }

  uint32(): number {
    if (this.at + 4 > this.data.byteLength) throw new CorruptDataError('the data ends early');
    const value = this.view.getUint32(this.at, true);
    this.at += 4;
    return value;
  }

  bytes(): Uint8Array {
    return this.take(this.uint32());
  }

  int32s(): Int32Array {
    const length = this.uint32();
    const bytes = this.take(length * 4);
    // A view needs 4-byte alignment in its buffer; a buffer read at an odd offset is copied once.
    if (bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, length);
    return new Int32Array(bytes.slice().buffer);
  }

  text(): string {
    return decoder.decode(this.bytes());
  }

  json<T>(): T {
    try {
      return JSON.parse(this.text()) as T;
    } catch (error) {
      throw new CorruptDataError(`a part is not JSON (${(error as Error).message})`);
    }
  }

  texts(): BlobTexts {
    const offsets = this.int32s();
    const blob = this.bytes();
    if (offsets.length === 0 || offsets[0] !== 0 || offsets[offsets.length - 1] !== blob.byteLength) throw new CorruptDataError('text offsets do not fit their texts');
    for (let i = 1; i < offsets.length; i++) if (offsets[i] < offsets[i - 1]) throw new CorruptDataError('text offsets go backwards');
    return new BlobTexts(blob, offsets);
  }

  get offset(): number {
    return this.at;
  }
}

/**
 * A 32-bit checksum of bytes (Fletcher-style over 32-bit words): fast enough for a whole cache
 * file, and any flipped, lost or random byte changes it.
 */
export function checksum(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  const words = data.byteLength >> 2;
  const aligned = data.byteOffset % 4 === 0 ? new Int32Array(data.buffer, data.byteOffset, words) : new Int32Array(data.slice(0, words * 4).buffer);
  for (let i = 0; i < words; i++) {
    a = (a + aligned[i] + i) | 0;
    a ^= a >>> 15;
    b = (b + a) | 0;
  }
  for (let i = words * 4; i < data.byteLength; i++) {
    a = (a + data[i] * 131) | 0;
    b = (b + a) | 0;
  }
  return (b ^ Math.imul(a, 0x9e3779b1)) >>> 0;
}
