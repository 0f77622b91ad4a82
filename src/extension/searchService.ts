import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { SearchIndex, searchDocumentOf, type SearchOptions, type SearchResponse } from '../core/search/searchIndex';
import type { CorpusService } from './corpusService';
import type { WorkerRequest } from './searchWorker';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * The search index of the corpus, built on first use (not at activation) in a worker thread,
 * and rebuilt on the next search after the corpus changes. Where no worker can start, the
 * index runs in the extension host itself.
 */
export class SearchService implements vscode.Disposable {
  private worker: Worker | undefined;
  private local: SearchIndex | undefined;
  private building: Promise<void> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly corpus: CorpusService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscription = corpus.onDidChange(() => (this.building = undefined));
  }

  /** Where the index runs: in a worker thread, or (where none could start) in the extension host. */
  get mode(): 'worker' | 'local' | 'none' {
    return this.local ? 'local' : this.worker ? 'worker' : 'none';
  }

  async search(query: string, options: SearchOptions): Promise<SearchResponse> {
    this.building ??= this.build();
    await this.building;
    if (this.local) return this.local.search(query, options);
    return (await this.request({ type: 'search', id: 0, query, options })) as SearchResponse;
  }

  private async build(): Promise<void> {
    const started = performance.now();
    const documents = (await this.corpus.documents()).map((d) => searchDocumentOf(d.uri.toString(), d.transcript));
    const worker = this.ensureWorker();
    if (worker) {
      try {
        const built = (await this.request({ type: 'build', id: 0, documents })) as { paragraphs: number; ms: number };
        this.log.info(`search: indexed ${built.paragraphs} paragraphs in a worker in ${built.ms.toFixed(1)} ms (${(performance.now() - started).toFixed(1)} ms in all)`);
        return;
      } catch (error) {
        this.log.warn(`search: the worker failed (${(error as Error).message}); indexing in the extension host`);
        this.stopWorker();
      }
    }
    this.local = SearchIndex.build(documents);
    this.log.info(`search: indexed ${this.local.paragraphCount} paragraphs in ${(performance.now() - started).toFixed(1)} ms`);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(join(this.extensionUri.fsPath, 'dist', 'searchWorker.js'));
      worker.on('message', (message: { id: number; ok: boolean; value?: unknown; error?: string }) => {
        const pending = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.ok) pending?.resolve(message.value);
        else pending?.reject(new Error(message.error));
      });
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.worker = undefined;
        this.failAll(new Error(`the search worker stopped (exit code ${code})`));
      });
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (error) {
      this.log.warn(`search: no worker thread (${(error as Error).message})`);
      return undefined;
    }
  }

  private request(request: WorkerRequest): Promise<unknown> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.reject(new Error('no search worker'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  }

  private failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.building = undefined;
  }

  private stopWorker(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  dispose(): void {
    this.subscription.dispose();
    this.stopWorker();
  }
}
