import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DiplomaticStudyApi } from '../../src/extension';
import { CARD_SCHEME, Commands } from '../../src/extension/ids';
import { activateExtension, SEED_NAME, seedUri, waitFor } from './helpers';

describe('search from the command palette', () => {
  let api: DiplomaticStudyApi;
  let seed: vscode.Uri;

  before(async () => {
    const activated = await activateExtension();
    api = activated.api;
    seed = seedUri(activated.extension);
  });

  afterEach(async () => {
    api.searchUi.lastPicker?.hide();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function results(query: string) {
    await vscode.commands.executeCommand(Commands.search, { query });
    const picker = api.searchUi.lastPicker;
    assert.ok(picker, 'no picker opened');
    assert.equal(picker.value, query);
    await waitFor(`results for "${query}"`, () => (picker.items.length > 0 && !picker.busy ? true : undefined), 10_000);
    return picker;
  }

  it('typing "Myanmr" lists the seed’s Myanmar paragraph first, and Enter opens it at that line with the match selected', async () => {
    const picker = await results('Myanmr');
    const [first] = picker.items;
    assert.equal(first.hit.line, 21);
    assert.match(first.label, /Myanmar/);
    assert.equal(first.description, 'Sergey Lavrov · Opening remarks');
    assert.match(first.detail ?? '', /Kuala Lumpur · 2025-07-11$/);
    assert.ok(picker.items.every((i) => i.alwaysShow), 'every item must be alwaysShow, or VS Code’s own filter hides them');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const editor = await waitFor('the seed opened at the match', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === seed.toString() && e.selection.start.line === 21 ? e : undefined;
    });
    assert.equal(editor.document.getText(editor.selection), 'Myanmar');
    assert.equal(api.services.search.mode, 'worker', 'the index should run in a worker thread');
  });

  it('previews the active result in the editor while the picker stays open', async () => {
    const picker = await results('hypocrisi');
    picker.activeItems = [picker.items[0]];
    const editor = await waitFor('a preview of the result', () => {
      const e = vscode.window.visibleTextEditors.find((v) => v.document.uri.toString() === seed.toString());
      return e && e.selection.start.line === 25 ? e : undefined;
    });
    assert.equal(editor.document.getText(editor.selection), 'hypocrisy');
    assert.equal(api.searchUi.lastPicker, picker);
    assert.ok(picker.items.length > 0, 'the picker was closed by the preview');
  });

  for (const [query, line] of [
    ['nuclaer facilites', 19],
    ['architecture eurasian security Putin', 27],
    ['"One China principle"', 24],
    ['START-3', 45],
    ['Aftonbladet | Hebron', 18],
  ] as const) {
    it(`finds line ${line} in the top three for ${query}`, async () => {
      const picker = await results(query);
      assert.ok(
        picker.items.slice(0, 3).some((i) => i.hit.line === line),
        `top three: ${picker.items.slice(0, 3).map((i) => i.hit.line).join(', ')}`,
      );
    });
  }

  it('excludes with !word', async () => {
    const picker = await results('NATO !ASEAN');
    assert.ok(picker.items.every((i) => !/ASEAN/.test(i.hit.snippet)));
    assert.ok(picker.items.some((i) => i.hit.line === 30));
  });

  it('knows who speaks: speaker: keeps Lavrov’s paragraphs, role:question the questions', async () => {
    const lavrov = await results('speaker:lavrov NATO');
    assert.ok(lavrov.items.length > 0);
    assert.ok(lavrov.items.every((i) => i.hit.speaker === 'Sergey Lavrov' && i.hit.role !== 'question'));
    lavrov.hide();
    const questions = await results('role:question NATO');
    // The seed's first and third questions (0-based lines 26 and 38) name NATO; no other question in the bundled corpus does.
    assert.deepEqual(questions.items.map((i) => [i.hit.role, i.hit.line, i.hit.file.split('/').pop()]).sort(), [
      ['question', 26, SEED_NAME],
      ['question', 38, SEED_NAME],
    ]);
  });
});

describe('glossary cards as documents', () => {
  it('renders an entry’s card read-only at diplomatic-study-card:/<id>.md', async () => {
    await activateExtension();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: CARD_SCHEME, path: '/sco.md' }));
    assert.match(document.getText(), /^\*\*Shanghai Cooperation Organisation\*\* \(SCO\)/);
    const count = (await (await activateExtension()).api.services.corpus.mentionsOf('sco')).length;
    assert.ok(count >= 17, `${count} SCO mentions: the seed's and the Russian transcript's`);
    assert.match(document.getText(), new RegExp(`${count} mentions in the corpus`));
  });
});
