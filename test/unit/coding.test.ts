// Qualitative coding (issue 17): codings that stay on their words while a transcript changes, the
// coding file, and the exchange with other programs through REFI-QDA (.qdpx), validated against the
// schema with xmllint.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { followEdit, relocate, withSpan } from '../../src/core/coding/anchor';
import { applyChange, codePath, ensureCode, makeCoding, parseCodingFile, serializeCodingFile, emptyProject, type CodingProject } from '../../src/core/coding/codingProject';
import { planImport } from '../../src/core/coding/importProject';
import { codedSegmentsCsv, exportCodebook, exportQdpx, fromCodePoints, readQdpx, toCodePoints } from '../../src/core/coding/qdpx';
import { readRepoFile, repoRoot, SEED } from './helpers';

const SCHEMA = '/work/shared/refi-qda/Project.xsd';
const schemaPath = existsSync(SCHEMA) ? SCHEMA : join(repoRoot, '..', 'shared', 'refi-qda', 'Project.xsd');
const seed = readRepoFile(SEED);
const SEED_SOURCE = 'bundled:corpus/transcripts/2025-07-11-lavrov-kuala-lumpur.txt';
const ARF = 'The third format is the ASEAN Regional Forum (ARF) on security';

/** xmllint, installed on first use where we may (as the offline host's packages are). */
function xmllint(): string {
  const found = spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  const installed = spawnSync(process.execPath, ['--input-type=module', '-e', "import('./scripts/install-offline-host.mjs').then((m) => m.ensureSystemPackages())"], { cwd: repoRoot, encoding: 'utf8' });
  const again = spawnSync('sh', ['-c', 'command -v xmllint'], { encoding: 'utf8' }).stdout.trim();
  assert.ok(again, `xmllint is needed to validate exports (apt-get install libxml2-utils): ${installed.stderr}`);
  return again;
}

