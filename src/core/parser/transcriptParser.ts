import type { LineRange, Paragraph, Section, Transcript, Turn, TurnRole } from '../model';
import { collapseSpaces, firstSentence, shorten } from '../text';
import { detectLanguage, LANGUAGE_SAMPLE, languageOf } from '../language';
import { castSpeakers, type SpeakerHints } from './cast';
import { dateFromValue, findDate } from './dates';
import { readFrontMatter, stringField } from './frontMatter';
import { cityOf, isDateLine, looksLikePlace, looksLikeTitle, readPlaceDate, speakersFromTitle, VENUE } from './header';
import { HTML_SAMPLE_CHARS, htmlToLines, looksLikeHtml } from './html';
import { LabelReader, labelOfLine } from './labelReader';
import { readSpeakerLabel, type SpeakerLabel } from './labels';
import { isFooterLine, isNoise, isNoiseLine, readLines, splitLines, splitRunInLabels, stripLineMarkdown, stripMarkdown, type SourceLine } from './lines';

export interface ParseOptions {
  /** Used for the title when the text has none. */
  fileName?: string;
  /** The text's lines as `splitLines` cuts them, when the caller has them already (a very large text is not cut twice). */
  lines?: readonly string[];
}

interface RawParagraph {
  range: LineRange;
  label: SpeakerLabel | null;
  parts: string[];
  /** Every part is as `collapseSpaces` would leave it (and none is empty): joined, nothing to collapse. */
  clean: boolean;
  /** Clean, and no part has a wide character (Han): a part's words are its spaces and one. */
  spaced: boolean;
  /** A noise line or heading stood between this paragraph and the one before. */
  afterBreak: boolean;
  /** A new encounter (a dated heading on a page of several) starts here. */
  encounter?: { date: string | null };
}

interface RawTurn {
  label: SpeakerLabel | null;
  /** An unlabelled turn that resumes the previous speaker after a break. */
  continued: boolean;
  paragraphs: RawParagraph[];
  /** Its words, counted when first asked (see `turnWords`): the cast asks only when the title does not settle who speaks. */
  words(): number;
  /** The turn's opening words. */
  opening: string;
  encounter?: { date: string | null };
}

interface Header {
  title: string | null;
  place: string | null;
  date: string | null;
  bodyStart: number;
}

/** Page facts that do not stand in the text's lines: an HTML page's title, date element and address. */
interface PageMeta {
  title: string | null;
  date: string | null;
  sourceUrl: string | null;
}

const HEADER_WINDOW = 25;
/** A paragraph part ending in one of these ends a sentence: the next line does not continue it. */
const SENTENCE_END = '.!?:;"”’)»…';
/** Lines of a file's body looked at to tell a saved web page from text. */
const HTML_SNIFF_LINES = 400;
const SPOKEN_AT = /(?:^|[\s,])(?:en|desde|at|from|à|au|depuis|в|во)\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,4})\.?$/u;
const TITLE_FIELD = /^(?:title|título|titulo|titre|заголовок|标题)\s*[:：]\s*(.+)$/iu;
/** Opening words up to this many only give the floor. */
const FLOOR_WORDS = 12;
// Thanks, assent or a question cut off ("Mr. President —"): said from the floor, but no new question.
const NOT_A_QUESTION = /^(?:thank|thanks|gracias|merci|спасибо|谢谢|ok\b|okay|yes|yeah|no\b|sure|right|great|good|all right|sí|oui|да|mr\.|ms\.|madam|sir|señor|monsieur|господин)|[—–-]$/iu;
const GIVES_FLOOR = /(?:go ahead|questions?|let us begin|let's begin|let's start|floor|please|вопрос|пожалуйста|прошу|adelante|preguntas?|je vous écoute|questions|请提问|提问)/iu;
const CONTEXT_CHARS = 4000;
const COURTESY = /^(?:thank you|thanks|good (?:morning|afternoon|evening)|hello|hi|hey|okay|ok|yes|sure|great|all right|alright)\b.{0,40}[.!?]$/i;

