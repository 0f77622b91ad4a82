declare const DIPLOMATIC_STUDY_BUILD: string | undefined;

/**
 * Which build of the program this is (a hash of its sources, set by esbuild): a cache written by
 * another build was made by another parser, and is not read.
 */
export const BUILD: string = typeof DIPLOMATIC_STUDY_BUILD === 'string' ? DIPLOMATIC_STUDY_BUILD : 'dev';
