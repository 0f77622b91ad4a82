import * as vscode from 'vscode';
import { Settings } from './ids';

/** Typed access to the extension's settings, read when asked so that changes apply at once. */
export class Config {
  private get section(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration();
  }

  get hoverEnabled(): boolean {
    return this.section.get<boolean>(Settings.hoverEnabled, true);
  }

  get hoverLanguages(): string[] {
    const value = this.section.get<unknown>(Settings.hoverLanguages);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : ['markdown', 'plaintext', 'transcript'];
  }

  get followCursor(): boolean {
    return this.section.get<boolean>(Settings.followCursor, true);
  }

  /** Runs `listener` when any of `settings` changes. */
  onDidChange(settings: string[], listener: () => void, disposables: vscode.Disposable[]): void {
    vscode.workspace.onDidChangeConfiguration(
      (event) => {
        if (settings.some((s) => event.affectsConfiguration(s))) listener();
      },
      undefined,
      disposables,
    );
  }
}
