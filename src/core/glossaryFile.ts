import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { allNames, checkEntry, type GlossaryEntry } from './glossary';

export interface GlossaryFileProblem {
  severity: 'error' | 'warning';
  message: string;
  /** UTF-16 offsets in the file, for a squiggle where the problem is. */
  start: number;
  end: number;
}

export interface GlossaryFile {
  entries: GlossaryEntry[];
  problems: GlossaryFileProblem[];
}

const PARSE_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'invalid character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is expected',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace } is expected',
  CloseBracketExpected: 'a closing bracket ] is expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is not finished',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

/** 0-based line and UTF-16 column of an offset, as VS Code counts them. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/**
 * Reads a user's glossary file: JSON syntax errors (with where they are), entries that miss
 * fields or repeat an id, and aliases that two entries claim. The valid entries still apply.
 * `others` are the entries that already hold names (the bundled glossary), to report clashes with them.
 */
export function readGlossaryFile(text: string, others: readonly GlossaryEntry[] = []): GlossaryFile {
  const problems: GlossaryFileProblem[] = [];
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: false, disallowComments: true });
  for (const e of errors) {
    const where = positionAt(text, e.offset);
    const code = printParseErrorCode(e.error);
    problems.push({ severity: 'error', message: `JSON syntax error at line ${where.line + 1}, column ${where.character + 1}: ${PARSE_MESSAGES[code] ?? code}`, start: e.offset, end: e.offset + Math.max(1, e.length) });
  }
  const entriesNode = root && findNodeAtLocation(root, ['entries']);
  if (!root || !entriesNode || entriesNode.type !== 'array') {
    if (errors.length === 0 || root) problems.push({ severity: 'error', message: 'a glossary is an object with a list "entries": { "entries": [ … ] }', start: root?.offset ?? 0, end: (root?.offset ?? 0) + Math.min(root?.length ?? 1, 1) });
    return { entries: [], problems };
  }

  const entries: GlossaryEntry[] = [];
  const ids = new Map<string, number>();
  const owners = new Map<string, string>();
  for (const e of others) for (const name of allNames(e)) owners.set(name, e.id);
  const userOwners = new Map<string, string>();
  (entriesNode.children ?? []).forEach((node: Node, index) => {
    const at = (path: (string | number)[]) => findNodeAtLocation(node, path) ?? node;
    const span = (n: Node) => ({ start: n.offset, end: n.offset + n.length });
    const { entry, problems: found } = checkEntry(getNodeValue(node));
    for (const message of found) {
      const field = /"(\w+)"/.exec(message)?.[1];
      const target = field && message.startsWith('missing') ? node : field ? at([field]) : node;
      problems.push({ severity: 'error', message: `entry ${index + 1}${entry?.id ?? idOf(node) ? ` ("${entry?.id ?? idOf(node)}")` : ''}: ${message}; the entry is left out`, ...span(target) });
    }
    if (!entry) return;
    if (ids.has(entry.id)) {
      problems.push({ severity: 'error', message: `duplicate id "${entry.id}" (entry ${ids.get(entry.id)! + 1} has it too); only the first applies`, ...span(at(['id'])) });
      return;
    }
    ids.set(entry.id, index);
    const named: { alias: string; path: (string | number)[] }[] = [{ alias: entry.name, path: ['name'] }, ...entry.aliases.map((alias, i) => ({ alias, path: ['aliases', i] }))];
    for (const [language, list] of Object.entries(entry.names ?? {})) list?.forEach((alias, i) => named.push({ alias, path: ['names', language, i] }));
    named.forEach(({ alias, path }) => {
      const holder = userOwners.get(alias) ?? (owners.get(alias) !== entry.id ? owners.get(alias) : undefined);
      if (holder && holder !== entry.id) {
        const aliasNode = at(path);
        problems.push({ severity: 'warning', message: `"${alias}" is also claimed by the entry "${holder}"; this file's entry "${entry.id}" takes it`, ...span(aliasNode) });
      }
      userOwners.set(alias, entry.id);
    });
    entries.push(entry);
  });
  return { entries, problems };
}

function idOf(node: Node): string | undefined {
  const id = findNodeAtLocation(node, ['id']);
  return id && typeof id.value === 'string' ? id.value : undefined;
}
