import { CorruptDataError } from './search/store';
import { decodeCache, encodeCache, fileKeyOf, HASHED_BYTES, sameKey, textHash, type CacheContents, type CachedFile, type FileKey, type TextsAccess } from './corpusCache';
import { encodeDisplay, encodeOutline, forDisplay, joinDisplay, type IndexedFile, type MentionData } from './display';
import { EntityMatcher } from './entityMatcher';
import { addContexts, awaitHelper, findMentions, mentionChunks, ownPart, SHARED_MENTIONS_MIN_CHARS } from './mentionFinder';
import type { GlossaryEntry } from './glossary';
import { splitLines } from './parser/lines';
import { TranscriptParser } from './parser/transcriptParser';
import { paragraphEntities, SearchIndex, SearchIndexBuilder, searchDocumentOf, type SearchDocument, type SearchOptions, type SearchResponse } from './search/searchIndex';
import { decodeTranscript } from './source';
import { documentLanguage } from './documentLanguage';
import { importTranscript, type ImportOptions } from './import/importTranscript';
import type { Transcript } from './model';
import { transcriptTokens, type TranscriptToken } from './transcriptTokens';
import type { CodingProject } from './coding/codingProject';
import { exportCodebook, exportQdpx, readQdpx, type ExportOptions, type ExportSource } from './coding/qdpx';
import { collocates, concordance, keywordParts, keywords, studyLines, trends, type CollocatesOptions, type ConcordanceOptions, type KeywordsOptions, type KeywordTarget, type StudySource, type TrendsOptions } from './study/corpusStudy';

export type { IndexedFile, MentionData } from './display';

/** How the index reads files by path: Node's `fs` in the CLI and the index worker. */
export interface FileAccess {
  /** Size and modification time, or undefined when the file is gone. */
  stat(path: string): { size: number; mtimeMs: number } | undefined;
  read(path: string): Uint8Array;
  /** The first and the last `bytes` of a file (the whole file twice when it is shorter). */
  readEnds(path: string, bytes: number): [Uint8Array, Uint8Array];
}

export interface CorpusIndexOptions {
  /** Find glossary mentions in each file (the editor always does; the CLI when a query names an entry). */
  mentions?: boolean;
  /** Keep what the editor shows of each file, to hand it over and to cache it. */
  display?: boolean;
  /** The program's build: a cache made by another build is not read. */
  build?: string;
  /**
   * Answer a file's load before its paragraphs go into the search index, which `settle` (or the
   * next search) then does: a worker calls `settle` once its answer is on its way, and builds the
   * index while the extension host reads what it was sent.
   */
  settleLater?: boolean;
  /**
   * Finds the mentions of a very large text on two threads: a helper reads its lines while this
   * thread parses it (a worker thread's own helper; the CLI and the browser have none).
   */
  mentionHelper?: StartMentionHelper;
}

/** One file to read: its key in the index (a path or a URI), where it is on disk, and its name. */
export interface FileToLoad {
  file: string;
  path: string;
  fileName: string;
  /**
   * The caller holds what it was last sent of this file: if it is indexed already as it is, the
   * answer says so without its display (a 50 MB transcript's is 30 MB to copy for nothing).
   */
  known?: boolean;
}

export type LoadResult =
  /** `writing`: the file changed while it was read (a copy or a download under way); what is indexed of it stands, and it wants reading again once it is done. */
  | { file: string; skipped: string; writing?: true }
  /** `cached`: not read again (the cache file had it, or it was indexed already as it is); `unchanged`: indexed already as it is. */
  | { file: string; display: Uint8Array | null; warnings: string[]; cached: boolean; unchanged?: boolean };

function sameSizeAndTime(key: FileKey, stat: { size: number; mtimeMs: number }): boolean {
  return key.size === stat.size && key.mtimeMs === stat.mtimeMs;
}

export { MENTION_CONTEXTS_PER_ENTRY } from './mentionFinder';

