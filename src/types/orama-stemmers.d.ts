// @orama/stemmers publishes its languages as package subpaths ("exports"), which this project's
// `moduleResolution: node` does not read; Node and esbuild do. Each subpath exports one function.
declare module '@orama/stemmers/english' {
  export function stemmer(word: string): string;
}
declare module '@orama/stemmers/russian' {
  export function stemmer(word: string): string;
}
declare module '@orama/stemmers/spanish' {
  export function stemmer(word: string): string;
}
declare module '@orama/stemmers/french' {
  export function stemmer(word: string): string;
}
