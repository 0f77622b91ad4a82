import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { renderCard } from '../../src/core/card';
import { firstUseProblems } from '../../src/core/drafting';
import { EntityMatcher } from '../../src/core/entityMatcher';
import { EntrySearch } from '../../src/core/entrySearch';
import { Glossary } from '../../src/core/glossary';
import { documentLanguage } from '../../src/core/documentLanguage';
import { detectLanguage, MARKERS } from '../../src/core/language';
import { TranscriptParser } from '../../src/core/parser/transcriptParser';
import { SearchIndex, type SearchDocument } from '../../src/core/search/searchIndex';
import { readRepoFile, repoRoot } from './helpers';

const glossary = Glossary.fromData(JSON.parse(readRepoFile('corpus', 'glossary.json'))).glossary;
const matcher = new EntityMatcher(glossary.entries);
const ids = (text: string) => matcher.matchLine(text).map((m) => `${m.entryId}:${m.text}`);

// Every sentence below is copied from a published transcript; where from is said beside it.
const KREMLIN_LUKASHENKO = 'test/fixtures/real/kremlin-2025-03-13-putin-lukashenko-press-conference-ru.txt';
const MID_PANAJI = 'corpus/transcripts/2023-05-05-lavrov-panaji-sco.ru.txt';

describe('the language of a transcript', () => {
  it('is read right for every real transcript of the development corpus', () => {
    const dir = join(repoRoot, 'test', 'fixtures', 'real');
    const parser = new TranscriptParser();
    let checked = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.expected.json'))) {
      const expected = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { language: string; file?: string };
      const stem = name.slice(0, -'.expected.json'.length);
      const file = expected.file ? join(dir, expected.file) : join(dir, readdirSync(dir).find((n) => n.startsWith(`${stem}.`) && !n.endsWith('.json'))!);
      const text = readFileSync(file, 'utf8');
      assert.equal(parser.parse(text, { fileName: file }).language, expected.language, name);
      // As the hover reads an open document: front matter, a page's main text, or the text.
      assert.equal(documentLanguage(text), expected.language, `${name} as a document`);
      checked++;
    }
    assert.ok(checked >= 30);
  });

  it('is what front matter says, when it says', () => {
    const parsed = new TranscriptParser().parse('---\nlang: fr\n---\nRemarks by the President\n\nThank you all.\n');
    assert.equal(parsed.language, 'fr');
    assert.equal(new TranscriptParser().parse(readRepoFile(MID_PANAJI)).language, 'ru');
    assert.equal(detectLanguage('La OEA se atrevió a llamar al resto de los países de la región.'), 'es');
    assert.equal(detectLanguage("Nous aurons en décembre un sommet avec l'Union africaine et les membres du bureau."), 'fr');
  });

  it('counts whole words only, in any case: a marker inside a longer or accented word is not one', () => {
    assert.equal(detectLanguage('LOS DEL Y EL the'), 'es');
    assert.equal(detectLanguage('Lesé lesé lesé, the'), 'en');
    assert.equal(detectLanguage('queso queso queso; the.'), 'en');
    assert.equal(detectLanguage('andthe, thewe: nous-les'), 'fr');
  });

  it('reads marker words as toLowerCase and a split at every other character would, whatever character stands in them', () => {
    // The plain way `detectLanguage` avoids for speed: a lower-case copy split into words.
    const byWords = (text: string): string => {
      const n = { en: 0, es: 0, fr: 0 };
      for (const w of text.toLowerCase().split(/[^a-zà-ÿ]+/)) for (const l of ['en', 'es', 'fr'] as const) if (MARKERS[l].has(w)) n[l]++;
      return n.es > n.en && n.es > n.fr ? 'es' : n.fr > n.en && n.fr >= n.es ? 'fr' : 'en';
    };
    const differ: string[] = [];
    for (let code = 0; code < 0x400; code++) {
      const c = String.fromCharCode(code);
      // Each text turns on whether the character is read as a letter of the word beside it or between words.
      for (const text of [`le le${c} the${c} the${c}`, `le ${c}le ${c}the ${c}the`, `the el${c} y${c}`, `THE ${c}EL ${c}Y`, `l${c}s the`]) {
        if (detectLanguage(text) !== byWords(text)) differ.push(`U+${code.toString(16)}: ${text}`);
      }
    }
    for (const text of ['LE\u0130S les the', 'le\u0178 le the the', 'the y\u212A y\u212A', 'le le\u212B the the']) if (detectLanguage(text) !== byWords(text)) differ.push(text);
    assert.deepEqual(differ, []);
  });
});

