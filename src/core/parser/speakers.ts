// One person, one speaker: "MS. PSAKI" under a title naming "Press Secretary Jen Psaki" is Jen Psaki;
// "D. Medvedev", "Prime Minister Dmitry Medvedev" and "Dmitry Medvedev" are Dmitry Medvedev;
// "С.В.Лавров" and "Сергей Лавров" are one speaker, named in the text's own script.

import { collapseSpaces, keptByText, ownCopy } from '../text';
import { isCountry } from './countries';

// Forms of address and offices that stand before a name in a label or a title.
const HONORIFICS = new Set([
  'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'h.e.', 'he', 'hon', 'hon.', 'sir', 'dame',
  'madam', 'madame', 'mme', 'mme.', 'm.', 'mlle', 'monsieur', 'sr', 'sr.', 'sra', 'sra.', 'don', 'doña', 'lic', 'lic.',
  'secretary', 'president', 'vice', 'prime', 'minister', 'foreign', 'deputy', 'first', 'ambassador', 'general', 'admiral',
  'spokesperson', 'spokesman', 'spokeswoman', 'press', 'chancellor', 'governor', 'senator', 'representative', 'chairman',
  'chairwoman', 'chair', 'director', 'envoy', 'special', 'state', 'national', 'security', 'adviser', 'advisor', 'official',
  'senior', 'administration', 'coordinator', 'under', 'assistant', 'acting', 'executive', 'high', 'commissioner', 'the',
  'king', 'queen', 'prince', 'crown', 'emir', 'sheikh', 'premier', 'colonel', 'captain', 'major', 'lieutenant', 'rear',
  'nato', 'un', 'eu', 'us', 'u.s.', 'sg', 'dsg', 'sec', 'sec.', 'gen.', 'amb.', 'pm', 'fm',
  'господин', 'госпожа', 'г-н', 'г-жа', 'президент', 'министр', 'премьер-министр', 'председатель', 'заместитель', 'посол',
  'официальный', 'представитель', 'помощник', 'секретарь', 'генеральный', 'пресс-секретарь', 'директор',
  'presidente', 'presidenta', 'canciller', 'secretario', 'secretaria', 'ministro', 'ministra', 'vocero', 'vocera',
  'embajador', 'embajadora', 'subsecretario', 'subsecretaria', 'gobernador', 'gobernadora', 'director', 'directora',
  'président', 'présidente', 'ministre', 'porte-parole', 'premier', 'ambassadeur', 'ambassadrice', 'secrétaire', 'général',
]);

