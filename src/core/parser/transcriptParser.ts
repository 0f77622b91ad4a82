import type { LineRange, Paragraph, Section, Transcript, Turn, TurnRole } from '../model';
import { collapseSpaces, firstSentence, shorten } from '../text';
import { dateFromValue } from './dates';
import { readFrontMatter, stringField } from './frontMatter';
import { isDateLine, looksLikePlace, looksLikeTitle, readPlaceDate, speakersFromTitle } from './header';
import { readSpeakerLabel, type SpeakerLabel } from './labels';
import { isFooterLine, isNoiseLine, readLines, stripMarkdown, type SourceLine } from './lines';

export interface ParseOptions {
  /** Used for the title when the text has none. */
  fileName?: string;
}

interface RawParagraph {
  range: LineRange;
  label: SpeakerLabel | null;
  parts: string[];
  /** A noise line or heading stood between this paragraph and the one before. */
  afterBreak: boolean;
}

interface RawTurn {
  label: SpeakerLabel | null;
  /** An unlabelled turn that resumes the previous speaker after a break. */
  continued: boolean;
  paragraphs: RawParagraph[];
}

interface Header {
  title: string | null;
  place: string | null;
  date: string | null;
  bodyStart: number;
}

const HEADER_WINDOW = 25;
const COURTESY = /^(?:thank you|thanks|good (?:morning|afternoon|evening)|hello|hi|hey|okay|ok|yes|sure|great|all right|alright)\b.{0,40}[.!?]$/i;

/** Turns the text of a published transcript into its title, place, date, speakers and sections. */
export class TranscriptParser {
  parse(text: string, options: ParseOptions = {}): Transcript {
    const lines = readLines(text);
    const front = readFrontMatter(lines.map((l) => l.raw));
    const inRegion = this.regionOf(lines, front.endLine);
    const header = this.readHeader(lines, inRegion);

    const metaTitle = stringField(front.data, 'title');
    const title = metaTitle ?? header.title ?? this.titleFromFileName(options.fileName);
    const metaDate = dateFromValue(front.data.date);
    const metaPlace = stringField(front.data, 'place', 'location', 'city', 'venue');
    const fromTitle = readPlaceDate(title);
    const place = metaPlace ?? header.place ?? fromTitle.place;
    const date = metaDate ?? header.date ?? fromTitle.date;
    const sourceUrl = stringField(front.data, 'source_url', 'sourceUrl', 'source', 'url', 'link');

    const paragraphs = this.readParagraphs(lines, inRegion, header.bodyStart);
    const turns = this.groupTurns(paragraphs);
    const titleSpeakers = speakersFromTitle(title);
    const sections = this.buildSections(turns, titleSpeakers);
    const speakers: string[] = [];
    for (const turn of sections.flatMap((s) => s.turns)) {
      if (turn.speaker && !speakers.includes(turn.speaker)) speakers.push(turn.speaker);
    }
    return {
      title: collapseSpaces(title),
      place: place ? collapseSpaces(place) : null,
      date,
      sourceUrl: sourceUrl && /^https?:\/\//i.test(sourceUrl) ? sourceUrl : null,
      speakers,
      sections,
      lineCount: lines.length,
    };
  }

  /**
   * Which lines can hold transcript text. A page that quotes a transcript in a blockquote
   * (a blog post, a memo) keeps its own prose outside the quote: only the quote is read.
   */
  private regionOf(lines: SourceLine[], frontEnd: number): (i: number) => boolean {
    let quoted = 0;
    let quotedLabels = 0;
    let plainLabels = 0;
    for (const line of lines) {
      if (line.index <= frontEnd || line.blank) continue;
      const hasLabel = readSpeakerLabel(line.content) !== null;
      if (line.quoted) {
        quoted++;
        if (hasLabel) quotedLabels++;
      } else if (hasLabel) plainLabels++;
    }
    const quoteMode = quoted >= 3 && quotedLabels >= 1 && quotedLabels > plainLabels;
    return (i) => i > frontEnd && (!quoteMode || lines[i].quoted);
  }

