import * as vscode from 'vscode';
import * as coding from './coding';
import { CodingStore } from './codingStore';
import { Config } from './config';
import { CorpusService } from './corpusService';
import * as drafting from './drafting';
import * as entitiesView from './entitiesView';
import { GlossaryService } from './glossaryService';
import * as hover from './hover';
import * as importer from './importTranscript';
import { Commands } from './ids';
import { IndexClient, type IndexHost } from './indexClient';
import { createLog } from './log';
import * as mentions from './mentions';
import * as quotes from './quotes';
import * as reader from './reader';
import * as reading from './reading';
import * as reveal from './reveal';
import * as search from './search';
import { SearchService } from './searchService';
import type { Services } from './services';
import * as study from './study';
import * as symbols from './symbols';
import * as tree from './tree';

/** What activate() returns: the services and views, for integration tests and other extensions. */
export interface DiplomaticStudyApi {
  services: Services;
  transcripts: tree.TranscriptTreeProvider;
  transcriptsView: vscode.TreeView<tree.TranscriptNode>;
  entities: entitiesView.EntityTreeProvider;
  searchUi: search.SearchUi;
  codes: coding.CodesTreeProvider;
  codesView: vscode.TreeView<coding.CodeNode>;
  /** Where the index runs: 'worker' (a worker thread, or a Web Worker in a browser), 'local' or 'none' yet. */
  indexMode(): 'worker' | 'local' | 'none';
}

/**
 * Activation for both builds: the Node entry (`main`) and the browser entry (`browser`) differ only
 * in where the index worker runs (`host`) and in what a browser cannot do (`browser`).
 */
export function activateWith(context: vscode.ExtensionContext, host: IndexHost, browser: boolean): DiplomaticStudyApi | undefined {
  const activatedAt = performance.now();
  const log = createLog();
  context.subscriptions.push(log);
  try {
    const config = new Config();
    const index = new IndexClient(host, log);
    const glossary = new GlossaryService(context.extensionUri, config, log, (text) => index.language(text));
    const corpus = new CorpusService(context.extensionUri, config, glossary, index, log, context.storageUri ?? context.globalStorageUri);
    const codings = new CodingStore(context.extensionUri, log);
    const services: Services = { log, config, glossary, corpus, index, browser, codings, search: new SearchService(corpus, index, codings), parsed: new symbols.ParsedDocuments(index) };
    context.subscriptions.push(
      glossary,
      corpus,
      index,
      vscode.commands.registerCommand(Commands.showLog, () => log.show()),
      vscode.commands.registerCommand(Commands.openBundledTranscript, async () => {
        // The newest transcript the extension ships.
        const bundled = (await services.corpus.documents()).filter((d) => d.bundled).sort((a, b) => (b.transcript.date ?? '').localeCompare(a.transcript.date ?? '') || a.uri.path.localeCompare(b.uri.path));
        if (bundled[0]) await vscode.window.showTextDocument(bundled[0].uri);
      }),
    );
    reveal.register(context);
    const { provider: transcripts, view: transcriptsView } = tree.register(context, services, activatedAt);
    const entities = entitiesView.register(context, services);
    symbols.register(context, services);
    reading.register(context, services);
    reader.register(context, services);
    hover.register(context, services);
    mentions.register(context, services);
    const searchUi = search.register(context, services);
    drafting.register(context, services);
    quotes.register(context, services);
    importer.register(context, services);
    study.register(context, services);
    const { codes, view: codesView } = coding.register(context, services, codings);
    log.info(`Diplomatic Study activated in ${(performance.now() - activatedAt).toFixed(1)} ms (${browser ? 'browser build, in a web worker' : 'Node build'}; index in a ${host.workerName})`);
    // Read the corpus right after activation, off its critical path, so that the views have it at once.
    setTimeout(() => void corpus.documents(), 0);
    return { services, transcripts, transcriptsView, entities, searchUi, codes, codesView, indexMode: () => index.mode };
  } catch (error) {
    log.error(`activation failed: ${(error as Error).stack ?? String(error)}`);
    void vscode.window.showErrorMessage('Diplomatic Study could not start.', 'Show Log').then((choice) => choice && log.show());
    return undefined;
  }
}
