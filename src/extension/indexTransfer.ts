// How a large answer crosses from the index worker to the extension host: a 50 MB transcript's
// sections and mentions in parts, each part copied (structured-cloned) on the main thread alone,
// the next one asked for only when the last is in, so that the editor breathes in between.
import type { IndexedFile, MentionData } from '../core/corpusIndex';
import type { Section } from '../core/model';

export type WorkerMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: true; part: { sections?: Section[]; mentions?: MentionData[] } }
  | { id: number; ok: false; error: string };

/** Parts of about 200 ms each on the main thread (measured at 50 MB): fewer round trips, short pauses. */
export const PART_SIZE = { sections: 5000, mentions: 60000 };

function isIndexedFile(value: unknown): value is IndexedFile {
  return typeof value === 'object' && value !== null && 'transcript' in value && 'mentions' in value;
}

/** The messages that carry one answer: the parts first, the answer (without them) last. */
export function splitAnswer(id: number, value: unknown, size = PART_SIZE): WorkerMessage[] {
  const SECTIONS_PER_PART = size.sections;
  const MENTIONS_PER_PART = size.mentions;
  if (!isIndexedFile(value) || (value.transcript.sections.length <= SECTIONS_PER_PART && value.mentions.length <= MENTIONS_PER_PART)) return [{ id, ok: true, value }];
  const messages: WorkerMessage[] = [];
  const { sections } = value.transcript;
  for (let i = 0; i < sections.length; i += SECTIONS_PER_PART) messages.push({ id, ok: true, part: { sections: sections.slice(i, i + SECTIONS_PER_PART) } });
  for (let i = 0; i < value.mentions.length; i += MENTIONS_PER_PART) messages.push({ id, ok: true, part: { mentions: value.mentions.slice(i, i + MENTIONS_PER_PART) } });
  messages.push({ id, ok: true, value: { ...value, transcript: { ...value.transcript, sections: [] }, mentions: [] } });
  return messages;
}

/** Puts an answer together again from its parts. */
export class AnswerParts {
  private readonly sections: Section[] = [];
  private readonly mentions: MentionData[] = [];

  add(part: { sections?: Section[]; mentions?: MentionData[] }): void {
    if (part.sections) for (const s of part.sections) this.sections.push(s);
    if (part.mentions) for (const m of part.mentions) this.mentions.push(m);
  }

  complete(value: unknown): unknown {
    if (!isIndexedFile(value) || (this.sections.length === 0 && this.mentions.length === 0)) return value;
    return { ...value, transcript: { ...value.transcript, sections: this.sections }, mentions: this.mentions };
  }
}
