import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DiplomaticStudyApi } from '../../src/extension';
import { Commands, Settings } from '../../src/extension/ids';
import { activateExtension, collectGarbage, heldHeapMb, hoverText, nodeHostOnly, openDraft, pauseProbe, showTranscript, waitFor } from './helpers';

const MFA = [
  "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on May 13, 2024",
  '2024-05-13 15:30',
  'Mao Ning: President Vladimir Putin will pay a state visit to China.',
  'CCTV: Some say the G7 will discuss overcapacity. What is your comment?',
  'Mao Ning: The so-called overcapacity narrative is not in line with facts.',
].join('\n');

function folder(): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'the tests need a workspace folder');
  return root;
}

async function write(uri: vscode.Uri, text: string | Uint8Array): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, typeof text === 'string' ? new TextEncoder().encode(text) : text);
}

async function rootTitles(api: DiplomaticStudyApi): Promise<string[]> {
  return (await api.transcripts.getChildren()).map((n) => n.doc.transcript.title);
}

describe('workspace transcripts', () => {
  let api: DiplomaticStudyApi;
  let file: vscode.Uri;

  before(async () => {
    api = (await activateExtension()).api;
    file = vscode.Uri.joinPath(folder(), 'transcripts', '2024-05-13-mfa.txt');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of ['2024-05-13-mfa.txt', 'photo.txt', 'empty.txt', 'latin1.txt']) {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'transcripts', name)).then(undefined, () => undefined);
    }
  });

  it('a transcript created in transcripts/ joins the tree, search and mention counts within a second or two', async function () {
    await api.services.corpus.documents();
    const g7Before = (await api.services.corpus.mentionsOf('g7')).length;
    const started = Date.now();
    await write(file, MFA);
    await waitFor('the new transcript in the tree', async () => ((await rootTitles(api)).some((t) => t.startsWith("Foreign Ministry Spokesperson Mao Ning's")) ? true : undefined), 5000);
    const ms = Date.now() - started;
    const hits = await api.services.search.search('overcapasity', { limit: 5 });
    assert.ok(hits.results.some((h) => h.file === file.toString()), 'search does not find the new transcript');
    assert.equal((await api.services.corpus.mentionsOf('g7')).length, g7Before + 1);
    this.test!.title += ` (${ms} ms from the write to the tree)`;
    assert.ok(ms < 3000, `took ${ms} ms`);
  });

  it('a changed transcript is read again, alone', async () => {
    await write(file, MFA + '\nAFP: What about the zeppelin?\nMao Ning: I have nothing to add.');
    await waitFor('the change in search', async () => ((await api.services.search.search('zeppelin', { limit: 5 })).total === 1 ? true : undefined), 5000);
    const doc = await api.services.corpus.documentFor(file);
    assert.equal(doc?.transcript.sections.filter((s) => s.kind === 'exchange').length, 2);
  });

  it('a change reaches the cache once the index is idle', async function () {
    nodeHostOnly(this, 'a browser keeps no corpus cache');
    this.timeout(30_000);
    const saves = api.services.corpus.cacheSaves;
    await write(file, MFA + '\nAFP: What about the airship?\nMao Ning: I have nothing to add.');
    await waitFor('the change in search', async () => ((await api.services.search.search('airship', { limit: 5 })).total === 1 ? true : undefined), 5000);
    // The write waits for a quiet spell (5 s) and for the index to have nothing to do; it must still come.
    await waitFor('the cache written', () => (api.services.corpus.cacheSaves > saves ? true : undefined), 20_000);
  });

  it('unsaved edits update the tree and the Outline as you type', async () => {
    const editor = await showTranscript(file);
    await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount, 0), '\nReuters: A third question about tariffs?\nMao Ning: No comment.'));
    assert.ok(editor.document.isDirty);
    await waitFor('three exchanges in the tree', async () => ((await api.services.corpus.documentFor(file))?.transcript.sections.filter((s) => s.kind === 'exchange').length === 3 ? true : undefined), 5000);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', file);
    assert.ok(symbols.some((s) => s.name.startsWith('Q3: A third question about tariffs?')), symbols.map((s) => s.name).join(' | '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the file on disk again', async () => ((await api.services.corpus.documentFor(file))?.transcript.sections.filter((s) => s.kind === 'exchange').length === 2 ? true : undefined), 5000);
  });

  it('a search right after typing, an undo, or closing without saving answers from the text the editor holds', async () => {
    const editor = await showTranscript(file);
    // No wait between the edit and the search: the index has not seen the edit yet when it is asked.
    await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount, 0), '\nAFP: And the quokka?\nMao Ning: I refer you to the competent authorities.'));
    const typed = await api.services.search.search('quokka', { limit: 5 });
    assert.equal(typed.total, 1, 'the word just typed is not found');
    assert.equal(typed.results[0].file, file.toString());
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText().includes('quokka'), false);
    assert.equal((await api.services.search.search('quokka', { limit: 5 })).total, 0, 'the word undone is still found');
    await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount, 0), '\nAFP: And the wombat?\nMao Ning: No comment.'));
    assert.equal((await api.services.search.search('wombat', { limit: 5 })).total, 1, 'the word typed again is not found');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.equal((await api.services.search.search('wombat', { limit: 5 })).total, 0, 'an edit closed without saving is still found');
  });

  it('binary, empty and invalid UTF-8 files are skipped or read with a warning, and the rest keeps working', async () => {
    const dir = vscode.Uri.joinPath(folder(), 'transcripts');
    await write(vscode.Uri.joinPath(dir, 'photo.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    await write(vscode.Uri.joinPath(dir, 'empty.txt'), '   \n');
    await write(vscode.Uri.joinPath(dir, 'latin1.txt'), new Uint8Array([...new TextEncoder().encode('Remarks by the Minister\nQuestion: Caf'), 0xe9, ...new TextEncoder().encode('?\nMinister: Oui.\n')]));
    const problems = api.services.corpus.problems;
    await waitFor('the binary and empty files reported', () => (problems.get(vscode.Uri.joinPath(dir, 'photo.txt').toString()) && problems.get(vscode.Uri.joinPath(dir, 'empty.txt').toString()) ? true : undefined), 5000);
    assert.match(problems.get(vscode.Uri.joinPath(dir, 'photo.txt').toString())!, /binary/);
    await waitFor('the invalid UTF-8 file read', async () => ((await api.services.corpus.documentFor(vscode.Uri.joinPath(dir, 'latin1.txt'))) ? true : undefined), 5000);
    assert.ok((await rootTitles(api)).length >= 3);
    assert.equal((await api.services.search.search('Myanmr', { limit: 1 })).results[0]?.line, 21);
  });

  it('a file deleted as soon as it appears is not left half-read in the corpus', async () => {
    const flash = vscode.Uri.joinPath(folder(), 'transcripts', 'flash.txt');
    await write(flash, MFA);
    await vscode.workspace.fs.delete(flash);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(await api.services.corpus.documentFor(flash), undefined);
    assert.equal((await api.services.search.search('Myanmr', { limit: 1 })).results[0]?.line, 21);
  });

  it('a deleted transcript leaves the tree, search and mention counts', async () => {
    const g7 = (await api.services.corpus.mentionsOf('g7')).length;
    await vscode.workspace.fs.delete(file);
    await waitFor('the transcript gone', async () => (!(await rootTitles(api)).some((t) => t.startsWith("Foreign Ministry Spokesperson Mao Ning's")) ? true : undefined), 5000);
    assert.equal((await api.services.search.search('zeppelin', { limit: 5 })).total, 0);
    assert.equal((await api.services.corpus.mentionsOf('g7')).length, g7 - 1);
  });
});

