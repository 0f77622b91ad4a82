import { collapseSpaces } from '../text';
import { isCountry } from './countries';
import { findDate } from './dates';
import { isOutlet } from './labels';

// Words that published transcript titles are made of ("remarks and answers", "press briefing", …).
const TITLE_WORDS_OTHER = /(?:выступление|ответы на вопросы|пресс-конференци|брифинг|интервью|заявлени|стенограмма|беседа|пленарное заседание|совещание|记者会|答记者问|发言人|讲话|致辞|采访|吹风会|conferencia de prensa|rueda de prensa|versión estenográfica|version estenográfica|mensaje|entrevista|declaraci[oó]n|discurso|palabras|conférence de presse|point de presse|entretien|déclaration|discours|allocution|propos)/iu;
const TITLE_WORDS = /\b(?:remarks|answers?|answered|answering|press conference|news conference|press briefing|briefing|statement|interview|speech|address|transcript|comments|press availability|press point|media availability|doorstep|joint press|conversation with|opening remarks|q&a|questions and answers|responds? to|talks? to|article by|op-ed|readout|regular press|press encounter|stakeout|remarks to|gaggle|press call|background (?:press )?call|teleconference|conference call|media call|town hall|fireside chat|roundtable|round table|panel discussion|plenary session|joint statement|joint declaration|press statements|media briefing|news briefing|doorstop|press remarks|media stakeout)\b/i;

export function looksLikeTitle(text: string): boolean {
  if (text.length > 400) return false;
  if (/\p{Script=Han}/u.test(text) && !/\s\S+\s/u.test(text)) return TITLE_WORDS_OTHER.test(text) && text.length >= 6 && !/[。！？]$/u.test(text);
  return (TITLE_WORDS.test(text) || TITLE_WORDS_OTHER.test(text)) && text.length >= 12 && text.split(/\s+/).length >= 3;
}

// Job titles that precede a name in a transcript title ("Foreign Minister Sergey Lavrov").
const ROLE_WORDS = new Set([
  'foreign', 'minister', 'ministry', 'deputy', 'first', 'prime', 'president', 'vice', 'secretary', 'general', 'press',
  'spokesperson', 'spokesman', 'spokeswoman', 'state', 'national', 'security', 'adviser', 'advisor', 'ambassador',
  'permanent', 'representative', 'chancellor', 'director', 'chairman', 'chair', 'chairperson', 'head', 'special',
  'envoy', 'acting', 'assistant', 'under', 'senior', 'official', 'officials', 'administration', 'high', 'commissioner',
  'affairs', 'defence', 'defense', 'nato', 'un', 'eu', 'us', 'u.s.', 'russian', 'chinese', 'american', 'british',
  'french', 'german', 'the', 'of', 'and', 'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'h.e.', 'his', 'her',
  'excellency', 'king', 'queen', 'prince', 'sheikh', 'emir', 'premier', 'leader', 'chief', 'executive', 'federal',
  'federation', 'republic', 'kingdom', 'government', 'council', 'commission', 'european', 'union', 'white', 'house',
  'coordinator', 'strategic', 'communications', 'admiral', 'rear', 'general', 'colonel', 'spokesperson’s',
]);

/** The person a title names ("Foreign Minister Sergey Lavrov’s remarks…" → "Sergey Lavrov"). */
function nameFromPhrase(phrase: string, allowSingleWord: boolean): string | null {
  const tokens = collapseSpaces(phrase).replace(/[’']s$/u, '').split(' ');
  const name: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i].replace(/[,;:]$/, '');
    if (!/^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(token) || ROLE_WORDS.has(token.toLowerCase())) break;
    name.unshift(token);
  }
  if (name.length === 0 || name.length > 4) return null;
  // One word is a name only before "’s remarks" ("Lavrov’s remarks"), never after "by" or "with".
  if (name.length === 1 && (!allowSingleWord || name[0].length < 3 || name[0] === name[0].toUpperCase())) return null;
  return name.join(' ');
}

