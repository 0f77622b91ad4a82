import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { IndexedFile, IndexRequest, LoadResult, MentionData } from '../core/corpusIndex';

/** The study requests the worker answers. */
export type StudyRequest = Extract<IndexRequest, { type: 'concordance' | 'trends' | 'collocates' | 'keywords' }>;
import type { DiskRequest, LocalCorpus } from './indexWorker';
import type { GlossaryEntry } from '../core/glossary';
import type { SearchOptions, SearchResponse } from '../core/search/searchIndex';
import { AnswerParts, type WorkerMessage } from './indexTransfer';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * The extension's side of the index worker. Requests are answered in order. Where no worker can
 * start, the same index runs in the extension host.
 */
export class IndexClient {
  private worker: Worker | undefined;
  private local: LocalCorpus | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly workerPath: string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  static forExtension(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): IndexClient {
    return new IndexClient(join(extensionUri.fsPath, 'dist', 'indexWorker.js'), log);
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
  loadFiles(files: { file: string; path: string; fileName: string }[]): Promise<LoadResult[]> {
    return this.request({ type: 'loadFiles', files }) as Promise<LoadResult[]>;
  }

  saveCache(): Promise<{ written: boolean }> {
    return this.request({ type: 'saveCache' }) as Promise<{ written: boolean }>;
  }

  remove(file: string): Promise<void> {
    return this.request({ type: 'remove', file }) as Promise<void>;
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
        return Promise.resolve(this.local.answer(request));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.postMessage({ id, request }, transfer);
    });
  }

  private start(): void {
    try {
      // A larger young generation: reading and studying a corpus makes many short-lived strings, and
      // collecting them took half the time of a large concordance.
      const worker = new Worker(this.workerPath, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      const parts = new Map<number, AnswerParts>();
      worker.on('message', (message: WorkerMessage) => {
        if (message.ok && 'part' in message) {
          // One part of a large answer is in: take it, and ask for the next once the editor has breathed.
          let answer = parts.get(message.id);
          if (!answer) parts.set(message.id, (answer = new AnswerParts()));
          answer.add(message.part);
          setImmediate(() => worker.postMessage({ id: message.id, next: true }));
          return;
        }
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        const answer = parts.get(message.id);
        parts.delete(message.id);
        if (message.ok) pending?.resolve(answer ? answer.complete(message.value) : message.value);
        else pending?.reject(new Error(message.error));
      });
      worker.on('error', (error) => this.log.error(`index worker: ${error.message}`));
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        // What the worker held is gone: its callers must read the corpus again.
        for (const p of this.pending.values()) p.reject(new Error(`the index worker stopped (exit code ${code})`));
        this.pending.clear();
        this.onWorkerLost?.();
      });
      worker.unref();
      this.worker = worker;
    } catch (error) {
      this.log.warn(`no index worker thread (${(error as Error).message}); indexing in the extension host`);
      // The worker's own bundle, loaded in-process: the extension bundle does not carry the index twice.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const worker = require(this.workerPath) as { LocalCorpus: new () => LocalCorpus };
      this.local = new worker.LocalCorpus();
    }
  }

  /** Called when a worker that held the corpus stops: the corpus must be loaded again. */
  onWorkerLost: (() => void) | undefined;

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}
