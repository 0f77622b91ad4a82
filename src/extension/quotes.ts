import * as vscode from 'vscode';
import { quoteMarkdown, type QuoteSource } from '../core/drafting';
import type { Paragraph, Transcript, Turn } from '../core/model';
import { readSpeakerLabel } from '../core/parser/labels';
import type { SearchHit } from '../core/search/searchIndex';
import { Commands } from './ids';
import { searchTranscripts } from './search';
import type { Services } from './services';
import type { TranscriptNode } from './tree';

/** The transcript as it stands in the editor (or on disk), with every paragraph whole. */
async function parsed(services: Services, uri: vscode.Uri): Promise<Transcript> {
  return services.parsed.get(await vscode.workspace.openTextDocument(uri));
}

function turnsOf(transcript: Transcript): { turn: Turn; answerer: string | null }[] {
  return transcript.sections.flatMap((s) => s.turns.map((turn) => ({ turn, answerer: s.speaker })));
}

function sourceOf(transcript: Transcript, turn: { turn: Turn; answerer: string | null } | undefined): QuoteSource {
  const speaker = turn?.turn.speaker ?? (turn?.turn.role === 'question' ? `Question to ${turn.answerer ?? 'the speaker'}` : null);
  return { speaker, place: transcript.place, date: transcript.date, title: transcript.title, sourceUrl: transcript.sourceUrl };
}

/** Paragraphs of the transcript whose first line lies in [start, end]. */
function paragraphsIn(transcript: Transcript, start: number, end: number): { paragraph: Paragraph; turn: { turn: Turn; answerer: string | null } }[] {
  return turnsOf(transcript).flatMap((t) => t.turn.paragraphs.filter((p) => p.range.start >= start && p.range.start <= end).map((paragraph) => ({ paragraph, turn: t })));
}

/** The quote for a tree item: a paragraph, a turn, opening remarks, or an exchange's answer. */
async function quoteForNode(services: Services, node: TranscriptNode): Promise<string | undefined> {
  const transcript = await parsed(services, node.doc.uri);
  let range: { start: number; end: number };
  if (node.type === 'paragraph') range = node.paragraph.range;
  else if (node.type === 'turn') range = node.turn.range;
  else if (node.type === 'section') {
    const answers = node.section.turns.filter((t) => t.role === 'answer');
    range = node.section.kind === 'exchange' && answers.length ? { start: answers[0].range.start, end: answers[answers.length - 1].range.end } : node.section.range;
  } else return undefined;
  const found = paragraphsIn(transcript, range.start, range.end);
  if (found.length === 0) return undefined;
  return quoteMarkdown(found.map((f) => f.paragraph.text), sourceOf(transcript, found[0].turn));
}

/** The quote for the selection in a transcript editor, or for the paragraph under the cursor. */
async function quoteForSelection(services: Services, editor: vscode.TextEditor): Promise<string | undefined> {
  const transcript = await services.parsed.get(editor.document);
  const line = editor.selection.start.line;
  const turn = turnsOf(transcript).find((t) => t.turn.range.start <= line && line <= t.turn.range.end);
  if (editor.selection.isEmpty) {
    const found = paragraphsIn(transcript, 0, Number.MAX_SAFE_INTEGER).find((f) => f.paragraph.range.start <= line && line <= f.paragraph.range.end);
    return found ? quoteMarkdown([found.paragraph.text], sourceOf(transcript, found.turn)) : undefined;
  }
  // Speaker labels are not part of what was said.
  const paragraphs = editor.document
    .getText(editor.selection)
    .split(/\r?\n/)
    .map((l) => readSpeakerLabel(l.trim())?.rest ?? l);
  return quoteMarkdown(paragraphs, sourceOf(transcript, turn));
}

/** A quote of words copied from a rendering of the transcript (the Reader): attributed to the turn at `line`. */
export function quoteOfText(transcript: Transcript, line: number, text: string): string {
  const turn = turnsOf(transcript).find((t) => t.turn.range.start <= line && line <= t.turn.range.end);
  return quoteMarkdown(text.split(/\n+/), sourceOf(transcript, turn));
}

async function quoteForHit(services: Services, hit: SearchHit): Promise<string | undefined> {
  const transcript = await parsed(services, vscode.Uri.parse(hit.file));
  const found = paragraphsIn(transcript, hit.line, hit.line);
  return found.length ? quoteMarkdown([found[0].paragraph.text], sourceOf(transcript, found[0].turn)) : undefined;
}

async function copyQuote(services: Services, node?: TranscriptNode): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const quote = node && 'doc' in node ? await quoteForNode(services, node) : editor ? await quoteForSelection(services, editor) : undefined;
  if (!quote) {
    void vscode.window.showInformationMessage('Select a passage in a transcript, or a paragraph, turn or section in the Transcripts view, to copy it as a quote.');
    return undefined;
  }
  await vscode.env.clipboard.writeText(quote);
  services.log.info('copied a quote to the clipboard');
  return quote;
}

/** Searches as the search command does; the chosen passage goes into the draft at its cursor. */
function insertQuote(services: Services): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open the draft to insert a quote into, then run the command again.');
    return;
  }
  const target = { uri: editor.document.uri, position: editor.selection.active, viewColumn: editor.viewColumn };
  searchTranscripts(services, {
    title: 'Insert Quote',
    preview: false,
    onPick: async (hit) => {
      const quote = await quoteForHit(services, hit);
      if (!quote) return;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(target.uri, target.position, quote);
      await vscode.workspace.applyEdit(edit);
      await vscode.window.showTextDocument(target.uri, { viewColumn: target.viewColumn });
    },
  });
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.copyQuote, (node?: TranscriptNode) => copyQuote(services, node)),
    vscode.commands.registerCommand(Commands.insertQuote, () => insertQuote(services)),
  );
}
