// Bringing a REFI-QDA project into a workspace's coding file: a source whose text is a transcript of
// the corpus maps onto it; any other becomes a new transcript under `coded-sources/` (never over an
// existing file); codes keep their hierarchy and, where a code of the same GUID or path exists, join it.
import { relocate } from './anchor';
import { codePath, findCode, isGuid, makeCoding, newGuid, type CodeDef, type Coding, type CodingProject } from './codingProject';
import type { ImportedProject } from './qdpx';

/** A transcript of the corpus: its key in the coding file, and its text. */
export interface CorpusText {
  source: string;
  text: string;
}

export interface ImportPlan {
  /** The coding file with the import merged in. */
  project: CodingProject;
  /** Transcripts to write (paths relative to the workspace folder), for sources the corpus does not have. */
  newFiles: { path: string; text: string }[];
  /** Per imported source: where it went. */
  sources: { name: string; source: string; created: boolean; codings: number }[];
  added: number;
  /** What could not be brought in, one line each. */
  unmapped: string[];
}

/** The folder, relative to the workspace folder, that imported sources without a transcript go to. */
export const CODED_SOURCES = 'coded-sources';

function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

function fileNameFor(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters cannot be in a file name
  const base = name.replace(/\.[a-z0-9]{1,5}$/i, '').normalize('NFKC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 80) || 'source';
  return `${base}.txt`;
}

export function planImport(current: CodingProject, imported: ImportedProject, corpus: readonly CorpusText[], exists: (path: string) => boolean): ImportPlan {
  const project: CodingProject = structuredClone(current);
  const unmapped = [...imported.problems];
  for (const user of imported.users) if (isGuid(user.guid) && !project.users.some((u) => u.guid === user.guid)) project.users.push(user);

  // Codes: the same GUID, else the same path, else a new code under its mapped parent.
  const codeMap = new Map<string, string>();
  const importedPath = (guid: string) => codePath(imported.codes, guid);
  for (const code of imported.codes) {
    const parent = code.parent ? codeMap.get(code.parent) : undefined;
    const same = project.codes.find((c) => c.guid === code.guid) ?? findCode(project.codes, importedPath(code.guid));
    if (same) {
      codeMap.set(code.guid, same.guid);
      if (!same.memo && code.memo) same.memo = code.memo;
      continue;
    }
    const def: CodeDef = { guid: isGuid(code.guid) ? code.guid : newGuid(), name: code.name, color: code.color, ...(parent ? { parent } : {}), ...(code.memo ? { memo: code.memo } : {}) };
    project.codes.push(def);
    codeMap.set(code.guid, def.guid);
  }

  const byText = new Map<string, CorpusText>();
  for (const t of corpus) if (!byText.has(normalise(t.text))) byText.set(normalise(t.text), t);
  const newFiles: { path: string; text: string }[] = [];
  const planned = new Set<string>();
  const sources: ImportPlan['sources'] = [];
  let added = 0;
  for (const source of imported.sources) {
    const match = byText.get(normalise(source.text));
    let key: string;
    let text: string;
    if (match) {
      key = match.source;
      text = match.text;
    } else {
      const file = fileNameFor(source.name);
      const stem = file.slice(0, -4);
      let path = `${CODED_SOURCES}/${file}`;
      for (let n = 2; exists(path) || planned.has(path.toLowerCase()); n++) path = `${CODED_SOURCES}/${stem}-${n}.txt`;
      planned.add(path.toLowerCase());
      newFiles.push({ path, text: source.text });
      key = path;
      text = source.text;
    }
    let count = 0;
    for (const selection of source.selections) {
      // Offsets hold where the texts are the same; elsewhere (line endings, a BOM) the words are looked up.
      let span: { start: number; end: number } | undefined = { start: selection.start, end: selection.end };
      if (text !== source.text) {
        const probe = makeCoding('', key, source.text, selection.start, selection.end);
        span = relocate(probe, text);
      }
      if (!span) {
        unmapped.push(`"${source.name}": the passage "${source.text.slice(selection.start, selection.end).slice(0, 60)}" was not found in ${key}`);
        continue;
      }
      for (const [i, code] of selection.codes.entries()) {
        const target = codeMap.get(code);
        if (!target) continue;
        if (project.codings.some((c) => c.source === key && c.code === target && c.start === span.start && c.end === span.end)) continue;
        const coding: Coding = makeCoding(target, key, text, span.start, span.end, { memo: selection.memo, user: selection.user });
        if (i === 0 && isGuid(selection.guid) && !project.codings.some((c) => c.guid === selection.guid)) coding.guid = selection.guid;
        if (selection.created) coding.created = selection.created;
        project.codings.push(coding);
        count++;
        added++;
      }
    }
    sources.push({ name: source.name, source: key, created: !match, codings: count });
  }
  return { project, newFiles, sources, added, unmapped };
}
