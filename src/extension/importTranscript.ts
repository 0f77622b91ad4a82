import * as vscode from 'vscode';
import type { ImportedTranscript } from '../core/import/importTranscript';
import { fetchPage, freeName } from '../core/import/page';
import { decodeTranscript } from '../core/source';
import { Commands } from './ids';
import type { Services } from './services';

/** What the command takes from a keybinding, another extension or a test instead of asking. */
export interface ImportArgs {
  url?: string;
  /** A saved page: a path or a URI string. */
  file?: string;
  /** Text to import as it stands (the clipboard's, when `clipboard` is true). */
  text?: string;
  clipboard?: boolean;
  /** The folder to write into; the first workspace folder's `transcripts/` when absent. */
  folder?: string;
}

/** A URI string ("file:///…", "vscode-vfs://…") or a path ("/home/…", "C:\\…"). */
function toUri(pathOrUri: string): vscode.Uri {
  return /^[a-z][\w+.-]+:/i.test(pathOrUri) && !/^[a-z]:[\\/]/i.test(pathOrUri) ? vscode.Uri.parse(pathOrUri) : vscode.Uri.file(pathOrUri);
}

type Source = { text: string; sourceUrl: string | null; name?: string } | { error: string } | undefined;

async function askSource(): Promise<ImportArgs | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: '$(globe) From a web address…', detail: 'Fetches the page once, on this request.', id: 'url' as const },
      { label: '$(file-code) From a saved page…', detail: 'An .html or .htm file saved from a browser.', id: 'file' as const },
      { label: '$(clippy) From the clipboard', detail: 'Text copied from a page or a document.', id: 'clipboard' as const },
    ],
    { title: 'Import Transcript', placeHolder: 'Where is the transcript?' },
  );
  if (!choice) return undefined;
  if (choice.id === 'url') {
    const url = await vscode.window.showInputBox({
      title: 'Import Transcript from a web address',
      placeHolder: 'https://www.mid.ru/en/foreign_policy/news/…',
      validateInput: (v) => (/^https?:\/\/\S+$/i.test(v.trim()) ? undefined : 'A web address starting with http:// or https://'),
    });
    return url ? { url: url.trim() } : undefined;
  }
  if (choice.id === 'file') {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Web pages': ['html', 'htm'], 'Text': ['txt', 'md'] }, title: 'Import Transcript' });
    return picked?.[0] ? { file: picked[0].toString() } : undefined;
  }
  return { clipboard: true };
}

async function readSource(args: ImportArgs, browser: boolean): Promise<Source> {
  if (args.url) {
    const page = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Fetching ${args.url}…`, cancellable: false }, () => fetchPage(args.url!));
    if (page.ok) return { text: page.text, sourceUrl: page.url };
    // In a browser a page of another site is fetched only if that site allows it (CORS); most do not.
    const web = browser && page.reason.startsWith('cannot fetch');
    return { error: web ? `${page.reason}. In the browser most sites refuse to be fetched from another site; save the page and import the file, or copy its text and import from the clipboard` : page.reason };
  }
  if (args.file) {
    const uri = toUri(args.file);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      return { error: `cannot read ${uri.fsPath || uri.toString()}: ${(error as Error).message}` };
    }
    const decoded = decodeTranscript(bytes);
    return decoded.ok ? { text: decoded.text, sourceUrl: null, name: uri.path } : { error: `${uri.path} ${decoded.reason}` };
  }
  const text = args.text ?? (args.clipboard ? await vscode.env.clipboard.readText() : undefined);
  if (text === undefined) return undefined;
  return text.trim() ? { text, sourceUrl: null } : { error: 'the clipboard holds no text; copy the transcript first' };
}

function targetFolder(args: ImportArgs): vscode.Uri | undefined {
  if (args.folder) return toUri(args.folder);
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  return root ? vscode.Uri.joinPath(root, 'transcripts') : undefined;
}

/** Writes the imported transcript beside the others under a free name: never over an existing file. */
async function write(folder: vscode.Uri, imported: ImportedTranscript): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(folder);
  const existing = new Set((await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name.toLowerCase()));
  const name = freeName(imported.fileName, (n) => existing.has(n.toLowerCase()));
  const uri = vscode.Uri.joinPath(folder, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(imported.markdown));
  return uri;
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.importTranscript, async (given?: ImportArgs): Promise<vscode.Uri | undefined> => {
      const args = given && (given.url || given.file || given.text !== undefined || given.clipboard) ? given : { ...(await askSource()), folder: given?.folder };
      if (!args || !(args.url || args.file || args.text !== undefined || args.clipboard)) return undefined;
      const folder = targetFolder(args);
      if (!folder) {
        void vscode.window.showErrorMessage('Import Transcript writes into a transcripts/ folder of the workspace: open a folder first.');
        return undefined;
      }
      const started = performance.now();
      const source = await readSource(args, services.browser);
      if (!source) return undefined;
      if ('error' in source) {
        services.log.warn(`import: ${source.error}`);
        void vscode.window.showErrorMessage(`Import Transcript: ${source.error}.`, 'Show Log').then((c) => c && services.log.show());
        return undefined;
      }
      const imported = await services.index.importText(source.text, { sourceUrl: source.sourceUrl, retrieved: new Date().toISOString().slice(0, 10), fileName: source.name });
      if (imported.transcript.sections.length === 0) {
        void vscode.window.showErrorMessage('Import Transcript: no transcript text could be read there; nothing was written.');
        return undefined;
      }
      try {
        const uri = await write(folder, imported);
        // The tree, search and mention counts take it up now, not when the watcher gets round to it.
        await services.corpus.reread(uri);
        const t = imported.transcript;
        services.log.info(
          `import: wrote and indexed ${uri.toString()} in ${(performance.now() - started).toFixed(0)} ms (${t.date ?? 'undated'}, ${t.sections.filter((s) => s.kind === 'exchange').length} questions, ${t.speakers.join(', ') || 'no speakers named'})`,
        );
        await vscode.window.showTextDocument(uri, { preview: false });
        return uri;
      } catch (error) {
        services.log.error(`import: ${(error as Error).message}`);
        void vscode.window.showErrorMessage(`Import Transcript could not write into ${folder.fsPath || folder.toString()}: ${(error as Error).message}`, 'Show Log').then((c) => c && services.log.show());
        return undefined;
      }
    }),
  );
}
