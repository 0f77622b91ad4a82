// The glossary of organisations, forums, treaties, agreements, initiatives, principles and bodies.
// The data lives in corpus/glossary.json; corpus/glossary.schema.json describes it for editors and tests.
import { LANGUAGES, type Language } from './language';

export const ENTITY_KINDS = ['organisation', 'forum', 'treaty', 'agreement', 'initiative', 'principle', 'body', 'resolution'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface GlossaryEntry {
  id: string;
  name: string;
  aliases: string[];
  kind: EntityKind;
  summary: string;
  established?: string;
  inForce?: string;
  expires?: string;
  ended?: string;
  headquarters?: string;
  members?: string[];
  memberCount?: number;
  observers?: string[];
  partners?: string[];
  url: string;
  asOf: string;
  note?: string;
  parent?: string;
  /** Names per language, the official one first: `{ "ru": ["Шанхайская организация сотрудничества", "ШОС"] }`. */
  names?: Partial<Record<Language, string[]>>;
  /** A UN Security Council resolution's number: the matcher finds "resolution 1244", "резолюция 1244", "第1244号决议". */
  number?: number;
}

export interface GlossaryProblem {
  /** The entry's index in the file, or -1 for the file as a whole. */
  index: number;
  id: string | null;
  message: string;
}

const STRING_FIELDS = ['established', 'inForce', 'expires', 'ended', 'headquarters', 'note', 'parent'] as const;
const LIST_FIELDS = ['members', 'observers', 'partners'] as const;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * Checks one entry the way the JSON Schema does, and says what is wrong in words a user can act on.
 * (The schema itself serves editors through `jsonValidation`; this keeps the bundle free of a
 * schema engine while giving the same verdicts on the fields that matter.)
 */
export function checkEntry(value: unknown): { entry: GlossaryEntry | null; problems: string[] } {
  const problems: string[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { entry: null, problems: ['an entry must be an object'] };
  const v = value as Record<string, unknown>;
  for (const field of ['id', 'name', 'summary', 'url', 'asOf'] as const) {
    if (typeof v[field] !== 'string' || (v[field] as string).trim() === '') problems.push(`missing field "${field}" (a non-empty string)`);
  }
  if (typeof v.id === 'string' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v.id)) problems.push(`"id" must be lowercase words joined by hyphens, not "${v.id}"`);
  if (!ENTITY_KINDS.includes(v.kind as EntityKind)) problems.push(`"kind" must be one of ${ENTITY_KINDS.join(', ')}`);
  if (v.aliases !== undefined && !isStringList(v.aliases)) problems.push('"aliases" must be a list of strings');
  for (const field of STRING_FIELDS) if (v[field] !== undefined && typeof v[field] !== 'string') problems.push(`"${field}" must be a string`);
  for (const field of LIST_FIELDS) if (v[field] !== undefined && !isStringList(v[field])) problems.push(`"${field}" must be a list of strings`);
  if (v.names !== undefined) {
    if (v.names === null || typeof v.names !== 'object' || Array.isArray(v.names)) problems.push('"names" must be an object of lists, such as { "ru": ["…"], "zh": ["…"] }');
    else
      for (const [language, list] of Object.entries(v.names as Record<string, unknown>)) {
        if (!LANGUAGES.includes(language as Language)) problems.push(`"names" has the language "${language}"; use ${LANGUAGES.join(', ')}`);
        else if (!isStringList(list) || list.some((n) => n.trim() === '')) problems.push(`"names.${language}" must be a list of names`);
      }
  }
  if (v.number !== undefined && (!Number.isInteger(v.number) || (v.number as number) < 1)) problems.push('"number" must be a resolution number such as 1244');
  if (v.memberCount !== undefined && (!Number.isInteger(v.memberCount) || (v.memberCount as number) < 0)) problems.push('"memberCount" must be a whole number');
  for (const field of ['established', 'inForce', 'expires', 'ended', 'asOf'] as const) {
    if (typeof v[field] === 'string' && !DATE.test(v[field] as string)) problems.push(`"${field}" must be a date such as 2025-07-11, 2025-07 or 2025`);
  }
  if (typeof v.url === 'string' && !/^https?:\/\//.test(v.url)) problems.push('"url" must start with https:// or http://');
  if (problems.length > 0) return { entry: null, problems };
  return { entry: { ...(v as unknown as GlossaryEntry), aliases: (v.aliases as string[] | undefined) ?? [] }, problems };
}

/** Seats' city names in other languages, by English name: `{ "Vienna": { "ru": ["Вена"] } }`. */
export type PlaceNames = Record<string, Partial<Record<Language, string[]>>>;

export class Glossary {
  readonly entries: readonly GlossaryEntry[];
  readonly places: PlaceNames;
  private readonly byId: Map<string, GlossaryEntry>;

  constructor(entries: readonly GlossaryEntry[], places: PlaceNames = {}) {
    this.entries = entries;
    this.places = places;
    this.byId = new Map(entries.map((e) => [e.id, e]));
  }

  get(id: string): GlossaryEntry | undefined {
    return this.byId.get(id);
  }

  /** Reads `{ "entries": [...] }`; invalid entries are reported and left out, the rest apply. */
  static fromData(data: unknown): { glossary: Glossary; problems: GlossaryProblem[] } {
    const problems: GlossaryProblem[] = [];
    const list = (data as { entries?: unknown } | null)?.entries;
    if (!Array.isArray(list)) {
      return { glossary: new Glossary([]), problems: [{ index: -1, id: null, message: 'a glossary is an object with a list "entries"' }] };
    }
    const entries: GlossaryEntry[] = [];
    const seen = new Set<string>();
    list.forEach((value, index) => {
      const { entry, problems: found } = checkEntry(value);
      const id = typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : null;
      for (const message of found) problems.push({ index, id, message });
      if (!entry) return;
      if (seen.has(entry.id)) {
        problems.push({ index, id, message: `duplicate id "${entry.id}"; the first entry with it applies` });
        return;
      }
      seen.add(entry.id);
      entries.push(entry);
    });
    const places = (data as { places?: unknown }).places;
    return { glossary: new Glossary(entries, places !== null && typeof places === 'object' && !Array.isArray(places) ? (places as PlaceNames) : {}), problems };
  }

  /** Entries of `overrides` replace those with the same id and add the rest. */
  merge(overrides: readonly GlossaryEntry[]): Glossary {
    const byId = new Map(this.entries.map((e) => [e.id, e]));
    for (const entry of overrides) byId.set(entry.id, entry);
    return new Glossary([...byId.values()], this.places);
  }
}

/** The short name to show beside the full one: the first short alias written mostly in capitals ("SCO", "New START"). */
export function acronymOf(entry: GlossaryEntry): string | null {
  return entry.aliases.find(looksLikeAcronym) ?? null;
}

/** Short and written mostly in capitals: "SCO", "New START", "ШОС", "OTAN". */
function looksLikeAcronym(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const capitals = name.replace(/[^\p{Lu}]/gu, '');
  return name.length <= 12 && capitals.length >= 2 && capitals.length * 2 >= letters.length;
}

/** Every name an entry goes by, in every language: what the matcher looks for. */
export function allNames(entry: GlossaryEntry): string[] {
  const names = [entry.name, ...entry.aliases];
  for (const list of Object.values(entry.names ?? {})) if (list) names.push(...list);
  return [...new Set(names)];
}

/** The entry's names in one language (the official one first); English is its name and aliases. */
export function namesIn(entry: GlossaryEntry, language: Language): string[] {
  if (language === 'en') return [entry.name, ...entry.aliases, ...(entry.names?.en ?? [])];
  return entry.names?.[language] ?? [];
}

/** The entry's full name in a language, as the glossary gives it; English when it gives none. */
export function nameIn(entry: GlossaryEntry, language: Language): string {
  return (language !== 'en' && entry.names?.[language]?.[0]) || entry.name;
}

/** The entry's short name in a language (ШОС, OTAN; 上合组织 as the shortest Chinese one); null when the glossary gives none. */
export function acronymIn(entry: GlossaryEntry, language: Language): string | null {
  if (language === 'en') return acronymOf(entry);
  const names = entry.names?.[language];
  if (!names?.length) return null;
  if (language === 'zh') return names.length > 1 ? [...names.slice(1)].sort((a, b) => a.length - b.length)[0] : null;
  return names.slice(1).find(looksLikeAcronym) ?? null;
}

/** The year an entry dates from, for "Organisation · 2001". */
export function yearOf(entry: GlossaryEntry): string | null {
  return entry.established?.slice(0, 4) ?? null;
}
