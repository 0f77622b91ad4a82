import * as vscode from 'vscode';
import { sectionAt, sectionLabel, turnLabel, type Paragraph, type Section, type Turn } from '../core/model';
import { childRanges, rangeText } from '../core/listRanges';
import { firstSentence, shortTitle, shorten } from '../core/text';
import type { CorpusDocument } from './corpusService';
import { Commands, ContextKeys, Views } from './ids';
import type { Services } from './services';

export type TranscriptNode =
  | { type: 'transcript'; doc: CorpusDocument }
  | { type: 'section'; doc: CorpusDocument; section: Section }
  | { type: 'turn'; doc: CorpusDocument; section: Section; turn: Turn }
  | { type: 'paragraph'; doc: CorpusDocument; section: Section; turn: Turn; paragraph: Paragraph; parentIsTurn: boolean }
  /** The children `from`–`to` (end excluded) of `owner`, where it has more than a view lists at once (see `childRanges`). */
  | { type: 'range'; doc: CorpusDocument; owner: TranscriptNode; from: number; to: number; size: number };

export type TranscriptSort = 'date' | 'title';

export interface FirstRenderTiming {
  /** From activate() to the roots being ready. */
  sinceActivationMs: number;
  /** From VS Code asking for the roots (the view became visible) to them being ready. */
  sinceRequestMs: number;
  requestedAfterMs: number;
}


function linesText(start: number, end: number): string {
  return start === end ? `line ${start + 1}` : `lines ${start + 1}–${end + 1}`;
}

/** Up to this many transcripts, each shows its sections in the view from the start. */
const EXPANDED_ROOTS_MAX = 50;

/**
 * Transcripts → opening remarks (→ paragraphs) and exchanges (→ question and answer turns).
 * Nodes are made once per corpus read, so that `reveal` finds the very objects it was given.
 */
export class TranscriptTreeProvider implements vscode.TreeDataProvider<TranscriptNode>, vscode.Disposable {
  /** How many transcripts the view lists, and their labels, made once per listing. */
  private rootCount = 0;
  private rootLabels = new WeakMap<CorpusDocument, string>();
  private readonly changed = new vscode.EventEmitter<TranscriptNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Promise<TranscriptNode[]> | undefined;
  private readonly children = new Map<TranscriptNode, TranscriptNode[]>();
  /** Each node's children before they are grouped in ranges. */
  private readonly allChildren = new Map<TranscriptNode, TranscriptNode[]>();
  private readonly parents = new Map<TranscriptNode, TranscriptNode>();
  private firstRender: ((timing: FirstRenderTiming) => void) | undefined;
  /** When the tree first had its transcripts to show, on the extension host's clock. */
  readonly firstRender$: Promise<FirstRenderTiming>;

  constructor(
    private readonly services: Services,
    private readonly activatedAt: number,
    private sort: TranscriptSort,
  ) {
    this.firstRender$ = new Promise((resolve) => (this.firstRender = resolve));
  }

  setSort(sort: TranscriptSort): void {
    this.sort = sort;
    this.refresh();
  }

  refresh(): void {
    this.roots = undefined;
    this.children.clear();
    this.allChildren.clear();
    this.parents.clear();
    this.changed.fire(undefined);
  }

