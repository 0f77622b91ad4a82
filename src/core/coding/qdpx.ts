// Exchange with ATLAS.ti, MAXQDA, NVivo, QualCoder and others through REFI-QDA (QDA-XML 1.0): a
// `.qdpx` project is a zip of `project.qde` (XML, namespace urn:QDA-XML:project:1.0) and the sources'
// plain texts under `sources/`; a `.qdc` codebook is the codes alone. Positions in the plain text are
// counted in Unicode characters (code points), as the standard's "characters" and QualCoder read
// them; the editor counts UTF-16 code units, so they are converted both ways.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { codePath, type CodeDef, type CodingProject, type CodingUser } from './codingProject';

const PROJECT_NS = 'urn:QDA-XML:project:1.0';
const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

/** A transcript with codings, as it is exported: its key in coding.json, a name, and its text. */
export interface ExportSource {
  source: string;
  name: string;
  text: string;
}

function escapeXml(text: string): string {
  // XML 1.0 cannot hold these control characters, even escaped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function attrs(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/** A GUID that depends only on `key`: the same transcript gets the same source GUID in every export. */
export function stableGuid(key: string): string {
  const parts = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  });
  const hex = parts.join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** UTF-16 offset → code point offset in `text`. */
export function toCodePoints(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && i + 1 < offset) i++;
    n++;
  }
  return n;
}