  private readHeader(lines: SourceLine[], inRegion: (i: number) => boolean): Header {
    const window: SourceLine[] = [];
    for (const line of lines) {
      if (!inRegion(line.index) || line.blank) continue;
      if (readSpeakerLabel(line.content) && !looksLikeTitle(line.content)) break;
      window.push(line);
      if (window.length >= HEADER_WINDOW) break;
    }
    const firstRegionLine = lines.find((l) => inRegion(l.index))?.index ?? lines.length;
    let titleAt = window.findIndex((l) => looksLikeTitle(stripMarkdown(l.content)) && !isNoiseLine(l.content));
    if (titleAt < 0) titleAt = window.findIndex((l) => l.heading === 1);
    if (titleAt < 0) {
      // No title words: a short first line followed by a date line is still a title.
      const first = window.findIndex((l) => !isNoiseLine(l.content));
      const next = window[first + 1];
      if (first >= 0 && window[first].content.length <= 200 && next && isDateLine(stripMarkdown(next.content))) titleAt = first;
    }

    let place: string | null = null;
    let date: string | null = null;
    const takeDate = (content: string) => {
      const found = readPlaceDate(content);
      date ??= found.date;
      place ??= found.place;
    };
    if (titleAt < 0) {
      // Without a title the header is only the noise and date lines that open the text.
      let i = 0;
      while (i < window.length && (isNoiseLine(window[i].content) || window[i].heading > 0 || isDateLine(window[i].content))) {
        if (isDateLine(window[i].content)) takeDate(window[i].content);
        i++;
      }
      return { title: null, place, date, bodyStart: i < window.length ? window[i].index : (window[i - 1]?.index ?? firstRegionLine - 1) + 1 };
    }

    const title = stripMarkdown(window[titleAt].content);
    const placeLines: string[] = [];
    let i = titleAt + 1;
    for (; i < window.length; i++) {
      const content = stripMarkdown(window[i].content);
      if (isDateLine(content)) takeDate(content);
      else if (isHeaderLeftover(content)) {
        if (looksLikePlace(content)) placeLines.push(content.replace(/[.]$/, ''));
      } else if (!isNoiseLine(content) && window[i].heading === 0) break;
    }
    place ??= bestPlace(placeLines);
    const afterHeader = i < window.length ? window[i].index : window[window.length - 1].index + 1;
    // A date printed above the title (common on ministry sites) still dates the text.
    for (let j = 0; j < titleAt && date === null; j++) if (isDateLine(window[j].content)) date = readPlaceDate(window[j].content).date;
    return { title, place, date, bodyStart: afterHeader };
  }

  private titleFromFileName(fileName: string | undefined): string {
    if (!fileName) return 'Untitled transcript';
    const base = fileName.split(/[\\/]/).pop() ?? fileName;
    return base.replace(/(?:\.transcript)?\.(?:txt|md|markdown|text)$/i, '').replace(/[_-]+/g, ' ').trim() || 'Untitled transcript';
  }

  private readParagraphs(lines: SourceLine[], inRegion: (i: number) => boolean, bodyStart: number): RawParagraph[] {
    const body = lines.filter((l) => l.index >= bodyStart && inRegion(l.index));
    const blankMode = this.isBlankSeparated(body);
    const wrapWidth = blankMode ? 0 : this.wrapWidth(body);
    const paragraphs: RawParagraph[] = [];
    let current: RawParagraph | null = null;
    let previous: SourceLine | null = null;
    let pendingBreak = false;

    for (const line of body) {
      if (line.blank) {
        if (!blankMode || current?.parts.length) current = null;
        continue;
      }
      if (line.heading > 0 || isNoiseLine(line.content)) {
        current = null;
        pendingBreak = true;
        continue;
      }
      if (paragraphs.length > 0 && isFooterLine(line.content)) break;
      const label = readSpeakerLabel(line.content);
      const text = stripMarkdown(label ? label.rest : line.content);
      const joins = current !== null && !label && previous !== null && this.joins(current, previous, line, blankMode, wrapWidth);
      if (current && joins) {
        current.range.end = line.index;
        current.parts.push(text);
      } else {
        current = { range: { start: line.index, end: line.index }, label, parts: text ? [text] : [], afterBreak: pendingBreak };
        paragraphs.push(current);
        pendingBreak = false;
      }
      previous = line;
    }
    // A label with no words after it and none below (the page ended) is not a paragraph.
    return paragraphs.filter((p) => p.parts.length > 0);
  }

