// Qualitative coding of transcripts: codes (a hierarchy, colours, memos) and codings (a passage of a
// transcript marked with a code), as kept in `.diplomatic-study/coding.json` — one human-readable,
// diff-friendly file per workspace folder. Ids are GUIDs, as REFI-QDA needs them. A coding is
// anchored twice: by character offsets, and by its text with some context, so that it can be found
// again when the transcript is edited (see anchor.ts).

/** The layout of coding.json; a file of a later layout is not written over. */
export const CODING_FILE_VERSION = 1;
/** Where the coding file lives in a workspace folder. */
export const CODING_FILE_PATH = '.diplomatic-study/coding.json';
/** How a coding names a transcript the extension ships: `bundled:corpus/transcripts/<file>`. */
export const BUNDLED_SOURCE = 'bundled:';
/** How many characters of context are kept on each side of a coded passage. */
export const CONTEXT_CHARS = 40;

export interface CodeDef {
  guid: string;
  name: string;
  /** The parent code's guid; none for a top-level code. */
  parent?: string;
  /** `#rrggbb`. */
  color: string;
  memo?: string;
}

export interface CodingUser {
  guid: string;
  name: string;
}

export interface Coding {
  guid: string;
  /** The code's guid. */
  code: string;
  /** The transcript: a path relative to the workspace folder, or `bundled:<path in the extension>`. */
  source: string;
  /** Offsets (UTF-16 code units, as editors count) of the passage in the transcript as last seen. */
  start: number;
  end: number;
  /** The passage itself, and what stood before and after it: how it is found again after edits. */
  text: string;
  before: string;
  after: string;
  memo?: string;
  user?: string;
  created?: string;
}

export interface CodingProject {
  version: number;
  /** The project's name in an exchange (REFI-QDA `Project/@name`). */
  name?: string;
  users: CodingUser[];
  codes: CodeDef[];
  codings: Coding[];
}

export function emptyProject(): CodingProject {
  return { version: CODING_FILE_VERSION, users: [], codes: [], codings: [] };
}

const GUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const COLOR = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

/** A random (version 4) GUID, from the platform's crypto (Node and browsers alike). */
export function newGuid(): string {
  return crypto.randomUUID();
}

export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}

/** Colours given to new codes in turn: distinct, and readable as a light highlight on dark and light themes. */
export const CODE_COLORS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324', '#469990', '#808000', '#000075', '#bfef45'];

export interface CodingFileProblem {
  message: string;
  /** Where in the file: `codes[3].color`. */
  path?: string;
}

/**
 * Reads coding.json. Whatever is wrong is reported, and what is valid is kept: a code or a coding
 * that cannot be used is left out of the project but named in the problems.
 */
