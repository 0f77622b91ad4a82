import { ownCopy } from '../text';

// Dates as transcripts print them, in the five languages of the corpus: "July 11, 2025",
// "11 July 2025", "2025-07-11", "11.07.2025", "11 сентября 2020 года", "2020年6月30日",
// "31 de agosto de 2021", "le 3 mars 2024", and dates glued to a clock time ("15 May 201921:30").

const MONTH_NAMES: [number, string[]][] = [
  [1, ['january', 'jan', 'января', 'январь', 'enero', 'janvier', 'janv']],
  [2, ['february', 'feb', 'февраля', 'февраль', 'febrero', 'février', 'fevrier', 'févr', 'fevr']],
  [3, ['march', 'mar', 'марта', 'март', 'marzo', 'mars']],
  [4, ['april', 'apr', 'апреля', 'апрель', 'abril', 'avril', 'avr']],
  [5, ['may', 'мая', 'май', 'mayo', 'mai']],
  [6, ['june', 'jun', 'июня', 'июнь', 'junio', 'juin']],
  [7, ['july', 'jul', 'июля', 'июль', 'julio', 'juillet', 'juil']],
  [8, ['august', 'aug', 'августа', 'август', 'agosto', 'août', 'aout']],
  [9, ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'septiembre', 'setiembre', 'septembre']],
  [10, ['october', 'oct', 'октября', 'октябрь', 'octubre', 'octobre']],
  [11, ['november', 'nov', 'ноября', 'ноябрь', 'noviembre', 'novembre']],
  [12, ['december', 'dec', 'декабря', 'декабрь', 'diciembre', 'décembre', 'decembre', 'déc']],
];
const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap(([n, names]) => names.map((name) => [name, n] as [string, number])));
// Longest first, so that "sept" is not read as "sep" and "juillet" not as "juil".
const MONTH = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
// A year may be glued to a clock time ("201921:30"), so it ends at a non-digit or at "HH:MM".
const YEAR = '(\\d{4})(?=\\d{1,2}:\\d{2}|\\D|$)';
// Letters of any script: \b does not see Cyrillic or accented letters as word characters.
const NOT_AFTER_LETTER = '(?<![\\p{L}\\d])';
const NOT_BEFORE_LETTER = '(?![\\p{L}])';

const PATTERNS: { regex: RegExp; order: 'dmy' | 'mdy' | 'ymd' | 'dmy-num' }[] = [
  { regex: new RegExp(`${NOT_AFTER_LETTER}${MONTH}${NOT_BEFORE_LETTER}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'iu'), order: 'mdy' },
  // "11 July 2025", "11 сентября 2020 года", "31 de agosto de 2021", "le 3 mars 2024", "1er mai 2024".
  { regex: new RegExp(`${NOT_AFTER_LETTER}(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\s+(?:of\\s+|de\\s+)?${MONTH}${NOT_BEFORE_LETTER},?\\s+(?:de\\s+|del\\s+)?${YEAR}`, 'iu'), order: 'dmy' },
  { regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, order: 'ymd' },
  { regex: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, order: 'ymd' },
  { regex: /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/, order: 'ymd' },
  { regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/, order: 'dmy-num' },
];

export interface FoundDate {
  readonly iso: string;
  readonly index: number;
  readonly length: number;
}

function iso(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every pattern has a year of four digits: a text without any is told at once. */
const FOUR_DIGITS = /\d{4}/;

// The header's lines are asked for their date more than once in a row (`isDateLine`, then
// `readPlaceDate`): the last answer for a short line is kept, as a copy (a piece of a transcript
// would keep the whole text alive).
let lastText: string | undefined;
let lastFound: FoundDate | null = null;
const KEPT_TEXT_MAX = 400;

/** The earliest date written in `text`, or null. */
export function findDate(text: string): FoundDate | null {
  if (text === lastText) return lastFound;
  const found = readDate(text);
  if (text.length <= KEPT_TEXT_MAX) {
    lastText = ownCopy(text);
    lastFound = found;
  }
  return found;
}

function readDate(text: string): FoundDate | null {
  if (!FOUR_DIGITS.test(text)) return null;
  let best: FoundDate | null = null;
  for (const { regex, order } of PATTERNS) {
    const m = regex.exec(text);
    if (!m) continue;
    let value: string | null = null;
    if (order === 'mdy') value = iso(Number(m[3]), MONTHS.get(m[1].toLowerCase()), Number(m[2]));
    else if (order === 'dmy') value = iso(Number(m[3]), MONTHS.get(m[2].toLowerCase()), Number(m[1]));
    else if (order === 'ymd') value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    else value = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (value && (!best || m.index < best.index)) best = { iso: value, index: m.index, length: m[0].length };
  }
  return best;
}

/** Normalises a front-matter date (a string in any form above, or a YAML timestamp). */
export function dateFromValue(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return findDate(value)?.iso ?? null;
  return null;
}
