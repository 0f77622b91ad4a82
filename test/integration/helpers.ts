import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DiplomaticStudyApi } from '../../src/extension';
import { EXTENSION_ID } from '../../src/extension/ids';

export const SEED_NAME = '2025-07-11-lavrov-kuala-lumpur.txt';

export async function activateExtension(): Promise<{ api: DiplomaticStudyApi; extension: vscode.Extension<DiplomaticStudyApi> }> {
  const extension = vscode.extensions.getExtension<DiplomaticStudyApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  assert.ok(api, 'activate() returned no API: activation failed (see the Diplomatic Study log)');
  return { api, extension };
}

export function seedUri(extension: vscode.Extension<unknown>): vscode.Uri {
  return vscode.Uri.joinPath(extension.extensionUri, 'corpus', 'transcripts', SEED_NAME);
}

/** Polls until `check` returns a value other than undefined, or fails after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let draftsOpened = 0;

/**
 * An untitled draft holding `content`, with a name of its own. VS Code reuses the names "Untitled-N",
 * and an untitled document takes the backup kept under its name before the content it was opened
 * with (UntitledTextEditorModel.resolve): a draft opened with `openTextDocument({ content })` could
 * hold an earlier test's text while that draft's backup was not yet discarded.
 */
export async function openDraft(content: string, language: 'markdown' | 'plaintext'): Promise<vscode.TextDocument> {
  const extension = language === 'markdown' ? 'md' : 'txt';
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/diplomatic-study-draft-${Date.now()}-${++draftsOpened}.${extension}` });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== language) document = await vscode.languages.setTextDocumentLanguage(document, language);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit), `the draft ${uri.toString()} could not be written`);
  // A new document takes the platform's line ends (CRLF on Windows), and the edit's "\n" with them.
  assert.equal(document.getText().replace(/\r\n/g, '\n'), content, `the draft ${uri.toString()} does not hold what was written`);
  return document;
}

/** The text of every Markdown part of a list of hovers. */
export function hoverText(hovers: vscode.Hover[]): string[] {
  return hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n'));
}

/** Measures the extension host's longest main-thread pause (beyond a 20 ms tick) until `stop()`. */
export function pauseProbe(): { reset(): void; longest(): number; stop(): void; pauses: string[] } {
  let longest = 0;
  let last = performance.now();
  let origin = last;
  const pauses: string[] = [];
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last - 20 > 150) pauses.push(`${(last - origin).toFixed(0)}+${(now - last - 20).toFixed(0)}`);
    longest = Math.max(longest, now - last - 20);
    last = now;
  }, 20);
  return {
    pauses,
    reset: () => {
      longest = 0;
      last = performance.now();
      origin = last;
      pauses.length = 0;
    },
    longest: () => longest,
    stop: () => clearInterval(timer),
  };
}

/**
 * The heap the extension host holds, in MB, once garbage is collected: a full collection first
 * (V8's \`gc\`, exposed for it), so that what earlier tests (or this one) let go of is not counted.
 * Node extension host only.
 */
export async function heldHeapMb(): Promise<number> {
  await collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** A full garbage collection of the extension host's heap now (V8's `gc`, exposed for it). Node extension host only. */
export async function collectGarbage(): Promise<void> {
  const v8 = await import('node:v8');
  const vm = await import('node:vm');
  v8.setFlagsFromString('--expose_gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** Whether the tests run in the browser's web worker extension host (the `browser` build): there is no `process`. */
export const inWebWorkerHost = typeof (globalThis as { process?: unknown }).process === 'undefined';

/**
 * Skips a test in the web worker host when it needs the Node host (Node's `fs`, a local disk, the
 * cache file, `process.memoryUsage`); the title says why, so the report shows what was left out.
 */
export function nodeHostOnly(context: Mocha.Context, why: string): void {
  if (!inWebWorkerHost) return;
  context.test!.title += ` (Node host only: ${why})`;
  context.skip();
}

/** The activated extension's API and the bundled seed transcript's URI. */
export async function apiAndSeed(): Promise<{ api: DiplomaticStudyApi; seed: vscode.Uri }> {
  const { api, extension } = await activateExtension();
  return { api, seed: seedUri(extension) };
}

/**
 * Opens a transcript of the corpus and waits until it is in the transcript language: the extension
 * switches it, and VS Code then makes a new document of it, so an editor taken before would be stale.
 */
export async function showTranscript(uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.window.showTextDocument(uri);
  return waitFor(`${uri.path.split('/').pop()} as a transcript`, () => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.uri.toString() === uri.toString() && editor.document.languageId === 'transcript' ? editor : undefined;
  }, 10_000);
}
