import * as vscode from 'vscode';
import { TOKEN_TYPES } from '../core/tokenTypes';
import { Settings, TRANSCRIPT_LANGUAGE } from './ids';
import type { Services } from './services';

/** The languages a transcript may open in before it is given the transcript language (saved pages keep HTML). */
const PLAIN_LANGUAGES = new Set(['plaintext', 'markdown']);

export const TRANSCRIPT_LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], []);

/**
 * Highlighting from the parse: speaker labels (questions apart), the header, noise lines and
 * organisation mentions, worked out in the index worker for each version of the document.
 */
export class TranscriptTokensProvider implements vscode.DocumentSemanticTokensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;

  constructor(private readonly services: Services) {
    // New glossary entries change which mentions are marked.
    services.glossary.onDidChange(() => this.changed.fire());
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    const found = await this.services.index.tokens(document.getText(), document.fileName);
    if (token.isCancellationRequested) return undefined;
    const builder = new vscode.SemanticTokensBuilder(TRANSCRIPT_LEGEND);
    for (const t of found) builder.push(t.line, t.start, t.length, TOKEN_TYPES.indexOf(t.type), 0);
    return builder.build();
  }
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  const provider = new TranscriptTokensProvider(services);
  /** Every transcript of the corpus reads as a transcript, however it was opened; the setting opts out. */
  const adopt = (document: vscode.TextDocument) => {
    if (!vscode.workspace.getConfiguration().get<boolean>(Settings.transcriptLanguage, true)) return;
    if (!PLAIN_LANGUAGES.has(document.languageId) || document.isClosed) return;
    if (!services.corpus.isCorpusFile(document.uri)) return;
    void vscode.languages.setTextDocumentLanguage(document, TRANSCRIPT_LANGUAGE).then(undefined, (error: Error) => services.log.warn(`could not open ${document.uri.toString()} as a transcript: ${error.message}`));
  };
  context.subscriptions.push(
    vscode.languages.registerDocumentSemanticTokensProvider({ language: TRANSCRIPT_LANGUAGE }, provider, TRANSCRIPT_LEGEND),
    vscode.workspace.onDidOpenTextDocument(adopt),
  );
  for (const document of vscode.workspace.textDocuments) adopt(document);
}
