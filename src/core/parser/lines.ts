import { normalizeSpaces } from '../text';
import type { SpeakerLabel } from './labels';

export interface SourceLine {
  index: number;
  raw: string;
  /** Blockquote markers removed, Unicode spaces made plain, trimmed. */
  content: string;
  quoted: boolean;
  /** A Markdown hard break (two trailing spaces or a backslash) ends the line. */
  hardBreak: boolean;
  /** Markdown ATX heading level, 0 when not a heading. */
  heading: number;
  blank: boolean;
  /** The content's spaces are single U+0020s (as `collapseSpaces` leaves them): nothing to collapse. */
  clean: boolean;
  /** `hasMarkdown(content)`: the content has a character Markdown marks up with. */
  markdown: boolean;
  /** The content has a code unit at or above U+2E80, where Han begins (or a surrogate): its words are not only what spaces separate. */
  wide: boolean;
  /** `isNoiseLine(content)`, once asked (see `isNoise`). */
  noise?: boolean;
  /** `readSpeakerLabel(content)`, once asked (see `labelOfLine` in labelReader.ts). */
  label?: SpeakerLabel | null;
}

/** Splits as VS Code does (CRLF, LF or CR), after dropping a byte-order mark. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most files end their lines with LF alone: a split at one character is the fast one.
  return body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
}

/** Where each line starts in `text` (line breaks as VS Code counts them: CRLF, LF or CR). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The 0-based line of an offset, from `lineStarts`. */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Lines as the parser reads them, from lines already split (see `splitLines`). */
export function readLines(lines: readonly string[]): SourceLine[] {
  const out: SourceLine[] = new Array(lines.length);
  for (let index = 0; index < lines.length; index++) out[index] = readLine(lines[index], index);
  return out;
}

// Whitespace other than single U+0020s (a class's contents): a line without any, nor two spaces in a
// row, needs neither its spaces made plain nor collapsed.
const UNEVEN_SPACES = '\\t\\n\\v\\f\\r\\u00A0\\u1680\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
/** The characters Markdown marks up with (a class's contents). */
const MARKDOWN_CHARACTERS = '[*_\\\\';
/** Han begins at U+2E80; beyond the BMP, a surrogate (a class's contents). */
const WIDE_CHARACTERS = '\\u2E80-\\uFFFF';
const UNEVEN_SPACING = new RegExp(`[${UNEVEN_SPACES}]| {2}`);
// Any of the three: most lines have none, and one search tells all three.
const UNEVEN_MARKDOWN_OR_WIDE = new RegExp(`[${UNEVEN_SPACES}${MARKDOWN_CHARACTERS}${WIDE_CHARACTERS}]| {2}`);
const WIDE = new RegExp(`[${WIDE_CHARACTERS}]`);

function readLine(raw: string, index: number): SourceLine {
  const plainLine = !UNEVEN_MARKDOWN_OR_WIDE.test(raw);
  const even = plainLine || !UNEVEN_SPACING.test(raw);
  const plain = even ? raw : normalizeSpaces(raw);
  // Most lines open with a letter: no quote marker, no heading, nothing to look for at the start.
  const first = plain.charCodeAt(0);
  const quote = first === 62 || first <= 32 || first === 0x2028 || first === 0x2029 ? /^\s{0,3}((?:>\s?)+)/.exec(plain) : null;
  let content = quote ? plain.slice(quote[0].length) : plain;
  const hardBreak = endsWithTwoSpaces(content) || content.trimEnd().endsWith('\\');
  content = content.trim();
  if (hardBreak) content = content.replace(/\\$/, '').trimEnd();
  const heading = content.charCodeAt(0) === 35 ? /^(#{1,6})\s+/.exec(content) : null;
  if (heading) content = content.slice(heading[0].length).replace(/\s+#+\s*$/, '').trim();
  const markdown = !plainLine && hasMarkdown(content);
  const wide = !plainLine && WIDE.test(content);
  return { index, raw, content, quoted: quote !== null, hardBreak, heading: heading ? heading[1].length : 0, blank: content === '', clean: even, markdown, wide };
}

function endsWithTwoSpaces(text: string): boolean {
  return text.length >= 2 && text.charCodeAt(text.length - 1) === 32 && text.charCodeAt(text.length - 2) === 32;
}

/** Whether `stripMarkdown` could change the text. */
export function hasMarkdown(text: string): boolean {
  return MARKDOWN_CHARACTER.test(text);
}

/** Strips Markdown emphasis, links and escapes so that labels and text compare as words. */
export function stripMarkdown(text: string): string {
  // Each pattern needs one of these characters; most paragraphs have none.
  if (!hasMarkdown(text)) return text;
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,:;!?]|$)/g, '$1$3')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

const MARKDOWN_CHARACTER = new RegExp(`[${MARKDOWN_CHARACTERS}]`);

/** `stripMarkdown` of a line's content, or of a part of it (a label's rest): the line knows whether it has Markdown. */
export function stripLineMarkdown(line: SourceLine, text: string): string {
  return line.markdown ? stripMarkdown(text) : text;
}

