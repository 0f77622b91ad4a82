// Parses transcripts, finds glossary mentions and answers searches off the extension host's main
// thread, so that a 50 MB transcript or 10,000 files never stall the editor.
import { parentPort } from 'node:worker_threads';
import { answer, CorpusIndex, type IndexRequest } from '../core/corpusIndex';
import { splitAnswer, type WorkerMessage } from './indexTransfer';

const corpus = new CorpusIndex();

// Where no worker thread can start, the extension host loads this same file and uses these itself.
export { answer, CorpusIndex };

/** The rest of a large answer, sent a part at a time as the extension host asks for it. */
const remaining = new Map<number, WorkerMessage[]>();

parentPort?.on('message', (message: { id: number; request?: IndexRequest; next?: boolean }) => {
  if (message.next) {
    const parts = remaining.get(message.id);
    const part = parts?.shift();
    if (parts && parts.length === 0) remaining.delete(message.id);
    if (part) parentPort!.postMessage(part);
    return;
  }
  try {
    const [first, ...rest] = splitAnswer(message.id, answer(corpus, message.request!));
    if (rest.length) remaining.set(message.id, rest);
    parentPort!.postMessage(first);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, ok: false, error: (error as Error).message });
  }
});