/** A helper thread finding a large text's mentions alongside this one (see mentionFinder.ts). */
export interface MentionHelper {
  /** The chunks of lines each thread claims, shared with the helper. */
  claims: Int32Array;
  /** The helper's mentions, once it says it is done, with the words around the first of each entry (`addContexts`); undefined when they cannot be had. */
  result(): MentionData[] | undefined;
  /** Ends the helper, done or not. */
  stop(): void;
  /** How long it may read no chunk of lines before it is taken for lost (`HELPER_STALL_MS` unless said). */
  stallMs?: number;
}

/**
 * What a helper reads: the text as decoded here, or the file's bytes, which it decodes as this
 * thread did (handed over to it rather than copied: a 50 MB text took 0.3 s to copy).
 */
export type MentionSource = { text: string } | { bytes: Uint8Array };

/** Starts a helper on a text whose lines are cut into `chunks` (`mentionChunks`), with the glossary's entries; undefined when none can start. */
export type StartMentionHelper = (source: MentionSource, chunks: Int32Array, entries: readonly GlossaryEntry[]) => MentionHelper | undefined;

/** A helper that reads no chunk of lines for this long is taken for lost, and its lines are read here. */
const HELPER_STALL_MS = 5000;

/** Larger files are not read: a transcript this size is almost certainly not one. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

interface FileEntry {
  /** The file on disk and its key when what is indexed is what the disk holds; none for unsaved edits. */
  path?: string;
  key?: FileKey;
  fileName: string;
  /** The text of a file indexed from an editor's unsaved edits (there is no path to read it again from). */
  text?: string;
  skipped?: string;
  warnings: string[];
  display?: Uint8Array;
}

/** Paragraphs read since the last search from which the worker merges them while it waits (`prepareSearch`). */
const PREPARE_SEARCH_MIN_PARAGRAPHS = 50_000;

/**
 * Everything known about a corpus's transcripts, kept file by file: a changed file is read,
 * parsed and matched again alone, and joins the search index on the next search without a
 * rebuild of the rest. With a cache (`openCache`, `cacheBytes`), files whose size, modification
 * time and content hash are unchanged are not read at all. Runs in a worker thread in the
 * extension, in-process in the CLI.
 */
export class CorpusIndex {
  private readonly parser = new TranscriptParser();
  private matcher = new EntityMatcher([]);
  private glossaryEntries: readonly GlossaryEntry[] = [];
  private readonly startHelper: StartMentionHelper | undefined;
  private glossaryHash = textHash('[]');
  private readonly mentions: boolean;
  private readonly display: boolean;
  private readonly build: string;
  private readonly entries = new Map<string, FileEntry>();
  /** The index of the files merged so far; `removed`, `added` and `fromCache` wait for the next search. */
  private current = SearchIndex.empty();
  private readonly removed = new Set<string>();
  /** Files indexed since the last search, read into the next part of the index as they come: file → position there. */
  private pending = new SearchIndexBuilder();
  private readonly added = new Map<string, number>();
  /** With `settleLater`: files indexed whose paragraphs wait to join `pending`, in the order they came. */
  private readonly unsettled = new Map<string, () => SearchDocument>();
  private readonly settleLater: boolean;
  private cached: { contents: CacheContents; display: Map<string, Uint8Array> } | undefined;
  private readonly fromCache = new Set<string>();
  /** Whether anything changed since the cache was read or written. */
  private dirty = false;
  /** What was wrong with a cache that could not be used, for the caller to log once. */
  cacheProblem: string | undefined;

  constructor(options: CorpusIndexOptions = {}) {
    this.mentions = options.mentions ?? true;
    this.display = options.display ?? true;
    this.build = options.build ?? 'dev';
    this.settleLater = options.settleLater ?? false;
    this.startHelper = options.mentionHelper;
  }

  /** Puts the paragraphs of the files indexed since into the part of the index being built. */
  settle(): void {
    for (const [file, document] of this.unsettled) {
      this.added.set(file, this.pending.add(document()));
      this.unsettled.delete(file);
    }
  }

