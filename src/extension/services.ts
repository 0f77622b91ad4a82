import type * as vscode from 'vscode';
import type { Config } from './config';
import type { CorpusService } from './corpusService';
import type { GlossaryService } from './glossaryService';
import type { SearchService } from './searchService';
import type { ParsedDocuments } from './symbols';

/** What the features share; built once in activate() and handed to each feature's register(). */
export interface Services {
  log: vscode.LogOutputChannel;
  config: Config;
  glossary: GlossaryService;
  corpus: CorpusService;
  search: SearchService;
  /** Open documents parsed once per version (Outline, folding, quotes). */
  parsed: ParsedDocuments;
}
