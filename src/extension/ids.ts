// The one place for ids that package.json also names; test/integration/manifest.test.ts keeps the two in step.
export const EXTENSION_ID = 'diplomatic-study.diplomatic-study';

/** Qualitative coding (`coding.ts`). */
export const CodingCommands = {
  codeSelection: 'diplomaticStudy.codeSelection',
  removeCoding: 'diplomaticStudy.removeCoding',
  recode: 'diplomaticStudy.recode',
  renameCode: 'diplomaticStudy.renameCode',
  mergeCode: 'diplomaticStudy.mergeCode',
  openCoding: 'diplomaticStudy.openCoding',
  codeMatrix: 'diplomaticStudy.codeMatrix',
  exportQdpx: 'diplomaticStudy.exportQdpx',
  importQdpx: 'diplomaticStudy.importQdpx',
  exportCodebook: 'diplomaticStudy.exportCodebook',
  exportCodedSegments: 'diplomaticStudy.exportCodedSegments',
} as const;

/** The Reader and transcript export (`reader.ts`). */
export const ReaderCommands = {
  openReader: 'diplomaticStudy.openReader',
  exportTranscript: 'diplomaticStudy.exportTranscript',
} as const;

export const Commands = {
  ...CodingCommands,
  ...ReaderCommands,
  showLog: 'diplomaticStudy.showLog',
  openBundledTranscript: 'diplomaticStudy.openBundledTranscript',
  showMentions: 'diplomaticStudy.showMentions',
  revealRange: 'diplomaticStudy.revealRange',
  showRange: 'diplomaticStudy.showRange',
  refresh: 'diplomaticStudy.refresh',
  stopIndexing: 'diplomaticStudy.stopIndexing',
  sortByDate: 'diplomaticStudy.sortByDate',
  sortByTitle: 'diplomaticStudy.sortByTitle',
  search: 'diplomaticStudy.search',
  searchEntities: 'diplomaticStudy.searchEntities',
  showEntry: 'diplomaticStudy.showEntry',
  copyQuote: 'diplomaticStudy.copyQuote',
  insertQuote: 'diplomaticStudy.insertQuote',
  importTranscript: 'diplomaticStudy.importTranscript',
  concordance: 'diplomaticStudy.concordance',
  trends: 'diplomaticStudy.trends',
  collocates: 'diplomaticStudy.collocates',
  keywords: 'diplomaticStudy.keywords',
  concordanceOfEntity: 'diplomaticStudy.concordanceOfEntity',
  trendsOfEntity: 'diplomaticStudy.trendsOfEntity',
  concordanceOfSelection: 'diplomaticStudy.concordanceOfSelection',
  trendsOfSelection: 'diplomaticStudy.trendsOfSelection',
  keywordsOfSpeaker: 'diplomaticStudy.keywordsOfSpeaker',
} as const;

export const CodingViews = {
  codes: 'diplomaticStudy.codes' as const,
  /** The code × speaker / year table's webview. */
  matrix: 'diplomaticStudy.codeMatrix',
} as const;

/** The study panels' webview view types: one panel of each, reused. */
export const StudyViews = {
  concordance: 'diplomaticStudy.concordance',
  trends: 'diplomaticStudy.trends',
  collocates: 'diplomaticStudy.collocates',
  keywords: 'diplomaticStudy.keywords',
} as const;

export const Views = {
  transcripts: 'diplomaticStudy.transcripts',
  entities: 'diplomaticStudy.entities',
  codes: CodingViews.codes,
} as const;

export const Settings = {
  hoverEnabled: 'diplomaticStudy.hover.enabled',
  hoverLanguages: 'diplomaticStudy.hover.languages',
  followCursor: 'diplomaticStudy.tree.followCursor',
  corpusInclude: 'diplomaticStudy.corpus.include',
  corpusExclude: 'diplomaticStudy.corpus.exclude',
  corpusIncludeBundled: 'diplomaticStudy.corpus.includeBundled',
  glossaryFiles: 'diplomaticStudy.glossary.files',
  acronymCheck: 'diplomaticStudy.drafting.acronymCheck',
  transcriptLanguage: 'diplomaticStudy.reading.transcriptLanguage',
} as const;

/** Context keys for `when` clauses in package.json. */
export const ContextKeys = {
  transcriptCount: 'diplomaticStudy.transcriptCount',
  transcriptSort: 'diplomaticStudy.transcriptSort',
} as const;

/** The scheme of the read-only glossary cards (`diplomatic-study-card:/sco.md`). */
export const CARD_SCHEME = 'diplomatic-study-card';

/** The language id of transcript files (`*.transcript.txt`, `*.transcript.md`). */
export const TRANSCRIPT_LANGUAGE = 'transcript';
