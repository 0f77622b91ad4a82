// The one place for ids that package.json also names; test/integration/manifest.test.ts keeps the two in step.
export const EXTENSION_ID = 'diplomatic-study.diplomatic-study';

export const Commands = {
  showLog: 'diplomaticStudy.showLog',
  openBundledTranscript: 'diplomaticStudy.openBundledTranscript',
  showMentions: 'diplomaticStudy.showMentions',
} as const;

export const Views = {} as const;

export const Settings = {
  hoverEnabled: 'diplomaticStudy.hover.enabled',
  hoverLanguages: 'diplomaticStudy.hover.languages',
} as const;

/** The language id of transcript files (`*.transcript.txt`, `*.transcript.md`). */
export const TRANSCRIPT_LANGUAGE = 'transcript';
