import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DiplomaticStudyApi } from '../../src/extension';
import { EntityMatcher } from '../../src/core/entityMatcher';
import type { EntityNode } from '../../src/extension/entitiesView';
import { Views } from '../../src/extension/ids';
import type { TranscriptNode } from '../../src/extension/tree';
import { activateExtension, seedUri, waitFor } from './helpers';

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

describe('Transcripts view, Outline and follow-cursor', () => {
  let api: DiplomaticStudyApi;
  let seed: vscode.Uri;
  let sections: TranscriptNode[];

  before(async () => {
    const activated = await activateExtension();
    api = activated.api;
    seed = seedUri(activated.extension);
    const roots = await api.transcripts.getChildren();
    const root = roots.find((n) => n.doc.uri.toString() === seed.toString());
    assert.ok(root, `the seed is not in the tree (roots: ${roots.map((r) => r.doc.uri.toString()).join(', ')})`);
    sections = await api.transcripts.getChildren(root);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports the time from activation to the first tree render', async function () {
    const t = await api.transcripts.firstRender$;
    assert.ok(t.sinceActivationMs >= t.sinceRequestMs && t.sinceRequestMs >= 0);
    // The view is asked for only once it is visible; what the extension controls is the time after that.
    this.test!.title += ` (${t.sinceActivationMs.toFixed(1)} ms after activation; ${t.sinceRequestMs.toFixed(1)} ms from the view's request, which came ${t.requestedAfterMs.toFixed(1)} ms after activation)`;
  });

  it('renders the tree from a cold corpus (read, parse, nodes) quickly', async function () {
    api.services.corpus.refresh();
    const started = performance.now();
    const roots = await api.transcripts.getChildren();
    await api.transcripts.getChildren(roots[0]);
    const ms = performance.now() - started;
    this.test!.title += ` (${ms.toFixed(1)} ms)`;
    assert.ok(roots.length >= 1);
    // Refreshing made new nodes: look the seed up again for the tests below.
    const root = roots.find((n) => n.doc.uri.toString() === seed.toString());
    assert.ok(root);
    // A small corpus opens showing each transcript's sections.
    assert.equal(api.transcripts.getTreeItem(root).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    sections = await api.transcripts.getChildren(root);
  });

  it('shows the seed’s opening remarks (Sergey Lavrov, 23 paragraphs) and six exchanges labelled by their questions', async () => {
    const items = sections.map((n) => api.transcripts.getTreeItem(n));
    assert.equal(items.length, 7);
    assert.equal(label(items[0]), 'Opening remarks');
    assert.equal(items[0].description, 'Sergey Lavrov');
    assert.equal((await api.transcripts.getChildren(sections[0])).length, 23);
    const expected = [
      'Q1: Last year, during a meeting with Foreign Ministry leadership',
      'Q2: The recent summit in Rio de Janeiro demonstrated that',
      'Q3: Based on your meetings at this forum, what assessments can you share?',
      'Q4: Yesterday, after a meeting with you, US State Secretary Marco Rubio',
      'Q5: Did you discuss strategic offensive weapons during the meeting with Marco Rubio?',
      'Q6: Not long ago, German Chancellor Friedrich Merz stated',
    ];
    items.slice(1).forEach((item, i) => assert.ok(label(item).startsWith(expected[i]), `${label(item)} does not start with ${expected[i]}`));
    const turns = await api.transcripts.getChildren(sections[4]);
    assert.deepEqual(turns.map((t) => api.transcripts.getTreeItem(t).description), [undefined, 'Sergey Lavrov']);
  });

  it('selecting the fourth exchange opens the seed with 0-based line 41 selected', async () => {
    const item = api.transcripts.getTreeItem(sections[4]);
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = await waitFor('the seed in an editor', () => (vscode.window.activeTextEditor?.document.uri.toString() === seed.toString() ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.selection.start.line, 41);
    assert.equal(editor.selection.end.line, 41);
    assert.equal(editor.selection.end.character, editor.document.lineAt(41).text.length);
  });

  it('gives the Outline the same sections as the tree', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', seed);
    assert.deepEqual(
      symbols.map((s) => s.name),
      sections.map((n) => label(api.transcripts.getTreeItem(n))),
    );
    assert.equal(symbols[4].range.start.line, 41);
    assert.equal(symbols[0].range.start.line, 3);
    assert.equal(symbols[0].range.end.line, 25);
  });

  it('folds each section', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', seed);
    for (const [start, end] of [[3, 25], [26, 33], [47, 56]]) {
      assert.ok(ranges.some((r) => r.start === start && r.end === end), `no folding range ${start}–${end}`);
    }
  });

  it('follows the cursor: the exchange under the cursor is selected in the view, the editor keeps focus', async () => {
    await vscode.commands.executeCommand(`${Views.transcripts}.focus`);
    const editor = await vscode.window.showTextDocument(seed, { preserveFocus: false });
    editor.selection = new vscode.Selection(43, 5, 43, 5);
    const selected = await waitFor('the view to select Q4', () => {
      const node = api.transcriptsView.selection[0];
      return node?.type === 'section' && node.section.number === 4 ? node : undefined;
    });
    assert.equal(selected.section.kind, 'exchange');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), seed.toString());
    editor.selection = new vscode.Selection(10, 0, 10, 0);
    await waitFor('the view to select the opening remarks', () => {
      const node = api.transcriptsView.selection[0];
      return node?.type === 'section' && node.section.kind === 'opening' ? node : undefined;
    });
  });
});

