// Speaker labels read over the whole text, not line by line alone.

import { isAllCaps, readSpeakerLabel, standaloneLabel, type SpeakerLabel } from './labels';
import { looksLikeTitle } from './header';
import { isNoise, type SourceLine } from './lines';

/** `readSpeakerLabel` of a line's content, worked out once: the parser asks it of a line more than once. */
export function labelOfLine(line: SourceLine): SpeakerLabel | null {
  if (line.label === undefined) line.label = readSpeakerLabel(line.content);
  return line.label;
}

/**
 * Speaker labels as the whole text shows them: a one-word "label" used once is a sentence that
 * happens to end with a colon ("Preguntarle: …"); a name alone on its line is a label when it is
 * printed in capitals or comes back as often as a speaker does.
 */
export class LabelReader {
  private readonly inline = new Map<number, SpeakerLabel>();
  private readonly standalone = new Set<string>();
  private readonly position = new Map<number, number>();

  constructor(private readonly lines: SourceLine[]) {
    lines.forEach((l, i) => this.position.set(l.index, i));
    const found: [number, SpeakerLabel][] = [];
    for (const l of lines) {
      const label = l.blank || isNoise(l) ? null : labelOfLine(l);
      if (label) found.push([l.index, label]);
    }
    const uses = new Map<string, number>();
    for (const [, label] of found) uses.set(label.name, (uses.get(label.name) ?? 0) + 1);
    const previousEndsSentence = (index: number) => {
      for (let j = (this.position.get(index) ?? 0) - 1; j >= 0; j--) if (!lines[j].blank) return /[.!?…"”»)\]。！？]$/u.test(lines[j].content) || this.inline.has(lines[j].index);
      return true;
    };
    let lastKind: SpeakerLabel['kind'] | null = null;
    for (const [index, label] of found) {
      // A one-word "label" used once in the middle of a sentence or of a question ("Preguntarle: ¿…?")
      // is the questioner's own words, not a speaker.
      const once = label.kind === 'named' && !label.name.includes(' ') && !/^\p{Script=Han}+$/u.test(label.name) && (uses.get(label.name) ?? 0) < 2 && label.name !== label.name.toUpperCase();
      if (once && (!previousEndsSentence(index) || lastKind === 'question' || lastKind === 'outlet')) continue;
      this.inline.set(index, label);
      lastKind = label.kind;
    }
    const alone = new Map<string, number>();
    lines.forEach((line, i) => {
      // Cheap tests first: most lines are sentences, and no label ends like one.
      if (line.blank || line.content.length > 120 || /[:：.!?…;,。]$/u.test(line.content) || this.inline.has(line.index) || line.heading > 0) return;
      // Then whether it reads as a label at all, which most short lines (a hard-wrapped text's) do not;
      // the title and noise tests, long patterns each, only for those that do.
      if (!standaloneLabel(line.content) || isNoise(line) || looksLikeTitle(line.content)) return;
      if (this.nextText(i) !== null) alone.set(line.content, (alone.get(line.content) ?? 0) + 1);
    });
    for (const [content, n] of alone) if (n >= 2 || (isAllCaps(content) && standaloneLabel(content)!.kind !== 'named') || (isAllCaps(content) && alone.size >= 2)) this.standalone.add(content);
  }

  /** The label a line (by its index in the text) opens with, or null. */
  at(index: number): SpeakerLabel | null {
    const inline = this.inline.get(index);
    if (inline) return inline;
    // Most texts have no label alone on its line: no line's content needs hashing to find out.
    if (this.standalone.size === 0) return null;
    const i = this.position.get(index);
    if (i === undefined) return null;
    const content = this.lines[i].content;
    return this.standalone.has(content) ? standaloneLabel(content) : null;
  }

  /** A label whose colon stands on the next line of a hard-wrapped paragraph. */
  splitAt(index: number): SpeakerLabel | null {
    const i = this.position.get(index);
    if (i === undefined) return null;
    const line = this.lines[i];
    const next = this.lines[i + 1];
    if (!next || next.blank || line.content.length > 60 || /[:：.!?…;,]$/u.test(line.content) || !isAllCaps(line.content.split(' ').slice(0, 2).join(' ') + ' X')) return null;
    const joined = readSpeakerLabel(`${line.content} ${next.content}`);
    return joined && joined.label.length > line.content.length && joined.kind !== 'question' ? joined : null;
  }

  private nextText(i: number): string | null {
    for (let j = i + 1; j < this.lines.length; j++) if (!this.lines[j].blank) return this.lines[j].content;
    return null;
  }
}

