import * as vscode from 'vscode';
import { CardCache } from '../core/card';
import { completionText, firstUseProblems, spelledOut } from '../core/drafting';
import { acronymOf, allNames, yearOf, type GlossaryEntry } from '../core/glossary';
import { hasHan } from '../core/language';
import { Settings, TRANSCRIPT_LANGUAGE } from './ids';
import { cardUri } from './mentions';
import type { Services } from './services';

const DRAFT_LANGUAGES = ['markdown', 'plaintext', TRANSCRIPT_LANGUAGE];
const DIAGNOSTIC_SOURCE = 'Diplomatic Study';

/** Go to Definition, Find All References and highlights for glossary mentions. */
class MentionNavigation implements vscode.DefinitionProvider, vscode.ReferenceProvider, vscode.DocumentHighlightProvider {
  constructor(private readonly services: Services) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const mention = (await this.services.glossary.mentionAt(document, position))?.mention;
    return mention ? new vscode.Location(cardUri(mention.entryId), new vscode.Position(0, 0)) : undefined;
  }

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    const mention = (await this.services.glossary.mentionAt(document, position))?.mention;
    if (!mention) return [];
    const { matcher } = await this.services.glossary.ready();
    const locations = new Map<string, vscode.Location[]>();
    for (const m of await this.services.corpus.mentionsOf(mention.entryId)) {
      const key = m.document.uri.toString();
      locations.set(key, [...(locations.get(key) ?? []), new vscode.Location(m.document.uri, m.range)]);
    }
    // Open drafts (and open transcripts with unsaved edits) count as they stand in the editor.
    for (const open of vscode.workspace.textDocuments) {
      if (!DRAFT_LANGUAGES.includes(open.languageId) || open.uri.scheme === 'diplomatic-study-card') continue;
      const key = open.uri.toString();
      if (locations.has(key) && !open.isDirty) continue;
      const found = matcher.matchText(open.getText()).filter((m) => m.entryId === mention.entryId);
      if (found.length) locations.set(key, found.map((m) => new vscode.Location(open.uri, new vscode.Range(m.line, m.start, m.line, m.end))));
    }
    return [...locations.values()].flat();
  }

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    const mention = (await this.services.glossary.mentionAt(document, position))?.mention;
    if (!mention) return [];
    const { matcher } = await this.services.glossary.ready();
    return matcher
      .matchText(document.getText())
      .filter((m) => m.entryId === mention.entryId)
      .map((m) => new vscode.DocumentHighlight(new vscode.Range(m.line, m.start, m.line, m.end), vscode.DocumentHighlightKind.Read));
  }
}

/** Glossary entries as completions: "SC" or "Shanghai Coop" offers the Shanghai Cooperation Organisation. */
class GlossaryCompletion implements vscode.CompletionItemProvider {
  private readonly cards = new CardCache();
  /** Every name of an entry in lower case, worked out once per entry rather than per keystroke. */
  private readonly names = new WeakMap<GlossaryEntry, string[]>();

  private lowerNames(entry: GlossaryEntry): string[] {
    let names = this.names.get(entry);
    if (!names) this.names.set(entry, (names = allNames(entry).map((n) => n.toLowerCase())));
    return names;
  }

