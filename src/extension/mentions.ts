import * as vscode from 'vscode';
import { CardCache } from '../core/card';
import { CARD_SCHEME, Commands } from './ids';
import type { CorpusMention } from './corpusService';
import type { Services } from './services';

export interface MentionItem extends vscode.QuickPickItem {
  mention: CorpusMention;
}

export async function revealMention(mention: CorpusMention): Promise<void> {
  await vscode.window.showTextDocument(mention.document.uri, { selection: mention.range, preview: true });
}

/** The mentions of an entry as picker items: a keyword in context, the transcript and the line. */
export function mentionItems(mentions: CorpusMention[]): MentionItem[] {
  return mentions.map((mention) => {
    return {
      label: `${mention.before}${mention.text}${mention.after}`.trim(),
      // VS Code's own filter would hide and re-sort items; the list is already what was asked for.
      alwaysShow: true,
      description: `${mention.document.transcript.title.slice(0, 60)} · line ${mention.range.start.line + 1}`,
      mention,
    };
  });
}

/** Lists the corpus mentions of a glossary entry, each a keyword in context, and opens the one chosen. */
async function showMentions(services: Services, entryId: unknown): Promise<void> {
  const { glossary } = await services.glossary.ready();
  const entry = typeof entryId === 'string' ? glossary.get(entryId) : undefined;
  if (!entry) {
    services.log.warn(`showMentions: no glossary entry "${String(entryId)}"`);
    return;
  }
  const mentions = await services.corpus.mentionsOf(entry.id);
  if (mentions.length === 0) {
    void vscode.window.showInformationMessage(`The corpus does not mention ${entry.name}.`);
    return;
  }
  const items = mentionItems(mentions);
  const picked = await vscode.window.showQuickPick(items, {
    title: `${entry.name}: ${mentions.length} mention${mentions.length === 1 ? '' : 's'} in the corpus`,
    matchOnDescription: true,
  });
  if (picked) await revealMention(picked.mention);
}

/** Read-only Markdown renderings of glossary cards, at `diplomatic-study-card:/<id>.md`. */
class CardDocuments implements vscode.TextDocumentContentProvider {
  private readonly cards = new CardCache();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly services: Services) {
    // Cards change with the glossary: open ones are rendered again.
    services.glossary.onDidChange(() => {
      this.cards.clear();
      for (const d of vscode.workspace.textDocuments) if (d.uri.scheme === CARD_SCHEME) this.changed.fire(d.uri);
    });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const { glossary } = await this.services.glossary.ready();
    const entry = glossary.get(id);
    if (!entry) return `No glossary entry "${id}".`;
    const count = (await this.services.corpus.mentionsOf(id)).length;
    return this.cards.render(entry, { mentionCount: count }) + '\n';
  }
}

export function cardUri(entryId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: CARD_SCHEME, path: `/${entryId}.md` });
}

/** Shows an entry's card beside the editor, then its mentions in the corpus. */
async function showEntry(services: Services, entryId: unknown): Promise<void> {
  if (typeof entryId !== 'string') return;
  await vscode.commands.executeCommand('markdown.showPreviewToSide', cardUri(entryId));
  await showMentions(services, entryId);
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(CARD_SCHEME, new CardDocuments(services)),
    vscode.commands.registerCommand(Commands.showMentions, (entryId: unknown) => showMentions(services, entryId)),
    vscode.commands.registerCommand(Commands.showEntry, (entryId: unknown) => showEntry(services, entryId)),
  );
}
