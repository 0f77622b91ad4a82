import Fuse from 'fuse.js';
import { foldWord, languagesOfWord, LANGUAGES, stemWord, type Language } from '../language';
import { sectionLabel, type Transcript, type TurnRole } from '../model';
import { parseQuery, speakerMatches, words, wordsWithOffsets, type ParsedQuery, type QueryTerm } from './query';

/** One searchable paragraph, with what a result needs to say where it is. */
export interface SearchParagraph {
  text: string;
  /** 0-based first and last line of the paragraph in its file. */
  line: number;
  endLine: number;
  speaker: string | null;
  /** Who speaks: a question, an answer or opening remarks (older serialised indexes have none). */
  role?: TurnRole;
  section: string;
  /** The glossary entries the paragraph mentions, under any of their names. */
  entities?: string[];
}

export interface SearchDocument {
  file: string;
  title: string;
  place: string | null;
  date: string | null;
  /** The transcript's language: which stemmer reads its words. */
  language?: Language;
  paragraphs: SearchParagraph[];
}

export interface SearchHit {
  file: string;
  transcript: string;
  place: string | null;
  date: string | null;
  section: string;
  speaker: string | null;
  role: TurnRole | null;
  line: number;
  endLine: number;
  score: number;
  snippet: string;
  /** The normalised words that matched, to find and select them in the document. */
  matched: string[];
}

export interface SearchResponse {
  query: string;
  /** How many paragraphs matched before the list was cut to `limit`. */
  total: number;
  results: SearchHit[];
}

export interface SearchOptions {
  limit?: number;
  /** Read the last word as a prefix too: the user is still typing it. */
  prefixLast?: boolean;
}

/** Finds the glossary names in a text (an `EntityMatcher`'s `matchLine`): what lets a query name an organisation. */
export type NameFinder = (text: string) => { entryId: string; start: number; end: number; text: string }[];

/** The term under which a paragraph's mentions of an entry are indexed; no word can look like it. */
const entityTerm = (id: string) => `@${id}`;

/** Exact words weigh most; the same word without accents, other forms of it, typo corrections and prefix completions less. */
const EXACT = 1;
const ACCENTS = 0.95;
const STEM = 0.85;
const PREFIX = 0.7;
/** A correction of a word the corpus also holds as typed ranks below the word itself. */
const CORRECTION_OF_KNOWN = 0.6;
const MAX_CORRECTIONS = 8;
const MAX_PREFIX_TERMS = 64;
const FUSE_THRESHOLD = 0.34;

/**
 * The sections and paragraphs of a parsed transcript, as the index takes them; with the file's
 * glossary mentions, each paragraph knows the entries it names (in any language, under any name).
 */
export function searchDocumentOf(file: string, transcript: Transcript, mentions?: readonly { entryId: string; line: number }[]): SearchDocument {
  const byLine = new Map<number, string[]>();
  for (const m of mentions ?? []) {
    const list = byLine.get(m.line);
    if (!list) byLine.set(m.line, [m.entryId]);
    else if (!list.includes(m.entryId)) list.push(m.entryId);
  }
  const paragraphs: SearchParagraph[] = [];
  for (const section of transcript.sections) {
    const label = sectionLabel(section);
    for (const turn of section.turns) {
      for (const p of turn.paragraphs) {
        const paragraph: SearchParagraph = { text: p.text, line: p.range.start, endLine: p.range.end, speaker: turn.speaker, role: turn.role, section: label };
        if (byLine.size > 0) {
          const entities = new Set<string>();
          for (let line = p.range.start; line <= p.range.end; line++) for (const id of byLine.get(line) ?? []) entities.add(id);
          if (entities.size > 0) paragraph.entities = [...entities];
        }
        paragraphs.push(paragraph);
      }
    }
  }
  return { file, title: transcript.title, place: transcript.place, date: transcript.date, language: transcript.language, paragraphs };
}

interface WeightedTerm {
  postings: Int32Array;
  weight: number;
  /** Words that must stand next to each other in the text (a phrase): at each place, the forms that may stand there. */
  phrase?: Set<string>[];
  words: string[];
  /** A glossary entry's id: the paragraphs that mention it under any name. */
  entity?: string;
}

