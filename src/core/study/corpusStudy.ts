// Studies across a corpus, as corpus linguists run them (AntConc, Sketch Engine, Voyant):
// keyword in context, relative frequency over time, collocates and keywords. They count exact word
// forms, case-insensitive, tokenised as search tokenises (`words`); `stem` compares stems instead.
// Everything is read from the search index (paragraphs, speakers, roles, dates) and, for the
// positions a concordance gives, from the files' own lines.
import { stemWord, type Language } from '../language';
import type { TurnRole } from '../model';
import { looksLikeHtml } from '../parser/html';
import { splitLines } from '../parser/lines';
import { parseQuery, speakerMatches, words, wordsWithOffsets, type ParsedQuery, type QueryTerm } from '../search/query';
import type { DocumentMeta, NameFinder, SearchIndex, SearchParagraph } from '../search/searchIndex';

export interface StudyOptions {
  /** Compare words by their stems ("sanctions" counts "sanction"); off by default. */
  stem?: boolean;
}

/** What a study reads: the index, and where it needs them, the files' lines and the glossary's names. */
export interface StudySource {
  index: SearchIndex;
  /** The lines of a file as the parser read them (decoded), or undefined when it cannot be read now. */
  lines?(file: string): string[] | undefined;
  /** Finds glossary names in a text: what `@sco` counts. */
  names?: NameFinder;
  /** Who published a file, where its text does not say (the CLI and the extension use its folder's name). */
  publisherOf?(file: string): string | null;
}

const blank = (m: string) => m.replace(/[^\n]/g, ' ');

/**
 * A file's lines as a concordance reads them: for a saved web page, its markup (tags, comments,
 * scripts, styles, character references) blanked out in place, so that only the words a reader sees
 * can be hits and every offset is still the page's own.
 */
export function studyLines(text: string): string[] {
  const page = looksLikeHtml(text.slice(0, 4000))
    ? text
        .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank)
        .replace(/<!--[\s\S]*?-->/g, blank)
        .replace(/<[^>]*>/g, blank)
        .replace(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, blank)
    : text;
  return splitLines(page);
}

/** One paragraph as studies see it. */
interface StudyParagraph {
  meta: DocumentMeta;
  paragraph: SearchParagraph;
  /** Its number in the index. */
  id: number;
  publisher: string | null;
}