describe('the user’s glossary', () => {
  let glossaryFile: vscode.Uri;

  before(async () => {
    await activateExtension();
    glossaryFile = vscode.Uri.joinPath(folder(), '.vscode', 'diplomatic-glossary.json');
  });

  after(async () => {
    await vscode.workspace.fs.delete(glossaryFile).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function cardAt(text: string, word: string): Promise<string | undefined> {
    const doc = await openDraft(text, 'markdown');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(text.indexOf(word) + 1));
    return hoverText(hovers).find((t) => t.includes('facts as of'));
  }

  it('adds its valid entries, shows its problems in the Problems panel, and leaves the rest working', async () => {
    const data = {
      entries: [
        { id: 'zeppelin-club', name: 'Zeppelin Club', aliases: ['ZC'], kind: 'forum', summary: 'A test forum.', url: 'https://example.org', asOf: '2025-01-01' },
        { id: 'broken', name: 'Broken Entry', kind: 'forum' },
      ],
    };
    await write(glossaryFile, JSON.stringify(data, null, 2));
    const diagnostics = await waitFor('diagnostics on the glossary file', () => {
      const list = vscode.languages.getDiagnostics(glossaryFile);
      return list.length > 0 ? list : undefined;
      // A loaded machine delivers the file event late: the wait is generous, the assertion the same.
    }, 15_000);
    assert.ok(diagnostics.some((d) => /missing field "summary"/.test(d.message) && d.severity === vscode.DiagnosticSeverity.Error), diagnostics.map((d) => d.message).join('\n'));
    assert.ok(diagnostics.every((d) => d.range.start.line >= 1));
    const card = await waitFor('the new entry’s card', () => cardAt('We met the Zeppelin Club today.', 'Zeppelin Club'), 5000);
    assert.match(card, /^\*\*Zeppelin Club\*\* \(ZC\)/);
    assert.ok(await cardAt('The SCO met.', 'SCO'), 'a bundled entry stopped working');
  });

  it('reports a JSON syntax error with its place, and the bundled glossary keeps working', async () => {
    await write(glossaryFile, '{\n  "entries": [\n    { "id": "x", }\n  ]\n}\n');
    const diagnostics = await waitFor('a syntax error diagnostic', () => {
      const list = vscode.languages.getDiagnostics(glossaryFile).filter((d) => /JSON syntax error/.test(d.message));
      return list.length > 0 ? list : undefined;
    }, 15_000);
    assert.equal(diagnostics[0].range.start.line, 2);
    assert.match(diagnostics[0].message, /line 3, column 18/);
    assert.ok(await cardAt('The SCO met.', 'SCO'));
    await waitFor('the Zeppelin Club gone with the broken file', async () => ((await cardAt('We met the Zeppelin Club today.', 'Zeppelin Club')) ? undefined : true), 5000);
  });

  it('replaces a bundled entry that has the same id', async () => {
    const sco = { id: 'sco', name: 'Shanghai Cooperation Organisation', aliases: ['SCO'], kind: 'organisation', summary: 'My own summary of the SCO.', url: 'https://example.org/sco', asOf: '2026-01-01' };
    await write(glossaryFile, JSON.stringify({ entries: [sco] }));
    const card = await waitFor('my SCO card', async () => {
      const text = await cardAt('The SCO met.', 'SCO');
      return text?.includes('My own summary') ? text : undefined;
    }, 5000);
    assert.match(card, /facts as of 2026\\-01\\-01/);
  });

  it('never writes to the glossary file', async () => {
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(glossaryFile));
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(glossaryFile)), before);
  });
});