  getTreeItem(node: TranscriptNode): vscode.TreeItem {
    const { doc } = node;
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    const none = vscode.TreeItemCollapsibleState.None;
    let item: vscode.TreeItem;
    switch (node.type) {
      case 'transcript': {
        const t = doc.transcript;
        // A few transcripts open showing their sections; thousands open closed, or VS Code would ask for
        // the sections of every one of them at once (seconds of the extension host's time at 10,000).
        item = new vscode.TreeItem(this.rootLabels.get(doc) ?? shortTitle(t.title), this.rootCount <= EXPANDED_ROOTS_MAX ? vscode.TreeItemCollapsibleState.Expanded : collapsed);
        item.description = [t.place, t.date].filter(Boolean).join(' · ');
        item.iconPath = new vscode.ThemeIcon('book');
        item.contextValue = 'transcript';
        item.command = { command: Commands.revealRange, title: 'Open', arguments: [doc.uri, 0, 0] };
        break;
      }
      case 'section': {
        const s = node.section;
        item = new vscode.TreeItem(sectionLabel(s), collapsed);
        // A joint press conference opens with several ministers: name them all.
        const voices = s.kind === 'opening' ? [...new Set(s.turns.filter((t) => t.role === 'remarks' && t.speaker).map((t) => t.speaker!))] : [];
        item.description = [voices.length > 1 ? voices.join(', ') : s.speaker, s.date].filter(Boolean).join(' · ') || undefined;
        item.iconPath = new vscode.ThemeIcon(s.kind === 'exchange' ? 'comment-discussion' : 'megaphone');
        item.contextValue = s.kind;
        // An exchange opens at its question; opening remarks at their whole range.
        const target = s.kind === 'exchange' ? (s.turns.find((t) => t.role === 'question') ?? s.turns[0]).range : s.range;
        item.command = { command: Commands.revealRange, title: 'Open', arguments: [doc.uri, target.start, target.end] };
        break;
      }
      case 'turn': {
        const t = node.turn;
        item = new vscode.TreeItem(turnLabel(t), t.paragraphs.length > 1 ? collapsed : none);
        item.description = t.speaker ?? undefined;
        item.iconPath = new vscode.ThemeIcon(t.role === 'question' ? 'question' : 'comment');
        item.contextValue = 'turn';
        item.command = { command: Commands.revealRange, title: 'Open', arguments: [doc.uri, t.range.start, t.range.end] };
        break;
      }
      case 'paragraph': {
        const p = node.paragraph;
        item = new vscode.TreeItem(shorten(firstSentence(p.text), 70), none);
        item.contextValue = 'paragraph';
        item.command = { command: Commands.revealRange, title: 'Open', arguments: [doc.uri, p.range.start, p.range.end] };
        break;
      }
      case 'range': {
        const lines = this.rangeLines(node);
        item = new vscode.TreeItem(`${rangeNoun(node.owner)} ${rangeText(node.from, node.to)}`, collapsed);
        item.description = lines ? linesText(lines.start, lines.end) : undefined;
        item.iconPath = new vscode.ThemeIcon('list-unordered');
        item.contextValue = 'range';
        break;
      }
    }
    item.id = nodeId(node);
    return item;
  }

  async resolveTreeItem(item: vscode.TreeItem, node: TranscriptNode): Promise<vscode.TreeItem> {
    item.tooltip = await this.tooltip(node);
    return item;
  }

  async getChildren(node?: TranscriptNode): Promise<TranscriptNode[]> {
    if (!node) {
      this.roots ??= this.loadRoots();
      return this.roots;
    }
    let list = this.children.get(node);
    if (!list) {
      const owner = node.type === 'range' ? node.owner : node;
      const all = this.all(owner);
      list = node.type === 'range' ? inRanges(owner, all, node.from, node.to) : inRanges(owner, all, 0, all.length);
      this.children.set(node, list);
      for (const child of list) this.parents.set(child, node);
    }
    return list;
  }

  /** A node's children, every one (`getChildren` groups them in ranges where there are many). */
  private all(node: TranscriptNode): TranscriptNode[] {
    let list = this.allChildren.get(node);
    if (!list) this.allChildren.set(node, (list = childrenOf(node)));
    return list;
  }

  /** The lines a range's children span. */
  private rangeLines(node: Extract<TranscriptNode, { type: 'range' }>): { start: number; end: number } | undefined {
    const list = this.all(node.owner);
    const first = rangeOf(list[node.from]);
    const last = rangeOf(list[node.to - 1]);
    return first && last ? { start: first.start, end: last.end } : undefined;
  }

  getParent(node: TranscriptNode): TranscriptNode | undefined {
    return this.parents.get(node);
  }

  /** The section node of a document's line, children made on the way so that `reveal` can walk up. */
  async sectionNodeAt(uri: vscode.Uri, line: number): Promise<TranscriptNode | undefined> {
    const root = (await this.getChildren()).find((n) => n.doc.uri.toString() === uri.toString());
    const section = root && sectionAt(root.doc.transcript, line);
    if (!root || !section) return undefined;
    // Down through the ranges that hold it, where the transcript has many sections.
    const index = root.doc.transcript.sections.indexOf(section);
    let list = await this.getChildren(root);
    for (;;) {
      const found = list.find((n) => (n.type === 'section' && n.section === section) || (n.type === 'range' && n.from <= index && index < n.to));
      if (!found || found.type !== 'range') return found;
      list = await this.getChildren(found);
    }
  }

