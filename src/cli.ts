import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EntityMatcher } from './core/entityMatcher';
import { Glossary } from './core/glossary';
import type { Transcript } from './core/model';
import { TranscriptParser } from './core/parser/transcriptParser';
import { decodeTranscript } from './core/source';

const USAGE = `Usage: diplomatic-study <command> [options]

Commands:
  parse <file> [--json]     Outline of a transcript: title, place, date, speakers, sections.
                            --json prints the structure (lines are 0-based and inclusive).
  entities <file> [--json]  The organisations and agreements a text mentions, with positions
                            (0-based line, UTF-16 character offset and length, as VS Code counts).
  glossary [--json]         The bundled glossary of organisations and agreements.

Options:
  -h, --help              Show this help.`;

/** An error the user can act on: printed as one line, never as a stack trace. */
class UserError extends Error {}

function readTranscriptFile(file: string): { text: string; warnings: string[] } {
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`cannot read '${file}': no such file; check the path`);
    throw new UserError(`cannot read '${file}': ${code ?? String(error)}; check that the file exists and is readable`);
  }
  if (stats.isDirectory()) throw new UserError(`'${file}' is a directory; give the path of a transcript file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read '${file}' (${code ?? 'unknown error'}); check its permissions`);
  }
  const decoded = decodeTranscript(bytes);
  if (!decoded.ok) throw new UserError(`'${file}' ${decoded.reason}; give a UTF-8 text or Markdown transcript`);
  return decoded;
}

function toJson(transcript: Transcript): unknown {
  return {
    title: transcript.title,
    place: transcript.place,
    date: transcript.date,
    sourceUrl: transcript.sourceUrl,
    speakers: transcript.speakers,
    lineCount: transcript.lineCount,
    sections: transcript.sections.map((s) => ({
      kind: s.kind,
      label: s.label,
      speaker: s.speaker,
      number: s.number,
      range: s.range,
      turns: s.turns.map((t) => ({ role: t.role, speaker: t.speaker, label: t.label, range: t.range, paragraphs: t.paragraphs })),
    })),
  };
}

function lines(range: { start: number; end: number }): string {
  return range.start === range.end ? `line ${range.start + 1}` : `lines ${range.start + 1}–${range.end + 1}`;
}

function outline(transcript: Transcript): string {
  const out = [transcript.title];
  out.push([transcript.place ?? 'place unknown', transcript.date ?? 'date unknown'].join(' · '));
  out.push(`Speakers: ${transcript.speakers.join(', ') || 'none named'}`);
  out.push(`(line numbers as the editor shows them, from 1)`, '');
  for (const section of transcript.sections) {
    const paragraphs = section.turns.reduce((n, t) => n + t.paragraphs.length, 0);
    const head = section.kind === 'opening' ? `${section.label} — ${section.speaker ?? 'unnamed'}` : `Q${section.number}: ${section.label}`;
    out.push(`${head}  (${lines(section.range)}, ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'})`);
    if (section.kind === 'exchange') {
      for (const turn of section.turns) out.push(`    ${turn.role.padEnd(8)} ${(turn.speaker ?? '—').padEnd(24)} ${lines(turn.range)}`);
    }
  }
  return out.join('\n');
}

/** The glossary that ships beside the bundle (dist/../corpus). */
function loadGlossary(): Glossary {
  const file = join(__dirname, '..', 'corpus', 'glossary.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`cannot read the bundled glossary '${file}' (${(error as Error).message}); reinstall the package`);
  }
  return Glossary.fromData(data).glossary;
}

function runEntities(positionals: string[], json: boolean): void {
  const file = positionals[0];
  if (!file) throw new UserError('entities needs a file: diplomatic-study entities <file> [--json]');
  const { text, warnings } = readTranscriptFile(file);
  for (const warning of warnings) process.stderr.write(`warning: '${file}' ${warning}\n`);
  const glossary = loadGlossary();
  const mentions = new EntityMatcher(glossary.entries).matchText(text).map((m) => {
    const entry = glossary.get(m.entryId)!;
    return { id: entry.id, name: entry.name, aliases: entry.aliases, text: m.text, line: m.line, character: m.start, length: m.end - m.start };
  });
  if (json) {
    process.stdout.write(JSON.stringify({ mentions }, null, 2) + '\n');
    return;
  }
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  process.stdout.write(rows.map(([name, n]) => `${String(n).padStart(4)}  ${name}`).join('\n') + (rows.length ? '\n' : 'no organisations or agreements found\n'));
}

function runGlossary(json: boolean): void {
  const glossary = loadGlossary();
  if (json) {
    process.stdout.write(JSON.stringify({ entries: glossary.entries }, null, 2) + '\n');
    return;
  }
  process.stdout.write(glossary.entries.map((e) => `${e.id.padEnd(36)} ${e.kind.padEnd(13)} ${e.name}`).join('\n') + '\n');
}

function runParse(positionals: string[], json: boolean): void {
  const file = positionals[0];
  if (!file) throw new UserError('parse needs a file: diplomatic-study parse <file> [--json]');
  const { text, warnings } = readTranscriptFile(file);
  for (const warning of warnings) process.stderr.write(`warning: '${file}' ${warning}\n`);
  const transcript = new TranscriptParser().parse(text, { fileName: file });
  process.stdout.write((json ? JSON.stringify(toJson(transcript), null, 2) : outline(transcript)) + '\n');
}

export function main(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      process.stdout.write(USAGE + '\n');
      return values.help ? 0 : 2;
    }
    switch (command) {
      case 'parse':
        runParse(rest, values.json);
        return 0;
      case 'entities':
        runEntities(rest, values.json);
        return 0;
      case 'glossary':
        runGlossary(values.json);
        return 0;
      default:
        throw new UserError(`unknown command '${command}'; run 'diplomatic-study --help' for the commands`);
    }
  } catch (error) {
    const message = error instanceof UserError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
      ? (error as Error).message
      : `unexpected failure: ${(error as Error).message ?? String(error)}`;
    process.stderr.write(`diplomatic-study: ${message}\n`);
    return error instanceof UserError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