export interface SerializedSearchIndex {
  version: 2;
  documents: Omit<SearchDocument, 'paragraphs'>[];
  paragraphs: (SearchParagraph & { doc: number })[];
  terms: string[];
  /** Every term's postings, one after another, as base64 of little-endian int32. */
  postings: string;
  offsets: number[];
  /** Per term, the languages of the transcripts it occurs in (bit i: LANGUAGES[i]), as base64 bytes. */
  languages: string;
}

/**
 * A word index over paragraphs: queries find candidates through postings lists instead of
 * scanning every paragraph, Fuse.js corrects typos against the vocabulary (a few hundred
 * likely words, found through shared letter pairs), and results are ranked by how rare and how
 * exact the matched words are.
 */
export class SearchIndex {
  private readonly termIds = new Map<string, number>();
  private sortedFolded: { folded: string; id: number }[] | undefined;
  private bigrams: Map<string, number[]> | undefined;
  /** Terms by their form without accents ("elysee" → "élysée", "elysee"), made on first need. */
  private folded: Map<string, number[]> | undefined;
  /** Terms by their stem, per language, made on first need. */
  private readonly stems = new Map<Language, Map<string, number[]>>();
  private readonly corrected = new Map<string, [number, number, boolean][]>();
  private readonly best: Float64Array;
  private readonly stamp: Int32Array;
  private generation = 0;

  private constructor(
    private readonly documents: Omit<SearchDocument, 'paragraphs'>[],
    private readonly paragraphs: (SearchParagraph & { doc: number })[],
    private readonly terms: string[],
    private readonly postings: Int32Array[],
    /** Per term, the languages it occurs in, one bit each. */
    private readonly languages: Uint8Array,
  ) {
    terms.forEach((t, i) => this.termIds.set(t, i));
    this.best = new Float64Array(paragraphs.length);
    this.stamp = new Int32Array(paragraphs.length);
  }

  get paragraphCount(): number {
    return this.paragraphs.length;
  }

  get vocabularySize(): number {
    return this.terms.length;
  }

  static build(documents: SearchDocument[]): SearchIndex {
    const docs = documents.map(({ paragraphs: _p, ...meta }) => meta);
    const paragraphs: (SearchParagraph & { doc: number })[] = [];
    const ids = new Map<string, number>();
    const terms: string[] = [];
    // Pass 1: each paragraph's distinct term ids, one after another, and each term's paragraph count.
    // Pass 2 then fills postings arrays of exactly the right size, without growing lists.
    const unique: number[] = [];
    const ends: number[] = [];
    let lastSeen = new Int32Array(1024).fill(-1);
    let counts = new Int32Array(1024);
    let languages = new Uint8Array(1024);
    documents.forEach((document, doc) => {
      const bit = 1 << Math.max(0, LANGUAGES.indexOf(document.language ?? 'en'));
      for (const p of document.paragraphs) {
        const index = paragraphs.length;
        paragraphs.push({ text: p.text, line: p.line, endLine: p.endLine, speaker: p.speaker, role: p.role, section: p.section, doc });
        const keys = p.entities?.length ? [...words(p.text), ...p.entities.map(entityTerm)] : words(p.text);
        for (const word of keys) {
          let id = ids.get(word);
          if (id === undefined) {
            id = terms.length;
            ids.set(word, id);
            terms.push(word);
            if (id >= lastSeen.length) {
              const grownSeen = new Int32Array(lastSeen.length * 2).fill(-1);
              grownSeen.set(lastSeen);
              lastSeen = grownSeen;
              const grownCounts = new Int32Array(counts.length * 2);
              grownCounts.set(counts);
              counts = grownCounts;
              const grownLanguages = new Uint8Array(languages.length * 2);
              grownLanguages.set(languages);
              languages = grownLanguages;
            }
          }
          if (lastSeen[id] !== index) {
            lastSeen[id] = index;
            languages[id] |= bit;
            counts[id]++;
            unique.push(id);
          }
        }
        ends.push(unique.length);
      }
    });
    const postings = terms.map((_, id) => new Int32Array(counts[id]));
    const filled = new Int32Array(terms.length);
    let at = 0;
    ends.forEach((end, index) => {
      for (; at < end; at++) {
        const id = unique[at];
        postings[id][filled[id]++] = index;
      }
    });
    return new SearchIndex(docs, paragraphs, terms, postings, languages.slice(0, terms.length));
  }

