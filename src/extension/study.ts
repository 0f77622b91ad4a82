import * as vscode from 'vscode';
import type { ConcordanceResult, KeywordTarget } from '../core/study/corpusStudy';
import { publisherOf } from '../core/search/searchIndex';
import { CONCORDANCE_SORTS } from '../core/study/corpusStudy';
import { Commands } from './ids';
import type { Services } from './services';
import { StudyPanel, type StudyHandler, type StudyKind } from './studyPanel';
import type { TranscriptNode } from './tree';

/** More hits than this are counted but not listed: the page stays quick, the total stays true. */
const MAX_LINES = 200_000;

type Params = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined);

/** The study behind each panel, run in the index worker with the page's (or a command's) parameters. */
function handler(services: Services): StudyHandler {
  const corpus = services.corpus;
  return {
    async run(kind: StudyKind, p: Params) {
      const stem = p.stem === true;
      switch (kind) {
        case 'concordance': {
          const query = str(p.query);
          if (!query) throw new Error('Type a word, a "phrase" or an @entry to look for.');
          const sort = CONCORDANCE_SORTS.find((s) => s === p.sort) ?? 'corpus';
          return corpus.study({ type: 'concordance', query, options: { stem, sort, width: num(p.width) ?? 60, limit: MAX_LINES, from: str(p.from), to: str(p.to), publisher: str(p.publisher) } });
        }
        case 'trends': {
          const terms = (Array.isArray(p.terms) ? p.terms : typeof p.terms === 'string' ? p.terms.split(',') : []).map((t) => String(t).trim()).filter(Boolean);
          if (!terms.length) throw new Error('Type one or more terms, separated by commas.');
          const by = p.by === 'month' ? 'month' : 'year';
          const split = p.split === 'speaker' || p.split === 'publisher' ? p.split : undefined;
          return corpus.study({ type: 'trends', terms, options: { stem, by, split } });
        }
        case 'collocates': {
          const term = str(p.term);
          if (!term) throw new Error('Type a word or a "phrase" whose collocates to find.');
          return corpus.study({ type: 'collocates', term, options: { stem, window: num(p.window) ?? 5, min: num(p.min) ?? 3, limit: 500 } });
        }
        case 'keywords': {
          const by = (['speaker', 'period', 'folder', 'publisher'] as const).find((b) => b === p.by);
          const value = str(p.value);
          if (!by || !value) throw new Error('Choose the part of the corpus to compare with the rest.');
          const target: KeywordTarget = { by, value };
          return corpus.study({ type: 'keywords', target, options: { stem, min: num(p.min) ?? 3, limit: 500 } });
        }
      }
    },
    async open(file, line, character, length) {
      const uri = vscode.Uri.parse(file);
      const range = new vscode.Range(line, character, line, character + length);
      await vscode.window.showTextDocument(uri, { selection: range, viewColumn: vscode.ViewColumn.One, preview: true });
    },
    async save(kind, format, content) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const name = `${kind}.${format}`;
      const target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: { [format.toUpperCase()]: [format] }, saveLabel: 'Export' });
      if (!target) return;
      // PNG comes from the page as a data: URL; CSV and SVG as text.
      const bytes = format === 'png' ? Uint8Array.from(atob(content.replace(/^data:image\/png;base64,/, '')), (c) => c.charCodeAt(0)) : new TextEncoder().encode(content);
      await vscode.workspace.fs.writeFile(target, bytes);
      void vscode.window.showInformationMessage(`Diplomatic Study: exported ${vscode.workspace.asRelativePath(target)}.`);
    },
  };
}

/** The selection (or the word under the cursor) of the active editor: what a study starts from. */
function selectedText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const range = editor.selection.isEmpty ? editor.document.getWordRangeAtPosition(editor.selection.active) : editor.selection;
  const text = range ? editor.document.getText(range).replace(/\s+/g, ' ').trim() : '';
  return text || undefined;
}

/** A phrase of several words is looked for as a phrase. */
const asTerm = (text: string) => (/\s/.test(text) && !/^".*"$/.test(text) ? `"${text}"` : text);

