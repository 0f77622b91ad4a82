// The Node entry (`main`): desktop VS Code, Codespaces, remote and code-server's Node extension host.
import type * as vscode from 'vscode';
import { activateWith, type DiplomaticStudyApi } from './extension/activate';
import { nodeIndexHost } from './extension/nodeIndexHost';

export type { DiplomaticStudyApi } from './extension/activate';

export function activate(context: vscode.ExtensionContext): DiplomaticStudyApi | undefined {
  return activateWith(context, nodeIndexHost(context.extensionUri), false);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
