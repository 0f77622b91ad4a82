import * as vscode from 'vscode';
import { codeAndDescendants, codePath, ensureCode, findCode, makeCoding, type CodeDef, type Coding, type CodingChange } from '../core/coding/codingProject';
import { planImport, type CorpusText } from '../core/coding/importProject';
import { codedSegmentsCsv, type CodedSegmentRow } from '../core/coding/segmentsCsv';
import { sectionAt, type Transcript } from '../core/model';
import { lineAt, lineStarts } from '../core/parser/lines';
import type { CodingStore, PlacedCoding } from './codingStore';
import { CodingCommands, CodingViews } from './ids';
import type { Services } from './services';
import { nonce } from './webviewPanels';

/** What `Code Selection…` takes from a keybinding or a test instead of asking. */
export interface CodeSelectionArgs {
  /** The code's path: `Security/Architecture`. Made when missing. */
  code: string;
  memo?: string;
}

function editorOffsets(editor: vscode.TextEditor, selection: vscode.Selection): { start: number; end: number } {
  return { start: editor.document.offsetAt(selection.start), end: editor.document.offsetAt(selection.end) };
}

/** A code's colour as a highlight: the same hue, light enough to read the text through. */
function highlight(color: string): string {
  const hex = color.length === 4 ? `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}` : color;
  return `${hex}40`;
}

/** A small filled circle of the code's colour, for the Codes view. */
function colorIcon(color: string): vscode.Uri {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="5" fill="${color}"/></svg>`;
  return vscode.Uri.parse(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`);
}

/** The highlights and gutter marks of the codings in visible editors, one decoration type per colour. */
class CodingDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();

  constructor(
    private readonly store: CodingStore,
    private readonly gutter: vscode.Uri,
  ) {}

  private typeFor(color: string): vscode.TextEditorDecorationType {
    let type = this.types.get(color);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({
        backgroundColor: highlight(color),
        borderColor: color,
        borderStyle: 'solid',
        borderWidth: '0 0 2px 0',
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        gutterIconPath: this.gutter,
        gutterIconSize: 'contain',
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.types.set(color, type);
    }
    return type;
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const project = this.store.projectFor(editor.document.uri);
      const byColor = new Map<string, vscode.Range[]>();
      for (const coding of this.store.codingsOf(editor.document.uri)) {
        if (this.store.orphans.has(coding.guid)) continue;
        const color = project?.codes.find((c) => c.guid === coding.code)?.color ?? '#808080';
        const range = new vscode.Range(editor.document.positionAt(coding.start), editor.document.positionAt(coding.end));
        byColor.set(color, [...(byColor.get(color) ?? []), range]);
      }
      for (const [color, type] of this.types) if (!byColor.has(color)) editor.setDecorations(type, []);
      for (const [color, ranges] of byColor) editor.setDecorations(this.typeFor(color), ranges);
    }
  }

  dispose(): void {
    for (const type of this.types.values()) type.dispose();
  }
}

/** A node of the Codes view: a code (with its codes and coded passages under it) or a coded passage. */
export type CodeNode = { type: 'code'; folder: vscode.WorkspaceFolder; code: CodeDef } | { type: 'segment'; placed: PlacedCoding };

export class CodesTreeProvider implements vscode.TreeDataProvider<CodeNode>, vscode.TreeDragAndDropController<CodeNode> {
  private readonly changed = new vscode.EventEmitter<CodeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly dragMimeTypes = ['application/vnd.code.tree.diplomaticstudy.codes'];
  readonly dropMimeTypes = ['application/vnd.code.tree.diplomaticstudy.codes'];

  constructor(private readonly store: CodingStore) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** How many passages carry the code or one under it. */
  count(folder: vscode.WorkspaceFolder, code: CodeDef): number {
    const project = this.store.projects().find((p) => p.folder.uri.toString() === folder.uri.toString())?.project;
    if (!project) return 0;
    const codes = codeAndDescendants(project.codes, code.guid);
    return project.codings.filter((c) => codes.has(c.code)).length;
  }

