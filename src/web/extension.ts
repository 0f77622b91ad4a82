// The browser entry (`browser`): vscode.dev, github.dev and any web worker extension host. The same
// features as the Node entry; only the index worker differs (a Web Worker, files read as bytes).
import type * as vscode from 'vscode';
import { activateWith, type DiplomaticStudyApi } from '../extension/activate';
import { webIndexHost } from './webIndexHost';

export function activate(context: vscode.ExtensionContext): DiplomaticStudyApi | undefined {
  return activateWith(context, webIndexHost(context.extensionUri), true);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