function validate(xml: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'ds-qde-'));
  try {
    writeFileSync(join(dir, 'project.qde'), xml);
    const result = spawnSync(xmllint(), ['--noout', '--schema', schemaPath, join(dir, 'project.qde')], { encoding: 'utf8' });
    assert.equal(result.status, 0, `project.qde does not validate against Project.xsd:\n${result.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The fixture written as QualCoder writes a project, zipped as a .qdpx. */
function otherProgramQdpx(): Uint8Array {
  const dir = join(repoRoot, 'test', 'fixtures', 'qdpx', 'qualcoder-style');
  const files: Record<string, Uint8Array> = { 'project.qde': readFileSync(join(dir, 'project.qde')) };
  for (const name of readdirSync(join(dir, 'sources'))) files[`sources/${name}`] = readFileSync(join(dir, 'sources', name));
  return zipSync(files);
}

function projectWithSeedCoding(): CodingProject {
  const project = emptyProject();
  const code = ensureCode(project, 'Security/Architecture', 'Security arrangements');
  const start = seed.indexOf(ARF);
  project.codings.push(makeCoding(code.guid, SEED_SOURCE, seed, start, start + ARF.length, { memo: 'The ARF as the security format' }));
  return project;
}

describe('coding anchors', () => {
  const text = 'Opening.\nWe discussed the Eurasian security architecture at length.\nClosing.\n';
  const start = text.indexOf('Eurasian security architecture');
  const span = { start, end: start + 'Eurasian security architecture'.length };

  it('follow edits: text typed before moves them, inside widens them, after leaves them', () => {
    assert.deepEqual(followEdit(span, { start: 0, end: 0, inserted: 5 }), { start: start + 5, end: span.end + 5 });
    // Typed right at the start or the end stays outside.
    assert.deepEqual(followEdit(span, { start, end: start, inserted: 4 }), { start: start + 4, end: span.end + 4 });
    assert.deepEqual(followEdit(span, { start: span.end, end: span.end, inserted: 4 }), span);
    const inside = start + 'Eurasian '.length;
    assert.deepEqual(followEdit(span, { start: inside, end: inside, inserted: 4 }), { start, end: span.end + 4 });
    assert.deepEqual(followEdit(span, { start: span.end + 3, end: span.end + 9, inserted: 0 }), span);
  });

  it('follow edits: a deleted passage is gone; an edit across an edge keeps the rest', () => {
    assert.equal(followEdit(span, { start: start - 3, end: span.end + 2, inserted: 0 }), undefined);
    assert.equal(followEdit(span, { start, end: span.end, inserted: 7 }), undefined);
    // Deleting "We discussed the Eurasian " leaves "security architecture".
    const from = text.indexOf('We discussed');
    const cut = start + 'Eurasian '.length;
    const after = followEdit(span, { start: from, end: cut, inserted: 0 });
    assert.ok(after);
    const edited = text.slice(0, from) + text.slice(cut);
    assert.equal(edited.slice(after.start, after.end), 'security architecture');
  });

  it('relocate a coding in a file changed elsewhere (a paragraph inserted above by Git), by its words and context', () => {
    const project = projectWithSeedCoding();
    const coding = project.codings[0];
    const changed = `A new first paragraph, added by a colleague.\n${seed}`;
    const found = relocate(coding, changed);
    assert.ok(found);
    assert.equal(changed.slice(found.start, found.end), ARF);
    assert.equal(found.start, coding.start + 'A new first paragraph, added by a colleague.\n'.length);
    // Unchanged: where it was.
    assert.deepEqual(relocate(coding, seed), { start: coding.start, end: coding.end });
  });

  it('relocate picks the occurrence whose context agrees, and finds a passage whose words were edited between its context', () => {
    const twice = 'First: we support the ARF. Later: the minister said we support the ARF. End.';
    const at = twice.lastIndexOf('we support the ARF');
    const coding = makeCoding('c', 'f', twice, at, at + 'we support the ARF'.length);
    const moved = `Intro. ${twice}`;
    const found = relocate(coding, moved);
    assert.equal(found?.start, at + 'Intro. '.length);
    // The coded words were reworded; their context stands.
    const long = `${'Context before the passage, long enough. '}we firmly support the ARF and its work${' and context after the passage, long too.'}`;
    const s = long.indexOf('we firmly');
    const c2 = makeCoding('c', 'f', long, s, s + 'we firmly support the ARF and its work'.length);
    const reworded = long.replace('we firmly support the ARF and its work', 'we back the ARF fully');
    const r = relocate(c2, reworded);
    assert.ok(r);
    assert.equal(reworded.slice(r.start, r.end), 'we back the ARF fully');
  });

  it('a coding whose words are gone is not found (it is reported, never moved onto other words)', () => {
    const coding = projectWithSeedCoding().codings[0];
    assert.equal(relocate(coding, seed.replace(ARF, 'Something else entirely was said here')), undefined);
    const updated = withSpan(coding, seed, { start: coding.start, end: coding.end });
    assert.equal(updated.text, ARF);
    assert.ok(updated.before.length > 0 && updated.after.length > 0);
  });
});

describe('the coding file', () => {
  it('round-trips, keeps what is valid and names what is not', () => {
    const project = projectWithSeedCoding();
    const text = serializeCodingFile(project);
    const again = parseCodingFile(text);
    assert.deepEqual(again.problems, []);
    assert.equal(serializeCodingFile(again.project), text);
    const raw = JSON.parse(text);
    raw.codes.push({ guid: 'not-a-guid', name: 'Broken' });
    raw.codings.push({ ...raw.codings[0], guid: '0b3c6d2e-1111-4222-8333-444455556666', code: '0b3c6d2e-9999-4222-8333-444455556666' });
    raw.codes[0].color = 'red';
    const damaged = parseCodingFile(JSON.stringify(raw));
    assert.equal(damaged.project.codes.length, 2);
    assert.equal(damaged.project.codings.length, 1);
    assert.deepEqual(damaged.problems.map((p) => p.path), ['codes[0].color', 'codes[2].guid', 'codings[1].code']);
    assert.match(parseCodingFile('{ not json').problems[0].message, /not valid JSON/);
  });

  it('codes are a hierarchy: paths, merging and re-parenting', () => {
    const project = projectWithSeedCoding();
    const arch = project.codes.find((c) => c.name === 'Architecture')!;
    assert.equal(codePath(project.codes, arch.guid), 'Security/Architecture');
    const sov = ensureCode(project, 'Sovereignty');
    applyChange(project, { type: 'updateCode', guid: arch.guid, parent: sov.guid });
    assert.equal(codePath(project.codes, arch.guid), 'Sovereignty/Architecture');
    // A code cannot go under its own descendant.
    applyChange(project, { type: 'updateCode', guid: sov.guid, parent: arch.guid });
    assert.equal(codePath(project.codes, sov.guid), 'Sovereignty');
    applyChange(project, { type: 'removeCode', guid: arch.guid, into: sov.guid });
    assert.equal(project.codings[0].code, sov.guid);
    assert.ok(!project.codes.some((c) => c.guid === arch.guid));
  });
});

describe('REFI-QDA exchange', () => {
  it('exports a .qdpx whose project.qde validates against the schema, with the coded text at its positions', () => {
    const project = projectWithSeedCoding();
    const bytes = exportQdpx(project, [{ source: SEED_SOURCE, name: '2025-07-11-lavrov-kuala-lumpur.txt', text: seed }], { name: 'Memo', now: '2026-11-28T08:00:00.000Z' });
    const files = unzipSync(bytes);
    const xml = strFromU8(files['project.qde']);
    validate(xml);
    const sourceName = Object.keys(files).find((f) => f.startsWith('sources/'))!;
    const text = strFromU8(files[sourceName]);
    assert.equal(text, seed);
    const m = /startPosition="(\d+)" endPosition="(\d+)"/.exec(xml)!;
    assert.equal([...text].slice(Number(m[1]), Number(m[2])).join(''), ARF);
    // The code's memo is a note of the code it was given to (Architecture), nested in Security.
    assert.match(xml, /<Code guid="[^"]+" name="Security" isCodable="true" color="#[0-9a-f]{6}">\s*<Code guid="[^"]+" name="Architecture" isCodable="true" color="#[0-9a-f]{6}">\s*<NoteRef[^>]*\/>\s*<\/Code>/);
    assert.match(xml, /<PlainTextContent>Security arrangements<\/PlainTextContent>/);
    assert.match(xml, /<PlainTextContent>The ARF as the security format<\/PlainTextContent>/);
    // The codebook's codes are the project's: valid as a project's CodeBook (the codebook schema is not at hand).
    const codebook = exportCodebook(project);
    assert.match(codebook, /^<\?xml version="1.0" encoding="utf-8"\?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Diplomatic Study">/);
    const codes = codebook.replace(/^<\?xml[^>]*>\n<CodeBook[^>]*>/, '<CodeBook>');
    validate(`<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="codebook">${codes}</Project>\n`);
  });

  it('counts positions in Unicode characters, as the standard and QualCoder do', () => {
    const text = 'Emoji 😀 then ASEAN.';
    const at = text.indexOf('ASEAN');
    assert.equal(toCodePoints(text, at), at - 1);
    assert.equal(fromCodePoints(text, at - 1), at);
    assert.equal(fromCodePoints(text, 999), undefined);
  });

  it('imports a project written by another program: nested codes, overlapping selections, memos; a corpus text maps onto its transcript, another becomes a new one', () => {
    const imported = readQdpx(otherProgramQdpx());
    assert.deepEqual(imported.problems, []);
    assert.deepEqual(imported.codes.map((c) => codePath(imported.codes, c.guid)).sort(), ['Multipolarity', 'Offer of mediation', 'Security', 'Security/Architecture', 'Security/Cyber']);
    const plan = planImport(emptyProject(), imported, [{ source: SEED_SOURCE, text: seed }], () => false);
    assert.deepEqual(plan.unmapped, []);
    assert.deepEqual(plan.sources.map((s) => [s.source, s.created, s.codings]), [
      ['coded-sources/Psaki and Mayorkas briefing (excerpt).txt', true, 1],
      [SEED_SOURCE, false, 4],
    ]);
    const text = (c: { source: string; start: number; end: number }) => (c.source === SEED_SOURCE ? seed : plan.newFiles[0].text).slice(c.start, c.end);
    const byCode = (path: string) => plan.project.codings.filter((c) => codePath(plan.project.codes, c.code) === path).map(text).sort();
    assert.deepEqual(byCode('Security/Cyber'), ['negotiated cybersecurity and homeland security agreements with\nforeign governments']);
    assert.deepEqual(byCode('Security'), ['ASEAN Regional Forum (ARF) on security']);
    assert.deepEqual(byCode('Security/Architecture'), ['The third format is the ASEAN Regional Forum (ARF) on security, which has an even larger number of participants in addition to ASEAN countries.', 'a new Eurasian security architecture']);
    assert.deepEqual(byCode('Multipolarity'), ['a new Eurasian security architecture']);
    assert.equal(plan.project.codings.find((c) => text(c).startsWith('The third format'))?.memo, 'The ARF framed as the security format.');
    assert.match(plan.project.codes.find((c) => c.name === 'Multipolarity')?.memo ?? '', /multipolar/);
    assert.match(plan.project.codes.find((c) => c.name === 'Security')?.memo ?? '', /security arrangements/);
    // Written under a free name: never over an existing file.
    const again = planImport(emptyProject(), imported, [{ source: SEED_SOURCE, text: seed }], (p) => p === 'coded-sources/Psaki and Mayorkas briefing (excerpt).txt');
    assert.equal(again.newFiles[0].path, 'coded-sources/Psaki and Mayorkas briefing (excerpt)-2.txt');
  });

  it('export → import → export keeps the codes, their hierarchy and the selected text (property, seeded)', () => {
    let seedValue = 20261128;
    const random = () => ((seedValue = (seedValue * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const texts = [seed, `Emoji 😀 and “quotes” — ${seed.slice(0, 3000)}`];
    for (let round = 0; round < 8; round++) {
      const project = emptyProject();
      const sources = texts.map((text, i) => ({ source: `transcripts/t${i}.txt`, name: `t${i}.txt`, text }));
      for (let n = 0; n < 12; n++) {
        const code = ensureCode(project, ['Security', 'Security/Architecture', 'Blame the West', 'Sovereignty/Borders'][Math.floor(random() * 4)]);
        const source = sources[Math.floor(random() * sources.length)];
        let start = Math.floor(random() * (source.text.length - 200));
        // Never inside a surrogate pair (an editor's selection cannot be).
        if (/[\udc00-\udfff]/.test(source.text[start])) start++;
        const end = start + 1 + Math.floor(random() * 150);
        project.codings.push(makeCoding(code.guid, source.source, source.text, start, /[\udc00-\udfff]/.test(source.text[end]) ? end + 1 : end, { memo: random() < 0.3 ? `memo ${n} & <more>` : undefined }));
      }
      const first = exportQdpx(project, sources, { name: 'p', now: '2026-11-28T08:00:00.000Z' });
      validate(strFromU8(unzipSync(first)['project.qde']));
      const plan = planImport(emptyProject(), readQdpx(first), sources, () => false);
      assert.deepEqual(plan.unmapped, []);
      assert.equal(plan.newFiles.length, 0);
      const second = exportQdpx(plan.project, sources, { name: 'p', now: '2026-11-28T08:00:00.000Z' });
      const summary = (bytes: Uint8Array) => {
        const imported = readQdpx(bytes);
        return {
          codes: imported.codes.map((c) => codePath(imported.codes, c.guid)).sort(),
          selections: imported.sources.flatMap((s) => s.selections.map((sel) => `${sel.codes.map((g) => codePath(imported.codes, g)).join('+')}|${s.text.slice(sel.start, sel.end)}|${sel.memo ?? ''}`)).sort(),
        };
      };
      assert.deepEqual(summary(second), summary(first));
      assert.equal(strFromU8(unzipSync(second)['project.qde']), strFromU8(unzipSync(first)['project.qde']), 'the second export is byte for byte the first');
    }
  });

  it('says clearly what is not a .qdpx', () => {
    assert.throws(() => readQdpx(strToU8('plain text')), /not a \.qdpx project: it is not a zip archive/);
    assert.throws(() => readQdpx(zipSync({ 'readme.txt': strToU8('x') })), /holds no project\.qde/);
  });

  it('writes coded segments as CSV', () => {
    const csv = codedSegmentsCsv([{ code: 'Security/Architecture', file: 'a.txt', speaker: 'Sergey Lavrov', date: '2025-07-11', text: 'He said, "yes"\nand more', memo: undefined }]);
    assert.equal(csv, 'code,file,speaker,date,text,memo\r\nSecurity/Architecture,a.txt,Sergey Lavrov,2025-07-11,"He said, ""yes""\nand more",\r\n');
  });
});

describe('CLI: qdpx', () => {
  const cli = join(repoRoot, 'dist', 'cli.js');
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

  it('imports a project into a workspace, then exports one that validates, with the same codes and selected text', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ds-qdpx-ws-'));
    try {
      const input = join(workspace, '..', `${workspace.split('/').pop()}-in.qdpx`);
      writeFileSync(input, otherProgramQdpx());
      const imported = run('qdpx', 'import', input, '--workspace', workspace, '--json');
      assert.equal(imported.status, 0, imported.stderr);
      const summary = JSON.parse(imported.stdout);
      assert.equal(summary.added, 5);
      assert.ok(existsSync(join(workspace, 'coded-sources', 'Psaki and Mayorkas briefing (excerpt).txt')));
      const file = parseCodingFile(readFileSync(join(workspace, '.diplomatic-study', 'coding.json'), 'utf8'));
      assert.deepEqual(file.problems, []);
      assert.equal(file.project.codings.length, 5);
      const out = join(workspace, 'out.qdpx');
      const exported = run('qdpx', 'export', '--workspace', workspace, '--out', out);
      assert.equal(exported.status, 0, exported.stderr);
      const xml = strFromU8(unzipSync(readFileSync(out))['project.qde']);
      validate(xml);
      const back = readQdpx(readFileSync(out));
      const before = readQdpx(otherProgramQdpx());
      const texts = (p: typeof back) => p.sources.flatMap((s) => s.selections.flatMap((sel) => sel.codes.map((g) => `${codePath(p.codes, g)}|${s.text.slice(sel.start, sel.end)}`))).sort();
      assert.deepEqual(texts(back), texts(before));
      rmSync(input, { force: true });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('refuses a coding file with problems rather than write over it, and says what is missing', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ds-qdpx-ws-'));
    try {
      mkdirSync(join(workspace, '.diplomatic-study'));
      writeFileSync(join(workspace, '.diplomatic-study', 'coding.json'), '{ "codes": [ }');
      const input = join(workspace, 'in.qdpx');
      writeFileSync(input, otherProgramQdpx());
      const result = run('qdpx', 'import', input, '--workspace', workspace);
      assert.equal(result.status, 2);
      assert.match(result.stderr, /fix them first/);
      assert.equal(readFileSync(join(workspace, '.diplomatic-study', 'coding.json'), 'utf8'), '{ "codes": [ }');
      assert.match(run('qdpx', 'export', '--workspace', workspace).stderr, /needs --out/);
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
