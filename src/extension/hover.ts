import * as vscode from 'vscode';
import { CardCache } from '../core/card';
import { Commands, Settings } from './ids';
import type { Services } from './services';

/** The link on a card that lists the entry's mentions; only this command is trusted on the card. */
function mentionsLink(entryId: string): string {
  return `command:${Commands.showMentions}?${encodeURIComponent(JSON.stringify([entryId]))}`;
}

export class EntityHoverProvider implements vscode.HoverProvider {
  private readonly cards = new CardCache();

  constructor(private readonly services: Services) {
    services.glossary.onDidChange(() => this.cards.clear());
    services.corpus.onDidChange(() => this.cards.clear());
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const found = await this.services.glossary.mentionAt(document, position);
    if (!found) return undefined;
    const { mention, entry } = found;
    const count = (await this.services.corpus.mentionsOf(entry.id)).length;
    const markdown = new vscode.MarkdownString(this.cards.render(entry, {
        mentionCount: count,
        mentionsLink: mentionsLink(entry.id),
        language: await this.services.glossary.languageOf(document),
        mentionText: mention.text,
      }));
    markdown.isTrusted = { enabledCommands: [Commands.showMentions] };
    return new vscode.Hover(markdown, new vscode.Range(position.line, mention.start, position.line, mention.end));
  }
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  const provider = new EntityHoverProvider(services);
  let registration: vscode.Disposable | undefined;
  const update = () => {
    registration?.dispose();
    registration = undefined;
    if (!services.config.hoverEnabled) return;
    // The languages the setting names, and every transcript of the corpus whatever its language
    // (a saved page in transcripts/ opens as HTML).
    const selector: vscode.DocumentFilter[] = [...services.config.hoverLanguages.map((language) => ({ language })), ...services.config.corpusInclude.map((pattern) => ({ pattern }))];
    registration = vscode.languages.registerHoverProvider(selector, provider);
  };
  update();
  services.config.onDidChange([Settings.hoverEnabled, Settings.hoverLanguages, Settings.corpusInclude], update, context.subscriptions);
  context.subscriptions.push({ dispose: () => registration?.dispose() });
}
