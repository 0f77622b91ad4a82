// Runs the search index off the extension host's main thread: building it and answering queries
// never stalls the editor, however large the corpus.
import { parentPort } from 'node:worker_threads';
import { SearchIndex, type SearchDocument, type SearchOptions } from '../core/search/searchIndex';

export type WorkerRequest =
  | { type: 'build'; id: number; documents: SearchDocument[] }
  | { type: 'search'; id: number; query: string; options: SearchOptions };

let index: SearchIndex | undefined;

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    if (request.type === 'build') {
      const started = performance.now();
      index = SearchIndex.build(request.documents);
      parentPort!.postMessage({ id: request.id, ok: true, value: { paragraphs: index.paragraphCount, ms: performance.now() - started } });
    } else {
      if (!index) throw new Error('the search index is not built');
      parentPort!.postMessage({ id: request.id, ok: true, value: index.search(request.query, request.options) });
    }
  } catch (error) {
    parentPort!.postMessage({ id: request.id, ok: false, error: (error as Error).message });
  }
});
