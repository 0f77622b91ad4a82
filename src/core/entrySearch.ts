import Fuse from 'fuse.js';
import { allNames, type GlossaryEntry, type PlaceNames } from './glossary';
import { foldWord, LANGUAGES, stemWord } from './language';

/** Why an entry answers a query, for the picker's description. */
export interface EntryMatch {
  entry: GlossaryEntry;
  /** "name" (a name or acronym in any language), "member", "seat", "about" (its summary), "close" (a near spelling). */
  reason: 'name' | 'member' | 'seat' | 'about' | 'close';
  /** The member or seat that matched, in English as the card shows it ("Myanmar", "Vienna"). */
  detail?: string;
}


const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  VA: ['Holy See'],
  CV: ['Cabo Verde'],
  CG: ['Republic of the Congo', 'Congo'],
  CD: ['Democratic Republic of the Congo', 'DR Congo', 'DRC'],
  CI: ["Côte d'Ivoire", 'Ivory Coast'],
  TR: ['Türkiye', 'Turkey', 'Турция', 'Türkiye'],
  MM: ['Burma'],
  CZ: ['Czech Republic'],
  KR: ['Korea', 'Republic of Korea'],
  KP: ["Democratic People's Republic of Korea", 'DPRK'],
  US: ['USA', 'United States of America'],
  GB: ['Britain', 'Great Britain'],
  PS: ['State of Palestine'],
};

let countryTable: Map<string, string> | undefined;

/**
 * Folded country names in the five languages → ISO code, from the platform's own names
 * (`Intl.DisplayNames`): "Мьянма", "缅甸", "Birmania" and "Myanmar" are all MM.
 */
function countries(): Map<string, string> {
  if (countryTable) return countryTable;
  const table = new Map<string, string>();
  const add = (name: string, code: string) => {
    const key = foldWord(name.replace(/[’]/g, "'"));
    if (key && !table.has(key)) table.set(key, code);
  };
  const names = LANGUAGES.flatMap((language) => [new Intl.DisplayNames([language], { type: 'region' }), new Intl.DisplayNames([language], { type: 'region', style: 'short' })]);
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      for (const display of names) {
        let name: string | undefined;
        try {
          name = display.of(code);
        } catch {
          name = undefined;
        }
        if (!name || name === code || /^Unknown|^\d/.test(name)) continue;
        add(name, code);
        // "Myanmar (Burma)", "Мьянма (Бирма)": the name without its gloss, and the gloss.
        const gloss = /^(.*?)\s*\((.+)\)$/.exec(name);
        if (gloss) {
          add(gloss[1], code);
          add(gloss[2], code);
        }
      }
    }
  }
  for (const [code, list] of Object.entries(EXTRA_COUNTRY_NAMES)) for (const name of list) add(name, code);
  countryTable = table;
  return table;
}

/**
 * Finds glossary entries for the "Search Organisations & Agreements" picker: by any of their
 * names or acronyms in the five languages first, then by member state or seat named in any of
 * them ("Myanmar" → ASEAN, BIMSTEC…; "Вена" → OSCE, IAEA), then by a word of their summary, and
 * only then by a near spelling. A query that matches none of that matches nothing: loose
 * matches of noise are worse than an honest "no entry matches".
 */
export class EntrySearch {
  private readonly names: { entry: GlossaryEntry; folded: string }[] = [];
  private readonly byCountry = new Map<string, { entry: GlossaryEntry; as: 'member' | 'seat'; name: string }[]>();
  private readonly places = new Map<string, string>();
  private fuse: Fuse<{ entry: GlossaryEntry; name: string }> | undefined;

  constructor(
    private readonly entries: readonly GlossaryEntry[],
    placeNames: PlaceNames = {},
  ) {
    const table = countries();
    for (const entry of entries) {
      for (const name of allNames(entry)) this.names.push({ entry, folded: foldWord(name) });
      for (const member of [...(entry.members ?? []), ...(entry.observers ?? []), ...(entry.partners ?? [])]) {
        const code = table.get(foldWord(member.replace(/[’]/g, "'")));
        if (code) this.index(code, { entry, as: 'member', name: member });
      }
      if (entry.headquarters) {
        const [city, country] = entry.headquarters.split(/,\s*/);
        const code = country ? table.get(foldWord(country)) : undefined;
        if (code) this.index(code, { entry, as: 'seat', name: entry.headquarters });
        if (city) this.index(`city:${foldWord(city)}`, { entry, as: 'seat', name: entry.headquarters });
      }
    }
    for (const [english, byLanguage] of Object.entries(placeNames)) {
      this.places.set(foldWord(english), english);
      for (const list of Object.values(byLanguage)) for (const name of list ?? []) this.places.set(foldWord(name), english);
    }
  }

