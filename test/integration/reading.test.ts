import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TRANSCRIPT_LANGUAGE } from '../../src/extension/ids';
import { apiAndSeed, waitFor } from './helpers';

/** The semantic tokens of a document, decoded: line, start, length and type name. */
async function tokensOf(uri: vscode.Uri): Promise<{ line: number; start: number; length: number; type: string }[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
  const tokens = await waitFor('semantic tokens', async () => (await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri)) ?? undefined, 15_000);
  const out = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dStart, length, type] = tokens.data.slice(i, i + 4);
    line += dLine;
    start = dLine === 0 ? start + dStart : dStart;
    out.push({ line, start, length, type: legend.tokenTypes[type] });
  }
  return out;
}

describe('reading a transcript', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the bundled seed and a workspace transcript in the transcript language; a draft stays Markdown', async () => {
    const { seed } = await apiAndSeed();
    const seedDoc = await vscode.workspace.openTextDocument(seed);
    await vscode.window.showTextDocument(seedDoc);
    await waitFor('the seed as a transcript', () => (vscode.window.activeTextEditor?.document.languageId === TRANSCRIPT_LANGUAGE ? true : undefined), 10_000);
    const root = vscode.workspace.workspaceFolders![0].uri;
    const briefing = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root, 'transcripts', '2024-06-03-white-house-briefing.txt'));
    await vscode.window.showTextDocument(briefing);
    await waitFor('the briefing as a transcript', () => (vscode.window.activeTextEditor?.document.languageId === TRANSCRIPT_LANGUAGE ? true : undefined), 10_000);
    const draft = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root, 'draft.md'));
    await vscode.window.showTextDocument(draft);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'markdown');
  });

  it('wraps lines, pins the current exchange (sticky scroll on the Outline) and hides the minimap for transcripts', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: TRANSCRIPT_LANGUAGE });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.get('stickyScroll.enabled'), true);
    assert.equal(editor.get('stickyScroll.defaultModel'), 'outlineModel');
    assert.equal(editor.get('minimap.enabled'), false);
  });

  it('highlights from the parse: a token starts at each speaker label, questions apart, the header and organisations', async () => {
    const { seed } = await apiAndSeed();
    await vscode.window.showTextDocument(seed);
    await waitFor('the seed as a transcript', () => (vscode.window.activeTextEditor?.document.languageId === TRANSCRIPT_LANGUAGE ? true : undefined), 10_000);
    const tokens = await tokensOf(seed);
    assert.deepEqual(tokens.find((t) => t.line === 27 && t.start === 0), { line: 27, start: 0, length: 'Sergey Lavrov:'.length, type: 'transcriptSpeaker' });
    assert.deepEqual(tokens.find((t) => t.line === 26 && t.start === 0), { line: 26, start: 0, length: 'Question:'.length, type: 'transcriptQuestion' });
    assert.equal(tokens.find((t) => t.line === 2)?.type, 'transcriptHeader');
    assert.equal(tokens.find((t) => t.line === 0)?.type, 'transcriptNoise');
    assert.ok(tokens.some((t) => t.type === 'transcriptOrganisation'));
  });
});