  serialize(): SerializedSearchIndex {
    const total = this.postings.reduce((n, p) => n + p.length, 0);
    const all = new Int32Array(total);
    const offsets: number[] = [];
    let at = 0;
    for (const p of this.postings) {
      offsets.push(at);
      all.set(p, at);
      at += p.length;
    }
    offsets.push(at);
    return {
      version: 2,
      documents: this.documents,
      paragraphs: this.paragraphs,
      terms: this.terms,
      postings: Buffer.from(all.buffer).toString('base64'),
      offsets,
      languages: Buffer.from(this.languages.buffer, this.languages.byteOffset, this.languages.byteLength).toString('base64'),
    };
  }

  static deserialize(data: SerializedSearchIndex): SearchIndex {
    const bytes = Buffer.from(data.postings, 'base64');
    const all = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const postings = data.terms.map((_, i) => all.subarray(data.offsets[i], data.offsets[i + 1]));
    const languages = Buffer.from(data.languages ?? '', 'base64');
    return new SearchIndex(data.documents, data.paragraphs, data.terms, postings, new Uint8Array(languages.buffer, languages.byteOffset, languages.byteLength));
  }

  /**
   * With `names`, an organisation or agreement named in the query is found under any of its
   * names as well ("ШОС" finds "Шанхайской организации сотрудничества", "上合组织" and "SCO"),
   * where the index knows the paragraphs' mentions; its words as typed still match as a phrase.
   */
  search(query: string, options: SearchOptions = {}, names?: NameFinder): SearchResponse {
    const limit = options.limit ?? 50;
    const parsed = parseQuery(names ? withEntities(query, names) : query);
    const filtered = parsed.speaker !== null || parsed.role !== null;
    if (parsed.groups.length === 0) {
      if (!filtered) return { query, total: 0, results: [] };
      // "speaker:blinken" alone: everything that person said, in corpus order.
      const all: { doc: number; score: number }[] = [];
      for (let doc = 0; doc < this.paragraphs.length; doc++) if (this.passesFilters(doc, parsed) && this.satisfies(doc, [], parsed.exclude)) all.push({ doc, score: 1 });
      return { query, total: all.length, results: all.slice(0, limit).map(({ doc, score }) => this.hit(doc, score, [])) };
    }
    const lastGroup = parsed.groups.length - 1;
    const groups = parsed.groups.map((group, g) =>
      group.flatMap((term, t) => this.resolve(term, options.prefixLast === true && g === lastGroup && t === group.length - 1 && !/\s$/.test(query))),
    );
    // The rarest group first: the candidate set starts small and only shrinks.
    const order = groups.map((g, i) => ({ g, i, size: g.reduce((n, t) => n + t.postings.length, 0) })).sort((a, b) => a.size - b.size);
    let candidates: number[] | null = null;
    let scores: number[] = [];
    for (const { g } of order) {
      const gen = ++this.generation;
      const fresh: number[] = [];
      for (const term of g) {
        for (const doc of term.postings) {
          if (this.stamp[doc] !== gen) {
            this.stamp[doc] = gen;
            this.best[doc] = term.weight;
            fresh.push(doc);
          } else if (term.weight > this.best[doc]) this.best[doc] = term.weight;
        }
      }
      if (candidates === null) {
        candidates = fresh;
        scores = fresh.map((doc) => this.best[doc]);
      } else {
        const keep: number[] = [];
        const keepScores: number[] = [];
        candidates.forEach((doc, i) => {
          if (this.stamp[doc] === gen) {
            keep.push(doc);
            keepScores.push(scores[i] + this.best[doc]);
          }
        });
        candidates = keep;
        scores = keepScores;
      }
      if (candidates.length === 0) break;
    }
    let hits = (candidates ?? []).map((doc, i) => ({ doc, score: scores[i] }));
    hits = hits.filter(({ doc }) => (!filtered || this.passesFilters(doc, parsed)) && this.satisfies(doc, groups, parsed.exclude));
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    const results = hits.slice(0, limit).map(({ doc, score }) => this.hit(doc, score, groups, names));
    return { query, total: hits.length, results };
  }

  private passesFilters(doc: number, parsed: ParsedQuery): boolean {
    const p = this.paragraphs[doc];
    if (parsed.role !== null && p.role !== parsed.role) return false;
    return parsed.speaker === null || speakerMatches(parsed.speaker, p.speaker);
  }

