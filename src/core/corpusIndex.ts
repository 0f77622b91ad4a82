import { EntityMatcher } from './entityMatcher';
import type { GlossaryEntry } from './glossary';
import type { Transcript } from './model';
import { splitLines } from './parser/lines';
import { TranscriptParser } from './parser/transcriptParser';
import { SearchIndex, searchDocumentOf, type SearchDocument, type SearchOptions, type SearchResponse } from './search/searchIndex';
import { decodeTranscript } from './source';
import { keywordInContext } from './text';

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

/**
 * Everything the extension knows about its transcripts, kept file by file: a changed file is
 * parsed and matched again alone; the search index is rebuilt from the parsed paragraphs on the
 * next search after a change. Runs in a worker thread in the extension, in-process in the CLI.
 */
export class CorpusIndex {
  private readonly parser = new TranscriptParser();
  private matcher = new EntityMatcher([]);
  private readonly files = new Map<string, { text: string; searchDocument: SearchDocument; transcript: Transcript }>();
  private index: SearchIndex | undefined;

  setGlossary(entries: readonly GlossaryEntry[]): Map<string, MentionData[]> {
    this.matcher = new EntityMatcher(entries);
    const all = new Map<string, MentionData[]>();
    for (const [file, entry] of this.files) {
      const mentions = this.mentionsIn(entry.text);
      all.set(file, mentions);
      // Search knows each paragraph's entries: they change with the glossary.
      entry.searchDocument = searchDocumentOf(file, entry.transcript, mentions);
    }
    this.index = undefined;
    return all;
  }

  upsert(file: string, text: string, fileName?: string): IndexedFile {
    const transcript = this.parser.parse(text, { fileName: fileName ?? file });
    const mentions = this.mentionsIn(text);
    this.files.set(file, { text, transcript, searchDocument: searchDocumentOf(file, transcript, mentions) });
    this.index = undefined;
    return { transcript: forDisplay(transcript), mentions };
  }

  remove(file: string): void {
    if (this.files.delete(file)) this.index = undefined;
  }

  get size(): number {
    return this.files.size;
  }

  search(query: string, options: SearchOptions): SearchResponse {
    this.index ??= SearchIndex.build([...this.files.values()].map((f) => f.searchDocument));
    return this.index.search(query, options, (text) => this.matcher.matchLine(text));
  }

  private mentionsIn(text: string): MentionData[] {
    const mentions: MentionData[] = [];
    splitLines(text).forEach((line, index) => {
      for (const m of this.matcher.matchLine(line)) {
        const { before, after } = keywordInContext(line, m.start, m.end);
        mentions.push({ entryId: m.entryId, line: index, start: m.start, end: m.end, text: m.text, before, after });
      }
    });
    return mentions;
  }
}

/** How much of a paragraph the editor side keeps: enough for labels and tooltips; search has it all. */
const DISPLAY_CHARS = 400;

/**
 * The transcript as the extension's views need it, with long paragraphs cut: what crosses from
 * the worker to the extension host is copied there, and a 50 MB transcript should not be twice.
 */
function forDisplay(transcript: Transcript): Transcript {
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

/** The requests a corpus index answers, as they cross to a worker thread. */
export type IndexRequest =
  | { type: 'glossary'; entries: GlossaryEntry[] }
  | { type: 'upsert'; file: string; text: string; fileName: string }
  | { type: 'upsertBytes'; file: string; bytes: Uint8Array; fileName: string }
  | { type: 'remove'; file: string }
  | { type: 'search'; query: string; options: SearchOptions };

/** Answers one request; the worker and the in-process fallback share it. */
export function answer(index: CorpusIndex, request: IndexRequest): unknown {
  switch (request.type) {
    case 'glossary':
      return Object.fromEntries(index.setGlossary(request.entries));
    case 'upsert':
      return index.upsert(request.file, request.text, request.fileName);
    case 'upsertBytes': {
      // Decoding here keeps a large file's text off the extension host's main thread altogether.
      const decoded = decodeTranscript(request.bytes);
      if (!decoded.ok) return { skipped: decoded.reason };
      if (decoded.text.trim() === '') return { skipped: 'is empty' };
      return { ...index.upsert(request.file, decoded.text, request.fileName), warnings: decoded.warnings };
    }
    case 'remove':
      index.remove(request.file);
      return null;
    case 'search':
      return index.search(request.query, request.options);
  }
}