describe('names in Russian', () => {
  it('are found in every case, acronyms as written', () => {
    // kremlin.ru, 13 March 2025 (CC BY 4.0)
    assert.deepEqual(
      ids(
        'Наши государства выступают с общих позиций по большинству глобальных и региональных проблем, успешно взаимодействуют в СНГ и ОДКБ, оказывают друг другу товарищеское содействие и на других многосторонних площадках, в частности, в рамках Шанхайской организации сотрудничества, куда Беларусь при содействии России вступила в качестве полноправного участника в июле прошлого года.',
      ),
      ['cis:СНГ', 'csto:ОДКБ', 'sco:Шанхайской организации сотрудничества'],
    );
    assert.deepEqual(
      ids('Владимир Владимирович, я Вам очень благодарен за то, что Вы сделали всё, что обещали и не обещали по вступлению нашей страны в Шанхайскую организацию сотрудничества и практически в БРИКС.'),
      ['sco:Шанхайскую организацию сотрудничества', 'brics:БРИКС'],
    );
    // kremlin.ru, 17 March 2025
    assert.deepEqual(ids('Мы осуществляем координацию по ключевым направлениям и на основных международных площадках: ОДКБ, ШОС, Содружество Независимых Государств.'), [
      'csto:ОДКБ',
      'sco:ШОС',
      'cis:Содружество Независимых Государств',
    ]);
    // mid.ru, Denpasar, 8 July 2022: the G20 in the genitive, in quotation marks.
    assert.deepEqual(ids('В ходе дискуссии западные коллеги не следовали мандату «Группы двадцати»: регулирование вопросов мировой экономики, достижение договорённостей по принятию в рамках ООН решений, связанных с устойчивым развитием.'), [
      'g20:Группы двадцати',
      'un:ООН',
    ]);
  });

  it('are found in all six cases and in the plural, and not in a lower-case common word', () => {
    const cases = ['Европейский союз', 'Европейского союза', 'Европейскому союзу', 'Европейским союзом', 'Европейском союзе', 'Евросоюзу', 'Евросоюзом'];
    for (const form of cases) assert.deepEqual(ids(`Речь идёт о ${form} и его решениях.`), [`eu:${form}`], form);
    const csto = ['Организация Договора о коллективной безопасности', 'Организации Договора о коллективной безопасности', 'Организацию Договора о коллективной безопасности', 'Организацией Договора о коллективной безопасности'];
    for (const form of csto) assert.deepEqual(ids(`${form} — это тема.`), [`csto:${form}`], form);
    assert.deepEqual(ids('Группе двадцати'), ['g20:Группе двадцати']);
    // mid.ru, Denpasar, 8 July 2022: the stemmer cuts "Устав" to "уста" but "Уставе" to "устав"; both are the Charter.
    assert.deepEqual(
      ids('Первая – кризис многосторонности и необходимость принятия всех мер для его преодоления и возвращения к принципам, заложенным в Уставе ООН, прежде всего, суверенного равенства государств и решения всех проблем на основе договорённостей.'),
      ['un-charter:Уставе ООН'],
    );
    for (const form of ['Устав ООН', 'Устава ООН', 'Уставом ООН']) assert.deepEqual(ids(form), [`un-charter:${form}`]);
    assert.deepEqual(ids('Объединённых Наций и Организации Объединенных Наций'), ['un:Организации Объединенных Наций']);
    // "вас" is "you", not the East Asia Summit's acronym ВАС.
    assert.deepEqual(ids('Я вас понимаю. Вас это устраивает?'), []);
  });

  it('spell out an acronym on first use in Russian, not in English', () => {
    const problems = firstUseProblems('Министры ШОС встретились. Шанхайская организация сотрудничества растёт.', matcher, glossary, 'ru');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].expansion, 'Шанхайская организация сотрудничества (ШОС)');
  });
});