  private joins(current: RawParagraph, previous: SourceLine, line: SourceLine, blankMode: boolean, wrapWidth: number): boolean {
    if (current.parts.length === 0) return true;
    if (previous.hardBreak) return false;
    if (blankMode) return true;
    const last = current.parts[current.parts.length - 1];
    if (!/[.!?:;"”’)»…]$/u.test(last) && /^[\p{Ll}]/u.test(line.content)) return true;
    if (wrapWidth > 0) {
      const firstWord = line.content.split(' ')[0];
      return previous.content.length + 1 + firstWord.length > wrapWidth;
    }
    return false;
  }

  /** Paragraphs separated by blank lines, rather than one paragraph a line as in the seed. */
  private isBlankSeparated(body: SourceLine[]): boolean {
    let runs = 0;
    let textLines = 0;
    let inRun = false;
    for (const line of body) {
      if (line.blank) inRun = false;
      else {
        textLines++;
        if (!inRun) runs++;
        inRun = true;
      }
    }
    return runs >= 2 && textLines / runs > 1.2 && textLines / runs <= 15;
  }

  /** The width a hard-wrapped text was wrapped at, or 0 when its lines are not wrapped. */
  private wrapWidth(body: SourceLine[]): number {
    const lengths = body.filter((l) => !l.blank).map((l) => l.content.length).sort((a, b) => a - b);
    if (lengths.length < 6) return 0;
    const p90 = lengths[Math.floor(lengths.length * 0.9)];
    return p90 <= 100 ? lengths[lengths.length - 1] : 0;
  }

  private groupTurns(paragraphs: RawParagraph[]): RawTurn[] {
    const turns: RawTurn[] = [];
    for (const paragraph of paragraphs) {
      const last = turns[turns.length - 1];
      if (paragraph.label) turns.push({ label: paragraph.label, continued: false, paragraphs: [paragraph] });
      else if (last && !paragraph.afterBreak) last.paragraphs.push(paragraph);
      else turns.push({ label: last?.label ?? null, continued: last !== undefined, paragraphs: [paragraph] });
    }
    return turns;
  }

  private buildSections(rawTurns: RawTurn[], titleSpeakers: string[]): Section[] {
    const principals = findPrincipals(rawTurns, titleSpeakers);
    const isPrincipal = (name: string) => principals.has(name);
    const defaultSpeaker = titleSpeakers[0] ?? null;

    const sections: Section[] = [];
    let exchange: Section | null = null;
    let seenQuestion = false;
    let openingCount = 0;
    let exchangeCount = 0;
    for (const raw of rawTurns) {
      const { role, speaker } = this.roleOf(raw.label, isPrincipal, seenQuestion, defaultSpeaker, titleSpeakers);
      const turn = toTurn(raw, role, speaker);
      if (role === 'question' && !raw.continued) {
        seenQuestion = true;
        exchange = { kind: 'exchange', label: questionLabel(turn), speaker: null, number: ++exchangeCount, range: { ...turn.range }, turns: [turn] };
        sections.push(exchange);
      } else if (exchange) {
        exchange.turns.push(turn);
        exchange.range.end = turn.range.end;
      } else {
        const last = sections[sections.length - 1];
        if (last && last.speaker === turn.speaker) {
          last.turns.push(turn);
          last.range.end = turn.range.end;
        } else {
          sections.push({ kind: 'opening', label: 'Opening remarks', speaker: turn.speaker, number: ++openingCount, range: { ...turn.range }, turns: [turn] });
        }
      }
    }
    for (const section of sections) {
      if (section.kind === 'exchange') section.speaker = section.turns.find((t) => t.role === 'answer')?.speaker ?? null;
    }
    return sections;
  }

  private roleOf(
    label: SpeakerLabel | null,
    isPrincipal: (name: string) => boolean,
    seenQuestion: boolean,
    defaultSpeaker: string | null,
    titleSpeakers: string[],
  ): { role: TurnRole; speaker: string | null } {
    const principalRole: TurnRole = seenQuestion ? 'answer' : 'remarks';
    if (!label) return { role: principalRole, speaker: defaultSpeaker };
    switch (label.kind) {
      case 'question':
        return { role: 'question', speaker: null };
      case 'outlet':
        return { role: 'question', speaker: label.name };
      case 'answer':
        return { role: 'answer', speaker: titleSpeakers.length === 1 ? titleSpeakers[0] : null };
      case 'moderator':
        return { role: 'remarks', speaker: label.name };
      case 'named':
        return { role: isPrincipal(label.name) ? principalRole : 'question', speaker: label.name };
    }
  }
}

/**
 * Short lines between a title and the text are site furniture or a venue ("Briefing Room",
 * "Vilnius, Lithuania"), never a paragraph: no sentence punctuation, no greeting, no label.
 */
function isHeaderLeftover(content: string): boolean {
  return (
    content.split(' ').length <= 8 &&
    !/[.!?,:;…"”]$/u.test(content) &&
    !/^(?:dear|colleagues|friends|ladies|gentlemen|excellenc|good|hello|thank|welcome)/i.test(content) &&
    readSpeakerLabel(content) === null
  );
}

/** Of the venue lines under a title, "City, Country" or a named room beats a bare section name. */
function bestPlace(candidates: string[]): string | null {
  const score = (c: string) => (c.includes(',') ? 1000 : 0) + (/\b(?:Room|Hall|House|Palace|Centre|Center|Building|Residence|Mansion|Kremlin)\b/.test(c) ? 500 : 0) + c.length;
  return candidates.sort((a, b) => score(b) - score(a))[0] ?? null;
}

/** "MS. JEAN-PIERRE" is "Karine Jean-Pierre"; "Sergey Lavrov (speaks after Wang Yi)" is "Sergey Lavrov". */
export function sameSpeaker(label: string, name: string): boolean {
  const surname = name.split(' ').pop()?.toLowerCase();
  if (!surname) return false;
  const tokens = label.toLowerCase().split(/\s+/).map((t) => t.replace(/[.,]$/, ''));
  return tokens.includes(surname);
}

/**
 * Who answers. Where questions are labelled as such ("Question:", "Q"), every named speaker
 * answers. Otherwise, and for speakers the title does not name, a speaker who takes the floor
 * after a question answers it, and one who is answered by the title's speaker is asking.
 */
function findPrincipals(turns: RawTurn[], titleSpeakers: string[]): Set<string> {
  const named = new Map<string, number>();
  for (const t of turns) if (t.label?.kind === 'named') named.set(t.label.name, (named.get(t.label.name) ?? 0) + 1);
  const explicitQuestions = turns.some((t) => t.label?.kind === 'question');
  const core = new Set([...named.keys()].filter((name) => titleSpeakers.some((s) => sameSpeaker(name, s))));
  if (core.size === 0) {
    if (explicitQuestions) return new Set(named.keys());
    const mostFrequent = [...named.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (mostFrequent) core.add(mostFrequent);
  }
  const isQuestion = (t: RawTurn | undefined) => t?.label?.kind === 'question' || t?.label?.kind === 'outlet';
  const votes = new Map<string, number>();
  turns.forEach((turn, i) => {
    const name = turn.label?.kind === 'named' && !turn.continued ? turn.label.name : null;
    if (!name || core.has(name)) return;
    const next = turns[i + 1]?.label;
    let vote = 0;
    if (isQuestion(turns[i - 1])) vote = 1;
    else if (next?.kind === 'named' && core.has(next.name)) vote = -1;
    votes.set(name, (votes.get(name) ?? 0) + vote);
  });
  const principals = new Set(core);
  for (const [name, vote] of votes) if (vote > 0 || (vote === 0 && explicitQuestions)) principals.add(name);
  return principals;
}

function toTurn(raw: RawTurn, role: TurnRole, speaker: string | null): Turn {
  const paragraphs: Paragraph[] = raw.paragraphs.map((p) => ({ range: p.range, text: collapseSpaces(p.parts.join(' ')) }));
  return {
    role,
    speaker,
    label: raw.label && !raw.continued ? raw.label.label : null,
    range: { start: paragraphs[0].range.start, end: paragraphs[paragraphs.length - 1].range.end },
    paragraphs,
  };
}

/** The question's first sentence that says something, past "Thank you." and greetings. */
function questionLabel(turn: Turn): string {
  let text = turn.paragraphs.map((p) => p.text).join(' ');
  for (let i = 0; i < 3; i++) {
    const sentence = firstSentence(text);
    if (!COURTESY.test(sentence) || sentence.length >= text.length) break;
    text = text.slice(text.indexOf(sentence) + sentence.length).trim();
  }
  return shorten(firstSentence(text), 80);
}
