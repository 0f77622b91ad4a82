import * as vscode from 'vscode';
import type { IndexHost, IndexWorkerHandle, LocalCorpus } from '../extension/indexClient';
import { readExtensionFile } from '../extension/extensionFiles';
import type { WorkerMessage } from '../extension/indexTransfer';

/** A browser's Worker, as far as it is used here (the project compiles against Node's types). */
interface BrowserWorker {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerMessage }) => void): void;
  addEventListener(type: 'error', listener: (event: { message: string; preventDefault(): void }) => void): void;
  terminate(): void;
}
type BrowserWorkerClass = new (url: string, options?: { name?: string }) => BrowserWorker;

interface InProcessScope {
  diplomaticStudyInProcess?: boolean;
  diplomaticStudyLocalCorpus?: new () => LocalCorpus;
  importScripts(url: string): void;
}

/**
 * The worker's script as a `blob:` URL. The web worker extension host refuses to start a Worker from
 * a remote extension's URI (code-server, Codespaces in the browser), and a page's Worker must come from
 * its own origin; a blob made from the script's text works on vscode.dev, github.dev and code-server alike.
 */
async function workerScriptUrl(extensionUri: vscode.Uri): Promise<string> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'indexWorker.js');
  return URL.createObjectURL(new Blob([await readExtensionFile(script)], { type: 'text/javascript' }));
}

/** The index in a browser's Web Worker (`dist/web/indexWorker.js`): files come to it as bytes. */
export function webIndexHost(extensionUri: vscode.Uri): IndexHost {
  let scriptUrl: Promise<string> | undefined;
  const script = () => (scriptUrl ??= workerScriptUrl(extensionUri));
  return {
    workerName: 'Web Worker',
    readsDisk: false,
    startWorker(): IndexWorkerHandle {
      const WorkerClass = (globalThis as { Worker?: BrowserWorkerClass }).Worker;
      if (!WorkerClass) throw new Error('this browser has no Web Workers here');
      // The Worker starts once its script is read; messages sent before wait for it, in order.
      let worker: BrowserWorker | undefined;
      let stopped = false;
      const queue: [unknown, ArrayBuffer[]][] = [];
      const messageListeners: ((message: WorkerMessage) => void)[] = [];
      const errorListeners: ((error: Error) => void)[] = [];
      const exitListeners: ((code: number) => void)[] = [];
      let answered = false;
      const exit = (code: number) => {
        if (stopped) return;
        stopped = true;
        worker?.terminate();
        for (const listener of exitListeners) listener(code);
      };
      script().then(
        (url) => {
          if (stopped) return;
          worker = new WorkerClass(url, { name: 'Diplomatic Study index' });
          worker.addEventListener('message', (event) => {
            answered = true;
            for (const listener of messageListeners) listener(event.data);
          });
          worker.addEventListener('error', (event) => {
            event.preventDefault();
            for (const listener of errorListeners) listener(new Error(event.message || 'the index worker failed'));
            // A Web Worker has no exit event: one that fails before it ever answered did not start.
            if (!answered) exit(1);
          });
          for (const [message, transfer] of queue.splice(0)) worker.postMessage(message, transfer);
        },
        (error: Error) => {
          for (const listener of errorListeners) listener(new Error(`its script could not be read: ${error.message}`));
          exit(1);
        },
      );
      return {
        postMessage: (message, transfer) => (worker ? worker.postMessage(message, transfer) : queue.push([message, transfer])),
        onMessage: (listener) => messageListeners.push(listener),
        onError: (listener) => errorListeners.push(listener),
        onExit: (listener) => exitListeners.push(listener),
        terminate: () => {
          stopped = true;
          worker?.terminate();
        },
      };
    },
    loadLocal(): LocalCorpus {
      // The worker's bundle, loaded into the extension host's own worker once its script is read;
      // answers wait for it, in order.
      const corpus = script().then((url) => {
        const scope = globalThis as unknown as InProcessScope;
        scope.diplomaticStudyInProcess = true;
        scope.importScripts(url);
        const LocalCorpusClass = scope.diplomaticStudyLocalCorpus;
        if (!LocalCorpusClass) throw new Error('the index script did not load');
        return new LocalCorpusClass();
      });
      // Left-over work is done after the answer it follows: both wait on the same script, in order.
      return { answer: async (request) => (await corpus).answer(request), settle: () => void corpus.then((c) => c.settle(), () => undefined) };
    },
  };
}