  /** Checks what postings alone cannot: phrases stand together, excluded words are absent. */
  private satisfies(doc: number, groups: WeightedTerm[][], exclude: QueryTerm[]): boolean {
    const needsText = exclude.length > 0 || groups.some((g) => g.some((t) => t.phrase));
    if (!needsText) return true;
    const text = words(this.paragraphs[doc].text);
    for (const group of groups) {
      if (!group.some((t) => t.phrase)) continue;
      const ok = group.some((t) => (t.phrase ? containsPhrase(text, t.phrase) : hasPosting(t.postings, doc)));
      if (!ok) return false;
    }
    for (const term of exclude) {
      const folded = term.words.map(foldWord);
      if (term.mode === 'phrase' ? containsPhrase(text.map(foldWord), folded.map((w) => new Set([w]))) : term.mode === 'prefix' ? text.some((w) => foldWord(w).startsWith(folded[0])) : text.some((w) => foldWord(w) === folded[0])) return false;
    }
    return true;
  }

  private hit(doc: number, score: number, groups: WeightedTerm[][], names?: NameFinder): SearchHit {
    const p = this.paragraphs[doc];
    const d = this.documents[p.doc];
    const matched = new Set<string>();
    for (const group of groups)
      for (const term of group) {
        if (!hasPosting(term.postings, doc)) continue;
        for (const w of term.words) matched.add(w);
        // The words that named the entry here ("Шанхайской организации сотрудничества"), to show and select.
        if (term.entity && names) for (const m of names(p.text)) if (m.entryId === term.entity) for (const w of words(m.text)) matched.add(w);
      }
    return {
      file: d.file,
      transcript: d.title,
      place: d.place,
      date: d.date,
      section: p.section,
      speaker: p.speaker,
      role: p.role ?? null,
      line: p.line,
      endLine: p.endLine,
      score: Math.round(score * 1000) / 1000,
      snippet: snippet(p.text, matched),
      matched: [...matched],
    };
  }

  /** The vocabulary terms a query term stands for, each with the weight of a match on it. */
  private resolve(term: QueryTerm, asPrefix: boolean): WeightedTerm[] {
    const idf = (id: number) => Math.log(1 + this.paragraphs.length / Math.max(1, this.postings[id].length));
    if (term.mode === 'entity') {
      const id = this.termIds.get(entityTerm(term.words[0]));
      return id === undefined ? [] : [{ postings: this.postings[id], weight: idf(id) * EXACT, words: [], entity: term.words[0] }];
    }
    if (term.mode === 'phrase') {
      // Each word of a phrase in any of its forms; a phrase typed as one token ("al-Qaida") with typos corrected too.
      const forms = term.words.map((w) => this.variants(w, term.loose ? 'fuzzy' : 'phrase'));
      if (forms.some((f) => f.size === 0)) return [];
      const phraseOf = (of: Map<number, number>[]): WeightedTerm => {
        const postings = of.map((f) => union([...f.keys()].map((id) => this.postings[id]))).reduce(intersect);
        const weight = of.reduce((n, f) => n + Math.max(...[...f].map(([id, quality]) => idf(id) * quality)), 0);
        const phrase = of.map((f) => new Set([...f.keys()].map((id) => this.terms[id])));
        return { postings, weight, phrase, words: [...new Set(phrase.flatMap((p) => [...p]))] };
      };
      const all = phraseOf(forms);
      // A typo-tolerant phrase: the passages with its words as typed (or their forms) rank above the corrected ones.
      const strict = forms.map((f) => new Map([...f].filter(([, quality]) => quality >= STEM)));
      if (!term.loose || strict.some((f) => f.size === 0) || strict.every((f, i) => f.size === forms[i].size)) return [all];
      const exact = phraseOf(strict);
      return [exact, { ...all, weight: Math.min(all.weight, exact.weight * CORRECTION_OF_KNOWN) }];
    }
    const word = term.words[0];
    const out: WeightedTerm[] = [];
    const add = (id: number, quality: number) => out.push({ postings: this.postings[id], weight: idf(id) * quality, words: [this.terms[id]] });
    if (term.mode === 'prefix' || asPrefix) {
      const exact = this.termIds.get(word);
      for (const id of this.withPrefix(word)) add(id, id === exact ? EXACT : PREFIX);
      if (term.mode === 'prefix') return out;
    }
    for (const [id, quality] of this.variants(word, term.mode === 'exact' ? 'exact' : 'fuzzy')) if (!out.some((t) => t.words[0] === this.terms[id])) add(id, quality);
    return out;
  }

