// The worker's side of the index protocol, the same in a Node worker thread and a browser's Web
// Worker: each request is answered in order; a large answer goes a part at a time, the next part
// when the extension host asks for it; buffers that own their memory are moved, not copied.
import type { IndexRequest, LoadResult } from '../core/corpusIndex';
import { splitAnswer, type WorkerMessage } from './indexTransfer';

/** What the worker answers from: the corpus with or without a disk. */
export interface AnsweringCorpus {
  answer(request: IndexRequest | { type: string }): unknown;
  /** Work left over from the last answer (see `CorpusIndexOptions.settleLater`), done once it is sent. */
  settle(): void;
  /** Work the next search would do, done while no request waits (see `CorpusIndex.prepareSearch`). */
  prepareSearch?(): void;
}

/** How long the worker waits without a request before it prepares the next search. */
const PREPARE_SEARCH_IDLE_MS = 100;

/** The worker's end of its channel to the extension host. */
export interface WorkerPort {
  post(message: WorkerMessage, transfer: ArrayBuffer[]): void;
  onMessage(listener: (message: IncomingMessage) => void): void;
}

export type IncomingMessage = { id: number; request?: IndexRequest | { type: string }; next?: boolean };

/**
 * The display bytes in an answer of `loadFiles`: each owns its buffer (see `CorpusIndex.loadFiles`),
 * and moving it costs nothing where a copy of a 50 MB transcript's display paused the editor for 0.4 s.
 */
function transferables(message: WorkerMessage): ArrayBuffer[] {
  if (!message.ok || !('value' in message) || !Array.isArray(message.value)) return [];
  const buffers: ArrayBuffer[] = [];
  for (const result of message.value as LoadResult[]) {
    const display = result && typeof result === 'object' && 'display' in result ? result.display : null;
    if (display && display.byteOffset === 0 && display.byteLength === display.buffer.byteLength) buffers.push(display.buffer as ArrayBuffer);
  }
  return buffers;
}

export function serveIndex(corpus: AnsweringCorpus, port: WorkerPort): void {
  /** The rest of a large answer, sent a part at a time as the extension host asks for it. */
  const remaining = new Map<number, WorkerMessage[]>();
  let idle: ReturnType<typeof setTimeout> | undefined;
  // While the extension host reads a large answer (the 50 MB transcript's outline takes it a few
  // hundred milliseconds), the index merges what it was given; a request meanwhile waits no longer
  // than the search itself would have.
  const prepareWhenIdle = () => {
    idle = setTimeout(() => {
      try {
        corpus.prepareSearch?.();
      } catch {
        // The next search merges it, or answers why it cannot.
      }
    }, PREPARE_SEARCH_IDLE_MS);
  };
  port.onMessage((message) => {
    clearTimeout(idle);
    if (message.next) {
      const parts = remaining.get(message.id);
      const part = parts?.shift();
      if (parts && parts.length === 0) remaining.delete(message.id);
      if (part) port.post(part, []);
      prepareWhenIdle();
      return;
    }
    try {
      const [first, ...rest] = splitAnswer(message.id, corpus.answer(message.request!));
      if (rest.length) remaining.set(message.id, rest);
      port.post(first, transferables(first));
    } catch (error) {
      port.post({ id: message.id, ok: false, error: (error as Error).message }, []);
    }
    // The extension host reads the answer while the index takes in what it was built from. Should
    // that fail, what is left is settled (or its failure answered) by the next search instead.
    try {
      corpus.settle();
    } catch {
      // See above.
    }
    prepareWhenIdle();
  });
}