/** Turns the text of a published transcript into its title, place, date, speakers and sections. */
export class TranscriptParser {
  parse(text: string, options: ParseOptions = {}): Transcript {
    const raw = options.lines ?? splitLines(text);
    const front = readFrontMatter(raw);
    const offset = front.endLine + 1;
    // Only the body's first lines are looked at to tell a page; the body is joined only for a page.
    if (bodyLooksLikeHtml(raw, offset)) {
      // A saved web page: its main text, one block a line, each line mapped back to the page's lines
      // (front matter above an HTML body stays as it is).
      const html = htmlToLines(offset > 0 ? raw.slice(offset).join('\n') : text);
      const head = raw.slice(0, offset);
      const page = {
        lines: [...head, ...html.lines],
        startLine: [...head.map((_, i) => i), ...html.startLine.map((l) => l + offset)],
        endLine: [...head.map((_, i) => i), ...html.endLine.map((l) => l + offset)],
      };
      const transcript = this.parseLines(readLines(page.lines), options, html.meta, true);
      const map = (r: LineRange): LineRange => ({ start: page.startLine[r.start] ?? 0, end: page.endLine[r.end] ?? page.startLine[r.end] ?? 0 });
      remapRanges(transcript, map);
      return { ...transcript, lineCount: raw.length };
    }
    const runIn = splitRunInLabels(raw);
    if (runIn) {
      // A transcript flattened onto long lines: its turns, one a line, each mapped back to its line.
      const transcript = this.parseLines(readLines(runIn.lines), options, null, true);
      const map = (r: LineRange): LineRange => ({ start: runIn.sourceLine[r.start] ?? 0, end: runIn.sourceLine[r.end] ?? 0 });
      remapRanges(transcript, map);
      return { ...transcript, lineCount: raw.length };
    }
    return this.parseLines(readLines(raw), options, null, false);
  }

  private parseLines(lines: SourceLine[], options: ParseOptions, page: PageMeta | null, linePerParagraph: boolean): Transcript {
    const front = readFrontMatter(lines.map((l) => l.raw));
    const { inRegion, quoteMode } = this.regionOf(lines, front.endLine);
    const labels = new LabelReader(lines.filter((l) => inRegion(l.index)));
    const header = this.readHeader(lines, inRegion, labels);
    const overrides = transcriptOverrides(front.data.transcript);

    // A page that quotes a transcript: its front matter describes the page, the quote the transcript.
    const metaTitle = stringField(front.data, 'title') ?? page?.title ?? null;
    const metaDate = dateFromValue(front.data.date) ?? page?.date ?? null;
    const metaPlace = stringField(front.data, 'place', 'location', 'city', 'venue');
    const title = (quoteMode ? (header.title ?? metaTitle) : (metaTitle ?? header.title)) ?? this.titleFromFileName(options.fileName);
    // A flattened page keeps its title, date and place run together at the top of its first line.
    const fromTitle = readPlaceDate(header.title === null && !metaTitle ? firstText(lines, inRegion).slice(0, 300) : title);
    const place = overrides.place ?? (quoteMode ? (header.place ?? fromTitle.place ?? metaPlace) : (metaPlace ?? header.place ?? fromTitle.place));
    const date = overrides.date ?? (quoteMode ? (header.date ?? fromTitle.date ?? metaDate) : (metaDate ?? header.date ?? fromTitle.date));
    const sourceUrl = stringField(front.data, 'source_url', 'sourceUrl', 'source', 'url', 'link') ?? page?.sourceUrl ?? null;

    const titleKey = comparable(title);
    // A page that prints its title again as the first line of the text (a lead) has not begun yet.
    const read = this.readParagraphs(lines, inRegion, header.bodyStart, linePerParagraph, labels);
    const firstLabelled = read.findIndex((p) => p.label);
    const paragraphs = read.filter((p, i) => (firstLabelled >= 0 && i >= firstLabelled) || !repeatsTitle(p, titleKey));
    const turns = this.groupTurns(paragraphs);
    const titleSpeakers = speakersFromTitle(title);
    const headerText = lines.slice(0, header.bodyStart).map((l) => l.content).join('\n');
    // As much of the opening as the hints and the language sample read, each cut before it is joined.
    const bodyText = openingText(paragraphs, 40, Math.max(CONTEXT_CHARS, LANGUAGE_SAMPLE));
    const hints: SpeakerHints = { ...overrides.hints, context: `${title}\n${headerText}\n${bodyText.slice(0, CONTEXT_CHARS)}`.slice(0, CONTEXT_CHARS) };
    const { sections, speakers } = this.buildSections(turns, titleSpeakers, hints, date);
    return {
      title: collapseSpaces(title),
      place: place ? collapseSpaces(place) : null,
      date,
      sourceUrl: sourceUrl && /^https?:\/\//i.test(sourceUrl) ? sourceUrl : null,
      // Joined, not concatenated: a string in one piece is read a character at a time twice as fast.
      language: languageOf(stringField(front.data, 'lang', 'language')) ?? detectLanguage([title, bodyText.slice(0, LANGUAGE_SAMPLE)].join('\n')),
      speakers,
      sections,
      lineCount: lines.length,
    };
  }

