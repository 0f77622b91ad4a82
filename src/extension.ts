import * as vscode from 'vscode';
import { Config } from './extension/config';
import { CorpusService } from './extension/corpusService';
import * as drafting from './extension/drafting';
import * as entitiesView from './extension/entitiesView';
import { GlossaryService } from './extension/glossaryService';
import * as hover from './extension/hover';
import * as importer from './extension/importTranscript';
import { Commands } from './extension/ids';
import { createLog } from './extension/log';
import * as mentions from './extension/mentions';
import * as quotes from './extension/quotes';
import * as reveal from './extension/reveal';
import * as search from './extension/search';
import { IndexClient } from './extension/indexClient';
import * as study from './extension/study';
import { SearchService } from './extension/searchService';
import type { Services } from './extension/services';
import * as symbols from './extension/symbols';
import * as tree from './extension/tree';

/** What activate() returns: the services and views, for integration tests and other extensions. */
export interface DiplomaticStudyApi {
  services: Services;
  transcripts: tree.TranscriptTreeProvider;
  transcriptsView: vscode.TreeView<tree.TranscriptNode>;
  entities: entitiesView.EntityTreeProvider;
  searchUi: search.SearchUi;
}

export function activate(context: vscode.ExtensionContext): DiplomaticStudyApi | undefined {
  const activatedAt = performance.now();
  const log = createLog();
  context.subscriptions.push(log);
  try {
    const config = new Config();
    const glossary = new GlossaryService(context.extensionUri, config, log);
    const index = IndexClient.forExtension(context.extensionUri, log);
    const corpus = new CorpusService(context.extensionUri, config, glossary, index, log, context.storageUri ?? context.globalStorageUri);
    const services: Services = { log, config, glossary, corpus, search: new SearchService(corpus, index), parsed: new symbols.ParsedDocuments() };
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
    hover.register(context, services);
    mentions.register(context, services);
    const searchUi = search.register(context, services);
    drafting.register(context, services);
    quotes.register(context, services);
    importer.register(context, services);
    study.register(context, services);
    log.info(`Diplomatic Study activated in ${(performance.now() - activatedAt).toFixed(1)} ms`);
    // Read the corpus right after activation, off its critical path, so that the views have it at once.
    setTimeout(() => void corpus.documents(), 0);
    return { services, transcripts, transcriptsView, entities, searchUi };
  } catch (error) {
    log.error(`activation failed: ${(error as Error).stack ?? String(error)}`);
    void vscode.window.showErrorMessage('Diplomatic Study could not start.', 'Show Log').then((choice) => choice && log.show());
    return undefined;
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
