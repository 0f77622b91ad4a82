// Parses transcripts, finds glossary mentions and answers searches off the extension host's main
// thread, so that a 50 MB transcript or 10,000 files never stall the editor. Files on a local
// disk are read here, and what was read is kept in a cache file between windows.
import { parentPort, workerData } from 'node:worker_threads';
import { BUILD } from '../core/build';
import { answer, CorpusIndex, type FileToLoad, type IndexRequest } from '../core/corpusIndex';
import { nodeFileAccess, openCacheFiles, writeCacheFiles, type OpenCache } from '../core/nodeFiles';
import { serveIndex, type AnsweringCorpus, type IncomingMessage } from './indexWorkerLoop';
import { mentionHelpers, serveMentionHelper, type MentionHelperData } from './mentionHelper';
import type { WorkerMessage } from './indexTransfer';

/** The requests only a worker with a local disk answers. */
export type DiskRequest =
  | { type: 'openCache'; file: string }
  | { type: 'loadFiles'; files: FileToLoad[] }
  | { type: 'saveCache' };

/** The corpus index and its cache file, as the worker (or the extension host, without a worker) holds them. */
export class DiskCorpus {
  // A very large transcript's mentions are found by a helper thread too, which runs this same file.
  readonly index = new CorpusIndex({ build: BUILD, settleLater: true, mentionHelper: mentionHelpers(__filename) });
  private cacheFile: string | undefined;
  private cache: OpenCache | undefined;

  settle(): void {
    this.index.settle();
  }

  prepareSearch(): void {
    this.index.prepareSearch();
  }

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

// Where no worker thread can start, the extension host loads this same file and uses this itself.
export { DiskCorpus as LocalCorpus };

const helping = (workerData as { mentionHelper?: MentionHelperData } | null)?.mentionHelper;
if (helping) serveMentionHelper(helping);
else if (parentPort) {
  const port = parentPort;
  serveIndex(new DiskCorpus() as AnsweringCorpus, {
    post: (message: WorkerMessage, transfer: ArrayBuffer[]) => port.postMessage(message, transfer),
    onMessage: (listener: (message: IncomingMessage) => void) => port.on('message', listener),
  });
}