/** A stretch of a paragraph's words that a term matched: [first, end) word positions. */
interface Span {
  first: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Matching terms in a paragraph's words

function keyOf(word: string, options: StudyOptions, language: Language | undefined): string {
  return options.stem ? stemWord(word, language ?? 'en') : word;
}

/** Where a term (a word, ^prefix, phrase) stands in a list of words. Entities are found apart. */
function spansOf(term: QueryTerm, keys: readonly string[], options: StudyOptions, language: Language | undefined): Span[] {
  const spans: Span[] = [];
  const wanted = term.words.map((w) => keyOf(w, options, language));
  if (term.mode === 'prefix') {
    for (let i = 0; i < keys.length; i++) if (keys[i].startsWith(wanted[0])) spans.push({ first: i, end: i + 1 });
    return spans;
  }
  // Fuzzy words are exact here: a concordance counts word forms, not guesses.
  outer: for (let i = 0; i + wanted.length <= keys.length; i++) {
    for (let k = 0; k < wanted.length; k++) if (keys[i + k] !== wanted[k]) continue outer;
    spans.push({ first: i, end: i + wanted.length });
  }
  return spans;
}

/** An entry's mentions in a text, as word spans of `offsets` (the text's words with their offsets). */
function entitySpans(entryId: string, text: string, offsets: readonly { start: number; end: number }[], names: NameFinder | undefined): Span[] {
  if (!names) return [];
  const spans: Span[] = [];
  for (const m of names(text)) {
    if (m.entryId !== entryId) continue;
    let first = 0;
    while (first < offsets.length && offsets[first].end <= m.start) first++;
    let end = first;
    while (end < offsets.length && offsets[end].start < m.end) end++;
    if (end > first) spans.push({ first, end });
  }
  return spans;
}

/** The query's hits in one paragraph's words, or null when the paragraph does not answer the query. */
function hitsIn(query: ParsedQuery, wordList: readonly string[], entities: (entryId: string) => Span[], options: StudyOptions, language: Language | undefined): Span[] | null {
  const keys = options.stem ? wordList.map((w) => keyOf(w, options, language)) : wordList;
  const spansOfTerm = (term: QueryTerm) => (term.mode === 'entity' ? entities(term.words[0]) : spansOf(term, keys, { stem: false }, language));
  const wantedTerm = (term: QueryTerm): QueryTerm => (options.stem && term.mode !== 'entity' ? { ...term, words: term.words.map((w) => keyOf(w, options, language)) } : term);
  for (const term of query.exclude) if (spansOfTerm(wantedTerm(term)).length > 0) return null;
  const all: Span[] = [];
  for (const group of query.groups) {
    let found = false;
    for (const term of group) {
      const spans = spansOfTerm(wantedTerm(term));
      if (spans.length) found = true;
      all.push(...spans);
    }
    if (!found) return null;
  }
  // Left to right; where two terms overlap ("nuclear" and "nuclear weapons"), the longer one.
  all.sort((a, b) => a.first - b.first || b.end - a.end);
  const kept: Span[] = [];
  for (const s of all) if (!kept.length || s.first >= kept[kept.length - 1].end) kept.push(s);
  return kept;
}

/** The paragraphs the query can match: through the index's postings where one group allows it. */
function candidates(index: SearchIndex, query: ParsedQuery, options: StudyOptions): Set<number> | null {
  if (options.stem) return null;
  let best: Set<number> | null = null;
  for (const group of query.groups) {
    const ids = new Set<number>();
    let usable = true;
    for (const term of group) {
      if (term.mode === 'prefix') {
        usable = false;
        break;
      }
      const key = term.mode === 'entity' ? `@${term.words[0]}` : term.words[0];
      for (const id of index.paragraphsWith(key)) ids.add(id);
    }
    if (usable && (best === null || ids.size < best.size)) best = ids;
  }
  return best;
}

/** Every paragraph that passes the query's speaker and role filters, with its document. */
function* paragraphs(source: StudySource, query: ParsedQuery | null, only: Set<number> | null): Generator<StudyParagraph> {
  for (const { meta, first, paragraphs: list } of source.index.documentsWithParagraphs()) {
    const publisher = meta.publisher ?? source.publisherOf?.(meta.file) ?? null;
    for (let i = 0; i < list.length; i++) {
      const id = first + i;
      if (only && !only.has(id)) continue;
      const paragraph = list[i];
      if (query?.speaker && !speakerMatches(query.speaker, paragraph.speaker)) continue;
      if (query?.role && paragraph.role !== query.role) continue;
      yield { meta, paragraph, id, publisher };
    }
  }
}

/** Reads a query; a term with no words at all is an error the user can act on. */
export function studyQuery(text: string): ParsedQuery {
  const query = parseQuery(text);
  if (query.groups.length === 0) throw new RangeError(`'${text}' has no word to look for`);
  return query;
}

// ---------------------------------------------------------------------------------------------
// Concordance

export type ConcordanceSort = 'corpus' | 'left1' | 'left2' | 'left3' | 'right1' | 'right2' | 'right3' | 'date' | 'speaker' | 'transcript';
export const CONCORDANCE_SORTS: readonly ConcordanceSort[] = ['corpus', 'left1', 'left2', 'left3', 'right1', 'right2', 'right3', 'date', 'speaker', 'transcript'];

export interface ConcordanceLine {
  file: string;
  /** 0-based line and UTF-16 character of the match, and its length on that line. */
  line: number;
  character: number;
  length: number;
  left: string;
  match: string;
  right: string;
  speaker: string | null;
  role: TurnRole | null;
  date: string | null;
  title: string;
  publisher: string | null;
  /** The three words either side, nearest first, lower-cased: what the sorts read. */
  leftWords: string[];
  rightWords: string[];
}

export interface ConcordanceOptions extends StudyOptions {
  sort?: ConcordanceSort;
  /** Characters of context either side. */
  width?: number;
  limit?: number;
  /** Filters beyond the query's own speaker: and role: */
  from?: string;
  to?: string;
  publisher?: string;
}

export interface ConcordanceResult {
  query: string;
  total: number;
  lines: ConcordanceLine[];
  /** Files whose lines could not be read (gone since they were indexed): their hits are missing. */
  unreadable: string[];
}

function inPeriod(date: string | null, from: string | undefined, to: string | undefined): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  return (!from || date >= from) && (!to || date.slice(0, (to ?? '').length) <= to!);
}

