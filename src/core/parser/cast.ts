// Who is who in a transcript: which labelled speakers are the officials who give remarks and
// answer, which are questioners, which only moderate; and one canonical name for each person.

import type { TurnRole } from '../model';
import { classifyLabel, type SpeakerLabel } from './labels';
import { findRoleNames, nameParts, resolveSpeakerNames, samePerson } from './speakers';

export interface CastTurn {
  label: SpeakerLabel | null;
  continued: boolean;
  /** Its words; counting them costs a look at every character, so only when needed. */
  words(): number;
  /** The turn's opening words. */
  opening: string;
}

// A journalist names their outlet before asking: "Наталья Бреус, «Первый информационный»",
// "Ramón Flores, corresponsal de Contrapeso Digital", "Anna Pyzh, ONT TV", "John Smith from Reuters".
const INTRO_NAME = /^(?:[^.!?]{0,80}[.!?]\s*)?(?:(?:[Ii] am|I'm|[Mm]y name is|[Мм]еня зовут|[Ss]oy|[Jj]e suis)\s+)?\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+(?:,\s*|\s+(?:from|de|del|из)\s+)(.{0,60})/u;
const INTRO_OUTLET = /«|агентств|телеканал|газет|радио|информационн|РИА|ТАСС|канал|издани|корреспондент|news|agency|television|\bTV\b|channel|newspaper|radio|daily|times|post|reuters|bloomberg|corresponsal|reporter[oa]?|periódico|periodico|diario|revista|noticias|televisión|journal|chaîne|quotidien|média/iu;

function introducesOutlet(opening: string): boolean {
  const m = INTRO_NAME.exec(opening);
  return m !== null && INTRO_OUTLET.test(m[1]);
}

/** What the front matter's `transcript:` key and the text around the labels tell about the speakers. */
export interface SpeakerHints {
  /** Printed label → the person's name ("MS. PSAKI" → "Jen Psaki"), lower-cased keys. */
  overrides: Map<string, string>;
  officials: string[];
  questioners: string[];
  /** Title, header and opening text, where full names and roles are spelt out. */
  context: string;
}

export interface Cast {
  roleOf(turn: CastTurn, inExchange: boolean): { role: TurnRole; speaker: string | null };
  isOfficial(name: string): boolean;
}


export function castSpeakers(turns: CastTurn[], titleSpeakers: string[], hints: SpeakerHints): Cast {
  const labelled = turns.filter((t) => t.label && !t.continued);
  const namedLabels = [...new Set(labelled.filter((t) => t.label!.kind === 'named').map((t) => t.label!.name))];
  const official = new Set<string>();
  const questioner = new Set<string>();
  // Whoever introduces themselves with an outlet on taking the floor is a journalist.
  const isQuestionKind = (t: CastTurn | undefined) =>
    !!t?.label && !t.continued && (t.label.kind === 'question' || t.label.kind === 'outlet' || (t.label.kind === 'named' && questioner.has(t.label.name)));
  const explicitQuestions = labelled.some((t) => t.label!.kind === 'question');
  const listed = (list: string[], name: string) => list.some((n) => samePerson(n, name) || samePerson(n, hints.overrides.get(name.toLowerCase()) ?? name));
  const roles = findRoleNames(namedLabels, hints.context, titleSpeakers);
  const personOf = (name: string) => hints.overrides.get(name.toLowerCase()) ?? roles.get(name.toLowerCase()) ?? name;
  const inTitle = (name: string) => titleSpeakers.some((s) => samePerson(personOf(name), s));

  for (const t of labelled) if (t.label!.kind === 'named' && introducesOutlet(t.opening) && !inTitle(t.label!.name)) questioner.add(t.label!.name);
  const moderator = new Set<string>();
  // "Mark Bendeich (Reuters)" once, "Bendeich" after: the same journalist.
  const journalists = labelled.filter((t) => t.label!.kind === 'outlet' && t.label!.outlet && classifyLabel(t.label!.name) !== 'question').map((t) => t.label!.name);
  for (const name of namedLabels) {
    if (questioner.has(name)) continue;
    if (listed(hints.questioners, name) || listed(journalists, name)) questioner.add(name);
    else if (listed(hints.officials, name) || inTitle(name)) official.add(name);
  }

  // Per named speaker: how often they speak right after a question, right before one, and how much.
  // Words are summed only when asked (`wordsOf`): most texts settle their speakers without them.
  const stats = new Map<string, { turns: number; afterQuestion: number; beforeQuestion: number; said: CastTurn[]; saidBeforeFirstQuestion: CastTurn[]; asks: number; words?: number }>();
  const wordsIn = (said: CastTurn[]) => said.reduce((n, t) => n + t.words(), 0);
  const wordsOf = (name: string) => {
    const s = stats.get(name)!;
    return (s.words ??= wordsIn(s.said));
  };
  let questionSeen = false;
  turns.forEach((turn, i) => {
    if (isQuestionKind(turn)) questionSeen = true;
    if (turn.label?.kind !== 'named' || turn.continued) return;
    const s = stats.get(turn.label.name) ?? { turns: 0, afterQuestion: 0, beforeQuestion: 0, said: [], saidBeforeFirstQuestion: [], asks: 0 };
    s.turns++;
    if (/[?？]/u.test(turn.opening)) s.asks++;
    s.said.push(turn);
    if (isQuestionKind(turns[i - 1])) s.afterQuestion++;
    // Giving the floor, or closing the event, is what a chair does.
    if (isQuestionKind(turns[i + 1]) || i === turns.length - 1) s.beforeQuestion++;
    if (!questionSeen) s.saidBeforeFirstQuestion.push(turn);
    stats.set(turn.label.name, s);
  });
  // A chair who only gives the floor ("Next question, please") is neither asking nor answering.
  const looksLikeModerator = (name: string) => {
    const s = stats.get(name)!;
    if (s.turns === 1) return s.beforeQuestion === 1 && s.afterQuestion === 0 && wordsOf(name) <= 40;
    // Or one who never answers a question and only says a few words each time, again and again.
    if (s.turns >= 3 && s.afterQuestion === 0 && wordsOf(name) / s.turns <= 25) return true;
    return s.beforeQuestion / s.turns >= 0.6 && s.afterQuestion / s.turns <= 0.25 && wordsOf(name) / s.turns <= 60;
  };

  /** +1 each time a speaker takes the floor after a question, -1 each time an official answers them. */
  const answeredVotes = () => {
    const votes = new Map<string, number>();
    turns.forEach((turn, i) => {
      const name = turn.label?.kind === 'named' && !turn.continued ? turn.label.name : null;
      if (!name || official.has(name) || questioner.has(name)) return;
      const next = turns[i + 1]?.label;
      let vote = 0;
      if (isQuestionKind(turns[i - 1])) vote = 1;
      else if (next?.kind === 'named' && official.has(next.name)) vote = -1;
      votes.set(name, (votes.get(name) ?? 0) + vote);
    });
    return votes;
  };

  const undecided = namedLabels.filter((n) => !official.has(n) && !questioner.has(n));
  if (explicitQuestions) {
    // Questions are labelled as such: the named speakers answer, unless they only give the floor.
    // Still, one who speaks after an official's answer and is answered in turn, without opening remarks, asks.
    const votes = answeredVotes();
    for (const name of undecided) {
      if (looksLikeModerator(name)) moderator.add(name);
      else if ((votes.get(name) ?? 0) < 0 && wordsIn(stats.get(name)!.saidBeforeFirstQuestion) < 40) questioner.add(name);
      else official.add(name);
    }
  } else {
    // A chair who gives the floor to each outlet in turn is neither asking nor answering.
    for (const name of undecided) if (looksLikeModerator(name) && !inTitle(name)) moderator.add(name);
    // Questioners are named (outlets, journalists): the title's speakers, or else the most frequent
    // speaker, answer; so does whoever takes the floor after a question or opens with long remarks.
    if (official.size === 0) {
      // The one who says the most answers: questions are short, answers long.
      // Interviews: the one who asks less and says more answers.
      const asking = (s: { asks: number; turns: number }) => Math.round((4 * s.asks) / s.turns);
      const mostFrequent = [...stats.entries()].filter(([n]) => !questioner.has(n)).sort((a, b) => asking(a[1]) - asking(b[1]) || wordsOf(b[0]) - wordsOf(a[0]) || b[1].turns - a[1].turns)[0]?.[0];
      if (mostFrequent && !questioner.has(mostFrequent)) official.add(mostFrequent);
    }
    const votes = answeredVotes();
    for (const name of undecided) {
      if (moderator.has(name)) continue;
      const vote = votes.get(name) ?? 0;
      if (vote > 0 || (vote >= 0 && wordsIn(stats.get(name)!.saidBeforeFirstQuestion) >= 40)) official.add(name);
      else questioner.add(name);
    }
  }

  const officialNames = [...official];
  const names = resolveSpeakerNames(
    [...officialNames, ...[...moderator]],
    [...titleSpeakers, ...hints.officials, ...namesAround(hints.context, [...officialNames, ...moderator])],
    hints.overrides,
    roles,
  );
  // Unlabelled opening remarks belong to the person the title names.
  // A title names its speaker in whatever case its grammar needs ("…Министра С.В.Лаврова"): where a
  // label names the same person, the label's form (the nominative) is the name.
  const titleOnly = titleSpeakers.filter((t) => !officialNames.some((o) => samePerson(personOf(o), t)));
  const titleNames = resolveSpeakerNames([...officialNames, ...titleOnly], [...titleSpeakers, ...hints.officials], hints.overrides, roles);
  const defaultSpeaker = titleSpeakers[0] ? titleNames.canonical(titleSpeakers[0]) : officialNames.length === 1 ? names.canonical(officialNames[0]) : null;
  const canonicalOfficials = new Set(officialNames.map((n) => names.canonical(n)));
  if (defaultSpeaker) canonicalOfficials.add(defaultSpeaker);
  const soleOfficial = canonicalOfficials.size === 1 ? [...canonicalOfficials][0] : titleSpeakers.length === 1 ? defaultSpeaker : null;

  return {
    isOfficial: (name) => canonicalOfficials.has(name),
    roleOf(turn, inExchange) {
      const principalRole: TurnRole = inExchange ? 'answer' : 'remarks';
      const label = turn.label;
      if (!label) return { role: principalRole, speaker: defaultSpeaker };
      switch (label.kind) {
        case 'question':
          return { role: 'question', speaker: null };
        case 'outlet':
          // "Question [Reuters]" is Reuters asking; "Jane Doe (Reuters)" is Jane Doe.
          return { role: 'question', speaker: label.outlet && classifyLabel(label.name) === 'question' ? label.outlet : label.name };
        case 'answer':
          return { role: 'answer', speaker: soleOfficial };
        case 'moderator':
          return { role: 'remarks', speaker: label.name };
        case 'remark':
          return { role: 'remarks', speaker: null };
        case 'named':
          if (official.has(label.name)) return { role: principalRole, speaker: names.canonical(label.name) };
          if (moderator.has(label.name)) return { role: 'remarks', speaker: names.canonical(label.name) };
          return { role: 'question', speaker: hints.overrides.get(label.name.toLowerCase()) ?? label.name };
      }
    },
  };
}

/**
 * Full names the title and opening lines spell out around a label's surname: "Advisor Jake Sullivan"
 * gives "Jake Sullivan" for "MR. SULLIVAN"; "President Yoon Suk Yeol" gives "Yoon Suk Yeol" for "PRESIDENT YOON".
 */
function namesAround(context: string, labels: string[]): string[] {
  const found: string[] = [];
  const word = "\\p{Lu}[\\p{Ll}\\p{M}'’-]+";
  for (const label of labels) {
    const parts = nameParts(label);
    if (!parts || parts.given.length > 0 || parts.surname.length < 2) continue;
    const surname = /[\p{L}-]+$/u.exec(parts.bare)?.[0] ?? '';
    if (surname.length < 2) continue;
    const capitalized = surname.toLowerCase().replace(/^./u, (c) => c.toUpperCase());
    // Neither spelling anywhere in the context: no name around it, and two long patterns spared.
    if (!context.includes(surname) && !context.includes(capitalized)) continue;
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const any = `(?:${escape(surname)}|${escape(capitalized)})`;
    const before = new RegExp(`(?<![\\p{L}])((?:${word}(?:[ \\u00A0]+\\p{Lu}\\.)?[ \\u00A0]+){1,2})${any}(?![\\p{L}])`, 'gu');
    for (const m of context.matchAll(before)) {
      const tokens = m[1].trim().split(/[ \u00A0]+/).filter((t) => !HONORIFIC_WORD.test(t));
      if (tokens.length) found.push(`${tokens.join(' ')} ${m[0].slice(m[1].length)}`);
    }
    // Family name first (Korean, Japanese, Chinese names written in Latin letters).
    const after = new RegExp(`(?<![\\p{L}])${any}((?:[ \\u00A0]+${word}){1,2})(?![\\p{L}])`, 'gu');
    for (const m of context.matchAll(after)) found.push(m[0]);
  }
  return found;
}

const HONORIFIC_WORD = /^(?:Mr|Ms|Mrs|Dr|President|Secretary|Minister|Advisor|Adviser|Ambassador|Spokesperson|Spokesman|Press|Prime|Foreign|General|Senator|Governor|Chancellor|Director|Deputy|Vice|National|Security|State|Chairman|Premier|King|Queen|Prince|Sheikh|Emir|Президент|Министр|Presidente|Presidenta|Président|Ministre|Secretario|Secretaria|Canciller)\.?$/u;