describe('names in Chinese', () => {
  it('are found in text without spaces, as whole words', () => {
    // fmprc.gov.cn, 3 April 2024
    assert.deepEqual(ids('我们呼吁冲突各方切实执行联合国安理会第2728号决议，立即停火止战，全力避免无辜平民伤亡，尽快重返以“两国方案”为基础政治解决巴勒斯坦问题的正确轨道。'), [
      'unsc-resolution-2728:联合国安理会第2728号决议',
      'two-state-solution:两国方案',
    ]);
    assert.deepEqual(ids('安理会第2231号决议'), ['unsc-resolution-2231:安理会第2231号决议']);
    // fmprc.gov.cn, 20 November 2023
    assert.deepEqual(ids('关于南海问题，中国和东盟国家有能力、有信心、有智慧处理好这个问题。'), ['asean:东盟']);
    // fmprc.gov.cn, 5 July 2017
    assert.deepEqual(ids('联合国安理会有关决议对朝鲜利用弹道导弹技术进行发射活动有明确规定。'), ['unsc:联合国安理会']);
    // Not a name: "东北约有三百人" ("the northeast has about three hundred people") holds 北约 only across two words.
    assert.deepEqual(ids('东北约有三百人'), []);
    // xinhuanet.com, Wang Yi's press conference, 24 May 2020
    assert.deepEqual(ids('世卫组织是联合国专门机构,在协调全球公共卫生事业方面发挥着核心作用。'), ['who:世卫组织', 'un:联合国']);
    // The MFA spokesperson, 2023, as reprinted from the ministry's site (mna.net.cn/news/guoji/2023-05-05/441101_4.html)
    assert.deepEqual(ids('北约持续东进亚太、干预地区事务,势必破坏地区和平稳定,促推阵营对抗,应引起地区国家高度警惕。'), ['nato:北约']);
    // Xinhua, 17 December 2018 (news.fjsen.com/2018-12/18/content_21793535.htm)
    assert.deepEqual(ids('安理会第1244号决议是解决科索沃问题的重要法律基础。'), ['unsc-resolution-1244:安理会第1244号决议']);
    // The MFA spokesperson, 6 January 2025, as reprinted (macaumonthly.net/news/guoji/2025-01-07/449055_4.html)
    assert.deepEqual(
      ids('中国作为上合组织轮值主席国,将把“弘扬‘上海精神’:上合组织在行动”的口号落到实处,深化成员国在政治、安全、经济、人文各领域合作,携手构建更加紧密的上合组织命运共同体。'),
      ['sco:上合组织', 'sco:上合组织', 'sco:上合组织'],
    );
  });
});

describe('names in Spanish and French', () => {
  it('are found with their articles and accents, acronyms as written', () => {
    // gob.mx, 10 June 2025
    assert.deepEqual(ids('Ahora que fueron las elecciones judiciales vimos a una Organización de Estados Americanos muy activa en contra de este modelo de democratización del Poder Judicial en México.'), [
      'oas:Organización de Estados Americanos',
    ]);
    assert.deepEqual(ids('la Organización de los Estados Americanos'), ['oas:Organización de los Estados Americanos']);
    // gob.mx, 8 November 2024
    assert.deepEqual(
      ids('El G20 está integrado por 19 países y la Unión Europea, de ahí surgió el número 20, pero el año pasado se incorporó también —y qué bueno que así fue— la Unión Africana, entonces en un sentido estricto habría ya 21 participantes.'),
      ['g20:G20', 'eu:Unión Europea', 'african-union:Unión Africana'],
    );
    // vie-publique.fr (Élysée), 16 October 2020
    assert.deepEqual(ids("Nous aurons en décembre un sommet avec l'Union africaine et les membres du bureau."), ['african-union:Union africaine']);
    assert.deepEqual(ids('l’OTAN, la ONU, les Nations unies'), ['nato:OTAN', 'un:ONU', 'un:Nations unies']);
    // diplomatie.gouv.fr (Jean-Noël Barrot, 2025): the bare "Conseil de sécurité" is the UN's.
    assert.deepEqual(
      ids('Le 24 février dernier, le Conseil de sécurité a adopté une résolution américaine, la résolution 2774, et je veux la citer pour rappel : "le Conseil de sécurité demande instamment qu’il soit mis fin au conflit dans les plus brefs délais".'),
      ['unsc:Conseil de sécurité', 'unsc-resolution-2774:résolution 2774', 'unsc:Conseil de sécurité'],
    );
  });
});