/**
 * The paragraph's words in the file's own lines, with their places: the words of the lines it
 * spans from where its text begins (a speaker's label before it is not part of what was said).
 */
interface PlacedWord {
  word: string;
  line: number;
  start: number;
  end: number;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;
const isAsciiWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

/** A line's words with their places: ASCII lines by a scan of their codes (most lines, and much faster), others as search splits them. */
function placeWords(text: string, line: number, out: PlacedWord[]): void {
  if (NON_ASCII.test(text)) {
    for (const w of wordsWithOffsets(text)) out.push({ word: w.word, line, start: w.start, end: w.end });
    return;
  }
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isAsciiWordCode(lower.charCodeAt(j))) j++;
    out.push({ word: lower.slice(i, j), line, start: i, end: j });
    i = j;
  }
}

function wordsInLines(lines: readonly string[], paragraph: SearchParagraph): PlacedWord[] {
  const all: PlacedWord[] = [];
  for (let l = paragraph.line; l <= paragraph.endLine && l < lines.length; l++) placeWords(lines[l], l, all);
  const text = words(paragraph.text);
  const lead = text.slice(0, 3);
  if (lead.length === 0) return [];
  for (let k = 0; k + lead.length <= all.length; k++) {
    if (lead.every((w, j) => all[k + j].word === w)) return k === 0 ? all : all.slice(k);
  }
  return all;
}

function contextWords(list: readonly { word: string }[], from: number, step: number): string[] {
  const out: string[] = [];
  for (let i = from; i >= 0 && i < list.length && out.length < 3; i += step) out.push(list[i].word);
  return out;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');

export function concordance(source: StudySource, queryText: string, options: ConcordanceOptions = {}): ConcordanceResult {
  const query = studyQuery(queryText);
  const width = options.width ?? 50;
  const lines: ConcordanceLine[] = [];
  const unreadable = new Set<string>();
  let fileLines = null as { file: string; lines: string[] | undefined } | null;
  for (const p of paragraphs(source, query, candidates(source.index, query, options))) {
    if (!inPeriod(p.meta.date, options.from, options.to)) continue;
    if (options.publisher && p.publisher !== options.publisher) continue;
    if (fileLines?.file !== p.meta.file) fileLines = { file: p.meta.file, lines: source.lines?.(p.meta.file) };
    if (!fileLines.lines) {
      unreadable.add(p.meta.file);
      continue;
    }
    const placed = wordsInLines(fileLines.lines, p.paragraph);
    // Names are matched line by line, as the file holds them, and given as spans of the placed words.
    const entities = (entryId: string): Span[] => {
      const spans: Span[] = [];
      if (!source.names) return spans;
      for (let l = p.paragraph.line; l <= p.paragraph.endLine; l++) {
        for (const m of source.names(fileLines!.lines![l] ?? '')) {
          if (m.entryId !== entryId) continue;
          let first = -1;
          let last = -1;
          placed.forEach((w, i) => {
            if (w.line !== l || w.start < m.start || w.start >= m.end) return;
            if (first < 0) first = i;
            last = i;
          });
          if (first >= 0) spans.push({ first, end: last + 1 });
        }
      }
      return spans;
    };
    const spans = hitsIn(query, placed.map((w) => w.word), entities, options, p.meta.language);
    if (!spans) continue;
    for (const span of spans) {
      const first = placed[span.first];
      const last = placed[span.end - 1];
      const text = fileLines.lines[first.line];
      const end = last.line === first.line ? last.end : text.length;
      lines.push({
        file: p.meta.file,
        line: first.line,
        character: first.start,
        length: end - first.start,
        left: collapse(text.slice(Math.max(0, first.start - width), first.start)),
        match: text.slice(first.start, end),
        right: collapse(text.slice(end, end + width)),
        speaker: p.paragraph.speaker,
        role: p.paragraph.role ?? null,
        date: p.meta.date,
        title: p.meta.title,
        publisher: p.publisher,
        leftWords: contextWords(placed, span.first - 1, -1),
        rightWords: contextWords(placed, span.end, 1),
      });
    }
  }
  sortConcordance(lines, options.sort ?? 'corpus');
  const total = lines.length;
  return { query: queryText, total, lines: options.limit !== undefined ? lines.slice(0, options.limit) : lines, unreadable: [...unreadable] };
}

const byCorpusOrder = (a: ConcordanceLine, b: ConcordanceLine) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.character - b.character);

