// A published page (or pasted text) turned into a clean Markdown transcript: front matter with
// what the parser found, then one paragraph a block, each turn opened by its speaker's label.

import { dump as dumpYaml } from 'js-yaml';
import type { Transcript } from '../model';
import { TranscriptParser } from '../parser/transcriptParser';
import { collapseSpaces } from '../text';

export interface ImportedTranscript {
  /** `<date>-<slug>.md`, the date `undated` when the text gives none. */
  fileName: string;
  markdown: string;
  transcript: Transcript;
}

export interface ImportOptions {
  sourceUrl?: string | null;
  /** ISO date the page was retrieved. */
  retrieved: string;
  /** A name to fall back on for the title. */
  fileName?: string;
}

/** "Lavrov’s remarks in Kuala Lumpur" → "lavrovs-remarks-in-kuala-lumpur"; other scripts are kept. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'transcript';
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > max / 2 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

/** The label a turn is printed with in the imported file: one name a person, roles as words. */
function labelOf(role: string, speaker: string | null): string {
  if (role === 'question') return speaker ? `Question (${speaker})` : 'Question';
  return speaker ?? (role === 'answer' ? 'Answer' : 'Remarks');
}

/** Escapes what Markdown would read as syntax at the start of a paragraph. */
function markdownText(text: string): string {
  return collapseSpaces(text).replace(/^([#>*+-]|\d+\.)(\s)/, '\\$1$2');
}

export function importTranscript(text: string, options: ImportOptions): ImportedTranscript {
  const transcript = new TranscriptParser().parse(text, { fileName: options.fileName });
  const front: Record<string, unknown> = { title: transcript.title };
  if (transcript.date) front.date = transcript.date;
  if (transcript.place) front.place = transcript.place;
  front.speakers = transcript.speakers;
  const source = options.sourceUrl ?? transcript.sourceUrl;
  if (source) front.source_url = source;
  front.retrieved = options.retrieved;
  // The people who answer, so that a reader of the file (and the parser) need not guess again.
  if (transcript.speakers.length) front.transcript = { officials: transcript.speakers };

  const out: string[] = ['---', dumpYaml(front, { lineWidth: -1, noRefs: true }).trimEnd(), '---', '', `# ${markdownText(transcript.title)}`, ''];
  for (const section of transcript.sections) {
    if (section.date && section.kind === 'opening') out.push(`## ${section.date}`, '');
    for (const turn of section.turns) {
      turn.paragraphs.forEach((p, i) => {
        out.push(i === 0 ? `**${labelOf(turn.role, turn.speaker)}:** ${markdownText(p.text)}` : markdownText(p.text), '');
      });
    }
  }
  const fileName = `${transcript.date ?? 'undated'}-${slugify(transcript.title)}.md`;
  return { fileName, markdown: out.join('\n'), transcript };
}

export { fetchPage, freeName, type FetchedPage } from './page';
