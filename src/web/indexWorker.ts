// The index in the browser (vscode.dev, github.dev): a Web Worker with the same protocol and the
// same core as the Node worker thread, without a disk. Files come as bytes read through
// vscode.workspace.fs by the extension host; nothing is cached between windows.
import { BUILD } from '../core/build';
import { answer, CorpusIndex, type IndexRequest } from '../core/corpusIndex';
import type { WorkerMessage } from '../extension/indexTransfer';
import { serveIndex, type IncomingMessage } from '../extension/indexWorkerLoop';

/** The corpus index as a browser holds it: in memory, files handed over as bytes. */
export class MemoryCorpus {
  readonly index = new CorpusIndex({ build: BUILD, settleLater: true });

  settle(): void {
    this.index.settle();
  }

  prepareSearch(): void {
    this.index.prepareSearch();
  }

  answer(request: IndexRequest | { type: string }): unknown {
    switch (request.type) {
      case 'openCache':
      case 'loadFiles':
      case 'saveCache':
        throw new Error(`'${request.type}' reads a local disk, which an index in the browser has not`);
      default:
        return answer(this.index, request as IndexRequest);
    }
  }
}

interface WorkerScope {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: IncomingMessage }) => void): void;
  /** Set by the extension host before it loads this file into itself (no Web Worker could start). */
  diplomaticStudyInProcess?: boolean;
  diplomaticStudyLocalCorpus?: typeof MemoryCorpus;
}

const scope = globalThis as unknown as WorkerScope;
if (scope.diplomaticStudyInProcess) {
  // Loaded into the extension host itself: hand the class over, and leave the host's messages alone.
  scope.diplomaticStudyLocalCorpus = MemoryCorpus;
} else {
  serveIndex(new MemoryCorpus(), {
    post: (message: WorkerMessage, transfer: ArrayBuffer[]) => scope.postMessage(message, transfer),
    onMessage: (listener: (message: IncomingMessage) => void) => scope.addEventListener('message', (event) => listener(event.data)),
  });
}