  constructor(private readonly services: Services) {
    services.glossary.onDidChange(() => this.cards.clear());
  }

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const { glossary, matcher } = await this.services.glossary.ready();
    const before = document.lineAt(position.line).text.slice(0, position.character);
    // The last one to four words typed: "SC", "Shanghai Coop".
    const phrase = /((?:[\p{L}\p{N}][\p{L}\p{N}+&'’.-]*\s+){0,3}[\p{L}\p{N}][\p{L}\p{N}+&'’.-]*)$/u.exec(before)?.[1];
    if (!phrase) return [];
    const words = phrase.split(/\s+/);
    const last = words[words.length - 1];
    // Chinese has no spaces: what was typed is the longest end of the run that starts a name.
    const tries = hasHan(last)
      ? Array.from({ length: Math.min(10, last.length) }, (_, i) => last.slice(last.length - Math.min(10, last.length) + i))
      : words.map((_, i) => words.slice(i).join(' '));
    const language = await this.services.glossary.languageOf(document);
    const textBefore = document.getText(new vscode.Range(new vscode.Position(0, 0), position));
    const mentionsBefore = matcher.matchText(textBefore);
    for (const typed of tries) {
      const lower = typed.toLowerCase();
      const entries = glossary.entries.filter((e) => this.lowerNames(e).some((n) => n.startsWith(lower)));
      if (entries.length === 0) continue;
      const start = position.translate(0, -typed.length);
      return entries.slice(0, 50).map((entry) => {
        const acronym = acronymOf(entry);
        const item = new vscode.CompletionItem({ label: spelledOut(entry, language), description: acronym ?? undefined }, vscode.CompletionItemKind.Reference);
        item.detail = [entry.kind, yearOf(entry)].filter(Boolean).join(' · ');
        item.documentation = new vscode.MarkdownString(this.cards.render(entry, { language }));
        item.insertText = completionText(entry, mentionsBefore, language);
        item.range = new vscode.Range(start, position);
        // What the user typed is matched against every name of the entry.
        item.filterText = [typed, ...allNames(entry)].join(' ');
        item.sortText = `${entry.name.toLowerCase().startsWith(lower) || acronym?.toLowerCase().startsWith(lower) ? 0 : 1}${entry.name}`;
        return item;
      });
    }
    return [];
  }
}

/** "Spell out SCO on first use" for drafts, and the Quick Fix that does it. */
class FirstUseCheck implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  readonly diagnostics = vscode.languages.createDiagnosticCollection('Diplomatic Study drafting');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly services: Services) {}

  /**
   * Drafts are Markdown documents that are not transcripts — told from the corpus settings at once,
   * so that a draft is checked while thousands of transcripts are still being read.
   */
  private async applies(document: vscode.TextDocument): Promise<boolean> {
    if (!this.services.config.acronymCheck || document.languageId !== 'markdown') return false;
    if (document.uri.scheme === 'diplomatic-study-card') return false;
    return !this.services.corpus.isCorpusFile(document.uri);
  }

  schedule(document: vscode.TextDocument, ms = 300): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.check(document), ms));
  }

  async check(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed || !(await this.applies(document))) {
      this.diagnostics.delete(document.uri);
      return;
    }
    const { glossary, matcher } = await this.services.glossary.ready();
    const language = await this.services.glossary.languageOf(document);
    if (document.isClosed) return;
    this.diagnostics.set(
      document.uri,
      firstUseProblems(document.getText(), matcher, glossary, language).map((p) => {
        const d = new vscode.Diagnostic(new vscode.Range(p.line, p.start, p.line, p.end), p.message, vscode.DiagnosticSeverity.Information);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = 'first-use';
        return d;
      }),
    );
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    return context.diagnostics
      .filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'first-use')
      .map((d) => {
        const expansion = /: (.*)$/.exec(d.message)?.[1] ?? '';
        const action = new vscode.CodeAction(`Spell out: ${expansion}`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, d.range, expansion);
        action.diagnostics = [d];
        action.isPreferred = true;
        return action;
      });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.diagnostics.dispose();
  }
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  const selector = DRAFT_LANGUAGES.map((language) => ({ language }));
  const navigation = new MentionNavigation(services);
  const check = new FirstUseCheck(services);
  context.subscriptions.push(
    check,
    vscode.languages.registerDefinitionProvider(selector, navigation),
    vscode.languages.registerReferenceProvider(selector, navigation),
    vscode.languages.registerDocumentHighlightProvider(selector, navigation),
    vscode.languages.registerCompletionItemProvider([{ language: 'markdown' }, { language: 'plaintext' }], new GlossaryCompletion(services)),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, check, { providedCodeActionKinds: FirstUseCheck.kinds }),
  );
  vscode.workspace.onDidOpenTextDocument((d) => check.schedule(d, 0), undefined, context.subscriptions);
  vscode.workspace.onDidChangeTextDocument((e) => check.schedule(e.document), undefined, context.subscriptions);
  vscode.workspace.onDidCloseTextDocument((d) => check.diagnostics.delete(d.uri), undefined, context.subscriptions);
  services.glossary.onDidChange(() => vscode.workspace.textDocuments.forEach((d) => check.schedule(d, 0)), undefined, context.subscriptions);
  services.config.onDidChange([Settings.acronymCheck], () => vscode.workspace.textDocuments.forEach((d) => check.schedule(d, 0)), context.subscriptions);
  for (const d of vscode.workspace.textDocuments) check.schedule(d, 0);
}