/** Sorts in place: by the chosen key, then in corpus order (file, line, character). */
function sortConcordance(lines: ConcordanceLine[], sort: ConcordanceSort): void {
  const compare = (x: string | null | undefined, y: string | null | undefined) => {
    if (x === y) return 0;
    if (x === null || x === undefined || x === '') return 1;
    if (y === null || y === undefined || y === '') return -1;
    return x < y ? -1 : 1;
  };
  const key = (side: 'leftWords' | 'rightWords', n: number) => (a: ConcordanceLine, b: ConcordanceLine) => {
    for (let k = n - 1; k < 3; k++) {
      const c = compare(a[side][k], b[side][k]);
      if (c) return c;
    }
    return 0;
  };
  const by: Record<ConcordanceSort, (a: ConcordanceLine, b: ConcordanceLine) => number> = {
    corpus: () => 0,
    left1: key('leftWords', 1),
    left2: key('leftWords', 2),
    left3: key('leftWords', 3),
    right1: key('rightWords', 1),
    right2: key('rightWords', 2),
    right3: key('rightWords', 3),
    date: (a, b) => compare(a.date, b.date),
    speaker: (a, b) => compare(a.speaker, b.speaker),
    transcript: (a, b) => compare(a.title, b.title),
  };
  lines.sort((a, b) => by[sort](a, b) || byCorpusOrder(a, b));
}

// ---------------------------------------------------------------------------------------------
// Word counts of the corpus, computed once per index

interface CorpusCounts {
  /** Words per paragraph, by paragraph number. */
  perParagraph: Int32Array;
  /** How often each word form (or stem) occurs. */
  frequency: Map<string, number>;
  total: number;
}

const countsCache = new WeakMap<SearchIndex, Map<string, CorpusCounts>>();

