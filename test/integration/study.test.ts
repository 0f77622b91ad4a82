import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConcordanceResult, TrendSeries } from '../../src/core/study/corpusStudy';
import { Commands, StudyViews } from '../../src/extension/ids';
import { activateExtension, seedUri, waitFor } from './helpers';

function studyTab(viewType: string): vscode.Tab | undefined {
  // VS Code prefixes a webview's view type with "mainThreadWebview-".
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewType));
}

describe('corpus studies', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Trends of "SCO" opens the trends panel with a yearly series of the seed corpus', async () => {
    await activateExtension();
    const result = (await vscode.commands.executeCommand(Commands.trends, { terms: ['SCO'] })) as { series: TrendSeries[]; periods: string[] };
    assert.ok(result, 'the command gave no result');
    assert.equal(result.series.length, 1);
    assert.equal(result.series[0].term, 'SCO');
    // The seed (2025) says "SCO" twice in its answers.
    const y2025 = result.series[0].buckets.find((b) => b.period === '2025');
    assert.ok(y2025 && y2025.hits >= 2 && y2025.words > 3000, JSON.stringify(y2025));
    await waitFor('the trends panel', () => studyTab(StudyViews.trends));
    // Run again: the same panel is reused, not a second one.
    await vscode.commands.executeCommand(Commands.trends, { terms: ['ASEAN'] });
    assert.equal(vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(StudyViews.trends)).length, 1);
  });

  it('Concordance of ASEAN lists the seed’s 32 hits with their places', async () => {
    const { extension } = await activateExtension();
    const seed = seedUri(extension).toString();
    const result = (await vscode.commands.executeCommand(Commands.concordance, { query: 'ASEAN' })) as ConcordanceResult;
    const inSeed = result.lines.filter((l) => l.file === seed);
    assert.equal(inSeed.length, 32);
    assert.deepEqual([inSeed[0].line, inSeed[0].character, inSeed[0].match], [4, 39, 'ASEAN']);
    await waitFor('the concordance panel', () => studyTab(StudyViews.concordance));
  });

  it('collocates and keywords open their panels from commands with arguments', async () => {
    await activateExtension();
    const collocates = (await vscode.commands.executeCommand(Commands.collocates, { term: 'ASEAN', min: 2 })) as { collocates: { word: string }[] };
    assert.ok(collocates.collocates.some((c) => c.word === 'regional'), 'ASEAN Regional Forum: "regional" stands next to ASEAN');
    const keywords = (await vscode.commands.executeCommand(Commands.keywords, { by: 'period', value: '2025' })) as { keywords: { word: string }[] };
    assert.ok(keywords.keywords.length > 0);
    await waitFor('the collocates and keywords panels', () => (studyTab(StudyViews.collocates) && studyTab(StudyViews.keywords) ? true : undefined));
  });

  it('the context-menu commands study an organisation, a selected phrase and a speaker', async () => {
    const { extension } = await activateExtension();
    // The Organisations view hands its node ({ entry }) to these.
    const trends = (await vscode.commands.executeCommand(Commands.trendsOfEntity, { entry: { id: 'sco' } })) as { series: TrendSeries[] };
    assert.equal(trends.series[0].term, '@sco');
    assert.ok(trends.series[0].hits >= 2, `${trends.series[0].hits} mentions of the SCO`);
    const entity = (await vscode.commands.executeCommand(Commands.concordanceOfEntity, { entry: { id: 'arf' } })) as ConcordanceResult;
    assert.ok(entity.lines.some((l) => l.match === 'ASEAN Regional Forum'), JSON.stringify(entity.lines.map((l) => l.match)));
    // A selection of several words is looked for as a phrase.
    const editor = await vscode.window.showTextDocument(seedUri(extension));
    const line = editor.document.lineAt(7).text;
    const at = line.indexOf('ASEAN Regional Forum');
    editor.selection = new vscode.Selection(7, at, 7, at + 'ASEAN Regional Forum'.length);
    const phrase = (await vscode.commands.executeCommand(Commands.concordanceOfSelection)) as ConcordanceResult;
    assert.equal(phrase.query, '"ASEAN Regional Forum"');
    assert.ok(phrase.total >= 1);
    assert.ok(phrase.lines.every((l) => l.match === 'ASEAN Regional Forum'), JSON.stringify(phrase.lines.map((l) => l.match)));
    // The Transcripts view hands a turn node; its speaker's words against the rest.
    const keywords = (await vscode.commands.executeCommand(Commands.keywordsOfSpeaker, { type: 'turn', turn: { speaker: 'Sergey Lavrov' } })) as { targetWords: number; keywords: unknown[] };
    assert.ok(keywords.targetWords > 1000, `${keywords.targetWords} words of Lavrov`);
  });
});