const SEPARATOR = /^[\s*•·—–\-_=~#.]{3,}$/u;
const PHOTO_CREDIT = /^(?:photo(?:graph)?s?|pictures?|images?|фото|credit|source of the photo|图片|图|foto|fotografía|crédit photo|crédits photo)(?:\s+(?:credits?|captions?))?\s*(?:[:：©]|by\s)/iu;
// "Home > News > Spokesperson's Remarks", "首页 > 外交动态 > 发言人表态".
const BREADCRUMB = /^[^>›]{1,40}(?:\s*[>›]\s*[^>›]{1,40}){2,}$/u;
// A page's or a scraper's metadata fields: "URL: …", "Source: …", "来源：外交部", "Tags: …".
const METADATA = /^(?:url|link|permalink|source|source_url|fuente|lien|ссылка|источник|来源|作者|责任编辑|编辑|author|autor|auteur|tags|etiquetas|теги|keywords|palabras clave|mots-clés)\s*[:：]/iu;
// Editors' notes about the text rather than the text itself.
const EDITORIAL = /^(?:\(?\s*(?:the following is|following is|this is a (?:near-)?verbatim|near-verbatim|unofficial transcript|as prepared for delivery|as delivered|check against delivery|translated from|provisional translation|unofficial translation|video (?:of|available)|audio (?:of|available)|watch the video|перевод с|неофициальный перевод|видео|（?\s*翻译|traducción no oficial|seul le prononcé fait foi|traduction non officielle)(?![\p{L}]).{0,240})$/iu;
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s*m\.?)?(?:\s+[A-Z]{2,5})?$/i;
const URL_ONLY = /^(?:<)?https?:\/\/\S+(?:>)?$/i;
const LANGUAGE = '(?:English|Русский|Français|Francais|Español|Espanol|Deutsch|Português|Italiano|中文|简体中文|繁體中文|العربية|日本語|한국어|Türkçe|EN|RU|FR|ES|DE|ZH|AR|PT|Eng|Rus|Fra|Esp)';
const LANGUAGE_MENU = new RegExp(`^${LANGUAGE}(?:\\s*[|/·•,]?\\s*${LANGUAGE}){1,}$`, 'u');
const BOILERPLATE = /^(?:\(?\s*unofficial translation\s*\)?|\(?\s*as delivered\s*\)?|\(?\s*check against delivery\s*\)?|skip to (?:main )?content|main menu|menu|search|print(?: version)?|share|version for the visually impaired|font size.*|©.*|copyright\b.*|all rights reserved\.?)$/iu;

/** `isNoiseLine` of a line's content, worked out once: the parser asks it of a line several times. */
export function isNoise(line: SourceLine): boolean {
  return (line.noise ??= isNoiseLine(line.content));
}

/** A line that belongs to no section wherever it stands: credits, separators, clock times, menus. */
export function isNoiseLine(content: string): boolean {
  if (content === '') return false;
  return (
    SEPARATOR.test(content) ||
    PHOTO_CREDIT.test(content) ||
    EDITORIAL.test(content) ||
    METADATA.test(content) ||
    ((content.includes('>') || content.includes('›')) && BREADCRUMB.test(content)) ||
    CLOCK_TIME.test(content) ||
    URL_ONLY.test(content) ||
    LANGUAGE_MENU.test(content) ||
    BOILERPLATE.test(content)
  );
}

const FOOTER = /^(?:смотрите также|статус материала|read (?:more|also|the full)\b|subscribe\b|follow us\b|join us\b|share (?:this|on)\b|tags?\s*:|keywords\s*:|related(?:\s+\w+){0,2}\s*:?$|see also\b|back to top\b|other (?:news|materials|publications)\b|more on this topic\b|end(?:\s+\d{1,2}[:.]\d{2}.*)?$|-\s*end\s*-$|\[end\]$|###$|download\b|permalink\b|print this page\b)/iu;

/** A line after which the rest of the page is no longer the transcript (site footers, "END"). */
export function isFooterLine(content: string): boolean {
  return FOOTER.test(content);
}

// A speaker label run into the text after a sentence: "… Спасибо. В.Путин: Да, конечно." Text that
// a scraper or a PDF flattened onto one line still has them.
const RUN_IN_LABEL = /(?<=^|[.!?…»"”)\]*]\s{1,3})((?:Вопрос|Ответ|Реплика|Ведущий|Question|Answer|Q|Moderator|Pregunta|Respuesta|Interlocutora?|Journaliste|Réponse|记者|问|答)|(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}-]+|\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,2}|\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3})\s?[:：]\s|(?<=\s)(?:Вопрос|Question|Pregunta|(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}-]+)[:：]\s/gu;
const RUN_IN_MIN_LENGTH = 1500;

/**
 * Splits a flattened line (a whole transcript on one line) at its run-in labels, so that each
 * turn stands on a line of its own; every piece keeps the number of the line it came from.
 */
export function splitRunInLabels(raw: readonly string[]): { lines: string[]; sourceLine: number[] } | null {
  const lines: string[] = [];
  const sourceLine: number[] = [];
  let split = false;
  raw.forEach((line, index) => {
    const cuts = line.length >= RUN_IN_MIN_LENGTH ? [...line.matchAll(RUN_IN_LABEL)].map((m) => m.index!).filter((i) => i > 0) : [];
    if (cuts.length < 3) {
      lines.push(line);
      sourceLine.push(index);
      return;
    }
    split = true;
    let from = 0;
    for (const cut of cuts) {
      lines.push(line.slice(from, cut).trim());
      sourceLine.push(index);
      from = cut;
    }
    lines.push(line.slice(from).trim());
    sourceLine.push(index);
  });
  return split ? { lines, sourceLine } : null;
}
