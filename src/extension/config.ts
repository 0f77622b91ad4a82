import * as vscode from 'vscode';
import { Settings } from './ids';

export const DEFAULT_INCLUDE = ['**/transcripts/**/*.{txt,md,html,htm}', '**/*.transcript.{txt,md}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];
export const DEFAULT_GLOSSARY_FILES = ['.vscode/diplomatic-glossary.json'];

function strings(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : fallback;
}

/** Typed access to the extension's settings, read when asked so that changes apply at once. */
export class Config {
  /** The settings that decide which files are the corpus (VS Code's `files.exclude` among them: the corpus hides what the Explorer hides). */
  readonly corpusSettings = [Settings.corpusInclude, Settings.corpusExclude, Settings.corpusIncludeBundled, 'files.exclude'];

  private get section(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration();
  }

  get hoverEnabled(): boolean {
    return this.section.get<boolean>(Settings.hoverEnabled, true);
  }

  get hoverLanguages(): string[] {
    return strings(this.section.get<unknown>(Settings.hoverLanguages), ['markdown', 'plaintext', 'transcript']);
  }

  get followCursor(): boolean {
    return this.section.get<boolean>(Settings.followCursor, true);
  }

  get corpusInclude(): string[] {
    return strings(this.section.get<unknown>(Settings.corpusInclude), DEFAULT_INCLUDE);
  }

  get corpusExclude(): string[] {
    return strings(this.section.get<unknown>(Settings.corpusExclude), DEFAULT_EXCLUDE);
  }

  get includeBundled(): boolean {
    return this.section.get<boolean>(Settings.corpusIncludeBundled, true);
  }

  get glossaryFiles(): string[] {
    return strings(this.section.get<unknown>(Settings.glossaryFiles), DEFAULT_GLOSSARY_FILES);
  }

  get acronymCheck(): boolean {
    return this.section.get<boolean>(Settings.acronymCheck, true);
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
