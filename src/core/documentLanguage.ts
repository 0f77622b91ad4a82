import { detectLanguage, languageOf, type Language } from './language';
import { readFrontMatter, stringField } from './parser/frontMatter';
import { splitLines } from './parser/lines';

/** A document's language: `lang:` (or `language:`) in its front matter, else read from its first 20,000 characters. */
export function documentLanguage(text: string): Language {
  if (text.startsWith('---')) {
    const front = readFrontMatter(splitLines(text.slice(0, 20000)));
    const given = languageOf(stringField(front.data, 'lang', 'language'));
    if (given) return given;
  }
  return detectLanguage(text);
}
