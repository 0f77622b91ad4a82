import * as vscode from 'vscode';
import { EntityMatcher, type LineMention } from '../core/entityMatcher';
import { Glossary, type GlossaryEntry } from '../core/glossary';
import { positionAt, readGlossaryFile } from '../core/glossaryFile';
import { looksLikeHtml } from '../core/parser/html';
import { detectLanguage, type Language } from '../core/language';
import type { Config } from './config';
import { readExtensionFile } from './extensionFiles';
import { Settings } from './ids';

export interface LoadedGlossary {
  glossary: Glossary;
  matcher: EntityMatcher;
}

/**
 * The bundled glossary merged with the user's glossary files (`diplomaticStudy.glossary.files`,
 * relative to each workspace folder): their entries add to it or replace bundled ones by id.
 * Problems in a user's file go to the Problems panel and the log; its valid entries still apply.
 * Read on first use, and again when a glossary file or the setting changes. Never written to.
 */
export class GlossaryService implements vscode.Disposable {
  private loading: Promise<LoadedGlossary> | undefined;
  private bundled: Glossary | undefined;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('Diplomatic Study glossary');
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the entries changed (a glossary file was edited, added or removed). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Files whose problems were already announced, so that a notification comes once, not per save. */
  private readonly announced = new Set<string>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
    /** The language of a text with front matter or markup, worked out where the parser is (the index worker). */
    private readonly languageOfText: (text: string) => Promise<Language>,
  ) {
    config.onDidChange([Settings.glossaryFiles], () => this.reload(), this.disposables);
    vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload(), undefined, this.disposables);
  }

  ready(): Promise<LoadedGlossary> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** The glossary mention under a position of a document, with its entry. */
  async mentionAt(document: vscode.TextDocument, position: vscode.Position): Promise<{ mention: LineMention; entry: GlossaryEntry } | undefined> {
    const { glossary, matcher } = await this.ready();
    const mention = matcher.mentionAt(document.lineAt(position.line).text, position.character);
    const entry = mention && glossary.get(mention.entryId);
    return mention && entry ? { mention, entry } : undefined;
  }

  /** Per open document (an untitled one may reuse a closed one's name), its language at a version. */
  private readonly languages = new WeakMap<vscode.TextDocument, { version: number; language: Promise<Language> }>();

  /** The language a document is written in, for cards in the reader's language; worked out once per version. */
  languageOf(document: vscode.TextDocument): Promise<Language> {
    const known = this.languages.get(document);
    if (known && known.version === document.version) return known.language;
    // The first lines tell, except for a saved page, whose main text may come after a long head,
    // and front matter, which may name the language: those are read as the parser reads them.
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 400), 0));
    const html = looksLikeHtml(head);
    const language = html || head.startsWith('---')
      ? this.languageOfText(html ? document.getText() : head).catch(() => detectLanguage(head.slice(0, 20000)))
      : Promise.resolve(detectLanguage(head.slice(0, 20000)));
    this.languages.set(document, { version: document.version, language });
    return language;
  }

  /** The user's glossary files that apply, in every workspace folder. */
  userFiles(): vscode.Uri[] {
    return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => this.config.glossaryFiles.map((path) => vscode.Uri.joinPath(folder.uri, path)));
  }

  private reload(): void {
    if (this.timer) clearTimeout(this.timer);
    // Saves and file events come in bursts.
    this.timer = setTimeout(() => {
      this.loading = undefined;
      void this.ready().then(() => this.changed.fire());
    }, 100);
  }

  private async load(): Promise<LoadedGlossary> {
    this.bundled ??= await this.loadBundled();
    const userEntries: GlossaryEntry[] = [];
    const taken = [...this.bundled.entries];
    for (const uri of this.userFiles()) {
      const entries = await this.loadUserFile(uri, taken);
      userEntries.push(...entries);
      taken.push(...entries);
    }
    const glossary = this.bundled.merge(userEntries);
    // The user's entries come first, so that an alias they claim is theirs.
    const userIds = new Set(userEntries.map((e) => e.id));
    const ordered = [...userEntries, ...glossary.entries.filter((e) => !userIds.has(e.id))];
    this.watch();
    this.log.info(`glossary: ${glossary.entries.length} entries (${userEntries.length} from the workspace)`);
    // Compiling the matcher (every name in five languages) takes tens of milliseconds on the main
    // thread: only when a hover, a check or a completion first needs it, not while the window opens.
    let matcher: EntityMatcher | undefined;
    return {
      glossary,
      get matcher() {
        return (matcher ??= new EntityMatcher(ordered));
      },
    };
  }

  private async loadBundled(): Promise<Glossary> {
    const uri = vscode.Uri.joinPath(this.extensionUri, 'corpus', 'glossary.json');
    try {
      const result = Glossary.fromData(JSON.parse(new TextDecoder().decode(await readExtensionFile(uri))));
      for (const p of result.problems) this.log.warn(`bundled glossary, entry ${p.index} (${p.id ?? 'no id'}): ${p.message}`);
      return result.glossary;
    } catch (error) {
      this.log.error(`cannot read the bundled glossary ${uri.toString()}: ${(error as Error).message}`);
      return new Glossary([]);
    }
  }

  private async loadUserFile(uri: vscode.Uri, others: GlossaryEntry[]): Promise<GlossaryEntry[]> {
    const key = uri.toString();
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.diagnostics.delete(uri);
      this.announced.delete(key);
      return []; // No such file: nothing to add.
    }
    const { entries, problems } = readGlossaryFile(text, others);
    const name = vscode.workspace.asRelativePath(uri);
    this.diagnostics.set(
      uri,
      problems.map((p) => {
        const start = positionAt(text, p.start);
        const end = positionAt(text, p.end);
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(start.line, start.character, end.line, end.character),
          p.message,
          p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        );
        diagnostic.source = 'Diplomatic Study';
        return diagnostic;
      }),
    );
    for (const p of problems) this.log.warn(`${name}: ${p.message}`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    if (errors > 0 && !this.announced.has(key)) {
      this.announced.add(key);
      void vscode.window
        .showWarningMessage(`${name} has ${errors} problem${errors === 1 ? '' : 's'}; its other ${entries.length} entr${entries.length === 1 ? 'y applies' : 'ies apply'}.`, 'Show Problems')
        .then((choice) => choice && vscode.commands.executeCommand('workbench.actions.view.problems'));
    } else if (errors === 0) this.announced.delete(key);
    return entries;
  }

  private watch(): void {
    vscode.Disposable.from(...this.watchers).dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const path of this.config.glossaryFiles) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, path));
        watcher.onDidCreate(() => this.reload(), undefined, this.watchers);
        watcher.onDidChange(() => this.reload(), undefined, this.watchers);
        watcher.onDidDelete(() => this.reload(), undefined, this.watchers);
        this.watchers.push(watcher);
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    vscode.Disposable.from(this.diagnostics, this.changed, ...this.watchers, ...this.disposables).dispose();
  }
}