  /** A new glossary: every file's mentions are found again (files are read again from disk where they came from). */
  setGlossary(entries: readonly GlossaryEntry[], access?: FileAccess, matcher?: EntityMatcher): Map<string, MentionData[]> {
    this.matcher = matcher ?? new EntityMatcher(entries);
    this.glossaryEntries = entries;
    const hash = textHash(JSON.stringify(entries));
    const all = new Map<string, MentionData[]>();
    if (hash === this.glossaryHash) return all;
    this.glossaryHash = hash;
    for (const [file, entry] of [...this.entries]) {
      if (entry.skipped) continue;
      let text = entry.text;
      if (text === undefined && entry.path && access) {
        const decoded = this.readText(entry.path, access);
        if ('skipped' in decoded) continue;
        text = decoded.text;
      }
      if (text === undefined) continue;
      all.set(file, this.index(file, text, entry).mentions);
    }
    return all;
  }

  /** A document parsed whole (every paragraph's text), for the Outline, folding and quotes; not indexed. */
  parse(text: string, fileName?: string): Transcript {
    const last = this.lastParse;
    if (last && last.fileName === fileName && last.text === text) return last.transcript;
    const transcript = this.parser.parse(text, { fileName });
    this.lastParse = { text, fileName, transcript };
    return transcript;
  }

  /**
   * The last document parsed whole: the editor asks for its Outline and its highlighting of the same
   * version, one right after the other, and it is parsed once.
   */
  private lastParse: { text: string; fileName: string | undefined; transcript: Transcript } | undefined;

  /** What the editor highlights in a transcript: labels, header, noise, organisation mentions. */
  tokens(text: string, fileName?: string): TranscriptToken[] {
    return transcriptTokens(text, this.parse(text, fileName), this.mentionsIn(text));
  }

  /** A file's text as it stands in an editor (unsaved edits): indexed, and left out of the cache. */
  upsert(file: string, text: string, fileName?: string): IndexedFile {
    return this.shown(this.index(file, text, { fileName: fileName ?? file, text, warnings: [] }));
  }

  /** An indexed file as the editor side is answered it: with its long paragraphs cut, where displays are kept. */
  private shown(indexed: IndexedFile): IndexedFile {
    return this.display ? { transcript: forDisplay(indexed.transcript), mentions: indexed.mentions } : indexed;
  }

  /** A file's bytes, read elsewhere (a remote or virtual workspace): decoded and indexed, or skipped with a reason. */
  upsertBytes(file: string, bytes: Uint8Array, fileName: string): (IndexedFile & { warnings: string[] }) | { skipped: string } {
    const decoded = decodeTranscript(bytes);
    if (!decoded.ok) return this.skip(file, { fileName, warnings: [] }, decoded.reason);
    if (decoded.text.trim() === '') return this.skip(file, { fileName, warnings: [] }, 'is empty');
    return { ...this.shown(this.index(file, decoded.text, { fileName, text: decoded.text, warnings: decoded.warnings }, bytes)), warnings: decoded.warnings };
  }

