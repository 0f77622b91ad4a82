import * as vscode from 'vscode';

/** The extension's log; errors go here first, and notifications point at it. */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Diplomatic Study', { log: true });
}
