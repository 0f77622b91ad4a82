// Parses transcripts, finds glossary mentions and answers searches off the extension host's main
// thread, so that a 50 MB transcript or 10,000 files never stall the editor. Files on a local
// disk are read here, and what was read is kept in a cache file between windows.
import { parentPort } from 'node:worker_threads';
import { BUILD } from '../core/build';
import { answer, CorpusIndex, type FileToLoad, type IndexRequest, type LoadResult } from '../core/corpusIndex';
import { nodeFileAccess, openCacheFiles, writeCacheFiles, type OpenCache } from '../core/nodeFiles';
import { splitAnswer, type WorkerMessage } from './indexTransfer';

/** The requests only a worker with a local disk answers. */
export type DiskRequest =
  | { type: 'openCache'; file: string }
  | { type: 'loadFiles'; files: FileToLoad[] }
  | { type: 'saveCache' };

/** The corpus index and its cache file, as the worker (or the extension host, without a worker) holds them. */
export class DiskCorpus {
  readonly index = new CorpusIndex({ build: BUILD });
  private cacheFile: string | undefined;
  private cache: OpenCache | undefined;

  answer(request: IndexRequest | DiskRequest): unknown {
    switch (request.type) {
      case 'openCache': {
        this.cache?.close();
        this.cacheFile = request.file;
        this.cache = openCacheFiles(request.file);
        this.index.openCache(this.cache.main, this.cache.texts);
        const problem = this.index.cacheProblem;
        this.index.cacheProblem = undefined;
        return { problem: problem ?? null, inUse: this.index.cacheInUse, files: this.index.cachedFiles };
      }
      case 'loadFiles':
        return this.index.loadFiles(request.files, nodeFileAccess);
      case 'saveCache': {
        if (!this.cacheFile || !this.index.changedSinceCache) return { written: false };
        writeCacheFiles(this.cacheFile, this.index.cacheBytes());
        return { written: true };
      }
      case 'glossary':
        return Object.fromEntries(this.index.setGlossary(request.entries, nodeFileAccess));
      default:
        return answer(this.index, request, nodeFileAccess);
    }
  }
}

const corpus = new DiskCorpus();

/**
 * The display bytes in an answer of `loadFiles`: each owns its buffer (see `CorpusIndex.loadFiles`),
 * and moving it costs nothing where a copy of a 50 MB transcript's display paused the editor for 0.4 s.
 */
function transferables(message: WorkerMessage): ArrayBuffer[] {
  if (!message.ok || !('value' in message) || !Array.isArray(message.value)) return [];
  const buffers: ArrayBuffer[] = [];
  for (const result of message.value as LoadResult[]) {
    const display = result && 'display' in result ? result.display : null;
    if (display && display.byteOffset === 0 && display.byteLength === display.buffer.byteLength) buffers.push(display.buffer as ArrayBuffer);
  }
  return buffers;
}

// Where no worker thread can start, the extension host loads this same file and uses these itself.
export { DiskCorpus as LocalCorpus };

/** The rest of a large answer, sent a part at a time as the extension host asks for it. */
const remaining = new Map<number, WorkerMessage[]>();

parentPort?.on('message', (message: { id: number; request?: IndexRequest | DiskRequest; next?: boolean }) => {
  if (message.next) {
    const parts = remaining.get(message.id);
    const part = parts?.shift();
    if (parts && parts.length === 0) remaining.delete(message.id);
    if (part) parentPort!.postMessage(part);
    return;
  }
  try {
    const [first, ...rest] = splitAnswer(message.id, corpus.answer(message.request!));
    if (rest.length) remaining.set(message.id, rest);
    parentPort!.postMessage(first, transferables(first));
  } catch (error) {
    parentPort!.postMessage({ id: message.id, ok: false, error: (error as Error).message });
  }
});
