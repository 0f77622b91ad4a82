import * as vscode from 'vscode';
import { Commands } from './extension/ids';
import { createLog } from './extension/log';

export function activate(context: vscode.ExtensionContext): void {
  const log = createLog();
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand(Commands.showLog, () => log.show()),
    vscode.commands.registerCommand(Commands.openBundledTranscript, async () => {
      const folder = vscode.Uri.joinPath(context.extensionUri, 'corpus', 'transcripts');
      const entries = await vscode.workspace.fs.readDirectory(folder);
      const first = entries.find(([name]) => name.endsWith('.txt'));
      if (first) await vscode.window.showTextDocument(vscode.Uri.joinPath(folder, first[0]));
    }),
  );
  log.info('Diplomatic Study activated');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
