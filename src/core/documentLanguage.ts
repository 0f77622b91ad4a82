import { detectLanguage, languageOf, type Language } from './language';
import { readFrontMatter, stringField } from './parser/frontMatter';
import { htmlToLines, looksLikeHtml } from './parser/html';
import { splitLines } from './parser/lines';

/** How much of a page is read for its language: a saved page's main text can follow a long head. */
const PAGE_CHARS = 2_000_000;

/**
 * A document's language: `lang:` (or `language:`) in its front matter; for a saved web page, its
 * main text (what the parser reads, not its markup and scripts); else its first 20,000 characters.
 */
export function documentLanguage(text: string): Language {
  if (text.startsWith('---')) {
    const front = readFrontMatter(splitLines(text.slice(0, 20000)));
    const given = languageOf(stringField(front.data, 'lang', 'language'));
    if (given) return given;
  }
  if (looksLikeHtml(text.slice(0, 20000))) return detectLanguage(htmlToLines(text.slice(0, PAGE_CHARS)).lines.join('\n'));
  return detectLanguage(text.slice(0, 20000));
}
