import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { listFolder } from '../core/folderListing';
import type { IndexHost, IndexWorkerHandle, LocalCorpus } from './indexClient';
import type { WorkerMessage } from './indexTransfer';

/** The index in a Node worker thread (`dist/indexWorker.js`), reading files on a local disk itself. */
export function nodeIndexHost(extensionUri: vscode.Uri): IndexHost {
  const workerPath = join(extensionUri.fsPath, 'dist', 'indexWorker.js');
  return {
    workerName: 'worker thread',
    readsDisk: true,
    startWorker(): IndexWorkerHandle {
      // A larger young generation: reading and studying a corpus makes many short-lived strings, and
      // collecting them took half the time of a large concordance.
      const worker = new Worker(workerPath, { resourceLimits: { maxYoungGenerationSizeMb: 96 } });
      worker.unref();
      return {
        postMessage: (message, transfer) => worker.postMessage(message, transfer),
        onMessage: (listener) => worker.on('message', (message: WorkerMessage) => listener(message)),
        onError: (listener) => worker.on('error', listener),
        onExit: (listener) => worker.on('exit', listener),
        terminate: () => void worker.terminate(),
      };
    },
    listFolder,
    loadLocal(): LocalCorpus {
      // The worker's own bundle, loaded in-process: the extension bundle does not carry the index twice.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const worker = require(workerPath) as { LocalCorpus: new () => LocalCorpus };
      return new worker.LocalCorpus();
    },
  };
}