const CYRILLIC = /\p{Script=Cyrillic}/u;
const OFFICE_WORDS = /^(?:the|la|le|los|las|affairs|relations|exteriores|affaires|étrangères|etrangeres|defence|defense|finance|economy|interior|justice|trade|commerce|republic|república|république|islamic|federal|people's|democratic|united|kingdom|states)$/i;
const HAN = /^\p{Script=Han}{2,4}$/u;

/** Shared by every caller that asks for the same name (see `nameParts`): never changed. */
interface NameParts {
  /** Given names spelt out ("Dmitry"), lower case. */
  readonly given: readonly string[];
  /** Initials of given names ("d"), lower case. */
  readonly initials: readonly string[];
  /** The last word of the name, lower case. */
  readonly surname: string;
  /** The name without forms of address: "Dmitry Medvedev", "D. Medvedev", "PSAKI". */
  readonly bare: string;
  /** The name as given, forms of address included. */
  readonly printed: string;
}

/** Accents do not tell two people apart: "Clément" is "CLEMENT". */
function fold(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Splits "Prime Minister D.A.Medvedev" into initials, given names and surname; null for a role alone.
 * Kept by name: the cast compares the same few names again and again (each label with each title
 * speaker, hint and role), and a corpus's files share their speakers.
 */
export const nameParts: (name: string) => NameParts | null = keptByText(
  (name) => readNameParts(name),
  (read) => read && { given: read.given.map(ownCopy), initials: read.initials.map(ownCopy), surname: ownCopy(read.surname), bare: ownCopy(read.bare), printed: ownCopy(read.printed) },
);

function readNameParts(name: string): NameParts | null {
  const clean = collapseSpaces(name.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ')).replace(/[:：]$/, '');
  if (HAN.test(clean)) return { given: [], initials: [], surname: clean, bare: clean, printed: clean };
  // "С.В.Лавров", "V.Putin": initials glued to the surname.
  const spaced = clean.replace(/(\p{Lu}\.)(?=\p{Lu})/gu, '$1 ');
  const tokens = spaced.split(' ').filter(Boolean);
  let start = 0;
  while (start < tokens.length - 1 && HONORIFICS.has(tokens[start].toLowerCase())) start++;
  // "President of Russia Dmitry Medvedev", "President of the Republic of Turkey Recep Tayyip Erdogan":
  // an office before the name ends at its last "of", then a country and office words.
  if (start > 0) {
    let of = -1;
    tokens.forEach((t, i) => {
      if (i >= start && i < tokens.length - 2 && /^(?:of|de|du|des|del)$/i.test(t)) of = i;
    });
    if (of >= 0) {
      let next = of + 1;
      for (let moved = true; moved && next < tokens.length - 1; ) {
        moved = false;
        for (let n = Math.min(4, tokens.length - next - 1); n >= 1; n--) {
          if (isCountry(tokens.slice(next, next + n).join(' '))) {
            next += n;
            moved = true;
            break;
          }
        }
        if (!moved && (HONORIFICS.has(tokens[next].toLowerCase()) || OFFICE_WORDS.test(tokens[next]))) {
          next++;
          moved = true;
        }
      }
      start = next;
    }
  }
  const rest = tokens.slice(start);
  if (rest.length === 0 || (rest.length === 1 && HONORIFICS.has(rest[0].toLowerCase()))) return null;
  const surname = rest[rest.length - 1].replace(/[.,]$/, '');
  if (!/\p{L}{2,}/u.test(surname)) return null;
  const given: string[] = [];
  const initials: string[] = [];
  for (const token of rest.slice(0, -1)) {
    if (/^\p{Lu}\.?$/u.test(token) || /^(?:\p{Lu}\.){1,3}$/u.test(token)) initials.push(...token.replace(/\./g, '').toLowerCase().split(''));
    else if (/^\p{Lu}/u.test(token)) given.push(token.toLowerCase());
  }
  // "С.В.Лавров" stays as printed; "D. Medvedev" too.
  const bare = /\p{Lu}\.\p{Lu}/u.test(clean) ? rest.join(' ').replace(/(\p{Lu}\.) (?=\p{Lu})/gu, '$1') : rest.join(' ');
  return { given: given.map(fold), initials: initials.map(fold), surname: fold(surname.toLowerCase()), bare, printed: clean };
}

/** Russian surnames change their ending with the case ("Лавров", "Лаврова", "Лаврову", "Лавровым"). */
function sameSurname(a: string, b: string): boolean {
  if (a === b) return true;
  if (!CYRILLIC.test(a) || !CYRILLIC.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const stem = short.replace(/(?:ой|ий|ый|ая|а|я|у|ю|е|ым|ом|ем)$/u, '');
  return stem.length >= 3 && long.startsWith(stem) && long.length - stem.length <= 3;
}

function compatible(a: NameParts, b: NameParts): boolean {
  // "President Yoon" and "Yoon Suk Yeol", "Prime Minister Kishida" and "Kishida Fumio": family name first.
  const familyFirst = (x: NameParts, y: NameParts) => x.given.length === 0 && x.initials.length === 0 && y.given.length > 0 && y.given[0] === x.surname && /^[a-z-]+$/.test(x.surname);
  if (familyFirst(a, b) || familyFirst(b, a)) return true;
  if (!sameSurname(a.surname, b.surname)) return false;
  const firstA = a.given[0]?.[0] ?? a.initials[0];
  const firstB = b.given[0]?.[0] ?? b.initials[0];
  if (firstA && firstB && firstA !== firstB) return false;
  if (a.given[0] && b.given[0] && !sameSurname(a.given[0], b.given[0]) && !a.given[0].startsWith(b.given[0]) && !b.given[0].startsWith(a.given[0])) return false;
  return true;
}

/** Whether two names as printed ("С.В.Лавров", "Сергея Лаврова"; "MS. PSAKI", "Jen Psaki") can be one person. */
export function samePerson(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const pa = nameParts(a);
  const pb = nameParts(b);
  return pa !== null && pb !== null && compatible(pa, pb);
}

function titleCase(text: string): string {
  // "SG", "MFA", "FM": an abbreviation stays as printed.
  if (text !== text.toUpperCase() || !/\p{Lu}{2}/u.test(text) || /^\p{Lu}{2,4}$/u.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** How full a form of a name is: a given name spelt out beats an initial, mixed case beats capitals. */
function fullness(parts: NameParts): number {
  return parts.given.length * 100 + parts.initials.length * 10 + (parts.bare !== parts.bare.toUpperCase() ? 5 : 0) + parts.bare.length / 100;
}

export interface SpeakerNames {
  /** The one name for a label as printed ("MS. PSAKI" → "Jen Psaki"). */
  canonical(label: string): string;
}

/**
 * Groups the names a transcript gives its speakers and picks one canonical name for each person.
 * `labels` are the printed speaker names; `known` are fuller names from the title, the front matter
 * and the text ("Jen Psaki"), used only to complete a label's name, never to add a speaker.
 * `roles` map role labels ("Spokesman", "SG") to the person the text names in that role.
 */
export function resolveSpeakerNames(labels: string[], known: string[], overrides: Map<string, string>, roles: Map<string, string>): SpeakerNames {
  const clusters: { forms: NameParts[]; fromLabels: NameParts[] }[] = [];
  const clusterOf = new Map<string, (typeof clusters)[number]>();
  const add = (name: string, fromLabel: boolean) => {
    const parts = nameParts(name);
    if (!parts) return;
    let cluster = clusters.find((c) => c.forms.some((f) => compatible(f, parts)));
    if (!cluster) {
      if (!fromLabel) return;
      cluster = { forms: [], fromLabels: [] };
      clusters.push(cluster);
    }
    cluster.forms.push(parts);
    if (fromLabel) {
      cluster.fromLabels.push(parts);
      clusterOf.set(name, cluster);
    }
  };
  for (const label of labels) if (!overrides.has(label.toLowerCase())) add(roles.get(label.toLowerCase()) ?? label, true);
  for (const label of labels) {
    const role = roles.get(label.toLowerCase());
    if (role && !overrides.has(label.toLowerCase())) clusterOf.set(label, clusterOf.get(role)!);
  }
  for (const name of known) add(name, false);

  const names = new Map<(typeof clusters)[number], string>();
  for (const cluster of clusters) {
    // A fuller form in another case of a Russian name ("Сергея Лаврова") is not taken over a label's nominative.
    const labelSurnames = new Set(cluster.fromLabels.map((f) => f.surname));
    let usable = cluster.forms.filter((f) => cluster.fromLabels.includes(f) || labelSurnames.has(f.surname) || !CYRILLIC.test(f.surname));
    // A name read family-name-first ("Yoon Suk Yeol") only where no "Given Surname" form exists.
    const regular = usable.filter((f) => f.given.length > 0 && [...labelSurnames].some((s) => sameSurname(s, f.surname)));
    if (regular.length) usable = usable.filter((f) => f.given.length === 0 || regular.includes(f));
    const count = (f: NameParts) => cluster.forms.filter((g) => g.bare === f.bare).length;
    // A given name beats none; among given names the one the text repeats ("Ned Price", not "Consumer Price").
    const extends_ = (a: NameParts, b: NameParts) => a.bare.length > b.bare.length && a.bare.startsWith(b.bare);
    const best = usable.sort((a, b) => Math.sign(b.given.length) - Math.sign(a.given.length) || (extends_(b, a) ? 1 : extends_(a, b) ? -1 : 0) || count(b) - count(a) || fullness(b) - fullness(a))[0];
    // Without a given name anywhere, the label as printed says more than a bare surname ("Mr Miller").
    const printed = cluster.fromLabels.sort((a, b) => fullness(b) - fullness(a))[0];
    names.set(cluster, titleCase(best.given.length || best.initials.length ? best.bare : printed.bare));
  }
  return {
    canonical(label: string): string {
      const override = overrides.get(label.toLowerCase());
      if (override) return override;
      // A name that is no label ("С.В.Лаврова" in a title) is the person a label names, when one does.
      const parts = clusterOf.has(label) ? null : nameParts(label);
      const cluster = clusterOf.get(label) ?? (parts ? clusters.find((c) => c.fromLabels.some((f) => compatible(f, parts))) : undefined);
      return cluster ? names.get(cluster)! : titleCase(label);
    },
  };
}

// "Stéphane Dujarric, Spokesman for the Secretary-General", "NATO Secretary General Jens Stoltenberg".
const ROLE_ALIASES: [RegExp, string][] = [
  [/^(?:sg|secretary[- ]general|the secretary[- ]general)$/i, 'secretary[- ]general'],
  [/^(?:spokesman|spokesperson|spokeswoman|official spokesperson|the spokesperson|spokesperson's office)$/i, 'spokes(?:man|person|woman)'],
  [/^(?:the president|president)$/i, 'president'],
  [/^(?:the secretary|secretary)$/i, 'secretary'],
  [/^(?:prime minister|the prime minister|pm)$/i, 'prime minister'],
  [/^(?:foreign minister|minister|the minister|fm)$/i, '(?:foreign )?minister'],
  [/^(?:ambassador|the ambassador)$/i, 'ambassador'],
  [/^(?:deputy spokesperson|deputy spokesman|deputy spokeswoman)$/i, 'deputy spokes(?:man|person|woman)'],
  [/^(?:le président(?: de la république)?|la présidente(?: de la république)?|président|présidente)$/i, 'pr[ée]sident(?:e)?(?: de la r[ée]publique)?'],
  [/^(?:el presidente(?: de méxico| de la república)?|la presidenta(?: de méxico| de la república)?|presidente|presidenta)$/i, 'president[ae]'],
  [/^(?:le ministre|la ministre|el canciller|la canciller|canciller|el ministro|la ministra)$/i, '(?:ministre|canciller|ministr[oa])'],
  [/^(?:le porte-parole|la porte-parole|porte-parole|el vocero|la vocera|la portavoz|el portavoz|portavoz)$/i, '(?:porte-parole|vocer[oa]|portavoz)'],
  [/^(?:президент|министр|официальный представитель|пресс-секретарь)$/i, '(?:президент|министр|официальный представитель|пресс-секретарь)'],
];

const NAME = "(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ \\u00A0]+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’-]+|de|van|von|al|bin)){1,3})";

/** A pattern in either case without the \`i\` flag, which would let \\p{Lu} match small letters too. */
function anyCase(pattern: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[++i] ?? '');
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') depth--;
    // Inside a class both cases go in as they are; outside, a letter becomes a class of its two cases.
    if (depth > 0 && /\p{Ll}/u.test(c)) out += c + c.toUpperCase();
    else out += depth === 0 && /\p{Ll}/u.test(c) ? `[${c}${c.toUpperCase()}]` : c;
  }
  return out;
}

/** For each role label ("Spokesman", "SG"), the person the title or the text names in that role. */
export function findRoleNames(labels: string[], context: string, titleSpeakers: string[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const label of labels) {
    const alias = ROLE_ALIASES.find(([test]) => test.test(label.trim()));
    if (!alias) continue;
    // Another label of the same transcript that gives the office and the name: "Minister Vivian Balakrishnan".
    const fuller = labels.find((other) => other !== label && other.toLowerCase().startsWith(label.trim().toLowerCase() + ' ') && nameParts(other));
    if (fuller) {
      roles.set(label.toLowerCase(), nameParts(fuller)!.bare);
      continue;
    }
    const role = anyCase(alias[1]);
    const after = new RegExp(`${NAME},[ \\u00A0]+(?:[Tt]he[ \\u00A0]+)?(?:[\\p{L}-]+[ \\u00A0]+){0,3}?${role}`, 'u').exec(context);
    const before = new RegExp(`${role}\\s+${NAME}`, 'u').exec(context) ?? new RegExp(`${role}\\s+(\\p{Lu}[\\p{Ll}\\p{M}'’-]{2,})(?![\\p{L}])`, 'u').exec(context);
    const found = after?.[1] ?? before?.[1] ?? (titleSpeakers.length === 1 ? titleSpeakers[0] : undefined);
    if (found && nameParts(found)) roles.set(label.toLowerCase(), found);
  }
  return roles;
}
