import * as vscode from 'vscode';
import { acronymOf, yearOf, type GlossaryEntry } from '../core/glossary';
import { standaloneHtml, transcriptHtml, transcriptMarkdown, type RenderOptions } from '../core/render/transcriptDocument';
import { ReaderCommands } from './ids';
import { quoteOfText } from './quotes';
import type { Services } from './services';
import { pageShell, reusePanel } from './webviewPanels';

/** The Reader's webview view type. */
export const READER_VIEW = 'diplomaticStudy.reader';

type FromPage = { type: 'ready' } | { type: 'revealLine'; line: number } | { type: 'reveal'; line: number } | { type: 'copy'; text: string; line: number };

/** An organisation's card in one line, for the Reader's hover and focus. */
function cardLine(entry: GlossaryEntry): string {
  const acronym = acronymOf(entry);
  const year = yearOf(entry);
  return `${entry.name}${acronym ? ` (${acronym})` : ''} — ${entry.kind}${year ? `, ${year}` : ''}. ${entry.summary}`;
}

/** Marks the glossary's names in a rendered paragraph, with their cards. */
async function renderOptions(services: Services): Promise<RenderOptions> {
  const { glossary, matcher } = await services.glossary.ready();
  return {
    mentionsIn: (text) =>
      matcher.matchLine(text).flatMap((m) => {
        const entry = glossary.get(m.entryId);
        return entry ? [{ start: m.start, end: m.end, entryId: m.entryId, card: cardLine(entry) }] : [];
      }),
  };
}

/**
 * The Reader beside a transcript, as Markdown has its preview: the transcript rendered as a
 * document, following edits live and scrolling in step with the editor both ways. One per transcript.
 */
export class ReaderPanel implements vscode.Disposable {
  private static readonly panels = new Map<string, ReaderPanel>();
  readonly panel: vscode.WebviewPanel;
  private readonly key: string;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Where the Reader last sent the editor, and until when a move there is taken for that echo. */
  private echo: { line: number; until: number } | undefined;
  /** What was last shown, for tests: the number of sections and exchanges. */
  lastRender: { sections: number; exchanges: number; html: string } | undefined;
  /** What went wrong last, if anything (the log has it too). */
  problem: string | undefined;
  /** Whether the page has said it is ready. */
  get pageReady(): boolean {
    return this.ready;
  }

  static show(services: Services, extensionUri: vscode.Uri, document: vscode.TextDocument): ReaderPanel {
    return reusePanel(ReaderPanel.panels, document.uri.toString(), (reader) => reader.panel.reveal(undefined, true), () => new ReaderPanel(services, extensionUri, document));
  }

  static of(uri: vscode.Uri): ReaderPanel | undefined {
    return ReaderPanel.panels.get(uri.toString());
  }