  /**
   * Reads files from disk, each only if the cache does not hold it as it is now. Answers, per
   * file, what the editor shows of it (as bytes) or why it was skipped.
   */
  loadFiles(files: readonly FileToLoad[], access: FileAccess): LoadResult[] {
    const stats = files.map(({ path }) => access.stat(path));
    // The index part these files go to is sized once for what is not cached (bytes: about as many characters).
    let unread = 0;
    files.forEach(({ file }, i) => {
      const cachedEntry = this.cached?.contents.files[file];
      const stat = stats[i];
      if (stat && !(cachedEntry && sameSizeAndTime(cachedEntry.key, stat))) unread += Math.min(stat.size, MAX_FILE_BYTES);
    });
    this.pending.reserve(unread);
    return files.map(({ file, path, fileName, known }, i) => {
      const stat = stats[i];
      if (!stat) return this.skip(file, { fileName, warnings: [] }, 'was deleted before it could be read', true);
      if (stat.size > MAX_FILE_BYTES) return this.skip(file, { fileName, warnings: [] }, `is ${(stat.size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a transcript may be`, true);
      const cachedEntry = this.cached?.contents.files[file];
      const unreadable = (error: unknown) => {
        const code = (error as { code?: string }).code;
        return this.skip(file, { fileName, warnings: [] }, code === 'ENOENT' ? 'was deleted before it could be read' : `could not be read (${code ?? (error as Error).message}); check its permissions`);
      };
      // Size and time agree with what is indexed already, or with the cache: the hash of the file's two
      // ends decides, without reading the rest.
      const current = this.entries.get(file);
      const indexedAsIs = current?.key !== undefined && !current.skipped && current.text === undefined && sameSizeAndTime(current.key, stat);
      const cachedAsIs = cachedEntry !== undefined && sameSizeAndTime(cachedEntry.key, stat);
      if (indexedAsIs || cachedAsIs) {
        let ends: [Uint8Array, Uint8Array];
        try {
          ends = access.readEnds(path, HASHED_BYTES);
        } catch (error) {
          return unreadable(error);
        }
        const key = fileKeyOf(stat.size, stat.mtimeMs, ends[0], ends[1]);
        // Indexed already as it is now (a watcher's event for a file a load had just read): nothing to do.
        if (indexedAsIs && sameKey(current!.key!, key)) return { file, display: current!.display && !known ? current!.display.slice() : null, warnings: current!.warnings, cached: true, unchanged: true };
        if (cachedAsIs && sameKey(cachedEntry!.key, key)) {
          if (cachedEntry!.skipped) return this.skip(file, { fileName, path, key, warnings: [] }, cachedEntry!.skipped, true);
          const display = this.cached!.display.get(file);
          if (this.entries.get(file) !== undefined || this.added.has(file) || this.unsettled.has(file)) this.removed.add(file);
          this.unadd(file);
          this.fromCache.add(file);
          this.entries.set(file, { fileName, path, key, warnings: cachedEntry!.warnings ?? [], display });
          // A copy: the cached bytes are a view on the whole cache file, and a view crossing to
          // another thread would take its whole buffer with it. The copy owns its buffer, so the
          // worker can move it to the extension host instead of copying it again.
          return { file, display: display ? Uint8Array.prototype.slice.call(display) : null, warnings: cachedEntry!.warnings ?? [], cached: true };
        }
      }
      let bytes: Uint8Array;
      try {
        bytes = access.read(path);
      } catch (error) {
        return unreadable(error);
      }
      // A file being written (a 50 MB copy takes a second) is not indexed half-read: parsing the
      // part there was cost the worker 3 s before the whole file could be read.
      const after = access.stat(path);
      if (!after || after.size !== bytes.byteLength || after.mtimeMs !== stat.mtimeMs) return { file, skipped: 'was being written while it was read', writing: true };
      const key = fileKeyOf(bytes.byteLength, stat.mtimeMs, bytes.subarray(0, HASHED_BYTES), bytes.subarray(Math.max(0, bytes.byteLength - HASHED_BYTES)));
      const decoded = decodeTranscript(bytes);
      if (!decoded.ok) return this.skip(file, { fileName, path, key, warnings: [] }, decoded.reason, true);
      if (decoded.text.trim() === '') return this.skip(file, { fileName, path, key, warnings: [] }, 'is empty', true);
      const entry: FileEntry = { fileName, path, key, warnings: decoded.warnings };
      this.index(file, decoded.text, entry, bytes);
      // A copy of its own, for the same reason: the caller may move it to another thread.
      return { file, display: entry.display ? entry.display.slice() : null, warnings: decoded.warnings, cached: false };
    });
  }

  remove(file: string): void {
    if (!this.entries.delete(file)) return;
    this.unadd(file);
    this.fromCache.delete(file);
    this.removed.add(file);
    this.dirty = true;
  }

  /** The files indexed (not those skipped). */
  get size(): number {
    let n = 0;
    for (const e of this.entries.values()) if (!e.skipped) n++;
    return n;
  }

