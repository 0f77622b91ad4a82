import * as vscode from 'vscode';
import type { StudyViews } from './ids';
import { pageShell, reusePanel } from './webviewPanels';

export type StudyKind = keyof typeof StudyViews;

/** What a panel's page sends: run a study, open a hit, export, or study a row further. */
export type FromPage =
  | { type: 'ready' }
  | { type: 'run'; params: Record<string, unknown> }
  | { type: 'open'; file: string; line: number; character: number; length: number }
  | { type: 'export'; format: 'csv' | 'png' | 'svg'; content: string }
  | { type: 'concordance'; query: string };

/** What the extension sends: parameters to show (and run), a result, or why there is none. */
export type ToPage = { type: 'result'; params: Record<string, unknown>; result: unknown } | { type: 'error'; message: string } | { type: 'busy' };

const TITLES: Record<StudyKind, string> = { concordance: 'Concordance', trends: 'Trends', collocates: 'Collocates', keywords: 'Keywords' };

/**
 * One webview panel per kind of study, reused: the page (dist/webview/study.js) draws the table
 * or chart; the numbers come from the index worker. The page loads nothing remote: its CSP allows
 * only its own script (by nonce), its own style sheet and images made from data.
 */
export class StudyPanel implements vscode.Disposable {
  private static readonly panels = new Map<StudyKind, StudyPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private pending: ToPage[] = [];

  static show(kind: StudyKind, extensionUri: vscode.Uri, handler: StudyHandler): StudyPanel {
    return reusePanel(StudyPanel.panels, kind, (panel) => panel.panel.reveal(undefined, false), () => new StudyPanel(kind, extensionUri, handler));
  }

  readonly panel: vscode.WebviewPanel;

  private constructor(
    readonly kind: StudyKind,
    extensionUri: vscode.Uri,
    private readonly handler: StudyHandler,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.panel = vscode.window.createWebviewPanel(`diplomaticStudy.${kind}`, TITLES[kind], { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, localResourceRoots: [media] });
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    this.panel.webview.html = this.html(media);
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    this.panel.webview.onDidReceiveMessage((message: FromPage) => void this.receive(message), undefined, this.disposables);
  }

  private html(media: vscode.Uri): string {
    return pageShell(this.panel.webview, media, 'study', { title: TITLES[this.kind], body: '<main id="app" aria-live="polite"></main>', bodyAttributes: `data-kind="${this.kind}"`, extraCsp: [`img-src ${this.panel.webview.cspSource} data:`] });
  }

  /** Shows parameters in the page and runs the study with them; resolves to its result. */
  run(params: Record<string, unknown>): Promise<unknown> {
    this.post({ type: 'busy' });
    return this.handler
      .run(this.kind, params)
      .then((result) => {
        this.post({ type: 'result', params, result });
        return result;
      })
      .catch((error: Error) => {
        this.post({ type: 'error', message: error.message });
        throw error;
      });
  }

  private post(message: ToPage): void {
    if (!this.ready) {
      // The page asks for what it missed once its script runs.
      this.pending = [...this.pending.filter((m) => m.type !== message.type || message.type === 'error'), message];
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  private async receive(message: FromPage): Promise<void> {
    try {
      switch (message.type) {
        case 'ready':
          this.ready = true;
          for (const m of this.pending) void this.panel.webview.postMessage(m);
          this.pending = [];
          return;
        case 'run':
          await this.run(message.params).catch(() => undefined);
          return;
        case 'open':
          await this.handler.open(message.file, message.line, message.character, message.length);
          return;
        case 'export':
          await this.handler.save(this.kind, message.format, message.content);
          return;
        case 'concordance':
          await vscode.commands.executeCommand('diplomaticStudy.concordance', { query: message.query });
          return;
      }
    } catch (error) {
      void vscode.window.showErrorMessage(`Diplomatic Study: ${(error as Error).message}`);
    }
  }

  dispose(): void {
    if (StudyPanel.panels.get(this.kind) === this) StudyPanel.panels.delete(this.kind);
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }
}

/** What the panels need from the extension: the studies, opening a hit, saving an export. */
export interface StudyHandler {
  run(kind: StudyKind, params: Record<string, unknown>): Promise<unknown>;
  open(file: string, line: number, character: number, length: number): Promise<void>;
  save(kind: StudyKind, format: 'csv' | 'png' | 'svg', content: string): Promise<void>;
}