describe('Organisations & Agreements view', () => {
  it('lists ASEAN with its number of mentions in the bundled corpus (English and Russian), and each mention in context', async () => {
    const { api, extension } = await activateExtension();
    const { glossary } = await api.services.glossary.ready();
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(seedUri(extension)));
    const inSeed = new EntityMatcher(glossary.entries).matchText(text).filter((m) => m.entryId === 'asean').length;
    assert.ok(inSeed >= 25, `only ${inSeed} ASEAN mentions found by the matcher`);
    // The bundled Russian transcript names ASEAN (АСЕАН) too.
    const russian = vscode.Uri.joinPath(extension.extensionUri, 'corpus', 'transcripts', '2023-05-05-lavrov-panaji-sco.ru.txt');
    const inRussian = new EntityMatcher(glossary.entries).matchText(new TextDecoder().decode(await vscode.workspace.fs.readFile(russian))).filter((m) => m.entryId === 'asean').length;
    assert.ok(inRussian >= 4, `only ${inRussian} mentions of АСЕАН`);
    const expected = inSeed + inRussian;

    const kinds = await api.entities.getChildren();
    const organisations = kinds.find((k): k is Extract<EntityNode, { type: 'kind' }> => k.type === 'kind' && k.kind === 'organisation');
    assert.ok(organisations, 'no Organisations group');
    const entries = await api.entities.getChildren(organisations);
    const asean = entries.find((e): e is Extract<EntityNode, { type: 'entry' }> => e.type === 'entry' && e.entry.id === 'asean');
    assert.ok(asean, 'ASEAN is not listed');
    const item = api.entities.getTreeItem(asean);
    assert.equal(label(item), 'Association of Southeast Asian Nations');
    assert.equal(item.description, String(expected));
    const mentions = await api.entities.getChildren(asean);
    assert.equal(mentions.length, expected);
    const first = api.entities.getTreeItem(mentions[0]);
    assert.match(label(first), /ASEAN|АСЕАН/);
    assert.match(String(first.description), /^line \d+$/);
    assert.ok(first.command, 'a mention opens its place');
  });
});

describe('Transcripts view title-bar actions', () => {
  it('sorts transcripts by title and by date', async () => {
    const { api } = await activateExtension();
    const titles = async () => (await api.transcripts.getChildren()).map((n) => label(api.transcripts.getTreeItem(n)));
    const dates = async () => (await api.transcripts.getChildren()).map((n) => n.doc.transcript.date ?? '');
    try {
      await vscode.commands.executeCommand('diplomaticStudy.sortByTitle');
      const byTitle = await titles();
      assert.ok(byTitle.length >= 2);
      assert.deepEqual(byTitle, [...byTitle].sort((a, b) => a.localeCompare(b)));
      await vscode.commands.executeCommand('diplomaticStudy.sortByDate');
      const byDate = await dates();
      assert.deepEqual(byDate, [...byDate].sort().reverse());
      assert.notDeepEqual(await titles(), byTitle, 'the fixtures should order differently by date and by title');
    } finally {
      await vscode.commands.executeCommand('diplomaticStudy.sortByDate');
    }
  });
});