  /** What the editor shows of a file, as `loadFiles` answers it. */
  displayOf(file: string): Uint8Array | undefined {
    return this.entries.get(file)?.display;
  }

  /**
   * What corpus studies read: the index, each file's lines (its unsaved text, or the file on disk
   * read again), the glossary's names, and a file's folder as its publisher where its text names none.
   */
  studySource(access?: FileAccess): StudySource {
    return {
      index: this.searchIndex(),
      names: (text) => this.matcher.matchLine(text),
      lines: (file) => {
        const entry = this.entries.get(file);
        if (!entry || entry.skipped) return undefined;
        if (entry.text !== undefined) return studyLines(entry.text);
        if (!entry.path || !access) return undefined;
        const read = this.readText(entry.path, access);
        return 'text' in read ? studyLines(read.text) : undefined;
      },
      publisherOf: (file) => {
        const parts = (this.entries.get(file)?.path ?? file).split(/[\\/]/);
        return parts.length > 1 ? decodeURIComponent(parts[parts.length - 2]) : null;
      },
    };
  }

  search(query: string, options: SearchOptions): SearchResponse {
    return this.searchIndex().search(query, options, (text) => this.matcher.matchLine(text));
  }

  /**
   * Merges what was read since the last search into the search index now, when it is a lot (a very
   * large transcript, a big folder): the worker does it while it waits, so that the first search
   * after finds it done. Small changes wait for the search, as merging after each would cost more.
   */
  prepareSearch(): void {
    this.settle();
    if (this.pending.paragraphCount >= PREPARE_SEARCH_MIN_PARAGRAPHS) this.searchIndex();
  }

  /** The search index of every file, with the changes since the last search merged in. */
  searchIndex(): SearchIndex {
    this.settle();
    if (this.removed.size === 0 && this.added.size === 0 && this.fromCache.size === 0) return this.current;
    const drop = new Set([...this.removed, ...this.added.keys(), ...this.fromCache]);
    const parts = [this.current.without(drop)];
    if (this.fromCache.size > 0 && this.cached) {
      const index = this.cached.contents.index;
      parts.push(index.without(new Set(index.files.filter((f) => !this.fromCache.has(f)))));
    }
    if (this.pending.documentCount > 0) parts.push(this.pending.finish());
    this.pending = new SearchIndexBuilder();
    this.current = SearchIndex.concat(parts);
    this.removed.clear();
    this.added.clear();
    this.fromCache.clear();
    return this.current;
  }

  /**
   * Takes a cache file's bytes. A file that cannot be read as one is set aside (`cacheProblem`
   * says why); one made by another build, or for another glossary, is not used.
   */
  openCache(bytes: Uint8Array | undefined, texts: TextsAccess | undefined): void {
    this.cached = undefined;
    if (!bytes) return;
    let contents: CacheContents;
    try {
      contents = decodeCache(bytes, texts);
    } catch (error) {
      this.cacheProblem = error instanceof CorruptDataError ? error.message : `unreadable (${(error as Error).message})`;
      return;
    }
    if (contents.build !== this.build) return;
    if (this.mentions && (!contents.mentions || contents.glossary !== this.glossaryHash)) return;
    if (this.display && !contents.display) return;
    const display = new Map<string, Uint8Array>();
    if (contents.display) contents.index.files.forEach((file, i) => display.set(file, contents.display![i]));
    this.cached = { contents, display };
  }

  /** The files an opened cache holds as read (not those it recorded as skipped), in its order. */
  get cachedFiles(): string[] {
    if (!this.cached) return [];
    return Object.entries(this.cached.contents.files)
      .filter(([, f]) => !f.skipped)
      .map(([file]) => file);
  }

  /** Whether a cache was opened and can answer for files. */
  get cacheInUse(): boolean {
    return this.cached !== undefined;
  }

  /** Whether the corpus changed since its cache was read or written. */
  get changedSinceCache(): boolean {
    return this.dirty || this.cached === undefined;
  }

