import * as vscode from 'vscode';
import { followEdit, relocate, withSpan } from '../core/coding/anchor';
import { applyChange, BUNDLED_SOURCE, CODING_FILE_PATH, CODING_FILE_VERSION, emptyProject, parseCodingFile, serializeCodingFile, type Coding, type CodingChange, type CodingProject } from '../core/coding/codingProject';
import { decodeTranscript } from '../core/source';
import { readExtensionFile } from './extensionFiles';

/** A coding file of one workspace folder, as this window holds it. */
interface FolderCoding {
  folder: vscode.WorkspaceFolder;
  file: vscode.Uri;
  project: CodingProject;
  /** Changes made here and not yet written: replayed onto what is on disk when written. */
  pending: CodingChange[];
  /** Why the file is not written (it could not be read whole, or a later version wrote it). */
  readOnly?: string;
  /** The text last read or written, to tell our own writes from other windows' and Git's. */
  lastText?: string;
}

/** A coding where it is now, with its folder. */
export interface PlacedCoding {
  coding: Coding;
  folder: vscode.WorkspaceFolder;
  /** The transcript. */
  uri: vscode.Uri;
}

const DIAGNOSTIC_SOURCE = 'Diplomatic Study coding';
const SAVE_DELAY_MS = 300;

/**
 * The workspace's codes and codings: `.diplomatic-study/coding.json` in each workspace folder, read at
 * start and again when it changes on disk (Git, another window), written atomically after each
 * change (a temporary file, then a rename), with this window's changes replayed onto whatever the
 * file holds by then, so that two windows never lose each other's codings. Codings follow their
 * words as a transcript is edited; one whose words are gone stays in the file and is reported in
 * the Problems panel. The file is data: nothing in it is run.
 */