  /**
   * The forms of a word the corpus holds, each with how close it is: the word as typed, without
   * accents, other forms of the same stem in each language the word may be in ("Шанхайская" →
   * "шанхайской"), and, for a fuzzy word, typo corrections ("Irak" → "iraq"), which rank below
   * the word itself when the corpus holds it too ("al-Qaida" still finds "al-Qaeda").
   */
  private variants(word: string, mode: 'exact' | 'phrase' | 'fuzzy'): Map<number, number> {
    const found = new Map<number, number>();
    const put = (id: number, quality: number) => {
      if ((found.get(id) ?? 0) < quality) found.set(id, quality);
    };
    const exact = this.termIds.get(word);
    if (exact !== undefined) put(exact, EXACT);
    for (const id of this.foldedTerms().get(foldWord(word)) ?? []) put(id, ACCENTS);
    if (mode === 'exact') return found;
    for (const language of languagesOfWord(word)) {
      if (language === 'zh') continue;
      for (const id of this.stemmed(language).get(stemWord(word, language)) ?? []) put(id, STEM);
    }
    if (mode === 'fuzzy') {
      // A word the corpus holds as typed is corrected only to spellings that sound the same
      // ("al-Qaida" → "al Qaeda"), not to other words a letter away ("NATO" is not "into").
      const known = found.size > 0;
      for (const [id, quality, soundAlike] of this.corrections(word)) if (!known || soundAlike) put(id, known ? quality * CORRECTION_OF_KNOWN : quality);
    }
    return found;
  }

  private foldedTerms(): Map<string, number[]> {
    if (!this.folded) {
      this.folded = new Map();
      this.terms.forEach((t, id) => {
        const f = foldWord(t);
        const list = this.folded!.get(f);
        if (list) list.push(id);
        else this.folded!.set(f, [id]);
      });
    }
    return this.folded;
  }

  /** The terms of one language by stem: a Russian stem is looked up among Cyrillic words of Russian transcripts, and so on. */
  private stemmed(language: Language): Map<string, number[]> {
    let map = this.stems.get(language);
    if (map) return map;
    map = new Map();
    const bit = 1 << LANGUAGES.indexOf(language);
    this.terms.forEach((t, id) => {
      const of = languagesOfWord(t);
      // A word of an unknown transcript language is read as English, as the index was built.
      if (!of.includes(language) || ((this.languages[id] ?? 0) & bit) === 0 && !(language === 'ru' && of[0] === 'ru')) return;
      const stem = stemWord(t, language);
      const list = map!.get(stem);
      if (list) list.push(id);
      else map!.set(stem, [id]);
    });
    this.stems.set(language, map);
    return map;
  }

