import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID } from '../../src/extension/ids';

const SEED = '2025-07-11-lavrov-kuala-lumpur.txt';

describe('bundled corpus', () => {
  let transcripts: vscode.Uri;

  before(() => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    transcripts = vscode.Uri.joinPath(extension.extensionUri, 'corpus', 'transcripts');
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it(`ships the seed transcript ${SEED}`, async () => {
    const names = (await vscode.workspace.fs.readDirectory(transcripts)).map(([name]) => name);
    assert.ok(names.includes(SEED), `corpus/transcripts has ${names.join(', ') || 'nothing'}`);
  });

  it('the seed transcript opens as a text document', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(transcripts, SEED));
    assert.equal(document.lineAt(0).text, 'Photo: MFA');
    assert.equal(document.lineCount, 58);
  });

  it(`${Commands.openBundledTranscript} shows a bundled transcript in an editor`, async () => {
    await vscode.commands.executeCommand(Commands.openBundledTranscript);
    const shown = vscode.window.activeTextEditor?.document.uri;
    assert.ok(shown, 'no editor is active after the command');
    assert.equal(shown.toString(), vscode.Uri.joinPath(transcripts, SEED).toString());
  });
});
