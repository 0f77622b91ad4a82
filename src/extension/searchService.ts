import type { SearchOptions, SearchResponse } from '../core/search/searchIndex';
import type { CorpusService } from './corpusService';
import type { IndexClient } from './indexClient';

/** Search over the corpus; the index lives with the corpus in the index worker. */
export class SearchService {
  constructor(
    private readonly corpus: CorpusService,
    private readonly index: IndexClient,
  ) {}

  /** Where the index runs: a worker thread, or the extension host when none could start. */
  get mode(): 'worker' | 'local' | 'none' {
    return this.index.mode;
  }

  search(query: string, options: SearchOptions): Promise<SearchResponse> {
    return this.corpus.search(query, options);
  }
}