function corpusCounts(index: SearchIndex, options: StudyOptions): CorpusCounts {
  let byMode = countsCache.get(index);
  if (!byMode) countsCache.set(index, (byMode = new Map()));
  const mode = options.stem ? 'stem' : 'form';
  const cached = byMode.get(mode);
  if (cached) return cached;
  const perParagraph = new Int32Array(index.paragraphCount);
  const frequency = new Map<string, number>();
  let total = 0;
  for (const { meta, first, paragraphs: list } of index.documentsWithParagraphs()) {
    for (let i = 0; i < list.length; i++) {
      const w = words(list[i].text);
      perParagraph[first + i] = w.length;
      total += w.length;
      for (const word of w) {
        const key = keyOf(word, options, meta.language);
        frequency.set(key, (frequency.get(key) ?? 0) + 1);
      }
    }
  }
  const counts = { perParagraph, frequency, total };
  byMode.set(mode, counts);
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Trends

export type TrendPeriod = 'year' | 'month';
export type TrendSplit = 'speaker' | 'publisher';

export interface TrendBucket {
  period: string;
  hits: number;
  words: number;
  perMillion: number;
}

export interface TrendSeries {
  term: string;
  /** The speaker or publisher, when the series are split by one. */
  group?: string;
  buckets: TrendBucket[];
  hits: number;
  words: number;
  /** Hits and words of transcripts without a date: counted in no period. */
  undated: { hits: number; words: number };
}

export interface TrendsOptions extends StudyOptions {
  by?: TrendPeriod;
  split?: TrendSplit;
  /** With a split, only the groups with the most hits (the rest would be noise on a chart). */
  groups?: number;
}

function periodOf(date: string | null, by: TrendPeriod): string | null {
  if (!date || !/^\d{4}/.test(date)) return null;
  return by === 'year' ? date.slice(0, 4) : /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}

function perMillion(hits: number, wordCount: number): number {
  return wordCount === 0 ? 0 : Math.round((hits / wordCount) * 1e6 * 100) / 100;
}

/**
 * How often each term occurs per year or month, relative to the words spoken in that period:
 * hits and words are counted in the transcripts' paragraphs (what their speakers say), not in
 * titles, date lines, speakers' labels or footers.
 */
export function trends(source: StudySource, terms: readonly string[], options: TrendsOptions = {}): { series: TrendSeries[]; periods: string[] } {
  const by = options.by ?? 'year';
  const counts = corpusCounts(source.index, options);
  // Words per period (and per group), from every paragraph.
  const groupOf = (p: StudyParagraph) => (options.split === 'speaker' ? (p.paragraph.speaker ?? 'unknown speaker') : options.split === 'publisher' ? (p.publisher ?? 'unknown publisher') : '');
  const wordsBy = new Map<string, Map<string, number>>();
  const undatedWords = new Map<string, number>();
  const periods = new Set<string>();
  for (const p of paragraphs(source, null, null)) {
    const group = groupOf(p);
    const n = counts.perParagraph[p.id];
    const period = periodOf(p.meta.date, by);
    if (period === null) {
      undatedWords.set(group, (undatedWords.get(group) ?? 0) + n);
      continue;
    }
    periods.add(period);
    let m = wordsBy.get(group);
    if (!m) wordsBy.set(group, (m = new Map()));
    m.set(period, (m.get(period) ?? 0) + n);
  }
  const sortedPeriods = [...periods].sort();
  const series: TrendSeries[] = [];
  for (const term of terms) {
    // `trends multipolar world` from a shell: several plain words are one term, a phrase.
    const query = studyQuery(/\s/.test(term.trim()) && !/["'|!@^:]/.test(term) ? `"${term.trim()}"` : term);
    const hitsBy = new Map<string, Map<string, number>>();
    const undatedHits = new Map<string, number>();
    for (const p of paragraphs(source, query, candidates(source.index, query, options))) {
      const spans = hitsIn(query, words(p.paragraph.text), (id) => entitySpans(id, p.paragraph.text, wordsWithOffsets(p.paragraph.text), source.names), options, p.meta.language);
      if (!spans?.length) continue;
      const group = groupOf(p);
      const period = periodOf(p.meta.date, by);
      if (period === null) {
        undatedHits.set(group, (undatedHits.get(group) ?? 0) + spans.length);
        continue;
      }
      let m = hitsBy.get(group);
      if (!m) hitsBy.set(group, (m = new Map()));
      m.set(period, (m.get(period) ?? 0) + spans.length);
    }
    let groups = options.split ? [...new Set([...hitsBy.keys()])] : [''];
    if (options.split) {
      const totalHits = (g: string) => [...(hitsBy.get(g)?.values() ?? [])].reduce((a, b) => a + b, 0);
      groups = groups.sort((a, b) => totalHits(b) - totalHits(a) || (a < b ? -1 : 1)).slice(0, options.groups ?? 8);
    }
    for (const group of groups) {
      const buckets = sortedPeriods.map((period) => {
        const hits = hitsBy.get(group)?.get(period) ?? 0;
        const w = wordsBy.get(group)?.get(period) ?? 0;
        return { period, hits, words: w, perMillion: perMillion(hits, w) };
      });
      series.push({
        term,
        ...(options.split ? { group } : {}),
        buckets,
        hits: buckets.reduce((n, b) => n + b.hits, 0),
        words: buckets.reduce((n, b) => n + b.words, 0),
        undated: { hits: undatedHits.get(group) ?? 0, words: undatedWords.get(group) ?? 0 },
      });
    }
  }
  return { series, periods: sortedPeriods };
}

// ---------------------------------------------------------------------------------------------
// Statistics, as the textbooks give them

/** Dunning's log-likelihood (G²) of a 2×2 table of observed counts: 2 Σ O ln(O / E). */
export function logLikelihood2x2(o11: number, o12: number, o21: number, o22: number): number {
  const n = o11 + o12 + o21 + o22;
  if (n === 0) return 0;
  const r1 = o11 + o12;
  const r2 = o21 + o22;
  const c1 = o11 + o21;
  const c2 = o12 + o22;
  const term = (o: number, e: number) => (o > 0 && e > 0 ? o * Math.log(o / e) : 0);
  return 2 * (term(o11, (r1 * c1) / n) + term(o12, (r1 * c2) / n) + term(o21, (r2 * c1) / n) + term(o22, (r2 * c2) / n));
}

/**
 * Keyness log-likelihood of a word (Rayson and Garside 2000, as AntConc and Sketch Engine use it):
 * `a` occurrences in a target of `c` words, `b` in a reference of `d` words.
 */
export function keynessLogLikelihood(a: number, b: number, c: number, d: number): number {
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  return 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
}

/** Hardie's log ratio: the binary log of the ratio of relative frequencies; a zero count reads as 0.5. */
export function logRatio(a: number, b: number, c: number, d: number): number {
  return Math.log2((Math.max(a, 0.5) / c) / (Math.max(b, 0.5) / d));
}

const round = (x: number, digits = 4) => {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

// ---------------------------------------------------------------------------------------------
// Collocates

export interface Collocate {
  word: string;
  /** Times the word stands within the window of the node. */
  together: number;
  /** Times the word occurs in the corpus. */
  frequency: number;
  llr: number;
  mi: number;
  tscore: number;
}

export interface CollocatesOptions extends StudyOptions {
  /** Words either side of the node (±N). */
  window?: number;
  /** The least number of times a collocate must stand near the node. */
  min?: number;
  sort?: 'llr' | 'mi' | 'tscore' | 'together';
  limit?: number;
}

/**
 * The words that stand near a term (the node) more often than chance: within ±window words, in
 * the same paragraph, each word counted once however many nodes it stands near. Log-likelihood is G² of the table (together, node without it, it without
 * the node, the rest); MI = log2(together·N / (node·word)); t-score = (together − node·word/N) / √together.
 */
export function collocates(source: StudySource, term: string, options: CollocatesOptions = {}): { node: string; nodeFrequency: number; corpusWords: number; collocates: Collocate[] } {
  const window = options.window ?? 5;
  const min = options.min ?? 3;
  const query = studyQuery(term);
  const counts = corpusCounts(source.index, options);
  const together = new Map<string, number>();
  let nodeFrequency = 0;
  for (const p of paragraphs(source, query, candidates(source.index, query, options))) {
    const list = words(p.paragraph.text);
    const spans = hitsIn(query, list, (id) => entitySpans(id, p.paragraph.text, wordsWithOffsets(p.paragraph.text), source.names), options, p.meta.language);
    if (!spans?.length) continue;
    nodeFrequency += spans.length;
    const inNode = new Set<number>();
    for (const s of spans) for (let i = s.first; i < s.end; i++) inNode.add(i);
    // Each word near the node counts once, however many nodes' windows it stands in: so no word
    // can stand near the node more often than it occurs.
    const near = new Set<number>();
    for (const s of spans) for (let i = Math.max(0, s.first - window); i < Math.min(list.length, s.end + window); i++) if (!inNode.has(i)) near.add(i);
    for (const i of near) {
      const key = keyOf(list[i], options, p.meta.language);
      together.set(key, (together.get(key) ?? 0) + 1);
    }
  }
  const n = counts.total;
  const out: Collocate[] = [];
  for (const [word, o11] of together) {
    if (o11 < min) continue;
    const frequency = counts.frequency.get(word) ?? o11;
    const o12 = Math.max(0, nodeFrequency - o11);
    const o21 = Math.max(0, frequency - o11);
    const o22 = Math.max(0, n - o11 - o12 - o21);
    out.push({
      word,
      together: o11,
      frequency,
      llr: round(logLikelihood2x2(o11, o12, o21, o22)),
      mi: round(Math.log2((o11 * n) / (nodeFrequency * frequency))),
      tscore: round((o11 - (nodeFrequency * frequency) / n) / Math.sqrt(o11)),
    });
  }
  const sort = options.sort ?? 'llr';
  out.sort((a, b) => b[sort] - a[sort] || b.together - a.together || (a.word < b.word ? -1 : 1));
  return { node: term, nodeFrequency, corpusWords: n, collocates: options.limit !== undefined ? out.slice(0, options.limit) : out };
}

// ---------------------------------------------------------------------------------------------
// Keywords

export interface Keyword {
  word: string;
  target: number;
  reference: number;
  llr: number;
  logRatio: number;
}

export interface KeywordsOptions extends StudyOptions {
  /** The least number of times a keyword occurs in the target. */
  min?: number;
  limit?: number;
  sort?: 'llr' | 'logRatio';
}

/** Which paragraphs are the target and which the reference (the rest, unless it says otherwise). */
export interface KeywordParts {
  target(p: { file: string; date: string | null; speaker: string | null; publisher: string | null }): boolean;
  reference?(p: { file: string; date: string | null; speaker: string | null; publisher: string | null }): boolean;
}

/** A part of the corpus as the editor names it: a speaker, a period ("2021", "2021-03"), a folder or a publisher. */
export interface KeywordTarget {
  by: 'speaker' | 'period' | 'folder' | 'publisher';
  value: string;
}

/** The part, and the rest of the corpus as its reference. */
export function keywordParts(target: KeywordTarget): KeywordParts {
  const value = target.value;
  switch (target.by) {
    case 'speaker':
      return { target: (p) => p.speaker === value };
    case 'period':
      return { target: (p) => p.date !== null && p.date.startsWith(value) };
    case 'publisher':
      return { target: (p) => p.publisher === value };
    case 'folder': {
      const folder = value.endsWith('/') ? value : `${value}/`;
      return { target: (p) => p.file.startsWith(folder) };
    }
  }
}

/**
 * The words a part of the corpus uses more than the rest (or than a reference): positive keywords,
 * by log-likelihood (Rayson and Garside) with Hardie's log ratio as the effect size.
 */
export function keywords(source: StudySource, parts: KeywordParts, options: KeywordsOptions = {}): { targetWords: number; referenceWords: number; keywords: Keyword[] } {
  const min = options.min ?? 2;
  const target = new Map<string, number>();
  const reference = new Map<string, number>();
  let c = 0;
  let d = 0;
  for (const p of paragraphs(source, null, null)) {
    const facts = { file: p.meta.file, date: p.meta.date, speaker: p.paragraph.speaker, publisher: p.publisher };
    const inTarget = parts.target(facts);
    if (!inTarget && parts.reference && !parts.reference(facts)) continue;
    const into = inTarget ? target : reference;
    const list = words(p.paragraph.text);
    if (inTarget) c += list.length;
    else d += list.length;
    for (const w of list) {
      const key = keyOf(w, options, p.meta.language);
      into.set(key, (into.get(key) ?? 0) + 1);
    }
  }
  const out: Keyword[] = [];
  if (c > 0 && d > 0) {
    for (const [word, a] of target) {
      if (a < min) continue;
      const b = reference.get(word) ?? 0;
      // Positive keywords only: used more in the target than the reference's rate predicts.
      if (a / c <= b / d) continue;
      out.push({ word, target: a, reference: b, llr: round(keynessLogLikelihood(a, b, c, d)), logRatio: round(logRatio(a, b, c, d)) });
    }
  }
  const sort = options.sort ?? 'llr';
  out.sort((x, y) => y[sort] - x[sort] || y.target - x.target || (x.word < y.word ? -1 : 1));
  return { targetWords: c, referenceWords: d, keywords: options.limit !== undefined ? out.slice(0, options.limit) : out };
}

