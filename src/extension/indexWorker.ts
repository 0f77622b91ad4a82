// Parses transcripts, finds glossary mentions and answers searches off the extension host's main
// thread, so that a 50 MB transcript or 10,000 files never stall the editor.
import { parentPort } from 'node:worker_threads';
import { answer, CorpusIndex, type IndexRequest } from '../core/corpusIndex';

const corpus = new CorpusIndex();

// Where no worker thread can start, the extension host loads this same file and uses these itself.
export { answer, CorpusIndex };

parentPort?.on('message', (message: { id: number; request: IndexRequest }) => {
  try {
    parentPort!.postMessage({ id: message.id, ok: true, value: answer(corpus, message.request) });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, ok: false, error: (error as Error).message });
  }
});