  getChildren(node?: CodeNode): CodeNode[] {
    if (!node) return this.store.projects().flatMap(({ folder, project }) => project.codes.filter((c) => !c.parent).map((code) => ({ type: 'code' as const, folder, code })));
    if (node.type === 'segment') return [];
    const project = this.store.projects().find((p) => p.folder.uri.toString() === node.folder.uri.toString())?.project;
    if (!project) return [];
    const codes = project.codes.filter((c) => c.parent === node.code.guid).map((code) => ({ type: 'code' as const, folder: node.folder, code }));
    const segments = this.store
      .allCodings()
      .filter((p) => p.folder.uri.toString() === node.folder.uri.toString() && p.coding.code === node.code.guid)
      .sort((a, b) => a.coding.source.localeCompare(b.coding.source) || a.coding.start - b.coding.start)
      .map((placed) => ({ type: 'segment' as const, placed }));
    return [...codes, ...segments];
  }

  getTreeItem(node: CodeNode): vscode.TreeItem {
    if (node.type === 'code') {
      const item = new vscode.TreeItem(node.code.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `code:${node.code.guid}`;
      item.description = String(this.count(node.folder, node.code));
      item.iconPath = colorIcon(node.code.color);
      item.contextValue = 'code';
      const path = codePath(this.store.projects().find((p) => p.folder.uri.toString() === node.folder.uri.toString())?.project.codes ?? [], node.code.guid);
      item.tooltip = new vscode.MarkdownString(`**${path}** · ${node.code.color}${node.code.memo ? `\n\n${node.code.memo}` : ''}`);
      item.accessibilityInformation = { label: `Code ${path}, ${item.description} coded passages` };
      return item;
    }
    const { coding, uri } = node.placed;
    const lost = this.store.orphans.has(coding.guid);
    const item = new vscode.TreeItem(coding.text.replace(/\s+/g, ' ').slice(0, 80), vscode.TreeItemCollapsibleState.None);
    item.id = `coding:${coding.guid}`;
    item.description = `${lost ? '⚠ lost · ' : ''}${uri.path.split('/').pop()}`;
    item.tooltip = new vscode.MarkdownString(`${coding.text}${coding.memo ? `\n\n---\n\n*Memo:* ${coding.memo}` : ''}`);
    item.contextValue = 'coding';
    item.iconPath = new vscode.ThemeIcon(lost ? 'warning' : 'quote');
    item.command = { command: CodingCommands.openCoding, title: 'Open Coded Passage', arguments: [coding.guid] };
    return item;
  }

  getParent(node: CodeNode): CodeNode | undefined {
    const folder = node.type === 'code' ? node.folder : node.placed.folder;
    const project = this.store.projects().find((p) => p.folder.uri.toString() === folder.uri.toString())?.project;
    const parentGuid = node.type === 'code' ? node.code.parent : node.placed.coding.code;
    const parent = parentGuid ? project?.codes.find((c) => c.guid === parentGuid) : undefined;
    return parent ? { type: 'code', folder, code: parent } : undefined;
  }

  handleDrag(source: readonly CodeNode[], data: vscode.DataTransfer): void {
    const codes = source.filter((n) => n.type === 'code').map((n) => (n as { code: CodeDef }).code.guid);
    if (codes.length) data.set(this.dragMimeTypes[0], new vscode.DataTransferItem(codes));
  }

  async handleDrop(target: CodeNode | undefined, data: vscode.DataTransfer): Promise<void> {
    const guids = data.get(this.dragMimeTypes[0])?.value as string[] | undefined;
    if (!guids?.length) return;
    const parent = target?.type === 'code' ? target.code : undefined;
    for (const { folder, project } of this.store.projects()) {
      const changes = guids.filter((g) => project.codes.some((c) => c.guid === g)).map((guid): CodingChange => ({ type: 'updateCode', guid, parent: parent?.guid ?? null }));
      if (changes.length) this.store.change(folder, ...changes);
    }
  }
}

/** The paragraph's speaker and the transcript's date at a line, for exports and the matrix. */
function speakerAt(transcript: Transcript | undefined, line: number): string | null {
  const section = transcript && sectionAt(transcript, line);
  const turn = section?.turns.find((t) => t.range.start <= line && line <= t.range.end);
  return turn?.speaker ?? (turn?.role === 'question' ? 'Question' : null);
}

async function codedRows(services: Services, store: CodingStore): Promise<(CodedSegmentRow & { year: string })[]> {
  const docs = await services.corpus.documents();
  const rows: (CodedSegmentRow & { year: string })[] = [];
  const lines = new Map<string, number[] | undefined>();
  for (const { coding, folder, uri } of store.allCodings()) {
    const project = store.projects().find((p) => p.folder.uri.toString() === folder.uri.toString())!.project;
    const doc = docs.find((d) => d.uri.toString() === uri.toString());
    if (!lines.has(uri.toString())) {
      const text = await store.textOf(uri);
      lines.set(uri.toString(), text === undefined ? undefined : lineStarts(text));
    }
    const starts = lines.get(uri.toString());
    const line = starts ? lineAt(starts, coding.start) : 0;
    rows.push({ code: codePath(project.codes, coding.code), file: coding.source, speaker: speakerAt(doc?.transcript, line), date: doc?.transcript.date ?? null, text: coding.text, memo: coding.memo, year: doc?.transcript.date?.slice(0, 4) ?? 'undated' });
  }
  return rows;
}

function escapeHtml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

/** The code × speaker or code × year table, as a webview with a strict CSP (no script at all). */
export function matrixHtml(rows: readonly { code: string; column: string }[], by: string, cspSource: string): string {
  const codes = [...new Set(rows.map((r) => r.code))].sort();
  const columns = [...new Set(rows.map((r) => r.column))].sort();
  const count = (code: string, column: string) => rows.filter((r) => r.code === code && r.column === column).length;
  const head = `<tr><th scope="col">Code</th>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}<th scope="col">Total</th></tr>`;
  const body = codes.map((code) => `<tr><th scope="row">${escapeHtml(code)}</th>${columns.map((c) => `<td>${count(code, c) || ''}</td>`).join('')}<td>${rows.filter((r) => r.code === code).length}</td></tr>`).join('');
  const style = nonce();
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${style}';">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Codes by ${escapeHtml(by)}</title>
<style nonce="${style}">body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);background:var(--vscode-editor-background)}table{border-collapse:collapse}th,td{border:1px solid var(--vscode-panel-border);padding:4px 8px;text-align:right}th[scope=row],th:first-child{text-align:left}caption{text-align:left;margin-bottom:8px;font-weight:bold}</style>
</head><body><table tabindex="0"><caption>Coded passages: code × ${escapeHtml(by)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></body></html>`;
}

export function register(context: vscode.ExtensionContext, services: Services, store: CodingStore): { codes: CodesTreeProvider; view: vscode.TreeView<CodeNode> } {
  const decorations = new CodingDecorations(store, vscode.Uri.joinPath(context.extensionUri, 'media', 'coding-gutter.svg'));
  const provider = new CodesTreeProvider(store);
  const view = vscode.window.createTreeView(CodingViews.codes, { treeDataProvider: provider, dragAndDropController: provider, showCollapseAll: true, canSelectMany: true });
  const refresh = () => {
    provider.refresh();
    decorations.refresh();
  };
  void store.ready().then(refresh);

  const folderFor = (uri: vscode.Uri) => {
    const place = store.placeOf(uri);
    if (!place) throw new Error('coding needs an open workspace folder, where .diplomatic-study/coding.json is kept');
    return place;
  };

  /** Codes the selection (or each selection) of the active editor; asks for the code unless given. */
  const codeSelection = async (args?: CodeSelectionArgs): Promise<Coding[] | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selections.every((s) => s.isEmpty)) {
      void vscode.window.showInformationMessage('Select a passage of a transcript to code it.');
      return undefined;
    }
    await store.ready();
    let place;
    try {
      place = folderFor(editor.document.uri);
    } catch (error) {
      void vscode.window.showErrorMessage(`Code Selection: ${(error as Error).message}.`);
      return undefined;
    }
    const project = place.folder.project;
    let path = args?.code;
    let memo = args?.memo;
    if (!path) {
      const items = project.codes.map((c) => ({ label: codePath(project.codes, c.guid), description: c.memo }));
      const picker = vscode.window.createQuickPick();
      picker.title = 'Code Selection';
      picker.placeholder = 'Pick a code, or type a new one (Security/Architecture: "/" separates levels)';
      picker.items = items;
      picker.onDidChangeValue((value) => {
        const typed = value.trim();
        picker.items = typed && !items.some((i) => i.label.toLowerCase() === typed.toLowerCase()) ? [{ label: typed, description: 'new code' }, ...items] : items;
      });
      path = await new Promise<string | undefined>((resolve) => {
        picker.onDidAccept(() => resolve(picker.selectedItems[0]?.label ?? (picker.value.trim() || undefined)));
        picker.onDidHide(() => resolve(undefined));
        picker.show();
      });
      picker.dispose();
      if (!path) return undefined;
      memo = await vscode.window.showInputBox({ title: `Memo for this passage (${path})`, prompt: 'Optional: why this passage carries this code. Enter to skip.' });
      if (memo === undefined) return undefined;
    }
    const existing = findCode(project.codes, path);
    const changes: CodingChange[] = [];
    let code = existing;
    if (!code) {
      // Made on a copy, so that the change log says which codes were added.
      const scratch = { ...project, codes: [...project.codes] };
      code = ensureCode(scratch, path);
      for (const added of scratch.codes.slice(project.codes.length)) changes.push({ type: 'addCode', code: added });
    }
    const text = editor.document.getText();
    const codings = editor.selections
      .filter((s) => !s.isEmpty)
      .map((s) => {
        const { start, end } = editorOffsets(editor, s);
        return makeCoding(code.guid, place.source, text, start, end, { memo: memo || undefined });
      });
    for (const coding of codings) changes.push({ type: 'addCoding', coding });
    try {
      store.change(place.folder.folder, ...changes);
    } catch (error) {
      void vscode.window.showErrorMessage(`Code Selection: ${(error as Error).message}`);
      return undefined;
    }
    services.log.info(`coding: ${codings.length} passage(s) of ${vscode.workspace.asRelativePath(editor.document.uri)} coded ${path}`);
    return codings;
  };

  /** The codings under the cursor of the active editor (or the one named). */
  const codingsAtCursor = (guid?: string): PlacedCoding[] => {
    if (guid) return store.allCodings().filter((p) => p.coding.guid === guid);
    const editor = vscode.window.activeTextEditor;
    if (!editor) return [];
    const at = editor.document.offsetAt(editor.selection.active);
    return store.allCodings().filter((p) => p.uri.toString() === editor.document.uri.toString() && p.coding.start <= at && at <= p.coding.end);
  };

  const pickCoding = async (found: PlacedCoding[], title: string): Promise<PlacedCoding | undefined> => {
    if (found.length <= 1) return found[0];
    const items = found.map((p) => ({ label: codePath(store.projects().find((x) => x.folder.uri.toString() === p.folder.uri.toString())!.project.codes, p.coding.code), description: p.coding.text.slice(0, 60), placed: p }));
    return (await vscode.window.showQuickPick(items, { title }))?.placed;
  };

  const pickCode = async (title: string, exclude?: string): Promise<CodeDef | undefined> => {
    const all = store.projects().flatMap(({ project }) => project.codes.filter((c) => c.guid !== exclude).map((c) => ({ label: codePath(project.codes, c.guid), code: c })));
    return (await vscode.window.showQuickPick(all, { title }))?.code;
  };

  const openCoding = async (guid: string) => {
    const placed = store.allCodings().find((p) => p.coding.guid === guid);
    if (!placed) return;
    const document = await vscode.workspace.openTextDocument(placed.uri);
    const range = new vscode.Range(document.positionAt(placed.coding.start), document.positionAt(placed.coding.end));
    await vscode.window.showTextDocument(document, { selection: range, preview: true });
  };

  const matrix = async (args?: { by?: 'speaker' | 'year' }) => {
    const by = args?.by ?? ((await vscode.window.showQuickPick(['speaker', 'year'], { title: 'Codes by…' })) as 'speaker' | 'year' | undefined);
    if (!by) return undefined;
    const rows = (await codedRows(services, store)).map((r) => ({ code: r.code, column: by === 'speaker' ? (r.speaker ?? 'unknown speaker') : r.year }));
    const panel = vscode.window.createWebviewPanel(CodingViews.matrix, `Codes × ${by}`, vscode.ViewColumn.Active, { enableScripts: false, localResourceRoots: [] });
    panel.webview.html = matrixHtml(rows, by, panel.webview.cspSource);
    return rows;
  };

  const saveBytes = async (title: string, name: string, filters: Record<string, string[]>, bytes: Uint8Array, given?: string): Promise<vscode.Uri | undefined> => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = given ? vscode.Uri.parse(given) : await vscode.window.showSaveDialog({ title, filters, defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined });
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Diplomatic Study: wrote ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  };

  const exportQdpx = async (args?: { out?: string }) => {
    await store.ready();
    await store.flush();
    const first = store.projects()[0];
    if (!first) return void vscode.window.showErrorMessage('Export Project: open a workspace folder first.');
    const sources = [];
    for (const source of new Set(first.project.codings.map((c) => c.source))) {
      const uri = store.uriOf(first.folder, source);
      const text = await store.textOf(uri);
      if (text === undefined) services.log.warn(`export: ${source} cannot be read; its codings are left out`);
      else sources.push({ source, name: uri.path.split('/').pop() ?? source, text });
    }
    const bytes = await services.index.qdpxExport(first.project, sources, { name: first.project.name ?? first.folder.name });
    return saveBytes('Export Project (REFI-QDA)', `${first.folder.name}.qdpx`, { 'REFI-QDA project': ['qdpx'] }, bytes, args?.out);
  };

  const importQdpx = async (args?: { file?: string }) => {
    await store.ready();
    const first = store.projects()[0];
    if (!first) return void vscode.window.showErrorMessage('Import Project: open a workspace folder first.');
    const file = args?.file ? vscode.Uri.parse(args.file) : (await vscode.window.showOpenDialog({ title: 'Import Project (.qdpx)', filters: { 'REFI-QDA project': ['qdpx'] }, canSelectMany: false }))?.[0];
    if (!file) return undefined;
    let imported;
    try {
      imported = await services.index.qdpxRead(await vscode.workspace.fs.readFile(file));
    } catch (error) {
      void vscode.window.showErrorMessage(`Import Project: ${vscode.workspace.asRelativePath(file)} is ${(error as Error).message}.`);
      return undefined;
    }
    const corpus: CorpusText[] = [];
    for (const doc of await services.corpus.documents()) {
      const place = store.placeOf(doc.uri);
      const text = place && (await store.textOf(doc.uri));
      if (place && text !== undefined) corpus.push({ source: place.source, text });
    }
    // Names are made free on disk below (the check there is asynchronous).
    const plan = planImport(first.project, imported, corpus, () => false);
    // Never over an existing file: each new transcript's name is checked on disk.
    for (const created of plan.newFiles) {
      let path = created.path;
      for (let n = 2; await exists(vscode.Uri.joinPath(first.folder.uri, path)); n++) path = created.path.replace(/(-\d+)?\.txt$/, `-${n}.txt`);
      if (path !== created.path) for (const c of plan.project.codings) if (c.source === created.path) c.source = path;
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(first.folder.uri, path), new TextEncoder().encode(created.text));
      created.path = path;
    }
    const before = new Set(first.project.codings.map((c) => c.guid));
    const codesBefore = new Set(first.project.codes.map((c) => c.guid));
    store.change(
      first.folder,
      ...plan.project.users.filter((u) => !first.project.users.some((x) => x.guid === u.guid)).map((user): CodingChange => ({ type: 'addUser', user })),
      ...plan.project.codes.filter((c) => !codesBefore.has(c.guid)).map((code): CodingChange => ({ type: 'addCode', code })),
      ...plan.project.codings.filter((c) => !before.has(c.guid)).map((coding): CodingChange => ({ type: 'addCoding', coding })),
    );
    await store.flush();
    services.corpus.refresh();
    const summary = `${imported.name}: ${plan.added} codings of ${imported.codes.length} codes imported${plan.newFiles.length ? `; ${plan.newFiles.length} new transcript(s) in coded-sources/` : ''}${plan.unmapped.length ? `; ${plan.unmapped.length} not imported (see the log)` : ''}.`;
    for (const u of plan.unmapped) services.log.warn(`import: ${u}`);
    void vscode.window.showInformationMessage(`Diplomatic Study: ${summary}`);
    return plan;
  };

  const exists = async (uri: vscode.Uri) => {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  };

  // A transcript changed on disk (Git, another program): its codings are looked for again.
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const corpusChanged = services.corpus.onDidChange(() => {
    clearTimeout(recheck);
    recheck = setTimeout(() => void store.checkAnchors(), 200);
  });
  context.subscriptions.push(
    store,
    decorations,
    corpusChanged,
    { dispose: () => clearTimeout(recheck) },
    view,
    store.onDidChange(refresh),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.refresh()),
    vscode.commands.registerCommand(CodingCommands.codeSelection, codeSelection),
    vscode.commands.registerCommand(CodingCommands.removeCoding, async (guid?: string) => {
      const placed = await pickCoding(codingsAtCursor(typeof guid === 'string' ? guid : undefined), 'Remove which coding?');
      if (!placed) return void vscode.window.showInformationMessage('Put the cursor in a coded passage to remove its coding.');
      store.change(placed.folder, { type: 'removeCoding', guid: placed.coding.guid });
      return placed.coding.guid;
    }),
    vscode.commands.registerCommand(CodingCommands.recode, async (args?: { guid?: string; code?: string }) => {
      const placed = await pickCoding(codingsAtCursor(args?.guid), 'Recode which coding?');
      if (!placed) return void vscode.window.showInformationMessage('Put the cursor in a coded passage to recode it.');
      const project = store.projects().find((p) => p.folder.uri.toString() === placed.folder.uri.toString())!.project;
      const code = args?.code ? (findCode(project.codes, args.code) ?? undefined) : await pickCode('Recode as…', placed.coding.code);
      if (!code) return undefined;
      store.change(placed.folder, { type: 'updateCoding', guid: placed.coding.guid, code: code.guid });
      return code.guid;
    }),
    vscode.commands.registerCommand(CodingCommands.renameCode, async (node?: CodeNode, name?: string) => {
      const target = node?.type === 'code' ? node : undefined;
      if (!target) return;
      const newName = name ?? (await vscode.window.showInputBox({ title: 'Rename Code', value: target.code.name, validateInput: (v) => (v.trim() && !v.includes('/') ? undefined : 'A name, without "/"') }));
      if (newName) store.change(target.folder, { type: 'updateCode', guid: target.code.guid, name: newName.trim() });
    }),
    vscode.commands.registerCommand(CodingCommands.mergeCode, async (node?: CodeNode, into?: string) => {
      const target = node?.type === 'code' ? node : undefined;
      if (!target) return;
      const project = store.projects().find((p) => p.folder.uri.toString() === target.folder.uri.toString())!.project;
      const destination = into ? findCode(project.codes, into) : await pickCode(`Merge “${target.code.name}” into…`, target.code.guid);
      if (!destination || destination.guid === target.code.guid) return;
      store.change(target.folder, { type: 'removeCode', guid: target.code.guid, into: destination.guid });
    }),
    vscode.commands.registerCommand(CodingCommands.openCoding, openCoding),
    vscode.commands.registerCommand(CodingCommands.codeMatrix, matrix),
    vscode.commands.registerCommand(CodingCommands.exportQdpx, exportQdpx),
    vscode.commands.registerCommand(CodingCommands.importQdpx, importQdpx),
    vscode.commands.registerCommand(CodingCommands.exportCodebook, async (args?: { out?: string }) => {
      await store.ready();
      const first = store.projects()[0];
      if (!first) return undefined;
      const xml = await services.index.codebook(first.project);
      return saveBytes('Export Codebook', `${first.folder.name}.qdc`, { 'REFI-QDA codebook': ['qdc'] }, new TextEncoder().encode(xml), args?.out);
    }),
    vscode.commands.registerCommand(CodingCommands.exportCodedSegments, async (args?: { out?: string }) => {
      await store.ready();
      const csv = codedSegmentsCsv(await codedRows(services, store));
      return saveBytes('Export Coded Segments (CSV)', 'coded-segments.csv', { CSV: ['csv'] }, new TextEncoder().encode(`\uFEFF${csv}`), args?.out);
    }),
    vscode.languages.registerHoverProvider('*', {
      provideHover(document, position) {
        const at = document.offsetAt(position);
        const here = store.codingsOf(document.uri).filter((c) => c.start <= at && at < c.end && !store.orphans.has(c.guid));
        if (here.length === 0) return undefined;
        const project = store.projectFor(document.uri)!;
        const markdown = new vscode.MarkdownString(
          here.map((c) => `$(tag) **${codePath(project.codes, c.code)}**${c.memo ? ` — ${c.memo}` : ''}${project.codes.find((x) => x.guid === c.code)?.memo ? `\n\n*Code memo:* ${project.codes.find((x) => x.guid === c.code)!.memo}` : ''}`).join('\n\n'),
          true,
        );
        markdown.isTrusted = false;
        const first = here[0];
        return new vscode.Hover(markdown, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
      },
    }),
  );
  return { codes: provider, view };
}
