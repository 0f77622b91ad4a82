import * as vscode from 'vscode';
import { Config } from './extension/config';
import { CorpusService } from './extension/corpusService';
import { GlossaryService } from './extension/glossaryService';
import * as hover from './extension/hover';
import { Commands } from './extension/ids';
import { createLog } from './extension/log';
import * as mentions from './extension/mentions';
import type { Services } from './extension/services';

export function activate(context: vscode.ExtensionContext): void {
  const log = createLog();
  context.subscriptions.push(log);
  try {
    const glossary = new GlossaryService(context.extensionUri, log);
    const services: Services = { log, config: new Config(), glossary, corpus: new CorpusService(context.extensionUri, glossary, log) };
    context.subscriptions.push(
      vscode.commands.registerCommand(Commands.showLog, () => log.show()),
      vscode.commands.registerCommand(Commands.openBundledTranscript, async () => {
        const [first] = await services.corpus.documents();
        if (first) await vscode.window.showTextDocument(first.uri);
      }),
    );
    hover.register(context, services);
    mentions.register(context, services);
    log.info('Diplomatic Study activated');
  } catch (error) {
    log.error(`activation failed: ${(error as Error).stack ?? String(error)}`);
    void vscode.window.showErrorMessage('Diplomatic Study could not start.', 'Show Log').then((choice) => choice && log.show());
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
