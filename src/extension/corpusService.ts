import * as vscode from 'vscode';
import type { IndexedFile, LoadResult, MentionData } from '../core/corpusIndex';
import { DisplayReader } from '../core/display';
import { matchesAny, workspaceFolderFilter, type FolderFilter } from '../core/glob';
import type { Transcript } from '../core/model';
import type { Config } from './config';
import type { GlossaryService } from './glossaryService';
import type { IndexClient, StudyRequest } from './indexClient';
import { yieldToEditor } from './yieldToEditor';
import { listExtensionFolder, readExtensionFile } from './extensionFiles';
import { Commands } from './ids';

export interface CorpusDocument {
  uri: vscode.Uri;
  transcript: Transcript;
  mentions: MentionData[];
  bundled: boolean;
}

export interface CorpusMention {
  entryId: string;
  document: CorpusDocument;
  range: vscode.Range;
  text: string;
  before: string;
  after: string;
}

const TRANSCRIPT_FILE = /\.(?:txt|md|markdown|html?)$/i;
/** Larger files are not read: a transcript this size is almost certainly not one. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;
const READ_CONCURRENCY = 8;
/** Files on a local disk go to the worker this many at a time: few round trips, and the count moves. */
const LOAD_BATCH = 100;
/** After a change, the cache is written once things have been quiet this long. */
const SAVE_DELAY_MS = 5000;
/** How soon a write that found the index busy looks again (the quiet spell has passed already). */
const SAVE_RETRY_MS = 1000;
/** How long the main thread reads a transcript's display data before it lets other work run. */
const DISPLAY_MS_PER_TURN = 12;
/** Editing: wait for a pause in typing before the tree and Outline follow. */
const EDIT_DEBOUNCE_MS = 300;
/** File events come in bursts (a checkout, a copy): handle each file once per burst. */
const WATCH_DEBOUNCE_MS = 100;
/** How many mentions are gathered between two looks at the clock. */
const MENTIONS_PER_CLOCK_CHECK = 2000;
/** A file found being written is read again once it has been left alone this long. */
const WRITING_RETRY_MS = 500;

/**
 * The transcripts the extension knows: the bundled corpus and the workspace's own, read through
 * `vscode.workspace.fs` (so remote and virtual workspaces work), parsed in the index worker, and
 * kept current file by file by a watcher and by edits in open editors.
 */