  private async loadRoots(): Promise<TranscriptNode[]> {
    const requestedAt = performance.now();
    const documents = await this.services.corpus.documents();
    // Keys made once per transcript and one collator for the whole sort: `localeCompare` makes a
    // collator per comparison, and 10,000 transcripts take some 140,000 comparisons.
    const collator = new Intl.Collator();
    this.rootLabels = new WeakMap();
    const keyed = documents.map((doc) => {
      const label = shortTitle(doc.transcript.title);
      this.rootLabels.set(doc, label);
      return { node: { type: 'transcript', doc } as TranscriptNode, date: doc.transcript.date ?? '', title: this.sort === 'date' ? doc.transcript.title : label };
    });
    keyed.sort((a, b) => (this.sort === 'date' ? collator.compare(b.date, a.date) || collator.compare(a.title, b.title) : collator.compare(a.title, b.title)));
    const roots = keyed.map((k) => k.node);
    this.rootCount = roots.length;
    void vscode.commands.executeCommand('setContext', ContextKeys.transcriptCount, roots.length);
    if (this.firstRender) {
      const now = performance.now();
      const timing = { sinceActivationMs: now - this.activatedAt, sinceRequestMs: now - requestedAt, requestedAfterMs: requestedAt - this.activatedAt };
      this.services.log.info(
        `transcripts view: first render ${timing.sinceActivationMs.toFixed(1)} ms after activation; VS Code asked for it ${timing.requestedAfterMs.toFixed(1)} ms after activation and it took ${timing.sinceRequestMs.toFixed(1)} ms (${roots.length} transcripts)`,
      );
      this.firstRender(timing);
      this.firstRender = undefined;
    }
    return roots;
  }