describe('corpus settings', () => {
  afterEach(async () => {
    for (const key of [Settings.corpusIncludeBundled, Settings.corpusExclude]) await vscode.workspace.getConfiguration().update(key, undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('leaves the bundled corpus out when diplomaticStudy.corpus.includeBundled is off', async () => {
    const { api } = await activateExtension();
    await vscode.workspace.getConfiguration().update(Settings.corpusIncludeBundled, false, vscode.ConfigurationTarget.Workspace);
    await waitFor('the bundled transcript gone', async () => ((await api.services.corpus.documents()).every((d) => !d.bundled) ? true : undefined), 5000);
    assert.ok((await api.services.corpus.documents()).length >= 1, 'the workspace transcript should stay');
    assert.equal((await api.services.search.search('Myanmr', { limit: 1 })).total, 0);
  });

  it("lists the workspace's transcripts as VS Code's own search lists them, files.exclude included", async function () {
    this.timeout(30_000);
    const { api } = await activateExtension();
    const base = vscode.Uri.joinPath(folder(), 'transcripts', 'listing');
    const names = ['a.txt', 'sub/b.md', 'hidden-by-setting/c.txt', 'd.bak.txt', 'node_modules/e.txt', 'page.html', 'notes.pdf'];
    for (const name of names) await write(vscode.Uri.joinPath(base, name), `${name}\nSpeaker: a paragraph of ${name}.`);
    // The watcher takes the new files in first; the listing after the refresh is what is compared.
    await waitFor('the watcher done', async () => ((await api.services.corpus.documents()).some((d) => d.uri.path.endsWith('/listing/page.html')) ? true : undefined), 10_000);
    const files = vscode.workspace.getConfiguration('files');
    const before = files.inspect('exclude')?.workspaceValue;
    try {
      await files.update('exclude', { '**/hidden-by-setting': true, '**/*.bak.txt': true }, vscode.ConfigurationTarget.Workspace);
      api.services.corpus.refresh();
      const under = (uris: readonly vscode.Uri[]) => uris.map((u) => u.toString()).filter((u) => u.startsWith(`${base.toString()}/`)).sort();
      const listed = under((await api.services.corpus.documents()).map((d) => d.uri));
      const include = vscode.workspace.getConfiguration().get<string[]>(Settings.corpusInclude) ?? [];
      const found = (await Promise.all(include.map((p) => vscode.workspace.findFiles(p)))).flat();
      const expected = [...new Set(under(found.filter((u) => api.services.corpus.isWorkspaceTranscript(u))))].sort();
      assert.deepEqual(listed, expected);
      assert.deepEqual(listed, ['a.txt', 'page.html', 'sub/b.md'].map((n) => vscode.Uri.joinPath(base, n).toString()));
      // The watcher hides what files.exclude hides too: a file made in the hidden folder stays out, one beside it comes in.
      await write(vscode.Uri.joinPath(base, 'hidden-by-setting', 'later.txt'), 'Later\nSpeaker: hidden.');
      await write(vscode.Uri.joinPath(base, 'later.txt'), 'Later\nSpeaker: shown.');
      await waitFor('the new visible file', async () => ((await api.services.corpus.documents()).some((d) => d.uri.path.endsWith('/listing/later.txt')) ? true : undefined), 10_000);
      assert.ok(!(await api.services.corpus.documents()).some((d) => d.uri.path.endsWith('/hidden-by-setting/later.txt')), 'a file files.exclude hides joined the corpus');
    } finally {
      await files.update('exclude', before, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(base, { recursive: true }).then(undefined, () => undefined);
      api.services.corpus.refresh();
      await api.services.corpus.documents();
    }
  });

  it('leaves out files that diplomaticStudy.corpus.exclude matches', async () => {
    const { api } = await activateExtension();
    await vscode.workspace.getConfiguration().update(Settings.corpusExclude, ['**/*white-house*'], vscode.ConfigurationTarget.Workspace);
    await waitFor('the White House briefing gone', async () => ((await api.services.corpus.documents()).some((d) => d.uri.path.includes('white-house')) ? undefined : true), 5000);
    assert.ok((await api.services.corpus.documents()).some((d) => d.bundled), 'the bundled corpus should stay');
  });
});

describe('a 50 MB transcript in the workspace', () => {
  it('loads without freezing the extension host', async function () {
    nodeHostOnly(this, 'it measures the Node heap');
    this.timeout(180_000);
    const { api } = await activateExtension();
    const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath((await activateExtension()).extension.extensionUri, 'corpus', 'transcripts', '2025-07-11-lavrov-kuala-lumpur.txt'))).split('\n');
    const exchanges = seed.slice(26, 57).join('\n');
    const copies = Math.ceil((50 * 1024 * 1024) / exchanges.length);
    let big = [seed.slice(0, 26).join('\n'), ...Array.from({ length: copies }, () => exchanges)].join('\n');
    const megabytes = big.length / 1024 / 1024;
    const file = vscode.Uri.joinPath(folder(), 'transcripts', 'big.txt');
    // The corpus is loaded first, whichever tests ran before: the file comes in as a user's would, by the file watcher.
    await api.services.corpus.documents();
    // The main thread's longest pause while the file is read and indexed.
    const probe = pauseProbe();
    // Written under a name no transcript has, then renamed: the file arrives whole, as a download or a
    // copy made under a temporary name does. (A file that grows as it is written is the worker's own case.)
    const partial = vscode.Uri.joinPath(folder(), 'transcripts', 'big.txt.partial');
    try {
      await write(partial, big);
      // The test's own text (100 MB as a string, and its bytes) is not the extension's to hold or to collect.
      big = '';
      await collectGarbage();
      // Measured from here: the write itself is the test's work, not the extension's.
      probe.reset();
      const started = performance.now();
      await vscode.workspace.fs.rename(partial, file);
      await waitFor('the big transcript indexed', async () => ((await api.services.corpus.documentFor(file)) ? true : undefined), 170_000);
      const indexedMs = performance.now() - started;
      const hits = await api.services.search.search('Aftonbladt', { limit: 3 });
      const searchMs = performance.now() - started - indexedMs;
      assert.ok(hits.total >= copies);
      const pause = probe.longest();
      this.test!.title += ` (${megabytes.toFixed(0)} MB: indexed in ${(indexedMs / 1000).toFixed(1)} s, first search ${(searchMs / 1000).toFixed(1)} s, longest main-thread pause ${pause.toFixed(0)} ms, extension host heap ${(await heldHeapMb()).toFixed(0)} MB)`;
      // A parse of the 50 MB file on this thread would pause it for 15 s. The target is 100 ms (measured:
      // 24–60 ms alone, up to 81 ms after the whole suite); the bound is wider because a collection of
      // what earlier tests left on the heap can land inside the window on a loaded machine.
      assert.ok(pause < 5000, `the extension host paused for ${pause.toFixed(0)} ms`);
    } finally {
      probe.stop();
      for (const leftover of [partial, file]) await vscode.workspace.fs.delete(leftover).then(undefined, () => undefined);
      await waitFor('the big transcript dropped', async () => ((await api.services.corpus.documentFor(file)) ? undefined : true), 10_000);
    }
  });
});

/** A folder of `count` copies of the MFA transcript under transcripts/, each with its own word (overcapacity<i>). */
async function manyTranscripts(name: string, count: number): Promise<vscode.Uri> {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const dir = vscode.Uri.joinPath(folder(), 'transcripts', name);
  mkdirSync(dir.fsPath, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(`${dir.fsPath}/t${String(i).padStart(5, '0')}.txt`, MFA.replace('overcapacity', `overcapacity${i}`));
  return dir;
}

describe('indexing progress', () => {
  it('counts the files read, and Stop Indexing keeps what was read and stops the rest', async function () {
    nodeHostOnly(this, 'it writes 3,000 files with Node\'s fs');
    this.timeout(120_000);
    const { api } = await activateExtension();
    const { rmSync } = await import('node:fs');
    const dir = await manyTranscripts('stoppable', 3000);
    try {
      api.services.corpus.refresh();
      const loaded = api.services.corpus.documents();
      await waitFor('some files read', () => (api.services.corpus.progress.read >= 50 ? true : undefined), 60_000);
      assert.ok(api.services.corpus.progress.total >= 3000, `total ${api.services.corpus.progress.total}`);
      await vscode.commands.executeCommand(Commands.stopIndexing);
      const documents = await loaded;
      const { read, total, stopped } = api.services.corpus.progress;
      assert.ok(stopped, 'the load did not say it stopped');
      assert.ok(read < total, `${read} of ${total}: nothing was left unread`);
      // What was read stays (the file watcher may add a few of the new files on its own).
      assert.ok(documents.length < total, `${documents.length} of ${total} transcripts loaded after the stop`);
      assert.ok(documents.some((d) => d.uri.path.includes('/stoppable/')), 'no file of the folder was kept');
    } finally {
      rmSync(dir.fsPath, { recursive: true, force: true });
      api.services.corpus.refresh();
      await api.services.corpus.documents();
    }
  });
});

describe('a folder of 10,000 transcripts', () => {
  it('loads without freezing the extension host', async function () {
    nodeHostOnly(this, 'it writes 10,000 files with Node\'s fs and reads the cache file');
    this.timeout(300_000);
    const { api } = await activateExtension();
    const { rmSync } = await import('node:fs');
    const dir = await manyTranscripts('many', 10_000);
    const probe = pauseProbe();
    const started = performance.now();
    try {
      api.services.corpus.refresh();
      const documents = await api.services.corpus.documents();
      const loadedMs = performance.now() - started;
      assert.ok(documents.length >= 10_000, `${documents.length} transcripts`);
      const hits = await api.services.search.search('overcapacity9999', { limit: 3 });
      assert.equal(hits.total, 1);
      const searchedMs = performance.now() - started;
      const coldPause = probe.longest();
      // Thousands of transcripts are listed closed: VS Code does not ask for every one's sections at once.
      const roots = await api.transcripts.getChildren();
      assert.ok(roots.length >= 10_000);
      assert.equal(api.transcripts.getTreeItem(roots[0]).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      this.test!.title += ` (cold: read and indexed in ${(loadedMs / 1000).toFixed(1)} s, first search after ${(searchedMs / 1000).toFixed(1)} s, longest main-thread pause ${coldPause.toFixed(0)} ms, extension host heap ${(await heldHeapMb()).toFixed(0)} MB)`;
      assert.ok(coldPause < 5000, `the extension host paused for ${coldPause.toFixed(0)} ms`);
      // Warm: the next load finds the cache the first one wrote.
      await api.services.corpus.saveCache();
      probe.reset();
      const warmStarted = performance.now();
      api.services.corpus.refresh();
      await api.services.corpus.documents();
      assert.equal((await api.services.search.search('overcapacity9999', { limit: 3 })).total, 1);
      const warmMs = performance.now() - warmStarted;
      assert.ok(api.services.corpus.fromCache >= 10_000, `${api.services.corpus.fromCache} transcripts from the cache`);
      const warmPause = probe.longest();
      this.test!.title += ` (warm: first search after ${(warmMs / 1000).toFixed(1)} s, longest main-thread pause ${warmPause.toFixed(0)} ms, extension host heap ${(await heldHeapMb()).toFixed(0)} MB)`;
      assert.ok(warmPause < 5000, `the extension host paused for ${warmPause.toFixed(0)} ms`);
    } finally {
      probe.stop();
      rmSync(dir.fsPath, { recursive: true, force: true });
      api.services.corpus.refresh();
    }
  });
});