describe('Security Council resolutions', () => {
  it('are found by number in every language, with their own card where the glossary has one', () => {
    assert.deepEqual(ids('Resolution 2231 (2015) and UNSC resolution No. 1244'), ['unsc-resolution-2231:Resolution 2231 (2015)', 'unsc-resolution-1244:UNSC resolution No. 1244']);
    assert.deepEqual(ids('the UN Security Council and Security Council resolution 2254'), ['unsc:UN Security Council', 'unsc-resolution-2254:Security Council resolution 2254']);
    assert.deepEqual(ids('в соответствии с резолюцией СБ ООН 2202'), ['unsc-resolution-2202:резолюцией СБ ООН 2202']);
    assert.deepEqual(ids('la résolution 242 et la resolución 1325'), ['unsc-resolution-242:résolution 242', 'unsc-resolution-1325:resolución 1325']);
    // A number the glossary has no entry for is still a resolution; a General Assembly resolution is not one.
    assert.deepEqual(ids('resolution 2417 and resolution 68/262'), ['unsc-resolution:resolution 2417']);
    // The General Assembly's resolution 2758, which Chinese texts cite constantly, is spelled out in the glossary and wins.
    assert.deepEqual(ids('UNGA Resolution 2758 and resolution 2231'), ['unga-resolution-2758:UNGA Resolution 2758', 'unsc-resolution-2231:resolution 2231']);
    assert.deepEqual(ids('根据联大第2758号决议'), ['unga-resolution-2758:联大第2758号决议']);
    const card = renderCard(glossary.get('unsc-resolution')!, { mentionText: 'resolution 2417' });
    assert.match(card, /\*\*Resolution 2417\*\*/);
    assert.match(card, /S\/RES\/2417/);
  });
});

describe('cards in the reader’s language', () => {
  it('put the name in the document’s language first and keep the English summary', () => {
    const sco = glossary.get('sco')!;
    const ru = renderCard(sco, { language: 'ru' });
    assert.match(ru, /^\*\*Шанхайская организация сотрудничества\*\* \(ШОС\) {2}\nShanghai Cooperation Organisation \(SCO\)/);
    assert.ok(ru.includes(sco.summary.slice(0, 40).replace(/[.()-]/g, (c) => `\\${c}`)) || ru.includes('Eurasian intergovernmental organisation'));
    assert.match(renderCard(sco, { language: 'zh' }), /^\*\*上海合作组织\*\* \(上合组织\)/);
    // An entry without a name in that language shows the English one, untranslated.
    const noNames = { ...sco, names: undefined };
    assert.match(renderCard(noNames, { language: 'fr' }), /^\*\*Shanghai Cooperation Organisation\*\* \(SCO\)/);
  });

  it('exist for at least 180 entries, each with a source and an as-of date and names in other languages', () => {
    assert.ok(glossary.entries.length >= 180, `${glossary.entries.length}`);
    const withNames = glossary.entries.filter((e) => e.names && Object.keys(e.names).length > 0);
    assert.ok(withNames.length / glossary.entries.length > 0.95, `${withNames.length}`);
    for (const id of ['unsc', 'osce']) assert.ok(glossary.get(id)!.established, id);
  });
});

describe('finding an entry', () => {
  const finder = new EntrySearch(glossary.entries, glossary.places);
  const found = (q: string, n = 5) => finder.search(q, n).map((m) => m.entry.id);

  it('by name or acronym in any language, exact first', () => {
    assert.equal(found('SCO')[0], 'sco');
    assert.equal(found('ШОС')[0], 'sco');
    assert.equal(found('上合组织')[0], 'sco');
    assert.equal(found('OTAN')[0], 'nato');
    assert.equal(found('Naciones Unidas')[0], 'un');
  });

  it('by member or seat in any language', () => {
    for (const q of ['Myanmar', 'Мьянма', '缅甸', 'Birmania']) {
      const list = found(q, 50);
      for (const id of ['asean', 'bimstec', 'rcep']) assert.ok(list.includes(id), `${q} → ${id}`);
    }
    for (const q of ['Вена', 'Vienna', 'Viena', '维也纳']) {
      const list = found(q, 50);
      for (const id of ['osce', 'iaea']) assert.ok(list.includes(id), `${q} → ${id}`);
    }
  });

  it('by a near spelling only when nothing matches as typed, and nothing for noise', () => {
    assert.deepEqual(found('Myanmr', 3), found('Myanmar', 3));
    assert.deepEqual(found('xqzvw'), []);
  });
});