export class CorpusService implements vscode.Disposable {
  private readonly docs = new Map<string, CorpusDocument>();
  /** Files that could not be read, and why: the log says it, and tests read it. */
  readonly problems = new Map<string, string>();
  private loading: Promise<void> | undefined;
  private mentionIndex: Map<string, CorpusMention[]> | undefined;
  /** Counts the times the mention index was let go, so that one gathered across a change is not kept. */
  private mentionChanges = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the set of transcripts or their contents changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private generation = 0;
  /** Where the load under way is: files read of files found; tests and the status bar read it. */
  readonly progress = { read: 0, total: 0, stopped: false };
  private stopRequested = false;
  private readonly status = vscode.window.createStatusBarItem('diplomaticStudy.indexing', vscode.StatusBarAlignment.Left, 10);

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly config: Config,
    private readonly glossary: GlossaryService,
    private readonly index: IndexClient,
    private readonly log: vscode.LogOutputChannel,
    /** Where the cache of read transcripts is kept (the workspace's storage, else the global one); never in the workspace. */
    private readonly cacheFolder?: vscode.Uri,
  ) {
    index.onWorkerLost = () => this.refresh();
    glossary.onDidChange(() => void this.rematch(), undefined, this.disposables);
    config.onDidChange(config.corpusSettings, () => this.refresh(), this.disposables);
    vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document), undefined, this.disposables);
    vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d), undefined, this.disposables);
    vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh(), undefined, this.disposables);
  }

  /** Every transcript, once the first load has finished. */
  async documents(): Promise<CorpusDocument[]> {
    this.loading ??= this.load();
    await this.loading;
    return [...this.docs.values()];
  }

  async documentFor(uri: vscode.Uri): Promise<CorpusDocument | undefined> {
    await this.documents();
    return this.docs.get(uri.toString());
  }

  /** Mentions by glossary id, in corpus order. */
  async mentions(): Promise<Map<string, CorpusMention[]>> {
    await this.documents();
    if (this.mentionIndex) return this.mentionIndex;
    // The views and hovers that ask at once share one gathering of the corpus as it is now.
    if (this.gathering?.changes !== this.mentionChanges) this.gathering = { changes: this.mentionChanges, index: this.gatherMentions() };
    return this.gathering.index;
  }

  private gathering: { changes: number; index: Promise<Map<string, CorpusMention[]>> } | undefined;

  private async gatherMentions(): Promise<Map<string, CorpusMention[]>> {
    const changes = this.mentionChanges;
    const index = new Map<string, CorpusMention[]>();
    let turn = performance.now();
    // Thousands of transcripts' mentions, or the 180,000 of one 50 MB transcript (130 ms in one go),
    // are gathered a few milliseconds at a time. False: a transcript changed meanwhile, and the
    // mentions are gathered again from what the corpus is now.
    const breathe = async (): Promise<boolean> => {
      await yieldToEditor();
      turn = performance.now();
      return changes === this.mentionChanges;
    };
    let counted = 0;
    for (const document of [...this.docs.values()]) {
      for (const m of document.mentions) {
        const list = index.get(m.entryId) ?? [];
        list.push({ entryId: m.entryId, document, range: new vscode.Range(m.line, m.start, m.line, m.end), text: m.text, before: m.before, after: m.after });
        index.set(m.entryId, list);
        // The clock is read every 2,000 mentions, and only a turn that has run its time yields.
        if (++counted % MENTIONS_PER_CLOCK_CHECK === 0 && performance.now() - turn > DISPLAY_MS_PER_TURN && !(await breathe())) return this.mentions();
      }
      if (performance.now() - turn > DISPLAY_MS_PER_TURN && !(await breathe())) return this.mentions();
    }
    this.mentionIndex = index;
    return index;
  }

  /** The mention index is out of date: made again when next asked. */
  private forgetMentions(): void {
    this.mentionIndex = undefined;
    this.mentionChanges++;
  }

  async mentionsOf(entryId: string): Promise<CorpusMention[]> {
    return (await this.mentions()).get(entryId) ?? [];
  }

  async search(query: string, options: { limit?: number; prefixLast?: boolean }) {
    await this.documents();
    await this.settleEdits();
    return this.index.search(query, options);
  }

  /** A corpus study over every transcript, once the first load has finished. */
  async study(request: StudyRequest): Promise<unknown> {
    await this.documents();
    await this.settleEdits();
    return this.index.study(request);
  }

  /** Reads everything again (settings changed, the user asked, the worker was lost). */
  refresh(): void {
    this.generation++;
    this.corpusPatterns = undefined;
    this.folderFilters.clear();
    this.loading = undefined;
    this.forgetMentions();
    // One request for them all: one each was 10,000 messages to and fro at 10,000 files (some 0.3 s).
    if (this.docs.size > 0) void this.index.remove([...this.docs.keys()]).catch(() => undefined);
    this.docs.clear();
    this.problems.clear();
    this.changed.fire();
  }

  /** Whether a file is a transcript of the corpus (bundled, or by the settings), known without waiting for a load. */
  isCorpusFile(uri: vscode.Uri): boolean {
    return (this.config.includeBundled && this.isBundled(uri)) || this.isWorkspaceTranscript(uri);
  }

  /** Whether a file belongs to the workspace corpus, by the include and exclude settings and by VS Code's `files.exclude`. */
  isWorkspaceTranscript(uri: vscode.Uri): boolean {
    if (!TRANSCRIPT_FILE.test(uri.path)) return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const relative = vscode.workspace.asRelativePath(uri, false);
    const { include, exclude } = this.patterns();
    return matchesAny(relative, include) && !matchesAny(relative, exclude) && !this.folderFilter(folder).hides(relative);
  }

  private corpusPatterns: { include: string[]; exclude: string[] } | undefined;

  /** The include and exclude settings, read once per load: reading settings per file took 0.8 s at 10,000 files. */
  private patterns(): { include: string[]; exclude: string[] } {
    return (this.corpusPatterns ??= { include: this.config.corpusInclude, exclude: this.config.corpusExclude });
  }

  /** A file the worker reads from disk itself (and caches); in a browser, or remote, files come through vscode.workspace.fs. */
  private onLocalDisk(uri: vscode.Uri): boolean {
    return uri.scheme === 'file' && this.index.readsDisk;
  }

  private isBundled(uri: vscode.Uri): boolean {
    return uri.toString().startsWith(vscode.Uri.joinPath(this.extensionUri, 'corpus').toString());
  }

  private async load(): Promise<void> {
    const generation = this.generation;
    const started = performance.now();
    await this.setGlossary();
    const cached = await this.openCache();
    // VS Code lists the workspace (a search of every folder: a second at 10,000 files) while the worker
    // reads the files the cache holds; those the listing no longer includes are dropped after it. (Listing
    // while the cache is opened was slower on two cores: the three compete.)
    const listing = (async () => [...(this.config.includeBundled ? await this.bundledFiles() : []), ...(await this.workspaceFiles())])();
    const dirty = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    const early = cached.map((key) => vscode.Uri.parse(key)).filter((u) => this.onLocalDisk(u) && !dirty.has(u.toString()));
    Object.assign(this.progress, { read: 0, total: early.length, stopped: false });
    this.stopRequested = false;
    let uris: vscode.Uri[] = early;
    // Files on a local disk (not open with unsaved edits) are read by the worker itself, in batches;
    // the rest (remote and virtual workspaces) through vscode.workspace.fs, a few at a time.
    const request = (batch: vscode.Uri[]) => ({ batch, results: this.index.loadFiles(batch.map((uri) => ({ file: uri.toString(), path: uri.fsPath, fileName: uri.path.split('/').pop() ?? uri.fsPath }))) });
    const readOnDisk = async (list: vscode.Uri[]) => {
      // The worker reads the next batch while this thread takes the one before: neither waits on the other.
      // After a stop the batch already asked for is still taken: what the worker indexed is what is shown.
      let pending = list.length > 0 ? request(list.slice(0, LOAD_BATCH)) : undefined;
      for (let i = LOAD_BATCH; pending; i += LOAD_BATCH) {
        const { batch } = pending;
        const results = await pending.results;
        if (generation !== this.generation) return;
        pending = i < list.length && !this.stopRequested ? request(list.slice(i, i + LOAD_BATCH)) : undefined;
        for (let k = 0; k < results.length; k++) {
          if (generation !== this.generation) return;
          // Counted here, not in take: a watcher's event may have read the file (from the cache) an
          // instant before this load asked for it, and this load then finds it indexed already.
          const result = results[k];
          if ('cached' in result && result.cached) this.fromCache++;
          await this.take(batch[k], result);
          this.progress.read++;
        }
      }
    };
    const work = async () => {
      const [listed] = await Promise.all([listing, readOnDisk(early)]);
      if (generation !== this.generation) return;
      uris = listed;
      const keys = new Set(listed.map((u) => u.toString()));
      const preloaded = new Set<string>();
      const gone: string[] = [];
      for (const uri of early) {
        const key = uri.toString();
        if (keys.has(key)) preloaded.add(key);
        else if (this.docs.delete(key) || this.problems.delete(key)) gone.push(key);
      }
      if (gone.length > 0) void this.index.remove(gone).catch(() => undefined);
      Object.assign(this.progress, { read: Math.min(this.progress.read, preloaded.size), total: listed.length });
      const onDisk = listed.filter((u) => this.onLocalDisk(u) && !dirty.has(u.toString()) && !preloaded.has(u.toString()));
      const elsewhere = listed.filter((u) => !this.onLocalDisk(u) || dirty.has(u.toString()));
      await readOnDisk(onDisk);
      let next = 0;
      const worker = async () => {
        while (next < elsewhere.length && generation === this.generation && !this.stopRequested) {
          await this.readFile(elsewhere[next++], generation);
          if (generation === this.generation) this.progress.read++;
        }
      };
      await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, elsewhere.length) }, worker));
    };
    // A count in the status bar only when loading takes more than a moment; clicking it stops the load.
    let done = false;
    const finished = work().finally(() => (done = true));
    const count = new Intl.NumberFormat('en');
    const show = () => {
      if (done || generation !== this.generation) return;
      this.status.text = `$(sync~spin) Indexing transcripts ${count.format(this.progress.read)}/${count.format(this.progress.total)}`;
      this.status.tooltip = 'Diplomatic Study is reading and indexing transcripts. Click to stop; Refresh reads them all again.';
      this.status.command = Commands.stopIndexing;
      this.status.show();
      setTimeout(show, 250);
    };
    setTimeout(show, 300);
    await finished;
    this.status.hide();
    if (generation !== this.generation) return;
    this.watch();
    if (this.stopRequested) {
      this.progress.stopped = true;
      this.log.warn(`corpus: indexing stopped after ${this.progress.read} of ${uris.length} transcripts; Refresh reads them all`);
      void vscode.window.showInformationMessage(`Diplomatic Study: indexing stopped after ${count.format(this.progress.read)} of ${count.format(uris.length)} transcripts. Refresh reads them all.`);
    }
    this.log.info(`corpus: ${this.docs.size} transcripts read in ${(performance.now() - started).toFixed(0)} ms (${this.fromCache} from the cache)${this.problems.size ? `; ${this.problems.size} skipped (see above)` : ''}`);
    this.scheduleSave(0);
  }

  /** How many transcripts the last load did not read (the cache held them, or they were indexed already); tests read it. */
  fromCache = 0;
  /** How many times the cache was brought up to date; tests wait on it. */
  cacheSaves = 0;
  private cacheOpen = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** Opens the cache; answers the files it holds (URIs), to be read while the workspace is listed. */
  private async openCache(): Promise<string[]> {
    this.fromCache = 0;
    if (!this.cacheFolder || !this.onLocalDisk(this.cacheFolder)) return [];
    try {
      await vscode.workspace.fs.createDirectory(this.cacheFolder);
      const file = vscode.Uri.joinPath(this.cacheFolder, 'corpus-cache.bin').fsPath;
      const opened = await this.index.openCache(file);
      this.cacheOpen = true;
      // Logged once: the cache is rebuilt as the corpus is read.
      if (opened.problem) this.log.warn(`the corpus cache ${file} could not be used (${opened.problem}); it is rebuilt`);
      return opened.files ?? [];
    } catch (error) {
      this.log.warn(`no corpus cache (${(error as Error).message}); transcripts are read in full each time`);
      return [];
    }
  }

  /** Writes the cache now (tests; a load writes it on its own when it ends). */
  async saveCache(): Promise<void> {
    if (!this.cacheOpen) return;
    clearTimeout(this.saveTimer);
    await this.index.saveCache();
    this.cacheSaves++;
  }

  /**
   * Writes the cache once changes have settled and the index is idle; a failure to write costs time
   * next time, nothing else. Writing a 50 MB transcript's cache takes the worker some 2 s, and a
   * search asked for meanwhile would wait for it: while the worker has anything to do, or files wait
   * to be read, the write waits instead.
   */
  private scheduleSave(delay = SAVE_DELAY_MS): void {
    if (!this.cacheOpen) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      if (!this.index.idle || this.running > 0 || this.queue.size > 0 || this.edited.size > 0) {
        this.scheduleSave(SAVE_RETRY_MS);
        return;
      }
      this.index.saveCache().then(
        (r) => {
          this.cacheSaves++;
          if (r.written) this.log.info('corpus: cache written');
        },
        (error: Error) => this.log.warn(`the corpus cache could not be written (${error.message})`),
      );
    }, delay);
  }

  /** Takes one file the worker read: what the views show of it, read a few lines at a time. */
  private async take(uri: vscode.Uri, result: LoadResult): Promise<void> {
    const key = uri.toString();
    if ('skipped' in result && result.writing) {
      // What the views hold of it stands; it is read again once the writing pauses (each event puts that off).
      this.log.info(`${vscode.workspace.asRelativePath(uri)}: ${result.skipped}; read again in a moment`);
      this.schedule(uri, WRITING_RETRY_MS);
      return;
    }
    if ('skipped' in result) {
      this.problems.set(key, result.skipped);
      this.log.warn(`${vscode.workspace.asRelativePath(uri)}: ${result.skipped}; skipped`);
      this.docs.delete(key);
      return;
    }
    // The worker had this very file indexed already: what the views hold of it stands (and was counted).
    if (result.unchanged && this.docs.has(key)) return;
    for (const warning of result.warnings) this.log.warn(`${vscode.workspace.asRelativePath(uri)}: ${warning}`);
    if (!result.display) return;
    const reader = new DisplayReader(result.display);
    let turn = performance.now();
    while (!reader.done) {
      reader.step();
      // A large transcript's outline is read in parts, the editor breathing in between.
      if (performance.now() - turn > DISPLAY_MS_PER_TURN) {
        await yieldToEditor();
        turn = performance.now();
      }
    }
    const indexed = reader.result();
    this.problems.delete(key);
    this.docs.set(key, { uri, transcript: indexed.transcript, mentions: indexed.mentions, bundled: this.isBundled(uri) });
  }

  /** Stops a load under way: what was read stays, the rest waits for a refresh. */
  stopLoading(): void {
    if (this.progress.read < this.progress.total) this.stopRequested = true;
  }

  private async setGlossary(): Promise<void> {
    const { glossary } = await this.glossary.ready();
    await this.index.setGlossary(glossary.entries);
  }

  /** The glossary changed: the worker matches every file again, without reading any. */
  private async rematch(): Promise<void> {
    if (!this.loading) return;
    await this.loading;
    const { glossary } = await this.glossary.ready();
    const all = await this.index.setGlossary(glossary.entries);
    for (const [uri, mentions] of Object.entries(all)) {
      const document = this.docs.get(uri);
      if (document) document.mentions = mentions;
    }
    this.forgetMentions();
    this.changed.fire();
  }

  private async bundledFiles(): Promise<vscode.Uri[]> {
    const folder = vscode.Uri.joinPath(this.extensionUri, 'corpus', 'transcripts');
    try {
      return await listExtensionFolder(folder, (name) => TRANSCRIPT_FILE.test(name));
    } catch (error) {
      this.log.error(`cannot list the bundled corpus ${folder.toString()}: ${(error as Error).message}`);
      return [];
    }
  }

  private async workspaceFiles(): Promise<vscode.Uri[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const { include } = this.patterns();
    if (folders.length === 0 || include.length === 0) return [];
    const found = new Map<string, vscode.Uri>();
    const lists = await Promise.all(folders.map((folder) => this.folderFiles(folder, include)));
    for (const uris of lists) for (const uri of uris) found.set(uri.toString(), uri);
    const all = [...found.values()];
    const kept: vscode.Uri[] = [];
    // Tens of thousands of files are sorted out a thousand at a time, the editor breathing in between.
    for (let i = 0; i < all.length; i += 1000) {
      if (i > 0) await yieldToEditor();
      for (const uri of all.slice(i, i + 1000)) if (this.isWorkspaceTranscript(uri)) kept.push(uri);
    }
    // Read in the order of their paths, compared as strings: a collator took some 100 ms at 10,000
    // files in one go, and the order only decides which files are read first.
    const paths = kept.map((uri) => ({ uri, path: uri.path }));
    paths.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return paths.map((p) => p.uri);
  }

  /**
   * The files of one workspace folder that an include pattern matches. A folder on a local disk is
   * listed by the Node host itself, as `findFiles` would list it (`files.exclude` applies), in some
   * 60 ms at 10,000 files where `findFiles` took 1.3–1.5 s; elsewhere, and should that fail, by
   * `findFiles`, one search per pattern (VS Code's globs do not nest braces),
   * all at once (one after another took the sum of their times).
   */
  private async folderFiles(folder: vscode.WorkspaceFolder, include: string[]): Promise<vscode.Uri[]> {
    if (folder.uri.scheme === 'file') {
      try {
        const paths = await this.index.listFolder(folder.uri.fsPath, this.folderFilter(folder));
        if (paths) return paths.map((path) => vscode.Uri.file(path));
      } catch (error) {
        this.log.warn(`listing ${folder.uri.fsPath} with Node failed (${(error as Error).message}); asking VS Code's search instead`);
      }
    }
    return (await Promise.all(include.map((pattern) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern))))).flat();
  }

  /** Each workspace folder's filter (its include, exclude and `files.exclude` settings), made once per load. */
  private readonly folderFilters = new Map<string, FolderFilter>();

  private folderFilter(folder: vscode.WorkspaceFolder): FolderFilter {
    const key = folder.uri.toString();
    let filter = this.folderFilters.get(key);
    if (!filter) {
      const filesExclude = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude');
      const { include, exclude } = this.patterns();
      this.folderFilters.set(key, (filter = workspaceFolderFilter(include, exclude, filesExclude)));
    }
    return filter;
  }

  /** Reads, decodes and indexes one file; a file that cannot be read is logged and skipped. */
  private async readFile(uri: vscode.Uri, generation: number): Promise<void> {
    const key = uri.toString();
    const name = uri.path.split('/').pop() ?? key;
    const skip = (reason: string) => {
      this.problems.set(key, reason);
      this.log.warn(`${vscode.workspace.asRelativePath(uri)}: ${reason}; skipped`);
      if (this.docs.delete(key)) void this.index.remove([key]);
    };
    try {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && d.isDirty);
      let indexed: IndexedFile;
      if (open) indexed = await this.index.upsert(key, open.getText(), name);
      else if (this.onLocalDisk(uri)) {
        // On a local disk the worker reads the file itself, and keeps its key for the cache.
        const file = { file: key, path: uri.fsPath, fileName: name };
        let [result] = await this.index.loadFiles([{ ...file, known: this.docs.has(key) }]);
        // Unchanged, and answered without what the views show of it, which they no longer hold (dropped meanwhile): asked for again.
        if (!('skipped' in result) && result.unchanged && !result.display && !this.docs.has(key)) [result] = await this.index.loadFiles([file]);
        if (generation === this.generation) await this.take(uri, result);
        return;
      } else {
        const bundled = this.isBundled(uri);
        // The bundled corpus is the extension's own files (served over https on vscode.dev), and small.
        const stat = bundled ? undefined : await vscode.workspace.fs.stat(uri);
        if (stat && stat.size > MAX_FILE_BYTES) return skip(`is ${(stat.size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a transcript may be`);
        const result = await this.index.upsertBytes(key, bundled ? await readExtensionFile(uri) : await vscode.workspace.fs.readFile(uri), name);
        if ('skipped' in result) return skip(result.skipped);
        for (const warning of result.warnings) this.log.warn(`${vscode.workspace.asRelativePath(uri)}: ${warning}`);
        indexed = result;
      }
      if (generation !== this.generation) return;
      this.problems.delete(key);
      this.docs.set(key, { uri, transcript: indexed.transcript, mentions: indexed.mentions, bundled: this.isBundled(uri) });
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return skip('was deleted before it could be read');
      skip(`could not be read (${(error as Error).message})`);
    }
  }

  private watch(): void {
    vscode.Disposable.from(...this.watchers).dispose();
    this.watchers = [];
    // One watcher per folder, filtered here by the settings: each watcher costs VS Code work per
    // event, and a copy of thousands of files is thousands of events.
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*.{txt,md,markdown,html,htm}'));
      const onEvent = (uri: vscode.Uri) => {
        if (this.docs.has(uri.toString()) || this.problems.has(uri.toString()) || this.isWorkspaceTranscript(uri)) this.schedule(uri);
      };
      watcher.onDidCreate(onEvent, undefined, this.watchers);
      watcher.onDidChange(onEvent, undefined, this.watchers);
      watcher.onDidDelete(onEvent, undefined, this.watchers);
      this.watchers.push(watcher);
    }
  }

  /** Runs `work` for a file once the events about it have paused for `ms`. */
  private debounce(key: string, ms: number, work: () => Promise<void>): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        work().catch((error: Error) => this.log.warn(`${key}: ${error.message}`));
      }, ms),
    );
  }

  /** One file changed on disk: read it alone again (or drop it), never the whole corpus. */
  private schedule(uri: vscode.Uri, ms = WATCH_DEBOUNCE_MS): void {
    // It replaces an edit waiting on the same file (one timer per file); reading it takes unsaved text as well.
    this.edited.delete(uri.toString());
    this.debounce(uri.toString(), ms, async () => {
      this.queue.set(uri.toString(), uri);
      this.pump();
    });
  }

  /** Files waiting to be read again; a burst of thousands is read a few at a time. */
  private readonly queue = new Map<string, vscode.Uri>();
  private running = 0;

  /** Files being read now: a file is read again only once the read under way is done. */
  private readonly reading = new Set<string>();

  private pump(): void {
    for (const [key, uri] of this.queue) {
      if (this.running >= READ_CONCURRENCY) break;
      // A 50 MB file being written fires events as it grows: the read that follows the first waits
      // for it, and then finds the file as the views hold it, instead of copying its outline again.
      if (this.reading.has(key)) continue;
      this.queue.delete(key);
      this.running++;
      this.reading.add(key);
      void this.update(uri)
        .catch((error: Error) => this.log.warn(`${key}: ${error.message}`))
        .finally(() => {
          this.running--;
          this.reading.delete(key);
          this.pump();
        });
    }
  }

  /**
   * Reads a file this extension has just written (an import) at once, without waiting for the file
   * watcher's event; the watcher's own event later finds it current.
   */
  async reread(uri: vscode.Uri): Promise<void> {
    await this.update(uri);
  }

  private async update(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    let exists = true;
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      exists = false;
    }
    if (!exists || (!this.isBundled(uri) && !this.isWorkspaceTranscript(uri))) {
      const had = this.docs.delete(key) || this.problems.delete(key);
      if (had) {
        await this.index.remove([key]);
        this.changedNow();
      }
      return;
    }
    await this.readFile(uri, this.generation);
    this.changedNow();
  }

  /** Edits waiting for the typing to pause, by file; and the edited or closed files being indexed now. */
  private readonly edited = new Map<string, vscode.TextDocument>();
  private readonly reindexing = new Set<Promise<void>>();

  private onEdit(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.docs.has(key) && !(vscode.workspace.getWorkspaceFolder(document.uri) && this.isWorkspaceTranscript(document.uri))) return;
    this.edited.set(key, document);
    this.debounce(key, EDIT_DEBOUNCE_MS, () => this.reindexEdited(key));
  }

  private reindexEdited(key: string): Promise<void> {
    const document = this.edited.get(key);
    if (!document) return Promise.resolve();
    this.edited.delete(key);
    return this.track(this.reindexText(document));
  }

  /** Work on an open or just closed file that a search waits for. */
  private track(work: Promise<void>): Promise<void> {
    const tracked = work.finally(() => this.reindexing.delete(tracked));
    this.reindexing.add(tracked);
    return tracked;
  }

  /**
   * A search or study right after an edit (or an undo) answers from the text as the editor holds
   * it now: edits still waiting for the typing to pause are indexed first.
   */
  private async settleEdits(): Promise<void> {
    for (const key of [...this.edited.keys()]) {
      clearTimeout(this.timers.get(key));
      this.timers.delete(key);
      void this.reindexEdited(key).catch((error: Error) => this.log.warn(`${key}: ${error.message}`));
    }
    await Promise.allSettled([...this.reindexing]);
  }

  private async reindexText(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    const key = document.uri.toString();
    const indexed = await this.index.upsert(key, document.getText(), document.uri.path.split('/').pop() ?? key);
    this.docs.set(key, { uri: document.uri, transcript: indexed.transcript, mentions: indexed.mentions, bundled: this.isBundled(document.uri) });
    this.changedNow();
  }

  /** Closing an editor with unsaved edits: the file on disk is the transcript again. */
  private onClose(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.docs.has(key)) return;
    // Read now, not after a pause, and a search waits for it: the index may hold the unsaved text.
    this.edited.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    void this.track(this.update(document.uri).catch((error: Error) => this.log.warn(`${key}: ${error.message}`)));
  }

  private changeTimer: ReturnType<typeof setTimeout> | undefined;

  /** Files changed: views follow once a burst of changes (a checkout, a copy of thousands) has passed. */
  private changedNow(): void {
    this.forgetMentions();
    this.scheduleSave();
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.forgetMentions();
      this.changed.fire();
    }, 50);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    clearTimeout(this.changeTimer);
    clearTimeout(this.saveTimer);
    vscode.Disposable.from(...this.watchers, ...this.disposables, this.status).dispose();
    this.changed.dispose();
  }
}
