import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Transcript } from './core/model';
import { TranscriptParser } from './core/parser/transcriptParser';
import { decodeTranscript } from './core/source';

const USAGE = `Usage: diplomatic-study <command> [options]

Commands:
  parse <file> [--json]   Outline of a transcript: title, place, date, speakers, sections.
                          --json prints the structure (lines are 0-based and inclusive).

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