const POSSESSIVE = /((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,7}[\p{Lu}][\p{L}\p{M}'’.-]*)[’']s\s+((?:\S+\s+){0,3}\S+)/gu;
const POSSESSIVE_MARK = /[’']s\s/g;
/** What the words before a possessive's mark are made of (`POSSESSIVE`'s name part). */
const NAME_CHARACTER = /[\p{L}\p{M}'’.\-\s]/u;

/**
 * `title.matchAll(POSSESSIVE)`, the same matches, without trying the pattern at every capital: it
 * backtracks over the capitalised words after each, and was most of the time of reading a title.
 * A match starts in the run of name characters that ends at the first mark after the last match:
 * before that run, no mark is in reach.
 */
function possessives(title: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    POSSESSIVE_MARK.lastIndex = from;
    const mark = POSSESSIVE_MARK.exec(title);
    if (!mark) return found;
    let start = mark.index;
    for (;;) {
      // A letter beyond the BMP is two code units, read together as the pattern reads them.
      const pair = start - 2 >= from && /[\uDC00-\uDFFF]/.test(title[start - 1]) ? title.slice(start - 2, start) : null;
      if (pair && NAME_CHARACTER.test(pair)) start -= 2;
      else if (start > from && NAME_CHARACTER.test(title[start - 1])) start--;
      else break;
    }
    POSSESSIVE.lastIndex = start;
    const m = POSSESSIVE.exec(title);
    if (!m) return found;
    found.push(m);
    from = POSSESSIVE.lastIndex;
  }
}

/** The people a transcript title names as speaking (its principals). */
export function speakersFromTitle(title: string): string[] {
  const found: string[] = [];
  const add = (phrase: string | undefined, allowSingleWord: boolean) => {
    const name = phrase ? nameFromPhrase(phrase, allowSingleWord) : null;
    if (name && !found.includes(name)) found.push(name);
  };
  const spoken = /\b(?:remarks|answers|statement|speech|address|interview|comments|opening|news conference|press conference|briefing|article|op-ed|conversation|meeting|talks?|message|greetings|replies|response|introductory|closing|video)\b/i;
  for (const m of possessives(title)) if (spoken.test(m[2])) add(m[1], true);
  const by = /\b(?:by|with|from|and)\s+((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s*){1,8})/gu;
  for (const m of title.matchAll(by)) add(m[1], false);
  const leading = /^((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,7}?[\p{Lu}][\p{L}\p{M}'’.-]*)\s+(?:at|on|in|to|and|delivers|holds|gives|speaks|meets|answers|remarks|says|statement|interview)\b/u.exec(title);
  if (leading) add(leading[1], false);
  // "Interview de M. Clément Beaune", "Entretien avec Mme …", "Entrevista con el Sr. …".
  for (const m of title.matchAll(/\b(?:de|du|avec|par|with|by|con)\s+(?:M\.|Mme\.?|Monsieur|Madame|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Sr\.|Sra\.|el Sr\.|la Sra\.)\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s?){2,4})/gu)) {
    const name = m[1].trim();
    if (!found.includes(name)) found.push(name);
  }
  // Russian: "…Министра иностранных дел Российской Федерации С.В.Лаврова…" (initials and surname).
  for (const m of title.matchAll(/(?<![\p{L}])([А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)/gu)) if (!found.includes(m[1])) found.push(m[1]);
  // Chinese: "外交部发言人毛宁主持例行记者会", "王毅在…答记者问".
  const han = /(?:发言人|部长|外长|主席|总理|总统|大使|秘书长|国务委员)(\p{Script=Han}{2,3}?)(?:主持|答|在|会见|出席|接受|同|与|举行|就|谈|发表|表示)/u.exec(title) ?? /^(\p{Script=Han}{2,3}?)(?:在|就|答|会见|出席|接受|同|与|主持)/u.exec(title);
  if (han && !found.includes(han[1])) found.push(han[1]);
  // Spanish and French: "…del presidente Andrés Manuel López Obrador", "…du président Emmanuel Macron".
  const role = /(?:presidente|presidenta|canciller|secretario|secretaria|ministro|ministra|vocero|vocera|président|présidente|ministre|porte-parole|premier ministre|première ministre)\s+((?:(?:de|del|la|y|\p{Lu}[\p{L}\p{M}'’.-]*)\s*){1,6})/gu;
  for (const m of title.matchAll(role)) {
    const name = m[1].trim().replace(/\s+(?:de|del|la|y)$/u, '').split(/\s+/);
    while (name.length && !/^\p{Lu}/u.test(name[0])) name.shift();
    const words = name.filter((w) => /^\p{Lu}/u.test(w));
    if (words.length >= 2 && !/^(?:de la|del|de)$/u.test(name.join(' ')) && !/(?:Rep[uú]blica|Gobierno|Estados|Unidos|Relaciones|Exteriores|Affaires|étrangères|Europe|France|México|Mexico)/u.test(name.join(' '))) {
      const n = name.join(' ');
      if (!found.includes(n)) found.push(n);
    }
  }
  return found;
}

export interface PlaceDate {
  place: string | null;
  date: string | null;
}

// Capitalised words, an optional comma and country: "Vilnius, Lithuania", "Kuala Lumpur", "New York".
const PLACE = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|de|del|da|on|am|upon|sur|of)(?:[ ,]+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|de|del|da|on|am|upon|sur|of)){0,5}$/u;

const GREETING = /^(?:dear|colleagues|friends|ladies|gentlemen|excellencies|excellency|welcome|thank|thanks|good|hello|mr|mrs|ms|madam|sir|everyone|all)\b/i;

export function looksLikePlace(text: string): boolean {
  if (/[,!?:;]$/.test(text.trim()) || GREETING.test(text.trim())) return false;
  const clean = text.replace(/[.]$/, '').trim();
  if (!PLACE.test(clean) || clean.split(/[ ,]+/).length > 6) return false;
  return !/^(?:the|of|on|am)\b/i.test(clean) && !SECTION_WORDS.test(clean);
}

// Site sections and breadcrumbs ("Press Briefings", "Speeches and Remarks") are never places.
const SECTION_WORDS = /\b(?:press|briefings?|statements?|releases?|remarks|speeches|news|transcripts?|media|videos?|photos?|events?|interviews?|home|articles?|newsroom|readouts?|publications?|documents?|archives?|latest|topics?|foreign policy|president|ministry|minister|secretary|teleconference|telephonic|en route|aboard|via|virtual|online|videoconference|by phone|spokesperson|spokesman|spokeswoman|advisor|adviser|ambassador|director|department|office|portavoz|porte-parole|представитель)\b/i;

/** A line such as "Kuala Lumpur, July 11, 2025", or a title ending "…questions, Sochi, May 15, 2019". */
const WEEKDAYS = '(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье';
const BEFORE_DATE = new RegExp(`(?:[\\s,–—-]+|\\b(?:le|el|the|on|am|du|den|en|au|il|del|de)\\b|(?<![\\p{L}])(?:${WEEKDAYS})(?![\\p{L}]))+$`, 'iu');

/** A line such as "Kuala Lumpur, July 11, 2025", or a title ending "…questions, Sochi, May 15, 2019". */
export function readPlaceDate(text: string): PlaceDate {
  const found = findDate(text);
  if (!found) return { place: null, date: null };
  const before = text.slice(0, found.index).replace(BEFORE_DATE, '');
  const clauses = before.split(/,\s*|\s[–—-]\s/u).map((c) => c.trim());
  // "Vilnius, Lithuania, July 11, 2024": the city stands before its country.
  let at = clauses.length - 1;
  if (at > 0 && isCountry(clauses[at]) && looksLikePlace(clauses[at - 1])) at--;
  // "…à Bruxelles le 16 octobre 2020", "…in Geneva on 3 May": the preposition is not the place.
  const lastClause = (clauses[at] ?? '').replace(/^(?:à|a|en|in|at|в|во|在)\s+/u, '');
  const weekday = new RegExp(`^(?:${WEEKDAYS})$`, 'iu');
  // "…à Al-Jazeera le 31 octobre 2020": a broadcaster is where it was said, not a place.
  let place = lastClause && looksLikePlace(lastClause) && !weekday.test(lastClause) && !isOutlet(lastClause) ? lastClause : null;
  // Kremlin-style "19 февраля 2025 года 17:05 Санкт-Петербург": the place after the date and time.
  if (!place) {
    const after = text
      .slice(found.index + found.length)
      .replace(/^\s*(?:года|г\.|год)?\s*(?:,\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*[,–—-]?\s*/iu, '');
    // "Москва, Кремль", "Московская область, Ново-Огарёво": capitalised words, a comma, one more word.
    const [first = '', second = ''] = after.split(/,\s*/);
    const leading = (clause: string) => {
      const words: string[] = [];
      for (const w of clause.trim().split(/\s+/)) {
        if (words.length >= 3 || !(/^\p{Lu}/u.test(w) || (words.length > 0 && /^(?:область|край|округ)$/u.test(w))) || /[:：]$/u.test(w)) break;
        words.push(w);
      }
      return words.join(' ');
    };
    const candidate = [leading(first), leading(second).split(' ')[0]].filter(Boolean).join(', ');
    const city = candidate ? cityOf(candidate) : '';
    if (city && looksLikePlace(city) && leading(first) === first.trim().split(/\s+/).slice(0, leading(first).split(' ').length).join(' ')) place = city;
  }
  return { place, date: found.iso };
}

/** The city of a place line: "Geneva, Switzerland" → "Geneva"; "Palais des Nations, Geneva" → "Geneva". */
export function cityOf(placeLine: string): string {
  const clauses = placeLine.split(/,\s*/).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return placeLine;
  const venue = (c: string) => VENUE.test(c);
  const region = /(?:область|край|округ|республика|region|province|provincia|state|estado|oblast|prefecture|county)(?![\p{L}])/iu;
  const cities = clauses.filter((c) => !venue(c) && !isCountry(c) && !region.test(c) && !/^(?:D\.?C\.?|U\.?S\.?A?\.?|UK)$/.test(c));
  return cities[0] ?? clauses[0];
}

export const VENUE = /(?:\b(?:Room|Hall|House|Palace|Palais|Palacio|Centre|Center|Building|Residence|Mansion|Kremlin|Headquarters|Hotel|Office|Ministry|Auditorium|Theatre|Theater|Conference|Chamber|Embassy|Airport|Garden|Terrace|Studio|Salon|Salón|Sala)\b|Кремль|Дом правительства|резиденция)/u;

/** A line that only dates the text: "Kuala Lumpur, July 11, 2025", "Monday, 15 May 2019 21:30". */
export function isDateLine(text: string): boolean {
  const found = findDate(text);
  if (!found) return false;
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.length)).replace(/\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|\d{1,2}\s*h\s*\d{0,2}/gi, '');
  const words = rest.split(/[\s,–—:：|-]+/u).filter(Boolean);
  return words.length <= 6 && words.every((w) => /^(?:[\p{Lu}\d][\p{L}\p{M}'’.-]*|\(.*\))$/u.test(w) || DATE_LINE_WORD.test(w) || /^\p{Script=Han}{1,8}$/u.test(w));
}

/** The small words a date line may hold besides names and numbers. */
const DATE_LINE_WORD = new RegExp(`^(?:de|del|la|las|los|du|des|of|on|am|upon|le|el|à|a|en|года|год|г\\.?|\\(?updated\\)?|${WEEKDAYS})$`, 'iu');
