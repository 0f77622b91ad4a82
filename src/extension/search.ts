import * as vscode from 'vscode';
import type { GlossaryEntry } from '../core/glossary';
import { acronymOf, yearOf } from '../core/glossary';
import { EntrySearch } from '../core/entrySearch';
import { wordsWithOffsets } from '../core/search/query';
import type { SearchHit } from '../core/search/searchIndex';
import { Commands } from './ids';
import type { Services } from './services';

export const SEARCH_PLACEHOLDER = 'Words in any order, typos welcome · "exact phrase" · \'exact · ^prefix · !exclude · a | b · speaker:name · role:question|answer';
const RESULT_LIMIT = 50;
/** Enough to coalesce a burst of keystrokes, short enough not to be noticed. */
const DEBOUNCE_MS = 40;

export interface HitItem extends vscode.QuickPickItem {
  hit: SearchHit;
}

const OPEN_TO_SIDE: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('split-horizontal'), tooltip: 'Open to the Side' };

export function hitItem(hit: SearchHit): HitItem {
  return {
    label: hit.snippet,
    description: [hit.speaker, hit.section].filter(Boolean).join(' · '),
    detail: [hit.transcript, [hit.place, hit.date].filter(Boolean).join(' · ')].filter(Boolean).join(' — '),
    // VS Code's own filter would hide and re-sort what the index found.
    alwaysShow: true,
    buttons: [OPEN_TO_SIDE],
    hit,
  };
}

/** The first matched word inside the paragraph's lines, or the paragraph's first line. */
export function matchRange(document: vscode.TextDocument, hit: SearchHit): vscode.Range {
  const matched = new Set(hit.matched);
  const last = Math.min(hit.endLine, document.lineCount - 1);
  for (let line = hit.line; line <= last; line++) {
    const found = wordsWithOffsets(document.lineAt(line).text).find((w) => matched.has(w.word));
    if (found) return new vscode.Range(line, found.start, line, found.end);
  }
  const first = Math.min(hit.line, document.lineCount - 1);
  return document.lineAt(first).range;
}