  private constructor(
    private readonly services: Services,
    extensionUri: vscode.Uri,
    private readonly opened: vscode.TextDocument,
  ) {
    this.key = opened.uri.toString();
    const media = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    const name = opened.uri.path.split('/').pop() ?? 'transcript';
    this.panel = vscode.window.createWebviewPanel(READER_VIEW, `Reader: ${name}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [media], enableFindWidget: true });
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    this.panel.webview.html = this.shell(media);
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    this.panel.webview.onDidReceiveMessage(
      (message: FromPage) =>
        void this.receive(message).catch((error: Error) => {
          this.problem = error.message;
          services.log.error(`reader: ${error.message}`);
        }),
      undefined,
      this.disposables,
    );
    vscode.workspace.onDidChangeTextDocument(
      (e) => {
        if (e.document.uri.toString() !== this.key) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), 250);
      },
      undefined,
      this.disposables,
    );
    vscode.window.onDidChangeTextEditorVisibleRanges(
      (e) => {
        if (e.textEditor.document.uri.toString() !== this.key || !this.ready) return;
        const line = e.visibleRanges[0]?.start.line ?? 0;
        // The editor moving where the Reader just sent it is not news for the Reader; any other move is.
        if (this.echo && Date.now() < this.echo.until && Math.abs(line - this.echo.line) <= 1) return;
        void this.panel.webview.postMessage({ type: 'scrollToLine', line });
      },
      undefined,
      this.disposables,
    );
  }

  private shell(media: vscode.Uri): string {
    return pageShell(this.panel.webview, media, 'reader', { title: 'Reader', body: '<div id="doc" aria-live="off"><p>Reading the transcript…</p></div>' });
  }

  /**
   * The transcript as it is open now: VS Code makes a new document of it when its language changes
   * (the extension gives the corpus's files the transcript language), so it is looked up by URI.
   */
  get document(): vscode.TextDocument {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.key) ?? this.opened;
  }

  /** The editor showing this transcript, if one is visible. */
  private editor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.key);
  }

  async render(): Promise<void> {
    if (this.document.isClosed) return;
    const transcript = await this.services.parsed.get(this.document);
    const html = transcriptHtml(transcript, await renderOptions(this.services));
    this.lastRender = { sections: transcript.sections.length, exchanges: transcript.sections.filter((s) => s.kind === 'exchange').length, html };
    const line = this.editor()?.visibleRanges[0]?.start.line;
    await this.panel.webview.postMessage({ type: 'render', html, line });
  }

  private async receive(message: FromPage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.render();
        return;
      case 'revealLine': {
        const editor = this.editor();
        if (!editor) return;
        this.echo = { line: message.line, until: Date.now() + 500 };
        editor.revealRange(new vscode.Range(message.line, 0, message.line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'reveal': {
        const editor = await vscode.window.showTextDocument(this.document, { viewColumn: this.editor()?.viewColumn, preserveFocus: false });
        editor.selection = new vscode.Selection(message.line, 0, message.line, 0);
        editor.revealRange(new vscode.Range(message.line, 0, message.line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'copy': {
        const transcript = await this.services.parsed.get(this.document);
        await vscode.env.clipboard.writeText(quoteOfText(transcript, message.line, message.text));
        this.services.log.info('reader: copied a quote with its attribution');
        return;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    ReaderPanel.panels.delete(this.key);
    for (const d of this.disposables) d.dispose();
  }
}

/** Which transcript a command acts on: the one given, else the active editor's. */
async function targetDocument(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document;
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(ReaderCommands.openReader, async (uri?: vscode.Uri) => {
      const document = await targetDocument(uri);
      if (!document) return void vscode.window.showInformationMessage('Open a transcript, then open the Reader beside it.');
      const reader = ReaderPanel.show(services, context.extensionUri, document);
      return reader;
    }),
    vscode.commands.registerCommand(ReaderCommands.exportTranscript, async (args?: { uri?: string; format?: 'markdown' | 'html'; out?: string }) => {
      const document = await targetDocument(args?.uri ? vscode.Uri.parse(args.uri) : undefined);
      if (!document) return void vscode.window.showInformationMessage('Open a transcript to export it.');
      const format = args?.format ?? (await vscode.window.showQuickPick([{ label: 'Markdown', description: 'front matter, ## Q4 headings, **Speaker:** labels', id: 'markdown' as const }, { label: 'HTML', description: 'a standalone page, to print or share', id: 'html' as const }], { title: 'Export Transcript' }))?.id;
      if (!format) return undefined;
      const transcript = await services.parsed.get(document);
      const content = format === 'markdown' ? transcriptMarkdown(transcript) : standaloneHtml(transcript, await renderOptions(services));
      const base = (document.uri.path.split('/').pop() ?? 'transcript').replace(/\.[^.]+$/, '');
      const extension = format === 'markdown' ? 'md' : 'html';
      const target = args?.out ? vscode.Uri.parse(args.out) : await vscode.window.showSaveDialog({ title: 'Export Transcript', defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? document.uri, `${base}.export.${extension}`), filters: format === 'markdown' ? { Markdown: ['md'] } : { HTML: ['html'] } });
      if (!target) return undefined;
      if (target.toString() === document.uri.toString()) return void vscode.window.showErrorMessage('Export Transcript writes a new file, never over the transcript itself; choose another name.');
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      return target;
    }),
  );
}
