// What the editor shows of a transcript (its outline and its glossary mentions), as bytes: made
// where the transcript was read (the index worker, or a cache file), handed to the extension host
// as one transferable buffer, and read there a part at a time so that a 50 MB transcript never
// holds up the editor.
import type { Transcript } from './model';

/** A glossary mention in a corpus file, with a few words either side already cut out. */
export interface MentionData {
  entryId: string;
  line: number;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
}

export interface IndexedFile {
  transcript: Transcript;
  mentions: MentionData[];
}

/** How much of a paragraph the editor side keeps: enough for labels and tooltips; search has it all. */
const DISPLAY_CHARS = 160;
/** Sections and mentions per line of the layout: each line is parsed in a few milliseconds. */
const DISPLAY_PART = { sections: 200, mentions: 2000 };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The transcript as the extension's views need it, with long paragraphs cut. */
export function forDisplay(transcript: Transcript): Transcript {
  return {
    ...transcript,
    sections: transcript.sections.map((section) => ({
      ...section,
      turns: section.turns.map((turn) => ({
        ...turn,
        paragraphs: turn.paragraphs.map((p) => (p.text.length > DISPLAY_CHARS ? { range: p.range, text: p.text.slice(0, DISPLAY_CHARS) + '…' } : p)),
      })),
    })),
  };
}

/**
 * One JSON value a line (JSON never writes a raw line break): first the transcript without its
 * sections and the number of lines that follow, then the sections and the mentions in parts.
 */
export function encodeDisplay(file: IndexedFile): Uint8Array {
  const { sections, ...meta } = file.transcript;
  const lines: string[] = [];
  for (let i = 0; i < sections.length; i += DISPLAY_PART.sections) lines.push(JSON.stringify({ sections: sections.slice(i, i + DISPLAY_PART.sections) }));
  for (let i = 0; i < file.mentions.length; i += DISPLAY_PART.mentions) lines.push(JSON.stringify({ mentions: mentionColumns(file.mentions.slice(i, i + DISPLAY_PART.mentions)) }));
  return encoder.encode([JSON.stringify(meta), ...lines].join('\n'));
}


/**
 * Mentions as columns: entries and texts each written once, numbers in one flat array, the words
 * around only where there are some. A 50 MB transcript has 180,000 mentions, and as objects their
 * keys alone were a third of the bytes written, read and parsed.
 */
interface MentionColumns {
  entries: string[];
  texts: string[];
  /** Per mention: entry, line, start, end, text (entries and texts by their index). */
  numbers: number[];
  /** Mention index, before, after: for the mentions with words around them. */
  contexts: (number | string)[];
}

function mentionColumns(mentions: readonly MentionData[]): MentionColumns {
  const entries = new Map<string, number>();
  const texts = new Map<string, number>();
  const numbers: number[] = [];
  const contexts: (number | string)[] = [];
  const indexOf = (map: Map<string, number>, key: string) => {
    let i = map.get(key);
    if (i === undefined) map.set(key, (i = map.size));
    return i;
  };
  mentions.forEach((m, i) => {
    numbers.push(indexOf(entries, m.entryId), m.line, m.start, m.end, indexOf(texts, m.text));
    if (m.before !== '' || m.after !== '') contexts.push(i, m.before, m.after);
  });
  return { entries: [...entries.keys()], texts: [...texts.keys()], numbers, contexts };
}

function mentionsFrom(columns: MentionColumns): MentionData[] {
  const { entries, texts, numbers, contexts } = columns;
  const out: MentionData[] = [];
  for (let i = 0; i + 4 < numbers.length; i += 5) out.push({ entryId: entries[numbers[i]], line: numbers[i + 1], start: numbers[i + 2], end: numbers[i + 3], text: texts[numbers[i + 4]], before: '', after: '' });
  for (let i = 0; i + 2 < contexts.length; i += 3) {
    const m = out[contexts[i] as number];
    m.before = contexts[i + 1] as string;
    m.after = contexts[i + 2] as string;
  }
  return out;
}

/**
 * Reads the lines of a display one `step` at a time, straight from its bytes: a 50 MB
 * transcript's display is some 40 MB, and decoding it whole would hold up the editor.
 */
export class DisplayReader {
  private at = 0;
  private readonly transcript: Transcript;
  private readonly mentions: MentionData[] = [];

  constructor(private readonly bytes: Uint8Array) {
    this.transcript = { ...(JSON.parse(this.nextLine()) as Omit<Transcript, 'sections'>), sections: [] };
  }

  get done(): boolean {
    return this.at >= this.bytes.byteLength;
  }

  private nextLine(): string {
    let end = this.bytes.indexOf(10, this.at);
    if (end < 0) end = this.bytes.byteLength;
    const line = decoder.decode(this.bytes.subarray(this.at, end));
    this.at = end + 1;
    return line;
  }

  step(): void {
    const part = JSON.parse(this.nextLine()) as { sections?: Transcript['sections']; mentions?: MentionColumns };
    if (part.sections) for (const s of part.sections) this.transcript.sections.push(s);
    if (part.mentions) for (const m of mentionsFrom(part.mentions)) this.mentions.push(m);
  }

  result(): IndexedFile {
    return { transcript: this.transcript, mentions: this.mentions };
  }
}
