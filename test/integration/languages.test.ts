import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/ids';
import { activateExtension, hoverText, openDraft, waitFor } from './helpers';

const RUSSIAN = '2023-05-05-lavrov-panaji-sco.ru.txt';

async function cardAt(document: vscode.TextDocument, text: string, occurrence = 0): Promise<string | undefined> {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = document.getText().indexOf(text, index + 1);
  assert.ok(index >= 0, `"${text}" is not in the document`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(index + 1));
  return hoverText(hovers).find((t) => t.includes('facts as of'));
}

describe('transcripts in Russian and Chinese', () => {
  let russian: vscode.Uri;

  before(async () => {
    const { extension } = await activateExtension();
    russian = vscode.Uri.joinPath(extension.extensionUri, 'corpus', 'transcripts', RUSSIAN);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('hovers ШОС in the bundled Russian transcript with the SCO card, its Russian name first', async () => {
    const document = await vscode.workspace.openTextDocument(russian);
    const card = await cardAt(document, 'ШОС');
    assert.ok(card, 'no card over ШОС');
    assert.match(card, /^\*\*Шанхайская организация сотрудничества\*\* \(ШОС\) {2}\nShanghai Cooperation Organisation \(SCO\)/);
    assert.match(card, /Eurasian intergovernmental organisation/);
    assert.match(card, /\d+ mentions in the corpus/);
    // The genitive of the full name is the same entry.
    const genitive = await cardAt(document, 'Шанхайской организации сотрудничества');
    assert.match(genitive ?? '', /^\*\*Шанхайская организация сотрудничества\*\*/);
  });

  it('hovers 上合组织 in a Chinese text with the SCO card, its Chinese name first', async () => {
    // The MFA spokesperson, 6 January 2025, as reprinted from the ministry's site (macaumonthly.net/news/guoji/2025-01-07/449055_4.html).
    const sentence = '中国作为上合组织轮值主席国,将把“弘扬‘上海精神’:上合组织在行动”的口号落到实处,深化成员国在政治、安全、经济、人文各领域合作,携手构建更加紧密的上合组织命运共同体。';
    const draft = await openDraft(`${sentence}\n`, 'plaintext');
    const card = await cardAt(draft, '上合组织');
    assert.ok(card, 'no card over 上合组织');
    assert.match(card, /^\*\*上海合作组织\*\* \(上合组织\) {2}\nShanghai Cooperation Organisation \(SCO\)/);
  });

  it('hovers 东盟 in a saved Chinese MFA page in transcripts/, which opens as HTML', async () => {
    const { extension } = await activateExtension();
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(root, 'the tests need a workspace folder');
    const page = vscode.Uri.joinPath(root, 'transcripts', 'fmprc-2023-11-20-mao-ning-regular-zh.html');
    const fixture = vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', 'real', 'fmprc-2023-11-20-mao-ning-regular-zh.html');
    await vscode.workspace.fs.copy(fixture, page, { overwrite: true });
    try {
      const document = await vscode.workspace.openTextDocument(page);
      assert.equal(document.languageId, 'html');
      const card = await cardAt(document, '东盟');
      assert.ok(card, 'no card over 东盟 in the page');
      assert.match(card, /^\*\*东南亚国家联盟\*\* \(东盟\) {2}\nAssociation of Southeast Asian Nations \(ASEAN\)/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(page).then(undefined, () => undefined);
    }
  });

  it('counts the Russian transcript’s mentions under the same entries as the English seed’s', async () => {
    const { api } = await activateExtension();
    const mentions = await api.services.corpus.mentionsOf('sco');
    const files = new Set(mentions.map((m) => m.document.uri.path.split('/').pop()));
    assert.ok(files.has(RUSSIAN), [...files].join(', '));
    assert.ok(mentions.filter((m) => m.document.uri.path.endsWith(RUSSIAN)).length >= 15);
  });

  it('completes a Russian draft in Russian and a Chinese one from the end of a run, and checks first use in Russian', async () => {
    const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
    const russian = await openDraft('Министры сказали, что Шанхайская орг', 'markdown');
    const ru = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', russian.uri, new vscode.Position(0, russian.lineAt(0).text.length));
    const sco = ru.items.find((i) => label(i) === 'Шанхайская организация сотрудничества (ШОС)');
    assert.ok(sco, ru.items.map(label).slice(0, 10).join(', '));
    assert.equal(sco.insertText, 'Шанхайская организация сотрудничества (ШОС)');
    const chinese = await openDraft('中方支持上合', 'markdown');
    const zh = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', chinese.uri, new vscode.Position(0, 6));
    assert.ok(zh.items.some((i) => label(i) === '上海合作组织 (上合组织)'), zh.items.map(label).slice(0, 10).join(', '));
    const memo = await openDraft('Министры ШОС встретились в Панаджи.\n', 'markdown');
    await vscode.window.showTextDocument(memo);
    const diagnostics = await waitFor('the first-use diagnostic', () => (vscode.languages.getDiagnostics(memo.uri).length ? vscode.languages.getDiagnostics(memo.uri) : undefined), 15_000);
    assert.match(diagnostics[0].message, /Шанхайская организация сотрудничества \(ШОС\)/);
  });

  it('searches the palette for ШОС and finds the English seed’s SCO too', async () => {
    const { api } = await activateExtension();
    const response = await api.services.search.search('ШОС', { limit: 200 });
    const files = new Set(response.results.map((h) => h.file.split('/').pop()));
    assert.ok(files.has(RUSSIAN), [...files].join(', '));
    assert.ok(files.has('2025-07-11-lavrov-kuala-lumpur.txt'), [...files].join(', '));
  });

  it('finds organisations by member and seat in any language, and says when nothing matches', async () => {
    const { api } = await activateExtension();
    void vscode.commands.executeCommand(Commands.searchEntities, { query: 'Мьянма' });
    const picker = await waitFor('the Organisations picker', () => api.searchUi.lastEntityPicker);
    try {
      const labels = await waitFor('entries for Мьянма', () => (picker.items.length > 1 ? picker.items.map((i) => i.entry?.id) : undefined));
      assert.ok(labels.includes('asean') && labels.includes('bimstec'), labels.join(', '));
      assert.match(picker.items[0].description ?? '', /member: Myanmar/);
      picker.value = 'Вена';
      await waitFor('entries for Вена', () => (picker.items.some((i) => i.entry?.id === 'osce') ? true : undefined));
      picker.value = 'xqzvw';
      await waitFor('no entry matches', () => (picker.items.length === 1 && !picker.items[0].entry && /No entry matches/.test(picker.items[0].label) ? true : undefined));
    } finally {
      picker.hide();
    }
  });
});