  private index(key: string, value: { entry: GlossaryEntry; as: 'member' | 'seat'; name: string }): void {
    const list = this.byCountry.get(key);
    if (!list) this.byCountry.set(key, [value]);
    else if (!list.some((v) => v.entry === value.entry && v.as === value.as)) list.push(value);
  }

  search(query: string, limit = 50): EntryMatch[] {
    const q = foldWord(query.trim().replace(/[’]/g, "'"));
    if (!q) return [];
    const out: EntryMatch[] = [];
    const seen = new Set<string>();
    const push = (match: EntryMatch) => {
      if (seen.has(match.entry.id)) return;
      seen.add(match.entry.id);
      out.push(match);
    };
    // Names: exact first, then names that start with the query, then names with a word that does.
    const exact = this.names.filter((n) => n.folded === q);
    const starts = q.length >= 2 ? this.names.filter((n) => n.folded.startsWith(q)) : [];
    const wordStarts = q.length >= 3 ? this.names.filter((n) => n.folded.split(/[\s'-]+/).some((w) => w.startsWith(q)) || (q.length >= 2 && /\p{Script=Han}/u.test(q) && n.folded.includes(q))) : [];
    for (const n of exact) push({ entry: n.entry, reason: 'name' });
    for (const n of starts.sort((a, b) => a.folded.length - b.folded.length)) push({ entry: n.entry, reason: 'name' });
    for (const n of wordStarts.sort((a, b) => a.folded.length - b.folded.length)) push({ entry: n.entry, reason: 'name' });
    // A member state or a seat, in any of the five languages.
    const places = this.placeMatches(q);
    for (const p of places) push(p);
    // Words of what it is or does ("nuclear tests", "grain"): each the start of a word of its summary or note.
    if (q.length >= 4 && out.length === 0) {
      const words = q.split(/\s+/).filter((w) => w.length >= 3).map((w) => new RegExp(`(?:^|[^\\p{L}])${stemWord(w, 'en').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
      if (words.length > 0)
        for (const entry of this.entries) {
          const about = foldWord(`${entry.summary} ${entry.note ?? ''}`);
          if (words.every((w) => w.test(about))) push({ entry, reason: 'about' });
        }
    }
    // Nothing found as typed: a near spelling of a name, a member or a seat ("Myanmr" → Myanmar).
    if (out.length === 0 && q.length >= 3) {
      for (const p of this.placeMatches(this.closestPlace(q) ?? '')) push(p);
      this.fuse ??= new Fuse(
        this.names.map((n) => ({ entry: n.entry, name: n.folded })),
        { keys: ['name'], threshold: 0.25, ignoreLocation: true, includeScore: true },
      );
      for (const r of this.fuse.search(q, { limit })) push({ entry: r.item.entry, reason: 'close' });
    }
    return out.slice(0, limit);
  }

  private placeMatches(q: string): EntryMatch[] {
    if (!q) return [];
    const out: EntryMatch[] = [];
    const code = countries().get(q);
    if (code) for (const v of this.byCountry.get(code) ?? []) out.push({ entry: v.entry, reason: v.as, detail: v.name });
    const city = this.places.get(q) ?? (this.byCountry.has(`city:${q}`) ? q : undefined);
    if (city) for (const v of this.byCountry.get(`city:${foldWord(city)}`) ?? []) out.push({ entry: v.entry, reason: 'seat', detail: v.name });
    // Members first, then seats; within each, the glossary's order.
    return out.sort((a, b) => (a.reason === b.reason ? 0 : a.reason === 'member' ? -1 : 1));
  }

  /** The country or seat name closest to a mistyped one, if one is close enough. */
  private closestPlace(q: string): string | null {
    const candidates = [...countries().keys(), ...this.places.keys()].filter((k) => Math.abs(k.length - q.length) <= 2 && k[0] === q[0]);
    if (candidates.length === 0) return null;
    const best = new Fuse(candidates, { threshold: 0.25, includeScore: true }).search(q, { limit: 1 })[0];
    return best ? best.item : null;
  }
}