export function register(context: vscode.ExtensionContext, services: Services): void {
  const studies = handler(services);
  const open = (kind: StudyKind, params: Params) => StudyPanel.show(kind, context.extensionUri, studies).run(params);
  // A command's result is the study's result: keybindings ignore it, tests read it.
  const guarded = (work: () => Promise<unknown>) => async () => {
    try {
      return await work();
    } catch (error) {
      void vscode.window.showErrorMessage(`Diplomatic Study: ${(error as Error).message}`);
      return undefined;
    }
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.concordance, (args?: Params) =>
      guarded(async () => {
        const query = str(args?.query) ?? (await vscode.window.showInputBox({ title: 'Concordance', prompt: 'A word, a "phrase", a | b, !exclude, @entry (speaker: and role: filter)', value: selectedText() ? asTerm(selectedText()!) : undefined }));
        if (!query) return undefined;
        return (await open('concordance', { ...args, query })) as ConcordanceResult;
      })(),
    ),
    vscode.commands.registerCommand(Commands.trends, (args?: Params) =>
      guarded(async () => {
        let terms = Array.isArray(args?.terms) ? (args.terms as unknown[]).map(String) : undefined;
        if (!terms?.length) {
          const typed = await vscode.window.showInputBox({ title: 'Trends', prompt: 'Terms separated by commas: words, "phrases" or @entries', value: selectedText() ? asTerm(selectedText()!) : undefined });
          terms = typed?.split(',').map((t) => t.trim()).filter(Boolean);
        }
        if (!terms?.length) return undefined;
        return open('trends', { ...args, terms });
      })(),
    ),
    vscode.commands.registerCommand(Commands.collocates, (args?: Params) =>
      guarded(async () => {
        const term = str(args?.term) ?? (await vscode.window.showInputBox({ title: 'Collocates', prompt: 'A word or a "phrase"', value: selectedText() ? asTerm(selectedText()!) : undefined }));
        if (!term) return undefined;
        return open('collocates', { ...args, term });
      })(),
    ),
    vscode.commands.registerCommand(Commands.keywords, (args?: Params) =>
      guarded(async () => {
        let params = args;
        if (!str(params?.by) || !str(params?.value)) {
          const by = await vscode.window.showQuickPick(
            [
              { label: 'A speaker', by: 'speaker' },
              { label: 'A year or month', by: 'period' },
              { label: 'A publisher', by: 'publisher' },
              { label: 'A folder', by: 'folder' },
            ],
            { title: 'Keywords of which part of the corpus, against the rest?' },
          );
          if (!by) return undefined;
          const value = await pickPart(services, by.by as KeywordTarget['by']);
          if (!value) return undefined;
          params = { ...args, by: by.by, value };
        }
        return open('keywords', params!);
      })(),
    ),
    vscode.commands.registerCommand(Commands.concordanceOfEntity, (node?: { entry?: { id: string } }) => (node?.entry ? vscode.commands.executeCommand(Commands.concordance, { query: `@${node.entry.id}` }) : undefined)),
    vscode.commands.registerCommand(Commands.trendsOfEntity, (node?: { entry?: { id: string } }) => (node?.entry ? vscode.commands.executeCommand(Commands.trends, { terms: [`@${node.entry.id}`] }) : undefined)),
    vscode.commands.registerCommand(Commands.concordanceOfSelection, () => {
      const text = selectedText();
      return text ? vscode.commands.executeCommand(Commands.concordance, { query: asTerm(text) }) : undefined;
    }),
    vscode.commands.registerCommand(Commands.trendsOfSelection, () => {
      const text = selectedText();
      return text ? vscode.commands.executeCommand(Commands.trends, { terms: [asTerm(text)] }) : undefined;
    }),
    vscode.commands.registerCommand(Commands.keywordsOfSpeaker, (node?: TranscriptNode) => {
      const speaker = node && 'turn' in node ? node.turn.speaker : node?.type === 'section' ? node.section.speaker : null;
      if (!speaker) return vscode.window.showInformationMessage('Diplomatic Study: this part has no named speaker.');
      return vscode.commands.executeCommand(Commands.keywords, { by: 'speaker', value: speaker });
    }),
  );
}

/** The speakers, periods, publishers or folders of the corpus, most words first, to choose from. */
async function pickPart(services: Services, by: KeywordTarget['by']): Promise<string | undefined> {
  const documents = await services.corpus.documents();
  const counts = new Map<string, number>();
  const add = (key: string | null | undefined) => key && counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const d of documents) {
    if (by === 'speaker') for (const s of d.transcript.speakers) add(s);
    else if (by === 'period') add(d.transcript.date?.slice(0, 4));
    else if (by === 'publisher') add(publisherOf(d.transcript.sourceUrl) ?? d.uri.path.split('/').slice(-2, -1)[0]);
    else add(vscode.Uri.joinPath(d.uri, '..').toString());
  }
  const items = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value, n]) => ({ label: by === 'folder' ? vscode.workspace.asRelativePath(vscode.Uri.parse(value)) : value, description: `${n} transcript${n === 1 ? '' : 's'}`, value }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Compare with the rest of the corpus', matchOnDescription: false });
  return picked?.value;
}

