// The persisted corpus: what reading every transcript of a corpus produced (per file its key, its
// parse as the editor shows it, and the search index of all of them), so that the next window or
// the next CLI run reads only the files that changed. One binary file per corpus; see `encodeCache`.
import { SearchIndex } from './search/searchIndex';
import { BinaryReader, BinaryWriter, checksum, CorruptDataError } from './search/store';

/**
 * The layout of a cache file. Raise it whenever what is stored, or how a transcript is read into
 * it, changes in a way a build id would not show; a file of another layout is never read.
 */
export const CACHE_FORMAT = 5;
const MAGIC = [0x44, 0x53, 0x43, 0x31]; // "DSC1"
/** How much of each end of a file its content hash covers. */
export const HASHED_BYTES = 4096;

/** What tells a file unchanged: its path, size, modification time and a hash of its first and last 4 KB. */
export interface FileKey {
  size: number;
  mtimeMs: number;
  hash: string;
}

/** A file as the cache remembers it. */
export interface CachedFile {
  key: FileKey;
  /** Why the file was not read as a transcript (binary, empty); it is then not in the index. */
  skipped?: string;
  warnings?: string[];
}

export interface CacheContents {
  /** What the cache was made for: the program's build and the glossary its mentions come from. */
  build: string;
  glossary: string;
  /** Whether paragraphs know the glossary entries they mention (the CLI leaves that out unless asked). */
  mentions: boolean;
  files: Record<string, CachedFile>;
  index: SearchIndex;
  /** Per file in the index, in its order, what the editor shows of it (see `CorpusIndex`), or none. */
  display: Uint8Array[] | null;
}

/** FNV-1a over the bytes, twice with different seeds: 64 bits as hex. */
export function contentHash(...parts: Uint8Array[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      a = Math.imul(a ^ part[i], 0x01000193);
      b = Math.imul(b ^ part[i], 0x01000193) ^ (b >>> 13);
    }
    a = Math.imul(a ^ 0xff, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The key of a file from its size, modification time and its first and last `HASHED_BYTES` (the whole file if shorter). */
export function fileKeyOf(size: number, mtimeMs: number, head: Uint8Array, tail: Uint8Array): FileKey {
  return { size, mtimeMs, hash: contentHash(head, tail) };
}

export function sameKey(a: FileKey | undefined, b: FileKey | undefined): boolean {
  return !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.hash === b.hash;
}

/** A short hash of a text (a glossary's JSON): what tells the mentions in a cache current. */
export function textHash(text: string): string {
  return contentHash(new TextEncoder().encode(text));
}

/** Reads the texts file of a cache: its length, and bytes from `start` to `end`. */
export interface TextsAccess {
  length: number;
  read(start: number, end: number): Uint8Array;
}

/**
 * A cache is two files. The main one: "DSC1", the layout version, a checksum of the rest and its
 * length, then the header (JSON, with the id of its texts file), the search index
 * (`SearchIndex.toParts`) and the display parts. The texts file: "DST1", the same id, then the
 * paragraph texts, read a chunk at a time and checked against the index's chunk checksums.
 */
export function encodeCache(contents: CacheContents): { main: Uint8Array; texts: Uint8Array } {
  const parts = contents.index.toParts();
  const id = contentHash(parts.index, new TextEncoder().encode(String(Date.now())));
  const body = new BinaryWriter();
  body.json({ build: contents.build, glossary: contents.glossary, mentions: contents.mentions, files: contents.files, display: contents.display !== null, texts: id });
  body.bytes(parts.index);
  if (contents.display) {
    body.uint32(contents.display.length);
    for (const d of contents.display) body.bytes(d);
  }
  const payload = body.finish();
  const main = new Uint8Array(16 + payload.byteLength);
  main.set(MAGIC, 0);
  const view = new DataView(main.buffer);
  view.setUint32(4, CACHE_FORMAT, true);
  view.setUint32(8, checksum(payload), true);
  view.setUint32(12, payload.byteLength, true);
  main.set(payload, 16);
  const texts = new Uint8Array(TEXTS_HEADER + parts.texts.byteLength);
  texts.set(TEXTS_MAGIC, 0);
  texts.set(new TextEncoder().encode(id), 4);
  texts.set(parts.texts, TEXTS_HEADER);
  return { main, texts };
}

const TEXTS_MAGIC = [0x44, 0x53, 0x54, 0x31]; // "DST1"
/** "DST1" and the 16-character id of the main file it belongs to. */
export const TEXTS_HEADER = 20;

/**
 * Reads a cache back; a main file that is not one, is cut short, altered, of another layout, or
 * whose texts file is missing or another's, throws `CorruptDataError` with what is wrong. The
 * index's arrays are views on `main`; its texts are read from `texts` when shown.
 */
export function decodeCache(main: Uint8Array, texts: TextsAccess | undefined): CacheContents {
  const bytes = main;
  if (bytes.byteLength < 16 || MAGIC.some((b, i) => bytes[i] !== b)) throw new CorruptDataError('not a Diplomatic Study cache file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const format = view.getUint32(4, true);
  if (format !== CACHE_FORMAT) throw new CorruptDataError(`cache layout ${format}, this version reads ${CACHE_FORMAT}`);
  const length = view.getUint32(12, true);
  if (bytes.byteLength !== 16 + length) throw new CorruptDataError(`the cache file has ${bytes.byteLength - 16} bytes after its header where it should have ${length}`);
  const payload = bytes.subarray(16);
  if (checksum(payload) !== view.getUint32(8, true)) throw new CorruptDataError('the cache file does not match its checksum');
  const input = new BinaryReader(payload);
  const header = input.json<{ build: unknown; glossary: unknown; mentions: unknown; files: unknown; display: unknown; texts: unknown }>();
  if (typeof header.build !== 'string' || typeof header.glossary !== 'string' || typeof header.files !== 'object' || header.files === null || typeof header.texts !== 'string') throw new CorruptDataError('the cache header is incomplete');
  if (!texts || texts.length < TEXTS_HEADER) throw new CorruptDataError('the cache has no texts file');
  const head = texts.read(0, TEXTS_HEADER);
  if (TEXTS_MAGIC.some((b, i) => head[i] !== b) || new TextDecoder().decode(head.subarray(4, TEXTS_HEADER)) !== header.texts) throw new CorruptDataError('the texts file belongs to another cache');
  const index = SearchIndex.fromParts(input.bytes(), { length: texts.length - TEXTS_HEADER, read: (start, end) => texts.read(start + TEXTS_HEADER, end + TEXTS_HEADER) });
  let display: Uint8Array[] | null = null;
  if (header.display === true) {
    const count = input.uint32();
    if (count !== index.documentCount) throw new CorruptDataError('display parts and documents differ in number');
    display = [];
    for (let i = 0; i < count; i++) display.push(input.bytes());
  }
  const files = header.files as Record<string, CachedFile>;
  const indexed = new Set(index.files);
  for (const [file, entry] of Object.entries(files)) {
    if (typeof entry?.key?.hash !== 'string' || (!entry.skipped && !indexed.has(file))) throw new CorruptDataError(`the cache's entry for ${file} is incomplete`);
  }
  return { build: header.build, glossary: header.glossary, mentions: header.mentions === true, files, index, display };
}
