import type * as vscode from 'vscode';
import type { FileToLoad, IndexedFile, IndexRequest, LoadResult, MentionData } from '../core/corpusIndex';
import type { ImportedTranscript, ImportOptions } from '../core/import/importTranscript';
import type { Language } from '../core/language';
import type { Transcript } from '../core/model';
import type { TranscriptToken } from '../core/transcriptTokens';
import type { CodingProject } from '../core/coding/codingProject';
import type { ExportOptions, ExportSource, ImportedProject } from '../core/coding/qdpx';
import type { GlossaryEntry } from '../core/glossary';
import type { FolderFilter } from '../core/glob';
import type { SearchOptions, SearchResponse } from '../core/search/searchIndex';
import type { DiskRequest } from './indexWorker';
import { AnswerParts, type WorkerMessage } from './indexTransfer';
import { yieldToEditor } from './yieldToEditor';

/** The study requests the worker answers. */
export type StudyRequest = Extract<IndexRequest, { type: 'concordance' | 'trends' | 'collocates' | 'keywords' }>;

/** The index in the extension host itself, where no worker could start. */
export interface LocalCorpus {
  answer(request: IndexRequest | DiskRequest): unknown;
  settle(): void;
}

/** A started worker, whichever kind: a Node worker thread or a browser's Web Worker. */
export interface IndexWorkerHandle {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  onMessage(listener: (message: WorkerMessage) => void): void;
  onError(listener: (error: Error) => void): void;
  /** The worker stopped (it crashed, ran out of memory, or its script could not load). */
  onExit(listener: (code: number) => void): void;
  terminate(): void;
}

/** Where the index runs: what the Node and the browser builds each provide. */
export interface IndexHost {
  /** What the host calls its worker in the log ("worker thread", "Web Worker"). */
  readonly workerName: string;
  /** Whether the worker reads files on a local disk itself and keeps a cache file (not in a browser). */
  readonly readsDisk: boolean;
  /** Starts a worker; throws when none can start. */
  startWorker(): IndexWorkerHandle;
  /** Lists a folder on a local disk itself (absolute paths), where it can: faster than `findFiles`. */
  listFolder?(root: string, filter: FolderFilter): Promise<string[]>;
  /** The worker's own bundle loaded into the extension host. */
  loadLocal(): LocalCorpus;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; request: IndexRequest | DiskRequest };

/**
 * The extension's side of the index worker. Requests are answered in order. Where no worker can
 * start, the same index runs in the extension host.
 */
export class IndexClient {
  private worker: IndexWorkerHandle | undefined;
  private local: LocalCorpus | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** Whether any worker has answered: one that stops before it ever did will not start either next time. */
  private workerAnswered = false;

