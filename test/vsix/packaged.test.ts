import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DiplomaticStudyApi } from '../../src/extension';
import { EXTENSION_ID } from '../../src/extension/ids';

/** Every file under a folder, relative to it. */
async function files(root: vscode.Uri, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(root)) {
    if (type === vscode.FileType.Directory) out.push(...(await files(vscode.Uri.joinPath(root, name), `${prefix}${name}/`)));
    else out.push(`${prefix}${name}`);
  }
  return out;
}

describe('the packaged extension (.vsix)', () => {
  let extension: vscode.Extension<DiplomaticStudyApi>;

  before(() => {
    const found = vscode.extensions.getExtension<DiplomaticStudyApi>(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is not installed`);
    extension = found;
  });

  it('is installed from the .vsix, not loaded from the checkout', () => {
    assert.match(extension.extensionUri.path, /\/extensions\/diplomatic-study\.diplomatic-study-/);
  });

  it('ships only what runs: both builds, study page, corpus, media, manifest, README, CHANGELOG, LICENSE', async () => {
    const list = await files(extension.extensionUri);
    const unexpected = list.filter((f) => !/^(dist\/(web\/)?(extension|indexWorker)\.js|dist\/webview\/(study|reader)\.(js|css)|corpus\/.+|media\/.+|package\.json|README\.md|CHANGELOG\.md|LICENSE(\.txt)?|\.vsixmanifest)$/i.test(f));
    assert.deepEqual(unexpected, []);
    // The study panels' page, and never the sample corpus (it lives in the repository only).
    assert.ok(list.includes('dist/webview/study.js') && list.includes('dist/webview/study.css'), 'the study panels\' page is missing');
    for (const entry of ['dist/extension.js', 'dist/indexWorker.js', 'dist/web/extension.js', 'dist/web/indexWorker.js']) assert.ok(list.includes(entry), `${entry} is missing`);
    const manifest = extension.packageJSON as { main?: string; browser?: string };
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.ok(!list.some((f) => f.startsWith('samples/')));
    assert.ok(!list.some((f) => /\.(ts|map)$/.test(f) || f.startsWith('node_modules/') || f.startsWith('src/') || f.startsWith('test/')));
  });

  it('activates and serves the tree, search and a hover from the packaged files alone', async () => {
    const api = await extension.activate();
    const seed = vscode.Uri.joinPath(extension.extensionUri, 'corpus', 'transcripts', '2025-07-11-lavrov-kuala-lumpur.txt');
    const root = (await api.transcripts.getChildren()).find((n) => n.doc.uri.toString() === seed.toString());
    assert.ok(root, 'the seed is not in the tree');
    assert.equal((await api.transcripts.getChildren(root)).length, 7);
    assert.equal((await api.services.search.search('Myanmr', { limit: 1 })).results[0]?.line, 21);
    assert.equal(api.services.search.mode, 'worker');
    // In the web worker host (scripts/run-web.mjs) the browser build runs: no process, files as bytes.
    const inBrowser = typeof (globalThis as { process?: unknown }).process === 'undefined';
    assert.equal(api.services.browser, inBrowser);
    const draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The minister spoke at the ASEAN Regional Forum.' });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft.uri, new vscode.Position(0, 30));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*ASEAN Regional Forum\*\* \(ARF\)/);
    assert.match(text, /Forum · 1994/);
  });
});
