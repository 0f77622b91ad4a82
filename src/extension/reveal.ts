import * as vscode from 'vscode';
import { Commands } from './ids';

/** Opens a file and selects whole lines `start`–`end` (0-based, inclusive), scrolled into view. */
async function revealLines(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const last = Math.min(Math.max(end, start), document.lineCount - 1);
  const range = new vscode.Range(Math.min(start, last), 0, last, document.lineAt(last).text.length);
  const editor = await vscode.window.showTextDocument(document, { preview: true, preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function register(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.revealRange, (uri: vscode.Uri | string, start: number, end: number) =>
      revealLines(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, start, end),
    ),
  );
}
