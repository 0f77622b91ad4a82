import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/ids';
import type { ReaderPanel } from '../../src/extension/reader';
import { apiAndSeed, showTranscript, waitFor } from './helpers';

describe('the Reader', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens beside the transcript: title, opening remarks and six exchanges, with a strict CSP and nothing remote', async () => {
    const { seed } = await apiAndSeed();
    const editor = await showTranscript(seed);
    const reader = (await vscode.commands.executeCommand(Commands.openReader)) as ReaderPanel;
    assert.ok(reader, 'no Reader opened');
    const shown = await waitFor(`the Reader rendered (page ready: ${reader.pageReady}, problem: ${reader.problem})`, () => reader.lastRender, 15_000).catch((error: Error) => {
      throw new Error(`${error.message}; page ready: ${reader.pageReady}; problem: ${reader.problem ?? 'none'}`);
    });
    assert.equal(shown.sections, 7);
    assert.equal(shown.exchanges, 6);
    assert.match(shown.html, /<h1>Foreign Minister Sergey Lavrov’s remarks/);
    assert.notEqual(reader.panel.viewColumn, editor.viewColumn, 'the Reader is not beside the editor');
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('diplomaticStudy.reader'));
    assert.ok(tab, 'no Reader tab');
    const html = reader.panel.webview.html;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-[0-9a-f]+'/);
    // Only the extension's own files, served by the webview's own resource host.
    assert.ok(!/(src|href)="https?:\/\/(?![^"/]*\.vscode-resource\.vscode-cdn\.net\/)/.test(html), 'the page loads something remote');
    // The same Reader again, not a second one.
    assert.equal(await vscode.commands.executeCommand(Commands.openReader), reader);
  });

  it('follows edits live', async () => {
    const { seed } = await apiAndSeed();
    // The seed opens as a transcript (a new document for VS Code): edit that one.
    const editor = await showTranscript(seed);
    const reader = (await vscode.commands.executeCommand(Commands.openReader)) as ReaderPanel;
    await waitFor('the Reader rendered', () => reader.lastRender);
    await editor.edit((e) => e.insert(new vscode.Position(4, 0), 'A sentence typed just now, which the Reader shows at once.\n'));
    try {
      await waitFor('the new paragraph in the Reader', () => (reader.lastRender?.html.includes('A sentence typed just now, which the Reader shows at once.') ? true : undefined), 10_000);
    } finally {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(editor.document.isDirty, false);
  });

  it('exports the transcript as clean Markdown and as a standalone page', async () => {
    const { seed } = await apiAndSeed();
    const root = vscode.workspace.workspaceFolders![0].uri;
    const md = vscode.Uri.joinPath(root, 'seed.export.md');
    await vscode.commands.executeCommand(Commands.exportTranscript, { uri: seed.toString(), format: 'markdown', out: md.toString() });
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(md));
    assert.match(text, /^---\ntitle: /);
    assert.equal((text.match(/^## Q\d+: /gm) ?? []).length, 6);
    assert.match(text, /\*\*Sergey Lavrov:\*\* /);
    const html = vscode.Uri.joinPath(root, 'seed.export.html');
    await vscode.commands.executeCommand(Commands.exportTranscript, { uri: seed.toString(), format: 'html', out: html.toString() });
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(html));
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /class="mention"/);
    await vscode.workspace.fs.delete(md);
    await vscode.workspace.fs.delete(html);
  });
});
