import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, Settings } from '../../src/extension/ids';
import { activateExtension, hoverText, openDraft, seedUri } from './helpers';

async function hoversAt(document: vscode.TextDocument, text: string, offsetInText = 1): Promise<vscode.Hover[]> {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" is not in ${document.uri.toString()}${document.isClosed ? ' (it was closed)' : ''}, which holds ${JSON.stringify(document.getText().slice(0, 80))}`);
  const position = document.positionAt(index + offsetInText);
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
}

/** A plain-text draft shown in an editor; `close` reverts and closes it, so that no save prompt waits. */
async function shownDraft(content: string): Promise<{ draft: vscode.TextDocument; close: () => Promise<void> }> {
  const editor = await vscode.window.showTextDocument(await openDraft(content, 'plaintext'));
  return {
    draft: editor.document,
    close: async () => {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    },
  };
}

/** Our card among whatever other hovers the language has. */
function card(hovers: vscode.Hover[]): string | undefined {
  return hoverText(hovers).find((t) => t.includes('facts as of'));
}

describe('hover cards', () => {
  let seed: vscode.Uri;

  before(async () => {
    const { extension } = await activateExtension();
    seed = seedUri(extension);
  });

  after(async () => {
    await vscode.workspace.getConfiguration().update(Settings.hoverEnabled, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the ARF card (1994), not ASEAN’s, over "ASEAN Regional Forum" in a Markdown draft', async () => {
    const draft = await openDraft('# Memo\n\nThe minister spoke at the ASEAN Regional Forum on security.\n', 'markdown');
    for (const offset of [1, 'ASEAN Regional'.length]) {
      const text = card(await hoversAt(draft, 'ASEAN Regional Forum', offset));
      assert.ok(text, 'no Diplomatic Study card');
      assert.match(text, /^\*\*ASEAN Regional Forum\*\* \(ARF\)/);
      assert.match(text, /Forum · 1994/);
      assert.doesNotMatch(text, /Association of Southeast Asian Nations\*\*/);
      assert.match(text, /\[Source\]\(https:/);
      assert.match(text, /facts as of \d{4}\\-\d{2}\\-\d{2}/);
    }
  });

  it('explains "START-3" in the seed as New START, with the corpus mention count and a trusted link to the mentions', async () => {
    const document = await vscode.workspace.openTextDocument(seed);
    const hovers = await hoversAt(document, 'START-3');
    const text = card(hovers);
    assert.ok(text, 'no card over START-3');
    assert.match(text, /\(New START\)/);
    assert.match(text, /Signed 2010\\-04\\-08/);
    assert.match(text, /\[1 mention in the corpus\]\(command:diplomaticStudy\.showMentions\?/);
    const markdown = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && c.value === text);
    assert.deepEqual(markdown?.isTrusted, { enabledCommands: [Commands.showMentions] });
  });

  it('shows no card where no organisation is named', async () => {
    const document = await vscode.workspace.openTextDocument(seed);
    assert.equal(card(await hoversAt(document, 'Good afternoon')), undefined);
  });

  it('follows diplomaticStudy.hover.enabled', async () => {
    const { draft, close } = await shownDraft('The SCO met in Tianjin.');
    try {
      assert.ok(card(await hoversAt(draft, 'SCO')), 'no card while enabled');
      await vscode.workspace.getConfiguration().update(Settings.hoverEnabled, false, vscode.ConfigurationTarget.Global);
      assert.equal(card(await hoversAt(draft, 'SCO')), undefined);
      await vscode.workspace.getConfiguration().update(Settings.hoverEnabled, undefined, vscode.ConfigurationTarget.Global);
      assert.ok(card(await hoversAt(draft, 'SCO')), 'no card after enabling again');
    } finally {
      await vscode.workspace.getConfiguration().update(Settings.hoverEnabled, undefined, vscode.ConfigurationTarget.Global);
      await close();
    }
  });
});

describe('the mentions a card links to', () => {
  it('lists each mention of New START in the corpus as a keyword in context, and opens it', async () => {
    const { api, extension } = await activateExtension();
    const { mentionItems } = await import('../../src/extension/mentions');
    const items = mentionItems(await api.services.corpus.mentionsOf('new-start'));
    assert.equal(items.length, 1);
    assert.equal(items[0].label, '…understanding of the future of START-3 which expires next year?');
    assert.match(items[0].description ?? '', /line 46$/);
    await vscode.commands.executeCommand('diplomaticStudy.showRange', items[0].mention.document.uri, items[0].mention.range);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), seedUri(extension).toString());
    assert.equal(editor?.document.getText(editor.selection), 'START-3');
  });
});

describe('hover languages', () => {
  it('follows diplomaticStudy.hover.languages', async () => {
    await activateExtension();
    const { draft, close } = await shownDraft('The SCO met in Tianjin.');
    try {
      try {
        await vscode.workspace.getConfiguration().update(Settings.hoverLanguages, ['markdown'], vscode.ConfigurationTarget.Global);
        assert.equal(card(await hoversAt(draft, 'SCO')), undefined, 'plain text still gets cards');
      } finally {
        await vscode.workspace.getConfiguration().update(Settings.hoverLanguages, undefined, vscode.ConfigurationTarget.Global);
      }
      assert.ok(card(await hoversAt(draft, 'SCO')));
    } finally {
      await close();
    }
  });
});
