import * as vscode from 'vscode';
import { sectionLabel, turnLabel, type Transcript } from '../core/model';
import { TRANSCRIPT_LANGUAGE } from './ids';
import type { IndexClient } from './indexClient';
import type { Services } from './services';

/**
 * Which documents are transcripts: the `transcript` language (`*.transcript.txt`, `*.transcript.md`),
 * files in a `transcripts/` folder of the workspace, and the bundled corpus.
 */
export function transcriptSelector(extensionUri: vscode.Uri): vscode.DocumentFilter[] {
  return [
    { language: TRANSCRIPT_LANGUAGE },
    { pattern: '**/transcripts/**/*.{txt,md,html,htm}' },
    { pattern: new vscode.RelativePattern(vscode.Uri.joinPath(extensionUri, 'corpus'), '**/*.{txt,md}') },
  ];
}

/**
 * One parse per document version, shared by the Outline, folding and quotes. The parse runs in the
 * index worker: a large transcript never holds up the editor, and the extension host's bundle
 * carries no parser (which keeps the browser build small).
 */
export class ParsedDocuments {
  private readonly cache = new Map<string, { version: number; transcript: Promise<Transcript> }>();

  constructor(private readonly index: IndexClient) {}

  get(document: vscode.TextDocument): Promise<Transcript> {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.transcript;
    const transcript = this.index.parse(document.getText(), document.fileName);
    // A failed parse is not kept: the next request tries again.
    transcript.catch(() => this.cache.get(key)?.transcript === transcript && this.cache.delete(key));
    this.cache.set(key, { version: document.version, transcript });
    return transcript;
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
  }
}

function lineRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  const last = Math.min(end, document.lineCount - 1);
  return new vscode.Range(start, 0, last, document.lineAt(last).text.length);
}

export class TranscriptSymbolProvider implements vscode.DocumentSymbolProvider, vscode.FoldingRangeProvider {
  constructor(private readonly parsed: ParsedDocuments) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    return (await this.parsed.get(document)).sections.map((section) => {
      const range = lineRange(document, section.range.start, section.range.end);
      const symbol = new vscode.DocumentSymbol(sectionLabel(section), section.speaker ?? '', section.kind === 'exchange' ? vscode.SymbolKind.Event : vscode.SymbolKind.Namespace, range, lineRange(document, section.range.start, section.range.start));
      symbol.children = section.turns.map((turn) => {
        return new vscode.DocumentSymbol(turnLabel(turn), turn.speaker ?? '', vscode.SymbolKind.String, lineRange(document, turn.range.start, turn.range.end), lineRange(document, turn.range.start, turn.range.start));
      });
      return symbol;
    });
  }

  async provideFoldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
    const ranges: vscode.FoldingRange[] = [];
    for (const section of (await this.parsed.get(document)).sections) {
      if (section.range.end > section.range.start) ranges.push(new vscode.FoldingRange(section.range.start, section.range.end, vscode.FoldingRangeKind.Region));
      for (const turn of section.turns) {
        if (turn.range.end > turn.range.start && (turn.range.start !== section.range.start || turn.range.end !== section.range.end)) {
          ranges.push(new vscode.FoldingRange(turn.range.start, turn.range.end));
        }
      }
    }
    return ranges;
  }
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  const provider = new TranscriptSymbolProvider(services.parsed);
  const selector = transcriptSelector(context.extensionUri);
  context.subscriptions.push(
    vscode.languages.registerDocumentSymbolProvider(selector, provider, { label: 'Transcript sections' }),
    vscode.languages.registerFoldingRangeProvider(selector, provider),
  );
  vscode.workspace.onDidCloseTextDocument((document) => services.parsed.forget(document), undefined, context.subscriptions);
}