  /** The cache files for what is indexed now: files indexed from their disk contents only. */
  cacheBytes(): { main: Uint8Array; texts: Uint8Array } {
    let index = this.searchIndex();
    const files: Record<string, CachedFile> = {};
    const unsaved = new Set<string>();
    for (const [file, entry] of this.entries) {
      if (!entry.key) {
        unsaved.add(file);
        continue;
      }
      files[file] = entry.skipped ? { key: entry.key, skipped: entry.skipped } : entry.warnings.length ? { key: entry.key, warnings: entry.warnings } : { key: entry.key };
    }
    if (unsaved.size) index = index.without(unsaved);
    const display = this.display ? index.files.map((f) => this.entries.get(f)?.display ?? new Uint8Array()) : null;
    const bytes = encodeCache({ build: this.build, glossary: this.glossaryHash, mentions: this.mentions, files, index, display });
    this.dirty = false;
    return bytes;
  }

  private readText(path: string, access: FileAccess): { text: string } | { skipped: string } {
    try {
      const decoded = decodeTranscript(access.read(path));
      return decoded.ok ? { text: decoded.text } : { skipped: decoded.reason };
    } catch (error) {
      return { skipped: `could not be read (${(error as Error).message})` };
    }
  }

  private skip(file: string, entry: FileEntry, reason: string, record = false): { file: string; skipped: string } {
    if (this.entries.has(file) || this.added.has(file) || this.unsettled.has(file) || this.fromCache.has(file)) {
      this.unadd(file);
      this.fromCache.delete(file);
      this.removed.add(file);
    }
    if (record && entry.key) this.entries.set(file, { ...entry, skipped: reason });
    else this.entries.delete(file);
    this.dirty = true;
    return { file, skipped: reason };
  }

  /**
   * `bytes`: the file's, which `text` was decoded from; they may be handed over to a helper thread,
   * and are not to be read after. Answers the transcript whole (a load answers its display instead,
   * and cutting a 50 MB transcript's paragraphs for nothing took 30-50 ms).
   */
  private index(file: string, text: string, entry: FileEntry, bytes?: Uint8Array): IndexedFile {
    const lines = this.mentions && this.startHelper && this.glossaryEntries.length > 0 && text.length >= SHARED_MENTIONS_MIN_CHARS ? splitLines(text) : undefined;
    const chunks = lines && mentionChunks(lines);
    const helper = chunks && this.startHelper?.(bytes ? { bytes } : { text }, chunks, this.glossaryEntries);
    try {
      const transcript = this.parser.parse(text, { fileName: entry.fileName, lines });
      if (this.entries.has(file) || this.fromCache.has(file)) this.removed.add(file);
      this.fromCache.delete(file);
      this.unadd(file);
      let mentions: MentionData[];
      let outline: Uint8Array[] | undefined;
      if (helper && lines && chunks) {
        // While the helper finds the mentions, this thread indexes the paragraphs' words (which would
        // otherwise wait until the file was answered for), and encodes the outline the views show;
        // the paragraphs' entries and the mentions join once the mentions are known.
        this.settle();
        const position = this.pending.add(searchDocumentOf(file, transcript));
        this.added.set(file, position);
        if (this.display) outline = encodeOutline(transcript);
        try {
          mentions = this.sharedMentions(helper, lines, chunks);
          this.pending.addEntities(position, paragraphEntities(transcript, mentions));
        } catch (error) {
          // The old version is gone already: the file is left out until it is read again, not half indexed.
          this.unadd(file);
          this.entries.delete(file);
          this.dirty = true;
          throw error;
        }
      } else {
        mentions = this.mentions ? this.mentionsIn(text) : [];
        if (this.settleLater) this.unsettled.set(file, () => searchDocumentOf(file, transcript, mentions));
        else this.added.set(file, this.pending.add(searchDocumentOf(file, transcript, mentions)));
      }
      // The whole transcript: its long paragraphs are cut as they are encoded, without copies.
      if (this.display) entry.display = outline ? joinDisplay(outline, mentions) : encodeDisplay({ transcript, mentions });
      this.entries.set(file, entry);
      this.dirty = true;
      return { transcript, mentions };
    } finally {
      helper?.stop();
    }
  }