export class CodingStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderCoding>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly diagnostics = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly disposables: vscode.Disposable[] = [];
  private loading: Promise<void> | undefined;
  private saveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private saving = new Map<string, Promise<void>>();
  /** Codings whose words could not be found, by guid. */
  readonly orphans = new Set<string>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CODING_FILE_PATH}`);
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => void this.reread(uri)),
      watcher.onDidCreate((uri) => void this.reread(uri)),
      watcher.onDidDelete((uri) => void this.reread(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.loading = undefined;
        void this.ready().then(() => this.changed.fire());
      }),
    );
  }

  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** Every folder's project (for views and exports). */
  projects(): { folder: vscode.WorkspaceFolder; project: CodingProject }[] {
    return [...this.folders.values()].map((f) => ({ folder: f.folder, project: f.project }));
  }

  /** The folder whose coding file holds codings of this transcript, and the transcript's key there. */
  placeOf(uri: vscode.Uri): { folder: FolderCoding; source: string } | undefined {
    const bundledRoot = this.extensionUri.toString().replace(/\/?$/, '/');
    if (uri.toString().startsWith(bundledRoot)) {
      // The extension's own transcripts are coded in the first workspace folder's file.
      const first = vscode.workspace.workspaceFolders?.[0];
      const folder = first && this.folders.get(first.uri.toString());
      return folder ? { folder, source: `${BUNDLED_SOURCE}${decodeURIComponent(uri.toString().slice(bundledRoot.length))}` } : undefined;
    }
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(uri);
    const folder = workspaceFolder && this.folders.get(workspaceFolder.uri.toString());
    if (!folder) return undefined;
    const root = workspaceFolder.uri.path.replace(/\/?$/, '/');
    return uri.path.startsWith(root) ? { folder, source: uri.path.slice(root.length) } : undefined;
  }

  /** The transcript a coding names. */
  uriOf(folder: vscode.WorkspaceFolder, source: string): vscode.Uri {
    return source.startsWith(BUNDLED_SOURCE) ? vscode.Uri.joinPath(this.extensionUri, source.slice(BUNDLED_SOURCE.length)) : vscode.Uri.joinPath(folder.uri, source);
  }

  /** The codings of a transcript, where they are now. */
  codingsOf(uri: vscode.Uri): Coding[] {
    const place = this.placeOf(uri);
    return place ? place.folder.project.codings.filter((c) => c.source === place.source) : [];
  }

  /** Every coding, with its folder and transcript. */
  allCodings(): PlacedCoding[] {
    return [...this.folders.values()].flatMap((f) => f.project.codings.map((coding) => ({ coding, folder: f.folder, uri: this.uriOf(f.folder, coding.source) })));
  }

  /** The project of the folder a transcript's codings go to; undefined without a workspace folder. */
  projectFor(uri: vscode.Uri): CodingProject | undefined {
    return this.placeOf(uri)?.folder.project;
  }

  /** Applies changes to the folder's project now, and writes them soon. */
  change(folder: vscode.WorkspaceFolder, ...changes: CodingChange[]): void {
    const held = this.folders.get(folder.uri.toString());
    if (!held) throw new Error(`no coding file for ${folder.name}`);
    if (held.readOnly) throw new Error(held.readOnly);
    for (const change of changes) {
      applyChange(held.project, change);
      held.pending.push(change);
    }
    this.scheduleSave(held);
    this.changed.fire();
  }

  /** Writes what is pending now (tests; commands that export right after a change). */
  async flush(): Promise<void> {
    for (const held of this.folders.values()) {
      clearTimeout(this.saveTimers.get(held.file.toString()));
      await this.save(held);
    }
  }

  private async load(): Promise<void> {
    const seen = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const key = folder.uri.toString();
      seen.add(key);
      const file = vscode.Uri.joinPath(folder.uri, CODING_FILE_PATH);
      const held: FolderCoding = this.folders.get(key) ?? { folder, file, project: emptyProject(), pending: [] };
      this.folders.set(key, held);
      await this.readInto(held);
    }
    for (const key of [...this.folders.keys()]) if (!seen.has(key)) this.folders.delete(key);
    await this.checkAnchors();
  }

  /** Reads the folder's file; this window's pending changes are applied on top. */
  private async readInto(held: FolderCoding): Promise<void> {
    let text: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(held.file));
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      held.project = emptyProject();
      held.readOnly = undefined;
    } else {
      const { project, problems } = parseCodingFile(text);
      held.project = project;
      held.readOnly = problems.length
        ? `${vscode.workspace.asRelativePath(held.file)} has problems (${problems.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join('; ')}); fix them, and coding resumes — nothing of it is changed meanwhile`
        : project.version > CODING_FILE_VERSION
          ? `${vscode.workspace.asRelativePath(held.file)} was written by a later version of Diplomatic Study; it is read, not written`
          : undefined;
      for (const p of problems) this.log.warn(`${vscode.workspace.asRelativePath(held.file)}${p.path ? ` (${p.path})` : ''}: ${p.message}`);
    }
    held.lastText = text;
    for (const change of held.pending) applyChange(held.project, change);
  }

  private async reread(uri: vscode.Uri): Promise<void> {
    const held = [...this.folders.values()].find((f) => f.file.toString() === uri.toString());
    if (!held) return;
    let text: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(held.file));
    } catch {
      text = undefined;
    }
    // Our own write coming back: nothing new.
    if (text === held.lastText) return;
    await this.readInto(held);
    await this.checkAnchors();
    this.changed.fire();
  }

  private scheduleSave(held: FolderCoding): void {
    const key = held.file.toString();
    clearTimeout(this.saveTimers.get(key));
    this.saveTimers.set(key, setTimeout(() => void this.save(held), SAVE_DELAY_MS));
  }

  /** One write at a time per file: what is on disk now, this window's changes on top, then temp + rename. */
  private save(held: FolderCoding): Promise<void> {
    const key = held.file.toString();
    const previous = this.saving.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (held.pending.length === 0 || held.readOnly) return;
      const pending = held.pending.splice(0);
      try {
        // A file that is not there yet is an empty project; one that now has problems is not written over.
        const existing = await vscode.workspace.fs.readFile(held.file).then(
          (bytes) => new TextDecoder().decode(bytes),
          () => undefined,
        );
        const read = existing === undefined ? { project: emptyProject(), problems: [] } : parseCodingFile(existing);
        if (read.problems.length) throw new Error(`${vscode.workspace.asRelativePath(held.file)} changed on disk and now has problems; not written over`);
        const onDisk = read.project;
        for (const change of pending) applyChange(onDisk, change);
        const text = serializeCodingFile(onDisk);
        const temporary = vscode.Uri.joinPath(held.file, '..', `.coding.json.${Date.now()}.tmp`);
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(held.file, '..'));
        await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
        await vscode.workspace.fs.rename(temporary, held.file, { overwrite: true });
        held.lastText = text;
        // What other windows wrote meanwhile is now ours too.
        held.project = onDisk;
        for (const change of held.pending) applyChange(held.project, change);
      } catch (error) {
        // Kept, to be tried again with the next change; said once.
        held.pending.unshift(...pending);
        this.log.error(`coding: could not write ${held.file.toString()}: ${(error as Error).message}`);
        void vscode.window.showErrorMessage(`Diplomatic Study could not save the codings: ${(error as Error).message}`);
      }
    });
    this.saving.set(key, next);
    return next;
  }

  /** Codings follow the edits of an open transcript, word by word. */
  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const place = this.placeOf(event.document.uri);
    if (!place || place.folder.readOnly) return;
    const codings = place.folder.project.codings.filter((c) => c.source === place.source);
    if (codings.length === 0) return;
    const text = event.document.getText();
    const changes: CodingChange[] = [];
    // VS Code gives a batch's changes against the text before the batch, last first when they are many.
    const edits = [...event.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
    let lostChanged = false;
    for (const coding of codings) {
      let span: { start: number; end: number } | undefined;
      if (!this.orphans.has(coding.guid)) {
        span = { start: coding.start, end: coding.end };
        for (const edit of edits) {
          if (!span) break;
          span = followEdit(span, { start: edit.rangeOffset, end: edit.rangeOffset + edit.rangeLength, inserted: edit.text.length });
        }
      }
      // An edit that took the whole passage (a revert, an undo, a replacement of the whole text) may
      // have put its words back elsewhere; a lost coding may have its words back (undo).
      span ??= relocate(coding, text);
      if (!span) {
        lostChanged ||= !this.orphans.has(coding.guid);
        this.orphans.add(coding.guid);
        continue;
      }
      lostChanged ||= this.orphans.delete(coding.guid);
      if (span.start === coding.start && span.end === coding.end && text.slice(span.start, span.end) === coding.text) continue;
      const moved = withSpan(coding, text, span);
      changes.push({ type: 'updateCoding', guid: coding.guid, start: moved.start, end: moved.end, text: moved.text, before: moved.before, after: moved.after });
    }
    if (changes.length) this.change(place.folder.folder, ...changes);
    // The Problems panel is rebuilt only when a coding was lost or found again, not at every keystroke.
    if (lostChanged) {
      this.report();
      this.changed.fire();
    }
  }

  /** The text a transcript has now: the editor's when it is open, else the file's. */
  async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      const bytes = uri.toString().startsWith(this.extensionUri.toString()) ? await readExtensionFile(uri) : await vscode.workspace.fs.readFile(uri);
      const decoded = decodeTranscript(bytes);
      return decoded.ok ? decoded.text : undefined;
    } catch {
      return undefined;
    }
  }

  /** Finds every coding's words again (after a load, or a change on disk); reports those that are gone. */
  async checkAnchors(): Promise<void> {
    this.orphans.clear();
    for (const held of this.folders.values()) {
      const bySource = new Map<string, Coding[]>();
      for (const c of held.project.codings) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
      const changes: CodingChange[] = [];
      for (const [source, codings] of bySource) {
        const text = await this.textOf(this.uriOf(held.folder, source));
        for (const coding of codings) {
          const span = text === undefined ? undefined : relocate(coding, text);
          if (!span) {
            this.orphans.add(coding.guid);
            continue;
          }
          if (span.start !== coding.start || span.end !== coding.end || text!.slice(span.start, span.end) !== coding.text) {
            const moved = withSpan(coding, text!, span);
            changes.push({ type: 'updateCoding', guid: coding.guid, start: moved.start, end: moved.end, text: moved.text, before: moved.before, after: moved.after });
          }
        }
      }
      if (changes.length && !held.readOnly) this.change(held.folder, ...changes);
    }
    this.report();
  }

  /** Codings whose words are gone, in the Problems panel: on their transcript, or on the coding file when the transcript is gone. */
  private report(): void {
    this.diagnostics.clear();
    const byUri = new Map<string, { uri: vscode.Uri; list: vscode.Diagnostic[] }>();
    for (const { coding, folder, uri } of this.allCodings()) {
      if (!this.orphans.has(coding.guid)) continue;
      const held = this.folders.get(folder.uri.toString())!;
      const code = held.project.codes.find((c) => c.guid === coding.code)?.name ?? 'a code';
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const target = open ? uri : held.file;
      const range = open ? new vscode.Range(open.positionAt(Math.min(coding.start, open.getText().length)), open.positionAt(Math.min(coding.start, open.getText().length))) : new vscode.Range(0, 0, 0, 0);
      const diagnostic = new vscode.Diagnostic(range, `The passage coded “${code}” is no longer in ${vscode.workspace.asRelativePath(uri)}: “${coding.text.slice(0, 80)}${coding.text.length > 80 ? '…' : ''}”. The coding is kept in ${CODING_FILE_PATH}; code the passage again or remove the coding.`, vscode.DiagnosticSeverity.Warning);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = 'coding-lost';
      const entry = byUri.get(target.toString()) ?? { uri: target, list: [] };
      entry.list.push(diagnostic);
      byUri.set(target.toString(), entry);
    }
    for (const { uri, list } of byUri.values()) this.diagnostics.set(uri, list);
  }

  dispose(): void {
    for (const timer of this.saveTimers.values()) clearTimeout(timer);
    this.diagnostics.dispose();
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