describe('search in every language', () => {
  const doc = (file: string, language: SearchDocument['language'], texts: string[]): SearchDocument => ({
    file,
    title: file,
    place: null,
    date: null,
    language,
    paragraphs: texts.map((text, line) => ({ text, line, endLine: line, speaker: null, section: 'Q1' })),
  });
  const lukashenko = readRepoFile(KREMLIN_LUKASHENKO)
    .split('\n')
    .filter((l) => l.trim());
  const index = SearchIndex.build([
    doc('ru.txt', 'ru', lukashenko),
    doc('zh.txt', 'zh', [
      '我们呼吁冲突各方切实执行联合国安理会第2728号决议，立即停火止战，全力避免无辜平民伤亡，尽快重返以“两国方案”为基础政治解决巴勒斯坦问题的正确轨道。',
      '关于南海问题，中国和东盟国家有能力、有信心、有智慧处理好这个问题。',
      '世卫组织是联合国专门机构,在协调全球公共卫生事业方面发挥着核心作用。',
    ]),
    // White House, 22 June 2011 (public domain); the UN's name for its 1267 committee.
    doc('en.txt', 'en', [
      'In particular, the Taliban was -- had taken the initiative in Afghanistan and was controlling more territory, and al Qaeda had established a safe haven in Pakistan from which it was plotting attacks against the United States.',
      "The Security Council Committee pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) concerning ISIL (Da'esh), Al-Qaida and associated individuals, groups, undertakings and entities.",
      'We, for our part, will further support governments of Syria, Iraq and other regional states in countering extremists.',
    ]),
    doc('es.txt', 'es', ['Incluso, la OEA se atrevió a llamar al resto de los países de la región a que no copien o no repliquen el modelo que estamos aplicando en México.']),
  ]);
  const top = (q: string) => index.search(q, { limit: 5 }).results;

  it('finds Russian names in any case form', () => {
    for (const q of ['Шанхайская организация сотрудничества', 'шанхайскую организацию', 'ШОС']) {
      const hits = top(q);
      assert.ok(hits.length > 0, q);
      assert.ok(/Шанхайск|ШОС/.test(lukashenko[hits[0].line]), `${q}: ${lukashenko[hits[0].line].slice(0, 80)}`);
    }
  });

  it('finds Chinese words written without spaces', () => {
    assert.equal(top('安理会')[0]?.file, 'zh.txt');
    assert.equal(top('东盟')[0]?.line, 1);
    assert.equal(top('世卫组织')[0]?.line, 2);
    assert.equal(top('世卫组织')[0]?.file, 'zh.txt');
  });

  it('finds an organisation named in the query under any of its names, the words as typed first', () => {
    const texts = [
      // kremlin.ru, 13 March 2025; fmprc.gov.cn (Yang Jiechi, Munich, 16 February 2019); kremlin.ru, 17 March 2025
      'Владимир Владимирович, я Вам очень благодарен за то, что Вы сделали всё, что обещали и не обещали по вступлению нашей страны в Шанхайскую организацию сотрудничества и практически в БРИКС.',
      '二十国集团、亚太经合组织、金砖国家、上海合作组织、亚欧会议等秉持多边主义核心原则，开展了富有成效的国际合作。',
      'Мы осуществляем координацию по ключевым направлениям и на основных международных площадках: ОДКБ, ШОС, Содружество Независимых Государств.',
    ];
    const documents = texts.map((text, i) => {
      const d = doc(`t${i}.txt`, i === 1 ? 'zh' : 'ru', [text]);
      d.paragraphs[0].entities = [...new Set(matcher.matchLine(text).map((m) => m.entryId))];
      return d;
    });
    const withNames = SearchIndex.build(documents);
    const names = (text: string) => matcher.matchLine(text);
    const files = (q: string) => withNames.search(q, {}, names).results.map((h) => h.file);
    assert.deepEqual(new Set(files('ШОС')), new Set(['t0.txt', 't1.txt', 't2.txt']));
    assert.equal(files('ШОС')[0], 't2.txt', 'the paragraph that says ШОС first');
    assert.deepEqual(new Set(files('上合组织')), new Set(['t0.txt', 't1.txt', 't2.txt']));
    assert.deepEqual(new Set(files('@sco')), new Set(['t0.txt', 't1.txt', 't2.txt']));
    assert.equal(files('Шанхайская организация сотрудничества')[0], 't0.txt');
    // Without the finder, the words alone.
    assert.deepEqual(withNames.search('ШОС').results.map((h) => h.file), ['t2.txt']);
    // The words that named it are what a result selects.
    const chinese = withNames.search('ШОС', {}, names).results.find((h) => h.file === 't1.txt')!;
    assert.ok(chinese.matched.length > 0 && chinese.matched.every((w) => '上海合作组织'.includes(w)), chinese.matched.join(' '));
  });

  it('corrects typos also when the typed word is in the corpus, exact forms first', () => {
    const qaeda = top('al-Qaida safe haven');
    assert.equal(qaeda[0]?.line, 0);
    const alQaida = top('al-Qaida');
    assert.deepEqual(alQaida.map((h) => h.line).sort(), [0, 1]);
    assert.equal(alQaida[0].line, 1, 'the spelling as typed ranks first');
    assert.equal(top('Irak')[0]?.line, 2);
    assert.equal(top('oea')[0]?.file, 'es.txt');
  });
});
