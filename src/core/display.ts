// What the editor shows of a transcript (its outline and its glossary mentions), as bytes: made
// where the transcript was read (the index worker, or a cache file), handed to the extension host
// as one transferable buffer, and read there a part at a time so that a 50 MB transcript never
// holds up the editor.
import { TURN_ROLES, type Paragraph, type Section, type Transcript } from './model';

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
        paragraphs: turn.paragraphs.map((p) => (p.text.length > DISPLAY_CHARS ? { range: p.range, text: p.text.slice(0, DISPLAY_CHARS) + CUT } : p)),
      })),
    })),
  };
}

/** What ends a cut paragraph. */
const CUT = '…';

/**
 * One JSON value a line (JSON never writes a raw line break): first the transcript without its
 * sections, then its sections and its mentions in parts, each part as columns. The transcript may
 * be whole or already cut for display (`forDisplay`): long paragraphs are cut here either way.
 *
 * Each line is encoded on its own and the bytes put together once: a 50 MB transcript's display
 * as one string was 60 MB to build and join before it was encoded, and the fresh memory that
 * took cost more than the work.
 */
export function encodeDisplay(file: IndexedFile): Uint8Array {
  return joinDisplay(encodeOutline(file.transcript), file.mentions);
}

/**
 * The display's first lines, which need no mentions: the transcript without its sections, then its
 * sections in parts. A very large transcript's are encoded while a helper thread finds its mentions.
 */
export function encodeOutline(transcript: Transcript): Uint8Array[] {
  const { sections, ...meta } = transcript;
  const lines: Uint8Array[] = [encoder.encode(JSON.stringify(meta))];
  for (let i = 0; i < sections.length; i += DISPLAY_PART.sections) lines.push(encoder.encode(JSON.stringify({ sections: sectionColumns(sections.slice(i, i + DISPLAY_PART.sections)) })));
  return lines;
}

/** The display: the outline's lines (`encodeOutline`), then the mentions' in parts. */
export function joinDisplay(outline: readonly Uint8Array[], mentions: readonly MentionData[]): Uint8Array {
  const lines = [...outline];
  for (let i = 0; i < mentions.length; i += DISPLAY_PART.mentions) lines.push(encoder.encode(JSON.stringify({ mentions: mentionColumns(mentions.slice(i, i + DISPLAY_PART.mentions)) })));
  const out = new Uint8Array(lines.reduce((n, line) => n + line.byteLength + 1, -1));
  let at = 0;
  for (const line of lines) {
    if (at > 0) out[at++] = 10;
    out.set(line, at);
    at += line.byteLength;
  }
  return out;
}

/** A string's number in a part's list of strings (speakers, entries, mention texts), added if new. */
function idIn(strings: Map<string, number>, s: string): number {
  let i = strings.get(s);
  if (i === undefined) strings.set(s, (i = strings.size));
  return i;
}

/**
 * Sections, their turns and their paragraphs as flat arrays, one after another in reading order
 * (each section says how many turns follow it, each turn how many paragraphs), speakers written
 * once: the same outline in fewer bytes, without a key per value to write and parse.
 */
interface SectionColumns {
  speakers: string[];
  /** Per section: kind (0 opening, 1 exchange), label, speaker, number, start, end, date or null, turns. */
  sections: (string | number | null)[];
  /** Per turn: role, speaker, label or null, start, end, paragraphs. */
  turns: (string | number | null)[];
  /** Per paragraph: start, end, text. */
  paragraphs: (string | number)[];
  /**
   * The paragraphs (by their number in the part) whose text was cut, which ends in "…" once read:
   * the text written is a plain slice of the paragraph's, which is not copied, nor made two bytes a
   * character by the "…", before it is written.
   */
  cut?: number[];
}