  /**
   * Which lines can hold transcript text. A page that quotes a transcript in a blockquote
   * (a blog post, a memo) keeps its own prose outside the quote: only the quote is read.
   */
  private regionOf(lines: SourceLine[], frontEnd: number): { inRegion: (i: number) => boolean; quoteMode: boolean } {
    let quoted = 0;
    let quotedLabels = 0;
    let plainLabels = 0;
    for (const line of lines) {
      if (line.index <= frontEnd || line.blank) continue;
      const hasLabel = labelOfLine(line) !== null;
      if (line.quoted) {
        quoted++;
        if (hasLabel) quotedLabels++;
      } else if (hasLabel) plainLabels++;
    }
    const quoteMode = quoted >= 3 && quotedLabels >= 1 && quotedLabels > plainLabels;
    return { inRegion: (i) => i > frontEnd && (!quoteMode || lines[i].quoted), quoteMode };
  }

  private readHeader(lines: SourceLine[], inRegion: (i: number) => boolean, labels: LabelReader): Header {
    const window: SourceLine[] = [];
    for (const line of lines) {
      if (!inRegion(line.index) || line.blank) continue;
      const label = labels.at(line.index) ?? labels.splitAt(line.index);
      // A title may hold a colon ("Transcript: Remarks by…"); a question or a moderator never opens one.
      if (label && (label.kind !== 'named' || !looksLikeTitle(line.content))) break;
      window.push(line);
      if (window.length >= HEADER_WINDOW) break;
    }
    const firstRegionLine = lines.find((l) => inRegion(l.index))?.index ?? lines.length;
    // A scraper's "Title: …" field names the title outright.
    const field = window.findIndex((l) => TITLE_FIELD.test(l.content));
    // A page's own heading (# or <h1>) is its title before any line that merely reads like one.
    const heading = window.findIndex((l) => l.heading === 1 && !isNoiseLine(l.content));
    let titleAt = field >= 0 ? field : heading >= 0 ? heading : window.findIndex((l) => looksLikeTitle(stripMarkdown(l.content)) && !isNoiseLine(l.content));
    if (titleAt < 0) titleAt = window.findIndex((l) => l.heading === 1);
    if (titleAt < 0) {
      // No title words: a short first line followed by a date line is still a title.
      const first = window.findIndex((l) => !isNoiseLine(l.content));
      const next = window[first + 1];
      if (first >= 0 && window[first].content.length <= 200 && next && isDateLine(stripMarkdown(next.content))) titleAt = first;
      // Else a short first line that is no sentence and no date: "Press Gaggle En Route Brussels".
      const line = window[first]?.content ?? '';
      if (titleAt < 0 && first >= 0 && line.length <= 200 && line.split(' ').length >= 3 && !/[.!?…:;,]$/u.test(line) && !isDateLine(line) && window.length > first + 1) titleAt = first;
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

    let title = stripMarkdown(window[titleAt].content).replace(TITLE_FIELD, '$1');
    // A Markdown heading hard-wrapped onto the next line ("# …presidente Andrés Manuel" / "López Obrador del 10 de
    // marzo de 2021"); a plain title line over its dateline ("Paris, le 3 mars 2024") is no wrap.
    const after = window[titleAt + 1];
    const blankSeparated = this.isBlankSeparated(lines.filter((l) => inRegion(l.index)));
    if (after && window[titleAt].heading > 0 && after.heading === 0 && after.index === window[titleAt].index + 1 && blankSeparated && !/[.!?:;…]$/u.test(title) && /^\p{Lu}/u.test(after.content) && !labels.at(after.index)) {
      title = `${title} ${stripMarkdown(after.content)}`;
      titleAt++;
    }
    const placeLines: string[] = [];
    let i = titleAt + 1;
    let spokenAt: string | null = null;
    for (; i < window.length; i++) {
      let content = stripMarkdown(window[i].content);
      // A subtitle hard-wrapped onto the next line ("…en Palacio" / "Nacional").
      const next = window[i + 1];
      if (blankSeparated && window[i].heading > 0 && next && next.index === window[i].index + 1 && next.heading === 0 && !/[.!?:;…]$/u.test(content) && !labels.at(next.index)) {
        content = `${content} ${stripMarkdown(next.content)}`;
        i++;
      }
      // "Acto encabezado por el presidente …, desde Palacio Nacional": where it was said.
      spokenAt ??= SPOKEN_AT.exec(content)?.[1] ?? null;
      if (isDateLine(content)) takeDate(content);
      else if (isHeaderLeftover(content)) {
        if (looksLikePlace(content) || VENUE.test(content)) placeLines.push(content.replace(/[.]$/, ''));
      } else if (!isNoiseLine(content) && window[i].heading === 0) break;
    }
    place ??= bestPlace(placeLines) ?? (spokenAt && looksLikePlace(spokenAt) ? cityOf(spokenAt) : null);
    const afterHeader = i < window.length ? window[i].index : window[window.length - 1].index + 1;
    // A date printed above the title (common on ministry sites) still dates the text.
    for (let j = 0; j < titleAt && date === null; j++) if (isDateLine(window[j].content)) date = readPlaceDate(window[j].content).date;
    return { title, place, date, bodyStart: afterHeader };
  }

  private titleFromFileName(fileName: string | undefined): string {
    if (!fileName) return 'Untitled transcript';
    const base = fileName.split(/[\\/]/).pop() ?? fileName;
    return base.replace(/(?:\.transcript)?\.(?:txt|md|markdown|text|html?)$/i, '').replace(/[_-]+/g, ' ').trim() || 'Untitled transcript';
  }

  private readParagraphs(lines: SourceLine[], inRegion: (i: number) => boolean, bodyStart: number, linePerParagraph: boolean, labels: LabelReader): RawParagraph[] {
    const body = lines.filter((l) => l.index >= bodyStart && inRegion(l.index));
    const blankMode = !linePerParagraph && this.isBlankSeparated(body);
    const wrapWidth = blankMode || linePerParagraph ? 0 : this.wrapWidth(body);
    const paragraphs: RawParagraph[] = [];
    let current: RawParagraph | null = null;
    let previous: SourceLine | null = null;
    let pendingBreak = false;
    let pendingEncounter: { date: string | null } | undefined;
    let asked = false;

    for (let i = 0; i < body.length; i++) {
      const line = body[i];
      if (line.blank) {
        // A label alone on its line keeps waiting for its text across blank lines.
        if (current && current.parts.length === 0) continue;
        if (!blankMode || current?.parts.length) current = null;
        continue;
      }
      // Only after questions have been asked can a dated heading start another encounter.
      const marker = asked ? this.encounterMarker(body, i) : null;
      if (marker) {
        current = null;
        pendingBreak = true;
        pendingEncounter = { date: marker.date ?? pendingEncounter?.date ?? null };
        i = marker.last;
        continue;
      }
      if (line.heading > 0 || isNoise(line)) {
        current = null;
        pendingBreak = true;
        continue;
      }
      if (paragraphs.length > 0 && isFooterLine(line.content)) break;
      let label = labels.at(line.index);
      if (label && label.kind !== 'named') asked = true;
      const said = label ? label.rest : line.content;
      let text = stripLineMarkdown(line, said);
      // Stripped Markdown may leave two spaces where a link stood: only an untouched clean line stays clean.
      const clean = line.clean && text === said;
      const split = !label && blankMode ? labels.splitAt(line.index) : null;
      if (split) {
        // "PRESIDENTE ANDRÉS MANUEL" / "LÓPEZ OBRADOR: Buenos días": a label wrapped onto the next line.
        label = split;
        text = stripMarkdown(split.rest);
        current = { range: { start: line.index, end: body[i + 1].index }, label, parts: text ? [text] : [], clean: false, spaced: false, afterBreak: pendingBreak };
        if (pendingEncounter) current.encounter = pendingEncounter;
        paragraphs.push(current);
        pendingBreak = false;
        pendingEncounter = undefined;
        previous = body[i + 1];
        i++;
        continue;
      }
      const joins = current !== null && !label && previous !== null && (current.parts.length === 0 || (!linePerParagraph && this.joins(current, previous, line, blankMode, wrapWidth)));
      if (current && joins) {
        current.range.end = line.index;
        if (text) current.parts.push(text);
        current.clean &&= clean;
        current.spaced &&= clean && !line.wide;
      } else {
        current = { range: { start: line.index, end: line.index }, label, parts: text ? [text] : [], clean, spaced: clean && !line.wide, afterBreak: pendingBreak };
        if (pendingEncounter) current.encounter = pendingEncounter;
        paragraphs.push(current);
        pendingBreak = false;
        pendingEncounter = undefined;
      }
      previous = line;
    }
    // A label with no words after it and none below (the page ended) is not a paragraph.
    return paragraphs.filter((p) => p.parts.length > 0);
  }

  /**
   * On a page of several encounters (a month of press encounters), each opens with its own dated
   * heading: "Secretary-General's press encounter on Gaza" over "New York, 12 March 2024", or a date alone.
   */
  private encounterMarker(body: SourceLine[], i: number): { date: string | null; last: number } | null {
    // Paragraph lines are long: most lines are neither short nor followed by a short one, and
    // Markdown stripped can only shorten a line that has some. The label veto is asked last, of
    // the few lines that could still be a marker.
    const mayBeShort = (line: SourceLine) => line.content.length <= 90 || line.markdown;
    let next = i + 1;
    while (next < body.length && body[next].blank) next++;
    const nextMayDate = next < body.length && mayBeShort(body[next]);
    if (!nextMayDate && !mayBeShort(body[i])) return null;
    const content = stripMarkdown(body[i].content);
    const short = (c: string) => c.length <= 90;
    let marker: { date: string | null; last: number } | null = null;
    if (short(content) && isDateLine(content)) marker = { date: findDate(content)?.iso ?? null, last: i };
    else if (body[i].heading > 0 && short(content) && findDate(content)) marker = { date: findDate(content)!.iso, last: i };
    else if (nextMayDate && !/[.!?…:]$/u.test(content)) {
      // A title over a date line: the date first, as few lines are followed by one, and the title's long pattern after.
      const nextContent = stripMarkdown(body[next].content);
      if (short(nextContent) && isDateLine(nextContent) && looksLikeTitle(content)) marker = { date: findDate(nextContent)?.iso ?? null, last: next };
    }
    return marker && !readSpeakerLabel(content) ? marker : null;
  }

  private joins(current: RawParagraph, previous: SourceLine, line: SourceLine, blankMode: boolean, wrapWidth: number): boolean {
    if (current.parts.length === 0) return true;
    if (previous.hardBreak) return false;
    if (blankMode) return true;
    const last = current.parts[current.parts.length - 1];
    if (/^[\p{Ll}]/u.test(line.content) && !(last.length > 0 && SENTENCE_END.includes(last[last.length - 1]))) return true;
    if (wrapWidth > 0) {
      const space = line.content.indexOf(' ');
      const firstWord = space < 0 ? line.content : line.content.slice(0, space);
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
      if (paragraph.label || paragraph.encounter) {
        turns.push({ label: paragraph.label, continued: false, paragraphs: [paragraph], words: turnWords(), opening: opening(paragraph.parts), encounter: paragraph.encounter });
      } else if (last && !paragraph.afterBreak) {
        last.paragraphs.push(paragraph);
      } else {
        turns.push({ label: last?.label ?? null, continued: last !== undefined, paragraphs: [paragraph], words: turnWords(), opening: opening(paragraph.parts) });
      }
    }
    return turns;
  }

  private buildSections(rawTurns: RawTurn[], titleSpeakers: string[], hints: SpeakerHints, transcriptDate: string | null): { sections: Section[]; speakers: string[] } {
    const cast = castSpeakers(rawTurns, titleSpeakers, hints);
    const sections: Section[] = [];
    let exchange: Section | null = null;
    let opening: Section | null = null;
    let openingCount = 0;
    let exchangeCount = 0;
    const dated = rawTurns.some((t) => t.encounter);
    // Sections before the first dated heading belong to the encounter the header dates.
    let date: string | null = transcriptDate;
    const startSection = (kind: Section['kind'], turn: Turn): Section => {
      const section: Section = {
        kind,
        label: kind === 'opening' ? 'Opening remarks' : questionLabel(turn),
        speaker: null,
        number: kind === 'opening' ? ++openingCount : ++exchangeCount,
        range: { ...turn.range },
        turns: [turn],
      };
      if (dated && date) section.date = date;
      sections.push(section);
      return section;
    };
    for (const raw of rawTurns) {
      if (raw.encounter) {
        // A new encounter on a page of several: its remarks open a section of their own.
        exchange = null;
        opening = null;
        date = raw.encounter.date ?? date;
      }
      const { role, speaker } = cast.roleOf(raw, exchange !== null);
      const turn = toTurn(raw, role, speaker);
      // "Q Thank you." or "Q Mr. President —" inside an exchange asks nothing: it stays in that exchange.
      const said = () => turn.paragraphs.map((p) => p.text).join(' ');
      const asksNothing = exchange !== null && raw.label?.kind === 'question' && raw.words() <= 6 && !/[?？¿]/u.test(said()) && NOT_A_QUESTION.test(said());
      if (role === 'question' && !raw.continued && raw.label?.kind !== 'remark' && !asksNothing) {
        const firstOfEncounter = opening !== null && sections[sections.length - 1] === opening;
        exchange = startSection('exchange', turn);
        // "Good afternoon. Let us begin. Go ahead, please." gives the floor; it is no opening statement.
        const fewWords = firstOfEncounter ? joinedUpTo(opening!.turns.flatMap((t) => t.paragraphs.map((p) => p.text)), FLOOR_WORDS) : null;
        if (opening && fewWords !== null && GIVES_FLOOR.test(fewWords)) {
          sections.splice(sections.indexOf(opening), 1);
          openingCount--;
          exchange.turns.unshift(...opening.turns);
          exchange.range.start = opening.range.start;
          opening = null;
        }
      } else if (exchange) {
        exchange.turns.push(turn);
        exchange.range.end = turn.range.end;
      } else if (opening) {
        opening.turns.push(turn);
        opening.range.end = turn.range.end;
      } else {
        opening = startSection('opening', turn);
      }
    }
    for (const section of sections) {
      const official = section.turns.find((t) => (section.kind === 'exchange' ? t.role === 'answer' : t.role === 'remarks') && t.speaker && cast.isOfficial(t.speaker));
      section.speaker = official?.speaker ?? (section.kind === 'opening' ? (section.turns[0].speaker ?? null) : null);
    }
    const speakers: string[] = [];
    for (const turn of sections.flatMap((s) => s.turns)) {
      if (turn.role !== 'question' && turn.speaker && cast.isOfficial(turn.speaker) && !speakers.includes(turn.speaker)) speakers.push(turn.speaker);
    }
    return { sections, speakers };
  }
}

/**
 * Short lines between a title and the text are site furniture or a venue ("Briefing Room",
 * "Vilnius, Lithuania"), never a paragraph: no sentence punctuation, no greeting, no label.
 */
function isHeaderLeftover(content: string): boolean {
  return (
    content.split(' ').length <= 8 &&
    (content.match(/\p{Script=Han}/gu)?.length ?? 0) <= 12 &&
    !/[.!?,:;…"”。！？，；：]$/u.test(content) &&
    !/^(?:dear|colleagues|friends|ladies|gentlemen|excellenc|good|hello|thank|welcome)/i.test(content) &&
    readSpeakerLabel(content) === null
  );
}

/** Of the venue lines under a title, "City, Country" beats a bare venue; the city is the place. */
function bestPlace(candidates: string[]): string | null {
  const score = (c: string) => (c.includes(',') ? 1000 : 0) + (VENUE.test(c) ? -500 : 0) + c.length;
  const best = candidates.sort((a, b) => score(b) - score(a))[0];
  if (!best) return null;
  // A venue alone ("Palacio Nacional") is the place the text gives, when it gives no city.
  return cityOf(best);
}

function toTurn(raw: RawTurn, role: TurnRole, speaker: string | null): Turn {
  const paragraphs: Paragraph[] = raw.paragraphs.map((p) => ({ range: p.range, text: p.clean ? p.parts.join(' ') : collapseSpaces(p.parts.join(' ')) }));
  return {
    role,
    speaker,
    label: raw.label && !raw.continued ? raw.label.label : null,
    range: { start: paragraphs[0].range.start, end: paragraphs[paragraphs.length - 1].range.end },
    paragraphs,
  };
}

/**
 * How much of a question its label is read from: a few courtesy sentences (about 70 characters
 * each at most) and 80 characters of the first other one. A sentence that runs past this is cut
 * to those 80 characters all the same, so a long question is not joined and scanned whole.
 */
const QUESTION_LABEL_WINDOW = 1000;

/** The question's first sentence that says something, past "Thank you." and greetings. */
function questionLabel(turn: Turn): string {
  let text = joinedStart(turn.paragraphs.map((p) => p.text), QUESTION_LABEL_WINDOW);
  for (let i = 0; i < 3; i++) {
    const sentence = firstSentence(text);
    if (!COURTESY.test(sentence) || sentence.length >= text.length) break;
    text = text.slice(text.indexOf(sentence) + sentence.length).trim();
  }
  return shorten(firstSentence(text), 80);
}

/** The front matter's `transcript:` key: what the user corrects that the parser cannot know. */
function transcriptOverrides(value: unknown): { hints: Omit<SpeakerHints, 'context'>; date: string | null; place: string | null } {
  const data = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : typeof v === 'string' ? [v.trim()] : []);
  const overrides = new Map<string, string>();
  const speakers = data.speakers;
  if (speakers !== null && typeof speakers === 'object' && !Array.isArray(speakers)) {
    for (const [label, name] of Object.entries(speakers)) {
      if (typeof name === 'string' && name.trim()) overrides.set(collapseSpaces(label.replace(/[:：]$/, '')).toLowerCase(), name.trim());
    }
  }
  const place = stringField(data, 'place');
  return {
    hints: { overrides, officials: list(data.officials), questioners: list(data.questioners) },
    date: dateFromValue(data.date),
    place,
  };
}

/**
 * `looksLikeHtml` of the body's first `HTML_SNIFF_LINES` lines, as far as it reads them. Most
 * transcripts are shorter than that and have no "<" at all: joining each whole again to find out
 * cost as much memory as reading it.
 */
function bodyLooksLikeHtml(raw: readonly string[], offset: number): boolean {
  let length = -1;
  let end = offset;
  let tag = false;
  for (; end < raw.length && end < offset + HTML_SNIFF_LINES && length < HTML_SAMPLE_CHARS; end++) {
    length += raw[end].length + 1;
    tag ||= raw[end].includes('<');
  }
  return tag && looksLikeHtml(raw.slice(offset, end).join('\n'));
}

/** Whether a paragraph is the title printed again, without joining and folding every long paragraph to find out. */
function repeatsTitle(paragraph: RawParagraph, titleKey: string): boolean {
  if (paragraph.clean) {
    // Folding a clean text drops at most its closing stop (lower case is never shorter).
    let length = paragraph.parts.length - 1;
    for (const part of paragraph.parts) length += part.length;
    if (length > titleKey.length + 1) return false;
  }
  return comparable(paragraph.parts.join(' ')) === titleKey;
}

function comparable(text: string): string {
  return collapseSpaces(text).replace(/[.。]$/u, '').toLowerCase();
}

/** Ranges over the lines the parser read, as ranges over the lines of the file. */
function remapRanges(transcript: Transcript, map: (range: LineRange) => LineRange): void {
  for (const section of transcript.sections) {
    section.range = map(section.range);
    for (const turn of section.turns) {
      turn.range = map(turn.range);
      for (const p of turn.paragraphs) p.range = map(p.range);
    }
  }
}

/**
 * The first `count` paragraphs, a line each, cut at `max` characters: the hints and the language
 * sample read no further, and a long transcript's opening need not be joined whole.
 */
function openingText(paragraphs: readonly RawParagraph[], count: number, max: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; i < paragraphs.length && i < count && length < max; i++) {
    const line = paragraphs[i].parts.join(' ');
    lines.push(line);
    length += line.length + (i > 0 ? 1 : 0);
  }
  const out = lines.join('\n');
  return out.length > max ? out.slice(0, max) : out;
}

