import type { Language } from './language';
import { firstSentence, shorten } from './text';

/** Lines are 0-based and inclusive at both ends, as VS Code counts them. */
export interface LineRange {
  start: number;
  end: number;
}

export type TurnRole = 'remarks' | 'question' | 'answer';

/** Every role, in the order the index's and the outline's bytes number them: never reorder. */
export const TURN_ROLES: readonly TurnRole[] = ['remarks', 'question', 'answer'];

export interface Paragraph {
  range: LineRange;
  /** The paragraph's words with labels, Markdown markers and hard wraps removed. */
  text: string;
}

export interface Turn {
  role: TurnRole;
  speaker: string | null;
  /** The label as printed ("Question (translated from Chinese)"), when the text gave one. */
  label: string | null;
  range: LineRange;
  paragraphs: Paragraph[];
}

export type SectionKind = 'opening' | 'exchange';

export interface Section {
  kind: SectionKind;
  label: string;
  speaker: string | null;
  /** 1-based number among sections of the same kind. */
  number: number;
  range: LineRange;
  turns: Turn[];
  /** ISO date of this section's encounter, on a page of several encounters that dates each. */
  date?: string;
}

export interface Transcript {
  title: string;
  place: string | null;
  /** ISO `YYYY-MM-DD`. */
  date: string | null;
  sourceUrl: string | null;
  /** The language the transcript is written in: front matter `lang:` if given, else read from the text. */
  language: Language;
  speakers: string[];
  sections: Section[];
  lineCount: number;
}

/** The section whose range holds `line`, or null (title lines, noise, blank lines between sections). */
export function sectionAt(transcript: Transcript, line: number): Section | null {
  return transcript.sections.find((s) => s.range.start <= line && line <= s.range.end) ?? null;
}

const ROLE_LABEL: Record<TurnRole, string> = { remarks: 'Remarks', question: 'Question', answer: 'Answer' };

/** "Q3: Based on your meetings…" for an exchange, "Opening remarks" for an opening: as the tree, Outline and search show it. */
export function sectionLabel(section: Section): string {
  return section.kind === 'exchange' ? `Q${section.number}: ${section.label}` : section.label;
}

/** "Answer: I have just elaborated…": the role and the turn's first sentence. */
export function turnLabel(turn: Turn, max = 60): string {
  return `${ROLE_LABEL[turn.role]}: ${shorten(firstSentence(turn.paragraphs[0].text), max)}`;
}
