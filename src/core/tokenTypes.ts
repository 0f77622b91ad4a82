/** The semantic token types of a transcript, in the order of the editor's legend (package.json names them too). */
export const TOKEN_TYPES = ['transcriptSpeaker', 'transcriptQuestion', 'transcriptHeader', 'transcriptNoise', 'transcriptOrganisation'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
