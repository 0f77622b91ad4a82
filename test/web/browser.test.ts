// What only the browser build shows: where it runs, and the features whose code differs there
// (the index in a Web Worker; parsing, the Outline and importing through it).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { listExtensionFolder, readExtensionFile } from '../../src/extension/extensionFiles';
import { Commands } from '../../src/extension/ids';
import { activateExtension, inWebWorkerHost, seedUri, waitFor } from '../integration/helpers';

describe('the browser build', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs in the web worker extension host, with its index in a Web Worker', async () => {
    assert.ok(inWebWorkerHost, 'these tests must run in the web worker host (there is a `process` here)');
    const { api } = await activateExtension();
    await api.services.corpus.documents();
    assert.equal(api.services.browser, true);
    assert.equal(api.services.index.readsDisk, false);
    assert.equal(api.indexMode(), 'worker');
  });

  it('reads the bundled corpus from the extension’s own URI: the seed with its six exchanges', async function () {
    const { api, extension } = await activateExtension();
    // Read again from scratch, timed: the Web Worker starts and reads every transcript through vscode.workspace.fs.
    api.services.corpus.refresh();
    const started = performance.now();
    const documents = await api.services.corpus.documents();
    this.test!.title += ` (${documents.length} transcripts read and indexed in ${(performance.now() - started).toFixed(0)} ms)`;
    const doc = await api.services.corpus.documentFor(seedUri(extension));
    assert.ok(doc, 'the seed is not in the corpus');
    assert.equal(doc.transcript.sections.filter((s) => s.kind === 'exchange').length, 6);
  });

  it('reads the extension’s files where they are served over http, as vscode.dev serves them: by fetch, the corpus listed from the build', async () => {
    const { extension } = await activateExtension();
    // scripts/run-web.mjs serves the repository's corpus/ over http, with CORS, as a CDN would.
    const server = vscode.workspace.getConfiguration('diplomaticStudyTest').get<string>('extensionServer');
    assert.ok(server, 'the runner gave no http server of the extension’s files');
    const served = vscode.Uri.parse(`${server}/corpus`);
    const overHttp = await readExtensionFile(vscode.Uri.joinPath(served, 'glossary.json'));
    const fromHost = await readExtensionFile(vscode.Uri.joinPath(extension.extensionUri, 'corpus', 'glossary.json'));
    assert.equal(overHttp.byteLength, fromHost.byteLength);
    assert.ok(overHttp.byteLength > 10_000);
    const listed = await listExtensionFolder(vscode.Uri.joinPath(served, 'transcripts'), (name) => name.endsWith('.txt'));
    assert.ok(listed.some((uri) => uri.path.endsWith('/corpus/transcripts/2025-07-11-lavrov-kuala-lumpur.txt')), listed.map((u) => u.toString()).join(', '));
    const seed = new TextDecoder().decode(await readExtensionFile(listed.find((uri) => uri.path.endsWith('lavrov-kuala-lumpur.txt'))!));
    assert.match(seed, /Kuala Lumpur/);
    await assert.rejects(readExtensionFile(vscode.Uri.joinPath(served, 'missing.json')), /404/);
  });

  it('gives the seed an Outline (opening remarks and six exchanges) and folding ranges', async () => {
    const { extension } = await activateExtension();
    const uri = seedUri(extension);
    await vscode.window.showTextDocument(uri);
    const symbols = await waitFor('the Outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
      return found?.length ? found : undefined;
    }, 15_000);
    assert.equal(symbols.length, 7);
    assert.equal(symbols.filter((s) => s.kind === vscode.SymbolKind.Event).length, 6);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    assert.ok(folds && folds.length >= 7, `${folds?.length} folding ranges`);
  });

  it('imports a transcript from text into transcripts/, parsed in the Web Worker, and indexes it', async () => {
    const { api } = await activateExtension();
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(root);
    const folder = vscode.Uri.joinPath(root, 'transcripts', 'web-import');
    const text = [
      'Press briefing by the Foreign Ministry spokesperson, Beijing, 3 March 2025',
      'Reuters: Will the minister attend the ASEAN Regional Forum this year?',
      'Spokesperson: We will release information in due course.',
    ].join('\n');
    const written = (await vscode.commands.executeCommand(Commands.importTranscript, { text, folder: folder.toString() })) as vscode.Uri | undefined;
    try {
      assert.ok(written, 'nothing was written');
      const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(written));
      assert.match(markdown, /^---\n/);
      assert.match(markdown, /\*\*Question[^*]*:\*\* Will the minister attend the ASEAN Regional Forum this year\?/);
      const doc = await waitFor('the import indexed', () => api.services.corpus.documentFor(written), 10_000);
      assert.equal(doc.transcript.sections.filter((s) => s.kind === 'exchange').length, 1);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });
});
