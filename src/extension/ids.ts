// The one place for ids that package.json also names; test/integration/manifest.test.ts keeps the two in step.
export const EXTENSION_ID = 'diplomatic-study.diplomatic-study';

export const Commands = {
  showLog: 'diplomaticStudy.showLog',
  openBundledTranscript: 'diplomaticStudy.openBundledTranscript',
} as const;

export const Views = {} as const;

export const Settings = {} as const;
