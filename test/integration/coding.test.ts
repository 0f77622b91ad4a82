import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codePath, parseCodingFile } from '../../src/core/coding/codingProject';
import { readQdpx } from '../../src/core/coding/qdpx';
import type { DiplomaticStudyApi } from '../../src/extension';
import { Commands } from '../../src/extension/ids';
import { strFromU8, unzipSync } from 'fflate';
import { apiAndSeed, inWebWorkerHost, showTranscript, waitFor } from './helpers';

const ARF = 'The third format is the ASEAN Regional Forum (ARF) on security';

function folder(): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(root, 'the tests need a workspace folder');
  return root;
}

const codingFile = () => vscode.Uri.joinPath(folder(), '.diplomatic-study', 'coding.json');

async function fileProject() {
  const read = parseCodingFile(new TextDecoder().decode(await vscode.workspace.fs.readFile(codingFile())));
  assert.deepEqual(read.problems, []);
  return read.project;
}

async function selectIn(uri: vscode.Uri, phrase: string): Promise<vscode.TextEditor> {
  const editor = await showTranscript(uri);
  const start = editor.document.getText().indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" is not in ${uri.toString()}`);
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + phrase.length));
  return editor;
}

describe('qualitative coding', () => {
  let api: DiplomaticStudyApi;
  let seed: vscode.Uri;

  before(async () => {
    ({ api, seed } = await apiAndSeed());
    await api.services.codings.ready();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('codes a passage of the seed; the Codes view counts it and coding.json holds it, with its text', async () => {
    await selectIn(seed, ARF);
    const codings = (await vscode.commands.executeCommand(Commands.codeSelection, { code: 'Security/Architecture', memo: 'The ARF as the security format' })) as { guid: string }[];
    assert.equal(codings.length, 1);
    await api.services.codings.flush();
    const project = await fileProject();
    const coding = project.codings.find((c) => c.guid === codings[0].guid);
    assert.ok(coding, 'the coding is not in coding.json');
    assert.equal(coding.text, ARF);
    assert.equal(coding.source, 'bundled:corpus/transcripts/2025-07-11-lavrov-kuala-lumpur.txt');
    assert.equal(coding.memo, 'The ARF as the security format');
    assert.equal(codePath(project.codes, coding.code), 'Security/Architecture');
    const roots = api.codes.getChildren();
    const security = roots.find((n) => n.type === 'code' && n.code.name === 'Security');
    assert.ok(security, `no Security code in the Codes view: ${JSON.stringify(roots.map((r) => api.codes.getTreeItem(r).label))}`);
    assert.equal(api.codes.getTreeItem(security).description, '1');
    const [architecture] = api.codes.getChildren(security);
    assert.equal(api.codes.getTreeItem(architecture).label, 'Architecture');
    const [segment] = api.codes.getChildren(architecture);
    assert.equal(api.codes.getTreeItem(segment).label, ARF);
  });

  it('keeps the coding on the same words when a paragraph is inserted above it, and shows the codes on hover', async () => {
    const editor = await showTranscript(seed);
    const found = api.services.codings.codingsOf(seed).find((c) => c.text === ARF);
    assert.ok(found, 'the first test coded the ARF sentence');
    // A copy: the store updates its codings in place.
    const before = { ...found };
    await editor.edit((e) => e.insert(new vscode.Position(4, 0), 'A paragraph inserted above, as a reader might add a note.\n'));
    const moved = await waitFor('the coding moved', () => {
      const c = api.services.codings.codingsOf(seed).find((x) => x.guid === before.guid);
      return c && c.start !== before.start ? c : undefined;
    });
    assert.equal(editor.document.getText().slice(moved.start, moved.end), ARF);
    assert.equal(moved.start, before.start + 'A paragraph inserted above, as a reader might add a note.\n'.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed, editor.document.positionAt(moved.start + 10));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Security\/Architecture/);
    assert.match(text, /The ARF as the security format/);
    // Undone here, with the seed the active editor: the bundled transcript is never saved by a test.
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(editor.document.isDirty, false);
    await waitFor('the coding back where it was', () => (api.services.codings.codingsOf(seed).find((x) => x.guid === before.guid)?.start === before.start ? true : undefined));
  });

  it('finds coded passages with #code: in search, alone or with words', async () => {
    const alone = await api.services.search.search('#code:Security', { limit: 10 });
    assert.ok(alone.results.some((h) => h.file === seed.toString() && h.snippet.startsWith('The third format')), JSON.stringify(alone.results.map((r) => r.snippet)));
    const withWords = await api.services.search.search('#code:security/architecture participants', { limit: 10 });
    assert.equal(withWords.results.length, 1);
    assert.equal(withWords.results[0].file, seed.toString());
    assert.equal((await api.services.search.search('#code:Security Myanmar', { limit: 10 })).results.length, 0);
  });

  it('reports a coding whose passage was deleted on disk in the Problems panel, and keeps it in coding.json', async () => {
    const file = vscode.Uri.joinPath(folder(), 'transcripts', 'coded.txt');
    const text = 'Remarks by the Minister, Geneva, 3 March 2025\nMinister: We proposed a ceasefire and an offer of mediation to both sides.\nQuestion: What next?\nMinister: We wait.\n';
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    try {
      await selectIn(file, 'an offer of mediation');
      const [coding] = (await vscode.commands.executeCommand(Commands.codeSelection, { code: 'Offer of mediation' })) as { guid: string }[];
      await api.services.codings.flush();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      // Changed outside the editor: the sentence is gone.
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text.replace('We proposed a ceasefire and an offer of mediation to both sides.', 'We said nothing of substance.')));
      await api.services.codings.checkAnchors();
      const diagnostics = await waitFor('the lost coding reported', () => {
        const all = vscode.languages.getDiagnostics().flatMap(([, list]) => list).filter((d) => d.code === 'coding-lost');
        return all.length ? all : undefined;
      });
      assert.match(diagnostics[0].message, /“Offer of mediation” is no longer in/);
      await api.services.codings.flush();
      assert.ok((await fileProject()).codings.some((c) => c.guid === coding.guid), 'the lost coding was dropped from coding.json');
    } finally {
      const project = await fileProject();
      const lost = project.codings.filter((c) => c.source === 'transcripts/coded.txt').map((c) => c.guid);
      for (const guid of lost) await vscode.commands.executeCommand(Commands.removeCoding, guid);
      await vscode.workspace.fs.delete(file);
      await api.services.codings.flush();
    }
  });

  it('reads coding.json again when it changes on disk (Git), and never loses a coding another window wrote', async () => {
    await api.services.codings.flush();
    const project = await fileProject();
    const other = { guid: '7d0f6c1e-2b3a-4c5d-9e8f-0a1b2c3d4e5f', name: 'Blame the West', color: '#bfef45' };
    const text = JSON.stringify({ ...project, codes: [...project.codes, other] }, null, 2);
    await vscode.workspace.fs.writeFile(codingFile(), new TextEncoder().encode(text));
    await waitFor('the new code read', () => (api.codes.getChildren().some((n) => n.type === 'code' && n.code.guid === other.guid) ? true : undefined), 5000);
    // A change here is written on top of what the other window wrote.
    await selectIn(seed, 'Eurasia is a vast continent');
    await vscode.commands.executeCommand(Commands.codeSelection, { code: 'Multipolarity' });
    await api.services.codings.flush();
    const after = await fileProject();
    assert.ok(after.codes.some((c) => c.guid === other.guid), 'the other window’s code was lost');
    assert.ok(after.codes.some((c) => c.name === 'Multipolarity'));
  });

  it('exports the codings as a REFI-QDA project with the coded text at its positions, and a codebook and CSV', async () => {
    const out = vscode.Uri.joinPath(folder(), 'export.qdpx');
    const written = (await vscode.commands.executeCommand(Commands.exportQdpx, { out: out.toString() })) as vscode.Uri;
    assert.equal(written.toString(), out.toString());
    const bytes = await vscode.workspace.fs.readFile(out);
    if (!inWebWorkerHost) {
      // Valid against the REFI-QDA schema, checked by xmllint (the Node host can run it; the unit tests check it everywhere).
      const { spawnSync } = await import('node:child_process');
      const qde = vscode.Uri.joinPath(folder(), 'export-project.qde');
      await vscode.workspace.fs.writeFile(qde, new TextEncoder().encode(strFromU8(unzipSync(bytes)['project.qde'])));
      const schema = ['/work/shared/refi-qda/Project.xsd', `${__dirname}/../../../../shared/refi-qda/Project.xsd`].find((p) => spawnSync('test', ['-f', p]).status === 0);
      if (schema) {
        const result = spawnSync('xmllint', ['--noout', '--schema', schema, qde.fsPath], { encoding: 'utf8' });
        assert.equal(result.status, 0, result.stderr);
      }
    }
    const imported = readQdpx(bytes);
    const selections = imported.sources.flatMap((s) => s.selections.map((sel) => `${codePath(imported.codes, sel.codes[0])}|${s.text.slice(sel.start, sel.end)}`));
    assert.ok(selections.includes(`Security/Architecture|${ARF}`), selections.join('\n'));
    const csvUri = vscode.Uri.joinPath(folder(), 'coded.csv');
    await vscode.commands.executeCommand(Commands.exportCodedSegments, { out: csvUri.toString() });
    // With its byte order mark, so that spreadsheet programs read it as UTF-8.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(csvUri));
    assert.match(csv, /^\uFEFFcode,file,speaker,date,text,memo\r\n/);
    assert.match(csv, /Security\/Architecture,bundled:corpus\/transcripts\/2025-07-11-lavrov-kuala-lumpur\.txt,Sergey Lavrov,2025-07-11,The third format/);
    const rows = (await vscode.commands.executeCommand(Commands.codeMatrix, { by: 'year' })) as { code: string; column: string }[];
    assert.ok(rows.some((r) => r.code === 'Security/Architecture' && r.column === '2025'));
  });
});