export function parseCodingFile(text: string): { project: CodingProject; problems: CodingFileProblem[] } {
  const problems: CodingFileProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { project: emptyProject(), problems: [{ message: `not valid JSON (${(error as Error).message})` }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { project: emptyProject(), problems: [{ message: 'not a coding file: expected an object with "codes" and "codings"' }] };
  const raw = data as Record<string, unknown>;
  const version = typeof raw.version === 'number' ? raw.version : CODING_FILE_VERSION;
  if (version > CODING_FILE_VERSION) problems.push({ message: `written by a later version (layout ${version}; this one reads ${CODING_FILE_VERSION}); it is read as far as it can be, and not written over`, path: 'version' });
  const project: CodingProject = { version, users: [], codes: [], codings: [] };
  if (typeof raw.name === 'string') project.name = raw.name;
  const list = (key: string): unknown[] => {
    const value = raw[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push({ message: `"${key}" must be a list`, path: key });
      return [];
    }
    return value;
  };
  list('users').forEach((u, i) => {
    const user = u as Partial<CodingUser>;
    if (isGuid(user?.guid) && typeof user.name === 'string') project.users.push({ guid: user.guid, name: user.name });
    else problems.push({ message: 'a user needs a guid and a name', path: `users[${i}]` });
  });
  const codeIds = new Set<string>();
  list('codes').forEach((c, i) => {
    const code = c as Partial<CodeDef>;
    if (!isGuid(code?.guid)) { problems.push({ message: 'a code needs a guid', path: `codes[${i}].guid` }); return; }
    if (typeof code.name !== 'string' || code.name.trim() === '') { problems.push({ message: 'a code needs a name', path: `codes[${i}].name` }); return; }
    if (codeIds.has(code.guid)) { problems.push({ message: `the guid ${code.guid} is given twice`, path: `codes[${i}].guid` }); return; }
    codeIds.add(code.guid);
    const color = typeof code.color === 'string' && COLOR.test(code.color) ? code.color : CODE_COLORS[project.codes.length % CODE_COLORS.length];
    if (code.color !== undefined && color !== code.color) problems.push({ message: `"${String(code.color)}" is not a colour (#rrggbb)`, path: `codes[${i}].color` });
    const def: CodeDef = { guid: code.guid, name: code.name, color };
    if (isGuid(code.parent)) def.parent = code.parent;
    if (typeof code.memo === 'string' && code.memo !== '') def.memo = code.memo;
    project.codes.push(def);
  });
  for (const [i, code] of project.codes.entries()) {
    if (code.parent && (!codeIds.has(code.parent) || isAncestor(project.codes, code.guid, code.parent))) {
      problems.push({ message: `the parent of "${code.name}" is not a code of this file (or is its own descendant); it is shown at the top`, path: `codes[${i}].parent` });
      delete code.parent;
    }
  }
  const codingIds = new Set<string>();
  list('codings').forEach((c, i) => {
    const coding = c as Partial<Coding>;
    const at = `codings[${i}]`;
    if (!isGuid(coding?.guid)) { problems.push({ message: 'a coding needs a guid', path: `${at}.guid` }); return; }
    if (codingIds.has(coding.guid)) { problems.push({ message: `the guid ${coding.guid} is given twice`, path: `${at}.guid` }); return; }
    if (!isGuid(coding.code) || !codeIds.has(coding.code)) { problems.push({ message: 'a coding needs the guid of a code of this file', path: `${at}.code` }); return; }
    if (typeof coding.source !== 'string' || coding.source === '') { problems.push({ message: 'a coding needs its transcript ("source")', path: `${at}.source` }); return; }
    if (!Number.isInteger(coding.start) || !Number.isInteger(coding.end) || (coding.start as number) < 0 || (coding.end as number) < (coding.start as number)) { problems.push({ message: 'a coding needs whole-number offsets, start ≤ end', path: `${at}.start` }); return; }
    if (typeof coding.text !== 'string' || coding.text === '') { problems.push({ message: 'a coding needs the text it codes', path: `${at}.text` }); return; }
    codingIds.add(coding.guid);
    const kept: Coding = { guid: coding.guid, code: coding.code, source: coding.source, start: coding.start as number, end: coding.end as number, text: coding.text, before: typeof coding.before === 'string' ? coding.before : '', after: typeof coding.after === 'string' ? coding.after : '' };
    if (typeof coding.memo === 'string' && coding.memo !== '') kept.memo = coding.memo;
    if (isGuid(coding.user)) kept.user = coding.user;
    if (typeof coding.created === 'string') kept.created = coding.created;
    project.codings.push(kept);
  });
  return { project, problems };
}

/** coding.json's text: stable key order, one code or coding a few lines, so that Git diffs read well. */
export function serializeCodingFile(project: CodingProject): string {
  const ordered = {
    version: CODING_FILE_VERSION,
    ...(project.name ? { name: project.name } : {}),
    users: project.users.map((u) => ({ guid: u.guid, name: u.name })),
    codes: project.codes.map((c) => ({ guid: c.guid, name: c.name, ...(c.parent ? { parent: c.parent } : {}), color: c.color, ...(c.memo ? { memo: c.memo } : {}) })),
    codings: [...project.codings]
      .sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.end - b.end || a.guid.localeCompare(b.guid))
      .map((c) => ({ guid: c.guid, code: c.code, source: c.source, start: c.start, end: c.end, text: c.text, before: c.before, after: c.after, ...(c.memo ? { memo: c.memo } : {}), ...(c.user ? { user: c.user } : {}), ...(c.created ? { created: c.created } : {}) })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Whether `ancestor` is `code` itself or above it. */
export function isAncestor(codes: readonly CodeDef[], ancestor: string, code: string): boolean {
  const byId = new Map(codes.map((c) => [c.guid, c]));
  const seen = new Set<string>();
  for (let at: string | undefined = code; at && !seen.has(at); at = byId.get(at)?.parent) {
    if (at === ancestor) return true;
    seen.add(at);
  }
  return false;
}

/** "Security/Architecture": the code's names from the top, joined by `/`. */
export function codePath(codes: readonly CodeDef[], guid: string): string {
  const byId = new Map(codes.map((c) => [c.guid, c]));
  const names: string[] = [];
  const seen = new Set<string>();
  for (let at = byId.get(guid); at && !seen.has(at.guid); at = at.parent ? byId.get(at.parent) : undefined) {
    names.unshift(at.name);
    seen.add(at.guid);
  }
  return names.join('/');
}

/** The code with a path ("Security/Architecture", any case), or undefined. */
export function findCode(codes: readonly CodeDef[], path: string): CodeDef | undefined {
  const wanted = splitCodePath(path).join('/').toLowerCase();
  return codes.find((c) => codePath(codes, c.guid).toLowerCase() === wanted);
}

export function splitCodePath(path: string): string[] {
  return path.split('/').map((p) => p.trim()).filter((p) => p !== '');
}

/** The code with this path, made (with any parents it needs) when missing. */
export function ensureCode(project: CodingProject, path: string, memo?: string): CodeDef {
  const parts = splitCodePath(path);
  if (parts.length === 0) throw new Error('a code needs a name');
  let parent: CodeDef | undefined;
  for (const [i, name] of parts.entries()) {
    const sub = parts.slice(0, i + 1).join('/');
    let code = findCode(project.codes, sub);
    if (!code) {
      code = { guid: newGuid(), name, color: CODE_COLORS[project.codes.length % CODE_COLORS.length], ...(parent ? { parent: parent.guid } : {}) };
      project.codes.push(code);
    }
    parent = code;
  }
  if (memo) parent!.memo = memo;
  return parent!;
}

/** The code and every code under it. */
export function codeAndDescendants(codes: readonly CodeDef[], guid: string): Set<string> {
  return new Set(codes.filter((c) => isAncestor(codes, guid, c.guid)).map((c) => c.guid));
}

/** A new coding of `text[start, end)` in `source`, with its context. */
export function makeCoding(code: string, source: string, text: string, start: number, end: number, extra: { memo?: string; user?: string } = {}): Coding {
  return {
    guid: newGuid(),
    code,
    source,
    start,
    end,
    text: text.slice(start, end),
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    after: text.slice(end, end + CONTEXT_CHARS),
    ...(extra.memo ? { memo: extra.memo } : {}),
    ...(extra.user ? { user: extra.user } : {}),
    created: new Date().toISOString(),
  };
}

/** One change to a project, kept until the file is written, so that it can be replayed onto what another window wrote meanwhile. */
export type CodingChange =
  | { type: 'addCode'; code: CodeDef }
  | { type: 'updateCode'; guid: string; name?: string; parent?: string | null; color?: string; memo?: string | null }
  | { type: 'removeCode'; guid: string; into?: string }
  | { type: 'addCoding'; coding: Coding }
  | { type: 'updateCoding'; guid: string; code?: string; start?: number; end?: number; text?: string; before?: string; after?: string; memo?: string | null }
  | { type: 'removeCoding'; guid: string }
  | { type: 'addUser'; user: CodingUser };

/** Applies a change in place; a change about something another window removed meanwhile does nothing. */
export function applyChange(project: CodingProject, change: CodingChange): void {
  switch (change.type) {
    case 'addCode':
      if (!project.codes.some((c) => c.guid === change.code.guid)) project.codes.push({ ...change.code });
      return;
    case 'updateCode': {
      const code = project.codes.find((c) => c.guid === change.guid);
      if (!code) return;
      if (change.name !== undefined) code.name = change.name;
      if (change.color !== undefined) code.color = change.color;
      if (change.memo === null) delete code.memo;
      else if (change.memo !== undefined) code.memo = change.memo;
      if (change.parent === null) delete code.parent;
      else if (change.parent !== undefined && project.codes.some((c) => c.guid === change.parent) && !isAncestor(project.codes, code.guid, change.parent)) code.parent = change.parent;
      return;
    }
    case 'removeCode': {
      // Merging: its codings and sub-codes go to `into`; removing without: its sub-codes move up.
      const code = project.codes.find((c) => c.guid === change.guid);
      if (!code) return;
      const into = change.into && project.codes.some((c) => c.guid === change.into) ? change.into : undefined;
      for (const child of project.codes) if (child.parent === code.guid) child.parent = into ?? code.parent;
      for (const child of project.codes) if (!child.parent) delete child.parent;
      if (into) for (const coding of project.codings) if (coding.code === code.guid) coding.code = into;
      project.codings = project.codings.filter((c) => c.code !== code.guid);
      project.codes = project.codes.filter((c) => c.guid !== code.guid);
      return;
    }
    case 'addCoding':
      if (!project.codings.some((c) => c.guid === change.coding.guid)) project.codings.push({ ...change.coding });
      return;
    case 'updateCoding': {
      const coding = project.codings.find((c) => c.guid === change.guid);
      if (!coding) return;
      for (const key of ['code', 'start', 'end', 'text', 'before', 'after'] as const) {
        const value = change[key];
        if (value !== undefined) (coding as unknown as Record<string, unknown>)[key] = value;
      }
      if (change.memo === null) delete coding.memo;
      else if (change.memo !== undefined) coding.memo = change.memo;
      return;
    }
    case 'removeCoding':
      project.codings = project.codings.filter((c) => c.guid !== change.guid);
      return;
    case 'addUser':
      if (!project.users.some((u) => u.guid === change.user.guid)) project.users.push({ ...change.user });
      return;
  }
}
