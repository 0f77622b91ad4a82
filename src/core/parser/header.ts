import { collapseSpaces } from '../text';
import { findDate } from './dates';

// Words that published transcript titles are made of ("remarks and answers", "press briefing", …).
const TITLE_WORDS = /\b(?:remarks|answers?|press conference|news conference|press briefing|briefing|statement|interview|speech|address|transcript|comments|press availability|press point|media availability|doorstep|joint press|conversation with|opening remarks|q&a|questions and answers|responds? to|talks? to|article by|op-ed|readout|regular press|press encounter|stakeout|remarks to)\b/i;

export function looksLikeTitle(text: string): boolean {
  return TITLE_WORDS.test(text) && text.length >= 12 && text.length <= 400 && text.split(/\s+/).length >= 3;
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

/** The people a transcript title names as speaking (its principals). */
export function speakersFromTitle(title: string): string[] {
  const found: string[] = [];
  const add = (phrase: string | undefined, allowSingleWord: boolean) => {
    const name = phrase ? nameFromPhrase(phrase, allowSingleWord) : null;
    if (name && !found.includes(name)) found.push(name);
  };
  const possessive = /((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){0,7}[\p{Lu}][\p{L}\p{M}'’.-]*)[’']s\s+((?:\S+\s+){0,3}\S+)/gu;
  const spoken = /\b(?:remarks|answers|statement|speech|address|interview|comments|opening|news conference|press conference|briefing|article|op-ed|conversation|meeting|talks?|message|greetings|replies|response|introductory|closing|video)\b/i;
  for (const m of title.matchAll(possessive)) if (spoken.test(m[2])) add(m[1], true);
  const by = /\b(?:by|with|from|and)\s+((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s*){1,8})/gu;
  for (const m of title.matchAll(by)) add(m[1], false);
  const leading = /^((?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,7}?[\p{Lu}][\p{L}\p{M}'’.-]*)\s+(?:at|on|in|to|and|delivers|holds|gives|speaks|meets|answers|remarks|says|statement|interview)\b/u.exec(title);
  if (leading) add(leading[1], false);
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
  return !/^(?:the|of|on|am)\b/i.test(clean);
}

/** A line such as "Kuala Lumpur, July 11, 2025", or a title ending "…questions, Sochi, May 15, 2019". */
export function readPlaceDate(text: string): PlaceDate {
  const found = findDate(text);
  if (!found) return { place: null, date: null };
  const before = text.slice(0, found.index).replace(/[\s,–—-]+$/u, '');
  const lastClause = before.split(/,\s*|\s[–—-]\s/u).pop()?.trim() ?? '';
  const weekday = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
  const place = lastClause && looksLikePlace(lastClause) && !weekday.test(lastClause) ? lastClause : null;
  return { place, date: found.iso };
}

/** A line that only dates the text: "Kuala Lumpur, July 11, 2025", "Monday, 15 May 2019 21:30". */
export function isDateLine(text: string): boolean {
  const found = findDate(text);
  if (!found) return false;
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.length)).replace(/\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?/gi, '');
  const words = rest.split(/[\s,–—-]+/u).filter(Boolean);
  return words.length <= 6 && words.every((w) => /^(?:[\p{Lu}\d][\p{L}\p{M}'’.-]*|de|of|on|am|upon)$/u.test(w));
}