  private async tooltip(node: TranscriptNode): Promise<vscode.MarkdownString> {
    const { glossary } = await this.services.glossary.ready();
    if (node.type === 'range') {
      const lines = this.rangeLines(node);
      const md = new vscode.MarkdownString();
      md.appendText(`${rangeNoun(node.owner)} ${rangeText(node.from, node.to)} of ${this.all(node.owner).length.toLocaleString('en')}`);
      if (lines) md.appendText(` · ${linesText(lines.start, lines.end)}`);
      return md;
    }
    const range = rangeOf(node);
    const md = new vscode.MarkdownString();
    if (node.type === 'transcript') {
      const t = node.doc.transcript;
      md.appendMarkdown('**').appendText(t.title).appendMarkdown('**\n\n');
      md.appendText([t.place, t.date].filter(Boolean).join(' · ') || 'Place and date unknown').appendMarkdown('\n\n');
      md.appendText(`${t.sections.filter((s) => s.kind === 'exchange').length} questions · speakers: ${t.speakers.join(', ') || 'none named'}`);
      return md;
    }
    const label = node.type === 'section' ? sectionLabel(node.section) : node.type === 'turn' ? node.turn.paragraphs[0].text : node.paragraph.text;
    const speaker = node.type === 'section' ? node.section.speaker : node.turn.speaker;
    md.appendMarkdown('**').appendText(shorten(label, 300)).appendMarkdown('**\n\n');
    md.appendText(`${speaker ?? 'Speaker not named'} · ${linesText(range!.start, range!.end)}`);
    const names = new Set<string>();
    for (const m of node.doc.mentions) if (m.line >= range!.start && m.line <= range!.end) names.add(glossary.get(m.entryId)?.name ?? m.entryId);
    if (names.size) md.appendMarkdown('\n\n').appendText(`Mentions: ${[...names].join(', ')}`);
    return md;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function nodeId(node: TranscriptNode): string {
  const base = node.doc.uri.toString();
  switch (node.type) {
    case 'range':
      // Named by where it starts and how many it may hold, not where it ends: a range that grows as
      // sections are typed stays the same item, open if it was.
      return `${nodeId(node.owner)}#r${node.size}:${node.from}`;
    case 'transcript':
      return base;
    case 'section':
      return `${base}#${node.section.kind}-${node.section.number}`;
    case 'turn':
      return `${base}#${node.section.kind}-${node.section.number}@${node.turn.range.start}`;
    case 'paragraph':
      return `${base}#p${node.paragraph.range.start}`;
  }
}

function childrenOf(node: TranscriptNode): TranscriptNode[] {
  const { doc } = node;
  switch (node.type) {
    case 'transcript':
      return doc.transcript.sections.map((section) => ({ type: 'section', doc, section }));
    case 'section':
      if (node.section.kind === 'opening') {
        return node.section.turns.flatMap((turn) => turn.paragraphs.map((paragraph) => ({ type: 'paragraph' as const, doc, section: node.section, turn, paragraph, parentIsTurn: false })));
      }
      return node.section.turns.map((turn) => ({ type: 'turn', doc, section: node.section, turn }));
    case 'turn':
      return node.turn.paragraphs.length > 1
        ? node.turn.paragraphs.map((paragraph) => ({ type: 'paragraph' as const, doc, section: node.section, turn: node.turn, paragraph, parentIsTurn: true }))
        : [];
    case 'paragraph':
    case 'range':
      return [];
  }
}

/** `list[from..to)` as `owner`'s children: as they are, or in ranges where there are many (see `childRanges`). */
function inRanges(owner: TranscriptNode, list: TranscriptNode[], from: number, to: number): TranscriptNode[] {
  const ranges = childRanges(from, to);
  if (!ranges) return from === 0 && to === list.length ? list : list.slice(from, to);
  return ranges.map(({ start, end, size }) => ({ type: 'range', doc: owner.doc, owner, from: start, to: end, size }));
}

/** What a range of `owner`'s children holds. */
function rangeNoun(owner: TranscriptNode): string {
  if (owner.type === 'transcript') return 'Sections';
  if (owner.type === 'section' && owner.section.kind === 'exchange') return 'Turns';
  return 'Paragraphs';
}

/** The lines of a node of the tree (none for a transcript or a range). */
function rangeOf(node: TranscriptNode | undefined): { start: number; end: number } | undefined {
  switch (node?.type) {
    case 'section':
      return node.section.range;
    case 'turn':
      return node.turn.range;
    case 'paragraph':
      return node.paragraph.range;
    default:
      return undefined;
  }
}

export function register(
  context: vscode.ExtensionContext,
  services: Services,
  activatedAt: number,
): { provider: TranscriptTreeProvider; view: vscode.TreeView<TranscriptNode> } {
  const sort = context.workspaceState.get<TranscriptSort>('transcriptSort', 'date');
  const provider = new TranscriptTreeProvider(services, activatedAt, sort);
  const view = vscode.window.createTreeView(Views.transcripts, { treeDataProvider: provider, showCollapseAll: true });
  const setSort = (next: TranscriptSort) => {
    void context.workspaceState.update('transcriptSort', next);
    void vscode.commands.executeCommand('setContext', ContextKeys.transcriptSort, next);
    provider.setSort(next);
  };
  void vscode.commands.executeCommand('setContext', ContextKeys.transcriptSort, sort);
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand(Commands.refresh, () => services.corpus.refresh()),
    vscode.commands.registerCommand(Commands.stopIndexing, () => services.corpus.stopLoading()),
    vscode.commands.registerCommand(Commands.sortByDate, () => setSort('date')),
    vscode.commands.registerCommand(Commands.sortByTitle, () => setSort('title')),
  );
  services.corpus.onDidChange(() => provider.refresh(), undefined, context.subscriptions);
  followCursor(context, services, provider, view);
  return { provider, view };
}

/** Keeps the tree's selection on the section under the cursor, without taking focus from the editor. */
function followCursor(context: vscode.ExtensionContext, services: Services, provider: TranscriptTreeProvider, view: vscode.TreeView<TranscriptNode>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = async (editor: vscode.TextEditor) => {
    if (!services.config.followCursor || !view.visible) return;
    const line = editor.selection.active.line;
    // A click on a paragraph or turn already selects something inside the section: leave it be.
    const selected = view.selection[0];
    const r = selected && selected.doc.uri.toString() === editor.document.uri.toString() ? rangeOf(selected) : undefined;
    if (r && r.start <= line && line <= r.end) return;
    const node = await provider.sectionNodeAt(editor.document.uri, line);
    if (node) await view.reveal(node, { select: true, focus: false, expand: false });
  };
  vscode.window.onDidChangeTextEditorSelection(
    (event) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void follow(event.textEditor).catch((e: Error) => services.log.warn(`follow cursor: ${e.message}`)), 100);
    },
    undefined,
    context.subscriptions,
  );
  context.subscriptions.push({ dispose: () => timer && clearTimeout(timer) });
}