  constructor(
    private readonly host: IndexHost,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Whether the index reads local files itself and keeps a cache (the Node build); else files go as bytes. */
  get readsDisk(): boolean {
    return this.host.readsDisk;
  }

  /** The files under a folder on a local disk that `filter` keeps, or undefined where this host cannot list a disk itself. */
  listFolder(root: string, filter: FolderFilter): Promise<string[]> | undefined {
    return this.host.listFolder?.(root, filter);
  }

  /** Whether every request sent has been answered (a worker may still be settling the last one). */
  get idle(): boolean {
    return this.pending.size === 0;
  }

  /** Where the index runs: a worker thread, or the extension host when none could start. */
  get mode(): 'worker' | 'local' | 'none' {
    return this.local ? 'local' : this.worker ? 'worker' : 'none';
  }

  setGlossary(entries: readonly GlossaryEntry[]): Promise<Record<string, MentionData[]>> {
    return this.request({ type: 'glossary', entries: [...entries] }) as Promise<Record<string, MentionData[]>>;
  }

  upsert(file: string, text: string, fileName: string): Promise<IndexedFile> {
    return this.request({ type: 'upsert', file, text, fileName }) as Promise<IndexedFile>;
  }

  /** Reads a file's bytes in the worker: decoded, parsed and matched there, or skipped with a reason. */
  upsertBytes(file: string, bytes: Uint8Array, fileName: string): Promise<(IndexedFile & { warnings: string[] }) | { skipped: string }> {
    // A buffer that owns its memory moves to the worker instead of being copied.
    const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.byteLength > 64 * 1024 ? [bytes.buffer as ArrayBuffer] : [];
    return this.request({ type: 'upsertBytes', file, bytes, fileName }, transfer) as Promise<(IndexedFile & { warnings: string[] }) | { skipped: string }>;
  }

  /** Opens the cache file (on a local disk) that `loadFiles` answers from and `saveCache` writes. */
  openCache(file: string): Promise<{ problem: string | null; inUse: boolean; files?: string[] }> {
    return this.request({ type: 'openCache', file }) as Promise<{ problem: string | null; inUse: boolean; files?: string[] }>;
  }

  /** Reads files on a local disk in the worker: from the cache where unchanged. */
  loadFiles(files: FileToLoad[]): Promise<LoadResult[]> {
    return this.request({ type: 'loadFiles', files }) as Promise<LoadResult[]>;
  }

  saveCache(): Promise<{ written: boolean }> {
    return this.request({ type: 'saveCache' }) as Promise<{ written: boolean }>;
  }

  /** Drops files from the index: all in one request (a refresh drops thousands). */
  remove(files: string[]): Promise<void> {
    return this.request({ type: 'remove', files }) as Promise<void>;
  }

  /** A document parsed whole, in the worker: the Outline, folding and quotes of an open transcript. */
  async parse(text: string, fileName: string): Promise<Transcript> {
    return ((await this.request({ type: 'parse', text, fileName })) as IndexedFile).transcript;
  }

  /** What the editor highlights in a transcript (semantic tokens), worked out from its parse in the worker. */
  tokens(text: string, fileName: string): Promise<TranscriptToken[]> {
    return this.request({ type: 'tokens', text, fileName }) as Promise<TranscriptToken[]>;
  }

  /** The language of a document the editor cannot tell from its first lines (front matter, saved pages). */
  language(text: string): Promise<Language> {
    return this.request({ type: 'language', text }) as Promise<Language>;
  }

  /** A page or text turned into a clean Markdown transcript (Import Transcript). */
  importText(text: string, options: ImportOptions): Promise<ImportedTranscript> {
    return this.request({ type: 'import', text, options }) as Promise<ImportedTranscript>;
  }

  /** A REFI-QDA project (.qdpx) of the codings, made in the worker (it holds the zip and XML code). */
  qdpxExport(project: CodingProject, sources: ExportSource[], options: ExportOptions): Promise<Uint8Array> {
    return this.request({ type: 'qdpxExport', project, sources, options }) as Promise<Uint8Array>;
  }

  /** A .qdpx read in the worker; rejects with a clear message for a file that is not one. */
  qdpxRead(bytes: Uint8Array): Promise<ImportedProject> {
    return this.request({ type: 'qdpxRead', bytes }) as Promise<ImportedProject>;
  }

  /** The codebook (.qdc) of a project. */
  codebook(project: CodingProject): Promise<string> {
    return this.request({ type: 'codebook', project }) as Promise<string>;
  }

  /** A corpus study (concordance, trends, collocates, keywords), computed in the worker. */
  study(request: StudyRequest): Promise<unknown> {
    return this.request(request);
  }

  search(query: string, options: SearchOptions): Promise<SearchResponse> {
    return this.request({ type: 'search', query, options }) as Promise<SearchResponse>;
  }

  private request(request: IndexRequest | DiskRequest, transfer: ArrayBuffer[] = []): Promise<unknown> {
    if (!this.local && !this.worker) this.start();
    if (this.local) {
      try {
        const answer = this.local.answer(request);
        this.local.settle();
        return Promise.resolve(answer);
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, request });
      // Buffers move only to a worker known to run: one that fails to start would take them with it,
      // and its requests are answered in-process instead (see start()).
      this.worker!.postMessage({ id, request }, this.workerAnswered ? transfer : []);
    });
  }

  private start(): void {
    let worker: IndexWorkerHandle;
    try {
      worker = this.host.startWorker();
    } catch (error) {
      this.startLocal(`no index ${this.host.workerName} (${(error as Error).message})`);
      return;
    }
    const parts = new Map<number, AnswerParts>();
    worker.onMessage((message) => {
      this.workerAnswered = true;
      if (message.ok && 'part' in message) {
        // One part of a large answer is in: take it, and ask for the next once the editor has breathed.
        let answer = parts.get(message.id);
        if (!answer) parts.set(message.id, (answer = new AnswerParts()));
        answer.add(message.part);
        void yieldToEditor().then(() => worker.postMessage({ id: message.id, next: true }, []));
        return;
      }
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      const answer = parts.get(message.id);
      parts.delete(message.id);
      if (message.ok) pending?.resolve(answer ? answer.complete(message.value) : message.value);
      else pending?.reject(new Error(message.error));
    });
    worker.onError((error) => this.log.error(`index worker: ${error.message}`));
    worker.onExit((code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const pending = [...this.pending.values()];
      this.pending.clear();
      if (!this.workerAnswered) {
        // A worker that never answered cannot run here (its script does not load): the index runs
        // in-process from now on, and answers what was asked of the worker, in order.
        this.startLocal(`the index ${this.host.workerName} stopped before it answered (exit code ${code})`);
        const local = this.local!;
        for (const p of pending) {
          try {
            Promise.resolve(local.answer(p.request)).then(p.resolve, p.reject);
          } catch (error) {
            p.reject(error as Error);
          }
        }
        return;
      }
      // What the worker held is gone: its callers must read the corpus again.
      for (const p of pending) p.reject(new Error(`the index worker stopped (exit code ${code})`));
      this.onWorkerLost?.();
    });
    this.worker = worker;
  }

  private startLocal(reason: string): void {
    this.log.warn(`${reason}; indexing in the extension host`);
    this.local = this.host.loadLocal();
  }

  /** Called when a worker that held the corpus stops: the corpus must be loaded again. */
  onWorkerLost: (() => void) | undefined;

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}
