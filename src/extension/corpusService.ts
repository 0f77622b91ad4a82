import * as vscode from 'vscode';
import type { Transcript } from '../core/model';
import { splitLines } from '../core/parser/lines';
import { TranscriptParser } from '../core/parser/transcriptParser';
import { decodeTranscript } from '../core/source';
import type { GlossaryService } from './glossaryService';

export interface CorpusDocument {
  uri: vscode.Uri;
  transcript: Transcript;
  lines: string[];
}

export interface CorpusMention {
  entryId: string;
  document: CorpusDocument;
  range: vscode.Range;
  text: string;
}

const TRANSCRIPT_FILE = /\.(?:txt|md|markdown)$/i;

/** The transcripts the extension knows, parsed once on first use, and the glossary mentions in them. */
export class CorpusService implements vscode.Disposable {
  private loading: Promise<CorpusDocument[]> | undefined;
  private mentionIndex: Promise<Map<string, CorpusMention[]>> | undefined;
  private readonly parser = new TranscriptParser();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the set of transcripts or their contents may have changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly glossary: GlossaryService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  documents(): Promise<CorpusDocument[]> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** Mentions by glossary id, in corpus order. */
  mentions(): Promise<Map<string, CorpusMention[]>> {
    this.mentionIndex ??= this.indexMentions();
    return this.mentionIndex;
  }

  async mentionsOf(entryId: string): Promise<CorpusMention[]> {
    return (await this.mentions()).get(entryId) ?? [];
  }

  /** The corpus document for a file, if the file is one. */
  async documentFor(uri: vscode.Uri): Promise<CorpusDocument | undefined> {
    const key = uri.toString();
    return (await this.documents()).find((d) => d.uri.toString() === key);
  }

  /** Forgets what was read; the next request reads the corpus again. */
  refresh(): void {
    this.loading = undefined;
    this.mentionIndex = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async load(): Promise<CorpusDocument[]> {
    const folder = vscode.Uri.joinPath(this.extensionUri, 'corpus', 'transcripts');
    let names: string[] = [];
    try {
      names = (await vscode.workspace.fs.readDirectory(folder))
        .filter(([name, type]) => type === vscode.FileType.File && TRANSCRIPT_FILE.test(name))
        .map(([name]) => name)
        .sort();
    } catch (error) {
      this.log.error(`cannot list the bundled corpus ${folder.toString()}: ${(error as Error).message}`);
    }
    const documents: CorpusDocument[] = [];
    for (const name of names) {
      const uri = vscode.Uri.joinPath(folder, name);
      try {
        const decoded = decodeTranscript(await vscode.workspace.fs.readFile(uri));
        if (!decoded.ok) {
          this.log.warn(`${uri.toString()} ${decoded.reason}; skipped`);
          continue;
        }
        documents.push({ uri, transcript: this.parser.parse(decoded.text, { fileName: name }), lines: splitLines(decoded.text) });
      } catch (error) {
        this.log.warn(`cannot read ${uri.toString()}: ${(error as Error).message}; skipped`);
      }
    }
    return documents;
  }

  private async indexMentions(): Promise<Map<string, CorpusMention[]>> {
    const [{ matcher }, documents] = await Promise.all([this.glossary.ready(), this.documents()]);
    const index = new Map<string, CorpusMention[]>();
    for (const document of documents) {
      document.lines.forEach((line, lineNumber) => {
        for (const m of matcher.matchLine(line)) {
          const list = index.get(m.entryId) ?? [];
          list.push({ entryId: m.entryId, document, range: new vscode.Range(lineNumber, m.start, lineNumber, m.end), text: m.text });
          index.set(m.entryId, list);
        }
      });
    }
    return index;
  }
}