describe('Transcripts and Entities views with many children', () => {
  it('list a transcript’s sections, and an entry’s mentions, in ranges of 100 where there are more', async function () {
    this.timeout(60_000);
    const { api } = await activateExtension();
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(root, 'the tests need a workspace folder');
    const file = vscode.Uri.joinPath(root, 'transcripts', 'many-sections.txt');
    // A title of its own: other tests wait for the tree to show theirs.
    const lines = ['Press Briefing by Spokesperson Zhang Wei on the Long Meeting Season, May 14, 2024', '2024-05-14 15:30', 'Zhang Wei: Good afternoon.'];
    for (let i = 1; i <= 250; i++) lines.push(`Reuters: What does China expect of meeting ${i}?`, `Zhang Wei: Meeting ${i} of the SCO will be constructive.`);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(lines.join('\n')));
    try {
      const doc = await waitFor('the transcript read', () => api.services.corpus.documentFor(file), 20_000);
      const sections = doc.transcript.sections;
      assert.ok(sections.length > 250, `${sections.length} sections`);
      const transcript = await waitFor('the transcript in the view', async () => (await api.transcripts.getChildren()).find((n) => n.doc.uri.toString() === file.toString()), 10_000);
      const ranges = await api.transcripts.getChildren(transcript);
      assert.deepEqual(
        ranges.map((n) => label(api.transcripts.getTreeItem(n))),
        Array.from({ length: Math.ceil(sections.length / 100) }, (_, i) => `Sections ${i * 100 + 1}–${Math.min(sections.length, (i + 1) * 100)}`),
      );
      assert.equal(api.transcripts.getTreeItem(ranges[0]).description, `lines ${sections[0].range.start + 1}–${sections[99].range.end + 1}`);
      // Every section once, in order, under the ranges; each range lists at most 100.
      const listed: TranscriptNode[] = [];
      for (const range of ranges) {
        const children = await api.transcripts.getChildren(range);
        assert.ok(children.length <= 100);
        for (const child of children) assert.equal(api.transcripts.getParent(child), range);
        listed.push(...children);
      }
      assert.deepEqual(listed.map((n) => (n.type === 'section' ? n.section : n.type)), sections);
      const ids = [...ranges, ...listed].map((n) => api.transcripts.getTreeItem(n).id);
      assert.equal(new Set(ids).size, ids.length, 'tree item ids are not unique');
      // Following the cursor finds a section inside a range, and the view can reveal it.
      const node = await api.transcripts.sectionNodeAt(file, sections[150].range.start);
      assert.ok(node?.type === 'section' && node.section === sections[150]);
      assert.equal(api.transcripts.getParent(node), ranges[1]);
      assert.equal(api.transcripts.getParent(ranges[1]), transcript);
      await api.transcriptsView.reveal(node, { select: true, focus: false, expand: false });
      await waitFor('the section selected in the view', () => (api.transcriptsView.selection[0] === node ? true : undefined), 5000);
      // The SCO, named in each of the 250 answers.
      const kinds = await api.entities.getChildren();
      const organisations = kinds.find((k) => k.type === 'kind' && k.kind === 'organisation');
      assert.ok(organisations);
      const sco = (await api.entities.getChildren(organisations)).find((e): e is Extract<EntityNode, { type: 'entry' }> => e.type === 'entry' && e.entry.id === 'sco');
      assert.ok(sco && sco.mentions.length >= 250, `${sco?.mentions.length} SCO mentions`);
      const mentionRanges = await api.entities.getChildren(sco);
      assert.equal(mentionRanges.length, Math.ceil(sco.mentions.length / 100));
      assert.equal(label(api.entities.getTreeItem(mentionRanges[0])), 'Mentions 1–100');
      const mentions: EntityNode[] = [];
      for (const range of mentionRanges) mentions.push(...(await api.entities.getChildren(range)));
      assert.deepEqual(mentions.map((m) => (m.type === 'mention' ? m.mention : m.type)), sco.mentions);
    } finally {
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      await waitFor('the transcript dropped', async () => ((await api.services.corpus.documentFor(file)) ? undefined : true), 10_000);
      await waitFor('the transcript gone from the view', async () => ((await api.transcripts.getChildren()).some((n) => n.doc.uri.toString() === file.toString()) ? undefined : true), 10_000);
    }
  });
});