  /** A file indexed since the last search leaves the part being built. */
  private unadd(file: string): void {
    this.unsettled.delete(file);
    const position = this.added.get(file);
    if (position === undefined) return;
    this.pending.drop(position);
    this.added.delete(file);
  }

  private mentionsIn(text: string): MentionData[] {
    const lines = splitLines(text);
    return addContexts(findMentions(this.matcher, lines), lines);
  }

  /**
   * The mentions of a text a helper thread has been reading while this one parsed it: this thread
   * reads the rest, then takes the helper's. Should the helper fail or stall, its lines are read here.
   */
  private sharedMentions(helper: MentionHelper, lines: readonly string[], chunks: Int32Array): MentionData[] {
    const own = ownPart(this.matcher, lines, chunks, helper.claims);
    const helpers = own.firstLine === 0 ? [] : awaitHelper(helper.claims, helper.stallMs ?? HELPER_STALL_MS) ? helper.result() : undefined;
    // The helper's come with their words around (see `addContexts`); lines it could not read are read here, without.
    const theirs = helpers ?? findMentions(this.matcher, lines, 0, own.firstLine);
    return addContexts(theirs.concat(own.mentions), lines, helpers ? helpers.length : 0);
  }
}

/** The requests a corpus index answers, as they cross to a worker thread. */
export type IndexRequest =
  | { type: 'glossary'; entries: GlossaryEntry[] }
  | { type: 'upsert'; file: string; text: string; fileName: string }
  | { type: 'upsertBytes'; file: string; bytes: Uint8Array; fileName: string }
  | { type: 'remove'; files: string[] }
  | { type: 'parse'; text: string; fileName: string }
  | { type: 'language'; text: string }
  | { type: 'tokens'; text: string; fileName: string }
  | { type: 'import'; text: string; options: ImportOptions }
  | { type: 'qdpxExport'; project: CodingProject; sources: ExportSource[]; options: ExportOptions }
  | { type: 'qdpxRead'; bytes: Uint8Array }
  | { type: 'codebook'; project: CodingProject }
  | { type: 'search'; query: string; options: SearchOptions }
  | { type: 'concordance'; query: string; options: ConcordanceOptions }
  | { type: 'trends'; terms: string[]; options: TrendsOptions }
  | { type: 'collocates'; term: string; options: CollocatesOptions }
  | { type: 'keywords'; target: KeywordTarget; options: KeywordsOptions };

/** Answers one request; the worker and the in-process fallback share it. */
export function answer(index: CorpusIndex, request: IndexRequest, access?: FileAccess): unknown {
  switch (request.type) {
    case 'glossary':
      return Object.fromEntries(index.setGlossary(request.entries));
    case 'upsert':
      return index.upsert(request.file, request.text, request.fileName);
    case 'upsertBytes':
      return index.upsertBytes(request.file, request.bytes, request.fileName);
    case 'remove':
      for (const file of request.files) index.remove(file);
      return null;
    case 'parse':
      // As an indexed file with no mentions: a large transcript then crosses to the editor in parts.
      return { transcript: index.parse(request.text, request.fileName), mentions: [] } satisfies IndexedFile;
    case 'language':
      return documentLanguage(request.text);
    case 'tokens':
      return index.tokens(request.text, request.fileName);
    case 'import':
      return importTranscript(request.text, request.options);
    case 'qdpxExport':
      return exportQdpx(request.project, request.sources, request.options);
    case 'qdpxRead':
      return readQdpx(request.bytes);
    case 'codebook':
      return exportCodebook(request.project);
    case 'search':
      return index.search(request.query, request.options);
    case 'concordance':
      return concordance(index.studySource(access), request.query, request.options);
    case 'trends':
      return trends(index.studySource(access), request.terms, request.options);
    case 'collocates':
      return collocates(index.studySource(access), request.term, request.options);
    case 'keywords':
      return keywords(index.studySource(access), keywordParts(request.target), request.options);
  }
}