export async function openHit(hit: SearchHit, options: { preview: boolean; preserveFocus: boolean; viewColumn?: vscode.ViewColumn }): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(hit.file));
  const range = matchRange(document, hit);
  const editor = await vscode.window.showTextDocument(document, { preview: options.preview, preserveFocus: options.preserveFocus, viewColumn: options.viewColumn, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** The command palette search: every paragraph of every transcript, as you type. */
export interface SearchPickerOptions {
  query?: string;
  title?: string;
  /** Preview results in the editor while moving through them (not when inserting into a draft). */
  preview?: boolean;
  /** What Enter does with the chosen result; by default it opens it. */
  onPick?: (hit: SearchHit) => Promise<void> | void;
}

/** The last search picker opened, for the tests that drive it. */
let lastPicker: vscode.QuickPick<HitItem> | undefined;

export function searchTranscripts(services: Services, args?: SearchPickerOptions): vscode.QuickPick<HitItem> {
  const picker = vscode.window.createQuickPick<HitItem>();
  lastPicker = picker;
  const baseTitle = args?.title ?? 'Search Transcripts';
  picker.title = baseTitle;
  picker.placeholder = SEARCH_PLACEHOLDER;
  picker.matchOnDetail = false;
  picker.ignoreFocusOut = false;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const disposables: vscode.Disposable[] = [picker];

  const run = async (query: string, mine: number) => {
    try {
      const response = await services.search.search(query, { limit: RESULT_LIMIT, prefixLast: true });
      // A later keystroke has asked again: this answer is stale.
      if (mine !== sequence) return;
      picker.items = response.results.map(hitItem);
      picker.title = response.total > RESULT_LIMIT ? `${baseTitle} — best ${RESULT_LIMIT} of ${response.total}` : `${baseTitle} — ${response.total} paragraph${response.total === 1 ? '' : 's'}`;
    } catch (error) {
      services.log.error(`search "${query}": ${(error as Error).message}`);
      if (mine === sequence) picker.items = [];
    } finally {
      if (mine === sequence) picker.busy = false;
    }
  };
  const onQuery = (value: string) => {
    const mine = ++sequence;
    if (timer) clearTimeout(timer);
    if (value.trim() === '') {
      picker.items = [];
      picker.busy = false;
      picker.title = baseTitle;
      return;
    }
    picker.busy = true;
    timer = setTimeout(() => void run(value, mine), DEBOUNCE_MS);
  };

  picker.onDidChangeValue(onQuery, undefined, disposables);
  picker.onDidChangeActive(
    ([item]) => {
      if (item && args?.preview !== false) void openHit(item.hit, { preview: true, preserveFocus: true }).catch((e: Error) => services.log.warn(`preview: ${e.message}`));
    },
    undefined,
    disposables,
  );
  picker.onDidTriggerItemButton(
    ({ item }) => {
      picker.hide();
      void openHit(item.hit, { preview: false, preserveFocus: false, viewColumn: vscode.ViewColumn.Beside });
    },
    undefined,
    disposables,
  );
  picker.onDidAccept(
    () => {
      const [item] = picker.selectedItems.length ? picker.selectedItems : picker.activeItems;
      picker.hide();
      if (item && args?.onPick) void Promise.resolve(args.onPick(item.hit)).catch((e: Error) => services.log.error(`${baseTitle}: ${e.message}`));
      else if (item) void openHit(item.hit, { preview: false, preserveFocus: false });
    },
    undefined,
    disposables,
  );
  picker.onDidHide(
    () => {
      if (timer) clearTimeout(timer);
      vscode.Disposable.from(...disposables).dispose();
    },
    undefined,
    disposables,
  );
  picker.show();
  const initial = typeof args?.query === 'string' ? args.query : '';
  if (initial) {
    picker.value = initial;
    onQuery(initial);
  }
  return picker;
}

export interface EntryItem extends vscode.QuickPickItem {
  /** None on the "No entry matches" row. */
  entry?: GlossaryEntry;
}

let lastEntityPicker: vscode.QuickPick<EntryItem> | undefined;

/** A picker over the glossary: names and acronyms in five languages, members and seats, what an entry is about. */
async function searchEntities(services: Services, initial?: string): Promise<vscode.QuickPick<EntryItem>> {
  const { glossary } = await services.glossary.ready();
  const finder = new EntrySearch(glossary.entries, glossary.places);
  const toItem = (entry: GlossaryEntry, why?: string): EntryItem => {
    const acronym = acronymOf(entry);
    return {
      label: acronym && acronym !== entry.name ? `${acronym} — ${entry.name}` : entry.name,
      description: [entry.kind, yearOf(entry), why].filter(Boolean).join(' · '),
      detail: entry.summary,
      alwaysShow: true,
      entry,
    };
  };
  const picker = vscode.window.createQuickPick<EntryItem>();
  lastEntityPicker = picker;
  picker.title = 'Organisations & Agreements';
  picker.placeholder = 'Name or acronym in any language, a member or seat, or what it does (SCO, ШОС, 上合组织, Myanmar, Вена, nuclear tests…)';
  const all = [...glossary.entries].sort((a, b) => a.name.localeCompare(b.name)).map((e) => toItem(e));
  picker.items = all;
  const onValue = (value: string) => {
    if (!value.trim()) {
      picker.items = all;
      return;
    }
    const found = finder.search(value, 50);
    picker.items = found.length
      ? found.map((m) => toItem(m.entry, m.reason === 'member' ? `member: ${m.detail}` : m.reason === 'seat' ? `seat: ${m.detail}` : m.reason === 'close' ? 'near spelling' : undefined))
      : [{ label: `No entry matches “${value.trim()}”`, detail: 'Try a name or acronym in any of the five languages, a member state or a seat.', alwaysShow: true } as EntryItem];
  };
  picker.onDidChangeValue(onValue);
  picker.onDidAccept(() => {
    const [item] = picker.selectedItems;
    if (!item?.entry) return;
    picker.hide();
    void vscode.commands.executeCommand(Commands.showEntry, item.entry.id);
  });
  picker.onDidHide(() => picker.dispose());
  picker.show();
  if (initial) {
    picker.value = initial;
    onValue(initial);
  }
  return picker;
}

/** The search pickers, as the tests see them. */
export interface SearchUi {
  readonly lastPicker: vscode.QuickPick<HitItem> | undefined;
  readonly lastEntityPicker: vscode.QuickPick<EntryItem> | undefined;
}

export function register(context: vscode.ExtensionContext, services: Services): SearchUi {
  const ui: SearchUi = {
    get lastPicker() {
      return lastPicker;
    },
    get lastEntityPicker() {
      return lastEntityPicker;
    },
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.search, (args?: { query?: string }) => {
      searchTranscripts(services, { query: typeof args?.query === 'string' ? args.query : undefined });
    }),
    vscode.commands.registerCommand(Commands.searchEntities, (args?: { query?: string }) => searchEntities(services, typeof args?.query === 'string' ? args.query : undefined)),
  );
  return ui;
}