function firstText(lines: SourceLine[], inRegion: (i: number) => boolean): string {
  return lines.find((l) => inRegion(l.index) && !l.blank && !isNoise(l))?.content ?? '';
}

const HAN_CHAR = /\p{Script=Han}/u;

/** The first 300 characters of a paragraph's parts joined by spaces. */
function opening(parts: string[]): string {
  return joinedStart(parts, 300);
}

/** The first `max` characters of texts joined by spaces, without joining all of a long one. */
function joinedStart(texts: readonly string[], max: number): string {
  let out = '';
  for (const text of texts) {
    out = out === '' ? text.slice(0, max) : `${out} ${text.slice(0, max)}`;
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}

/**
 * A turn's `words`: the paragraphs' words, counted once, when first asked, after the turn has all its
 * paragraphs (`this` is the turn). Counting every turn's words was a tenth of the parse.
 */
function turnWords(): (this: RawTurn) => number {
  let counted = -1;
  return function words(this: RawTurn): number {
    if (counted < 0) counted = this.paragraphs.reduce((n, p) => n + p.parts.reduce((m, part) => m + (p.spaced ? spacedWordCount(part) : wordCount(part)), 0), 0);
    return counted;
  };
}

/** `wordCount` of a text with single plain spaces, none at its ends, and no Han: a search for each space is twice as fast as a look at each character. */
function spacedWordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * Texts joined by spaces when they hold at most `max` words, else null: joined only as far as it takes
 * to know, since opening remarks often run to thousands of words. (A text's words only grow as it is
 * read, so once a part of the join has more than `max`, all of it has.)
 */
function joinedUpTo(texts: readonly string[], max: number): string | null {
  let joined = '';
  for (let i = 0; i < texts.length; i++) {
    joined = i === 0 ? texts[i] : `${joined} ${texts[i]}`;
    if (moreWordsThan(joined, max)) return null;
  }
  return joined;
}

/** Whether `wordCount(text) > max`: most often known from the first words, without reading the rest. */
function moreWordsThan(text: string, max: number): boolean {
  // Words between spaces, counted as `wordCount` counts them, only grow as the text is read; Chinese
  // counted apart only adds to them. Past `max` the answer is known.
  let words = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const isSpace = separatesWords(text.charCodeAt(i));
    if (!isSpace && space && ++words > max) return true;
    space = isSpace;
  }
  return wordCount(text) > max;
}

/** The spaces `wordCount` counts words between. */
function separatesWords(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/** Words of a text; Chinese and Japanese write none apart, so two characters count as one. */
function wordCount(text: string): number {
  // Words are what spaces separate; counting the gaps needs no array of words. Chinese, met on the
  // way, is counted apart.
  let n = 1;
  let space = false;
  let cjk = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Letters, digits and punctuation of Latin-1: no space, no CJK.
    if (c > 32 && c < 0xa0) {
      space = false;
      continue;
    }
    if (c >= 0x2e80 && c !== 0x3000) cjk = true;
    const isSpace = separatesWords(c);
    if (isSpace && !space && i > 0) n++;
    space = isSpace;
  }
  if (!cjk || !HAN_CHAR.test(text)) return space ? n - 1 : n;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return text.replace(/\p{Script=Han}+/gu, ' ').split(/\s+/).filter(Boolean).length + Math.ceil(han / 2);
}