  private withPrefix(prefix: string): number[] {
    this.sortedFolded ??= this.terms.map((t, id) => ({ folded: foldWord(t), id })).sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : 0));
    const sorted = this.sortedFolded;
    const folded = foldWord(prefix);
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].folded < folded) lo = mid + 1;
      else hi = mid;
    }
    const ids: number[] = [];
    for (let i = lo; i < sorted.length && sorted[i].folded.startsWith(folded); i++) ids.push(sorted[i].id);
    // The most frequent completions are the likely ones.
    return ids.sort((a, b) => this.postings[b].length - this.postings[a].length).slice(0, MAX_PREFIX_TERMS);
  }

  /**
   * Vocabulary words a mistyped word may mean. Words sharing enough letter pairs with it (and
   * of a similar length) are the candidates; Fuse.js scores them and keeps the close ones. A
   * candidate that sounds the same ("irak"/"iraq", "qaida"/"qaeda") is closer than its letters say.
   */
  private corrections(word: string): [number, number, boolean][] {
    if (word.length < 4 || /^\d+$/.test(word) || languagesOfWord(word)[0] === 'zh') return [];
    const cached = this.corrected.get(word);
    if (cached) return cached;
    if (!this.bigrams) {
      this.bigrams = new Map();
      this.terms.forEach((t, id) => {
        for (const b of new Set(bigramsOf(foldWord(t)))) {
          const list = this.bigrams!.get(b);
          if (list) list.push(id);
          else this.bigrams!.set(b, [id]);
        }
      });
    }
    const folded = foldWord(word);
    const own = [...new Set(bigramsOf(folded))];
    const shared = new Map<number, number>();
    for (const b of own) for (const id of this.bigrams.get(b) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    // One typo spoils at most three letter pairs (a transposition); the padded pairs count the ends.
    const needed = Math.max(2, own.length - 3);
    // Numbers are not misspelt: "overcapacity9999" is not "overcapacity9998", resolution 2231 is not 2213.
    const digits = folded.replace(/\D/g, '');
    const candidates: number[] = [];
    for (const [id, n] of shared) if (n >= needed && Math.abs(this.terms[id].length - word.length) <= 2 && this.terms[id].replace(/\D/g, '') === digits) candidates.push(id);
    let result: [number, number, boolean][] = [];
    if (candidates.length > 0) {
      const fuse = new Fuse(candidates.map((id) => foldWord(this.terms[id])), { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
      const sound = soundOf(folded);
      result = fuse
        .search(folded)
        .filter((r) => (r.score ?? 1) <= FUSE_THRESHOLD && r.item !== folded)
        .map((r): [number, number, boolean] => (soundOf(r.item) === sound ? [candidates[r.refIndex], 0.9, true] : [candidates[r.refIndex], 0.8 * (1 - (r.score ?? 0)), false]))
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_CORRECTIONS);
    }
    if (this.corrected.size > 1000) this.corrected.clear();
    this.corrected.set(word, result);
    return result;
  }
}

/**
 * A rough key of how a word sounds across spellings and transliterations: its first letter, then
 * its consonants with c/k/q, s/z, i/y alike ("Irak" and "Iraq", "Qaida" and "Qaeda" sound alike).
 */
function soundOf(word: string): string {
  const w = word.replace(/ph/g, 'f').replace(/[cq]/g, 'k').replace(/z/g, 's').replace(/y/g, 'i');
  return w[0] + w.slice(1).replace(/[aeiouh]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * The query with each glossary name in it read as "that entry, or these words": `ШОС nuclear`
 * → `@sco|"ШОС" nuclear`. Quoted phrases, filters and marked words (`!NATO`, `'SCO`, `^NAT`) stay as typed.
 */
export function withEntities(query: string, names: NameFinder): string {
  const kept: [number, number][] = [];
  for (const m of query.matchAll(/"[^"]*"?|(?:speaker|role):\S*/gi)) kept.push([m.index, m.index + m[0].length]);
  let out = '';
  let at = 0;
  for (const m of names(query)) {
    if (m.start < at || kept.some(([s, e]) => m.start < e && s < m.end)) continue;
    const before = query[m.start - 1];
    if (before === '!' || before === "'" || before === '^' || before === '@') continue;
    out += query.slice(at, m.start) + ` @${m.entryId}|"${m.text.replace(/"/g, '')}" `;
    at = m.end;
  }
  return at === 0 ? query : out + query.slice(at);
}

function bigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) out.push(padded.slice(i, i + 2));
  return out;
}

function hasPosting(postings: Int32Array, doc: number): boolean {
  let lo = 0;
  let hi = postings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (postings[mid] === doc) return true;
    if (postings[mid] < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return Int32Array.from(out);
}

/** The sorted union of sorted postings lists. */
function union(lists: Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0];
  const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
  return all.subarray(0, n);
}

function containsPhrase(text: string[], phrase: Set<string>[]): boolean {
  outer: for (let i = 0; i + phrase.length <= text.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (!phrase[j].has(text[i + j])) continue outer;
    return true;
  }
  return false;
}

/** The passage around the first matched word, cut at word boundaries. */
export function snippet(text: string, matched: Set<string>, width = 160): string {
  const found = wordsWithOffsets(text).find((w) => matched.has(w.word));
  if (!found || text.length <= width) return text.length <= width ? text : text.slice(0, text.lastIndexOf(' ', width)) + '…';
  let start = Math.max(0, found.start - Math.floor(width / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + width);
  if (end < text.length) end = text.lastIndexOf(' ', end) > found.end ? text.lastIndexOf(' ', end) : end;
  return (start > 0 ? '…' : '') + text.slice(start, end).trim() + (end < text.length ? '…' : '');
}
