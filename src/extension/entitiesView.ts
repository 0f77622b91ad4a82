import * as vscode from 'vscode';
import type { EntityKind, GlossaryEntry } from '../core/glossary';
import { childRanges, rangeText } from '../core/listRanges';
import { shortTitle } from '../core/text';
import type { CorpusMention } from './corpusService';
import { Commands, Views } from './ids';
import type { Services } from './services';

export type EntityNode =
  | { type: 'kind'; kind: EntityKind; entries: { entry: GlossaryEntry; mentions: CorpusMention[] }[] }
  | { type: 'entry'; entry: GlossaryEntry; mentions: CorpusMention[] }
  | { type: 'mention'; entry: GlossaryEntry; mention: CorpusMention }
  /** An entry's mentions `from`–`to` (end excluded), where it has more than the view lists at once (see `childRanges`). */
  | { type: 'mentions'; entry: GlossaryEntry; mentions: CorpusMention[]; from: number; to: number; size: number };

const KIND_TITLE: Record<EntityKind, string> = {
  organisation: 'Organisations',
  forum: 'Forums',
  treaty: 'Treaties',
  agreement: 'Agreements',
  initiative: 'Initiatives',
  principle: 'Principles',
  body: 'Bodies',
  resolution: 'Security Council Resolutions',
};

/** Every glossary entry the corpus mentions, by kind, with its mentions as keywords in context. */
export class EntityTreeProvider implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly services: Services) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.type) {
      case 'kind': {
        const item = new vscode.TreeItem(KIND_TITLE[node.kind], vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.entries.length}`;
        item.id = `kind:${node.kind}`;
        return item;
      }
      case 'entry': {
        const item = new vscode.TreeItem(node.entry.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.mentions.length}`;
        item.tooltip = `${node.entry.name}: ${node.mentions.length} mention${node.mentions.length === 1 ? '' : 's'} in the corpus`;
        item.id = `entry:${node.entry.id}`;
        item.contextValue = 'entity';
        return item;
      }
      case 'mentions': {
        const item = new vscode.TreeItem(`Mentions ${rangeText(node.from, node.to)}`, vscode.TreeItemCollapsibleState.Collapsed);
        item.tooltip = `${node.entry.name}: mentions ${rangeText(node.from, node.to)} of ${node.mentions.length.toLocaleString('en')}`;
        item.id = `mentions:${node.entry.id}:${node.size}:${node.from}`;
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const item = new vscode.TreeItem({ label: `${m.before}${m.text}${m.after}`, highlights: [[m.before.length, m.before.length + m.text.length]] });
        item.description = `line ${m.range.start.line + 1}`;
        item.tooltip = `${shortTitle(m.document.transcript.title)}, line ${m.range.start.line + 1}`;
        item.id = `mention:${node.entry.id}:${m.document.uri.toString()}:${m.range.start.line}:${m.range.start.character}`;
        item.command = { command: Commands.showRange, title: 'Open', arguments: [m.document.uri, m.range] };
        return item;
      }
    }
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) {
      const [{ glossary }, index] = await Promise.all([this.services.glossary.ready(), this.services.corpus.mentions()]);
      const byKind = new Map<EntityKind, { entry: GlossaryEntry; mentions: CorpusMention[] }[]>();
      for (const [id, mentions] of index) {
        const entry = glossary.get(id);
        if (!entry) continue;
        const list = byKind.get(entry.kind) ?? [];
        list.push({ entry, mentions });
        byKind.set(entry.kind, list);
      }
      return [...byKind.entries()]
        .sort((a, b) => KIND_TITLE[a[0]].localeCompare(KIND_TITLE[b[0]]))
        .map(([kind, entries]) => ({ type: 'kind', kind, entries: entries.sort((a, b) => b.mentions.length - a.mentions.length || a.entry.name.localeCompare(b.entry.name)) }));
    }
    if (node.type === 'kind') return node.entries.map(({ entry, mentions }) => ({ type: 'entry', entry, mentions }));
    if (node.type === 'entry' || node.type === 'mentions') {
      const [from, to] = node.type === 'entry' ? [0, node.mentions.length] : [node.from, node.to];
      const ranges = childRanges(from, to);
      if (ranges) return ranges.map(({ start, end, size }) => ({ type: 'mentions', entry: node.entry, mentions: node.mentions, from: start, to: end, size }));
      return node.mentions.slice(from, to).map((mention) => ({ type: 'mention', entry: node.entry, mention }));
    }
    return [];
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function register(context: vscode.ExtensionContext, services: Services): EntityTreeProvider {
  const provider = new EntityTreeProvider(services);
  context.subscriptions.push(
    provider,
    vscode.window.createTreeView(Views.entities, { treeDataProvider: provider, showCollapseAll: true }),
    vscode.commands.registerCommand(Commands.showRange, async (uri: vscode.Uri, range: vscode.Range) => {
      await vscode.window.showTextDocument(uri, { selection: range, preview: true });
    }),
  );
  services.corpus.onDidChange(() => provider.refresh(), undefined, context.subscriptions);
  services.glossary.onDidChange(() => provider.refresh(), undefined, context.subscriptions);
  return provider;
}