/** Code point offset → UTF-16 offset in `text`; undefined past its end. */
export function fromCodePoints(text: string, points: number): number | undefined {
  let i = 0;
  for (let n = 0; n < points; n++) {
    if (i >= text.length) return undefined;
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

function codesXml(project: CodingProject, parent: string | undefined, memoNote: (key: string) => string | undefined, indent: string): string {
  return project.codes
    .filter((c) => c.parent === parent)
    .map((code) => {
      const note = memoNote(`code:${code.guid}`);
      const inner = (note ? `${indent}  <NoteRef${attrs({ targetGUID: note })}/>\n` : '') + codesXml(project, code.guid, memoNote, `${indent}  `);
      const open = `${indent}<Code${attrs({ guid: code.guid, name: code.name, isCodable: true, color: code.color })}`;
      return inner ? `${open}>\n${inner}${indent}</Code>\n` : `${open}/>\n`;
    })
    .join('');
}

export interface ExportOptions {
  /** `Project/@name`. */
  name: string;
  /** When the export was made (ISO); now by default. */
  now?: string;
}

/**
 * `project.qde` for the codings of `sources` (transcripts without codings are left out), and the
 * files the `.qdpx` holds. Codes keep their hierarchy as nested `Code` elements; memos are notes.
 */
export function exportProjectXml(project: CodingProject, sources: readonly ExportSource[], options: ExportOptions): { xml: string; files: Record<string, string> } {
  const now = options.now ?? new Date().toISOString();
  const notes: { guid: string; text: string }[] = [];
  const noteFor = new Map<string, string>();
  const addNote = (key: string, text: string | undefined) => {
    if (!text) return;
    const guid = stableGuid(`note:${key}`);
    notes.push({ guid, text });
    noteFor.set(key, guid);
  };
  // In a fixed order (codes, then codings by place), so that the same project exports the same file.
  const ordered = [...project.codings].sort((a, b) => a.source.localeCompare(b.source) || a.start - b.start || a.end - b.end || a.guid.localeCompare(b.guid));
  for (const code of project.codes) addNote(`code:${code.guid}`, code.memo);
  for (const coding of ordered) addNote(`coding:${coding.guid}`, coding.memo);

  const files: Record<string, string> = {};
  const usersXml = project.users.length ? `  <Users>\n${project.users.map((u) => `    <User${attrs({ guid: u.guid, name: u.name })}/>\n`).join('')}  </Users>\n` : '';
  const codebook = project.codes.length ? `  <CodeBook>\n    <Codes>\n${codesXml(project, undefined, (k) => noteFor.get(k), '      ')}    </Codes>\n  </CodeBook>\n` : '';
  const sourceXml = sources
    .map((s) => {
      const codings = ordered.filter((c) => c.source === s.source);
      if (codings.length === 0) return '';
      const guid = stableGuid(`source:${s.source}`);
      files[`sources/${guid}.txt`] = s.text;
      const selections = codings
        .map((c) => {
          const note = noteFor.get(`coding:${c.guid}`);
          const start = toCodePoints(s.text, c.start);
          const end = toCodePoints(s.text, c.end);
          const name = c.text.replace(/\s+/g, ' ').slice(0, 60);
          return (
            `      <PlainTextSelection${attrs({ guid: c.guid, name, startPosition: start, endPosition: end, creatingUser: c.user, creationDateTime: c.created })}>\n` +
            `        <Coding${attrs({ guid: stableGuid(`coding:${c.guid}`), creatingUser: c.user, creationDateTime: c.created })}>\n          <CodeRef${attrs({ targetGUID: c.code })}/>\n        </Coding>\n` +
            (note ? `        <NoteRef${attrs({ targetGUID: note })}/>\n` : '') +
            '      </PlainTextSelection>\n'
          );
        })
        .join('');
      return `    <TextSource${attrs({ guid, name: s.name, plainTextPath: `internal://${guid}.txt`, creationDateTime: now })}>\n${selections}    </TextSource>\n`;
    })
    .join('');
  const notesXml = notes.length
    ? `  <Notes>\n${notes.map((n) => `    <Note${attrs({ guid: n.guid, name: n.text.replace(/\s+/g, ' ').slice(0, 60), creationDateTime: now })}>\n      <PlainTextContent>${escapeXml(n.text)}</PlainTextContent>\n    </Note>\n`).join('')}  </Notes>\n`
    : '';
  const xml =
    `<?xml version="1.0" encoding="utf-8"?>\n<Project${attrs({ xmlns: PROJECT_NS, name: options.name, origin: 'Diplomatic Study', creationDateTime: now, modifiedDateTime: now })}>\n` +
    usersXml +
    codebook +
    (sourceXml ? `  <Sources>\n${sourceXml}  </Sources>\n` : '') +
    notesXml +
    '</Project>\n';
  return { xml, files };
}

/** The `.qdpx` archive: project.qde and the sources' plain texts. */
export function exportQdpx(project: CodingProject, sources: readonly ExportSource[], options: ExportOptions): Uint8Array {
  const { xml, files } = exportProjectXml(project, sources, options);
  const entries: Record<string, Uint8Array> = { 'project.qde': strToU8(xml) };
  for (const [path, text] of Object.entries(files)) entries[path] = strToU8(text);
  return zipSync(entries, { level: 6 });
}

/** The codebook alone (`.qdc`). */
export function exportCodebook(project: CodingProject): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook${attrs({ xmlns: CODEBOOK_NS, origin: 'Diplomatic Study' })}>\n  <Codes>\n${codesXml(project, undefined, () => undefined, '    ')}  </Codes>\n</CodeBook>\n`;
}

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A small element tree of an XML document (namespace prefixes dropped), read by htmlparser2 in XML mode. */
function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const element: XmlElement = { name: name.replace(/^.*:/, ''), attrs: attributes, children: [], text: '' };
        stack[stack.length - 1].children.push(element);
        stack.push(element);
      },
      ontext(text) {
        stack[stack.length - 1].text += text;
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}

function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((c) => c.name === name) ?? [];
}

/** A selection of an imported source: UTF-16 offsets into its text, the codes it carries, its memo. */
export interface ImportedSelection {
  guid: string;
  start: number;
  end: number;
  codes: string[];
  memo?: string;
  user?: string;
  created?: string;
}

export interface ImportedSource {
  guid: string;
  name: string;
  text: string;
  selections: ImportedSelection[];
}

export interface ImportedProject {
  name: string;
  origin?: string;
  users: CodingUser[];
  codes: CodeDef[];
  sources: ImportedSource[];
  /** What could not be read (a source without its text, a selection past its end…). */
  problems: string[];
}

const DEFAULT_COLOR = '#808080';

/** Reads a `.qdpx` written by this or another program. Throws a clear error for a file that is not one. */
export function readQdpx(bytes: Uint8Array): ImportedProject {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new Error(`not a .qdpx project: it is not a zip archive (${(error as Error).message})`);
  }
  const qde = Object.keys(files).find((f) => /(^|\/)[^/]+\.qde$/i.test(f));
  if (!qde) throw new Error('not a .qdpx project: it holds no project.qde');
  const base = qde.includes('/') ? qde.slice(0, qde.lastIndexOf('/') + 1) : '';
  return readProjectXml(strFromU8(files[qde]).replace(/^\uFEFF/, ''), (path) => {
    const found = files[`${base}sources/${path}`] ?? files[`sources/${path}`] ?? Object.entries(files).find(([name]) => name.endsWith(`/${path}`))?.[1];
    return found && strFromU8(found).replace(/^\uFEFF/, '');
  });
}

/** Reads project.qde; `sourceFile` gives the text of a file under sources/ by name. */
export function readProjectXml(xml: string, sourceFile: (name: string) => string | undefined): ImportedProject {
  const root = parseXml(xml);
  const project = child(root, 'Project');
  if (!project) throw new Error('not a REFI-QDA project: project.qde has no Project element');
  const problems: string[] = [];
  const plainText = (element: XmlElement, what: string): string | undefined => {
    const inline = child(element, 'PlainTextContent');
    if (inline) return inline.text;
    const path = element.attrs.plainTextPath;
    if (!path) {
      problems.push(`${what} has no plain text (neither PlainTextContent nor plainTextPath)`);
      return undefined;
    }
    const internal = /^internal:\/\/(.+)$/.exec(path);
    if (!internal) {
      problems.push(`${what}'s text is outside the project (${path}); only internal:// sources can be read`);
      return undefined;
    }
    const text = sourceFile(decodeURIComponent(internal[1]));
    if (text === undefined) problems.push(`${what}'s text ${path} is missing from the archive`);
    return text;
  };
  const notes = new Map<string, string>();
  for (const note of childrenNamed(child(project, 'Notes'), 'Note')) {
    const text = plainText(note, `note "${note.attrs.name ?? note.attrs.guid}"`);
    if (note.attrs.guid && text !== undefined) notes.set(note.attrs.guid, text.trim());
  }
  const memoOf = (element: XmlElement, extra: string[] = []) => {
    const texts = [...extra, ...childrenNamed(element, 'NoteRef').map((r) => notes.get(r.attrs.targetGUID ?? ''))].filter((t): t is string => Boolean(t));
    return texts.length ? texts.join('\n\n') : undefined;
  };
  const codes: CodeDef[] = [];
  const walk = (element: XmlElement | undefined, parent: string | undefined) => {
    for (const code of childrenNamed(element, 'Code')) {
      if (!code.attrs.guid || !code.attrs.name) {
        problems.push('a code without guid or name was left out');
        continue;
      }
      const description = child(code, 'Description')?.text.trim();
      const memo = memoOf(code, description ? [description] : []);
      codes.push({ guid: code.attrs.guid, name: code.attrs.name, color: /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.test(code.attrs.color ?? '') ? code.attrs.color : DEFAULT_COLOR, ...(parent ? { parent } : {}), ...(memo ? { memo } : {}) });
      walk(code, code.attrs.guid);
    }
  };
  walk(child(child(project, 'CodeBook'), 'Codes'), undefined);
  const known = new Set(codes.map((c) => c.guid));
  const users = childrenNamed(child(project, 'Users'), 'User').filter((u) => u.attrs.guid).map((u) => ({ guid: u.attrs.guid, name: u.attrs.name ?? u.attrs.id ?? 'user' }));
  const sources: ImportedSource[] = [];
  for (const source of childrenNamed(child(project, 'Sources'), 'TextSource')) {
    const name = source.attrs.name ?? source.attrs.guid ?? 'source';
    const text = plainText(source, `source "${name}"`);
    if (text === undefined) continue;
    const selections: ImportedSelection[] = [];
    const codesOf = (element: XmlElement) =>
      childrenNamed(element, 'Coding')
        .map((c) => child(c, 'CodeRef')?.attrs.targetGUID)
        .filter((g): g is string => {
          if (g && known.has(g)) return true;
          problems.push(`a coding in "${name}" names a code that is not in the codebook (${g ?? 'none'})`);
          return false;
        });
    for (const selection of childrenNamed(source, 'PlainTextSelection')) {
      const startPoints = Number(selection.attrs.startPosition);
      const endPoints = Number(selection.attrs.endPosition);
      const start = Number.isInteger(startPoints) ? fromCodePoints(text, startPoints) : undefined;
      const end = Number.isInteger(endPoints) ? fromCodePoints(text, endPoints) : undefined;
      if (start === undefined || end === undefined || end <= start) {
        problems.push(`a selection of "${name}" (${selection.attrs.startPosition}–${selection.attrs.endPosition}) lies outside its text (${text.length} characters)`);
        continue;
      }
      const codesHere = codesOf(selection);
      if (codesHere.length === 0) continue;
      const memo = memoOf(selection, [child(selection, 'Description')?.text.trim() ?? ''].filter(Boolean));
      selections.push({ guid: selection.attrs.guid ?? '', start, end, codes: codesHere, ...(memo ? { memo } : {}), ...(selection.attrs.creatingUser ? { user: selection.attrs.creatingUser } : {}), ...(selection.attrs.creationDateTime ? { created: selection.attrs.creationDateTime } : {}) });
    }
    // A code on the whole source.
    const whole = codesOf(source);
    if (whole.length) selections.push({ guid: '', start: 0, end: text.length, codes: whole });
    sources.push({ guid: source.attrs.guid ?? '', name, text, selections });
  }
  for (const other of ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']) {
    const n = childrenNamed(child(project, 'Sources'), other).length;
    if (n) problems.push(`${n} ${other.replace('Source', '').toLowerCase()} source(s) left out: only text sources are read`);
  }
  return { name: project.attrs.name ?? 'Imported project', origin: project.attrs.origin, users, codes, sources, problems };
}

export { codedSegmentsCsv, type CodedSegmentRow } from './segmentsCsv';

/** The code paths of a project, for messages and tests. */
export function codePaths(codes: readonly CodeDef[]): string[] {
  return codes.map((c) => codePath(codes, c.guid)).sort();
}