function sectionColumns(sections: readonly Section[]): SectionColumns {
  const speakers = new Map<string, number>();
  const speaker = (name: string | null) => (name === null ? -1 : idIn(speakers, name));
  const columns: SectionColumns = { speakers: [], sections: [], turns: [], paragraphs: [] };
  for (const s of sections) {
    columns.sections.push(s.kind === 'opening' ? 0 : 1, s.label, speaker(s.speaker), s.number, s.range.start, s.range.end, s.date ?? null, s.turns.length);
    for (const t of s.turns) {
      columns.turns.push(TURN_ROLES.indexOf(t.role), speaker(t.speaker), t.label, t.range.start, t.range.end, t.paragraphs.length);
      for (const p of t.paragraphs) {
        if (p.text.length > DISPLAY_CHARS) (columns.cut ??= []).push(columns.paragraphs.length / 3);
        columns.paragraphs.push(p.range.start, p.range.end, p.text.length > DISPLAY_CHARS ? p.text.slice(0, DISPLAY_CHARS) : p.text);
      }
    }
  }
  columns.speakers = [...speakers.keys()];
  return columns;
}

function sectionsFrom(columns: SectionColumns): Section[] {
  const { speakers, sections: S, turns: T, paragraphs: P } = columns;
  const name = (i: number) => (i < 0 ? null : speakers[i]);
  // The paragraphs whose text was cut, in order: one pointer walks them.
  const cut = columns.cut ?? [];
  let nextCut = 0;
  const text = (p: number) => {
    if (cut[nextCut] !== p / 3) return P[p + 2] as string;
    nextCut++;
    return (P[p + 2] as string) + CUT;
  };
  const out: Section[] = [];
  let t = 0;
  let p = 0;
  for (let s = 0; s + 7 < S.length; s += 8) {
    const section: Section = { kind: S[s] === 0 ? 'opening' : 'exchange', label: S[s + 1] as string, speaker: name(S[s + 2] as number), number: S[s + 3] as number, range: { start: S[s + 4] as number, end: S[s + 5] as number }, turns: [] };
    if (S[s + 6] !== null) section.date = S[s + 6] as string;
    for (let k = S[s + 7] as number; k > 0; k--, t += 6) {
      const turn = { role: TURN_ROLES[T[t] as number], speaker: name(T[t + 1] as number), label: T[t + 2] as string | null, range: { start: T[t + 3] as number, end: T[t + 4] as number }, paragraphs: [] as Paragraph[] };
      for (let j = T[t + 5] as number; j > 0; j--, p += 3) turn.paragraphs.push({ range: { start: P[p] as number, end: P[p + 1] as number }, text: text(p) });
      section.turns.push(turn);
    }
    out.push(section);
  }
  return out;
}

/**
 * Mentions as columns: entries and texts each written once, numbers in one flat array, the words
 * around only where there are some. A 50 MB transcript has 180,000 mentions, and as objects their
 * keys alone were a third of the bytes written, read and parsed.
 */
export interface MentionColumns {
  entries: string[];
  texts: string[];
  /** Per mention: entry, line, start, end, text (entries and texts by their index). */
  numbers: number[];
  /** Mention index, before, after: for the mentions with words around them. */
  contexts: (number | string)[];
}

export function mentionColumns(mentions: readonly MentionData[]): MentionColumns {
  const entries = new Map<string, number>();
  const texts = new Map<string, number>();
  const numbers: number[] = [];
  const contexts: (number | string)[] = [];
  mentions.forEach((m, i) => {
    numbers.push(idIn(entries, m.entryId), m.line, m.start, m.end, idIn(texts, m.text));
    if (m.before !== '' || m.after !== '') contexts.push(i, m.before, m.after);
  });
  return { entries: [...entries.keys()], texts: [...texts.keys()], numbers, contexts };
}

export function mentionsFrom(columns: MentionColumns): MentionData[] {
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
 * transcript's display is some 30 MB, and decoding it whole would hold up the editor.
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
    const part = JSON.parse(this.nextLine()) as { sections?: SectionColumns; mentions?: MentionColumns };
    if (part.sections) for (const s of sectionsFrom(part.sections)) this.transcript.sections.push(s);
    if (part.mentions) for (const m of mentionsFrom(part.mentions)) this.mentions.push(m);
  }

  result(): IndexedFile {
    return { transcript: this.transcript, mentions: this.mentions };
  }
}
