import type * as vscode from 'vscode';
import type { CodingStore } from './codingStore';
import type { Config } from './config';
import type { CorpusService } from './corpusService';
import type { GlossaryService } from './glossaryService';
import type { IndexClient } from './indexClient';
import type { SearchService } from './searchService';
import type { ParsedDocuments } from './symbols';

/** What the features share; built once in activate() and handed to each feature's register(). */
export interface Services {
  log: vscode.LogOutputChannel;
  config: Config;
  glossary: GlossaryService;
  corpus: CorpusService;
  /** The index worker: parses, imports and answers searches off the editor's main thread. */
  index: IndexClient;
  /** The workspace's codes and codings (.diplomatic-study/coding.json). */
  codings: CodingStore;
  /** The browser build (vscode.dev, github.dev): no local disk, no cache file, fetches limited by CORS. */
  browser: boolean;
  search: SearchService;
  /** Open documents parsed once per version (Outline, folding, quotes). */
  parsed: ParsedDocuments;
}
