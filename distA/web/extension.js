"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/web/extension.ts
var extension_exports = {};
__export(extension_exports, {
  activate: () => activate,
  deactivate: () => deactivate
});
module.exports = __toCommonJS(extension_exports);

// <define:DIPLOMATIC_STUDY_BUNDLED_CORPUS>
var define_DIPLOMATIC_STUDY_BUNDLED_CORPUS_default = ["2023-05-05-lavrov-panaji-sco.ru.txt", "2025-07-11-lavrov-kuala-lumpur.txt"];

// src/extension/activate.ts
var vscode22 = __toESM(require("vscode"));

// src/extension/coding.ts
var vscode = __toESM(require("vscode"));

// src/core/coding/codingProject.ts
var CODING_FILE_VERSION = 1;
var CODING_FILE_PATH = ".diplomatic-study/coding.json";
var BUNDLED_SOURCE = "bundled:";
var CONTEXT_CHARS = 40;
function emptyProject() {
  return { version: CODING_FILE_VERSION, users: [], codes: [], codings: [] };
}
var GUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
var COLOR = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;
function newGuid() {
  return crypto.randomUUID();
}
function isGuid(value) {
  return typeof value === "string" && GUID.test(value);
}
var CODE_COLORS = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324", "#469990", "#808000", "#000075", "#bfef45"];
function parseCodingFile(text) {
  const problems = [];
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { project: emptyProject(), problems: [{ message: `not valid JSON (${error.message})` }] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { project: emptyProject(), problems: [{ message: 'not a coding file: expected an object with "codes" and "codings"' }] };
  const raw = data;
  const version = typeof raw.version === "number" ? raw.version : CODING_FILE_VERSION;
  if (version > CODING_FILE_VERSION) problems.push({ message: `written by a later version (layout ${version}; this one reads ${CODING_FILE_VERSION}); it is read as far as it can be, and not written over`, path: "version" });
  const project = { version, users: [], codes: [], codings: [] };
  if (typeof raw.name === "string") project.name = raw.name;
  const list = (key) => {
    const value = raw[key];
    if (value === void 0) return [];
    if (!Array.isArray(value)) {
      problems.push({ message: `"${key}" must be a list`, path: key });
      return [];
    }
    return value;
  };
  list("users").forEach((u, i2) => {
    const user = u;
    if (isGuid(user?.guid) && typeof user.name === "string") project.users.push({ guid: user.guid, name: user.name });
    else problems.push({ message: "a user needs a guid and a name", path: `users[${i2}]` });
  });
  const codeIds = /* @__PURE__ */ new Set();
  list("codes").forEach((c2, i2) => {
    const code = c2;
    if (!isGuid(code?.guid)) {
      problems.push({ message: "a code needs a guid", path: `codes[${i2}].guid` });
      return;
    }
    if (typeof code.name !== "string" || code.name.trim() === "") {
      problems.push({ message: "a code needs a name", path: `codes[${i2}].name` });
      return;
    }
    if (codeIds.has(code.guid)) {
      problems.push({ message: `the guid ${code.guid} is given twice`, path: `codes[${i2}].guid` });
      return;
    }
    codeIds.add(code.guid);
    const color = typeof code.color === "string" && COLOR.test(code.color) ? code.color : CODE_COLORS[project.codes.length % CODE_COLORS.length];
    if (code.color !== void 0 && color !== code.color) problems.push({ message: `"${String(code.color)}" is not a colour (#rrggbb)`, path: `codes[${i2}].color` });
    const def = { guid: code.guid, name: code.name, color };
    if (isGuid(code.parent)) def.parent = code.parent;
    if (typeof code.memo === "string" && code.memo !== "") def.memo = code.memo;
    project.codes.push(def);
  });
  for (const [i2, code] of project.codes.entries()) {
    if (code.parent && (!codeIds.has(code.parent) || isAncestor(project.codes, code.guid, code.parent))) {
      problems.push({ message: `the parent of "${code.name}" is not a code of this file (or is its own descendant); it is shown at the top`, path: `codes[${i2}].parent` });
      delete code.parent;
    }
  }
  const codingIds = /* @__PURE__ */ new Set();
  list("codings").forEach((c2, i2) => {
    const coding = c2;
    const at = `codings[${i2}]`;
    if (!isGuid(coding?.guid)) {
      problems.push({ message: "a coding needs a guid", path: `${at}.guid` });
      return;
    }
    if (codingIds.has(coding.guid)) {
      problems.push({ message: `the guid ${coding.guid} is given twice`, path: `${at}.guid` });
      return;
    }
    if (!isGuid(coding.code) || !codeIds.has(coding.code)) {
      problems.push({ message: "a coding needs the guid of a code of this file", path: `${at}.code` });
      return;
    }
    if (typeof coding.source !== "string" || coding.source === "") {
      problems.push({ message: 'a coding needs its transcript ("source")', path: `${at}.source` });
      return;
    }
    if (!Number.isInteger(coding.start) || !Number.isInteger(coding.end) || coding.start < 0 || coding.end < coding.start) {
      problems.push({ message: "a coding needs whole-number offsets, start \u2264 end", path: `${at}.start` });
      return;
    }
    if (typeof coding.text !== "string" || coding.text === "") {
      problems.push({ message: "a coding needs the text it codes", path: `${at}.text` });
      return;
    }
    codingIds.add(coding.guid);
    const kept = { guid: coding.guid, code: coding.code, source: coding.source, start: coding.start, end: coding.end, text: coding.text, before: typeof coding.before === "string" ? coding.before : "", after: typeof coding.after === "string" ? coding.after : "" };
    if (typeof coding.memo === "string" && coding.memo !== "") kept.memo = coding.memo;
    if (isGuid(coding.user)) kept.user = coding.user;
    if (typeof coding.created === "string") kept.created = coding.created;
    project.codings.push(kept);
  });
  return { project, problems };
}
function serializeCodingFile(project) {
  const ordered = {
    version: CODING_FILE_VERSION,
    ...project.name ? { name: project.name } : {},
    users: project.users.map((u) => ({ guid: u.guid, name: u.name })),
    codes: project.codes.map((c2) => ({ guid: c2.guid, name: c2.name, ...c2.parent ? { parent: c2.parent } : {}, color: c2.color, ...c2.memo ? { memo: c2.memo } : {} })),
    codings: [...project.codings].sort((a2, b) => a2.source.localeCompare(b.source) || a2.start - b.start || a2.end - b.end || a2.guid.localeCompare(b.guid)).map((c2) => ({ guid: c2.guid, code: c2.code, source: c2.source, start: c2.start, end: c2.end, text: c2.text, before: c2.before, after: c2.after, ...c2.memo ? { memo: c2.memo } : {}, ...c2.user ? { user: c2.user } : {}, ...c2.created ? { created: c2.created } : {} }))
  };
  return `${JSON.stringify(ordered, null, 2)}
`;
}
function isAncestor(codes, ancestor, code) {
  const byId = new Map(codes.map((c2) => [c2.guid, c2]));
  const seen = /* @__PURE__ */ new Set();
  for (let at = code; at && !seen.has(at); at = byId.get(at)?.parent) {
    if (at === ancestor) return true;
    seen.add(at);
  }
  return false;
}
function codePath(codes, guid) {
  const byId = new Map(codes.map((c2) => [c2.guid, c2]));
  const names = [];
  const seen = /* @__PURE__ */ new Set();
  for (let at = byId.get(guid); at && !seen.has(at.guid); at = at.parent ? byId.get(at.parent) : void 0) {
    names.unshift(at.name);
    seen.add(at.guid);
  }
  return names.join("/");
}
function findCode(codes, path) {
  const wanted = splitCodePath(path).join("/").toLowerCase();
  return codes.find((c2) => codePath(codes, c2.guid).toLowerCase() === wanted);
}
function splitCodePath(path) {
  return path.split("/").map((p) => p.trim()).filter((p) => p !== "");
}
function ensureCode(project, path, memo) {
  const parts = splitCodePath(path);
  if (parts.length === 0) throw new Error("a code needs a name");
  let parent;
  for (const [i2, name] of parts.entries()) {
    const sub = parts.slice(0, i2 + 1).join("/");
    let code = findCode(project.codes, sub);
    if (!code) {
      code = { guid: newGuid(), name, color: CODE_COLORS[project.codes.length % CODE_COLORS.length], ...parent ? { parent: parent.guid } : {} };
      project.codes.push(code);
    }
    parent = code;
  }
  if (memo) parent.memo = memo;
  return parent;
}
function codeAndDescendants(codes, guid) {
  return new Set(codes.filter((c2) => isAncestor(codes, guid, c2.guid)).map((c2) => c2.guid));
}
function makeCoding(code, source, text, start, end, extra = {}) {
  return {
    guid: newGuid(),
    code,
    source,
    start,
    end,
    text: text.slice(start, end),
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    after: text.slice(end, end + CONTEXT_CHARS),
    ...extra.memo ? { memo: extra.memo } : {},
    ...extra.user ? { user: extra.user } : {},
    created: (/* @__PURE__ */ new Date()).toISOString()
  };
}
function applyChange(project, change) {
  switch (change.type) {
    case "addCode":
      if (!project.codes.some((c2) => c2.guid === change.code.guid)) project.codes.push({ ...change.code });
      return;
    case "updateCode": {
      const code = project.codes.find((c2) => c2.guid === change.guid);
      if (!code) return;
      if (change.name !== void 0) code.name = change.name;
      if (change.color !== void 0) code.color = change.color;
      if (change.memo === null) delete code.memo;
      else if (change.memo !== void 0) code.memo = change.memo;
      if (change.parent === null) delete code.parent;
      else if (change.parent !== void 0 && project.codes.some((c2) => c2.guid === change.parent) && !isAncestor(project.codes, code.guid, change.parent)) code.parent = change.parent;
      return;
    }
    case "removeCode": {
      const code = project.codes.find((c2) => c2.guid === change.guid);
      if (!code) return;
      const into = change.into && project.codes.some((c2) => c2.guid === change.into) ? change.into : void 0;
      for (const child of project.codes) if (child.parent === code.guid) child.parent = into ?? code.parent;
      for (const child of project.codes) if (!child.parent) delete child.parent;
      if (into) {
        for (const coding of project.codings) if (coding.code === code.guid) coding.code = into;
      }
      project.codings = project.codings.filter((c2) => c2.code !== code.guid);
      project.codes = project.codes.filter((c2) => c2.guid !== code.guid);
      return;
    }
    case "addCoding":
      if (!project.codings.some((c2) => c2.guid === change.coding.guid)) project.codings.push({ ...change.coding });
      return;
    case "updateCoding": {
      const coding = project.codings.find((c2) => c2.guid === change.guid);
      if (!coding) return;
      for (const key of ["code", "start", "end", "text", "before", "after"]) {
        const value = change[key];
        if (value !== void 0) coding[key] = value;
      }
      if (change.memo === null) delete coding.memo;
      else if (change.memo !== void 0) coding.memo = change.memo;
      return;
    }
    case "removeCoding":
      project.codings = project.codings.filter((c2) => c2.guid !== change.guid);
      return;
    case "addUser":
      if (!project.users.some((u) => u.guid === change.user.guid)) project.users.push({ ...change.user });
      return;
  }
}

// src/core/coding/anchor.ts
function followEdit(span, edit) {
  const delta = edit.inserted - (edit.end - edit.start);
  if (edit.end <= span.start) return { start: span.start + delta, end: span.end + delta };
  if (edit.start >= span.end) return span;
  if (edit.start <= span.start && edit.end >= span.end) return void 0;
  if (edit.start >= span.start && edit.end <= span.end) return { start: span.start, end: span.end + delta };
  if (edit.start < span.start) {
    const start = edit.start + edit.inserted;
    const end = span.end + delta;
    return end > start ? { start, end } : void 0;
  }
  return edit.start > span.start ? { start: span.start, end: edit.start } : void 0;
}
function withSpan(coding, text, span) {
  return {
    ...coding,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    before: text.slice(Math.max(0, span.start - CONTEXT_CHARS), span.start),
    after: text.slice(span.end, span.end + CONTEXT_CHARS)
  };
}
function commonSuffix(a2, b) {
  let n2 = 0;
  while (n2 < a2.length && n2 < b.length && a2[a2.length - 1 - n2] === b[b.length - 1 - n2]) n2++;
  return n2;
}
function commonPrefix(a2, b) {
  let n2 = 0;
  while (n2 < a2.length && n2 < b.length && a2[n2] === b[n2]) n2++;
  return n2;
}
var MAX_CANDIDATES = 2e3;
function relocate(coding, text) {
  const length = coding.end - coding.start;
  const contextScore = (start, end) => commonSuffix(text.slice(Math.max(0, start - coding.before.length), start), coding.before) + commonPrefix(text.slice(end, end + coding.after.length), coding.after);
  const full = coding.before.length + coding.after.length;
  if (text.slice(coding.start, coding.end) === coding.text && contextScore(coding.start, coding.end) === full) return { start: coding.start, end: coding.end };
  let best;
  for (let at = text.indexOf(coding.text), n2 = 0; at >= 0 && n2 < MAX_CANDIDATES; at = text.indexOf(coding.text, at + 1), n2++) {
    const score = contextScore(at, at + coding.text.length);
    const distance = Math.abs(at - coding.start);
    if (!best || score > best.score || score === best.score && distance < best.distance) best = { start: at, score, distance };
  }
  if (best) return { start: best.start, end: best.start + coding.text.length };
  if (coding.before.length >= 10 && coding.after.length >= 10) {
    for (let at = text.indexOf(coding.before); at >= 0; at = text.indexOf(coding.before, at + 1)) {
      const start = at + coding.before.length;
      const end = text.indexOf(coding.after, start);
      if (end > start && end - start <= length * 2 + 200 && wordOverlap(coding.text, text.slice(start, end)) >= MIN_OVERLAP) return { start, end };
    }
  }
  return void 0;
}
var MIN_OVERLAP = 0.4;
function wordOverlap(a2, b) {
  const words2 = (t2) => new Set(t2.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const x = words2(a2);
  const y = words2(b);
  if (x.size + y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return 2 * common / (x.size + y.size);
}

// src/core/coding/importProject.ts
var CODED_SOURCES = "coded-sources";
function normalise(text) {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\s+$/, "");
}
function fileNameFor(name) {
  const base = name.replace(/\.[a-z0-9]{1,5}$/i, "").normalize("NFKC").replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").replace(/\s+/g, " ").trim().slice(0, 80) || "source";
  return `${base}.txt`;
}
function planImport(current, imported, corpus, exists) {
  const project = structuredClone(current);
  const unmapped = [...imported.problems];
  for (const user of imported.users) if (isGuid(user.guid) && !project.users.some((u) => u.guid === user.guid)) project.users.push(user);
  const codeMap = /* @__PURE__ */ new Map();
  const importedPath = (guid) => codePath(imported.codes, guid);
  for (const code of imported.codes) {
    const parent = code.parent ? codeMap.get(code.parent) : void 0;
    const same = project.codes.find((c2) => c2.guid === code.guid) ?? findCode(project.codes, importedPath(code.guid));
    if (same) {
      codeMap.set(code.guid, same.guid);
      if (!same.memo && code.memo) same.memo = code.memo;
      continue;
    }
    const def = { guid: isGuid(code.guid) ? code.guid : newGuid(), name: code.name, color: code.color, ...parent ? { parent } : {}, ...code.memo ? { memo: code.memo } : {} };
    project.codes.push(def);
    codeMap.set(code.guid, def.guid);
  }
  const byText = /* @__PURE__ */ new Map();
  for (const t2 of corpus) if (!byText.has(normalise(t2.text))) byText.set(normalise(t2.text), t2);
  const newFiles = [];
  const planned = /* @__PURE__ */ new Set();
  const sources = [];
  let added = 0;
  for (const source of imported.sources) {
    const match = byText.get(normalise(source.text));
    let key;
    let text;
    if (match) {
      key = match.source;
      text = match.text;
    } else {
      const file = fileNameFor(source.name);
      const stem = file.slice(0, -4);
      let path = `${CODED_SOURCES}/${file}`;
      for (let n2 = 2; exists(path) || planned.has(path.toLowerCase()); n2++) path = `${CODED_SOURCES}/${stem}-${n2}.txt`;
      planned.add(path.toLowerCase());
      newFiles.push({ path, text: source.text });
      key = path;
      text = source.text;
    }
    let count = 0;
    for (const selection of source.selections) {
      let span = { start: selection.start, end: selection.end };
      if (text !== source.text) {
        const probe = makeCoding("", key, source.text, selection.start, selection.end);
        span = relocate(probe, text);
      }
      if (!span) {
        unmapped.push(`"${source.name}": the passage "${source.text.slice(selection.start, selection.end).slice(0, 60)}" was not found in ${key}`);
        continue;
      }
      for (const [i2, code] of selection.codes.entries()) {
        const target = codeMap.get(code);
        if (!target) continue;
        if (project.codings.some((c2) => c2.source === key && c2.code === target && c2.start === span.start && c2.end === span.end)) continue;
        const coding = makeCoding(target, key, text, span.start, span.end, { memo: selection.memo, user: selection.user });
        if (i2 === 0 && isGuid(selection.guid) && !project.codings.some((c2) => c2.guid === selection.guid)) coding.guid = selection.guid;
        if (selection.created) coding.created = selection.created;
        project.codings.push(coding);
        count++;
        added++;
      }
    }
    sources.push({ name: source.name, source: key, created: !match, codings: count });
  }
  return { project, newFiles, sources, added, unmapped };
}

// src/core/coding/segmentsCsv.ts
function csvField(value) {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function codedSegmentsCsv(rows) {
  const lines = [["code", "file", "speaker", "date", "text", "memo"].join(",")];
  for (const r4 of rows) lines.push([r4.code, r4.file, r4.speaker ?? "", r4.date ?? "", r4.text, r4.memo ?? ""].map(csvField).join(","));
  return `${lines.join("\r\n")}\r
`;
}

// src/core/text.ts
var UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g;
function normalizeSpaces(text) {
  return text.replace(UNICODE_SPACES, " ");
}
function collapseSpaces(text) {
  if (!NEEDS_COLLAPSE.test(text)) return text;
  return normalizeSpaces(text).replace(/\s+/g, " ").trim();
}
var NEEDS_COLLAPSE = /^\s|\s$|[\t\n\v\f\r\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}/;
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "no",
  "vs",
  "etc",
  "jr",
  "sr",
  "prof",
  "gen",
  "col",
  "lt",
  "sgt",
  "gov",
  "sen",
  "rep",
  "amb",
  "hon",
  "rev",
  "u.s",
  "u.k",
  "u.n",
  "e.g",
  "i.e",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "art",
  "para",
  "fig",
  "approx",
  "mt",
  "ft"
]);
function firstSentence(text) {
  const clean = collapseSpaces(text);
  const boundary = /[.!?…]+["”’)»]*\s+(?=["“‘(«]?[\p{Lu}\d])/gu;
  let match;
  while ((match = boundary.exec(clean)) !== null) {
    const lastWord = wordBefore(clean, match.index, 64);
    const isInitial = /^\p{Lu}$/u.test(lastWord);
    if (match[0].startsWith(".") && (ABBREVIATIONS.has(lastWord.toLowerCase()) || isInitial)) continue;
    return clean.slice(0, match.index + match[0].trimEnd().length);
  }
  return clean;
}
function wordBefore(text, end, max) {
  const stop = Math.max(0, end - max);
  let start = end;
  while (start > stop) {
    const c2 = text.charCodeAt(start - 1);
    if (c2 === 46 || c2 >= 97 && c2 <= 122 || c2 >= 65 && c2 <= 90) start--;
    else if (c2 < 128) break;
    else if (c2 >= 56320 && c2 <= 57343 && start - 2 >= stop && LETTER.test(text.slice(start - 2, start))) start -= 2;
    else if (LETTER.test(text[start - 1])) start--;
    else break;
  }
  return text.slice(start, end);
}
var LETTER = /^\p{L}$/u;
function shorten(text, max = 80) {
  const clean = collapseSpaces(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  const head = lastSpace > max * 0.5 ? cut.slice(0, lastSpace) : clean.slice(0, max);
  return head.replace(/[\s,;:–—-]+$/u, "") + "\u2026";
}
function shortTitle(title, max = 70) {
  let short = collapseSpaces(title).replace(/[.]$/, "");
  short = short.replace(/,\s*[^,]{1,40},\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,2}?,?\s*\d{4}$/u, "");
  short = short.replace(/^(?:(?:Foreign|Prime|Deputy|First|Vice)\s+)?(?:Minister|President|Secretary|Spokesperson|Chancellor)(?:\s+of\s+Foreign\s+Affairs)?\s+(?=[\p{Lu}][\p{L}'’-]+\s+[\p{Lu}][\p{L}'’-]+[’']s\b)/u, "");
  return shorten(short, max);
}

// src/core/model.ts
function sectionAt(transcript, line) {
  return transcript.sections.find((s5) => s5.range.start <= line && line <= s5.range.end) ?? null;
}
var ROLE_LABEL = { remarks: "Remarks", question: "Question", answer: "Answer" };
function sectionLabel(section) {
  return section.kind === "exchange" ? `Q${section.number}: ${section.label}` : section.label;
}
function turnLabel(turn, max = 60) {
  return `${ROLE_LABEL[turn.role]}: ${shorten(firstSentence(turn.paragraphs[0].text), max)}`;
}

// src/core/parser/lines.ts
function splitLines(text) {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}
function lineStarts(text) {
  const starts = [0];
  for (let i2 = 0; i2 < text.length; i2++) {
    const c2 = text.charCodeAt(i2);
    if (c2 === 10 || c2 === 13 && text.charCodeAt(i2 + 1) !== 10) starts.push(i2 + 1);
  }
  return starts;
}
function lineAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
var LANGUAGE = "(?:English|\u0420\u0443\u0441\u0441\u043A\u0438\u0439|Fran\xE7ais|Francais|Espa\xF1ol|Espanol|Deutsch|Portugu\xEAs|Italiano|\u4E2D\u6587|\u7B80\u4F53\u4E2D\u6587|\u7E41\u9AD4\u4E2D\u6587|\u0627\u0644\u0639\u0631\u0628\u064A\u0629|\u65E5\u672C\u8A9E|\uD55C\uAD6D\uC5B4|T\xFCrk\xE7e|EN|RU|FR|ES|DE|ZH|AR|PT|Eng|Rus|Fra|Esp)";
var LANGUAGE_MENU = new RegExp(`^${LANGUAGE}(?:\\s*[|/\xB7\u2022,]?\\s*${LANGUAGE}){1,}$`, "u");

// src/extension/ids.ts
var CodingCommands = {
  codeSelection: "diplomaticStudy.codeSelection",
  removeCoding: "diplomaticStudy.removeCoding",
  recode: "diplomaticStudy.recode",
  renameCode: "diplomaticStudy.renameCode",
  mergeCode: "diplomaticStudy.mergeCode",
  openCoding: "diplomaticStudy.openCoding",
  codeMatrix: "diplomaticStudy.codeMatrix",
  exportQdpx: "diplomaticStudy.exportQdpx",
  importQdpx: "diplomaticStudy.importQdpx",
  exportCodebook: "diplomaticStudy.exportCodebook",
  exportCodedSegments: "diplomaticStudy.exportCodedSegments"
};
var ReaderCommands = {
  openReader: "diplomaticStudy.openReader",
  exportTranscript: "diplomaticStudy.exportTranscript"
};
var Commands = {
  ...CodingCommands,
  ...ReaderCommands,
  showLog: "diplomaticStudy.showLog",
  openBundledTranscript: "diplomaticStudy.openBundledTranscript",
  showMentions: "diplomaticStudy.showMentions",
  revealRange: "diplomaticStudy.revealRange",
  showRange: "diplomaticStudy.showRange",
  refresh: "diplomaticStudy.refresh",
  stopIndexing: "diplomaticStudy.stopIndexing",
  sortByDate: "diplomaticStudy.sortByDate",
  sortByTitle: "diplomaticStudy.sortByTitle",
  search: "diplomaticStudy.search",
  searchEntities: "diplomaticStudy.searchEntities",
  showEntry: "diplomaticStudy.showEntry",
  copyQuote: "diplomaticStudy.copyQuote",
  insertQuote: "diplomaticStudy.insertQuote",
  importTranscript: "diplomaticStudy.importTranscript",
  concordance: "diplomaticStudy.concordance",
  trends: "diplomaticStudy.trends",
  collocates: "diplomaticStudy.collocates",
  keywords: "diplomaticStudy.keywords",
  concordanceOfEntity: "diplomaticStudy.concordanceOfEntity",
  trendsOfEntity: "diplomaticStudy.trendsOfEntity",
  concordanceOfSelection: "diplomaticStudy.concordanceOfSelection",
  trendsOfSelection: "diplomaticStudy.trendsOfSelection",
  keywordsOfSpeaker: "diplomaticStudy.keywordsOfSpeaker"
};
var CodingViews = {
  codes: "diplomaticStudy.codes",
  /** The code × speaker / year table's webview. */
  matrix: "diplomaticStudy.codeMatrix"
};
var Views = {
  transcripts: "diplomaticStudy.transcripts",
  entities: "diplomaticStudy.entities",
  codes: CodingViews.codes
};
var Settings = {
  hoverEnabled: "diplomaticStudy.hover.enabled",
  hoverLanguages: "diplomaticStudy.hover.languages",
  followCursor: "diplomaticStudy.tree.followCursor",
  corpusInclude: "diplomaticStudy.corpus.include",
  corpusExclude: "diplomaticStudy.corpus.exclude",
  corpusIncludeBundled: "diplomaticStudy.corpus.includeBundled",
  glossaryFiles: "diplomaticStudy.glossary.files",
  acronymCheck: "diplomaticStudy.drafting.acronymCheck",
  transcriptLanguage: "diplomaticStudy.reading.transcriptLanguage"
};
var ContextKeys = {
  transcriptCount: "diplomaticStudy.transcriptCount",
  transcriptSort: "diplomaticStudy.transcriptSort"
};
var CARD_SCHEME = "diplomatic-study-card";
var TRANSCRIPT_LANGUAGE = "transcript";

// src/extension/webviewPanels.ts
function nonce() {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
function reusePanel(panels, key, reveal, create) {
  const open = panels.get(key);
  if (open) {
    reveal(open);
    return open;
  }
  const made = create();
  panels.set(key, made);
  return made;
}
function pageShell(webview, media, name, page) {
  const n2 = nonce();
  const script = webview.asWebviewUri(joinUri(media, `${name}.js`));
  const style = webview.asWebviewUri(joinUri(media, `${name}.css`));
  const csp = [`default-src 'none'`, `script-src 'nonce-${n2}'`, `style-src ${webview.cspSource}`, ...page.extraCsp ?? [], `font-src ${webview.cspSource}`].join("; ");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>${page.title}</title>
</head>
<body${page.bodyAttributes ? ` ${page.bodyAttributes}` : ""}>
${page.body}
<script nonce="${n2}" src="${script}"><\/script>
</body>
</html>`;
}
function joinUri(base, file) {
  return base.with({ path: `${base.path.replace(/\/$/, "")}/${file}` });
}

// src/extension/coding.ts
function editorOffsets(editor, selection) {
  return { start: editor.document.offsetAt(selection.start), end: editor.document.offsetAt(selection.end) };
}
function highlight(color) {
  const hex = color.length === 4 ? `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}` : color;
  return `${hex}40`;
}
function colorIcon(color) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="5" fill="${color}"/></svg>`;
  return vscode.Uri.parse(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`);
}
var CodingDecorations = class {
  constructor(store, gutter) {
    this.store = store;
    this.gutter = gutter;
  }
  store;
  gutter;
  types = /* @__PURE__ */ new Map();
  typeFor(color) {
    let type = this.types.get(color);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({
        backgroundColor: highlight(color),
        borderColor: color,
        borderStyle: "solid",
        borderWidth: "0 0 2px 0",
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        gutterIconPath: this.gutter,
        gutterIconSize: "contain",
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed
      });
      this.types.set(color, type);
    }
    return type;
  }
  refresh() {
    for (const editor of vscode.window.visibleTextEditors) {
      const project = this.store.projectFor(editor.document.uri);
      const byColor = /* @__PURE__ */ new Map();
      for (const coding of this.store.codingsOf(editor.document.uri)) {
        if (this.store.orphans.has(coding.guid)) continue;
        const color = project?.codes.find((c2) => c2.guid === coding.code)?.color ?? "#808080";
        const range = new vscode.Range(editor.document.positionAt(coding.start), editor.document.positionAt(coding.end));
        byColor.set(color, [...byColor.get(color) ?? [], range]);
      }
      for (const [color, type] of this.types) if (!byColor.has(color)) editor.setDecorations(type, []);
      for (const [color, ranges] of byColor) editor.setDecorations(this.typeFor(color), ranges);
    }
  }
  dispose() {
    for (const type of this.types.values()) type.dispose();
  }
};
var CodesTreeProvider = class {
  constructor(store) {
    this.store = store;
  }
  store;
  changed = new vscode.EventEmitter();
  onDidChangeTreeData = this.changed.event;
  dragMimeTypes = ["application/vnd.code.tree.diplomaticstudy.codes"];
  dropMimeTypes = ["application/vnd.code.tree.diplomaticstudy.codes"];
  refresh() {
    this.changed.fire(void 0);
  }
  /** How many passages carry the code or one under it. */
  count(folder, code) {
    const project = this.store.projects().find((p) => p.folder.uri.toString() === folder.uri.toString())?.project;
    if (!project) return 0;
    const codes = codeAndDescendants(project.codes, code.guid);
    return project.codings.filter((c2) => codes.has(c2.code)).length;
  }
  getChildren(node) {
    if (!node) return this.store.projects().flatMap(({ folder, project: project2 }) => project2.codes.filter((c2) => !c2.parent).map((code) => ({ type: "code", folder, code })));
    if (node.type === "segment") return [];
    const project = this.store.projects().find((p) => p.folder.uri.toString() === node.folder.uri.toString())?.project;
    if (!project) return [];
    const codes = project.codes.filter((c2) => c2.parent === node.code.guid).map((code) => ({ type: "code", folder: node.folder, code }));
    const segments = this.store.allCodings().filter((p) => p.folder.uri.toString() === node.folder.uri.toString() && p.coding.code === node.code.guid).sort((a2, b) => a2.coding.source.localeCompare(b.coding.source) || a2.coding.start - b.coding.start).map((placed) => ({ type: "segment", placed }));
    return [...codes, ...segments];
  }
  getTreeItem(node) {
    if (node.type === "code") {
      const item2 = new vscode.TreeItem(node.code.name, vscode.TreeItemCollapsibleState.Collapsed);
      item2.id = `code:${node.code.guid}`;
      item2.description = String(this.count(node.folder, node.code));
      item2.iconPath = colorIcon(node.code.color);
      item2.contextValue = "code";
      const path = codePath(this.store.projects().find((p) => p.folder.uri.toString() === node.folder.uri.toString())?.project.codes ?? [], node.code.guid);
      item2.tooltip = new vscode.MarkdownString(`**${path}** \xB7 ${node.code.color}${node.code.memo ? `

${node.code.memo}` : ""}`);
      item2.accessibilityInformation = { label: `Code ${path}, ${item2.description} coded passages` };
      return item2;
    }
    const { coding, uri } = node.placed;
    const lost = this.store.orphans.has(coding.guid);
    const item = new vscode.TreeItem(coding.text.replace(/\s+/g, " ").slice(0, 80), vscode.TreeItemCollapsibleState.None);
    item.id = `coding:${coding.guid}`;
    item.description = `${lost ? "\u26A0 lost \xB7 " : ""}${uri.path.split("/").pop()}`;
    item.tooltip = new vscode.MarkdownString(`${coding.text}${coding.memo ? `

---

*Memo:* ${coding.memo}` : ""}`);
    item.contextValue = "coding";
    item.iconPath = new vscode.ThemeIcon(lost ? "warning" : "quote");
    item.command = { command: CodingCommands.openCoding, title: "Open Coded Passage", arguments: [coding.guid] };
    return item;
  }
  getParent(node) {
    const folder = node.type === "code" ? node.folder : node.placed.folder;
    const project = this.store.projects().find((p) => p.folder.uri.toString() === folder.uri.toString())?.project;
    const parentGuid = node.type === "code" ? node.code.parent : node.placed.coding.code;
    const parent = parentGuid ? project?.codes.find((c2) => c2.guid === parentGuid) : void 0;
    return parent ? { type: "code", folder, code: parent } : void 0;
  }
  handleDrag(source, data) {
    const codes = source.filter((n2) => n2.type === "code").map((n2) => n2.code.guid);
    if (codes.length) data.set(this.dragMimeTypes[0], new vscode.DataTransferItem(codes));
  }
  async handleDrop(target, data) {
    const guids = data.get(this.dragMimeTypes[0])?.value;
    if (!guids?.length) return;
    const parent = target?.type === "code" ? target.code : void 0;
    for (const { folder, project } of this.store.projects()) {
      const changes = guids.filter((g) => project.codes.some((c2) => c2.guid === g)).map((guid) => ({ type: "updateCode", guid, parent: parent?.guid ?? null }));
      if (changes.length) this.store.change(folder, ...changes);
    }
  }
};
function speakerAt(transcript, line) {
  const section = transcript && sectionAt(transcript, line);
  const turn = section?.turns.find((t2) => t2.range.start <= line && line <= t2.range.end);
  return turn?.speaker ?? (turn?.role === "question" ? "Question" : null);
}
async function codedRows(services, store) {
  const docs = await services.corpus.documents();
  const rows = [];
  const lines = /* @__PURE__ */ new Map();
  for (const { coding, folder, uri } of store.allCodings()) {
    const project = store.projects().find((p) => p.folder.uri.toString() === folder.uri.toString()).project;
    const doc = docs.find((d) => d.uri.toString() === uri.toString());
    if (!lines.has(uri.toString())) {
      const text = await store.textOf(uri);
      lines.set(uri.toString(), text === void 0 ? void 0 : lineStarts(text));
    }
    const starts = lines.get(uri.toString());
    const line = starts ? lineAt(starts, coding.start) : 0;
    rows.push({ code: codePath(project.codes, coding.code), file: coding.source, speaker: speakerAt(doc?.transcript, line), date: doc?.transcript.date ?? null, text: coding.text, memo: coding.memo, year: doc?.transcript.date?.slice(0, 4) ?? "undated" });
  }
  return rows;
}
function escapeHtml(text) {
  return text.replace(/[<>&"]/g, (c2) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c2]);
}
function matrixHtml(rows, by, cspSource) {
  const codes = [...new Set(rows.map((r4) => r4.code))].sort();
  const columns = [...new Set(rows.map((r4) => r4.column))].sort();
  const count = (code, column) => rows.filter((r4) => r4.code === code && r4.column === column).length;
  const head = `<tr><th scope="col">Code</th>${columns.map((c2) => `<th scope="col">${escapeHtml(c2)}</th>`).join("")}<th scope="col">Total</th></tr>`;
  const body = codes.map((code) => `<tr><th scope="row">${escapeHtml(code)}</th>${columns.map((c2) => `<td>${count(code, c2) || ""}</td>`).join("")}<td>${rows.filter((r4) => r4.code === code).length}</td></tr>`).join("");
  const style = nonce();
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${style}';">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Codes by ${escapeHtml(by)}</title>
<style nonce="${style}">body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);background:var(--vscode-editor-background)}table{border-collapse:collapse}th,td{border:1px solid var(--vscode-panel-border);padding:4px 8px;text-align:right}th[scope=row],th:first-child{text-align:left}caption{text-align:left;margin-bottom:8px;font-weight:bold}</style>
</head><body><table tabindex="0"><caption>Coded passages: code \xD7 ${escapeHtml(by)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></body></html>`;
}
function register(context, services, store) {
  const decorations = new CodingDecorations(store, vscode.Uri.joinPath(context.extensionUri, "media", "coding-gutter.svg"));
  const provider = new CodesTreeProvider(store);
  const view = vscode.window.createTreeView(CodingViews.codes, { treeDataProvider: provider, dragAndDropController: provider, showCollapseAll: true, canSelectMany: true });
  const refresh = () => {
    provider.refresh();
    decorations.refresh();
  };
  void store.ready().then(refresh);
  const folderFor = (uri) => {
    const place = store.placeOf(uri);
    if (!place) throw new Error("coding needs an open workspace folder, where .diplomatic-study/coding.json is kept");
    return place;
  };
  const codeSelection = async (args) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selections.every((s5) => s5.isEmpty)) {
      void vscode.window.showInformationMessage("Select a passage of a transcript to code it.");
      return void 0;
    }
    await store.ready();
    let place;
    try {
      place = folderFor(editor.document.uri);
    } catch (error) {
      void vscode.window.showErrorMessage(`Code Selection: ${error.message}.`);
      return void 0;
    }
    const project = place.folder.project;
    let path = args?.code;
    let memo = args?.memo;
    if (!path) {
      const items = project.codes.map((c2) => ({ label: codePath(project.codes, c2.guid), description: c2.memo }));
      const picker = vscode.window.createQuickPick();
      picker.title = "Code Selection";
      picker.placeholder = 'Pick a code, or type a new one (Security/Architecture: "/" separates levels)';
      picker.items = items;
      picker.onDidChangeValue((value) => {
        const typed = value.trim();
        picker.items = typed && !items.some((i2) => i2.label.toLowerCase() === typed.toLowerCase()) ? [{ label: typed, description: "new code" }, ...items] : items;
      });
      path = await new Promise((resolve) => {
        picker.onDidAccept(() => resolve(picker.selectedItems[0]?.label ?? (picker.value.trim() || void 0)));
        picker.onDidHide(() => resolve(void 0));
        picker.show();
      });
      picker.dispose();
      if (!path) return void 0;
      memo = await vscode.window.showInputBox({ title: `Memo for this passage (${path})`, prompt: "Optional: why this passage carries this code. Enter to skip." });
      if (memo === void 0) return void 0;
    }
    const existing = findCode(project.codes, path);
    const changes = [];
    let code = existing;
    if (!code) {
      const scratch = { ...project, codes: [...project.codes] };
      code = ensureCode(scratch, path);
      for (const added of scratch.codes.slice(project.codes.length)) changes.push({ type: "addCode", code: added });
    }
    const text = editor.document.getText();
    const codings = editor.selections.filter((s5) => !s5.isEmpty).map((s5) => {
      const { start, end } = editorOffsets(editor, s5);
      return makeCoding(code.guid, place.source, text, start, end, { memo: memo || void 0 });
    });
    for (const coding of codings) changes.push({ type: "addCoding", coding });
    try {
      store.change(place.folder.folder, ...changes);
    } catch (error) {
      void vscode.window.showErrorMessage(`Code Selection: ${error.message}`);
      return void 0;
    }
    services.log.info(`coding: ${codings.length} passage(s) of ${vscode.workspace.asRelativePath(editor.document.uri)} coded ${path}`);
    return codings;
  };
  const codingsAtCursor = (guid) => {
    if (guid) return store.allCodings().filter((p) => p.coding.guid === guid);
    const editor = vscode.window.activeTextEditor;
    if (!editor) return [];
    const at = editor.document.offsetAt(editor.selection.active);
    return store.allCodings().filter((p) => p.uri.toString() === editor.document.uri.toString() && p.coding.start <= at && at <= p.coding.end);
  };
  const pickCoding = async (found, title) => {
    if (found.length <= 1) return found[0];
    const items = found.map((p) => ({ label: codePath(store.projects().find((x) => x.folder.uri.toString() === p.folder.uri.toString()).project.codes, p.coding.code), description: p.coding.text.slice(0, 60), placed: p }));
    return (await vscode.window.showQuickPick(items, { title }))?.placed;
  };
  const pickCode = async (title, exclude) => {
    const all = store.projects().flatMap(({ project }) => project.codes.filter((c2) => c2.guid !== exclude).map((c2) => ({ label: codePath(project.codes, c2.guid), code: c2 })));
    return (await vscode.window.showQuickPick(all, { title }))?.code;
  };
  const openCoding = async (guid) => {
    const placed = store.allCodings().find((p) => p.coding.guid === guid);
    if (!placed) return;
    const document = await vscode.workspace.openTextDocument(placed.uri);
    const range = new vscode.Range(document.positionAt(placed.coding.start), document.positionAt(placed.coding.end));
    await vscode.window.showTextDocument(document, { selection: range, preview: true });
  };
  const matrix = async (args) => {
    const by = args?.by ?? await vscode.window.showQuickPick(["speaker", "year"], { title: "Codes by\u2026" });
    if (!by) return void 0;
    const rows = (await codedRows(services, store)).map((r4) => ({ code: r4.code, column: by === "speaker" ? r4.speaker ?? "unknown speaker" : r4.year }));
    const panel = vscode.window.createWebviewPanel(CodingViews.matrix, `Codes \xD7 ${by}`, vscode.ViewColumn.Active, { enableScripts: false, localResourceRoots: [] });
    panel.webview.html = matrixHtml(rows, by, panel.webview.cspSource);
    return rows;
  };
  const saveBytes = async (title, name, filters, bytes, given) => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = given ? vscode.Uri.parse(given) : await vscode.window.showSaveDialog({ title, filters, defaultUri: folder ? vscode.Uri.joinPath(folder, name) : void 0 });
    if (!target) return void 0;
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Diplomatic Study: wrote ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  };
  const exportQdpx = async (args) => {
    await store.ready();
    await store.flush();
    const first = store.projects()[0];
    if (!first) return void vscode.window.showErrorMessage("Export Project: open a workspace folder first.");
    const sources = [];
    for (const source of new Set(first.project.codings.map((c2) => c2.source))) {
      const uri = store.uriOf(first.folder, source);
      const text = await store.textOf(uri);
      if (text === void 0) services.log.warn(`export: ${source} cannot be read; its codings are left out`);
      else sources.push({ source, name: uri.path.split("/").pop() ?? source, text });
    }
    const bytes = await services.index.qdpxExport(first.project, sources, { name: first.project.name ?? first.folder.name });
    return saveBytes("Export Project (REFI-QDA)", `${first.folder.name}.qdpx`, { "REFI-QDA project": ["qdpx"] }, bytes, args?.out);
  };
  const importQdpx = async (args) => {
    await store.ready();
    const first = store.projects()[0];
    if (!first) return void vscode.window.showErrorMessage("Import Project: open a workspace folder first.");
    const file = args?.file ? vscode.Uri.parse(args.file) : (await vscode.window.showOpenDialog({ title: "Import Project (.qdpx)", filters: { "REFI-QDA project": ["qdpx"] }, canSelectMany: false }))?.[0];
    if (!file) return void 0;
    let imported;
    try {
      imported = await services.index.qdpxRead(await vscode.workspace.fs.readFile(file));
    } catch (error) {
      void vscode.window.showErrorMessage(`Import Project: ${vscode.workspace.asRelativePath(file)} is ${error.message}.`);
      return void 0;
    }
    const corpus = [];
    for (const doc of await services.corpus.documents()) {
      const place = store.placeOf(doc.uri);
      const text = place && await store.textOf(doc.uri);
      if (place && text !== void 0) corpus.push({ source: place.source, text });
    }
    const plan = planImport(first.project, imported, corpus, () => false);
    for (const created of plan.newFiles) {
      let path = created.path;
      for (let n2 = 2; await exists(vscode.Uri.joinPath(first.folder.uri, path)); n2++) path = created.path.replace(/(-\d+)?\.txt$/, `-${n2}.txt`);
      if (path !== created.path) {
        for (const c2 of plan.project.codings) if (c2.source === created.path) c2.source = path;
      }
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(first.folder.uri, path), new TextEncoder().encode(created.text));
      created.path = path;
    }
    const before = new Set(first.project.codings.map((c2) => c2.guid));
    const codesBefore = new Set(first.project.codes.map((c2) => c2.guid));
    store.change(
      first.folder,
      ...plan.project.users.filter((u) => !first.project.users.some((x) => x.guid === u.guid)).map((user) => ({ type: "addUser", user })),
      ...plan.project.codes.filter((c2) => !codesBefore.has(c2.guid)).map((code) => ({ type: "addCode", code })),
      ...plan.project.codings.filter((c2) => !before.has(c2.guid)).map((coding) => ({ type: "addCoding", coding }))
    );
    await store.flush();
    services.corpus.refresh();
    const summary = `${imported.name}: ${plan.added} codings of ${imported.codes.length} codes imported${plan.newFiles.length ? `; ${plan.newFiles.length} new transcript(s) in coded-sources/` : ""}${plan.unmapped.length ? `; ${plan.unmapped.length} not imported (see the log)` : ""}.`;
    for (const u of plan.unmapped) services.log.warn(`import: ${u}`);
    void vscode.window.showInformationMessage(`Diplomatic Study: ${summary}`);
    return plan;
  };
  const exists = async (uri) => {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  };
  let recheck;
  const corpusChanged = services.corpus.onDidChange(() => {
    clearTimeout(recheck);
    recheck = setTimeout(() => void store.checkAnchors(), 200);
  });
  context.subscriptions.push(
    store,
    decorations,
    corpusChanged,
    { dispose: () => clearTimeout(recheck) },
    view,
    store.onDidChange(refresh),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.refresh()),
    vscode.commands.registerCommand(CodingCommands.codeSelection, codeSelection),
    vscode.commands.registerCommand(CodingCommands.removeCoding, async (guid) => {
      const placed = await pickCoding(codingsAtCursor(typeof guid === "string" ? guid : void 0), "Remove which coding?");
      if (!placed) return void vscode.window.showInformationMessage("Put the cursor in a coded passage to remove its coding.");
      store.change(placed.folder, { type: "removeCoding", guid: placed.coding.guid });
      return placed.coding.guid;
    }),
    vscode.commands.registerCommand(CodingCommands.recode, async (args) => {
      const placed = await pickCoding(codingsAtCursor(args?.guid), "Recode which coding?");
      if (!placed) return void vscode.window.showInformationMessage("Put the cursor in a coded passage to recode it.");
      const project = store.projects().find((p) => p.folder.uri.toString() === placed.folder.uri.toString()).project;
      const code = args?.code ? findCode(project.codes, args.code) ?? void 0 : await pickCode("Recode as\u2026", placed.coding.code);
      if (!code) return void 0;
      store.change(placed.folder, { type: "updateCoding", guid: placed.coding.guid, code: code.guid });
      return code.guid;
    }),
    vscode.commands.registerCommand(CodingCommands.renameCode, async (node, name) => {
      const target = node?.type === "code" ? node : void 0;
      if (!target) return;
      const newName = name ?? await vscode.window.showInputBox({ title: "Rename Code", value: target.code.name, validateInput: (v) => v.trim() && !v.includes("/") ? void 0 : 'A name, without "/"' });
      if (newName) store.change(target.folder, { type: "updateCode", guid: target.code.guid, name: newName.trim() });
    }),
    vscode.commands.registerCommand(CodingCommands.mergeCode, async (node, into) => {
      const target = node?.type === "code" ? node : void 0;
      if (!target) return;
      const project = store.projects().find((p) => p.folder.uri.toString() === target.folder.uri.toString()).project;
      const destination = into ? findCode(project.codes, into) : await pickCode(`Merge \u201C${target.code.name}\u201D into\u2026`, target.code.guid);
      if (!destination || destination.guid === target.code.guid) return;
      store.change(target.folder, { type: "removeCode", guid: target.code.guid, into: destination.guid });
    }),
    vscode.commands.registerCommand(CodingCommands.openCoding, openCoding),
    vscode.commands.registerCommand(CodingCommands.codeMatrix, matrix),
    vscode.commands.registerCommand(CodingCommands.exportQdpx, exportQdpx),
    vscode.commands.registerCommand(CodingCommands.importQdpx, importQdpx),
    vscode.commands.registerCommand(CodingCommands.exportCodebook, async (args) => {
      await store.ready();
      const first = store.projects()[0];
      if (!first) return void 0;
      const xml = await services.index.codebook(first.project);
      return saveBytes("Export Codebook", `${first.folder.name}.qdc`, { "REFI-QDA codebook": ["qdc"] }, new TextEncoder().encode(xml), args?.out);
    }),
    vscode.commands.registerCommand(CodingCommands.exportCodedSegments, async (args) => {
      await store.ready();
      const csv = codedSegmentsCsv(await codedRows(services, store));
      return saveBytes("Export Coded Segments (CSV)", "coded-segments.csv", { CSV: ["csv"] }, new TextEncoder().encode(`\uFEFF${csv}`), args?.out);
    }),
    vscode.languages.registerHoverProvider("*", {
      provideHover(document, position) {
        const at = document.offsetAt(position);
        const here = store.codingsOf(document.uri).filter((c2) => c2.start <= at && at < c2.end && !store.orphans.has(c2.guid));
        if (here.length === 0) return void 0;
        const project = store.projectFor(document.uri);
        const markdown = new vscode.MarkdownString(
          here.map((c2) => `$(tag) **${codePath(project.codes, c2.code)}**${c2.memo ? ` \u2014 ${c2.memo}` : ""}${project.codes.find((x) => x.guid === c2.code)?.memo ? `

*Code memo:* ${project.codes.find((x) => x.guid === c2.code).memo}` : ""}`).join("\n\n"),
          true
        );
        markdown.isTrusted = false;
        const first = here[0];
        return new vscode.Hover(markdown, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
      }
    })
  );
  return { codes: provider, view };
}

// src/extension/codingStore.ts
var vscode3 = __toESM(require("vscode"));

// src/core/source.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
var lenientUtf8 = new TextDecoder("utf-8", { fatal: false });
var SNIFF_BYTES = 8192;
function decodeTranscript(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes), warnings: [] };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return { ok: false, reason: "is a binary file (it contains NUL bytes), not a text transcript" };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), warnings: [] };
  } catch {
    return {
      ok: true,
      text: lenientUtf8.decode(bytes),
      warnings: ["is not valid UTF-8; the bytes that could not be decoded are shown as \uFFFD"]
    };
  }
}

// src/extension/extensionFiles.ts
var vscode2 = __toESM(require("vscode"));
function servedOverHttp(uri) {
  return uri.scheme === "http" || uri.scheme === "https";
}
async function readExtensionFile(uri) {
  if (!servedOverHttp(uri)) return vscode2.workspace.fs.readFile(uri);
  const response = await fetch(uri.toString(true));
  if (!response.ok) throw new Error(`${uri.toString(true)} answered ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}
async function listExtensionFolder(folder, keep) {
  let names;
  try {
    names = (await vscode2.workspace.fs.readDirectory(folder)).filter(([, type]) => type === vscode2.FileType.File).map(([name]) => name);
  } catch (error) {
    if (!servedOverHttp(folder) || typeof define_DIPLOMATIC_STUDY_BUNDLED_CORPUS_default === "undefined") throw error;
    names = define_DIPLOMATIC_STUDY_BUNDLED_CORPUS_default;
  }
  return names.filter(keep).map((name) => vscode2.Uri.joinPath(folder, name)).sort((a2, b) => a2.path.localeCompare(b.path));
}

// src/extension/codingStore.ts
var DIAGNOSTIC_SOURCE = "Diplomatic Study coding";
var SAVE_DELAY_MS = 300;
var CodingStore = class {
  constructor(extensionUri, log) {
    this.extensionUri = extensionUri;
    this.log = log;
    const watcher = vscode3.workspace.createFileSystemWatcher(`**/${CODING_FILE_PATH}`);
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => void this.reread(uri)),
      watcher.onDidCreate((uri) => void this.reread(uri)),
      watcher.onDidDelete((uri) => void this.reread(uri)),
      vscode3.workspace.onDidChangeTextDocument((e2) => this.onEdit(e2)),
      vscode3.workspace.onDidChangeWorkspaceFolders(() => {
        this.loading = void 0;
        void this.ready().then(() => this.changed.fire());
      })
    );
  }
  extensionUri;
  log;
  folders = /* @__PURE__ */ new Map();
  changed = new vscode3.EventEmitter();
  onDidChange = this.changed.event;
  diagnostics = vscode3.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  disposables = [];
  loading;
  saveTimers = /* @__PURE__ */ new Map();
  saving = /* @__PURE__ */ new Map();
  /** Codings whose words could not be found, by guid. */
  orphans = /* @__PURE__ */ new Set();
  ready() {
    this.loading ??= this.load();
    return this.loading;
  }
  /** Every folder's project (for views and exports). */
  projects() {
    return [...this.folders.values()].map((f) => ({ folder: f.folder, project: f.project }));
  }
  /** The folder whose coding file holds codings of this transcript, and the transcript's key there. */
  placeOf(uri) {
    const bundledRoot = this.extensionUri.toString().replace(/\/?$/, "/");
    if (uri.toString().startsWith(bundledRoot)) {
      const first = vscode3.workspace.workspaceFolders?.[0];
      const folder2 = first && this.folders.get(first.uri.toString());
      return folder2 ? { folder: folder2, source: `${BUNDLED_SOURCE}${decodeURIComponent(uri.toString().slice(bundledRoot.length))}` } : void 0;
    }
    const workspaceFolder = vscode3.workspace.getWorkspaceFolder(uri);
    const folder = workspaceFolder && this.folders.get(workspaceFolder.uri.toString());
    if (!folder) return void 0;
    const root = workspaceFolder.uri.path.replace(/\/?$/, "/");
    return uri.path.startsWith(root) ? { folder, source: uri.path.slice(root.length) } : void 0;
  }
  /** The transcript a coding names. */
  uriOf(folder, source) {
    return source.startsWith(BUNDLED_SOURCE) ? vscode3.Uri.joinPath(this.extensionUri, source.slice(BUNDLED_SOURCE.length)) : vscode3.Uri.joinPath(folder.uri, source);
  }
  /** The codings of a transcript, where they are now. */
  codingsOf(uri) {
    const place = this.placeOf(uri);
    return place ? place.folder.project.codings.filter((c2) => c2.source === place.source) : [];
  }
  /** Every coding, with its folder and transcript. */
  allCodings() {
    return [...this.folders.values()].flatMap((f) => f.project.codings.map((coding) => ({ coding, folder: f.folder, uri: this.uriOf(f.folder, coding.source) })));
  }
  /** The project of the folder a transcript's codings go to; undefined without a workspace folder. */
  projectFor(uri) {
    return this.placeOf(uri)?.folder.project;
  }
  /** Applies changes to the folder's project now, and writes them soon. */
  change(folder, ...changes) {
    const held = this.folders.get(folder.uri.toString());
    if (!held) throw new Error(`no coding file for ${folder.name}`);
    if (held.readOnly) throw new Error(held.readOnly);
    for (const change of changes) {
      applyChange(held.project, change);
      held.pending.push(change);
    }
    this.scheduleSave(held);
    this.changed.fire();
  }
  /** Writes what is pending now (tests; commands that export right after a change). */
  async flush() {
    for (const held of this.folders.values()) {
      clearTimeout(this.saveTimers.get(held.file.toString()));
      await this.save(held);
    }
  }
  async load() {
    const seen = /* @__PURE__ */ new Set();
    for (const folder of vscode3.workspace.workspaceFolders ?? []) {
      const key = folder.uri.toString();
      seen.add(key);
      const file = vscode3.Uri.joinPath(folder.uri, CODING_FILE_PATH);
      const held = this.folders.get(key) ?? { folder, file, project: emptyProject(), pending: [] };
      this.folders.set(key, held);
      await this.readInto(held);
    }
    for (const key of [...this.folders.keys()]) if (!seen.has(key)) this.folders.delete(key);
    await this.checkAnchors();
  }
  /** Reads the folder's file; this window's pending changes are applied on top. */
  async readInto(held) {
    let text;
    try {
      text = new TextDecoder().decode(await vscode3.workspace.fs.readFile(held.file));
    } catch {
      text = void 0;
    }
    if (text === void 0) {
      held.project = emptyProject();
      held.readOnly = void 0;
    } else {
      const { project, problems } = parseCodingFile(text);
      held.project = project;
      held.readOnly = problems.length ? `${vscode3.workspace.asRelativePath(held.file)} has problems (${problems.map((p) => `${p.path ? `${p.path}: ` : ""}${p.message}`).join("; ")}); fix them, and coding resumes \u2014 nothing of it is changed meanwhile` : project.version > CODING_FILE_VERSION ? `${vscode3.workspace.asRelativePath(held.file)} was written by a later version of Diplomatic Study; it is read, not written` : void 0;
      for (const p of problems) this.log.warn(`${vscode3.workspace.asRelativePath(held.file)}${p.path ? ` (${p.path})` : ""}: ${p.message}`);
    }
    held.lastText = text;
    for (const change of held.pending) applyChange(held.project, change);
  }
  async reread(uri) {
    const held = [...this.folders.values()].find((f) => f.file.toString() === uri.toString());
    if (!held) return;
    let text;
    try {
      text = new TextDecoder().decode(await vscode3.workspace.fs.readFile(held.file));
    } catch {
      text = void 0;
    }
    if (text === held.lastText) return;
    await this.readInto(held);
    await this.checkAnchors();
    this.changed.fire();
  }
  scheduleSave(held) {
    const key = held.file.toString();
    clearTimeout(this.saveTimers.get(key));
    this.saveTimers.set(key, setTimeout(() => void this.save(held), SAVE_DELAY_MS));
  }
  /** One write at a time per file: what is on disk now, this window's changes on top, then temp + rename. */
  save(held) {
    const key = held.file.toString();
    const previous = this.saving.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      if (held.pending.length === 0 || held.readOnly) return;
      const pending = held.pending.splice(0);
      try {
        const existing = await vscode3.workspace.fs.readFile(held.file).then(
          (bytes) => new TextDecoder().decode(bytes),
          () => void 0
        );
        const read = existing === void 0 ? { project: emptyProject(), problems: [] } : parseCodingFile(existing);
        if (read.problems.length) throw new Error(`${vscode3.workspace.asRelativePath(held.file)} changed on disk and now has problems; not written over`);
        const onDisk = read.project;
        for (const change of pending) applyChange(onDisk, change);
        const text = serializeCodingFile(onDisk);
        const temporary = vscode3.Uri.joinPath(held.file, "..", `.coding.json.${Date.now()}.tmp`);
        await vscode3.workspace.fs.createDirectory(vscode3.Uri.joinPath(held.file, ".."));
        await vscode3.workspace.fs.writeFile(temporary, new TextEncoder().encode(text));
        await vscode3.workspace.fs.rename(temporary, held.file, { overwrite: true });
        held.lastText = text;
        held.project = onDisk;
        for (const change of held.pending) applyChange(held.project, change);
      } catch (error) {
        held.pending.unshift(...pending);
        this.log.error(`coding: could not write ${held.file.toString()}: ${error.message}`);
        void vscode3.window.showErrorMessage(`Diplomatic Study could not save the codings: ${error.message}`);
      }
    });
    this.saving.set(key, next);
    return next;
  }
  /** Codings follow the edits of an open transcript, word by word. */
  onEdit(event) {
    if (event.contentChanges.length === 0) return;
    const place = this.placeOf(event.document.uri);
    if (!place || place.folder.readOnly) return;
    const codings = place.folder.project.codings.filter((c2) => c2.source === place.source);
    if (codings.length === 0) return;
    const text = event.document.getText();
    const changes = [];
    const edits = [...event.contentChanges].sort((a2, b) => b.rangeOffset - a2.rangeOffset);
    let lostChanged = false;
    for (const coding of codings) {
      let span;
      if (!this.orphans.has(coding.guid)) {
        span = { start: coding.start, end: coding.end };
        for (const edit of edits) {
          if (!span) break;
          span = followEdit(span, { start: edit.rangeOffset, end: edit.rangeOffset + edit.rangeLength, inserted: edit.text.length });
        }
      }
      span ??= relocate(coding, text);
      if (!span) {
        lostChanged ||= !this.orphans.has(coding.guid);
        this.orphans.add(coding.guid);
        continue;
      }
      lostChanged ||= this.orphans.delete(coding.guid);
      if (span.start === coding.start && span.end === coding.end && text.slice(span.start, span.end) === coding.text) continue;
      const moved = withSpan(coding, text, span);
      changes.push({ type: "updateCoding", guid: coding.guid, start: moved.start, end: moved.end, text: moved.text, before: moved.before, after: moved.after });
    }
    if (changes.length) this.change(place.folder.folder, ...changes);
    if (lostChanged) {
      this.report();
      this.changed.fire();
    }
  }
  /** The text a transcript has now: the editor's when it is open, else the file's. */
  async textOf(uri) {
    const open = vscode3.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      const bytes = uri.toString().startsWith(this.extensionUri.toString()) ? await readExtensionFile(uri) : await vscode3.workspace.fs.readFile(uri);
      const decoded = decodeTranscript(bytes);
      return decoded.ok ? decoded.text : void 0;
    } catch {
      return void 0;
    }
  }
  /** Finds every coding's words again (after a load, or a change on disk); reports those that are gone. */
  async checkAnchors() {
    this.orphans.clear();
    for (const held of this.folders.values()) {
      const bySource = /* @__PURE__ */ new Map();
      for (const c2 of held.project.codings) bySource.set(c2.source, [...bySource.get(c2.source) ?? [], c2]);
      const changes = [];
      for (const [source, codings] of bySource) {
        const text = await this.textOf(this.uriOf(held.folder, source));
        for (const coding of codings) {
          const span = text === void 0 ? void 0 : relocate(coding, text);
          if (!span) {
            this.orphans.add(coding.guid);
            continue;
          }
          if (span.start !== coding.start || span.end !== coding.end || text.slice(span.start, span.end) !== coding.text) {
            const moved = withSpan(coding, text, span);
            changes.push({ type: "updateCoding", guid: coding.guid, start: moved.start, end: moved.end, text: moved.text, before: moved.before, after: moved.after });
          }
        }
      }
      if (changes.length && !held.readOnly) this.change(held.folder, ...changes);
    }
    this.report();
  }
  /** Codings whose words are gone, in the Problems panel: on their transcript, or on the coding file when the transcript is gone. */
  report() {
    this.diagnostics.clear();
    const byUri = /* @__PURE__ */ new Map();
    for (const { coding, folder, uri } of this.allCodings()) {
      if (!this.orphans.has(coding.guid)) continue;
      const held = this.folders.get(folder.uri.toString());
      const code = held.project.codes.find((c2) => c2.guid === coding.code)?.name ?? "a code";
      const open = vscode3.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const target = open ? uri : held.file;
      const range = open ? new vscode3.Range(open.positionAt(Math.min(coding.start, open.getText().length)), open.positionAt(Math.min(coding.start, open.getText().length))) : new vscode3.Range(0, 0, 0, 0);
      const diagnostic = new vscode3.Diagnostic(range, `The passage coded \u201C${code}\u201D is no longer in ${vscode3.workspace.asRelativePath(uri)}: \u201C${coding.text.slice(0, 80)}${coding.text.length > 80 ? "\u2026" : ""}\u201D. The coding is kept in ${CODING_FILE_PATH}; code the passage again or remove the coding.`, vscode3.DiagnosticSeverity.Warning);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = "coding-lost";
      const entry = byUri.get(target.toString()) ?? { uri: target, list: [] };
      entry.list.push(diagnostic);
      byUri.set(target.toString(), entry);
    }
    for (const { uri, list } of byUri.values()) this.diagnostics.set(uri, list);
  }
  dispose() {
    for (const timer of this.saveTimers.values()) clearTimeout(timer);
    this.diagnostics.dispose();
    this.changed.dispose();
    for (const d of this.disposables) d.dispose();
  }
};

// src/extension/config.ts
var vscode4 = __toESM(require("vscode"));
var DEFAULT_INCLUDE = ["**/transcripts/**/*.{txt,md,html,htm}", "**/*.transcript.{txt,md}"];
var DEFAULT_EXCLUDE = ["**/node_modules/**", "**/.git/**"];
var DEFAULT_GLOSSARY_FILES = [".vscode/diplomatic-glossary.json"];
function strings(value, fallback) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string" && v.trim() !== "") : fallback;
}
var Config = class {
  corpusSettings = [Settings.corpusInclude, Settings.corpusExclude, Settings.corpusIncludeBundled];
  get section() {
    return vscode4.workspace.getConfiguration();
  }
  get hoverEnabled() {
    return this.section.get(Settings.hoverEnabled, true);
  }
  get hoverLanguages() {
    return strings(this.section.get(Settings.hoverLanguages), ["markdown", "plaintext", "transcript"]);
  }
  get followCursor() {
    return this.section.get(Settings.followCursor, true);
  }
  get corpusInclude() {
    return strings(this.section.get(Settings.corpusInclude), DEFAULT_INCLUDE);
  }
  get corpusExclude() {
    return strings(this.section.get(Settings.corpusExclude), DEFAULT_EXCLUDE);
  }
  get includeBundled() {
    return this.section.get(Settings.corpusIncludeBundled, true);
  }
  get glossaryFiles() {
    return strings(this.section.get(Settings.glossaryFiles), DEFAULT_GLOSSARY_FILES);
  }
  get acronymCheck() {
    return this.section.get(Settings.acronymCheck, true);
  }
  /** Runs `listener` when any of `settings` changes. */
  onDidChange(settings, listener, disposables) {
    vscode4.workspace.onDidChangeConfiguration(
      (event) => {
        if (settings.some((s5) => event.affectsConfiguration(s5))) listener();
      },
      void 0,
      disposables
    );
  }
};

// src/extension/corpusService.ts
var vscode5 = __toESM(require("vscode"));

// src/core/display.ts
var encoder = new TextEncoder();
var decoder = new TextDecoder();
var DisplayReader = class {
  constructor(bytes) {
    this.bytes = bytes;
    this.transcript = { ...JSON.parse(this.nextLine()), sections: [] };
  }
  bytes;
  at = 0;
  transcript;
  mentions = [];
  get done() {
    return this.at >= this.bytes.byteLength;
  }
  nextLine() {
    let end = this.bytes.indexOf(10, this.at);
    if (end < 0) end = this.bytes.byteLength;
    const line = decoder.decode(this.bytes.subarray(this.at, end));
    this.at = end + 1;
    return line;
  }
  step() {
    const part = JSON.parse(this.nextLine());
    if (part.sections) for (const s5 of part.sections) this.transcript.sections.push(s5);
    if (part.mentions) for (const m of part.mentions) this.mentions.push(m);
  }
  result() {
    return { transcript: this.transcript, mentions: this.mentions };
  }
};

// src/core/glob.ts
function escape(ch) {
  return /[.+^$()|[\]\\]/.test(ch) ? `\\${ch}` : ch;
}
function globToRegExp(glob) {
  let out = "";
  let inBraces = 0;
  for (let i2 = 0; i2 < glob.length; i2++) {
    const ch = glob[i2];
    if (ch === "*") {
      if (glob[i2 + 1] === "*") {
        if (glob[i2 + 2] === "/") {
          out += "(?:.*/)?";
          i2 += 2;
        } else {
          out += ".*";
          i2 += 1;
        }
      } else out += "[^/]*";
    } else if (ch === "?") out += "[^/]";
    else if (ch === "{") {
      inBraces++;
      out += "(?:";
    } else if (ch === "}" && inBraces > 0) {
      inBraces--;
      out += ")";
    } else if (ch === "," && inBraces > 0) out += "|";
    else out += escape(ch);
  }
  return new RegExp(`^${out}$`);
}
var compiled = /* @__PURE__ */ new Map();
function matchesAny(relativePath, patterns) {
  const path = relativePath.replace(/\\/g, "/");
  return patterns.some((p) => {
    let regex = compiled.get(p);
    if (!regex) compiled.set(p, regex = globToRegExp(p));
    return regex.test(path);
  });
}

// src/extension/yieldToEditor.ts
function yieldToEditor() {
  return new Promise((resolve) => typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0));
}

// src/extension/corpusService.ts
var TRANSCRIPT_FILE = /\.(?:txt|md|markdown|html?)$/i;
var MAX_FILE_BYTES = 200 * 1024 * 1024;
var READ_CONCURRENCY = 8;
var LOAD_BATCH = 100;
var SAVE_DELAY_MS2 = 5e3;
var DISPLAY_MS_PER_TURN = 12;
var EDIT_DEBOUNCE_MS = 300;
var WATCH_DEBOUNCE_MS = 100;
var CorpusService = class {
  constructor(extensionUri, config, glossary, index, log, cacheFolder) {
    this.extensionUri = extensionUri;
    this.config = config;
    this.glossary = glossary;
    this.index = index;
    this.log = log;
    this.cacheFolder = cacheFolder;
    index.onWorkerLost = () => this.refresh();
    glossary.onDidChange(() => void this.rematch(), void 0, this.disposables);
    config.onDidChange(config.corpusSettings, () => this.refresh(), this.disposables);
    vscode5.workspace.onDidChangeTextDocument((e2) => this.onEdit(e2.document), void 0, this.disposables);
    vscode5.workspace.onDidCloseTextDocument((d) => this.onClose(d), void 0, this.disposables);
    vscode5.workspace.onDidChangeWorkspaceFolders(() => this.refresh(), void 0, this.disposables);
  }
  extensionUri;
  config;
  glossary;
  index;
  log;
  cacheFolder;
  docs = /* @__PURE__ */ new Map();
  /** Files that could not be read, and why: the log says it, and tests read it. */
  problems = /* @__PURE__ */ new Map();
  loading;
  mentionIndex;
  changed = new vscode5.EventEmitter();
  /** Fires when the set of transcripts or their contents changed. */
  onDidChange = this.changed.event;
  disposables = [];
  watchers = [];
  timers = /* @__PURE__ */ new Map();
  generation = 0;
  /** Where the load under way is: files read of files found; tests and the status bar read it. */
  progress = { read: 0, total: 0, stopped: false };
  stopRequested = false;
  status = vscode5.window.createStatusBarItem("diplomaticStudy.indexing", vscode5.StatusBarAlignment.Left, 10);
  /** Every transcript, once the first load has finished. */
  async documents() {
    this.loading ??= this.load();
    await this.loading;
    return [...this.docs.values()];
  }
  async documentFor(uri) {
    await this.documents();
    return this.docs.get(uri.toString());
  }
  /** Mentions by glossary id, in corpus order. */
  async mentions() {
    await this.documents();
    if (!this.mentionIndex) {
      const index = /* @__PURE__ */ new Map();
      for (const document of this.docs.values()) {
        for (const m of document.mentions) {
          const list = index.get(m.entryId) ?? [];
          list.push({ entryId: m.entryId, document, range: new vscode5.Range(m.line, m.start, m.line, m.end), text: m.text, before: m.before, after: m.after });
          index.set(m.entryId, list);
        }
      }
      this.mentionIndex = index;
    }
    return this.mentionIndex;
  }
  async mentionsOf(entryId) {
    return (await this.mentions()).get(entryId) ?? [];
  }
  async search(query, options) {
    await this.documents();
    return this.index.search(query, options);
  }
  /** A corpus study over every transcript, once the first load has finished. */
  async study(request) {
    await this.documents();
    return this.index.study(request);
  }
  /** Reads everything again (settings changed, the user asked, the worker was lost). */
  refresh() {
    this.generation++;
    this.corpusPatterns = void 0;
    this.loading = void 0;
    this.mentionIndex = void 0;
    for (const uri of [...this.docs.keys()]) void this.index.remove(uri).catch(() => void 0);
    this.docs.clear();
    this.problems.clear();
    this.changed.fire();
  }
  /** Whether a file is a transcript of the corpus (bundled, or by the settings), known without waiting for a load. */
  isCorpusFile(uri) {
    return this.config.includeBundled && this.isBundled(uri) || this.isWorkspaceTranscript(uri);
  }
  /** Whether a file belongs to the workspace corpus, by the include and exclude settings. */
  isWorkspaceTranscript(uri) {
    if (!TRANSCRIPT_FILE.test(uri.path)) return false;
    const relative = vscode5.workspace.asRelativePath(uri, false);
    if (relative === uri.fsPath || relative === uri.path) return false;
    const { include, exclude } = this.patterns();
    return matchesAny(relative, include) && !matchesAny(relative, exclude);
  }
  corpusPatterns;
  /** The include and exclude settings, read once per load: reading settings per file took 0.8 s at 10,000 files. */
  patterns() {
    return this.corpusPatterns ??= { include: this.config.corpusInclude, exclude: this.config.corpusExclude };
  }
  /** A file the worker reads from disk itself (and caches); in a browser, or remote, files come through vscode.workspace.fs. */
  onLocalDisk(uri) {
    return uri.scheme === "file" && this.index.readsDisk;
  }
  isBundled(uri) {
    return uri.toString().startsWith(vscode5.Uri.joinPath(this.extensionUri, "corpus").toString());
  }
  async load() {
    const generation = this.generation;
    const started = performance.now();
    await this.setGlossary();
    const cached = await this.openCache();
    const listing = (async () => [...this.config.includeBundled ? await this.bundledFiles() : [], ...await this.workspaceFiles()])();
    const dirty = new Set(vscode5.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    const early = cached.map((key) => vscode5.Uri.parse(key)).filter((u) => this.onLocalDisk(u) && !dirty.has(u.toString()));
    Object.assign(this.progress, { read: 0, total: early.length, stopped: false });
    this.stopRequested = false;
    let uris = early;
    const request = (batch) => ({ batch, results: this.index.loadFiles(batch.map((uri) => ({ file: uri.toString(), path: uri.fsPath, fileName: uri.path.split("/").pop() ?? uri.fsPath }))) });
    const readOnDisk = async (list) => {
      let pending = list.length > 0 ? request(list.slice(0, LOAD_BATCH)) : void 0;
      for (let i2 = LOAD_BATCH; pending; i2 += LOAD_BATCH) {
        const { batch } = pending;
        const results = await pending.results;
        if (generation !== this.generation) return;
        pending = i2 < list.length && !this.stopRequested ? request(list.slice(i2, i2 + LOAD_BATCH)) : void 0;
        for (let k = 0; k < results.length; k++) {
          if (generation !== this.generation) return;
          await this.take(batch[k], results[k]);
          this.progress.read++;
        }
      }
    };
    const work = async () => {
      const [listed] = await Promise.all([listing, readOnDisk(early)]);
      if (generation !== this.generation) return;
      uris = listed;
      const keys = new Set(listed.map((u) => u.toString()));
      const preloaded = /* @__PURE__ */ new Set();
      for (const uri of early) {
        const key = uri.toString();
        if (keys.has(key)) preloaded.add(key);
        else if (this.docs.delete(key) || this.problems.delete(key)) void this.index.remove(key).catch(() => void 0);
      }
      Object.assign(this.progress, { read: Math.min(this.progress.read, preloaded.size), total: listed.length });
      const onDisk = listed.filter((u) => this.onLocalDisk(u) && !dirty.has(u.toString()) && !preloaded.has(u.toString()));
      const elsewhere = listed.filter((u) => !this.onLocalDisk(u) || dirty.has(u.toString()));
      await readOnDisk(onDisk);
      let next = 0;
      const worker = async () => {
        while (next < elsewhere.length && generation === this.generation && !this.stopRequested) {
          await this.readFile(elsewhere[next++], generation);
          if (generation === this.generation) this.progress.read++;
        }
      };
      await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, elsewhere.length) }, worker));
    };
    let done = false;
    const finished = work().finally(() => done = true);
    const count = new Intl.NumberFormat("en");
    const show = () => {
      if (done || generation !== this.generation) return;
      this.status.text = `$(sync~spin) Indexing transcripts ${count.format(this.progress.read)}/${count.format(this.progress.total)}`;
      this.status.tooltip = "Diplomatic Study is reading and indexing transcripts. Click to stop; Refresh reads them all again.";
      this.status.command = Commands.stopIndexing;
      this.status.show();
      setTimeout(show, 250);
    };
    setTimeout(show, 300);
    await finished;
    this.status.hide();
    if (generation !== this.generation) return;
    this.watch();
    if (this.stopRequested) {
      this.progress.stopped = true;
      this.log.warn(`corpus: indexing stopped after ${this.progress.read} of ${uris.length} transcripts; Refresh reads them all`);
      void vscode5.window.showInformationMessage(`Diplomatic Study: indexing stopped after ${count.format(this.progress.read)} of ${count.format(uris.length)} transcripts. Refresh reads them all.`);
    }
    this.log.info(`corpus: ${this.docs.size} transcripts read in ${(performance.now() - started).toFixed(0)} ms (${this.fromCache} from the cache)${this.problems.size ? `; ${this.problems.size} skipped (see above)` : ""}`);
    this.scheduleSave(0);
  }
  /** How many transcripts the last load took from the cache; tests read it. */
  fromCache = 0;
  /** How many times the cache was brought up to date; tests wait on it. */
  cacheSaves = 0;
  cacheOpen = false;
  saveTimer;
  /** Opens the cache; answers the files it holds (URIs), to be read while the workspace is listed. */
  async openCache() {
    this.fromCache = 0;
    if (!this.cacheFolder || !this.onLocalDisk(this.cacheFolder)) return [];
    try {
      await vscode5.workspace.fs.createDirectory(this.cacheFolder);
      const file = vscode5.Uri.joinPath(this.cacheFolder, "corpus-cache.bin").fsPath;
      const opened = await this.index.openCache(file);
      this.cacheOpen = true;
      if (opened.problem) this.log.warn(`the corpus cache ${file} could not be used (${opened.problem}); it is rebuilt`);
      return opened.files ?? [];
    } catch (error) {
      this.log.warn(`no corpus cache (${error.message}); transcripts are read in full each time`);
      return [];
    }
  }
  /** Writes the cache now (tests; a load writes it on its own when it ends). */
  async saveCache() {
    if (!this.cacheOpen) return;
    clearTimeout(this.saveTimer);
    await this.index.saveCache();
    this.cacheSaves++;
  }
  /** Writes the cache once changes have settled; a failure to write costs time next time, nothing else. */
  scheduleSave(delay = SAVE_DELAY_MS2) {
    if (!this.cacheOpen) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.index.saveCache().then(
        (r4) => {
          this.cacheSaves++;
          if (r4.written) this.log.info("corpus: cache written");
        },
        (error) => this.log.warn(`the corpus cache could not be written (${error.message})`)
      );
    }, delay);
  }
  /** Takes one file the worker read: what the views show of it, read a few lines at a time. */
  async take(uri, result) {
    const key = uri.toString();
    if ("skipped" in result) {
      this.problems.set(key, result.skipped);
      this.log.warn(`${vscode5.workspace.asRelativePath(uri)}: ${result.skipped}; skipped`);
      this.docs.delete(key);
      return;
    }
    for (const warning of result.warnings) this.log.warn(`${vscode5.workspace.asRelativePath(uri)}: ${warning}`);
    if (result.cached) this.fromCache++;
    if (!result.display) return;
    const reader = new DisplayReader(result.display);
    let turn = performance.now();
    while (!reader.done) {
      reader.step();
      if (performance.now() - turn > DISPLAY_MS_PER_TURN) {
        await yieldToEditor();
        turn = performance.now();
      }
    }
    const indexed = reader.result();
    this.problems.delete(key);
    this.docs.set(key, { uri, transcript: indexed.transcript, mentions: indexed.mentions, bundled: this.isBundled(uri) });
  }
  /** Stops a load under way: what was read stays, the rest waits for a refresh. */
  stopLoading() {
    if (this.progress.read < this.progress.total) this.stopRequested = true;
  }
  async setGlossary() {
    const { glossary } = await this.glossary.ready();
    await this.index.setGlossary(glossary.entries);
  }
  /** The glossary changed: the worker matches every file again, without reading any. */
  async rematch() {
    if (!this.loading) return;
    await this.loading;
    const { glossary } = await this.glossary.ready();
    const all = await this.index.setGlossary(glossary.entries);
    for (const [uri, mentions] of Object.entries(all)) {
      const document = this.docs.get(uri);
      if (document) document.mentions = mentions;
    }
    this.mentionIndex = void 0;
    this.changed.fire();
  }
  async bundledFiles() {
    const folder = vscode5.Uri.joinPath(this.extensionUri, "corpus", "transcripts");
    try {
      return await listExtensionFolder(folder, (name) => TRANSCRIPT_FILE.test(name));
    } catch (error) {
      this.log.error(`cannot list the bundled corpus ${folder.toString()}: ${error.message}`);
      return [];
    }
  }
  async workspaceFiles() {
    if (!vscode5.workspace.workspaceFolders?.length || this.config.corpusInclude.length === 0) return [];
    const found = /* @__PURE__ */ new Map();
    for (const uris of await Promise.all(this.config.corpusInclude.map((pattern) => vscode5.workspace.findFiles(pattern)))) {
      for (const uri of uris) found.set(uri.toString(), uri);
    }
    const all = [...found.values()];
    const kept = [];
    for (let i2 = 0; i2 < all.length; i2 += 1e3) {
      if (i2 > 0) await yieldToEditor();
      for (const uri of all.slice(i2, i2 + 1e3)) if (this.isWorkspaceTranscript(uri)) kept.push(uri);
    }
    const collator = new Intl.Collator();
    return kept.sort((a2, b) => collator.compare(a2.path, b.path));
  }
  /** Reads, decodes and indexes one file; a file that cannot be read is logged and skipped. */
  async readFile(uri, generation) {
    const key = uri.toString();
    const name = uri.path.split("/").pop() ?? key;
    const skip = (reason) => {
      this.problems.set(key, reason);
      this.log.warn(`${vscode5.workspace.asRelativePath(uri)}: ${reason}; skipped`);
      if (this.docs.delete(key)) void this.index.remove(key);
    };
    try {
      const open = vscode5.workspace.textDocuments.find((d) => d.uri.toString() === key && d.isDirty);
      let indexed;
      if (open) indexed = await this.index.upsert(key, open.getText(), name);
      else if (this.onLocalDisk(uri)) {
        const [result] = await this.index.loadFiles([{ file: key, path: uri.fsPath, fileName: name }]);
        if (generation === this.generation) await this.take(uri, result);
        return;
      } else {
        const bundled = this.isBundled(uri);
        const stat = bundled ? void 0 : await vscode5.workspace.fs.stat(uri);
        if (stat && stat.size > MAX_FILE_BYTES) return skip(`is ${(stat.size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a transcript may be`);
        const result = await this.index.upsertBytes(key, bundled ? await readExtensionFile(uri) : await vscode5.workspace.fs.readFile(uri), name);
        if ("skipped" in result) return skip(result.skipped);
        for (const warning of result.warnings) this.log.warn(`${vscode5.workspace.asRelativePath(uri)}: ${warning}`);
        indexed = result;
      }
      if (generation !== this.generation) return;
      this.problems.delete(key);
      this.docs.set(key, { uri, transcript: indexed.transcript, mentions: indexed.mentions, bundled: this.isBundled(uri) });
    } catch (error) {
      if (error instanceof vscode5.FileSystemError && error.code === "FileNotFound") return skip("was deleted before it could be read");
      skip(`could not be read (${error.message})`);
    }
  }
  watch() {
    vscode5.Disposable.from(...this.watchers).dispose();
    this.watchers = [];
    for (const folder of vscode5.workspace.workspaceFolders ?? []) {
      const watcher = vscode5.workspace.createFileSystemWatcher(new vscode5.RelativePattern(folder, "**/*.{txt,md,markdown,html,htm}"));
      const onEvent = (uri) => {
        if (this.docs.has(uri.toString()) || this.problems.has(uri.toString()) || this.isWorkspaceTranscript(uri)) this.schedule(uri);
      };
      watcher.onDidCreate(onEvent, void 0, this.watchers);
      watcher.onDidChange(onEvent, void 0, this.watchers);
      watcher.onDidDelete(onEvent, void 0, this.watchers);
      this.watchers.push(watcher);
    }
  }
  /** Runs `work` for a file once the events about it have paused for `ms`. */
  debounce(key, ms, work) {
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        work().catch((error) => this.log.warn(`${key}: ${error.message}`));
      }, ms)
    );
  }
  /** One file changed on disk: read it alone again (or drop it), never the whole corpus. */
  schedule(uri) {
    this.debounce(uri.toString(), WATCH_DEBOUNCE_MS, async () => {
      this.queue.set(uri.toString(), uri);
      this.pump();
    });
  }
  /** Files waiting to be read again; a burst of thousands is read a few at a time. */
  queue = /* @__PURE__ */ new Map();
  running = 0;
  pump() {
    while (this.running < READ_CONCURRENCY && this.queue.size > 0) {
      const [key, uri] = this.queue.entries().next().value;
      this.queue.delete(key);
      this.running++;
      void this.update(uri).catch((error) => this.log.warn(`${key}: ${error.message}`)).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }
  /**
   * Reads a file this extension has just written (an import) at once, without waiting for the file
   * watcher's event; the watcher's own event later finds it current.
   */
  async reread(uri) {
    await this.update(uri);
  }
  async update(uri) {
    const key = uri.toString();
    let exists = true;
    try {
      await vscode5.workspace.fs.stat(uri);
    } catch {
      exists = false;
    }
    if (!exists || !this.isBundled(uri) && !this.isWorkspaceTranscript(uri)) {
      const had = this.docs.delete(key) || this.problems.delete(key);
      if (had) {
        await this.index.remove(key);
        this.changedNow();
      }
      return;
    }
    await this.readFile(uri, this.generation);
    this.changedNow();
  }
  onEdit(document) {
    const key = document.uri.toString();
    if (!this.docs.has(key) && !(vscode5.workspace.getWorkspaceFolder(document.uri) && this.isWorkspaceTranscript(document.uri))) return;
    this.debounce(key, EDIT_DEBOUNCE_MS, () => this.reindexText(document));
  }
  async reindexText(document) {
    if (document.isClosed) return;
    const key = document.uri.toString();
    const indexed = await this.index.upsert(key, document.getText(), document.uri.path.split("/").pop() ?? key);
    this.docs.set(key, { uri: document.uri, transcript: indexed.transcript, mentions: indexed.mentions, bundled: this.isBundled(document.uri) });
    this.changedNow();
  }
  /** Closing an editor with unsaved edits: the file on disk is the transcript again. */
  onClose(document) {
    if (this.docs.has(document.uri.toString())) this.schedule(document.uri);
  }
  changeTimer;
  /** Files changed: views follow once a burst of changes (a checkout, a copy of thousands) has passed. */
  changedNow() {
    this.mentionIndex = void 0;
    this.scheduleSave();
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = void 0;
      this.mentionIndex = void 0;
      this.changed.fire();
    }, 50);
  }
  dispose() {
    for (const timer of this.timers.values()) clearTimeout(timer);
    clearTimeout(this.changeTimer);
    clearTimeout(this.saveTimer);
    vscode5.Disposable.from(...this.watchers, ...this.disposables, this.status).dispose();
    this.changed.dispose();
  }
};

// src/extension/drafting.ts
var vscode7 = __toESM(require("vscode"));

// node_modules/@orama/stemmers/dist/en.js
var e = { ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize", bli: "ble", alli: "al", entli: "ent", eli: "e", ousli: "ous", ization: "ize", ation: "ate", ator: "ate", alism: "al", iveness: "ive", fulness: "ful", ousness: "ous", aliti: "al", iviti: "ive", biliti: "ble", logi: "log" };
var t = { icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: "" };
var i = "[aeiouy]";
var s = "[^aeiou][^aeiouy]*";
var l = i + "[aeiou]*";
var a = "^(" + s + ")?" + l + s;
var n = "^(" + s + ")?" + l + s + "(" + l + ")?$";
var o = "^(" + s + ")?" + l + s + l + s;
var c = "^(" + s + ")?" + i;
function stemmer(l2) {
  let u, x, g, $, p, r4;
  if (l2.length < 3) return l2;
  let f = l2.substring(0, 1);
  if ("y" == f && (l2 = f.toUpperCase() + l2.substring(1)), $ = /^(.+?)([^s])s$/, (g = /^(.+?)(ss|i)es$/).test(l2) ? l2 = l2.replace(g, "$1$2") : $.test(l2) && (l2 = l2.replace($, "$1$2")), $ = /^(.+?)(ed|ing)$/, (g = /^(.+?)eed$/).test(l2)) {
    let e2 = g.exec(l2);
    (g = new RegExp(a)).test(e2[1]) && (g = /.$/, l2 = l2.replace(g, ""));
  } else $.test(l2) && (u = $.exec(l2)[1], ($ = new RegExp(c)).test(u) && (l2 = u, $ = /(at|bl|iz)$/, p = RegExp("([^aeiouylsz])\\1$"), r4 = RegExp("^" + s + i + "[^aeiouwxy]$"), $.test(l2) ? l2 += "e" : p.test(l2) ? (g = /.$/, l2 = l2.replace(g, "")) : r4.test(l2) && (l2 += "e")));
  if ((g = /^(.+?)y$/).test(l2)) {
    let e2 = g.exec(l2);
    u = e2?.[1], g = new RegExp(c), u && g.test(u) && (l2 = u + "i");
  }
  if ((g = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/).test(l2)) {
    let t2 = g.exec(l2);
    u = t2?.[1], x = t2?.[2], g = new RegExp(a), u && g.test(u) && (l2 = u + e[x]);
  }
  if ((g = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/).test(l2)) {
    let e2 = g.exec(l2);
    u = e2?.[1], x = e2?.[2], g = new RegExp(a), u && g.test(u) && (l2 = u + t[x]);
  }
  if ($ = /^(.+?)(s|t)(ion)$/, (g = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/).test(l2)) {
    let e2 = g.exec(l2);
    u = e2?.[1], g = new RegExp(o), u && g.test(u) && (l2 = u);
  } else if ($.test(l2)) {
    let e2 = $.exec(l2);
    u = e2?.[1] ?? "" + e2?.[2] ?? "", ($ = new RegExp(o)).test(u) && (l2 = u);
  }
  if ((g = /^(.+?)e$/).test(l2)) {
    let e2 = g.exec(l2);
    u = e2?.[1], g = new RegExp(o), $ = new RegExp(n), p = RegExp("^" + s + i + "[^aeiouwxy]$"), u && (g.test(u) || $.test(u) && !p.test(u)) && (l2 = u);
  }
  return g = /ll$/, $ = new RegExp(o), g.test(l2) && $.test(l2) && (g = /.$/, l2 = l2.replace(g, "")), "y" == f && (l2 = f.toLowerCase() + l2.substring(1)), l2;
}

// node_modules/@orama/stemmers/dist/fr.js
function r() {
  this.p = function(r4) {
    this.j = r4, this.cursor = 0, this.a = this.j.length, this.f = 0, this.c = this.cursor, this.d = this.a;
  }, this.z = function() {
    return this.j;
  }, this.w = function(r4) {
    this.j = r4.j, this.cursor = r4.cursor, this.a = r4.a, this.f = r4.f, this.c = r4.c, this.d = r4.d;
  }, this.i = function(r4, s5, e2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return !(i2 > e2) && !(i2 < s5) && 0 != (r4[(i2 -= s5) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.n = function(r4, s5, e2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return !(i2 > e2) && !(i2 < s5) && 0 != (r4[(i2 -= s5) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.k = function(r4, s5, e2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return i2 > e2 || i2 < s5 ? (this.cursor++, true) : 0 == (r4[(i2 -= s5) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.q = function(r4, s5, e2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return i2 > e2 || i2 < s5 ? (this.cursor--, true) : 0 == (r4[(i2 -= s5) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.m = function(r4) {
    return !(this.a - this.cursor < r4.length) && this.j.slice(this.cursor, this.cursor + r4.length) == r4 && (this.cursor += r4.length, true);
  }, this.g = function(r4) {
    return !(this.cursor - this.f < r4.length) && this.j.slice(this.cursor - r4.length, this.cursor) == r4 && (this.cursor -= r4.length, true);
  }, this.o = function(r4) {
    for (var s5 = 0, e2 = r4.length, i2 = this.cursor, u = this.a, t2 = 0, c2 = 0, a2 = false; ; ) {
      var o2, n2 = s5 + (e2 - s5 >>> 1), f = 0, h = t2 < c2 ? t2 : c2, b = r4[n2];
      for (o2 = h; o2 < b[0].length; o2++) {
        if (i2 + h == u) {
          f = -1;
          break;
        }
        if (0 != (f = this.j.charCodeAt(i2 + h) - b[0].charCodeAt(o2))) break;
        h++;
      }
      if (0 > f ? (e2 = n2, c2 = h) : (s5 = n2, t2 = h), 1 >= e2 - s5) {
        if (0 < s5 || e2 == s5 || a2) break;
        a2 = true;
      }
    }
    for (; ; ) {
      if (t2 >= (b = r4[s5])[0].length && (this.cursor = i2 + b[0].length, 4 > b.length || (s5 = b[3](this), this.cursor = i2 + b[0].length, s5))) return b[2];
      if (0 > (s5 = b[1])) return 0;
    }
  }, this.h = function(r4) {
    for (var s5 = 0, e2 = r4.length, i2 = this.cursor, u = this.f, t2 = 0, c2 = 0, a2 = false; ; ) {
      var o2, n2 = s5 + (e2 - s5 >> 1), f = 0, h = t2 < c2 ? t2 : c2, b = r4[n2];
      for (o2 = b[0].length - 1 - h; 0 <= o2; o2--) {
        if (i2 - h == u) {
          f = -1;
          break;
        }
        if (0 != (f = this.j.charCodeAt(i2 - 1 - h) - b[0].charCodeAt(o2))) break;
        h++;
      }
      if (0 > f ? (e2 = n2, c2 = h) : (s5 = n2, t2 = h), 1 >= e2 - s5) {
        if (0 < s5 || e2 == s5 || a2) break;
        a2 = true;
      }
    }
    for (; ; ) {
      if (t2 >= (b = r4[s5])[0].length && (this.cursor = i2 - b[0].length, 4 > b.length || (s5 = b[3](this), this.cursor = i2 - b[0].length, s5))) return b[2];
      if (0 > (s5 = b[1])) return 0;
    }
  }, this.s = function(r4, s5, e2) {
    var i2 = e2.length - (s5 - r4);
    return this.j = this.j.slice(0, r4) + e2 + this.j.slice(s5), this.a += i2, this.cursor >= s5 ? this.cursor += i2 : this.cursor > r4 && (this.cursor = r4), i2;
  }, this.t = function() {
    return !(0 > this.c) && !(this.c > this.d) && !(this.d > this.a) && !(this.a > this.j.length);
  }, this.b = function(r4) {
    var s5 = false;
    return this.t() && (this.s(this.c, this.d, r4), s5 = true), s5;
  }, this.e = function() {
    return this.b("");
  }, this.r = function(r4, s5, e2) {
    s5 = this.s(r4, s5, e2), r4 <= this.c && (this.c += s5), r4 <= this.d && (this.d += s5);
  }, this.u = function() {
    var r4 = "";
    return this.t() && (r4 = this.j.slice(this.c, this.d)), r4;
  }, this.v = function() {
    return this.j.slice(0, this.a);
  };
}
var s2 = new function() {
  function s5() {
    return m <= u.cursor;
  }
  function e2() {
    return v <= u.cursor;
  }
  function i2() {
    return g <= u.cursor;
  }
  var u = new r(), t2 = [["col", -1, -1], ["par", -1, -1], ["tap", -1, -1]], c2 = [["", -1, 7], ["H", 0, 6], ["He", 1, 4], ["Hi", 1, 5], ["I", 0, 1], ["U", 0, 2], ["Y", 0, 3]], a2 = [["iqU", -1, 3], ["abl", -1, 3], ["I\xE8r", -1, 4], ["i\xE8r", -1, 4], ["eus", -1, 2], ["iv", -1, 1]], o2 = [["ic", -1, 2], ["abil", -1, 1], ["iv", -1, 3]], n2 = [["iqUe", -1, 1], ["atrice", -1, 2], ["ance", -1, 1], ["ence", -1, 5], ["logie", -1, 3], ["able", -1, 1], ["isme", -1, 1], ["euse", -1, 11], ["iste", -1, 1], ["ive", -1, 8], ["if", -1, 8], ["usion", -1, 4], ["ation", -1, 2], ["ution", -1, 4], ["ateur", -1, 2], ["iqUes", -1, 1], ["atrices", -1, 2], ["ances", -1, 1], ["ences", -1, 5], ["logies", -1, 3], ["ables", -1, 1], ["ismes", -1, 1], ["euses", -1, 11], ["istes", -1, 1], ["ives", -1, 8], ["ifs", -1, 8], ["usions", -1, 4], ["ations", -1, 2], ["utions", -1, 4], ["ateurs", -1, 2], ["ments", -1, 15], ["ements", 30, 6], ["issements", 31, 12], ["it\xE9s", -1, 7], ["ment", -1, 15], ["ement", 34, 6], ["issement", 35, 12], ["amment", 34, 13], ["emment", 34, 14], ["aux", -1, 10], ["eaux", 39, 9], ["eux", -1, 1], ["it\xE9", -1, 7]], f = [["ira", -1, 1], ["ie", -1, 1], ["isse", -1, 1], ["issante", -1, 1], ["i", -1, 1], ["irai", 4, 1], ["ir", -1, 1], ["iras", -1, 1], ["ies", -1, 1], ["\xEEmes", -1, 1], ["isses", -1, 1], ["issantes", -1, 1], ["\xEEtes", -1, 1], ["is", -1, 1], ["irais", 13, 1], ["issais", 13, 1], ["irions", -1, 1], ["issions", -1, 1], ["irons", -1, 1], ["issons", -1, 1], ["issants", -1, 1], ["it", -1, 1], ["irait", 21, 1], ["issait", 21, 1], ["issant", -1, 1], ["iraIent", -1, 1], ["issaIent", -1, 1], ["irent", -1, 1], ["issent", -1, 1], ["iront", -1, 1], ["\xEEt", -1, 1], ["iriez", -1, 1], ["issiez", -1, 1], ["irez", -1, 1], ["issez", -1, 1]], h = [["a", -1, 3], ["era", 0, 2], ["asse", -1, 3], ["ante", -1, 3], ["\xE9e", -1, 2], ["ai", -1, 3], ["erai", 5, 2], ["er", -1, 2], ["as", -1, 3], ["eras", 8, 2], ["\xE2mes", -1, 3], ["asses", -1, 3], ["antes", -1, 3], ["\xE2tes", -1, 3], ["\xE9es", -1, 2], ["ais", -1, 3], ["erais", 15, 2], ["ions", -1, 1], ["erions", 17, 2], ["assions", 17, 3], ["erons", -1, 2], ["ants", -1, 3], ["\xE9s", -1, 2], ["ait", -1, 3], ["erait", 23, 2], ["ant", -1, 3], ["aIent", -1, 3], ["eraIent", 26, 2], ["\xE8rent", -1, 2], ["assent", -1, 3], ["eront", -1, 2], ["\xE2t", -1, 3], ["ez", -1, 2], ["iez", 32, 2], ["eriez", 33, 2], ["assiez", 33, 3], ["erez", 32, 2], ["\xE9", -1, 2]], b = [["e", -1, 3], ["I\xE8re", 0, 2], ["i\xE8re", 0, 2], ["ion", -1, 1], ["Ier", -1, 2], ["ier", -1, 2]], k = [["ell", -1, -1], ["eill", -1, -1], ["enn", -1, -1], ["onn", -1, -1], ["ett", -1, -1]], l2 = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 130, 103, 8, 5], d = [1, 65, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128], g = 0, v = 0, m = 0;
  this.l = function() {
    var r4 = u.cursor;
    !(function() {
      for (; ; ) {
        var r5 = u.cursor;
        r: {
          for (; ; ) {
            var s6 = u.cursor;
            s: {
              e: {
                var e3 = u.cursor;
                i: if (u.i(l2, 97, 251)) {
                  u.c = u.cursor;
                  u: {
                    var i3 = u.cursor;
                    if (u.m("u") && (u.d = u.cursor, u.i(l2, 97, 251))) {
                      if (!u.b("U")) return;
                      break u;
                    }
                    if (u.cursor = i3, u.m("i") && (u.d = u.cursor, u.i(l2, 97, 251))) {
                      if (!u.b("I")) return;
                      break u;
                    }
                    if (u.cursor = i3, !u.m("y")) break i;
                    if (u.d = u.cursor, !u.b("Y")) return;
                  }
                  break e;
                }
                if (u.cursor = e3, u.c = u.cursor, u.m("\xEB")) {
                  if (u.d = u.cursor, !u.b("He")) return;
                  break e;
                }
                if (u.cursor = e3, u.c = u.cursor, u.m("\xEF")) {
                  if (u.d = u.cursor, !u.b("Hi")) return;
                  break e;
                }
                if (u.cursor = e3, u.c = u.cursor, u.m("y") && (u.d = u.cursor, u.i(l2, 97, 251))) {
                  if (!u.b("Y")) return;
                  break e;
                }
                if (u.cursor = e3, !u.m("q") || (u.c = u.cursor, !u.m("u"))) break s;
                if (u.d = u.cursor, !u.b("U")) return;
              }
              u.cursor = s6;
              break;
            }
            if (u.cursor = s6, u.cursor >= u.a) break r;
            u.cursor++;
          }
          continue;
        }
        u.cursor = r5;
        break;
      }
    })(), u.cursor = r4, g = v = m = u.a, r4 = u.cursor;
    r: {
      t: {
        var j = u.cursor;
        if (u.i(l2, 97, 251) && u.i(l2, 97, 251) && !(u.cursor >= u.a)) {
          u.cursor++;
          break t;
        }
        if (u.cursor = j, 0 != u.o(t2)) break t;
        if (u.cursor = j, u.cursor >= u.a) break r;
        for (u.cursor++; !u.i(l2, 97, 251); ) {
          if (u.cursor >= u.a) break r;
          u.cursor++;
        }
      }
      m = u.cursor;
    }
    u.cursor = r4, r4 = u.cursor;
    r: {
      for (; !u.i(l2, 97, 251); ) {
        if (u.cursor >= u.a) break r;
        u.cursor++;
      }
      for (; !u.k(l2, 97, 251); ) {
        if (u.cursor >= u.a) break r;
        u.cursor++;
      }
      for (v = u.cursor; !u.i(l2, 97, 251); ) {
        if (u.cursor >= u.a) break r;
        u.cursor++;
      }
      for (; !u.k(l2, 97, 251); ) {
        if (u.cursor >= u.a) break r;
        u.cursor++;
      }
      g = u.cursor;
    }
    u.cursor = r4, u.f = u.cursor, u.cursor = u.a, r4 = u.a - u.cursor;
    t: {
      j = u.a - u.cursor;
      s: {
        var q = u.a - u.cursor;
        e: {
          var z = u.a - u.cursor;
          if ((function() {
            var r5;
            if (u.d = u.cursor, 0 == (r5 = u.h(n2))) return false;
            switch (u.c = u.cursor, r5) {
              case 1:
                if (!i2() || !u.e()) return false;
                break;
              case 2:
                if (!i2() || !u.e()) return false;
                if (r5 = u.a - u.cursor, u.d = u.cursor, u.g("ic")) {
                  u.c = u.cursor;
                  t: {
                    if (r5 = u.a - u.cursor, i2()) {
                      if (!u.e()) return false;
                      break t;
                    }
                    if (u.cursor = u.a - r5, !u.b("iqU")) return false;
                  }
                } else u.cursor = u.a - r5;
                break;
              case 3:
                if (!i2() || !u.b("log")) return false;
                break;
              case 4:
                if (!i2() || !u.b("u")) return false;
                break;
              case 5:
                if (!i2() || !u.b("ent")) return false;
                break;
              case 6:
                if (!s5() || !u.e()) return false;
                var t3 = u.a - u.cursor;
                r: if (u.d = u.cursor, 0 == (r5 = u.h(a2))) u.cursor = u.a - t3;
                else switch (u.c = u.cursor, r5) {
                  case 1:
                    if (!i2()) {
                      u.cursor = u.a - t3;
                      break r;
                    }
                    if (!u.e()) return false;
                    if (u.d = u.cursor, !u.g("at") || (u.c = u.cursor, !i2())) {
                      u.cursor = u.a - t3;
                      break r;
                    }
                    if (!u.e()) return false;
                    break;
                  case 2:
                    t: {
                      if (r5 = u.a - u.cursor, i2()) {
                        if (!u.e()) return false;
                        break t;
                      }
                      if (u.cursor = u.a - r5, !e2()) {
                        u.cursor = u.a - t3;
                        break r;
                      }
                      if (!u.b("eux")) return false;
                    }
                    break;
                  case 3:
                    if (!i2()) {
                      u.cursor = u.a - t3;
                      break r;
                    }
                    if (!u.e()) return false;
                    break;
                  case 4:
                    if (!s5()) {
                      u.cursor = u.a - t3;
                      break r;
                    }
                    if (!u.b("i")) return false;
                }
                break;
              case 7:
                if (!i2() || !u.e()) return false;
                t3 = u.a - u.cursor;
                r: if (u.d = u.cursor, 0 == (r5 = u.h(o2))) u.cursor = u.a - t3;
                else switch (u.c = u.cursor, r5) {
                  case 1:
                    t: {
                      if (r5 = u.a - u.cursor, i2()) {
                        if (!u.e()) return false;
                        break t;
                      }
                      if (u.cursor = u.a - r5, !u.b("abl")) return false;
                    }
                    break;
                  case 2:
                    t: {
                      if (r5 = u.a - u.cursor, i2()) {
                        if (!u.e()) return false;
                        break t;
                      }
                      if (u.cursor = u.a - r5, !u.b("iqU")) return false;
                    }
                    break;
                  case 3:
                    if (!i2()) {
                      u.cursor = u.a - t3;
                      break r;
                    }
                    if (!u.e()) return false;
                }
                break;
              case 8:
                if (!i2() || !u.e()) return false;
                if (r5 = u.a - u.cursor, u.d = u.cursor, u.g("at")) if (u.c = u.cursor, i2()) {
                  if (!u.e()) return false;
                  if (u.d = u.cursor, u.g("ic")) {
                    u.c = u.cursor;
                    t: {
                      if (r5 = u.a - u.cursor, i2()) {
                        if (!u.e()) return false;
                        break t;
                      }
                      if (u.cursor = u.a - r5, !u.b("iqU")) return false;
                    }
                  } else u.cursor = u.a - r5;
                } else u.cursor = u.a - r5;
                else u.cursor = u.a - r5;
                break;
              case 9:
                if (!u.b("eau")) return false;
                break;
              case 10:
                if (!e2() || !u.b("al")) return false;
                break;
              case 11:
                r: {
                  if (r5 = u.a - u.cursor, i2()) {
                    if (!u.e()) return false;
                    break r;
                  }
                  if (u.cursor = u.a - r5, !e2() || !u.b("eux")) return false;
                }
                break;
              case 12:
                if (!e2() || !u.q(l2, 97, 251) || !u.e()) return false;
                break;
              case 13:
                if (!s5()) return false;
                return u.b("ant"), false;
              case 14:
                if (!s5()) return false;
                return u.b("ent"), false;
              case 15:
                if (r5 = u.a - u.cursor, !u.n(l2, 97, 251) || !s5()) return false;
                return u.cursor = u.a - r5, u.e(), false;
            }
            return true;
          })() || (u.cursor = u.a - z, (function() {
            if (u.cursor < m) return false;
            var r5 = u.f;
            if (u.f = m, u.d = u.cursor, 0 == u.h(f)) return u.f = r5, false;
            u.c = u.cursor;
            var s6 = u.a - u.cursor;
            return u.g("H") ? (u.f = r5, false) : (u.cursor = u.a - s6, u.q(l2, 97, 251)) ? !!u.e() && (u.f = r5, true) : (u.f = r5, false);
          })())) break e;
          if (u.cursor = u.a - z, !(function() {
            if (u.cursor < m) return false;
            var r5, s6 = u.f;
            if (u.f = m, u.d = u.cursor, 0 == (r5 = u.h(h))) return u.f = s6, false;
            switch (u.c = u.cursor, r5) {
              case 1:
                if (!i2()) return u.f = s6, false;
                if (!u.e()) return false;
                break;
              case 2:
                if (!u.e()) return false;
                break;
              case 3:
                if (!u.e()) return false;
                if (r5 = u.a - u.cursor, u.d = u.cursor, u.g("e")) {
                  if (u.c = u.cursor, !u.e()) return false;
                } else u.cursor = u.a - r5;
            }
            return u.f = s6, true;
          })()) break s;
        }
        u.cursor = u.a - q, j = u.a - u.cursor, u.d = u.cursor;
        i: {
          if (q = u.a - u.cursor, u.g("Y")) {
            if (u.c = u.cursor, !u.b("i")) return false;
            break i;
          }
          if (u.cursor = u.a - q, u.g("\xE7")) {
            if (u.c = u.cursor, !u.b("c")) return false;
          } else u.cursor = u.a - j;
        }
        break t;
      }
      u.cursor = u.a - j, (function() {
        var r5, s6 = u.a - u.cursor;
        r: if (u.d = u.cursor, u.g("s")) {
          u.c = u.cursor, r5 = u.a - u.cursor;
          t: {
            var e3 = u.a - u.cursor;
            if (u.g("Hi")) break t;
            if (u.cursor = u.a - e3, !u.q(d, 97, 232)) {
              u.cursor = u.a - s6;
              break r;
            }
          }
          if (u.cursor = u.a - r5, !u.e()) return;
        } else u.cursor = u.a - s6;
        if (!(u.cursor < m)) {
          if (s6 = u.f, u.f = m, u.d = u.cursor, 0 != (r5 = u.h(b))) switch (u.c = u.cursor, r5) {
            case 1:
              if (!i2()) {
                u.f = s6;
                return;
              }
              if ((r5 = u.a - u.cursor, !u.g("s")) && (u.cursor = u.a - r5, !u.g("t"))) {
                u.f = s6;
                return;
              }
              if (!u.e()) return;
              break;
            case 2:
              if (!u.b("i")) return;
              break;
            case 3:
              if (!u.e()) return;
          }
          u.f = s6;
        }
      })();
    }
    u.cursor = u.a - r4, r4 = u.a - u.cursor, j = u.a - u.cursor, 0 != u.h(k) && (u.cursor = u.a - j, u.d = u.cursor, u.cursor <= u.f || (u.cursor--, u.c = u.cursor, u.e())), u.cursor = u.a - r4, r4 = u.a - u.cursor;
    r: {
      for (j = 1; ; ) {
        if (u.q(l2, 97, 251)) {
          j--;
          continue;
        }
        break;
      }
      if (!(0 < j)) {
        if ((u.d = u.cursor, j = u.a - u.cursor, !u.g("\xE9")) && (u.cursor = u.a - j, !u.g("\xE8"))) break r;
        u.c = u.cursor, u.b("e");
      }
    }
    return u.cursor = u.a - r4, u.cursor = u.f, r4 = u.cursor, !(function() {
      for (var r5; ; ) {
        var s6 = u.cursor;
        r: if (u.c = u.cursor, 0 != (r5 = u.o(c2))) {
          switch (u.d = u.cursor, r5) {
            case 1:
              if (!u.b("i")) return;
              break;
            case 2:
              if (!u.b("u")) return;
              break;
            case 3:
              if (!u.b("y")) return;
              break;
            case 4:
              if (!u.b("\xEB")) return;
              break;
            case 5:
              if (!u.b("\xEF")) return;
              break;
            case 6:
              if (!u.e()) return;
              break;
            case 7:
              if (u.cursor >= u.a) break r;
              u.cursor++;
          }
          continue;
        }
        u.cursor = s6;
        break;
      }
    })(), u.cursor = r4, true;
  }, this.stemWord = function(r4) {
    return u.p(r4), this.l(), u.j;
  };
}();
function stemmer2(r4) {
  return s2.stemWord(r4);
}

// node_modules/@orama/stemmers/dist/ru.js
function r2() {
  this.p = function(r4) {
    this.j = r4, this.cursor = 0, this.a = this.j.length, this.f = 0, this.c = this.cursor, this.d = this.a;
  }, this.z = function() {
    return this.j;
  }, this.w = function(r4) {
    this.j = r4.j, this.cursor = r4.cursor, this.a = r4.a, this.f = r4.f, this.c = r4.c, this.d = r4.d;
  }, this.i = function(r4, s5, t2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return !(i2 > t2) && !(i2 < s5) && 0 != (r4[(i2 -= s5) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.n = function(r4, s5, t2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return !(i2 > t2) && !(i2 < s5) && 0 != (r4[(i2 -= s5) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.k = function(r4, s5, t2) {
    if (this.cursor >= this.a) return false;
    var i2 = this.j.charCodeAt(this.cursor);
    return i2 > t2 || i2 < s5 ? (this.cursor++, true) : 0 == (r4[(i2 -= s5) >>> 3] & 1 << (7 & i2)) && (this.cursor++, true);
  }, this.q = function(r4, s5, t2) {
    if (this.cursor <= this.f) return false;
    var i2 = this.j.charCodeAt(this.cursor - 1);
    return i2 > t2 || i2 < s5 ? (this.cursor--, true) : 0 == (r4[(i2 -= s5) >>> 3] & 1 << (7 & i2)) && (this.cursor--, true);
  }, this.m = function(r4) {
    return !(this.a - this.cursor < r4.length) && this.j.slice(this.cursor, this.cursor + r4.length) == r4 && (this.cursor += r4.length, true);
  }, this.g = function(r4) {
    return !(this.cursor - this.f < r4.length) && this.j.slice(this.cursor - r4.length, this.cursor) == r4 && (this.cursor -= r4.length, true);
  }, this.o = function(r4) {
    for (var s5 = 0, t2 = r4.length, i2 = this.cursor, c2 = this.a, u = 0, o2 = 0, h = false; ; ) {
      var e2, n2 = s5 + (t2 - s5 >>> 1), a2 = 0, f = u < o2 ? u : o2, g = r4[n2];
      for (e2 = f; e2 < g[0].length; e2++) {
        if (i2 + f == c2) {
          a2 = -1;
          break;
        }
        if (0 != (a2 = this.j.charCodeAt(i2 + f) - g[0].charCodeAt(e2))) break;
        f++;
      }
      if (0 > a2 ? (t2 = n2, o2 = f) : (s5 = n2, u = f), 1 >= t2 - s5) {
        if (0 < s5 || t2 == s5 || h) break;
        h = true;
      }
    }
    for (; ; ) {
      if (u >= (g = r4[s5])[0].length && (this.cursor = i2 + g[0].length, 4 > g.length || (s5 = g[3](this), this.cursor = i2 + g[0].length, s5))) return g[2];
      if (0 > (s5 = g[1])) return 0;
    }
  }, this.h = function(r4) {
    for (var s5 = 0, t2 = r4.length, i2 = this.cursor, c2 = this.f, u = 0, o2 = 0, h = false; ; ) {
      var e2, n2 = s5 + (t2 - s5 >> 1), a2 = 0, f = u < o2 ? u : o2, g = r4[n2];
      for (e2 = g[0].length - 1 - f; 0 <= e2; e2--) {
        if (i2 - f == c2) {
          a2 = -1;
          break;
        }
        if (0 != (a2 = this.j.charCodeAt(i2 - 1 - f) - g[0].charCodeAt(e2))) break;
        f++;
      }
      if (0 > a2 ? (t2 = n2, o2 = f) : (s5 = n2, u = f), 1 >= t2 - s5) {
        if (0 < s5 || t2 == s5 || h) break;
        h = true;
      }
    }
    for (; ; ) {
      if (u >= (g = r4[s5])[0].length && (this.cursor = i2 - g[0].length, 4 > g.length || (s5 = g[3](this), this.cursor = i2 - g[0].length, s5))) return g[2];
      if (0 > (s5 = g[1])) return 0;
    }
  }, this.s = function(r4, s5, t2) {
    var i2 = t2.length - (s5 - r4);
    return this.j = this.j.slice(0, r4) + t2 + this.j.slice(s5), this.a += i2, this.cursor >= s5 ? this.cursor += i2 : this.cursor > r4 && (this.cursor = r4), i2;
  }, this.t = function() {
    return !(0 > this.c) && !(this.c > this.d) && !(this.d > this.a) && !(this.a > this.j.length);
  }, this.b = function(r4) {
    var s5 = false;
    return this.t() && (this.s(this.c, this.d, r4), s5 = true), s5;
  }, this.e = function() {
    return this.b("");
  }, this.r = function(r4, s5, t2) {
    s5 = this.s(r4, s5, t2), r4 <= this.c && (this.c += s5), r4 <= this.d && (this.d += s5);
  }, this.u = function() {
    var r4 = "";
    return this.t() && (r4 = this.j.slice(this.c, this.d)), r4;
  }, this.v = function() {
    return this.j.slice(0, this.a);
  };
}
var s3 = new function() {
  var s5 = new r2(), t2 = [["\u0432", -1, 1], ["\u0438\u0432", 0, 2], ["\u044B\u0432", 0, 2], ["\u0432\u0448\u0438", -1, 1], ["\u0438\u0432\u0448\u0438", 3, 2], ["\u044B\u0432\u0448\u0438", 3, 2], ["\u0432\u0448\u0438\u0441\u044C", -1, 1], ["\u0438\u0432\u0448\u0438\u0441\u044C", 6, 2], ["\u044B\u0432\u0448\u0438\u0441\u044C", 6, 2]], i2 = [["\u0435\u0435", -1, 1], ["\u0438\u0435", -1, 1], ["\u043E\u0435", -1, 1], ["\u044B\u0435", -1, 1], ["\u0438\u043C\u0438", -1, 1], ["\u044B\u043C\u0438", -1, 1], ["\u0435\u0439", -1, 1], ["\u0438\u0439", -1, 1], ["\u043E\u0439", -1, 1], ["\u044B\u0439", -1, 1], ["\u0435\u043C", -1, 1], ["\u0438\u043C", -1, 1], ["\u043E\u043C", -1, 1], ["\u044B\u043C", -1, 1], ["\u0435\u0433\u043E", -1, 1], ["\u043E\u0433\u043E", -1, 1], ["\u0435\u043C\u0443", -1, 1], ["\u043E\u043C\u0443", -1, 1], ["\u0438\u0445", -1, 1], ["\u044B\u0445", -1, 1], ["\u0435\u044E", -1, 1], ["\u043E\u044E", -1, 1], ["\u0443\u044E", -1, 1], ["\u044E\u044E", -1, 1], ["\u0430\u044F", -1, 1], ["\u044F\u044F", -1, 1]], c2 = [["\u0435\u043C", -1, 1], ["\u043D\u043D", -1, 1], ["\u0432\u0448", -1, 1], ["\u0438\u0432\u0448", 2, 2], ["\u044B\u0432\u0448", 2, 2], ["\u0449", -1, 1], ["\u044E\u0449", 5, 1], ["\u0443\u044E\u0449", 6, 2]], u = [["\u0441\u044C", -1, 1], ["\u0441\u044F", -1, 1]], o2 = [["\u043B\u0430", -1, 1], ["\u0438\u043B\u0430", 0, 2], ["\u044B\u043B\u0430", 0, 2], ["\u043D\u0430", -1, 1], ["\u0435\u043D\u0430", 3, 2], ["\u0435\u0442\u0435", -1, 1], ["\u0438\u0442\u0435", -1, 2], ["\u0439\u0442\u0435", -1, 1], ["\u0435\u0439\u0442\u0435", 7, 2], ["\u0443\u0439\u0442\u0435", 7, 2], ["\u043B\u0438", -1, 1], ["\u0438\u043B\u0438", 10, 2], ["\u044B\u043B\u0438", 10, 2], ["\u0439", -1, 1], ["\u0435\u0439", 13, 2], ["\u0443\u0439", 13, 2], ["\u043B", -1, 1], ["\u0438\u043B", 16, 2], ["\u044B\u043B", 16, 2], ["\u0435\u043C", -1, 1], ["\u0438\u043C", -1, 2], ["\u044B\u043C", -1, 2], ["\u043D", -1, 1], ["\u0435\u043D", 22, 2], ["\u043B\u043E", -1, 1], ["\u0438\u043B\u043E", 24, 2], ["\u044B\u043B\u043E", 24, 2], ["\u043D\u043E", -1, 1], ["\u0435\u043D\u043E", 27, 2], ["\u043D\u043D\u043E", 27, 1], ["\u0435\u0442", -1, 1], ["\u0443\u0435\u0442", 30, 2], ["\u0438\u0442", -1, 2], ["\u044B\u0442", -1, 2], ["\u044E\u0442", -1, 1], ["\u0443\u044E\u0442", 34, 2], ["\u044F\u0442", -1, 2], ["\u043D\u044B", -1, 1], ["\u0435\u043D\u044B", 37, 2], ["\u0442\u044C", -1, 1], ["\u0438\u0442\u044C", 39, 2], ["\u044B\u0442\u044C", 39, 2], ["\u0435\u0448\u044C", -1, 1], ["\u0438\u0448\u044C", -1, 2], ["\u044E", -1, 2], ["\u0443\u044E", 44, 2]], h = [["\u0430", -1, 1], ["\u0435\u0432", -1, 1], ["\u043E\u0432", -1, 1], ["\u0435", -1, 1], ["\u0438\u0435", 3, 1], ["\u044C\u0435", 3, 1], ["\u0438", -1, 1], ["\u0435\u0438", 6, 1], ["\u0438\u0438", 6, 1], ["\u0430\u043C\u0438", 6, 1], ["\u044F\u043C\u0438", 6, 1], ["\u0438\u044F\u043C\u0438", 10, 1], ["\u0439", -1, 1], ["\u0435\u0439", 12, 1], ["\u0438\u0435\u0439", 13, 1], ["\u0438\u0439", 12, 1], ["\u043E\u0439", 12, 1], ["\u0430\u043C", -1, 1], ["\u0435\u043C", -1, 1], ["\u0438\u0435\u043C", 18, 1], ["\u043E\u043C", -1, 1], ["\u044F\u043C", -1, 1], ["\u0438\u044F\u043C", 21, 1], ["\u043E", -1, 1], ["\u0443", -1, 1], ["\u0430\u0445", -1, 1], ["\u044F\u0445", -1, 1], ["\u0438\u044F\u0445", 26, 1], ["\u044B", -1, 1], ["\u044C", -1, 1], ["\u044E", -1, 1], ["\u0438\u044E", 30, 1], ["\u044C\u044E", 30, 1], ["\u044F", -1, 1], ["\u0438\u044F", 33, 1], ["\u044C\u044F", 33, 1]], e2 = [["\u043E\u0441\u0442", -1, 1], ["\u043E\u0441\u0442\u044C", -1, 1]], n2 = [["\u0435\u0439\u0448\u0435", -1, 1], ["\u043D", -1, 2], ["\u0435\u0439\u0448", -1, 1], ["\u044C", -1, 3]], a2 = [33, 65, 8, 232], f = 0, g = 0;
  this.l = function() {
    for (var r4, l2 = s5.cursor; ; ) {
      var d = s5.cursor;
      r: {
        for (; ; ) {
          var b = s5.cursor;
          if (s5.c = s5.cursor, s5.m("\u0451")) {
            s5.d = s5.cursor, s5.cursor = b;
            break;
          }
          if (s5.cursor = b, s5.cursor >= s5.a) break r;
          s5.cursor++;
        }
        if (!s5.b("\u0435")) return false;
        continue;
      }
      s5.cursor = d;
      break;
    }
    s5.cursor = l2, f = g = s5.a, l2 = s5.cursor;
    s: {
      for (; !s5.i(a2, 1072, 1103); ) {
        if (s5.cursor >= s5.a) break s;
        s5.cursor++;
      }
      for (g = s5.cursor; !s5.k(a2, 1072, 1103); ) {
        if (s5.cursor >= s5.a) break s;
        s5.cursor++;
      }
      for (; !s5.i(a2, 1072, 1103); ) {
        if (s5.cursor >= s5.a) break s;
        s5.cursor++;
      }
      for (; !s5.k(a2, 1072, 1103); ) {
        if (s5.cursor >= s5.a) break s;
        s5.cursor++;
      }
      f = s5.cursor;
    }
    if (s5.cursor = l2, s5.f = s5.cursor, s5.cursor = s5.a, s5.cursor < g) return false;
    if (l2 = s5.f, s5.f = g, d = s5.a - s5.cursor, b = s5.a - s5.cursor, !(function() {
      var r5;
      if (s5.d = s5.cursor, 0 == (r5 = s5.h(t2))) return false;
      switch (s5.c = s5.cursor, r5) {
        case 1:
          if ((r5 = s5.a - s5.cursor, !s5.g("\u0430")) && (s5.cursor = s5.a - r5, !s5.g("\u044F"))) return false;
          if (!s5.e()) return false;
          break;
        case 2:
          if (!s5.e()) return false;
      }
      return true;
    })()) {
      s5.cursor = s5.a - b, b = s5.a - s5.cursor, s5.d = s5.cursor, 0 == s5.h(u) ? r4 = false : (s5.c = s5.cursor, r4 = !!s5.e()), r4 || (s5.cursor = s5.a - b);
      t: if (b = s5.a - s5.cursor, !(function() {
        var r5, t3;
        if (s5.d = s5.cursor, 0 == s5.h(i2) ? t3 = false : (s5.c = s5.cursor, t3 = !!s5.e()), !t3) return false;
        t3 = s5.a - s5.cursor;
        s: if (s5.d = s5.cursor, 0 == (r5 = s5.h(c2))) s5.cursor = s5.a - t3;
        else switch (s5.c = s5.cursor, r5) {
          case 1:
            if ((r5 = s5.a - s5.cursor, !s5.g("\u0430")) && (s5.cursor = s5.a - r5, !s5.g("\u044F"))) {
              s5.cursor = s5.a - t3;
              break s;
            }
            if (!s5.e()) return false;
            break;
          case 2:
            if (!s5.e()) return false;
        }
        return true;
      })()) {
        if (s5.cursor = s5.a - b, (function() {
          var r5;
          if (s5.d = s5.cursor, 0 == (r5 = s5.h(o2))) return false;
          switch (s5.c = s5.cursor, r5) {
            case 1:
              if ((r5 = s5.a - s5.cursor, !s5.g("\u0430")) && (s5.cursor = s5.a - r5, !s5.g("\u044F"))) return false;
              if (!s5.e()) return false;
              break;
            case 2:
              if (!s5.e()) return false;
          }
          return true;
        })()) break t;
        s5.cursor = s5.a - b, s5.d = s5.cursor, 0 != s5.h(h) && (s5.c = s5.cursor, s5.e());
      }
    }
    if (s5.cursor = s5.a - d, d = s5.a - s5.cursor, s5.d = s5.cursor, s5.g("\u0438")) {
      if (s5.c = s5.cursor, !s5.e()) return false;
    } else s5.cursor = s5.a - d;
    if (d = s5.a - s5.cursor, s5.d = s5.cursor, 0 != s5.h(e2) && (s5.c = s5.cursor, f <= s5.cursor && s5.e()), s5.cursor = s5.a - d, d = s5.a - s5.cursor, s5.d = s5.cursor, 0 != (b = s5.h(n2))) switch (s5.c = s5.cursor, b) {
      case 1:
        if (!s5.e() || (s5.d = s5.cursor, !s5.g("\u043D"))) break;
        s5.c = s5.cursor, s5.g("\u043D") && s5.e();
        break;
      case 2:
        s5.g("\u043D") && s5.e();
        break;
      case 3:
        s5.e();
    }
    return s5.cursor = s5.a - d, s5.f = l2, s5.cursor = s5.f, true;
  }, this.stemWord = function(r4) {
    return s5.p(r4), this.l(), s5.j;
  };
}();
function stemmer3(r4) {
  return s3.stemWord(r4);
}

// node_modules/@orama/stemmers/dist/es.js
function r3() {
  this.p = function(r4) {
    this.j = r4, this.cursor = 0, this.a = this.j.length, this.f = 0, this.c = this.cursor, this.d = this.a;
  }, this.z = function() {
    return this.j;
  }, this.w = function(r4) {
    this.j = r4.j, this.cursor = r4.cursor, this.a = r4.a, this.f = r4.f, this.c = r4.c, this.d = r4.d;
  }, this.i = function(r4, s5, i2) {
    if (this.cursor >= this.a) return false;
    var e2 = this.j.charCodeAt(this.cursor);
    return !(e2 > i2) && !(e2 < s5) && 0 != (r4[(e2 -= s5) >>> 3] & 1 << (7 & e2)) && (this.cursor++, true);
  }, this.n = function(r4, s5, i2) {
    if (this.cursor <= this.f) return false;
    var e2 = this.j.charCodeAt(this.cursor - 1);
    return !(e2 > i2) && !(e2 < s5) && 0 != (r4[(e2 -= s5) >>> 3] & 1 << (7 & e2)) && (this.cursor--, true);
  }, this.k = function(r4, s5, i2) {
    if (this.cursor >= this.a) return false;
    var e2 = this.j.charCodeAt(this.cursor);
    return e2 > i2 || e2 < s5 ? (this.cursor++, true) : 0 == (r4[(e2 -= s5) >>> 3] & 1 << (7 & e2)) && (this.cursor++, true);
  }, this.q = function(r4, s5, i2) {
    if (this.cursor <= this.f) return false;
    var e2 = this.j.charCodeAt(this.cursor - 1);
    return e2 > i2 || e2 < s5 ? (this.cursor--, true) : 0 == (r4[(e2 -= s5) >>> 3] & 1 << (7 & e2)) && (this.cursor--, true);
  }, this.m = function(r4) {
    return !(this.a - this.cursor < r4.length) && this.j.slice(this.cursor, this.cursor + r4.length) == r4 && (this.cursor += r4.length, true);
  }, this.g = function(r4) {
    return !(this.cursor - this.f < r4.length) && this.j.slice(this.cursor - r4.length, this.cursor) == r4 && (this.cursor -= r4.length, true);
  }, this.o = function(r4) {
    for (var s5 = 0, i2 = r4.length, e2 = this.cursor, a2 = this.a, o2 = 0, c2 = 0, t2 = false; ; ) {
      var u, n2 = s5 + (i2 - s5 >>> 1), h = 0, f = o2 < c2 ? o2 : c2, b = r4[n2];
      for (u = f; u < b[0].length; u++) {
        if (e2 + f == a2) {
          h = -1;
          break;
        }
        if (0 != (h = this.j.charCodeAt(e2 + f) - b[0].charCodeAt(u))) break;
        f++;
      }
      if (0 > h ? (i2 = n2, c2 = f) : (s5 = n2, o2 = f), 1 >= i2 - s5) {
        if (0 < s5 || i2 == s5 || t2) break;
        t2 = true;
      }
    }
    for (; ; ) {
      if (o2 >= (b = r4[s5])[0].length && (this.cursor = e2 + b[0].length, 4 > b.length || (s5 = b[3](this), this.cursor = e2 + b[0].length, s5))) return b[2];
      if (0 > (s5 = b[1])) return 0;
    }
  }, this.h = function(r4) {
    for (var s5 = 0, i2 = r4.length, e2 = this.cursor, a2 = this.f, o2 = 0, c2 = 0, t2 = false; ; ) {
      var u, n2 = s5 + (i2 - s5 >> 1), h = 0, f = o2 < c2 ? o2 : c2, b = r4[n2];
      for (u = b[0].length - 1 - f; 0 <= u; u--) {
        if (e2 - f == a2) {
          h = -1;
          break;
        }
        if (0 != (h = this.j.charCodeAt(e2 - 1 - f) - b[0].charCodeAt(u))) break;
        f++;
      }
      if (0 > h ? (i2 = n2, c2 = f) : (s5 = n2, o2 = f), 1 >= i2 - s5) {
        if (0 < s5 || i2 == s5 || t2) break;
        t2 = true;
      }
    }
    for (; ; ) {
      if (o2 >= (b = r4[s5])[0].length && (this.cursor = e2 - b[0].length, 4 > b.length || (s5 = b[3](this), this.cursor = e2 - b[0].length, s5))) return b[2];
      if (0 > (s5 = b[1])) return 0;
    }
  }, this.s = function(r4, s5, i2) {
    var e2 = i2.length - (s5 - r4);
    return this.j = this.j.slice(0, r4) + i2 + this.j.slice(s5), this.a += e2, this.cursor >= s5 ? this.cursor += e2 : this.cursor > r4 && (this.cursor = r4), e2;
  }, this.t = function() {
    return !(0 > this.c) && !(this.c > this.d) && !(this.d > this.a) && !(this.a > this.j.length);
  }, this.b = function(r4) {
    var s5 = false;
    return this.t() && (this.s(this.c, this.d, r4), s5 = true), s5;
  }, this.e = function() {
    return this.b("");
  }, this.r = function(r4, s5, i2) {
    s5 = this.s(r4, s5, i2), r4 <= this.c && (this.c += s5), r4 <= this.d && (this.d += s5);
  }, this.u = function() {
    var r4 = "";
    return this.t() && (r4 = this.j.slice(this.c, this.d)), r4;
  }, this.v = function() {
    return this.j.slice(0, this.a);
  };
}
var s4 = new function() {
  function s5() {
    return m <= e2.cursor;
  }
  function i2() {
    return k <= e2.cursor;
  }
  var e2 = new r3(), a2 = [["", -1, 6], ["\xE1", 0, 1], ["\xE9", 0, 2], ["\xED", 0, 3], ["\xF3", 0, 4], ["\xFA", 0, 5]], o2 = [["la", -1, -1], ["sela", 0, -1], ["le", -1, -1], ["me", -1, -1], ["se", -1, -1], ["lo", -1, -1], ["selo", 5, -1], ["las", -1, -1], ["selas", 7, -1], ["les", -1, -1], ["los", -1, -1], ["selos", 10, -1], ["nos", -1, -1]], c2 = [["ando", -1, 6], ["iendo", -1, 6], ["yendo", -1, 7], ["\xE1ndo", -1, 2], ["i\xE9ndo", -1, 1], ["ar", -1, 6], ["er", -1, 6], ["ir", -1, 6], ["\xE1r", -1, 3], ["\xE9r", -1, 4], ["\xEDr", -1, 5]], t2 = [["ic", -1, -1], ["ad", -1, -1], ["os", -1, -1], ["iv", -1, 1]], u = [["able", -1, 1], ["ible", -1, 1], ["ante", -1, 1]], n2 = [["ic", -1, 1], ["abil", -1, 1], ["iv", -1, 1]], h = [["ica", -1, 1], ["ancia", -1, 2], ["encia", -1, 5], ["adora", -1, 2], ["osa", -1, 1], ["ista", -1, 1], ["iva", -1, 9], ["anza", -1, 1], ["log\xEDa", -1, 3], ["idad", -1, 8], ["able", -1, 1], ["ible", -1, 1], ["ante", -1, 2], ["mente", -1, 7], ["amente", 13, 6], ["aci\xF3n", -1, 2], ["uci\xF3n", -1, 4], ["ico", -1, 1], ["ismo", -1, 1], ["oso", -1, 1], ["amiento", -1, 1], ["imiento", -1, 1], ["ivo", -1, 9], ["ador", -1, 2], ["icas", -1, 1], ["ancias", -1, 2], ["encias", -1, 5], ["adoras", -1, 2], ["osas", -1, 1], ["istas", -1, 1], ["ivas", -1, 9], ["anzas", -1, 1], ["log\xEDas", -1, 3], ["idades", -1, 8], ["ables", -1, 1], ["ibles", -1, 1], ["aciones", -1, 2], ["uciones", -1, 4], ["adores", -1, 2], ["antes", -1, 2], ["icos", -1, 1], ["ismos", -1, 1], ["osos", -1, 1], ["amientos", -1, 1], ["imientos", -1, 1], ["ivos", -1, 9]], f = [["ya", -1, 1], ["ye", -1, 1], ["yan", -1, 1], ["yen", -1, 1], ["yeron", -1, 1], ["yendo", -1, 1], ["yo", -1, 1], ["yas", -1, 1], ["yes", -1, 1], ["yais", -1, 1], ["yamos", -1, 1], ["y\xF3", -1, 1]], b = [["aba", -1, 2], ["ada", -1, 2], ["ida", -1, 2], ["ara", -1, 2], ["iera", -1, 2], ["\xEDa", -1, 2], ["ar\xEDa", 5, 2], ["er\xEDa", 5, 2], ["ir\xEDa", 5, 2], ["ad", -1, 2], ["ed", -1, 2], ["id", -1, 2], ["ase", -1, 2], ["iese", -1, 2], ["aste", -1, 2], ["iste", -1, 2], ["an", -1, 2], ["aban", 16, 2], ["aran", 16, 2], ["ieran", 16, 2], ["\xEDan", 16, 2], ["ar\xEDan", 20, 2], ["er\xEDan", 20, 2], ["ir\xEDan", 20, 2], ["en", -1, 1], ["asen", 24, 2], ["iesen", 24, 2], ["aron", -1, 2], ["ieron", -1, 2], ["ar\xE1n", -1, 2], ["er\xE1n", -1, 2], ["ir\xE1n", -1, 2], ["ado", -1, 2], ["ido", -1, 2], ["ando", -1, 2], ["iendo", -1, 2], ["ar", -1, 2], ["er", -1, 2], ["ir", -1, 2], ["as", -1, 2], ["abas", 39, 2], ["adas", 39, 2], ["idas", 39, 2], ["aras", 39, 2], ["ieras", 39, 2], ["\xEDas", 39, 2], ["ar\xEDas", 45, 2], ["er\xEDas", 45, 2], ["ir\xEDas", 45, 2], ["es", -1, 1], ["ases", 49, 2], ["ieses", 49, 2], ["abais", -1, 2], ["arais", -1, 2], ["ierais", -1, 2], ["\xEDais", -1, 2], ["ar\xEDais", 55, 2], ["er\xEDais", 55, 2], ["ir\xEDais", 55, 2], ["aseis", -1, 2], ["ieseis", -1, 2], ["asteis", -1, 2], ["isteis", -1, 2], ["\xE1is", -1, 2], ["\xE9is", -1, 1], ["ar\xE9is", 64, 2], ["er\xE9is", 64, 2], ["ir\xE9is", 64, 2], ["ados", -1, 2], ["idos", -1, 2], ["amos", -1, 2], ["\xE1bamos", 70, 2], ["\xE1ramos", 70, 2], ["i\xE9ramos", 70, 2], ["\xEDamos", 70, 2], ["ar\xEDamos", 74, 2], ["er\xEDamos", 74, 2], ["ir\xEDamos", 74, 2], ["emos", -1, 1], ["aremos", 78, 2], ["eremos", 78, 2], ["iremos", 78, 2], ["\xE1semos", 78, 2], ["i\xE9semos", 78, 2], ["imos", -1, 2], ["ar\xE1s", -1, 2], ["er\xE1s", -1, 2], ["ir\xE1s", -1, 2], ["\xEDs", -1, 2], ["ar\xE1", -1, 2], ["er\xE1", -1, 2], ["ir\xE1", -1, 2], ["ar\xE9", -1, 2], ["er\xE9", -1, 2], ["ir\xE9", -1, 2], ["i\xF3", -1, 2]], d = [["a", -1, 1], ["e", -1, 2], ["o", -1, 1], ["os", -1, 1], ["\xE1", -1, 1], ["\xE9", -1, 2], ["\xED", -1, 1], ["\xF3", -1, 1]], l2 = [17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 17, 4, 10], k = 0, g = 0, m = 0;
  this.l = function() {
    k = g = m = e2.a;
    var r4 = e2.cursor;
    r: {
      s: {
        var v = e2.cursor;
        i: if (e2.i(l2, 97, 252)) {
          e: {
            var j = e2.cursor;
            a: if (e2.k(l2, 97, 252)) {
              for (; !e2.i(l2, 97, 252); ) {
                if (e2.cursor >= e2.a) break a;
                e2.cursor++;
              }
              break e;
            }
            if (e2.cursor = j, !e2.i(l2, 97, 252)) break i;
            for (; !e2.k(l2, 97, 252); ) {
              if (e2.cursor >= e2.a) break i;
              e2.cursor++;
            }
          }
          break s;
        }
        if (e2.cursor = v, !e2.k(l2, 97, 252)) break r;
        i: {
          v = e2.cursor;
          e: if (e2.k(l2, 97, 252)) {
            for (; !e2.i(l2, 97, 252); ) {
              if (e2.cursor >= e2.a) break e;
              e2.cursor++;
            }
            break i;
          }
          if (e2.cursor = v, !e2.i(l2, 97, 252) || e2.cursor >= e2.a) break r;
          e2.cursor++;
        }
      }
      m = e2.cursor;
    }
    e2.cursor = r4, r4 = e2.cursor;
    r: {
      for (; !e2.i(l2, 97, 252); ) {
        if (e2.cursor >= e2.a) break r;
        e2.cursor++;
      }
      for (; !e2.k(l2, 97, 252); ) {
        if (e2.cursor >= e2.a) break r;
        e2.cursor++;
      }
      for (g = e2.cursor; !e2.i(l2, 97, 252); ) {
        if (e2.cursor >= e2.a) break r;
        e2.cursor++;
      }
      for (; !e2.k(l2, 97, 252); ) {
        if (e2.cursor >= e2.a) break r;
        e2.cursor++;
      }
      k = e2.cursor;
    }
    if (e2.cursor = r4, e2.f = e2.cursor, e2.cursor = e2.a, r4 = e2.a - e2.cursor, e2.d = e2.cursor, 0 != e2.h(o2) && (e2.c = e2.cursor, 0 != (v = e2.h(c2)) && s5())) switch (v) {
      case 1:
        e2.c = e2.cursor, e2.b("iendo");
        break;
      case 2:
        e2.c = e2.cursor, e2.b("ando");
        break;
      case 3:
        e2.c = e2.cursor, e2.b("ar");
        break;
      case 4:
        e2.c = e2.cursor, e2.b("er");
        break;
      case 5:
        e2.c = e2.cursor, e2.b("ir");
        break;
      case 6:
        e2.e();
        break;
      case 7:
        e2.g("u") && e2.e();
    }
    e2.cursor = e2.a - r4, r4 = e2.a - e2.cursor;
    s: if (v = e2.a - e2.cursor, !(function() {
      var r5;
      if (e2.d = e2.cursor, 0 == (r5 = e2.h(h))) return false;
      switch (e2.c = e2.cursor, r5) {
        case 1:
          if (!i2() || !e2.e()) return false;
          break;
        case 2:
          if (!i2() || !e2.e()) return false;
          if (r5 = e2.a - e2.cursor, e2.d = e2.cursor, e2.g("ic")) if (e2.c = e2.cursor, i2()) {
            if (!e2.e()) return false;
          } else e2.cursor = e2.a - r5;
          else e2.cursor = e2.a - r5;
          break;
        case 3:
          if (!i2() || !e2.b("log")) return false;
          break;
        case 4:
          if (!i2() || !e2.b("u")) return false;
          break;
        case 5:
          if (!i2() || !e2.b("ente")) return false;
          break;
        case 6:
          if (!(g <= e2.cursor) || !e2.e()) return false;
          var s6 = e2.a - e2.cursor;
          r: if (e2.d = e2.cursor, 0 == (r5 = e2.h(t2))) e2.cursor = e2.a - s6;
          else if (e2.c = e2.cursor, i2()) {
            if (!e2.e()) return false;
            if (1 === r5) {
              if (e2.d = e2.cursor, !e2.g("at") || (e2.c = e2.cursor, !i2())) {
                e2.cursor = e2.a - s6;
                break r;
              }
              if (!e2.e()) return false;
            }
          } else e2.cursor = e2.a - s6;
          break;
        case 7:
          if (!i2() || !e2.e()) return false;
          if (r5 = e2.a - e2.cursor, e2.d = e2.cursor, 0 == e2.h(u)) e2.cursor = e2.a - r5;
          else if (e2.c = e2.cursor, i2()) {
            if (!e2.e()) return false;
          } else e2.cursor = e2.a - r5;
          break;
        case 8:
          if (!i2() || !e2.e()) return false;
          if (r5 = e2.a - e2.cursor, e2.d = e2.cursor, 0 == e2.h(n2)) e2.cursor = e2.a - r5;
          else if (e2.c = e2.cursor, i2()) {
            if (!e2.e()) return false;
          } else e2.cursor = e2.a - r5;
          break;
        case 9:
          if (!i2() || !e2.e()) return false;
          if (r5 = e2.a - e2.cursor, e2.d = e2.cursor, e2.g("at")) if (e2.c = e2.cursor, i2()) {
            if (!e2.e()) return false;
          } else e2.cursor = e2.a - r5;
          else e2.cursor = e2.a - r5;
      }
      return true;
    })()) {
      if (e2.cursor = e2.a - v, (function() {
        if (e2.cursor < m) return false;
        var r5 = e2.f;
        return (e2.f = m, e2.d = e2.cursor, 0 == e2.h(f)) ? (e2.f = r5, false) : (e2.c = e2.cursor, e2.f = r5, !!(e2.g("u") && e2.e()));
      })()) break s;
      if (e2.cursor = e2.a - v, !(e2.cursor < m)) if (j = e2.f, e2.f = m, e2.d = e2.cursor, 0 == (v = e2.h(b))) e2.f = j;
      else switch (e2.c = e2.cursor, e2.f = j, v) {
        case 1:
          v = e2.a - e2.cursor, e2.g("u") ? (j = e2.a - e2.cursor, e2.g("g") ? e2.cursor = e2.a - j : e2.cursor = e2.a - v) : e2.cursor = e2.a - v, e2.c = e2.cursor, e2.e();
          break;
        case 2:
          e2.e();
      }
    }
    if (e2.cursor = e2.a - r4, r4 = e2.a - e2.cursor, e2.d = e2.cursor, 0 != (v = e2.h(d))) switch (e2.c = e2.cursor, v) {
      case 1:
        s5() && e2.e();
        break;
      case 2:
        if (!s5() || !e2.e()) break;
        v = e2.a - e2.cursor, e2.d = e2.cursor, e2.g("u") ? (e2.c = e2.cursor, j = e2.a - e2.cursor, e2.g("g") ? (e2.cursor = e2.a - j, s5() ? e2.e() : e2.cursor = e2.a - v) : e2.cursor = e2.a - v) : e2.cursor = e2.a - v;
    }
    return e2.cursor = e2.a - r4, e2.cursor = e2.f, r4 = e2.cursor, !(function() {
      for (var r5; ; ) {
        var s6 = e2.cursor;
        r: if (e2.c = e2.cursor, 0 != (r5 = e2.o(a2))) {
          switch (e2.d = e2.cursor, r5) {
            case 1:
              if (!e2.b("a")) return;
              break;
            case 2:
              if (!e2.b("e")) return;
              break;
            case 3:
              if (!e2.b("i")) return;
              break;
            case 4:
              if (!e2.b("o")) return;
              break;
            case 5:
              if (!e2.b("u")) return;
              break;
            case 6:
              if (e2.cursor >= e2.a) break r;
              e2.cursor++;
          }
          continue;
        }
        e2.cursor = s6;
        break;
      }
    })(), e2.cursor = r4, true;
  }, this.stemWord = function(r4) {
    return e2.p(r4), this.l(), e2.j;
  };
}();
function stemmer4(r4) {
  return s4.stemWord(r4);
}

// src/core/language.ts
var LANGUAGES = ["en", "ru", "zh", "es", "fr"];
var LANGUAGE_NAMES = { en: "English", ru: "Russian", zh: "Chinese", es: "Spanish", fr: "French" };
var HAN = /\p{Script=Han}/u;
var CYRILLIC_FROM = 1024;
var CYRILLIC_TO = 1327;
function isHan(ch) {
  return ch.charCodeAt(0) >= 11904 && HAN.test(ch);
}
function isCyrillicCode(code) {
  return code >= CYRILLIC_FROM && code <= CYRILLIC_TO;
}
function hasHan(text) {
  for (let i2 = 0; i2 < text.length; i2++) if (text.charCodeAt(i2) >= 11904 && HAN.test(text[i2])) return true;
  return false;
}
var MARKERS = {
  en: /* @__PURE__ */ new Set(["the", "and", "of", "to", "is", "that", "we", "with", "this", "have", "are", "it", "for", "our", "was", "will"]),
  es: /* @__PURE__ */ new Set(["el", "los", "las", "del", "y", "que", "por", "con", "una", "es", "para", "lo", "su", "se", "como", "pero", "muy"]),
  fr: /* @__PURE__ */ new Set(["le", "les", "des", "et", "est", "du", "une", "nous", "dans", "pour", "pas", "au", "sur", "qui", "avec", "ce", "vous"])
};
var CYRILLIC_OR_HAN = /[\u0400-\u052f]|\p{Script=Han}/u;
var MARKER_LENGTH = Math.max(...Object.values(MARKERS).flatMap((set) => [...set].map((w) => w.length)));
function detectLanguage(text, sample = 6e3) {
  const part = text.length > sample ? text.slice(0, sample) : text;
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  const otherScript = CYRILLIC_OR_HAN.test(part);
  for (let i2 = 0; otherScript && i2 < part.length; i2++) {
    const code = part.charCodeAt(i2);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) latin++;
    } else if (isCyrillicCode(code)) cyrillic++;
    else if (code >= 11904 && HAN.test(part[i2])) han += 2;
    else if (code >= 192 && code <= 591) latin++;
  }
  if (han > 0 && han >= (cyrillic + latin) * 0.3) return "zh";
  if (cyrillic > latin) return "ru";
  const counts = { en: 0, es: 0, fr: 0 };
  for (const w of part.slice(0, 3e3).toLowerCase().split(/[^a-zà-ÿ]+/)) {
    if (w.length > MARKER_LENGTH) continue;
    if (MARKERS.en.has(w)) counts.en++;
    if (MARKERS.es.has(w)) counts.es++;
    if (MARKERS.fr.has(w)) counts.fr++;
  }
  if (counts.es > counts.en && counts.es > counts.fr) return "es";
  if (counts.fr > counts.en && counts.fr >= counts.es) return "fr";
  return "en";
}
var MARKS = /\p{M}/gu;
var NON_ASCII = /[^\u0000-\u007f]/;
function foldWord(word) {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  let out = lower.replace(/ё/g, "\u0435");
  if (/[\u00c0-\u024f\u1e00-\u1eff]/.test(out)) out = out.normalize("NFD").replace(MARKS, "").normalize("NFC");
  return out;
}
function lowerWord(word) {
  const lower = word.toLowerCase();
  if (!/[^\u0000-\u007f]/.test(lower)) return lower;
  const e2 = lower.indexOf("\u0451") >= 0 ? lower.replace(/ё/g, "\u0435") : lower;
  return /[\u0300-\u036f]/.test(e2) ? e2.normalize("NFC") : e2;
}
var STEMMERS = { en: stemmer, ru: stemmer3, es: stemmer4, fr: stemmer2 };
var stemCaches = /* @__PURE__ */ new Map();
function stemWord(word, language) {
  if (language === "zh") return word;
  let cache = stemCaches.get(language);
  if (!cache) stemCaches.set(language, cache = /* @__PURE__ */ new Map());
  let stem = cache.get(word);
  if (stem === void 0) {
    stem = foldWord(STEMMERS[language](word));
    if (cache.size > 2e5) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
var segmenter;
function segmentChinese(text) {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const out = [];
  for (const s5 of segmenter.segment(text)) if (s5.isWordLike) out.push({ segment: s5.segment, index: s5.index });
  return out;
}
function chineseWordBoundaries(text) {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const out = /* @__PURE__ */ new Set([0, text.length]);
  for (const s5 of segmenter.segment(text)) {
    out.add(s5.index);
    out.add(s5.index + s5.segment.length);
  }
  return out;
}

// src/core/glossary.ts
var ENTITY_KINDS = ["organisation", "forum", "treaty", "agreement", "initiative", "principle", "body", "resolution"];
var STRING_FIELDS = ["established", "inForce", "expires", "ended", "headquarters", "note", "parent"];
var LIST_FIELDS = ["members", "observers", "partners"];
var DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
function isStringList(value) {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}
function checkEntry(value) {
  const problems = [];
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { entry: null, problems: ["an entry must be an object"] };
  const v = value;
  for (const field of ["id", "name", "summary", "url", "asOf"]) {
    if (typeof v[field] !== "string" || v[field].trim() === "") problems.push(`missing field "${field}" (a non-empty string)`);
  }
  if (typeof v.id === "string" && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v.id)) problems.push(`"id" must be lowercase words joined by hyphens, not "${v.id}"`);
  if (!ENTITY_KINDS.includes(v.kind)) problems.push(`"kind" must be one of ${ENTITY_KINDS.join(", ")}`);
  if (v.aliases !== void 0 && !isStringList(v.aliases)) problems.push('"aliases" must be a list of strings');
  for (const field of STRING_FIELDS) if (v[field] !== void 0 && typeof v[field] !== "string") problems.push(`"${field}" must be a string`);
  for (const field of LIST_FIELDS) if (v[field] !== void 0 && !isStringList(v[field])) problems.push(`"${field}" must be a list of strings`);
  if (v.names !== void 0) {
    if (v.names === null || typeof v.names !== "object" || Array.isArray(v.names)) problems.push('"names" must be an object of lists, such as { "ru": ["\u2026"], "zh": ["\u2026"] }');
    else
      for (const [language, list] of Object.entries(v.names)) {
        if (!LANGUAGES.includes(language)) problems.push(`"names" has the language "${language}"; use ${LANGUAGES.join(", ")}`);
        else if (!isStringList(list) || list.some((n2) => n2.trim() === "")) problems.push(`"names.${language}" must be a list of names`);
      }
  }
  if (v.number !== void 0 && (!Number.isInteger(v.number) || v.number < 1)) problems.push('"number" must be a resolution number such as 1244');
  if (v.memberCount !== void 0 && (!Number.isInteger(v.memberCount) || v.memberCount < 0)) problems.push('"memberCount" must be a whole number');
  for (const field of ["established", "inForce", "expires", "ended", "asOf"]) {
    if (typeof v[field] === "string" && !DATE.test(v[field])) problems.push(`"${field}" must be a date such as 2025-07-11, 2025-07 or 2025`);
  }
  if (typeof v.url === "string" && !/^https?:\/\//.test(v.url)) problems.push('"url" must start with https:// or http://');
  if (problems.length > 0) return { entry: null, problems };
  return { entry: { ...v, aliases: v.aliases ?? [] }, problems };
}
var Glossary = class _Glossary {
  entries;
  places;
  byId;
  constructor(entries, places = {}) {
    this.entries = entries;
    this.places = places;
    this.byId = new Map(entries.map((e2) => [e2.id, e2]));
  }
  get(id) {
    return this.byId.get(id);
  }
  /** Reads `{ "entries": [...] }`; invalid entries are reported and left out, the rest apply. */
  static fromData(data) {
    const problems = [];
    const list = data?.entries;
    if (!Array.isArray(list)) {
      return { glossary: new _Glossary([]), problems: [{ index: -1, id: null, message: 'a glossary is an object with a list "entries"' }] };
    }
    const entries = [];
    const seen = /* @__PURE__ */ new Set();
    list.forEach((value, index) => {
      const { entry, problems: found } = checkEntry(value);
      const id = typeof value?.id === "string" ? value.id : null;
      for (const message of found) problems.push({ index, id, message });
      if (!entry) return;
      if (seen.has(entry.id)) {
        problems.push({ index, id, message: `duplicate id "${entry.id}"; the first entry with it applies` });
        return;
      }
      seen.add(entry.id);
      entries.push(entry);
    });
    const places = data.places;
    return { glossary: new _Glossary(entries, places !== null && typeof places === "object" && !Array.isArray(places) ? places : {}), problems };
  }
  /** Entries of `overrides` replace those with the same id and add the rest. */
  merge(overrides) {
    const byId = new Map(this.entries.map((e2) => [e2.id, e2]));
    for (const entry of overrides) byId.set(entry.id, entry);
    return new _Glossary([...byId.values()], this.places);
  }
};
function acronymOf(entry) {
  return entry.aliases.find(looksLikeAcronym) ?? null;
}
function looksLikeAcronym(name) {
  const letters = name.replace(/[^\p{L}]/gu, "");
  const capitals = name.replace(/[^\p{Lu}]/gu, "");
  return name.length <= 12 && capitals.length >= 2 && capitals.length * 2 >= letters.length;
}
function allNames(entry) {
  const names = [entry.name, ...entry.aliases];
  for (const list of Object.values(entry.names ?? {})) if (list) names.push(...list);
  return [...new Set(names)];
}
function namesIn(entry, language) {
  if (language === "en") return [entry.name, ...entry.aliases, ...entry.names?.en ?? []];
  return entry.names?.[language] ?? [];
}
function nameIn(entry, language) {
  return language !== "en" && entry.names?.[language]?.[0] || entry.name;
}
function acronymIn(entry, language) {
  if (language === "en") return acronymOf(entry);
  const names = entry.names?.[language];
  if (!names?.length) return null;
  if (language === "zh") return names.length > 1 ? [...names.slice(1)].sort((a2, b) => a2.length - b.length)[0] : null;
  return names.slice(1).find(looksLikeAcronym) ?? null;
}
function yearOf(entry) {
  return entry.established?.slice(0, 4) ?? null;
}

// src/core/card.ts
function escapeMarkdown(text) {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, "\\$&").replace(/\r?\n/g, " ");
}
function link(url) {
  return encodeURI(decodeURI(url)).replace(/\(/g, "%28").replace(/\)/g, "%29");
}
var KIND_LABEL = {
  organisation: "Organisation",
  forum: "Forum",
  treaty: "Treaty",
  agreement: "Agreement",
  initiative: "Initiative",
  principle: "Principle",
  body: "Body",
  resolution: "Security Council resolution"
};
var MEMBERS_SHOWN = 12;
function dateLine(entry) {
  const parts = [];
  if (entry.established) parts.push(`${entry.kind === "treaty" || entry.kind === "agreement" ? "Signed" : "Established"} ${entry.established}`);
  if (entry.inForce) parts.push(`in force ${entry.inForce}`);
  if (entry.expires) parts.push(`expires ${entry.expires}`);
  if (entry.ended) parts.push(`ended ${entry.ended}`);
  return parts.length ? [escapeMarkdown(parts.join(" \xB7 "))] : [];
}
function listLine(title, list, count) {
  if (!list?.length) return count ? [`**${title}:** ${count}`] : [];
  const total = count ?? list.length;
  const shown = list.length > MEMBERS_SHOWN + 1 ? list.slice(0, MEMBERS_SHOWN) : list;
  const more = total - shown.length;
  return [`**${title} (${total}):** ${escapeMarkdown(shown.join(", "))}${more > 0 ? ` and ${more} more` : ""}`];
}
function resolutionNumber(text) {
  return text ? /\d{1,4}/.exec(text.replace(/[(（](?:19|20)\d\d[)）]/u, ""))?.[0] ?? null : null;
}
function renderCard(entry, options = {}) {
  const language = options.language ?? "en";
  const own = language !== "en" ? namesIn(entry, language) : [];
  const acronym = acronymOf(entry);
  const inBrackets = (name, short) => short && short !== name ? ` (${escapeMarkdown(short)})` : "";
  let heading = `**${escapeMarkdown(entry.name)}**${inBrackets(entry.name, acronym)}`;
  if (own.length > 0) heading = `**${escapeMarkdown(own[0])}**${inBrackets(own[0], acronymIn(entry, language))}  
${escapeMarkdown(entry.name)}${inBrackets(entry.name, acronym)}`;
  const year = yearOf(entry);
  const lines = [heading, `*${KIND_LABEL[entry.kind]}${year ? ` \xB7 ${year}` : ""}*`, ""];
  const number = entry.kind === "resolution" && entry.number === void 0 ? resolutionNumber(options.mentionText) : null;
  if (number) lines.push(`**Resolution ${number}**: this glossary has no card of its own for it; its text is in the [UN Digital Library](${link(`https://digitallibrary.un.org/search?ln=en&p=S/RES/${number}`)}).`, "");
  lines.push(escapeMarkdown(entry.summary), "");
  const facts = [
    ...dateLine(entry),
    ...listLine("Members", entry.members, entry.memberCount),
    ...listLine("Observers", entry.observers),
    ...listLine("Partners", entry.partners),
    ...entry.headquarters ? [`**Headquarters:** ${escapeMarkdown(entry.headquarters)}`] : []
  ];
  if (facts.length) lines.push(facts.join("  \n"), "");
  if (entry.note) lines.push(`*Note:* ${escapeMarkdown(entry.note)}`, "");
  const others = LANGUAGES.filter((l2) => l2 !== "en" && l2 !== language && (entry.names?.[l2]?.length ?? 0) > 0);
  if (others.length) lines.push(`*Also:* ${others.map((l2) => `${LANGUAGE_NAMES[l2]} ${escapeMarkdown(entry.names[l2].slice(0, 2).join(", "))}`).join(" \xB7 ")}`, "");
  const footer = [`[Source](${link(entry.url)})`, `facts as of ${escapeMarkdown(entry.asOf)}`];
  if (options.mentionCount !== void 0) {
    const count = `${options.mentionCount} mention${options.mentionCount === 1 ? "" : "s"} in the corpus`;
    footer.push(options.mentionsLink && options.mentionCount > 0 ? `[${count}](${options.mentionsLink})` : count);
  }
  lines.push(footer.join(" \xB7 "));
  return lines.join("\n");
}
var CardCache = class {
  cards = /* @__PURE__ */ new Map();
  render(entry, options = {}) {
    const number = entry.kind === "resolution" && entry.number === void 0 ? resolutionNumber(options.mentionText) : "";
    const key = `${entry.id}\0${options.mentionCount ?? ""}\0${options.mentionsLink ?? ""}\0${options.language ?? ""}\0${number}`;
    let card = this.cards.get(key);
    if (card === void 0) {
      card = renderCard(entry, options);
      if (this.cards.size > 5e3) this.cards.clear();
      this.cards.set(key, card);
    }
    return card;
  }
  clear() {
    this.cards.clear();
  }
};

// src/core/drafting.ts
function isAcronym(text) {
  return /^[\p{Lu}\d][\p{Lu}\d+&\-./]*$/u.test(text) && /\p{Lu}/u.test(text);
}
function spelledOut(entry, language = "en") {
  const name = nameIn(entry, language);
  const acronym = name === entry.name ? acronymOf(entry) : acronymIn(entry, language);
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}
function firstUseProblems(text, matcher, glossary, language = "en") {
  const spelled = /* @__PURE__ */ new Set();
  const problems = [];
  for (const m of matcher.matchText(text)) {
    const entry = glossary.get(m.entryId);
    if (!entry) continue;
    if (!isAcronym(m.text) || m.text === entry.name) {
      spelled.add(entry.id);
      continue;
    }
    if (spelled.has(entry.id)) continue;
    const expansion = `${nameIn(entry, language)} (${m.text})`;
    problems.push({ entryId: entry.id, line: m.line, start: m.start, end: m.end, acronym: m.text, expansion, message: `Spell out ${m.text} on first use: ${expansion}` });
    spelled.add(entry.id);
  }
  return problems;
}
function completionText(entry, mentionsBefore, language = "en") {
  const name = nameIn(entry, language);
  const acronym = name === entry.name ? acronymOf(entry) : acronymIn(entry, language);
  if (!acronym || acronym === name) return name;
  return mentionsBefore.some((m) => m.entryId === entry.id) ? acronym : `${name} (${acronym})`;
}
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function longDate(iso) {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : null;
}
function attribution(source) {
  const parts = [source.speaker ?? `Unnamed speaker, ${source.title}`, source.place, longDate(source.date)].filter(Boolean);
  return `\u2014 ${parts.join(", ")}`;
}
function quoteMarkdown(paragraphs, source) {
  const body = paragraphs.map((p) => p.trim()).filter(Boolean).map((p) => `> ${p}`).join("\n>\n");
  const lines = [body, "", attribution(source)];
  if (source.sourceUrl) lines.push(`Source: <${source.sourceUrl}>`);
  return lines.join("\n") + "\n";
}

// src/extension/mentions.ts
var vscode6 = __toESM(require("vscode"));
async function revealMention(mention) {
  await vscode6.window.showTextDocument(mention.document.uri, { selection: mention.range, preview: true });
}
function mentionItems(mentions) {
  return mentions.map((mention) => {
    return {
      label: `${mention.before}${mention.text}${mention.after}`.trim(),
      // VS Code's own filter would hide and re-sort items; the list is already what was asked for.
      alwaysShow: true,
      description: `${mention.document.transcript.title.slice(0, 60)} \xB7 line ${mention.range.start.line + 1}`,
      mention
    };
  });
}
async function showMentions(services, entryId) {
  const { glossary } = await services.glossary.ready();
  const entry = typeof entryId === "string" ? glossary.get(entryId) : void 0;
  if (!entry) {
    services.log.warn(`showMentions: no glossary entry "${String(entryId)}"`);
    return;
  }
  const mentions = await services.corpus.mentionsOf(entry.id);
  if (mentions.length === 0) {
    void vscode6.window.showInformationMessage(`The corpus does not mention ${entry.name}.`);
    return;
  }
  const items = mentionItems(mentions);
  const picked = await vscode6.window.showQuickPick(items, {
    title: `${entry.name}: ${mentions.length} mention${mentions.length === 1 ? "" : "s"} in the corpus`,
    matchOnDescription: true
  });
  if (picked) await revealMention(picked.mention);
}
var CardDocuments = class {
  constructor(services) {
    this.services = services;
    services.glossary.onDidChange(() => {
      this.cards.clear();
      for (const d of vscode6.workspace.textDocuments) if (d.uri.scheme === CARD_SCHEME) this.changed.fire(d.uri);
    });
  }
  services;
  cards = new CardCache();
  changed = new vscode6.EventEmitter();
  onDidChange = this.changed.event;
  async provideTextDocumentContent(uri) {
    const id = uri.path.replace(/^\//, "").replace(/\.md$/, "");
    const { glossary } = await this.services.glossary.ready();
    const entry = glossary.get(id);
    if (!entry) return `No glossary entry "${id}".`;
    const count = (await this.services.corpus.mentionsOf(id)).length;
    return this.cards.render(entry, { mentionCount: count }) + "\n";
  }
};
function cardUri(entryId) {
  return vscode6.Uri.from({ scheme: CARD_SCHEME, path: `/${entryId}.md` });
}
async function showEntry(services, entryId) {
  if (typeof entryId !== "string") return;
  await vscode6.commands.executeCommand("markdown.showPreviewToSide", cardUri(entryId));
  await showMentions(services, entryId);
}
function register2(context, services) {
  context.subscriptions.push(
    vscode6.workspace.registerTextDocumentContentProvider(CARD_SCHEME, new CardDocuments(services)),
    vscode6.commands.registerCommand(Commands.showMentions, (entryId) => showMentions(services, entryId)),
    vscode6.commands.registerCommand(Commands.showEntry, (entryId) => showEntry(services, entryId))
  );
}

// src/extension/drafting.ts
var DRAFT_LANGUAGES = ["markdown", "plaintext", TRANSCRIPT_LANGUAGE];
var DIAGNOSTIC_SOURCE2 = "Diplomatic Study";
var MentionNavigation = class {
  constructor(services) {
    this.services = services;
  }
  services;
  async provideDefinition(document, position) {
    const mention = (await this.services.glossary.mentionAt(document, position))?.mention;
    return mention ? new vscode7.Location(cardUri(mention.entryId), new vscode7.Position(0, 0)) : void 0;
  }
  async provideReferences(document, position) {
    const mention = (await this.services.glossary.mentionAt(document, position))?.mention;
    if (!mention) return [];
    const { matcher } = await this.services.glossary.ready();
    const locations = /* @__PURE__ */ new Map();
    for (const m of await this.services.corpus.mentionsOf(mention.entryId)) {
      const key = m.document.uri.toString();
      locations.set(key, [...locations.get(key) ?? [], new vscode7.Location(m.document.uri, m.range)]);
    }
    for (const open of vscode7.workspace.textDocuments) {
      if (!DRAFT_LANGUAGES.includes(open.languageId) || open.uri.scheme === "diplomatic-study-card") continue;
      const key = open.uri.toString();
      if (locations.has(key) && !open.isDirty) continue;
      const found = matcher.matchText(open.getText()).filter((m) => m.entryId === mention.entryId);
      if (found.length) locations.set(key, found.map((m) => new vscode7.Location(open.uri, new vscode7.Range(m.line, m.start, m.line, m.end))));
    }
    return [...locations.values()].flat();
  }
  async provideDocumentHighlights(document, position) {
    const mention = (await this.services.glossary.mentionAt(document, position))?.mention;
    if (!mention) return [];
    const { matcher } = await this.services.glossary.ready();
    return matcher.matchText(document.getText()).filter((m) => m.entryId === mention.entryId).map((m) => new vscode7.DocumentHighlight(new vscode7.Range(m.line, m.start, m.line, m.end), vscode7.DocumentHighlightKind.Read));
  }
};
var GlossaryCompletion = class {
  constructor(services) {
    this.services = services;
    services.glossary.onDidChange(() => this.cards.clear());
  }
  services;
  cards = new CardCache();
  /** Every name of an entry in lower case, worked out once per entry rather than per keystroke. */
  names = /* @__PURE__ */ new WeakMap();
  lowerNames(entry) {
    let names = this.names.get(entry);
    if (!names) this.names.set(entry, names = allNames(entry).map((n2) => n2.toLowerCase()));
    return names;
  }
  async provideCompletionItems(document, position) {
    const { glossary, matcher } = await this.services.glossary.ready();
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const phrase = /((?:[\p{L}\p{N}][\p{L}\p{N}+&'’.-]*\s+){0,3}[\p{L}\p{N}][\p{L}\p{N}+&'’.-]*)$/u.exec(before)?.[1];
    if (!phrase) return [];
    const words2 = phrase.split(/\s+/);
    const last = words2[words2.length - 1];
    const tries = hasHan(last) ? Array.from({ length: Math.min(10, last.length) }, (_, i2) => last.slice(last.length - Math.min(10, last.length) + i2)) : words2.map((_, i2) => words2.slice(i2).join(" "));
    const language = await this.services.glossary.languageOf(document);
    const textBefore = document.getText(new vscode7.Range(new vscode7.Position(0, 0), position));
    const mentionsBefore = matcher.matchText(textBefore);
    for (const typed of tries) {
      const lower = typed.toLowerCase();
      const entries = glossary.entries.filter((e2) => this.lowerNames(e2).some((n2) => n2.startsWith(lower)));
      if (entries.length === 0) continue;
      const start = position.translate(0, -typed.length);
      return entries.slice(0, 50).map((entry) => {
        const acronym = acronymOf(entry);
        const item = new vscode7.CompletionItem({ label: spelledOut(entry, language), description: acronym ?? void 0 }, vscode7.CompletionItemKind.Reference);
        item.detail = [entry.kind, yearOf(entry)].filter(Boolean).join(" \xB7 ");
        item.documentation = new vscode7.MarkdownString(this.cards.render(entry, { language }));
        item.insertText = completionText(entry, mentionsBefore, language);
        item.range = new vscode7.Range(start, position);
        item.filterText = [typed, ...allNames(entry)].join(" ");
        item.sortText = `${entry.name.toLowerCase().startsWith(lower) || acronym?.toLowerCase().startsWith(lower) ? 0 : 1}${entry.name}`;
        return item;
      });
    }
    return [];
  }
};
var FirstUseCheck = class {
  constructor(services) {
    this.services = services;
  }
  services;
  static kinds = [vscode7.CodeActionKind.QuickFix];
  diagnostics = vscode7.languages.createDiagnosticCollection("Diplomatic Study drafting");
  timers = /* @__PURE__ */ new Map();
  /**
   * Drafts are Markdown documents that are not transcripts — told from the corpus settings at once,
   * so that a draft is checked while thousands of transcripts are still being read.
   */
  async applies(document) {
    if (!this.services.config.acronymCheck || document.languageId !== "markdown") return false;
    if (document.uri.scheme === "diplomatic-study-card") return false;
    return !this.services.corpus.isCorpusFile(document.uri);
  }
  schedule(document, ms = 300) {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.check(document), ms));
  }
  async check(document) {
    if (document.isClosed || !await this.applies(document)) {
      this.diagnostics.delete(document.uri);
      return;
    }
    const { glossary, matcher } = await this.services.glossary.ready();
    const language = await this.services.glossary.languageOf(document);
    if (document.isClosed) return;
    this.diagnostics.set(
      document.uri,
      firstUseProblems(document.getText(), matcher, glossary, language).map((p) => {
        const d = new vscode7.Diagnostic(new vscode7.Range(p.line, p.start, p.line, p.end), p.message, vscode7.DiagnosticSeverity.Information);
        d.source = DIAGNOSTIC_SOURCE2;
        d.code = "first-use";
        return d;
      })
    );
  }
  provideCodeActions(document, _range, context) {
    return context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE2 && d.code === "first-use").map((d) => {
      const expansion = /: (.*)$/.exec(d.message)?.[1] ?? "";
      const action = new vscode7.CodeAction(`Spell out: ${expansion}`, vscode7.CodeActionKind.QuickFix);
      action.edit = new vscode7.WorkspaceEdit();
      action.edit.replace(document.uri, d.range, expansion);
      action.diagnostics = [d];
      action.isPreferred = true;
      return action;
    });
  }
  dispose() {
    for (const t2 of this.timers.values()) clearTimeout(t2);
    this.diagnostics.dispose();
  }
};
function register3(context, services) {
  const selector = DRAFT_LANGUAGES.map((language) => ({ language }));
  const navigation = new MentionNavigation(services);
  const check = new FirstUseCheck(services);
  context.subscriptions.push(
    check,
    vscode7.languages.registerDefinitionProvider(selector, navigation),
    vscode7.languages.registerReferenceProvider(selector, navigation),
    vscode7.languages.registerDocumentHighlightProvider(selector, navigation),
    vscode7.languages.registerCompletionItemProvider([{ language: "markdown" }, { language: "plaintext" }], new GlossaryCompletion(services)),
    vscode7.languages.registerCodeActionsProvider({ language: "markdown" }, check, { providedCodeActionKinds: FirstUseCheck.kinds })
  );
  vscode7.workspace.onDidOpenTextDocument((d) => check.schedule(d, 0), void 0, context.subscriptions);
  vscode7.workspace.onDidChangeTextDocument((e2) => check.schedule(e2.document), void 0, context.subscriptions);
  vscode7.workspace.onDidCloseTextDocument((d) => check.diagnostics.delete(d.uri), void 0, context.subscriptions);
  services.glossary.onDidChange(() => vscode7.workspace.textDocuments.forEach((d) => check.schedule(d, 0)), void 0, context.subscriptions);
  services.config.onDidChange([Settings.acronymCheck], () => vscode7.workspace.textDocuments.forEach((d) => check.schedule(d, 0)), context.subscriptions);
  for (const d of vscode7.workspace.textDocuments) check.schedule(d, 0);
}

// src/extension/entitiesView.ts
var vscode8 = __toESM(require("vscode"));
var KIND_TITLE = {
  organisation: "Organisations",
  forum: "Forums",
  treaty: "Treaties",
  agreement: "Agreements",
  initiative: "Initiatives",
  principle: "Principles",
  body: "Bodies",
  resolution: "Security Council Resolutions"
};
var EntityTreeProvider = class {
  constructor(services) {
    this.services = services;
  }
  services;
  changed = new vscode8.EventEmitter();
  onDidChangeTreeData = this.changed.event;
  refresh() {
    this.changed.fire(void 0);
  }
  getTreeItem(node) {
    switch (node.type) {
      case "kind": {
        const item = new vscode8.TreeItem(KIND_TITLE[node.kind], vscode8.TreeItemCollapsibleState.Expanded);
        item.description = `${node.entries.length}`;
        item.id = `kind:${node.kind}`;
        return item;
      }
      case "entry": {
        const item = new vscode8.TreeItem(node.entry.name, vscode8.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.mentions.length}`;
        item.tooltip = `${node.entry.name}: ${node.mentions.length} mention${node.mentions.length === 1 ? "" : "s"} in the corpus`;
        item.id = `entry:${node.entry.id}`;
        item.contextValue = "entity";
        return item;
      }
      case "mention": {
        const m = node.mention;
        const item = new vscode8.TreeItem({ label: `${m.before}${m.text}${m.after}`, highlights: [[m.before.length, m.before.length + m.text.length]] });
        item.description = `line ${m.range.start.line + 1}`;
        item.tooltip = `${shortTitle(m.document.transcript.title)}, line ${m.range.start.line + 1}`;
        item.id = `mention:${node.entry.id}:${m.document.uri.toString()}:${m.range.start.line}:${m.range.start.character}`;
        item.command = { command: Commands.showRange, title: "Open", arguments: [m.document.uri, m.range] };
        return item;
      }
    }
  }
  async getChildren(node) {
    if (!node) {
      const [{ glossary }, index] = await Promise.all([this.services.glossary.ready(), this.services.corpus.mentions()]);
      const byKind = /* @__PURE__ */ new Map();
      for (const [id, mentions] of index) {
        const entry = glossary.get(id);
        if (!entry) continue;
        const list = byKind.get(entry.kind) ?? [];
        list.push({ entry, mentions });
        byKind.set(entry.kind, list);
      }
      return [...byKind.entries()].sort((a2, b) => KIND_TITLE[a2[0]].localeCompare(KIND_TITLE[b[0]])).map(([kind, entries]) => ({ type: "kind", kind, entries: entries.sort((a2, b) => b.mentions.length - a2.mentions.length || a2.entry.name.localeCompare(b.entry.name)) }));
    }
    if (node.type === "kind") return node.entries.map(({ entry, mentions }) => ({ type: "entry", entry, mentions }));
    if (node.type === "entry") return node.mentions.map((mention) => ({ type: "mention", entry: node.entry, mention }));
    return [];
  }
  dispose() {
    this.changed.dispose();
  }
};
function register4(context, services) {
  const provider = new EntityTreeProvider(services);
  context.subscriptions.push(
    provider,
    vscode8.window.createTreeView(Views.entities, { treeDataProvider: provider, showCollapseAll: true }),
    vscode8.commands.registerCommand(Commands.showRange, async (uri, range) => {
      await vscode8.window.showTextDocument(uri, { selection: range, preview: true });
    })
  );
  services.corpus.onDidChange(() => provider.refresh(), void 0, context.subscriptions);
  services.glossary.onDidChange(() => provider.refresh(), void 0, context.subscriptions);
  return provider;
}

// src/extension/glossaryService.ts
var vscode9 = __toESM(require("vscode"));

// src/core/entityMatcher.ts
var WORD = /[\p{L}\p{N}\p{M}]/u;
var SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;
var DASH = /[-\u2010-\u2015\u2212]/;
var APOSTROPHE = /['\u2018\u2019\u02BC]/;
var HAS_CAPITAL = /\p{Lu}/u;
var OPEN = /* @__PURE__ */ new Set(["(", "\uFF08"]);
var CLOSE = /* @__PURE__ */ new Set([")", "\uFF09"]);
var ARTICLES = /* @__PURE__ */ new Set(["the", "el", "la", "los", "las", "le", "les", "l"]);
var SPELLING = /* @__PURE__ */ new Map([
  ["defence", "defense"],
  ["labour", "labor"],
  ["programme", "program"],
  ["programmes", "programs"],
  ["centre", "center"]
]);
function isWordCode(code, ch) {
  if (code < 128) return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
  if (code >= 192 && code <= 591) return code !== 215 && code !== 247;
  if (code >= 1040 && code <= 1103) return true;
  return WORD.test(ch);
}
function tokenize(text, from = 0, to = text.length) {
  const tokens = [];
  let spaced = false;
  let i2 = from;
  while (i2 < to) {
    const code = text.charCodeAt(i2);
    const ch = text[i2];
    if (code >= 11904 && isHan(text.slice(i2, code >= 55296 && code <= 56319 ? i2 + 2 : i2 + 1))) {
      const width = code >= 55296 && code <= 56319 ? 2 : 1;
      tokens.push({ text: text.slice(i2, i2 + width), start: i2, end: i2 + width, spaced, script: "han" });
      spaced = false;
      i2 += width;
    } else if (isWordCode(code, ch) || code >= 55296 && code <= 56319 && WORD.test(text.slice(i2, i2 + 2))) {
      const start = i2;
      while (i2 < to) {
        const c2 = text.charCodeAt(i2);
        if (c2 >= 11904 && isHan(text[i2])) break;
        if (c2 >= 55296 && c2 <= 56319 && WORD.test(text.slice(i2, i2 + 2))) i2 += 2;
        else if (isWordCode(c2, text[i2])) i2++;
        else break;
      }
      tokens.push({ text: text.slice(start, i2), start, end: i2, spaced, script: isCyrillicCode(code) ? "cyrillic" : "latin" });
      spaced = false;
    } else if (code === 32 || SPACE.test(ch) || DASH.test(ch)) {
      spaced = true;
      i2++;
    } else {
      tokens.push({ text: APOSTROPHE.test(ch) ? "'" : ch, start: i2, end: i2 + 1, spaced, script: "symbol" });
      spaced = false;
      i2++;
    }
  }
  return tokens;
}
var CYRILLIC_ACRONYM = /^(\p{Lu}{2,})(\p{Ll}{0,3})$/u;
function foldKey(token) {
  switch (token.script) {
    case "han":
      return token.text;
    case "symbol":
      return token.text === "'" ? null : token.text;
    case "cyrillic": {
      const acronym = CYRILLIC_ACRONYM.exec(token.text);
      if (acronym) return foldWord(acronym[1]);
      return stemWord(foldWord(token.text), "ru");
    }
    default: {
      let key = latinKeys.get(token.text);
      if (key === void 0) {
        key = latinKey(token.text);
        if (latinKeys.size >= LATIN_KEYS_MAX) latinKeys.clear();
        latinKeys.set(token.text, key);
      }
      return key;
    }
  }
}
var latinKeys = /* @__PURE__ */ new Map();
var LATIN_KEYS_MAX = 2e5;
function latinKey(text) {
  const folded = foldWord(text);
  if (folded.length <= 3 && ARTICLES.has(folded)) return null;
  const spelling = SPELLING.get(folded);
  if (spelling !== void 0) return spelling;
  return folded.length > 6 && folded.includes("isation") ? folded.replace(/isation/g, "ization") : folded;
}
function exactKey(token) {
  if (token.script !== "cyrillic") return token.text;
  const acronym = CYRILLIC_ACRONYM.exec(token.text);
  if (acronym) return acronym[1].replace(/Ё/g, "\u0415");
  if (!HAS_CAPITAL.test(token.text[0])) return null;
  return "^" + stemWord(foldWord(token.text), "ru");
}
function unstemmedKey(token, fold) {
  if (CYRILLIC_ACRONYM.test(token.text)) return null;
  const lower = foldWord(token.text);
  if (fold) return lower;
  return HAS_CAPITAL.test(token.text[0]) ? "^" + lower : null;
}
function withSpace(key, token, index) {
  return index > 0 && token.spaced ? " " + key : key;
}
var RESOLUTION_WORDS = /* @__PURE__ */ new Set(["resolution", "resolutions", "resolucion", "resoluciones", "unscr", stemWord("\u0440\u0435\u0437\u043E\u043B\u044E\u0446\u0438\u044F", "ru")]);
var COUNCIL_WORDS = /* @__PURE__ */ new Set(["\u0441\u0431", "\u043E\u043E\u043D", stemWord("\u0441\u043E\u0432\u0435\u0442\u0430", "ru"), stemWord("\u0431\u0435\u0437\u043E\u043F\u0430\u0441\u043D\u043E\u0441\u0442\u0438", "ru"), "un", "unsc", "security", "council", "'", "del", "de", "consejo", "seguridad", "du", "conseil", "securite", "onu"]);
var NUMBER_SIGNS = /* @__PURE__ */ new Set(["no", "nos", "number", "num", "n", "n\xBA", ".", "\u2116", "\xB0", "\xBA"]);
var Keys = class {
  constructor(tokens) {
    this.tokens = tokens;
    this.folded = new Array(tokens.length);
    this.exacts = new Array(tokens.length);
  }
  tokens;
  folded;
  exacts;
  fold(j) {
    let key = this.folded[j];
    if (key === void 0) this.folded[j] = key = j < this.tokens.length ? foldKey(this.tokens[j]) : null;
    return key;
  }
  exact(j) {
    let key = this.exacts[j];
    if (key === void 0) this.exacts[j] = key = j < this.tokens.length ? exactKey(this.tokens[j]) : null;
    return key;
  }
};
var EntityMatcher = class {
  exact = { next: /* @__PURE__ */ new Map() };
  folded = { next: /* @__PURE__ */ new Map() };
  /** The longest alias in characters: how far back a mention under the cursor can start. */
  longestAlias;
  /** Resolution numbers with an entry of their own; the rest are the kind's entry. */
  resolutions = /* @__PURE__ */ new Map();
  anyResolution;
  constructor(entries) {
    let longest = 0;
    let anyResolution = null;
    for (const entry of entries) {
      if (entry.kind === "resolution") {
        if (entry.number !== void 0) {
          if (!this.resolutions.has(entry.number)) this.resolutions.set(entry.number, entry.id);
        } else anyResolution ??= entry.id;
      }
      for (const alias of allNames(entry)) {
        const tokens = tokenize(alias);
        if (tokens.length === 0) continue;
        const words2 = tokens.filter((t2) => t2.script !== "symbol");
        const fold = words2.length >= 2;
        let node = fold ? this.folded : this.exact;
        let index = 0;
        let usable = true;
        for (const token of tokens) {
          const key = fold ? foldKey(token) : exactKey(token);
          if (key === null) {
            if (fold) continue;
            usable = false;
            break;
          }
          const k = fold ? key : withSpace(key, token, index);
          index++;
          let child = node.next.get(k);
          if (!child) node.next.set(k, child = { next: /* @__PURE__ */ new Map() });
          const whole = token.script === "cyrillic" ? unstemmedKey(token, fold) : null;
          if (whole !== null && whole !== key && !node.next.has(fold ? whole : withSpace(whole, token, index - 1))) node.next.set(fold ? whole : withSpace(whole, token, index - 1), child);
          node = child;
        }
        if (!usable || index === 0) continue;
        node.entryId ??= entry.id;
        if (node.entryId === entry.id && !HAS_CAPITAL.test(alias)) node.lowerCaseOk = true;
        longest = Math.max(longest, alias.length);
      }
    }
    this.longestAlias = longest;
    this.anyResolution = anyResolution;
  }
  /** All mentions on one line, left to right, none overlapping. */
  matchLine(line) {
    return this.scan(line, tokenize(line));
  }
  /** All mentions in a text, with 0-based line numbers. */
  matchText(text) {
    const mentions = [];
    splitLines(text).forEach((line, index) => {
      for (const m of this.matchLine(line)) mentions.push({ ...m, line: index });
    });
    return mentions;
  }
  /**
   * The mention under a character of a line, reading only the stretch around it: a hover on a
   * long paragraph does not scan the whole paragraph.
   */
  mentionAt(line, character) {
    const reach = this.longestAlias + 24;
    let from = Math.max(0, character - reach);
    while (from > 0 && isWordCode(line.charCodeAt(from - 1), line[from - 1]) && !isHan(line[from - 1])) from--;
    let to = Math.min(line.length, character + this.longestAlias + 1);
    while (to < line.length && isWordCode(line.charCodeAt(to), line[to]) && !isHan(line[to])) to++;
    for (const mention of this.scan(line, tokenize(line, from, to))) {
      if (mention.start <= character && character < mention.end) return mention;
      if (mention.start > character) break;
    }
    return null;
  }
  scan(line, tokens) {
    const mentions = [];
    const keys = new Keys(tokens);
    let boundaries;
    const onWordBoundaries = (start, end) => {
      boundaries ??= chineseWordBoundaries(line);
      return boundaries.has(start) && boundaries.has(end);
    };
    let i2 = 0;
    while (i2 < tokens.length) {
      if (keys.fold(i2) === null) {
        i2++;
        continue;
      }
      const byNumber = this.resolutionFrom(line, tokens, keys, i2);
      const byName = this.bestFrom(tokens, keys, i2, onWordBoundaries);
      const best = byName && (!byNumber || byName.last >= byNumber.last) ? byName : byNumber;
      if (!best) {
        i2++;
        continue;
      }
      let last = best.last;
      if (OPEN.has(tokens[last + 1]?.text ?? "")) {
        const inner = this.bestFrom(tokens, keys, last + 2, onWordBoundaries);
        if (inner?.entryId === best.entryId && CLOSE.has(tokens[inner.last + 1]?.text ?? "")) last = inner.last + 1;
      }
      const start = tokens[i2].start;
      const end = tokens[last].end;
      if (DASH.test(line[end] ?? "") && /\d/.test(line[end + 1] ?? "")) {
        i2 = last + 1;
        continue;
      }
      mentions.push({ entryId: best.entryId, start, end, text: line.slice(start, end) });
      i2 = last + 1;
    }
    return mentions;
  }
  /**
   * "Resolution 2231 (2015)", "UNSC resolution No. 1244", "резолюции 2202", "résolution 242",
   * "第2231号决议": a Security Council resolution by its number. A General Assembly resolution has
   * a session in its number ("resolution 68/262") and is not one of these.
   */
  resolutionFrom(line, tokens, keys, first) {
    if (this.resolutions.size === 0 && this.anyResolution === null) return null;
    const t2 = tokens[first];
    let j = first;
    let number;
    if (t2.script === "han") {
      if (t2.text === "\u7B2C") j++;
      const digits = tokens[j];
      if (!digits || !/^\d{1,4}$/.test(digits.text) || tokens[j + 1]?.text !== "\u53F7" || tokens[j + 2]?.text !== "\u51B3" || tokens[j + 3]?.text !== "\u8BAE") return null;
      number = Number(digits.text);
      j += 3;
    } else {
      if (t2.script !== "latin" && t2.script !== "cyrillic") return null;
      while (j - first < 4 && tokens[j] && !RESOLUTION_WORDS.has(keys.fold(j) ?? "") && COUNCIL_WORDS.has(keys.fold(j) ?? "'")) j++;
      if (!RESOLUTION_WORDS.has(keys.fold(j) ?? "")) return null;
      j++;
      for (let skipped = 0; skipped < 5 && tokens[j] && COUNCIL_WORDS.has(keys.fold(j) ?? "'"); skipped++) j++;
      for (let skipped = 0; skipped < 2 && tokens[j] && NUMBER_SIGNS.has(foldWord(tokens[j].text)); skipped++) j++;
      const digits = tokens[j];
      if (!digits || !/^\d{1,4}$/.test(digits.text) || line[digits.end] === "/" || line[digits.end] === "." && /\d/.test(line[digits.end + 1] ?? "")) return null;
      number = Number(digits.text);
      if (OPEN.has(tokens[j + 1]?.text ?? "") && /^(?:19[4-9]\d|20\d\d)$/.test(tokens[j + 2]?.text ?? "") && CLOSE.has(tokens[j + 3]?.text ?? "")) j += 3;
    }
    if (number < 1) return null;
    const entryId = this.resolutions.get(number) ?? this.anyResolution;
    return entryId ? { entryId, last: j } : null;
  }
  bestFrom(tokens, keys, first, onWordBoundaries) {
    if (first >= tokens.length) return null;
    if (tokens[first].script !== "han") {
      const a2 = this.walk(tokens, keys, first, this.exact, false, null);
      const b = this.walk(tokens, keys, first, this.folded, true, null);
      const best = a2 && b ? b.last > a2.last ? b : a2 : a2 ?? b;
      if (!best || tokens[best.last].script !== "han" || onWordBoundaries(tokens[first].start, tokens[best.last].end)) return best;
    }
    const candidates = [];
    this.walk(tokens, keys, first, this.exact, false, candidates);
    this.walk(tokens, keys, first, this.folded, true, candidates);
    candidates.sort((x, y) => y.last - x.last);
    for (const c2 of candidates) if (onWordBoundaries(tokens[first].start, tokens[c2.last].end)) return c2;
    return null;
  }
  /** The longest alias that starts at `first`; with `all`, every one of them goes there too. */
  walk(tokens, keys, first, root, fold, all) {
    let found = null;
    let node = root;
    let capital = false;
    let index = 0;
    for (let j = first; j < tokens.length; j++) {
      const key = fold ? keys.fold(j) : keys.exact(j);
      if (key === null) {
        if (fold && j > first) continue;
        break;
      }
      node = node.next.get(fold ? key : withSpace(key, tokens[j], index));
      index++;
      if (!node) break;
      capital ||= fold && HAS_CAPITAL.test(tokens[j].text);
      if (node.entryId && (!fold || capital || node.lowerCaseOk)) {
        found = { entryId: node.entryId, last: j };
        all?.push(found);
      }
    }
    return found;
  }
};

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function getNodeValue(node) {
  switch (node.type) {
    case "array":
      return node.children.map(getNodeValue);
    case "object":
      const obj = /* @__PURE__ */ Object.create(null);
      for (let prop of node.children) {
        const valueNode = prop.children[1];
        if (valueNode) {
          obj[prop.children[0].value] = getNodeValue(valueNode);
        }
      }
      return obj;
    case "null":
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return void 0;
  }
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var getNodeValue2 = getNodeValue;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/core/glossaryFile.ts
var PARSE_MESSAGES = {
  InvalidSymbol: "invalid character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a property name in double quotes is expected",
  ValueExpected: "a value is expected",
  ColonExpected: "a colon is expected",
  CommaExpected: "a comma is expected",
  CloseBraceExpected: "a closing brace } is expected",
  CloseBracketExpected: "a closing bracket ] is expected",
  EndOfFileExpected: "the file should end here",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "a comment is not closed",
  UnexpectedEndOfString: "a string is not closed",
  UnexpectedEndOfNumber: "a number is not finished",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character in a string"
};
function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i2 = 0; i2 < offset && i2 < text.length; i2++) {
    if (text[i2] === "\n" || text[i2] === "\r" && text[i2 + 1] !== "\n") {
      line++;
      lineStart = i2 + 1;
    }
  }
  return { line, character: offset - lineStart };
}
function readGlossaryFile(text, others = []) {
  const problems = [];
  const errors = [];
  const root = parseTree2(text.replace(/^\uFEFF/, " "), errors, { allowTrailingComma: false, disallowComments: true });
  for (const e2 of errors) {
    const where = positionAt(text, e2.offset);
    const code = printParseErrorCode(e2.error);
    problems.push({ severity: "error", message: `JSON syntax error at line ${where.line + 1}, column ${where.character + 1}: ${PARSE_MESSAGES[code] ?? code}`, start: e2.offset, end: e2.offset + Math.max(1, e2.length) });
  }
  const entriesNode = root && findNodeAtLocation2(root, ["entries"]);
  if (!root || !entriesNode || entriesNode.type !== "array") {
    if (errors.length === 0 || root) problems.push({ severity: "error", message: 'a glossary is an object with a list "entries": { "entries": [ \u2026 ] }', start: root?.offset ?? 0, end: (root?.offset ?? 0) + Math.min(root?.length ?? 1, 1) });
    return { entries: [], problems };
  }
  const entries = [];
  const ids = /* @__PURE__ */ new Map();
  const owners = /* @__PURE__ */ new Map();
  for (const e2 of others) for (const name of allNames(e2)) owners.set(name, e2.id);
  const userOwners = /* @__PURE__ */ new Map();
  (entriesNode.children ?? []).forEach((node, index) => {
    const at = (path) => findNodeAtLocation2(node, path) ?? node;
    const span = (n2) => ({ start: n2.offset, end: n2.offset + n2.length });
    const { entry, problems: found } = checkEntry(getNodeValue2(node));
    for (const message of found) {
      const field = /"(\w+)"/.exec(message)?.[1];
      const target = field && message.startsWith("missing") ? node : field ? at([field]) : node;
      problems.push({ severity: "error", message: `entry ${index + 1}${entry?.id ?? idOf(node) ? ` ("${entry?.id ?? idOf(node)}")` : ""}: ${message}; the entry is left out`, ...span(target) });
    }
    if (!entry) return;
    if (ids.has(entry.id)) {
      problems.push({ severity: "error", message: `duplicate id "${entry.id}" (entry ${ids.get(entry.id) + 1} has it too); only the first applies`, ...span(at(["id"])) });
      return;
    }
    ids.set(entry.id, index);
    const named = [{ alias: entry.name, path: ["name"] }, ...entry.aliases.map((alias, i2) => ({ alias, path: ["aliases", i2] }))];
    for (const [language, list] of Object.entries(entry.names ?? {})) list?.forEach((alias, i2) => named.push({ alias, path: ["names", language, i2] }));
    named.forEach(({ alias, path }) => {
      const holder = userOwners.get(alias) ?? (owners.get(alias) !== entry.id ? owners.get(alias) : void 0);
      if (holder && holder !== entry.id) {
        const aliasNode = at(path);
        problems.push({ severity: "warning", message: `"${alias}" is also claimed by the entry "${holder}"; this file's entry "${entry.id}" takes it`, ...span(aliasNode) });
      }
      userOwners.set(alias, entry.id);
    });
    entries.push(entry);
  });
  return { entries, problems };
}
function idOf(node) {
  const id = findNodeAtLocation2(node, ["id"]);
  return id && typeof id.value === "string" ? id.value : void 0;
}

// node_modules/htmlparser2/node_modules/entities/dist/esm/decode-codepoint.js
var _a;
var fromCodePoint = (
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition, n/no-unsupported-features/es-builtins
  (_a = String.fromCodePoint) !== null && _a !== void 0 ? _a : ((codePoint) => {
    let output = "";
    if (codePoint > 65535) {
      codePoint -= 65536;
      output += String.fromCharCode(codePoint >>> 10 & 1023 | 55296);
      codePoint = 56320 | codePoint & 1023;
    }
    output += String.fromCharCode(codePoint);
    return output;
  })
);

// node_modules/htmlparser2/node_modules/entities/dist/esm/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/htmlparser2/node_modules/entities/dist/esm/decode.js
var CharCodes;
(function(CharCodes3) {
  CharCodes3[CharCodes3["NUM"] = 35] = "NUM";
  CharCodes3[CharCodes3["SEMI"] = 59] = "SEMI";
  CharCodes3[CharCodes3["EQUALS"] = 61] = "EQUALS";
  CharCodes3[CharCodes3["ZERO"] = 48] = "ZERO";
  CharCodes3[CharCodes3["NINE"] = 57] = "NINE";
  CharCodes3[CharCodes3["LOWER_A"] = 97] = "LOWER_A";
  CharCodes3[CharCodes3["LOWER_F"] = 102] = "LOWER_F";
  CharCodes3[CharCodes3["LOWER_X"] = 120] = "LOWER_X";
  CharCodes3[CharCodes3["LOWER_Z"] = 122] = "LOWER_Z";
  CharCodes3[CharCodes3["UPPER_A"] = 65] = "UPPER_A";
  CharCodes3[CharCodes3["UPPER_F"] = 70] = "UPPER_F";
  CharCodes3[CharCodes3["UPPER_Z"] = 90] = "UPPER_Z";
})(CharCodes || (CharCodes = {}));
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));

// node_modules/htmlparser2/dist/esm/Tokenizer.js
var CharCodes2;
(function(CharCodes3) {
  CharCodes3[CharCodes3["Tab"] = 9] = "Tab";
  CharCodes3[CharCodes3["NewLine"] = 10] = "NewLine";
  CharCodes3[CharCodes3["FormFeed"] = 12] = "FormFeed";
  CharCodes3[CharCodes3["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes3[CharCodes3["Space"] = 32] = "Space";
  CharCodes3[CharCodes3["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes3[CharCodes3["Number"] = 35] = "Number";
  CharCodes3[CharCodes3["Amp"] = 38] = "Amp";
  CharCodes3[CharCodes3["SingleQuote"] = 39] = "SingleQuote";
  CharCodes3[CharCodes3["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes3[CharCodes3["Dash"] = 45] = "Dash";
  CharCodes3[CharCodes3["Slash"] = 47] = "Slash";
  CharCodes3[CharCodes3["Zero"] = 48] = "Zero";
  CharCodes3[CharCodes3["Nine"] = 57] = "Nine";
  CharCodes3[CharCodes3["Semi"] = 59] = "Semi";
  CharCodes3[CharCodes3["Lt"] = 60] = "Lt";
  CharCodes3[CharCodes3["Eq"] = 61] = "Eq";
  CharCodes3[CharCodes3["Gt"] = 62] = "Gt";
  CharCodes3[CharCodes3["Questionmark"] = 63] = "Questionmark";
  CharCodes3[CharCodes3["UpperA"] = 65] = "UpperA";
  CharCodes3[CharCodes3["LowerA"] = 97] = "LowerA";
  CharCodes3[CharCodes3["UpperF"] = 70] = "UpperF";
  CharCodes3[CharCodes3["LowerF"] = 102] = "LowerF";
  CharCodes3[CharCodes3["UpperZ"] = 90] = "UpperZ";
  CharCodes3[CharCodes3["LowerZ"] = 122] = "LowerZ";
  CharCodes3[CharCodes3["LowerX"] = 120] = "LowerX";
  CharCodes3[CharCodes3["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes2 || (CharCodes2 = {}));
var State;
(function(State2) {
  State2[State2["Text"] = 1] = "Text";
  State2[State2["BeforeTagName"] = 2] = "BeforeTagName";
  State2[State2["InTagName"] = 3] = "InTagName";
  State2[State2["InSelfClosingTag"] = 4] = "InSelfClosingTag";
  State2[State2["BeforeClosingTagName"] = 5] = "BeforeClosingTagName";
  State2[State2["InClosingTagName"] = 6] = "InClosingTagName";
  State2[State2["AfterClosingTagName"] = 7] = "AfterClosingTagName";
  State2[State2["BeforeAttributeName"] = 8] = "BeforeAttributeName";
  State2[State2["InAttributeName"] = 9] = "InAttributeName";
  State2[State2["AfterAttributeName"] = 10] = "AfterAttributeName";
  State2[State2["BeforeAttributeValue"] = 11] = "BeforeAttributeValue";
  State2[State2["InAttributeValueDq"] = 12] = "InAttributeValueDq";
  State2[State2["InAttributeValueSq"] = 13] = "InAttributeValueSq";
  State2[State2["InAttributeValueNq"] = 14] = "InAttributeValueNq";
  State2[State2["BeforeDeclaration"] = 15] = "BeforeDeclaration";
  State2[State2["InDeclaration"] = 16] = "InDeclaration";
  State2[State2["InProcessingInstruction"] = 17] = "InProcessingInstruction";
  State2[State2["BeforeComment"] = 18] = "BeforeComment";
  State2[State2["CDATASequence"] = 19] = "CDATASequence";
  State2[State2["InSpecialComment"] = 20] = "InSpecialComment";
  State2[State2["InCommentLike"] = 21] = "InCommentLike";
  State2[State2["BeforeSpecialS"] = 22] = "BeforeSpecialS";
  State2[State2["BeforeSpecialT"] = 23] = "BeforeSpecialT";
  State2[State2["SpecialStartSequence"] = 24] = "SpecialStartSequence";
  State2[State2["InSpecialTag"] = 25] = "InSpecialTag";
  State2[State2["InEntity"] = 26] = "InEntity";
})(State || (State = {}));
var QuoteType;
(function(QuoteType2) {
  QuoteType2[QuoteType2["NoValue"] = 0] = "NoValue";
  QuoteType2[QuoteType2["Unquoted"] = 1] = "Unquoted";
  QuoteType2[QuoteType2["Single"] = 2] = "Single";
  QuoteType2[QuoteType2["Double"] = 3] = "Double";
})(QuoteType || (QuoteType = {}));
var Sequences = {
  Cdata: new Uint8Array([67, 68, 65, 84, 65, 91]),
  // CDATA[
  CdataEnd: new Uint8Array([93, 93, 62]),
  // ]]>
  CommentEnd: new Uint8Array([45, 45, 62]),
  // `-->`
  ScriptEnd: new Uint8Array([60, 47, 115, 99, 114, 105, 112, 116]),
  // `<\/script`
  StyleEnd: new Uint8Array([60, 47, 115, 116, 121, 108, 101]),
  // `</style`
  TitleEnd: new Uint8Array([60, 47, 116, 105, 116, 108, 101]),
  // `</title`
  TextareaEnd: new Uint8Array([
    60,
    47,
    116,
    101,
    120,
    116,
    97,
    114,
    101,
    97
  ]),
  // `</textarea`
  XmpEnd: new Uint8Array([60, 47, 120, 109, 112])
  // `</xmp`
};

// src/core/parser/dates.ts
var MONTH_NAMES = [
  [1, ["january", "jan", "\u044F\u043D\u0432\u0430\u0440\u044F", "\u044F\u043D\u0432\u0430\u0440\u044C", "enero", "janvier", "janv"]],
  [2, ["february", "feb", "\u0444\u0435\u0432\u0440\u0430\u043B\u044F", "\u0444\u0435\u0432\u0440\u0430\u043B\u044C", "febrero", "f\xE9vrier", "fevrier", "f\xE9vr", "fevr"]],
  [3, ["march", "mar", "\u043C\u0430\u0440\u0442\u0430", "\u043C\u0430\u0440\u0442", "marzo", "mars"]],
  [4, ["april", "apr", "\u0430\u043F\u0440\u0435\u043B\u044F", "\u0430\u043F\u0440\u0435\u043B\u044C", "abril", "avril", "avr"]],
  [5, ["may", "\u043C\u0430\u044F", "\u043C\u0430\u0439", "mayo", "mai"]],
  [6, ["june", "jun", "\u0438\u044E\u043D\u044F", "\u0438\u044E\u043D\u044C", "junio", "juin"]],
  [7, ["july", "jul", "\u0438\u044E\u043B\u044F", "\u0438\u044E\u043B\u044C", "julio", "juillet", "juil"]],
  [8, ["august", "aug", "\u0430\u0432\u0433\u0443\u0441\u0442\u0430", "\u0430\u0432\u0433\u0443\u0441\u0442", "agosto", "ao\xFBt", "aout"]],
  [9, ["september", "sep", "sept", "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044F", "\u0441\u0435\u043D\u0442\u044F\u0431\u0440\u044C", "septiembre", "setiembre", "septembre"]],
  [10, ["october", "oct", "\u043E\u043A\u0442\u044F\u0431\u0440\u044F", "\u043E\u043A\u0442\u044F\u0431\u0440\u044C", "octubre", "octobre"]],
  [11, ["november", "nov", "\u043D\u043E\u044F\u0431\u0440\u044F", "\u043D\u043E\u044F\u0431\u0440\u044C", "noviembre", "novembre"]],
  [12, ["december", "dec", "\u0434\u0435\u043A\u0430\u0431\u0440\u044F", "\u0434\u0435\u043A\u0430\u0431\u0440\u044C", "diciembre", "d\xE9cembre", "decembre", "d\xE9c"]]
];
var MONTHS2 = new Map(MONTH_NAMES.flatMap(([n2, names]) => names.map((name) => [name, n2])));
var MONTH = `(${[...MONTHS2.keys()].sort((a2, b) => b.length - a2.length).join("|")})\\.?`;
var YEAR = "(\\d{4})(?=\\d{1,2}:\\d{2}|\\D|$)";
var NOT_AFTER_LETTER = "(?<![\\p{L}\\d])";
var NOT_BEFORE_LETTER = "(?![\\p{L}])";
var PATTERNS = [
  { regex: new RegExp(`${NOT_AFTER_LETTER}${MONTH}${NOT_BEFORE_LETTER}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, "iu"), order: "mdy" },
  // "11 July 2025", "11 сентября 2020 года", "31 de agosto de 2021", "le 3 mars 2024", "1er mai 2024".
  { regex: new RegExp(`${NOT_AFTER_LETTER}(\\d{1,2})(?:st|nd|rd|th|er|\xBA|\xB0)?\\s+(?:of\\s+|de\\s+)?${MONTH}${NOT_BEFORE_LETTER},?\\s+(?:de\\s+|del\\s+)?${YEAR}`, "iu"), order: "dmy" },
  { regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, order: "ymd" },
  { regex: /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, order: "ymd" },
  { regex: /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/, order: "ymd" },
  { regex: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/, order: "dmy-num" }
];

// src/core/parser/html.ts
var DOCUMENT_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--[\s\S]*?-->\s*<(?:!doctype|html|head|body|div|p|article|main|section|h[1-6])[\s>])/i;
var BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|article|section|main|li|ul|ol|table|tr|td|blockquote|span|strong|b|em|i|a)\b[^>]*>/gi;
function looksLikeHtml(text) {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, "");
  if (DOCUMENT_START.test(head)) return true;
  const sample = text.slice(0, 65536);
  const tags = sample.match(BLOCK_TAG)?.length ?? 0;
  if (tags < 4) return false;
  const lines = sample.split(/\r\n|\r|\n/).filter((l2) => l2.trim() !== "");
  const tagged = lines.filter((l2) => /<\/?(?:p|div|br|h[1-6]|li|td|article|section|blockquote)\b[^>]*>/i.test(l2)).length;
  return tagged / Math.max(1, lines.length) >= 0.3;
}

// src/extension/glossaryService.ts
var GlossaryService = class {
  constructor(extensionUri, config, log, languageOfText) {
    this.extensionUri = extensionUri;
    this.config = config;
    this.log = log;
    this.languageOfText = languageOfText;
    config.onDidChange([Settings.glossaryFiles], () => this.reload(), this.disposables);
    vscode9.workspace.onDidChangeWorkspaceFolders(() => this.reload(), void 0, this.disposables);
  }
  extensionUri;
  config;
  log;
  languageOfText;
  loading;
  bundled;
  diagnostics = vscode9.languages.createDiagnosticCollection("Diplomatic Study glossary");
  changed = new vscode9.EventEmitter();
  /** Fires when the entries changed (a glossary file was edited, added or removed). */
  onDidChange = this.changed.event;
  disposables = [];
  watchers = [];
  timer;
  /** Files whose problems were already announced, so that a notification comes once, not per save. */
  announced = /* @__PURE__ */ new Set();
  ready() {
    this.loading ??= this.load();
    return this.loading;
  }
  /** The glossary mention under a position of a document, with its entry. */
  async mentionAt(document, position) {
    const { glossary, matcher } = await this.ready();
    const mention = matcher.mentionAt(document.lineAt(position.line).text, position.character);
    const entry = mention && glossary.get(mention.entryId);
    return mention && entry ? { mention, entry } : void 0;
  }
  /** Per open document (an untitled one may reuse a closed one's name), its language at a version. */
  languages = /* @__PURE__ */ new WeakMap();
  /** The language a document is written in, for cards in the reader's language; worked out once per version. */
  languageOf(document) {
    const known = this.languages.get(document);
    if (known && known.version === document.version) return known.language;
    const head = document.getText(new vscode9.Range(0, 0, Math.min(document.lineCount, 400), 0));
    const html = looksLikeHtml(head);
    const language = html || head.startsWith("---") ? this.languageOfText(html ? document.getText() : head).catch(() => detectLanguage(head.slice(0, 2e4))) : Promise.resolve(detectLanguage(head.slice(0, 2e4)));
    this.languages.set(document, { version: document.version, language });
    return language;
  }
  /** The user's glossary files that apply, in every workspace folder. */
  userFiles() {
    return (vscode9.workspace.workspaceFolders ?? []).flatMap((folder) => this.config.glossaryFiles.map((path) => vscode9.Uri.joinPath(folder.uri, path)));
  }
  reload() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.loading = void 0;
      void this.ready().then(() => this.changed.fire());
    }, 100);
  }
  async load() {
    this.bundled ??= await this.loadBundled();
    const userEntries = [];
    const taken = [...this.bundled.entries];
    for (const uri of this.userFiles()) {
      const entries = await this.loadUserFile(uri, taken);
      userEntries.push(...entries);
      taken.push(...entries);
    }
    const glossary = this.bundled.merge(userEntries);
    const userIds = new Set(userEntries.map((e2) => e2.id));
    const ordered = [...userEntries, ...glossary.entries.filter((e2) => !userIds.has(e2.id))];
    this.watch();
    this.log.info(`glossary: ${glossary.entries.length} entries (${userEntries.length} from the workspace)`);
    let matcher;
    return {
      glossary,
      get matcher() {
        return matcher ??= new EntityMatcher(ordered);
      }
    };
  }
  async loadBundled() {
    const uri = vscode9.Uri.joinPath(this.extensionUri, "corpus", "glossary.json");
    try {
      const result = Glossary.fromData(JSON.parse(new TextDecoder().decode(await readExtensionFile(uri))));
      for (const p of result.problems) this.log.warn(`bundled glossary, entry ${p.index} (${p.id ?? "no id"}): ${p.message}`);
      return result.glossary;
    } catch (error) {
      this.log.error(`cannot read the bundled glossary ${uri.toString()}: ${error.message}`);
      return new Glossary([]);
    }
  }
  async loadUserFile(uri, others) {
    const key = uri.toString();
    let text;
    try {
      text = new TextDecoder().decode(await vscode9.workspace.fs.readFile(uri));
    } catch {
      this.diagnostics.delete(uri);
      this.announced.delete(key);
      return [];
    }
    const { entries, problems } = readGlossaryFile(text, others);
    const name = vscode9.workspace.asRelativePath(uri);
    this.diagnostics.set(
      uri,
      problems.map((p) => {
        const start = positionAt(text, p.start);
        const end = positionAt(text, p.end);
        const diagnostic = new vscode9.Diagnostic(
          new vscode9.Range(start.line, start.character, end.line, end.character),
          p.message,
          p.severity === "error" ? vscode9.DiagnosticSeverity.Error : vscode9.DiagnosticSeverity.Warning
        );
        diagnostic.source = "Diplomatic Study";
        return diagnostic;
      })
    );
    for (const p of problems) this.log.warn(`${name}: ${p.message}`);
    const errors = problems.filter((p) => p.severity === "error").length;
    if (errors > 0 && !this.announced.has(key)) {
      this.announced.add(key);
      void vscode9.window.showWarningMessage(`${name} has ${errors} problem${errors === 1 ? "" : "s"}; its other ${entries.length} entr${entries.length === 1 ? "y applies" : "ies apply"}.`, "Show Problems").then((choice) => choice && vscode9.commands.executeCommand("workbench.actions.view.problems"));
    } else if (errors === 0) this.announced.delete(key);
    return entries;
  }
  watch() {
    vscode9.Disposable.from(...this.watchers).dispose();
    this.watchers = [];
    for (const folder of vscode9.workspace.workspaceFolders ?? []) {
      for (const path of this.config.glossaryFiles) {
        const watcher = vscode9.workspace.createFileSystemWatcher(new vscode9.RelativePattern(folder, path));
        watcher.onDidCreate(() => this.reload(), void 0, this.watchers);
        watcher.onDidChange(() => this.reload(), void 0, this.watchers);
        watcher.onDidDelete(() => this.reload(), void 0, this.watchers);
        this.watchers.push(watcher);
      }
    }
  }
  dispose() {
    if (this.timer) clearTimeout(this.timer);
    vscode9.Disposable.from(this.diagnostics, this.changed, ...this.watchers, ...this.disposables).dispose();
  }
};

// src/extension/hover.ts
var vscode10 = __toESM(require("vscode"));
function mentionsLink(entryId) {
  return `command:${Commands.showMentions}?${encodeURIComponent(JSON.stringify([entryId]))}`;
}
var EntityHoverProvider = class {
  constructor(services) {
    this.services = services;
    services.glossary.onDidChange(() => this.cards.clear());
    services.corpus.onDidChange(() => this.cards.clear());
  }
  services;
  cards = new CardCache();
  async provideHover(document, position) {
    const found = await this.services.glossary.mentionAt(document, position);
    if (!found) return void 0;
    const { mention, entry } = found;
    const count = (await this.services.corpus.mentionsOf(entry.id)).length;
    const markdown = new vscode10.MarkdownString(this.cards.render(entry, {
      mentionCount: count,
      mentionsLink: mentionsLink(entry.id),
      language: await this.services.glossary.languageOf(document),
      mentionText: mention.text
    }));
    markdown.isTrusted = { enabledCommands: [Commands.showMentions] };
    return new vscode10.Hover(markdown, new vscode10.Range(position.line, mention.start, position.line, mention.end));
  }
};
function register5(context, services) {
  const provider = new EntityHoverProvider(services);
  let registration;
  const update = () => {
    registration?.dispose();
    registration = void 0;
    if (!services.config.hoverEnabled) return;
    const selector = [...services.config.hoverLanguages.map((language) => ({ language })), ...services.config.corpusInclude.map((pattern) => ({ pattern }))];
    registration = vscode10.languages.registerHoverProvider(selector, provider);
  };
  update();
  services.config.onDidChange([Settings.hoverEnabled, Settings.hoverLanguages, Settings.corpusInclude], update, context.subscriptions);
  context.subscriptions.push({ dispose: () => registration?.dispose() });
}

// src/extension/importTranscript.ts
var vscode11 = __toESM(require("vscode"));

// src/core/import/page.ts
function freeName(fileName, exists) {
  if (!exists(fileName)) return fileName;
  const base = fileName.replace(/\.md$/, "");
  for (let n2 = 2; ; n2++) {
    const candidate = `${base}-${n2}.md`;
    if (!exists(candidate)) return candidate;
  }
}
async function fetchPage(url, fetcher = fetch) {
  if (!/^https?:\/\//i.test(url)) return { ok: false, reason: `'${url}' is not a web address; give one starting with http:// or https://` };
  let response;
  try {
    response = await fetcher(url, { redirect: "follow", headers: { accept: "text/html,application/xhtml+xml" } });
  } catch (error) {
    const cause = error.cause;
    return { ok: false, reason: `cannot fetch ${url} (${cause?.code ?? cause?.message ?? error.message}); check the address and your connection, or save the page and import the file` };
  }
  if (!response.ok) return { ok: false, reason: `${url} answered ${response.status} ${response.statusText}; check the address` };
  const type = response.headers.get("content-type") ?? "";
  if (!/html|xml/i.test(type)) return { ok: false, reason: `${url} is not a web page (${type || "no content type"}); import an HTML page` };
  return { ok: true, text: await response.text(), url: response.url || url };
}

// src/extension/importTranscript.ts
function toUri(pathOrUri) {
  return /^[a-z][\w+.-]+:/i.test(pathOrUri) && !/^[a-z]:[\\/]/i.test(pathOrUri) ? vscode11.Uri.parse(pathOrUri) : vscode11.Uri.file(pathOrUri);
}
async function askSource() {
  const choice = await vscode11.window.showQuickPick(
    [
      { label: "$(globe) From a web address\u2026", detail: "Fetches the page once, on this request.", id: "url" },
      { label: "$(file-code) From a saved page\u2026", detail: "An .html or .htm file saved from a browser.", id: "file" },
      { label: "$(clippy) From the clipboard", detail: "Text copied from a page or a document.", id: "clipboard" }
    ],
    { title: "Import Transcript", placeHolder: "Where is the transcript?" }
  );
  if (!choice) return void 0;
  if (choice.id === "url") {
    const url = await vscode11.window.showInputBox({
      title: "Import Transcript from a web address",
      placeHolder: "https://www.mid.ru/en/foreign_policy/news/\u2026",
      validateInput: (v) => /^https?:\/\/\S+$/i.test(v.trim()) ? void 0 : "A web address starting with http:// or https://"
    });
    return url ? { url: url.trim() } : void 0;
  }
  if (choice.id === "file") {
    const picked = await vscode11.window.showOpenDialog({ canSelectMany: false, filters: { "Web pages": ["html", "htm"], "Text": ["txt", "md"] }, title: "Import Transcript" });
    return picked?.[0] ? { file: picked[0].toString() } : void 0;
  }
  return { clipboard: true };
}
async function readSource(args, browser) {
  if (args.url) {
    const page = await vscode11.window.withProgress({ location: vscode11.ProgressLocation.Notification, title: `Fetching ${args.url}\u2026`, cancellable: false }, () => fetchPage(args.url));
    if (page.ok) return { text: page.text, sourceUrl: page.url };
    const web = browser && page.reason.startsWith("cannot fetch");
    return { error: web ? `${page.reason}. In the browser most sites refuse to be fetched from another site; save the page and import the file, or copy its text and import from the clipboard` : page.reason };
  }
  if (args.file) {
    const uri = toUri(args.file);
    let bytes;
    try {
      bytes = await vscode11.workspace.fs.readFile(uri);
    } catch (error) {
      return { error: `cannot read ${uri.fsPath || uri.toString()}: ${error.message}` };
    }
    const decoded = decodeTranscript(bytes);
    return decoded.ok ? { text: decoded.text, sourceUrl: null, name: uri.path } : { error: `${uri.path} ${decoded.reason}` };
  }
  const text = args.text ?? (args.clipboard ? await vscode11.env.clipboard.readText() : void 0);
  if (text === void 0) return void 0;
  return text.trim() ? { text, sourceUrl: null } : { error: "the clipboard holds no text; copy the transcript first" };
}
function targetFolder(args) {
  if (args.folder) return toUri(args.folder);
  const root = vscode11.workspace.workspaceFolders?.[0]?.uri;
  return root ? vscode11.Uri.joinPath(root, "transcripts") : void 0;
}
async function write(folder, imported) {
  await vscode11.workspace.fs.createDirectory(folder);
  const existing = new Set((await vscode11.workspace.fs.readDirectory(folder)).map(([name2]) => name2.toLowerCase()));
  const name = freeName(imported.fileName, (n2) => existing.has(n2.toLowerCase()));
  const uri = vscode11.Uri.joinPath(folder, name);
  await vscode11.workspace.fs.writeFile(uri, new TextEncoder().encode(imported.markdown));
  return uri;
}
function register6(context, services) {
  context.subscriptions.push(
    vscode11.commands.registerCommand(Commands.importTranscript, async (given) => {
      const args = given && (given.url || given.file || given.text !== void 0 || given.clipboard) ? given : { ...await askSource(), folder: given?.folder };
      if (!args || !(args.url || args.file || args.text !== void 0 || args.clipboard)) return void 0;
      const folder = targetFolder(args);
      if (!folder) {
        void vscode11.window.showErrorMessage("Import Transcript writes into a transcripts/ folder of the workspace: open a folder first.");
        return void 0;
      }
      const started = performance.now();
      const source = await readSource(args, services.browser);
      if (!source) return void 0;
      if ("error" in source) {
        services.log.warn(`import: ${source.error}`);
        void vscode11.window.showErrorMessage(`Import Transcript: ${source.error}.`, "Show Log").then((c2) => c2 && services.log.show());
        return void 0;
      }
      const imported = await services.index.importText(source.text, { sourceUrl: source.sourceUrl, retrieved: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10), fileName: source.name });
      if (imported.transcript.sections.length === 0) {
        void vscode11.window.showErrorMessage("Import Transcript: no transcript text could be read there; nothing was written.");
        return void 0;
      }
      try {
        const uri = await write(folder, imported);
        await services.corpus.reread(uri);
        const t2 = imported.transcript;
        services.log.info(
          `import: wrote and indexed ${uri.toString()} in ${(performance.now() - started).toFixed(0)} ms (${t2.date ?? "undated"}, ${t2.sections.filter((s5) => s5.kind === "exchange").length} questions, ${t2.speakers.join(", ") || "no speakers named"})`
        );
        await vscode11.window.showTextDocument(uri, { preview: false });
        return uri;
      } catch (error) {
        services.log.error(`import: ${error.message}`);
        void vscode11.window.showErrorMessage(`Import Transcript could not write into ${folder.fsPath || folder.toString()}: ${error.message}`, "Show Log").then((c2) => c2 && services.log.show());
        return void 0;
      }
    })
  );
}

// src/extension/indexTransfer.ts
function isIndexedFile(value) {
  return typeof value === "object" && value !== null && "transcript" in value && "mentions" in value;
}
var AnswerParts = class {
  sections = [];
  mentions = [];
  add(part) {
    if (part.sections) for (const s5 of part.sections) this.sections.push(s5);
    if (part.mentions) for (const m of part.mentions) this.mentions.push(m);
  }
  complete(value) {
    if (!isIndexedFile(value) || this.sections.length === 0 && this.mentions.length === 0) return value;
    return { ...value, transcript: { ...value.transcript, sections: this.sections }, mentions: this.mentions };
  }
};

// src/extension/indexClient.ts
var IndexClient = class {
  constructor(host, log) {
    this.host = host;
    this.log = log;
  }
  host;
  log;
  worker;
  local;
  pending = /* @__PURE__ */ new Map();
  nextId = 1;
  /** Whether any worker has answered: one that stops before it ever did will not start either next time. */
  workerAnswered = false;
  /** Whether the index reads local files itself and keeps a cache (the Node build); else files go as bytes. */
  get readsDisk() {
    return this.host.readsDisk;
  }
  /** Where the index runs: a worker thread, or the extension host when none could start. */
  get mode() {
    return this.local ? "local" : this.worker ? "worker" : "none";
  }
  setGlossary(entries) {
    return this.request({ type: "glossary", entries: [...entries] });
  }
  upsert(file, text, fileName) {
    return this.request({ type: "upsert", file, text, fileName });
  }
  /** Reads a file's bytes in the worker: decoded, parsed and matched there, or skipped with a reason. */
  upsertBytes(file, bytes, fileName) {
    const transfer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.byteLength > 64 * 1024 ? [bytes.buffer] : [];
    return this.request({ type: "upsertBytes", file, bytes, fileName }, transfer);
  }
  /** Opens the cache file (on a local disk) that `loadFiles` answers from and `saveCache` writes. */
  openCache(file) {
    return this.request({ type: "openCache", file });
  }
  /** Reads files on a local disk in the worker: from the cache where unchanged. */
  loadFiles(files) {
    return this.request({ type: "loadFiles", files });
  }
  saveCache() {
    return this.request({ type: "saveCache" });
  }
  remove(file) {
    return this.request({ type: "remove", file });
  }
  /** A document parsed whole, in the worker: the Outline, folding and quotes of an open transcript. */
  async parse(text, fileName) {
    return (await this.request({ type: "parse", text, fileName })).transcript;
  }
  /** What the editor highlights in a transcript (semantic tokens), worked out from its parse in the worker. */
  tokens(text, fileName) {
    return this.request({ type: "tokens", text, fileName });
  }
  /** The language of a document the editor cannot tell from its first lines (front matter, saved pages). */
  language(text) {
    return this.request({ type: "language", text });
  }
  /** A page or text turned into a clean Markdown transcript (Import Transcript). */
  importText(text, options) {
    return this.request({ type: "import", text, options });
  }
  /** A REFI-QDA project (.qdpx) of the codings, made in the worker (it holds the zip and XML code). */
  qdpxExport(project, sources, options) {
    return this.request({ type: "qdpxExport", project, sources, options });
  }
  /** A .qdpx read in the worker; rejects with a clear message for a file that is not one. */
  qdpxRead(bytes) {
    return this.request({ type: "qdpxRead", bytes });
  }
  /** The codebook (.qdc) of a project. */
  codebook(project) {
    return this.request({ type: "codebook", project });
  }
  /** A corpus study (concordance, trends, collocates, keywords), computed in the worker. */
  study(request) {
    return this.request(request);
  }
  search(query, options) {
    return this.request({ type: "search", query, options });
  }
  request(request, transfer = []) {
    if (!this.local && !this.worker) this.start();
    if (this.local) {
      try {
        return Promise.resolve(this.local.answer(request));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, request });
      this.worker.postMessage({ id, request }, this.workerAnswered ? transfer : []);
    });
  }
  start() {
    let worker;
    try {
      worker = this.host.startWorker();
    } catch (error) {
      this.startLocal(`no index ${this.host.workerName} (${error.message})`);
      return;
    }
    const parts = /* @__PURE__ */ new Map();
    worker.onMessage((message) => {
      this.workerAnswered = true;
      if (message.ok && "part" in message) {
        let answer2 = parts.get(message.id);
        if (!answer2) parts.set(message.id, answer2 = new AnswerParts());
        answer2.add(message.part);
        void yieldToEditor().then(() => worker.postMessage({ id: message.id, next: true }, []));
        return;
      }
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      const answer = parts.get(message.id);
      parts.delete(message.id);
      if (message.ok) pending?.resolve(answer ? answer.complete(message.value) : message.value);
      else pending?.reject(new Error(message.error));
    });
    worker.onError((error) => this.log.error(`index worker: ${error.message}`));
    worker.onExit((code) => {
      if (this.worker !== worker) return;
      this.worker = void 0;
      const pending = [...this.pending.values()];
      this.pending.clear();
      if (!this.workerAnswered) {
        this.startLocal(`the index ${this.host.workerName} stopped before it answered (exit code ${code})`);
        const local = this.local;
        for (const p of pending) {
          try {
            Promise.resolve(local.answer(p.request)).then(p.resolve, p.reject);
          } catch (error) {
            p.reject(error);
          }
        }
        return;
      }
      for (const p of pending) p.reject(new Error(`the index worker stopped (exit code ${code})`));
      this.onWorkerLost?.();
    });
    this.worker = worker;
  }
  startLocal(reason) {
    this.log.warn(`${reason}; indexing in the extension host`);
    this.local = this.host.loadLocal();
  }
  /** Called when a worker that held the corpus stops: the corpus must be loaded again. */
  onWorkerLost;
  dispose() {
    const worker = this.worker;
    this.worker = void 0;
    void worker?.terminate();
  }
};

// src/extension/log.ts
var vscode12 = __toESM(require("vscode"));
function createLog() {
  return vscode12.window.createOutputChannel("Diplomatic Study", { log: true });
}

// src/extension/quotes.ts
var vscode14 = __toESM(require("vscode"));

// src/core/parser/labels.ts
var QUESTION = /^(?:q\d*|question\d*|questions|quest|journalist|journaliste|reporter|correspondent|audience(?: member)?|participant|follow[- ]?up(?: question)?|media|press|(?:the )?floor|question from .*|вопрос|вопросы|журналист|журналистка|корреспондент|корреспондентка|представитель сми|сми|记者|问|提问|pregunta|preguntas|interlocutor|interlocutora|interlocutor\(a\)|periodista|reportero|reportera|asistente|q\s*-|p|pr|intervenant|intervenante)$/iu;
var ANSWER = /^(?:a\d*|answer|ответ|答|respuesta|r|réponse|reponse|r\s*-)$/iu;
var MODERATOR = /^(?:(?:the )?moderator|host|operator|chair(?:man|woman|person)?|presenter|facilitator|mc|master of ceremonies|interpreter|translator|ведущий|ведущая|модератор|председательствующий|переводчик|主持人|翻译|moderador|moderadora|presentador|presentadora|maestro de ceremonias|modérateur|modératrice|moderateur|moderatrice|animateur|animatrice|opérateur|operateur|opératrice|interprète|intérprete)$/iu;
var REMARK = /^(?:remark|comment|реплика|реплика из зала|комментарий|评论|comentario|remarque|commentaire)$/iu;
var OUTLETS = /* @__PURE__ */ new Set([
  "afp",
  "ap",
  "associated press",
  "reuters",
  "bloomberg",
  "cctv",
  "cgtn",
  "xinhua",
  "china daily",
  "global times",
  "people's daily",
  "phoenix tv",
  "hubei media group",
  "nhk",
  "kyodo",
  "jiji",
  "tass",
  "ria novosti",
  "interfax",
  "sputnik",
  "rt",
  "efe",
  "ansa",
  "dpa",
  "bbc",
  "cnn",
  "al jazeera",
  "yonhap",
  "prensa latina",
  "bernama",
  "antara",
  "the paper",
  "anadolu",
  "tbs",
  "nikkei",
  "asahi",
  "yomiuri",
  "mainichi",
  "abc",
  "cbs",
  "nbc",
  "fox",
  "npr",
  "pti",
  "ani",
  "wion",
  "dawn",
  "sana",
  "irna",
  "kyodo news",
  "xinhua news agency",
  "china news service",
  "shenzhen tv",
  "dragon tv",
  "beijing youth daily",
  "ta kung pao",
  "wen wei po",
  "china review news",
  "macau monthly",
  "izvestia",
  "kommersant",
  "rossiya segodnya",
  "channel one",
  "rossiya 1",
  "ntv",
  "zvezda",
  "euronews",
  "politico",
  "axios"
]);
var OUTLET_SUFFIX = /\s(?:news|tv|television|agency|daily|times|post|journal|herald|media|radio|broadcasting|network|channel|newspaper|magazine|gazette|press|tribune|telegraph|today|wire|report|monthly|weekly)$/i;
var NOT_FIRST = /* @__PURE__ */ new Set([
  "in",
  "on",
  "at",
  "for",
  "from",
  "to",
  "with",
  "by",
  "as",
  "if",
  "when",
  "while",
  "and",
  "but",
  "so",
  "then",
  "this",
  "that",
  "these",
  "those",
  "it",
  "we",
  "i",
  "you",
  "they",
  "he",
  "she",
  "our",
  "my",
  "your",
  "their",
  "his",
  "her",
  "its",
  "here",
  "there",
  "now",
  "today",
  "yesterday",
  "tomorrow",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "finally",
  "also",
  "yes",
  "no",
  "well",
  "note",
  "notes",
  "please",
  "let",
  "regarding",
  "concerning",
  "quote",
  "example",
  "photo",
  "photos",
  "source",
  "sources",
  "tags",
  "tag",
  "read",
  "update",
  "updated",
  "location",
  "date",
  "time",
  "subject",
  "title",
  "posted",
  "published",
  "editor",
  "editor's",
  "editor\u2019s",
  "translation",
  "see",
  "video",
  "audio",
  "watch",
  "listen",
  "share",
  "print",
  "topic",
  "topics",
  "keywords",
  "category",
  "categories",
  "url",
  "link",
  "links",
  "email",
  "e-mail",
  "tel",
  "phone",
  "fax",
  "address",
  "venue",
  "place",
  "speakers",
  "attendees",
  "participants",
  "agenda",
  "background",
  "summary",
  "context",
  "conclusion",
  "introduction",
  "overview",
  "highlights",
  "key",
  "transcript",
  "excerpt",
  "excerpts",
  "full",
  "text",
  "contents",
  "attachments",
  "documents",
  "references",
  "contact",
  "contacts",
  "remarks",
  "statement",
  "important",
  "warning",
  "disclaimer",
  "last",
  "next",
  "previous",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "what",
  "why",
  "how",
  "who",
  "where",
  "which",
  "is",
  "are",
  "was",
  "were",
  "do",
  "does",
  "did",
  "can",
  "could",
  "will",
  "would",
  "should",
  "all",
  "some",
  "many",
  "most",
  "one",
  "two",
  "three",
  "however",
  "moreover",
  "thus",
  "hence",
  "meanwhile",
  "besides",
  "again",
  "indeed",
  "result",
  "results",
  "live",
  "breaking",
  "related",
  "draft",
  "memo",
  "step",
  "part",
  "chapter",
  "article",
  "section",
  "item",
  "point",
  "paragraph",
  "annex",
  "re",
  "fwd",
  // Metadata fields and sentence openers in the other languages of the corpus.
  "fecha",
  "t\xEDtulo",
  "titulo",
  "titre",
  "fuente",
  "lugar",
  "lieu",
  "direcci\xF3n",
  "nota",
  "resumen",
  "tema",
  "temas",
  "\u0434\u0430\u0442\u0430",
  "\u043C\u0435\u0441\u0442\u043E",
  "\u0442\u0435\u043C\u0430",
  "\u0437\u0430\u0433\u043E\u043B\u043E\u0432\u043E\u043A",
  "\u0438\u0441\u0442\u043E\u0447\u043D\u0438\u043A",
  "\u043F\u0440\u0438\u043C\u0435\u0447\u0430\u043D\u0438\u0435",
  "\u65E5\u671F",
  "\u65F6\u95F4",
  "\u6807\u9898",
  "\u5730\u70B9",
  "\u6765\u6E90",
  "\u6CE8",
  "as\xED",
  "pues",
  "entonces",
  "primero",
  "segundo",
  "tambi\xE9n",
  "adem\xE1s",
  "donc",
  "ainsi",
  "alors",
  "puis",
  "enfin",
  "\u0438\u0442\u0430\u043A",
  "\u0432\u043E-\u043F\u0435\u0440\u0432\u044B\u0445",
  "\u0432\u043E-\u0432\u0442\u043E\u0440\u044B\u0445",
  "\u043A\u0440\u043E\u043C\u0435",
  "\u0442\u0430\u043A\u0436\u0435",
  "\u043E\u0434\u043D\u0430\u043A\u043E"
]);
var CONNECTORS = /* @__PURE__ */ new Set(["of", "the", "de", "da", "del", "der", "van", "von", "bin", "bint", "ibn", "al", "el", "la", "le", "du", "dos", "das", "di", "y", "and", "for", "on"]);
var NAME_TOKEN = /^(?:[\p{Lu}\p{Lt}\d][\p{L}\p{M}'’.\-\d]*|\p{Lo}[\p{L}\p{M}]*|(?:al|el|bin|ibn|de|da|van|von|du|le|la)[-’'][\p{L}\p{M}'’.-]+)$/u;
var HAN2 = /^\p{Script=Han}+$/u;
var HAN_ROLE = /(?:记者|发言人|主持人|翻译|部长|外长|大使|主席|总理|总统|秘书长|司长|副部长)$/u;
function isLabelText(name) {
  if (name.length === 0 || name.length > 60 || /https?:|\d{1,2}:\d{2}|[.!?;,。，！？；、]$/u.test(name)) return false;
  if (HAN2.test(name.replace(/[\s《》「」“”]+/gu, ""))) {
    const plain = name.replace(/[\s《》「」“”]+/gu, "");
    return plain.length >= 2 && plain.length <= 4 || plain.length <= 14 && HAN_ROLE.test(plain) || QUESTION.test(plain) || ANSWER.test(plain);
  }
  const words2 = name.split(" ");
  if (words2.length > (/ (?:of|de|del|du|des) /i.test(name) ? 11 : 7)) return false;
  if (NOT_FIRST.has(words2[0].toLowerCase())) return false;
  if (!NAME_TOKEN.test(words2[0]) || /^\d+$/.test(words2[0])) return false;
  if (CONNECTORS.has(words2[words2.length - 1].toLowerCase()) && words2.length > 1) return false;
  return words2.every((w) => NAME_TOKEN.test(w) || CONNECTORS.has(w.toLowerCase()));
}
function isOutlet(text) {
  const plain = collapseSpaces(text.replace(/(?<=\p{L})-(?=\p{L})/gu, " ")).replace(/\.$/, "");
  return OUTLETS.has(plain.toLowerCase()) || OUTLET_SUFFIX.test(plain) || /(?:社|台|报|网|电视|通讯社|日报|新闻)$/u.test(plain);
}
function classifyLabel(name) {
  const plain = name.replace(/\.$/, "").replace(/\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+|[《》「」]/gu, "");
  if (QUESTION.test(plain)) return "question";
  if (ANSWER.test(plain)) return "answer";
  if (MODERATOR.test(plain)) return "moderator";
  if (REMARK.test(plain)) return "remark";
  if (isOutlet(plain)) return "outlet";
  if (/记者$/u.test(plain)) return "outlet";
  return "named";
}
function colonCanEndLabel(content) {
  const ascii = content.indexOf(":");
  const wide = content.indexOf("\uFF1A");
  const at = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
  if (at < 1) return false;
  let end = at;
  while (end > 0 && /\s/.test(content[end - 1])) end--;
  return end <= 100;
}
function splitLabel(content) {
  const first = content.charCodeAt(0);
  const emphasis = first === 42 || first === 95 ? /^(\*\*|__|\*|_)(.+?)\1\s*(.*)$/.exec(content) : null;
  if (emphasis) {
    const inner = emphasis[2].trim();
    if (/[:：]$/.test(inner)) return { label: inner.slice(0, -1), rest: emphasis[3] };
    if (/^[:：]/.test(emphasis[3])) return { label: inner, rest: emphasis[3].slice(1) };
  }
  const bareQ = first === 81 ? /^(Q\d*)[.)]?\s+(?=\S)(.*)$/.exec(content) : null;
  if (bareQ && !/^Q[.)]?\s+[a-z]/.test(content)) return { label: bareQ[1], rest: bareQ[2] };
  const dash = first === 81 || first === 82 || first === 80 ? /^([QRP])\s*[-–—]\s+(.*)$/u.exec(content) : null;
  if (dash) return { label: dash[1], rest: dash[2] };
  if (!colonCanEndLabel(content)) return null;
  const colon = /^([^:：]{1,100}?)\s*[:：](?!\d)\s*(.*)$/u.exec(content);
  if (colon) return { label: colon[1].replace(/[*_]+/g, ""), rest: colon[2] };
  return null;
}
var OFFICE = /^(?:the\s+)?(?:president|presidenta?|président|présidente|secretary|secretari[oa]|secrétaire|minister|ministr[oa]|ministre|prime minister|premier ministre|spokes(?:man|person|woman)|vocer[oa]|portavoz|porte-parole|ambassador|embajador[a]?|ambassadeur|director[a]?|directeur|directrice|chancellor|canciller|governor|gobernador[a]?|subsecretari[oa]|coordinador[a]?|general|jef[ea]|titular|представитель|министр|президент|пресс-секретарь|директор|посол)\b/iu;
var BARE_LABEL = /^(?:question|questions|вопрос|pregunta|interlocutor|interlocutora|réponse|answer|ответ|moderator|ведущий|реплика)$/iu;
function mayBeBareLabel(content) {
  let letters = 0;
  for (let i2 = 0; i2 < content.length; i2++) {
    const c2 = content.charCodeAt(i2);
    const space = c2 === 32 || c2 >= 9 && c2 <= 13 || c2 >= 160 && /\s/.test(content[i2]);
    if (c2 !== 42 && c2 !== 95 && !space && ++letters > 13) return false;
  }
  return true;
}
function readSpeakerLabel(content) {
  const parts = splitLabel(content) ?? (mayBeBareLabel(content) && BARE_LABEL.test(content.replace(/[*_]/g, "").trim()) ? { label: content.replace(/[*_]/g, "").trim(), rest: "" } : null);
  if (!parts) return null;
  const label = collapseSpaces(parts.label);
  const parenthetical = /[([]([^)\]]*)[)\]]/.exec(label)?.[1]?.trim();
  const comma = /^([^,]+),\s*(.+)$/.exec(label.replace(/\s*[([][^)\]]*[)\]]\s*/g, " ").trim());
  const officeFirst = comma && OFFICE.test(comma[1]) && !OFFICE.test(comma[2]);
  const name = collapseSpaces(comma && isOutlet(comma[2]) ? comma[1] : comma && officeFirst ? comma[2] : comma && OFFICE.test(comma[2]) ? comma[1] : label.replace(/\s*[([][^)\]]*[)\]]\s*/g, " "));
  if (!isLabelText(name)) return null;
  let kind = classifyLabel(name);
  let outlet;
  const outletText = comma && isOutlet(comma[2]) ? comma[2] : parenthetical && isOutlet(parenthetical) ? parenthetical : void 0;
  if (outletText && (kind === "named" || kind === "question")) {
    kind = "outlet";
    outlet = collapseSpaces(outletText);
  }
  return { label, name, kind, rest: parts.rest.replace(/^(\*\*|__)\s*/, "").trim(), ...outlet ? { outlet } : {} };
}

// src/extension/search.ts
var vscode13 = __toESM(require("vscode"));

// node_modules/fuse.js/dist/fuse.basic.mjs
function isArray(value) {
  return !Array.isArray ? getTag(value) === "[object Array]" : Array.isArray(value);
}
function baseToString(value) {
  if (typeof value == "string") return value;
  if (typeof value === "bigint") return value.toString();
  const result = value + "";
  return result == "0" && 1 / value == -Infinity ? "-0" : result;
}
function toString(value) {
  return value == null ? "" : baseToString(value);
}
function isString(value) {
  return typeof value === "string";
}
function isNumber(value) {
  return typeof value === "number";
}
function isBoolean(value) {
  return value === true || value === false || isObjectLike(value) && getTag(value) == "[object Boolean]";
}
function isObject(value) {
  return typeof value === "object";
}
function isObjectLike(value) {
  return isObject(value) && value !== null;
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isBlank(value) {
  return !value.trim().length;
}
function getTag(value) {
  return value == null ? value === void 0 ? "[object Undefined]" : "[object Null]" : Object.prototype.toString.call(value);
}
var EXTENDED_SEARCH_UNAVAILABLE = "Extended search is not available";
var LOGICAL_SEARCH_UNAVAILABLE = "Logical search is not available";
var TOKEN_SEARCH_UNAVAILABLE = "Token search is not available";
var INCORRECT_INDEX_TYPE = "Incorrect 'index' type";
var INVALID_DOC_INDEX = "Invalid doc index: must be a non-negative integer within the bounds of the docs array";
var LOGICAL_SEARCH_INVALID_QUERY_FOR_KEY = (key) => `Invalid value for key ${key}`;
var PATTERN_LENGTH_TOO_LARGE = (max) => `Pattern length exceeds max of ${max}.`;
var MISSING_KEY_PROPERTY = (name) => `Missing ${name} property in key`;
var INVALID_KEY_WEIGHT_VALUE = (key) => `Property 'weight' in key '${key}' must be a positive integer`;
var FUSE_MATCH_TOKEN_SEARCH_UNSUPPORTED = "Fuse.match does not support useTokenSearch: token search requires corpus-level statistics (df, fieldCount) that a one-off string comparison does not have. Use new Fuse(...).search(...) instead.";
var hasOwn = Object.prototype.hasOwnProperty;
var KeyStore = class {
  constructor(keys) {
    this._keys = [];
    this._keyMap = {};
    let totalWeight = 0;
    keys.forEach((key) => {
      const obj = createKey(key);
      this._keys.push(obj);
      this._keyMap[obj.id] = obj;
      totalWeight += obj.weight;
    });
    this._keys.forEach((key) => {
      key.weight /= totalWeight;
    });
  }
  get(keyId) {
    return this._keyMap[keyId];
  }
  keys() {
    return this._keys;
  }
  toJSON() {
    return JSON.stringify(this._keys);
  }
};
function createKey(key) {
  let path = null;
  let id = null;
  let src = null;
  let weight = 1;
  let getFn = null;
  if (isString(key) || isArray(key)) {
    src = key;
    path = createKeyPath(key);
    id = createKeyId(key);
  } else {
    if (!hasOwn.call(key, "name")) throw new Error(MISSING_KEY_PROPERTY("name"));
    const name = key.name;
    src = name;
    if (hasOwn.call(key, "weight") && key.weight !== void 0) {
      weight = key.weight;
      if (weight <= 0) throw new Error(INVALID_KEY_WEIGHT_VALUE(createKeyId(name)));
    }
    path = createKeyPath(name);
    id = createKeyId(name);
    getFn = key.getFn ?? null;
  }
  return {
    path,
    id,
    weight,
    src,
    getFn
  };
}
function createKeyPath(key) {
  return isArray(key) ? key : key.split(".");
}
function createKeyId(key) {
  return isArray(key) ? key.join(".") : key;
}
function get(obj, path) {
  const list = [];
  let arr = false;
  const deepGet = (obj2, path2, index, arrayIndex) => {
    if (!isDefined(obj2)) return;
    if (!path2[index]) list.push(arrayIndex !== void 0 ? {
      v: obj2,
      i: arrayIndex
    } : obj2);
    else {
      const value = obj2[path2[index]];
      if (!isDefined(value)) return;
      if (index === path2.length - 1 && (isString(value) || isNumber(value) || isBoolean(value) || typeof value === "bigint")) list.push(arrayIndex !== void 0 ? {
        v: toString(value),
        i: arrayIndex
      } : toString(value));
      else if (isArray(value)) {
        arr = true;
        for (let i2 = 0, len = value.length; i2 < len; i2 += 1) deepGet(value[i2], path2, index + 1, i2);
      } else if (path2.length) deepGet(value, path2, index + 1, arrayIndex);
    }
  };
  deepGet(obj, isString(path) ? path.split(".") : path, 0);
  return arr ? list : list[0];
}
var MatchOptions = {
  includeMatches: false,
  findAllMatches: false,
  minMatchCharLength: 1
};
var BasicOptions = {
  isCaseSensitive: false,
  ignoreDiacritics: false,
  includeScore: false,
  keys: [],
  shouldSort: true,
  sortFn: (a2, b) => a2.score === b.score ? a2.idx < b.idx ? -1 : 1 : a2.score < b.score ? -1 : 1
};
var FuzzyOptions = {
  location: 0,
  threshold: 0.6,
  distance: 100
};
var AdvancedOptions = {
  useExtendedSearch: false,
  useTokenSearch: false,
  tokenize: void 0,
  tokenMatch: "any",
  getFn: get,
  ignoreLocation: false,
  ignoreFieldNorm: false,
  fieldNormWeight: 1
};
var Config2 = Object.freeze({
  ...BasicOptions,
  ...MatchOptions,
  ...FuzzyOptions,
  ...AdvancedOptions
});
function isWordSeparator(code) {
  return code >= 9 && code <= 13 || code === 32 || code === 160;
}
function norm(weight = 1, mantissa = 3) {
  const cache = /* @__PURE__ */ new Map();
  const m = Math.pow(10, mantissa);
  return {
    get(value) {
      let numTokens = 0;
      let inWord = false;
      for (let i2 = 0; i2 < value.length; i2++) if (!isWordSeparator(value.charCodeAt(i2))) {
        if (!inWord) {
          numTokens++;
          inWord = true;
        }
      } else inWord = false;
      if (numTokens === 0) numTokens = 1;
      if (cache.has(numTokens)) return cache.get(numTokens);
      const n2 = Math.round(m / Math.pow(numTokens, 0.5 * weight)) / m;
      cache.set(numTokens, n2);
      return n2;
    },
    clear() {
      cache.clear();
    }
  };
}
var FuseIndex = class {
  constructor({ getFn = Config2.getFn, fieldNormWeight = Config2.fieldNormWeight } = {}) {
    this.norm = norm(fieldNormWeight, 3);
    this.getFn = getFn;
    this.isCreated = false;
    this.docs = [];
    this.keys = [];
    this._keysMap = {};
    this.setIndexRecords();
  }
  setSources(docs = []) {
    this.docs = docs;
  }
  setIndexRecords(records = []) {
    this.records = records;
  }
  setKeys(keys = []) {
    this.keys = keys;
    this._keysMap = {};
    keys.forEach((key, idx) => {
      this._keysMap[key.id] = idx;
    });
  }
  create() {
    if (this.isCreated || !this.docs.length) return;
    this.isCreated = true;
    const len = this.docs.length;
    this.records = new Array(len);
    let recordCount = 0;
    if (isString(this.docs[0])) for (let i2 = 0; i2 < len; i2++) {
      const record = this._createStringRecord(this.docs[i2], i2);
      if (record) this.records[recordCount++] = record;
    }
    else for (let i2 = 0; i2 < len; i2++) this.records[recordCount++] = this._createObjectRecord(this.docs[i2], i2);
    this.records.length = recordCount;
    this.norm.clear();
  }
  add(doc, docIndex) {
    if (!Number.isInteger(docIndex) || docIndex < 0) throw new Error(INVALID_DOC_INDEX);
    if (isString(doc)) {
      const record2 = this._createStringRecord(doc, docIndex);
      if (record2) this.records.push(record2);
      return record2;
    }
    const record = this._createObjectRecord(doc, docIndex);
    this.records.push(record);
    return record;
  }
  removeAt(idx) {
    if (!Number.isInteger(idx) || idx < 0) throw new Error(INVALID_DOC_INDEX);
    for (let i2 = 0, len = this.records.length; i2 < len; i2 += 1) if (this.records[i2].i === idx) {
      this.records.splice(i2, 1);
      break;
    }
    for (let i2 = 0, len = this.records.length; i2 < len; i2 += 1) if (this.records[i2].i > idx) this.records[i2].i -= 1;
  }
  removeAll(indices) {
    const toRemove = /* @__PURE__ */ new Set();
    for (const v of indices) if (Number.isInteger(v) && v >= 0) toRemove.add(v);
    if (toRemove.size === 0) return;
    this.records = this.records.filter((r4) => !toRemove.has(r4.i));
    const sorted = Array.from(toRemove).sort((a2, b) => a2 - b);
    for (const record of this.records) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        if (sorted[mid] < record.i) lo = mid + 1;
        else hi = mid;
      }
      record.i -= lo;
    }
  }
  getValueForItemAtKeyId(item, keyId) {
    return item[this._keysMap[keyId]];
  }
  size() {
    return this.records.length;
  }
  _createStringRecord(doc, docIndex) {
    if (!isDefined(doc) || isBlank(doc)) return null;
    return {
      v: doc,
      i: docIndex,
      n: this.norm.get(doc)
    };
  }
  _createObjectRecord(doc, docIndex) {
    const record = {
      i: docIndex,
      $: {}
    };
    for (let keyIndex = 0, keyLen = this.keys.length; keyIndex < keyLen; keyIndex++) {
      const key = this.keys[keyIndex];
      const value = key.getFn ? key.getFn(doc) : this.getFn(doc, key.path);
      if (!isDefined(value)) continue;
      if (isArray(value)) {
        const subRecords = [];
        for (let i2 = 0, len = value.length; i2 < len; i2 += 1) {
          const item = value[i2];
          if (!isDefined(item)) continue;
          if (isString(item)) {
            if (!isBlank(item)) {
              const subRecord = {
                v: item,
                i: i2,
                n: this.norm.get(item)
              };
              subRecords.push(subRecord);
            }
          } else if (isDefined(item.v)) {
            const text = isString(item.v) ? item.v : toString(item.v);
            if (!isBlank(text)) {
              const subRecord = {
                v: text,
                i: item.i,
                n: this.norm.get(text)
              };
              subRecords.push(subRecord);
            }
          }
        }
        record.$[keyIndex] = subRecords;
      } else if (isString(value) && !isBlank(value)) {
        const subRecord = {
          v: value,
          n: this.norm.get(value)
        };
        record.$[keyIndex] = subRecord;
      }
    }
    return record;
  }
  toJSON() {
    return {
      keys: this.keys.map(({ getFn, ...key }) => key),
      records: this.records
    };
  }
};
function createIndex(keys, docs, { getFn = Config2.getFn, fieldNormWeight = Config2.fieldNormWeight } = {}) {
  const myIndex = new FuseIndex({
    getFn,
    fieldNormWeight
  });
  myIndex.setKeys(keys.map(createKey));
  myIndex.setSources(docs);
  myIndex.create();
  return myIndex;
}
function parseIndex(data, { getFn = Config2.getFn, fieldNormWeight = Config2.fieldNormWeight } = {}) {
  const { keys, records } = data;
  const myIndex = new FuseIndex({
    getFn,
    fieldNormWeight
  });
  myIndex.setKeys(keys);
  myIndex.setIndexRecords(records);
  return myIndex;
}
function convertMaskToIndices(matchmask = [], minMatchCharLength = Config2.minMatchCharLength) {
  const indices = [];
  let start = -1;
  let end = -1;
  let i2 = 0;
  for (let len = matchmask.length; i2 < len; i2 += 1) {
    const match = matchmask[i2];
    if (match && start === -1) start = i2;
    else if (!match && start !== -1) {
      end = i2 - 1;
      if (end - start + 1 >= minMatchCharLength) indices.push([start, end]);
      start = -1;
    }
  }
  if (matchmask[i2 - 1] && i2 - start >= minMatchCharLength) indices.push([start, i2 - 1]);
  return indices;
}
function search(text, pattern, patternAlphabet, { location = Config2.location, distance = Config2.distance, threshold = Config2.threshold, findAllMatches = Config2.findAllMatches, minMatchCharLength = Config2.minMatchCharLength, includeMatches = Config2.includeMatches, ignoreLocation = Config2.ignoreLocation } = {}) {
  if (pattern.length > 32) throw new Error(PATTERN_LENGTH_TOO_LARGE(32));
  const patternLen = pattern.length;
  const textLen = text.length;
  const expectedLocation = Math.max(0, Math.min(location, textLen));
  let currentThreshold = threshold;
  let bestLocation = expectedLocation;
  const calcScore = (errors, currentLocation) => {
    const accuracy = errors / patternLen;
    if (ignoreLocation) return accuracy;
    const proximity = Math.abs(expectedLocation - currentLocation);
    if (!distance) return proximity ? 1 : accuracy;
    return accuracy + proximity / distance;
  };
  const computeMatches = minMatchCharLength > 1 || includeMatches;
  const matchMask = computeMatches ? Array(textLen) : [];
  let index;
  while ((index = text.indexOf(pattern, bestLocation)) > -1) {
    const score = calcScore(0, index);
    currentThreshold = Math.min(score, currentThreshold);
    bestLocation = index + patternLen;
    if (computeMatches) {
      let i2 = 0;
      while (i2 < patternLen) {
        matchMask[index + i2] = 1;
        i2 += 1;
      }
    }
  }
  bestLocation = -1;
  let lastBitArr = [];
  let finalScore = 1;
  let bestErrors = 0;
  let binMax = patternLen + textLen;
  const mask = 1 << patternLen - 1;
  for (let i2 = 0; i2 < patternLen; i2 += 1) {
    let binMin = 0;
    let binMid = binMax;
    while (binMin < binMid) {
      if (calcScore(i2, expectedLocation + binMid) <= currentThreshold) binMin = binMid;
      else binMax = binMid;
      binMid = Math.floor((binMax - binMin) / 2 + binMin);
    }
    binMax = binMid;
    let start = Math.max(1, expectedLocation - binMid + 1);
    const finish = findAllMatches ? textLen : Math.min(expectedLocation + binMid, textLen) + patternLen;
    const bitArr = Array(finish + 2);
    bitArr[finish + 1] = (1 << i2) - 1;
    for (let j = finish; j >= start; j -= 1) {
      const currentLocation = j - 1;
      const charMatch = patternAlphabet[text[currentLocation]];
      bitArr[j] = (bitArr[j + 1] << 1 | 1) & charMatch;
      if (i2) bitArr[j] |= (lastBitArr[j + 1] | lastBitArr[j]) << 1 | 1 | lastBitArr[j + 1];
      if (bitArr[j] & mask) {
        finalScore = calcScore(i2, currentLocation);
        if (finalScore <= currentThreshold) {
          currentThreshold = finalScore;
          bestLocation = currentLocation;
          bestErrors = i2;
          if (bestLocation <= expectedLocation) break;
          start = Math.max(1, 2 * expectedLocation - bestLocation);
        }
      }
    }
    if (calcScore(i2 + 1, expectedLocation) > currentThreshold) break;
    lastBitArr = bitArr;
  }
  if (computeMatches && bestLocation >= 0) {
    const matchEnd = Math.min(textLen - 1, bestLocation + patternLen - 1 + bestErrors);
    for (let k = bestLocation; k <= matchEnd; k += 1) if (patternAlphabet[text[k]]) matchMask[k] = 1;
  }
  const result = {
    isMatch: bestLocation >= 0,
    score: Math.max(1e-3, finalScore)
  };
  if (computeMatches) {
    const indices = convertMaskToIndices(matchMask, minMatchCharLength);
    if (!indices.length) result.isMatch = false;
    else if (includeMatches) result.indices = indices;
  }
  return result;
}
function createPatternAlphabet(pattern) {
  const mask = {};
  for (let i2 = 0, len = pattern.length; i2 < len; i2 += 1) {
    const char = pattern.charAt(i2);
    mask[char] = (mask[char] || 0) | 1 << len - i2 - 1;
  }
  return mask;
}
function mergeIndices(indices) {
  if (indices.length <= 1) return indices;
  indices.sort((a2, b) => a2[0] - b[0] || a2[1] - b[1]);
  const merged = [indices[0]];
  for (let i2 = 1, len = indices.length; i2 < len; i2 += 1) {
    const last = merged[merged.length - 1];
    const curr = indices[i2];
    if (curr[0] <= last[1] + 1) last[1] = Math.max(last[1], curr[1]);
    else merged.push(curr);
  }
  return merged;
}
var NON_DECOMPOSABLE_MAP = {
  "\u0142": "l",
  "\u0141": "L",
  "\u0111": "d",
  "\u0110": "D",
  "\xF8": "o",
  "\xD8": "O",
  "\u0127": "h",
  "\u0126": "H",
  "\u0167": "t",
  "\u0166": "T",
  "\u0131": "i",
  "\xDF": "ss"
};
var NON_DECOMPOSABLE_RE = new RegExp("[" + Object.keys(NON_DECOMPOSABLE_MAP).join("") + "]", "g");
var stripDiacritics = typeof String.prototype.normalize === "function" ? (str2) => str2.normalize("NFD").replace(/[\u0300-\u036F\u0483-\u0489\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u0711\u0730-\u074A\u07A6-\u07B0\u07EB-\u07F3\u07FD\u0816-\u0819\u081B-\u0823\u0825-\u0827\u0829-\u082D\u0859-\u085B\u08D3-\u08E1\u08E3-\u0903\u093A-\u093C\u093E-\u094F\u0951-\u0957\u0962\u0963\u0981-\u0983\u09BC\u09BE-\u09C4\u09C7\u09C8\u09CB-\u09CD\u09D7\u09E2\u09E3\u09FE\u0A01-\u0A03\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A70\u0A71\u0A75\u0A81-\u0A83\u0ABC\u0ABE-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AE2\u0AE3\u0AFA-\u0AFF\u0B01-\u0B03\u0B3C\u0B3E-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B62\u0B63\u0B82\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD7\u0C00-\u0C04\u0C3E-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C62\u0C63\u0C81-\u0C83\u0CBC\u0CBE-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CE2\u0CE3\u0D00-\u0D03\u0D3B\u0D3C\u0D3E-\u0D44\u0D46-\u0D48\u0D4A-\u0D4D\u0D57\u0D62\u0D63\u0D82\u0D83\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DF2\u0DF3\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u0EB1\u0EB4-\u0EB9\u0EBB\u0EBC\u0EC8-\u0ECD\u0F18\u0F19\u0F35\u0F37\u0F39\u0F3E\u0F3F\u0F71-\u0F84\u0F86\u0F87\u0F8D-\u0F97\u0F99-\u0FBC\u0FC6\u102B-\u103E\u1056-\u1059\u105E-\u1060\u1062-\u1064\u1067-\u106D\u1071-\u1074\u1082-\u108D\u108F\u109A-\u109D\u135D-\u135F\u1712-\u1714\u1732-\u1734\u1752\u1753\u1772\u1773\u17B4-\u17D3\u17DD\u180B-\u180D\u1885\u1886\u18A9\u1920-\u192B\u1930-\u193B\u1A17-\u1A1B\u1A55-\u1A5E\u1A60-\u1A7C\u1A7F\u1AB0-\u1ABE\u1B00-\u1B04\u1B34-\u1B44\u1B6B-\u1B73\u1B80-\u1B82\u1BA1-\u1BAD\u1BE6-\u1BF3\u1C24-\u1C37\u1CD0-\u1CD2\u1CD4-\u1CE8\u1CED\u1CF2-\u1CF4\u1CF7-\u1CF9\u1DC0-\u1DF9\u1DFB-\u1DFF\u20D0-\u20F0\u2CEF-\u2CF1\u2D7F\u2DE0-\u2DFF\u302A-\u302F\u3099\u309A\uA66F-\uA672\uA674-\uA67D\uA69E\uA69F\uA6F0\uA6F1\uA802\uA806\uA80B\uA823-\uA827\uA880\uA881\uA8B4-\uA8C5\uA8E0-\uA8F1\uA8FF\uA926-\uA92D\uA947-\uA953\uA980-\uA983\uA9B3-\uA9C0\uA9E5\uAA29-\uAA36\uAA43\uAA4C\uAA4D\uAA7B-\uAA7D\uAAB0\uAAB2-\uAAB4\uAAB7\uAAB8\uAABE\uAABF\uAAC1\uAAEB-\uAAEF\uAAF5\uAAF6\uABE3-\uABEA\uABEC\uABED\uFB1E\uFE00-\uFE0F\uFE20-\uFE2F]/g, "").replace(NON_DECOMPOSABLE_RE, (ch) => NON_DECOMPOSABLE_MAP[ch]) : (str2) => str2;
var BitapSearch = class {
  constructor(pattern, { location = Config2.location, threshold = Config2.threshold, distance = Config2.distance, includeMatches = Config2.includeMatches, findAllMatches = Config2.findAllMatches, minMatchCharLength = Config2.minMatchCharLength, isCaseSensitive = Config2.isCaseSensitive, ignoreDiacritics = Config2.ignoreDiacritics, ignoreLocation = Config2.ignoreLocation } = {}) {
    this.options = {
      location,
      threshold,
      distance,
      includeMatches,
      findAllMatches,
      minMatchCharLength,
      isCaseSensitive,
      ignoreDiacritics,
      ignoreLocation
    };
    pattern = isCaseSensitive ? pattern : pattern.toLowerCase();
    pattern = ignoreDiacritics ? stripDiacritics(pattern) : pattern;
    this.pattern = pattern;
    this.chunks = [];
    if (!this.pattern.length) return;
    const addChunk = (pattern2, startIndex) => {
      this.chunks.push({
        pattern: pattern2,
        alphabet: createPatternAlphabet(pattern2),
        startIndex
      });
    };
    const len = this.pattern.length;
    if (len > 32) {
      let i2 = 0;
      const remainder = len % 32;
      const end = len - remainder;
      while (i2 < end) {
        addChunk(this.pattern.substr(i2, 32), i2);
        i2 += 32;
      }
      if (remainder) {
        const startIndex = len - 32;
        addChunk(this.pattern.substr(startIndex), startIndex);
      }
    } else addChunk(this.pattern, 0);
  }
  searchIn(text) {
    const { isCaseSensitive, ignoreDiacritics, includeMatches } = this.options;
    text = isCaseSensitive ? text : text.toLowerCase();
    text = ignoreDiacritics ? stripDiacritics(text) : text;
    if (this.pattern === text) {
      if (text.length < this.options.minMatchCharLength) return {
        isMatch: false,
        score: 1
      };
      const result2 = {
        isMatch: true,
        score: 0
      };
      if (includeMatches) result2.indices = [[0, text.length - 1]];
      return result2;
    }
    const { location, distance, threshold, findAllMatches, minMatchCharLength, ignoreLocation } = this.options;
    const allIndices = [];
    let totalScore = 0;
    let hasMatches = false;
    this.chunks.forEach(({ pattern, alphabet, startIndex }) => {
      const { isMatch, score, indices } = search(text, pattern, alphabet, {
        location: location + startIndex,
        distance,
        threshold,
        findAllMatches,
        minMatchCharLength,
        includeMatches,
        ignoreLocation
      });
      if (isMatch) hasMatches = true;
      totalScore += score;
      if (isMatch && indices) allIndices.push(...indices);
    });
    const result = {
      isMatch: hasMatches,
      score: hasMatches ? totalScore / this.chunks.length : 1
    };
    if (hasMatches && includeMatches) result.indices = mergeIndices(allIndices);
    return result;
  }
};
var registeredSearchers = [];
function register7(...args) {
  registeredSearchers.push(...args);
}
function createSearcher(pattern, options) {
  for (let i2 = 0, len = registeredSearchers.length; i2 < len; i2 += 1) {
    const searcherClass = registeredSearchers[i2];
    if (searcherClass.condition(pattern, options)) return new searcherClass(pattern, options);
  }
  return new BitapSearch(pattern, options);
}
var LogicalOperator = {
  AND: "$and",
  OR: "$or"
};
var KeyType = {
  PATH: "$path",
  PATTERN: "$val"
};
var isExpression = (query) => !!(query[LogicalOperator.AND] || query[LogicalOperator.OR]);
var isPath = (query) => !!query[KeyType.PATH];
var isLeaf = (query) => !isArray(query) && isObject(query) && !isExpression(query);
var convertToExplicit = (query) => ({ [LogicalOperator.AND]: Object.keys(query).map((key) => ({ [key]: query[key] })) });
function parse2(query, options, { auto = true } = {}) {
  const next = (query2) => {
    if (isString(query2)) {
      const obj = {
        keyId: null,
        pattern: query2
      };
      if (auto) obj.searcher = createSearcher(query2, options);
      return obj;
    }
    const keys = Object.keys(query2);
    const isQueryPath = isPath(query2);
    if (!isQueryPath && keys.length > 1 && !isExpression(query2)) return next(convertToExplicit(query2));
    if (isLeaf(query2)) {
      const key = isQueryPath ? query2[KeyType.PATH] : keys[0];
      const pattern = isQueryPath ? query2[KeyType.PATTERN] : query2[key];
      if (!isString(pattern)) throw new Error(LOGICAL_SEARCH_INVALID_QUERY_FOR_KEY(key));
      const obj = {
        keyId: createKeyId(key),
        pattern
      };
      if (auto) obj.searcher = createSearcher(pattern, options);
      return obj;
    }
    const node = {
      children: [],
      operator: keys[0]
    };
    keys.forEach((key) => {
      const value = query2[key];
      if (isArray(value)) value.forEach((item) => {
        node.children.push(next(item));
      });
    });
    return node;
  };
  if (!isExpression(query)) query = convertToExplicit(query);
  return next(query);
}
function computeScoreSingle(matches, { ignoreFieldNorm = Config2.ignoreFieldNorm }) {
  let totalScore = 1;
  matches.forEach(({ key, norm: norm2, score }) => {
    const weight = key ? key.weight : null;
    totalScore *= Math.pow(score === 0 && weight ? Number.EPSILON : score, (weight || 1) * (ignoreFieldNorm ? 1 : norm2));
  });
  return totalScore;
}
function computeScore(results, { ignoreFieldNorm = Config2.ignoreFieldNorm }) {
  results.forEach((result) => {
    result.score = computeScoreSingle(result.matches, { ignoreFieldNorm });
  });
}
var MaxHeap = class {
  constructor(limit, comparator) {
    this.limit = limit;
    this.heap = [];
    this.comparator = comparator;
  }
  get size() {
    return this.heap.length;
  }
  insert(item) {
    if (this.size < this.limit) {
      this.heap.push(item);
      this._bubbleUp(this.size - 1);
    } else if (this.comparator(item, this.heap[0]) < 0) {
      this.heap[0] = item;
      this._sinkDown(0);
    }
  }
  extractSorted() {
    return this.heap.sort(this.comparator);
  }
  _bubbleUp(i2) {
    const heap = this.heap;
    while (i2 > 0) {
      const parent = i2 - 1 >> 1;
      if (this.comparator(heap[i2], heap[parent]) <= 0) break;
      const tmp = heap[i2];
      heap[i2] = heap[parent];
      heap[parent] = tmp;
      i2 = parent;
    }
  }
  _sinkDown(i2) {
    const heap = this.heap;
    const len = heap.length;
    let largest = i2;
    do {
      i2 = largest;
      const left = 2 * i2 + 1;
      const right = 2 * i2 + 2;
      if (left < len && this.comparator(heap[left], heap[largest]) > 0) largest = left;
      if (right < len && this.comparator(heap[right], heap[largest]) > 0) largest = right;
      if (largest !== i2) {
        const tmp = heap[i2];
        heap[i2] = heap[largest];
        heap[largest] = tmp;
      }
    } while (largest !== i2);
  }
};
function formatMatches(result) {
  const matches = [];
  result.matches.forEach((match) => {
    if (!isDefined(match.indices) || !match.indices.length) return;
    const obj = {
      indices: match.indices,
      value: match.value
    };
    if (match.key) obj.key = match.key.id;
    if (match.idx > -1) obj.refIndex = match.idx;
    matches.push(obj);
  });
  return matches;
}
function format2(results, docs, { includeMatches = Config2.includeMatches, includeScore = Config2.includeScore } = {}) {
  return results.map((result) => {
    const { idx } = result;
    const data = {
      item: docs[idx],
      refIndex: idx
    };
    if (includeMatches) data.matches = formatMatches(result);
    if (includeScore) data.score = result.score;
    return data;
  });
}
var DEFAULT_TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
var warned = /* @__PURE__ */ new WeakSet();
function warnNonGlobal(regex) {
  if (!warned.has(regex)) {
    warned.add(regex);
    console.warn(`[Fuse] tokenize regex ${regex} lacks the global flag; only the first match per text will be returned. Add the 'g' flag.`);
  }
}
function resolveTokenize(tokenize2) {
  if (typeof tokenize2 === "function") {
    let validated = false;
    return (text) => {
      const result = tokenize2(text);
      if (!validated) {
        validated = true;
        if (!Array.isArray(result) || result.some((t2) => typeof t2 !== "string")) throw new Error(`[Fuse] tokenize function must return string[]; received ${Array.isArray(result) ? "array containing non-strings" : typeof result}.`);
      }
      return result;
    };
  }
  if (tokenize2 instanceof RegExp) {
    if (!tokenize2.global) warnNonGlobal(tokenize2);
    return (text) => text.match(tokenize2) || [];
  }
  return (text) => text.match(DEFAULT_TOKEN) || [];
}
function createAnalyzer({ isCaseSensitive = false, ignoreDiacritics = false, tokenize: tokenize2 } = {}) {
  const tokenizeFn = resolveTokenize(tokenize2);
  return { tokenize(text) {
    if (!isCaseSensitive) text = text.toLowerCase();
    if (ignoreDiacritics) text = stripDiacritics(text);
    return tokenizeFn(text);
  } };
}
function addField(index, text, docIdx, analyzer) {
  const tokens = analyzer.tokenize(text);
  if (!tokens.length) return;
  index.fieldCount++;
  index.docFieldCount.set(docIdx, (index.docFieldCount.get(docIdx) || 0) + 1);
  const distinctTerms = new Set(tokens);
  let perDocTerms = index.docTermFieldHits.get(docIdx);
  if (!perDocTerms) {
    perDocTerms = /* @__PURE__ */ new Map();
    index.docTermFieldHits.set(docIdx, perDocTerms);
  }
  for (const term of distinctTerms) {
    perDocTerms.set(term, (perDocTerms.get(term) || 0) + 1);
    index.df.set(term, (index.df.get(term) || 0) + 1);
  }
}
function ingestRecord(index, record, keyCount, analyzer) {
  const { i: docIdx, v, $: fields } = record;
  if (v !== void 0) {
    addField(index, v, docIdx, analyzer);
    return;
  }
  if (!fields) return;
  for (let keyIdx = 0; keyIdx < keyCount; keyIdx++) {
    const value = fields[keyIdx];
    if (!value) continue;
    if (Array.isArray(value)) for (const sub of value) addField(index, sub.v, docIdx, analyzer);
    else addField(index, value.v, docIdx, analyzer);
  }
}
function buildInvertedIndex(records, keyCount, analyzer) {
  const index = {
    fieldCount: 0,
    df: /* @__PURE__ */ new Map(),
    docFieldCount: /* @__PURE__ */ new Map(),
    docTermFieldHits: /* @__PURE__ */ new Map()
  };
  for (const record of records) ingestRecord(index, record, keyCount, analyzer);
  return index;
}
function addToInvertedIndex(index, record, keyCount, analyzer) {
  ingestRecord(index, record, keyCount, analyzer);
}
function removeFromInvertedIndex(index, docIdx) {
  const fieldCount = index.docFieldCount.get(docIdx);
  if (fieldCount === void 0) return;
  index.fieldCount -= fieldCount;
  index.docFieldCount.delete(docIdx);
  const perDocTerms = index.docTermFieldHits.get(docIdx);
  if (!perDocTerms) return;
  for (const [term, hits] of perDocTerms) {
    const next = (index.df.get(term) || 0) - hits;
    if (next <= 0) index.df.delete(term);
    else index.df.set(term, next);
  }
  index.docTermFieldHits.delete(docIdx);
}
function removeAndShiftInvertedIndex(index, removedIndices) {
  if (removedIndices.length === 0) return;
  const sorted = Array.from(new Set(removedIndices)).sort((a2, b) => a2 - b);
  for (const idx of sorted) removeFromInvertedIndex(index, idx);
  const shift = (oldIdx) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (sorted[mid] < oldIdx) lo = mid + 1;
      else hi = mid;
    }
    return oldIdx - lo;
  };
  const firstRemoved = sorted[0];
  const shiftedDocFieldCount = /* @__PURE__ */ new Map();
  for (const [oldKey, count] of index.docFieldCount) shiftedDocFieldCount.set(oldKey > firstRemoved ? shift(oldKey) : oldKey, count);
  index.docFieldCount = shiftedDocFieldCount;
  const shiftedDocTermFieldHits = /* @__PURE__ */ new Map();
  for (const [oldKey, terms] of index.docTermFieldHits) shiftedDocTermFieldHits.set(oldKey > firstRemoved ? shift(oldKey) : oldKey, terms);
  index.docTermFieldHits = shiftedDocTermFieldHits;
}
var Fuse = class {
  constructor(docs, options, index) {
    this.options = {
      ...Config2,
      ...options
    };
    if (this.options.useExtendedSearch && true) throw new Error(EXTENDED_SEARCH_UNAVAILABLE);
    if (this.options.useTokenSearch && true) throw new Error(TOKEN_SEARCH_UNAVAILABLE);
    this._keyStore = new KeyStore(this.options.keys);
    this._docs = docs;
    this._myIndex = null;
    this._invertedIndex = null;
    this.setCollection(docs, index);
    this._lastQuery = null;
    this._lastSearcher = null;
  }
  _getSearcher(query) {
    if (this._lastQuery === query) return this._lastSearcher;
    const searcher = createSearcher(query, this._invertedIndex ? {
      ...this.options,
      _invertedIndex: this._invertedIndex
    } : this.options);
    this._lastQuery = query;
    this._lastSearcher = searcher;
    return searcher;
  }
  setCollection(docs, index) {
    this._docs = docs;
    if (index && !(index instanceof FuseIndex)) throw new Error(INCORRECT_INDEX_TYPE);
    this._myIndex = index || createIndex(this.options.keys, this._docs, {
      getFn: this.options.getFn,
      fieldNormWeight: this.options.fieldNormWeight
    });
    if (this.options.useTokenSearch) {
      const analyzer = createAnalyzer({
        isCaseSensitive: this.options.isCaseSensitive,
        ignoreDiacritics: this.options.ignoreDiacritics,
        tokenize: this.options.tokenize
      });
      this._invertedIndex = buildInvertedIndex(this._myIndex.records, this._myIndex.keys.length, analyzer);
    }
    this._invalidateSearcherCache();
  }
  add(doc) {
    if (!isDefined(doc)) return;
    this._docs.push(doc);
    const record = this._myIndex.add(doc, this._docs.length - 1);
    if (this._invertedIndex && record) {
      const analyzer = createAnalyzer({
        isCaseSensitive: this.options.isCaseSensitive,
        ignoreDiacritics: this.options.ignoreDiacritics,
        tokenize: this.options.tokenize
      });
      addToInvertedIndex(this._invertedIndex, record, this._myIndex.keys.length, analyzer);
    }
    this._invalidateSearcherCache();
  }
  remove(predicate = () => false) {
    const results = [];
    const indicesToRemove = [];
    for (let i2 = 0, len = this._docs.length; i2 < len; i2 += 1) if (predicate(this._docs[i2], i2)) {
      results.push(this._docs[i2]);
      indicesToRemove.push(i2);
    }
    if (indicesToRemove.length) {
      if (this._invertedIndex) removeAndShiftInvertedIndex(this._invertedIndex, indicesToRemove);
      const toRemove = new Set(indicesToRemove);
      this._docs = this._docs.filter((_, i2) => !toRemove.has(i2));
      this._myIndex.removeAll(indicesToRemove);
      this._invalidateSearcherCache();
    }
    return results;
  }
  removeAt(idx) {
    if (!Number.isInteger(idx) || idx < 0 || idx >= this._docs.length) throw new Error(INVALID_DOC_INDEX);
    if (this._invertedIndex) removeAndShiftInvertedIndex(this._invertedIndex, [idx]);
    const doc = this._docs.splice(idx, 1)[0];
    this._myIndex.removeAt(idx);
    this._invalidateSearcherCache();
    return doc;
  }
  _invalidateSearcherCache() {
    this._lastQuery = null;
    this._lastSearcher = null;
  }
  getIndex() {
    return this._myIndex;
  }
  _normalizedKeys() {
    return this._myIndex.keys.map((key) => this._keyStore.get(key.id) || key);
  }
  search(query, options) {
    const { limit = -1 } = options || {};
    const { includeMatches, includeScore, shouldSort, sortFn, ignoreFieldNorm } = this.options;
    if (isString(query) && !query.trim()) {
      let docs = this._docs.map((item, idx) => ({
        item,
        refIndex: idx
      }));
      if (isNumber(limit) && limit > -1) docs = docs.slice(0, limit);
      return docs;
    }
    const useHeap = shouldSort && isNumber(limit) && limit > 0 && isString(query);
    const comparator = sortFn;
    const stable = (a2, b) => comparator(a2, b) || a2.idx - b.idx;
    let results;
    if (useHeap) {
      const heap = new MaxHeap(limit, stable);
      if (isString(this._docs[0])) this._searchStringList(query, {
        heap,
        ignoreFieldNorm
      });
      else this._searchObjectList(query, {
        heap,
        ignoreFieldNorm
      });
      results = heap.extractSorted();
    } else {
      results = isString(query) ? isString(this._docs[0]) ? this._searchStringList(query) : this._searchObjectList(query) : this._searchLogical(query);
      computeScore(results, { ignoreFieldNorm });
      if (shouldSort) results.sort(isString(query) ? stable : comparator);
      if (isNumber(limit) && limit > -1) results = results.slice(0, limit);
    }
    return format2(results, this._docs, {
      includeMatches,
      includeScore
    });
  }
  _searchStringList(query, { heap, ignoreFieldNorm } = {}) {
    const searcher = this._getSearcher(query);
    const requireAllTokens = this.options.useTokenSearch && this.options.tokenMatch === "all";
    const { records } = this._myIndex;
    const results = heap ? null : [];
    records.forEach(({ v: text, i: idx, n: norm2 }) => {
      if (!isDefined(text)) return;
      const searchResult = searcher.searchIn(text);
      if (searchResult.isMatch) {
        const match = {
          score: searchResult.score,
          value: text,
          norm: norm2,
          indices: searchResult.indices
        };
        if (requireAllTokens) {
          match.matchedMask = searchResult.matchedMask;
          match.matchedTerms = searchResult.matchedTerms;
          match.termCount = searchResult.termCount;
        }
        const matches = [match];
        if (!requireAllTokens || this._coversAllTokens(matches)) {
          const result = {
            item: text,
            idx,
            matches
          };
          if (heap) {
            result.score = computeScoreSingle(result.matches, { ignoreFieldNorm });
            heap.insert(result);
          } else results.push(result);
        }
      }
    });
    return results;
  }
  _searchLogical(query) {
    throw new Error(LOGICAL_SEARCH_UNAVAILABLE);
  }
  _searchObjectList(query, { heap, ignoreFieldNorm } = {}) {
    const searcher = this._getSearcher(query);
    const requireAllTokens = this.options.useTokenSearch && this.options.tokenMatch === "all";
    const { records } = this._myIndex;
    const keys = this._normalizedKeys();
    const results = heap ? null : [];
    records.forEach(({ $: item, i: idx }) => {
      if (!isDefined(item)) return;
      const matches = [];
      let anyKeyFailed = false;
      let hasInverse = false;
      keys.forEach((key, keyIndex) => {
        const keyMatches = this._findMatches({
          key,
          value: item[keyIndex],
          searcher
        });
        if (keyMatches.length) {
          matches.push(...keyMatches);
          if (keyMatches[0].hasInverse) hasInverse = true;
        } else anyKeyFailed = true;
      });
      if (hasInverse && anyKeyFailed) return;
      if (matches.length && (!requireAllTokens || this._coversAllTokens(matches))) {
        const result = {
          idx,
          item,
          matches
        };
        if (heap) {
          result.score = computeScoreSingle(result.matches, { ignoreFieldNorm });
          heap.insert(result);
        } else results.push(result);
      }
    });
    return results;
  }
  _findMatches({ key, value, searcher }) {
    if (!isDefined(value)) return [];
    const matches = [];
    if (isArray(value)) value.forEach(({ v: text, i: idx, n: norm2 }) => {
      if (!isDefined(text)) return;
      const searchResult = searcher.searchIn(text);
      if (searchResult.isMatch) {
        const match = {
          score: searchResult.score,
          key,
          value: text,
          idx,
          norm: norm2,
          indices: searchResult.indices,
          hasInverse: searchResult.hasInverse
        };
        if (searchResult.termCount !== void 0) {
          match.matchedMask = searchResult.matchedMask;
          match.matchedTerms = searchResult.matchedTerms;
          match.termCount = searchResult.termCount;
        }
        matches.push(match);
      }
    });
    else {
      const { v: text, n: norm2 } = value;
      const searchResult = searcher.searchIn(text);
      if (searchResult.isMatch) {
        const match = {
          score: searchResult.score,
          key,
          value: text,
          norm: norm2,
          indices: searchResult.indices,
          hasInverse: searchResult.hasInverse
        };
        if (searchResult.termCount !== void 0) {
          match.matchedMask = searchResult.matchedMask;
          match.matchedTerms = searchResult.matchedTerms;
          match.termCount = searchResult.termCount;
        }
        matches.push(match);
      }
    }
    return matches;
  }
  _coversAllTokens(matches) {
    const termCount = matches.length ? matches[0].termCount : void 0;
    if (termCount === void 0) return true;
    if (termCount <= 31) {
      let coverage2 = 0;
      for (let i2 = 0; i2 < matches.length; i2++) coverage2 |= matches[i2].matchedMask || 0;
      return coverage2 === 2 ** termCount - 1;
    }
    const coverage = /* @__PURE__ */ new Set();
    for (let i2 = 0; i2 < matches.length; i2++) {
      const terms = matches[i2].matchedTerms;
      if (terms) for (const t2 of terms) coverage.add(t2);
    }
    return coverage.size === termCount;
  }
};
Fuse.version = "7.5.0";
Fuse.createIndex = createIndex;
Fuse.parseIndex = parseIndex;
Fuse.config = Config2;
Fuse.match = function(pattern, text, options) {
  if (options && options.useTokenSearch) throw new Error(FUSE_MATCH_TOKEN_SEARCH_UNSUPPORTED);
  return createSearcher(pattern, {
    ...Config2,
    ...options
  }).searchIn(text);
};
Fuse.parseQuery = parse2;
Fuse.use = function(...plugins) {
  plugins.forEach((plugin) => register7(plugin));
};
var entry_default = Fuse;

// src/core/entrySearch.ts
var EXTRA_COUNTRY_NAMES = {
  VA: ["Holy See"],
  CV: ["Cabo Verde"],
  CG: ["Republic of the Congo", "Congo"],
  CD: ["Democratic Republic of the Congo", "DR Congo", "DRC"],
  CI: ["C\xF4te d'Ivoire", "Ivory Coast"],
  TR: ["T\xFCrkiye", "Turkey", "\u0422\u0443\u0440\u0446\u0438\u044F", "T\xFCrkiye"],
  MM: ["Burma"],
  CZ: ["Czech Republic"],
  KR: ["Korea", "Republic of Korea"],
  KP: ["Democratic People's Republic of Korea", "DPRK"],
  US: ["USA", "United States of America"],
  GB: ["Britain", "Great Britain"],
  PS: ["State of Palestine"]
};
var countryTable;
function countries() {
  if (countryTable) return countryTable;
  const table = /* @__PURE__ */ new Map();
  const add = (name, code) => {
    const key = foldWord(name.replace(/[’]/g, "'"));
    if (key && !table.has(key)) table.set(key, code);
  };
  const names = LANGUAGES.flatMap((language) => [new Intl.DisplayNames([language], { type: "region" }), new Intl.DisplayNames([language], { type: "region", style: "short" })]);
  for (let a2 = 65; a2 <= 90; a2++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a2, b);
      for (const display of names) {
        let name;
        try {
          name = display.of(code);
        } catch {
          name = void 0;
        }
        if (!name || name === code || /^Unknown|^\d/.test(name)) continue;
        add(name, code);
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
var EntrySearch = class {
  constructor(entries, placeNames = {}) {
    this.entries = entries;
    const table = countries();
    for (const entry of entries) {
      for (const name of allNames(entry)) this.names.push({ entry, folded: foldWord(name) });
      for (const member of [...entry.members ?? [], ...entry.observers ?? [], ...entry.partners ?? []]) {
        const code = table.get(foldWord(member.replace(/[’]/g, "'")));
        if (code) this.index(code, { entry, as: "member", name: member });
      }
      if (entry.headquarters) {
        const [city, country] = entry.headquarters.split(/,\s*/);
        const code = country ? table.get(foldWord(country)) : void 0;
        if (code) this.index(code, { entry, as: "seat", name: entry.headquarters });
        if (city) this.index(`city:${foldWord(city)}`, { entry, as: "seat", name: entry.headquarters });
      }
    }
    for (const [english, byLanguage] of Object.entries(placeNames)) {
      this.places.set(foldWord(english), english);
      for (const list of Object.values(byLanguage)) for (const name of list ?? []) this.places.set(foldWord(name), english);
    }
  }
  entries;
  names = [];
  byCountry = /* @__PURE__ */ new Map();
  places = /* @__PURE__ */ new Map();
  fuse;
  index(key, value) {
    const list = this.byCountry.get(key);
    if (!list) this.byCountry.set(key, [value]);
    else if (!list.some((v) => v.entry === value.entry && v.as === value.as)) list.push(value);
  }
  search(query, limit = 50) {
    const q = foldWord(query.trim().replace(/[’]/g, "'"));
    if (!q) return [];
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    const push = (match) => {
      if (seen.has(match.entry.id)) return;
      seen.add(match.entry.id);
      out.push(match);
    };
    const exact = this.names.filter((n2) => n2.folded === q);
    const starts = q.length >= 2 ? this.names.filter((n2) => n2.folded.startsWith(q)) : [];
    const wordStarts = q.length >= 3 ? this.names.filter((n2) => n2.folded.split(/[\s'-]+/).some((w) => w.startsWith(q)) || q.length >= 2 && /\p{Script=Han}/u.test(q) && n2.folded.includes(q)) : [];
    for (const n2 of exact) push({ entry: n2.entry, reason: "name" });
    for (const n2 of starts.sort((a2, b) => a2.folded.length - b.folded.length)) push({ entry: n2.entry, reason: "name" });
    for (const n2 of wordStarts.sort((a2, b) => a2.folded.length - b.folded.length)) push({ entry: n2.entry, reason: "name" });
    const places = this.placeMatches(q);
    for (const p of places) push(p);
    if (q.length >= 4 && out.length === 0) {
      const words2 = q.split(/\s+/).filter((w) => w.length >= 3).map((w) => new RegExp(`(?:^|[^\\p{L}])${stemWord(w, "en").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u"));
      if (words2.length > 0)
        for (const entry of this.entries) {
          const about = foldWord(`${entry.summary} ${entry.note ?? ""}`);
          if (words2.every((w) => w.test(about))) push({ entry, reason: "about" });
        }
    }
    if (out.length === 0 && q.length >= 3) {
      for (const p of this.placeMatches(this.closestPlace(q) ?? "")) push(p);
      this.fuse ??= new entry_default(
        this.names.map((n2) => ({ entry: n2.entry, name: n2.folded })),
        { keys: ["name"], threshold: 0.25, ignoreLocation: true, includeScore: true }
      );
      for (const r4 of this.fuse.search(q, { limit })) push({ entry: r4.item.entry, reason: "close" });
    }
    return out.slice(0, limit);
  }
  placeMatches(q) {
    if (!q) return [];
    const out = [];
    const code = countries().get(q);
    if (code) for (const v of this.byCountry.get(code) ?? []) out.push({ entry: v.entry, reason: v.as, detail: v.name });
    const city = this.places.get(q) ?? (this.byCountry.has(`city:${q}`) ? q : void 0);
    if (city) for (const v of this.byCountry.get(`city:${foldWord(city)}`) ?? []) out.push({ entry: v.entry, reason: "seat", detail: v.name });
    return out.sort((a2, b) => a2.reason === b.reason ? 0 : a2.reason === "member" ? -1 : 1);
  }
  /** The country or seat name closest to a mistyped one, if one is close enough. */
  closestPlace(q) {
    const candidates = [...countries().keys(), ...this.places.keys()].filter((k) => Math.abs(k.length - q.length) <= 2 && k[0] === q[0]);
    if (candidates.length === 0) return null;
    const best = new entry_default(candidates, { threshold: 0.25, includeScore: true }).search(q, { limit: 1 })[0];
    return best ? best.item : null;
  }
};

// src/core/search/query.ts
var WORD2 = /[\p{L}\p{N}\p{M}]+/gu;
function normalizeWord(word) {
  return lowerWord(word);
}
function wordsWithOffsets(text) {
  const out = [];
  for (const m of text.matchAll(WORD2)) {
    if (hasHan(m[0])) for (const s5 of segmentChinese(m[0])) out.push({ word: normalizeWord(s5.segment), start: m.index + s5.index, end: m.index + s5.index + s5.segment.length });
    else out.push({ word: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// src/extension/search.ts
var SEARCH_PLACEHOLDER = `Words in any order, typos welcome \xB7 "exact phrase" \xB7 'exact \xB7 ^prefix \xB7 !exclude \xB7 a | b \xB7 speaker:name \xB7 role:question|answer`;
var RESULT_LIMIT = 50;
var DEBOUNCE_MS = 40;
var OPEN_TO_SIDE = { iconPath: new vscode13.ThemeIcon("split-horizontal"), tooltip: "Open to the Side" };
function hitItem(hit) {
  return {
    label: hit.snippet,
    description: [hit.speaker, hit.section].filter(Boolean).join(" \xB7 "),
    detail: [hit.transcript, [hit.place, hit.date].filter(Boolean).join(" \xB7 ")].filter(Boolean).join(" \u2014 "),
    // VS Code's own filter would hide and re-sort what the index found.
    alwaysShow: true,
    buttons: [OPEN_TO_SIDE],
    hit
  };
}
function matchRange(document, hit) {
  const matched = new Set(hit.matched);
  const last = Math.min(hit.endLine, document.lineCount - 1);
  for (let line = hit.line; line <= last; line++) {
    const found = wordsWithOffsets(document.lineAt(line).text).find((w) => matched.has(w.word));
    if (found) return new vscode13.Range(line, found.start, line, found.end);
  }
  const first = Math.min(hit.line, document.lineCount - 1);
  return document.lineAt(first).range;
}
async function openHit(hit, options) {
  const document = await vscode13.workspace.openTextDocument(vscode13.Uri.parse(hit.file));
  const range = matchRange(document, hit);
  const editor = await vscode13.window.showTextDocument(document, { preview: options.preview, preserveFocus: options.preserveFocus, viewColumn: options.viewColumn, selection: range });
  editor.revealRange(range, vscode13.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
var lastPicker;
function searchTranscripts(services, args) {
  const picker = vscode13.window.createQuickPick();
  lastPicker = picker;
  const baseTitle = args?.title ?? "Search Transcripts";
  picker.title = baseTitle;
  picker.placeholder = SEARCH_PLACEHOLDER;
  picker.matchOnDetail = false;
  picker.ignoreFocusOut = false;
  let sequence = 0;
  let timer;
  const disposables = [picker];
  const run = async (query, mine) => {
    try {
      const response = await services.search.search(query, { limit: RESULT_LIMIT, prefixLast: true });
      if (mine !== sequence) return;
      picker.items = response.results.map(hitItem);
      picker.title = response.total > RESULT_LIMIT ? `${baseTitle} \u2014 best ${RESULT_LIMIT} of ${response.total}` : `${baseTitle} \u2014 ${response.total} paragraph${response.total === 1 ? "" : "s"}`;
    } catch (error) {
      services.log.error(`search "${query}": ${error.message}`);
      if (mine === sequence) picker.items = [];
    } finally {
      if (mine === sequence) picker.busy = false;
    }
  };
  const onQuery = (value) => {
    const mine = ++sequence;
    if (timer) clearTimeout(timer);
    if (value.trim() === "") {
      picker.items = [];
      picker.busy = false;
      picker.title = baseTitle;
      return;
    }
    picker.busy = true;
    timer = setTimeout(() => void run(value, mine), DEBOUNCE_MS);
  };
  picker.onDidChangeValue(onQuery, void 0, disposables);
  picker.onDidChangeActive(
    ([item]) => {
      if (item && args?.preview !== false) void openHit(item.hit, { preview: true, preserveFocus: true }).catch((e2) => services.log.warn(`preview: ${e2.message}`));
    },
    void 0,
    disposables
  );
  picker.onDidTriggerItemButton(
    ({ item }) => {
      picker.hide();
      void openHit(item.hit, { preview: false, preserveFocus: false, viewColumn: vscode13.ViewColumn.Beside });
    },
    void 0,
    disposables
  );
  picker.onDidAccept(
    () => {
      const [item] = picker.selectedItems.length ? picker.selectedItems : picker.activeItems;
      picker.hide();
      if (item && args?.onPick) void Promise.resolve(args.onPick(item.hit)).catch((e2) => services.log.error(`${baseTitle}: ${e2.message}`));
      else if (item) void openHit(item.hit, { preview: false, preserveFocus: false });
    },
    void 0,
    disposables
  );
  picker.onDidHide(
    () => {
      if (timer) clearTimeout(timer);
      vscode13.Disposable.from(...disposables).dispose();
    },
    void 0,
    disposables
  );
  picker.show();
  const initial = typeof args?.query === "string" ? args.query : "";
  if (initial) {
    picker.value = initial;
    onQuery(initial);
  }
  return picker;
}
var lastEntityPicker;
async function searchEntities(services, initial) {
  const { glossary } = await services.glossary.ready();
  const finder = new EntrySearch(glossary.entries, glossary.places);
  const toItem = (entry, why) => {
    const acronym = acronymOf(entry);
    return {
      label: acronym && acronym !== entry.name ? `${acronym} \u2014 ${entry.name}` : entry.name,
      description: [entry.kind, yearOf(entry), why].filter(Boolean).join(" \xB7 "),
      detail: entry.summary,
      alwaysShow: true,
      entry
    };
  };
  const picker = vscode13.window.createQuickPick();
  lastEntityPicker = picker;
  picker.title = "Organisations & Agreements";
  picker.placeholder = "Name or acronym in any language, a member or seat, or what it does (SCO, \u0428\u041E\u0421, \u4E0A\u5408\u7EC4\u7EC7, Myanmar, \u0412\u0435\u043D\u0430, nuclear tests\u2026)";
  const all = [...glossary.entries].sort((a2, b) => a2.name.localeCompare(b.name)).map((e2) => toItem(e2));
  picker.items = all;
  const onValue = (value) => {
    if (!value.trim()) {
      picker.items = all;
      return;
    }
    const found = finder.search(value, 50);
    picker.items = found.length ? found.map((m) => toItem(m.entry, m.reason === "member" ? `member: ${m.detail}` : m.reason === "seat" ? `seat: ${m.detail}` : m.reason === "close" ? "near spelling" : void 0)) : [{ label: `No entry matches \u201C${value.trim()}\u201D`, detail: "Try a name or acronym in any of the five languages, a member state or a seat.", alwaysShow: true }];
  };
  picker.onDidChangeValue(onValue);
  picker.onDidAccept(() => {
    const [item] = picker.selectedItems;
    if (!item?.entry) return;
    picker.hide();
    void vscode13.commands.executeCommand(Commands.showEntry, item.entry.id);
  });
  picker.onDidHide(() => picker.dispose());
  picker.show();
  if (initial) {
    picker.value = initial;
    onValue(initial);
  }
  return picker;
}
function register8(context, services) {
  const ui = {
    get lastPicker() {
      return lastPicker;
    },
    get lastEntityPicker() {
      return lastEntityPicker;
    }
  };
  context.subscriptions.push(
    vscode13.commands.registerCommand(Commands.search, (args) => {
      searchTranscripts(services, { query: typeof args?.query === "string" ? args.query : void 0 });
    }),
    vscode13.commands.registerCommand(Commands.searchEntities, (args) => searchEntities(services, typeof args?.query === "string" ? args.query : void 0))
  );
  return ui;
}

// src/extension/quotes.ts
async function parsed(services, uri) {
  return services.parsed.get(await vscode14.workspace.openTextDocument(uri));
}
function turnsOf(transcript) {
  return transcript.sections.flatMap((s5) => s5.turns.map((turn) => ({ turn, answerer: s5.speaker })));
}
function sourceOf(transcript, turn) {
  const speaker = turn?.turn.speaker ?? (turn?.turn.role === "question" ? `Question to ${turn.answerer ?? "the speaker"}` : null);
  return { speaker, place: transcript.place, date: transcript.date, title: transcript.title, sourceUrl: transcript.sourceUrl };
}
function paragraphsIn(transcript, start, end) {
  return turnsOf(transcript).flatMap((t2) => t2.turn.paragraphs.filter((p) => p.range.start >= start && p.range.start <= end).map((paragraph) => ({ paragraph, turn: t2 })));
}
async function quoteForNode(services, node) {
  const transcript = await parsed(services, node.doc.uri);
  let range;
  if (node.type === "paragraph") range = node.paragraph.range;
  else if (node.type === "turn") range = node.turn.range;
  else if (node.type === "section") {
    const answers = node.section.turns.filter((t2) => t2.role === "answer");
    range = node.section.kind === "exchange" && answers.length ? { start: answers[0].range.start, end: answers[answers.length - 1].range.end } : node.section.range;
  } else return void 0;
  const found = paragraphsIn(transcript, range.start, range.end);
  if (found.length === 0) return void 0;
  return quoteMarkdown(found.map((f) => f.paragraph.text), sourceOf(transcript, found[0].turn));
}
async function quoteForSelection(services, editor) {
  const transcript = await services.parsed.get(editor.document);
  const line = editor.selection.start.line;
  const turn = turnsOf(transcript).find((t2) => t2.turn.range.start <= line && line <= t2.turn.range.end);
  if (editor.selection.isEmpty) {
    const found = paragraphsIn(transcript, 0, Number.MAX_SAFE_INTEGER).find((f) => f.paragraph.range.start <= line && line <= f.paragraph.range.end);
    return found ? quoteMarkdown([found.paragraph.text], sourceOf(transcript, found.turn)) : void 0;
  }
  const paragraphs = editor.document.getText(editor.selection).split(/\r?\n/).map((l2) => readSpeakerLabel(l2.trim())?.rest ?? l2);
  return quoteMarkdown(paragraphs, sourceOf(transcript, turn));
}
function quoteOfText(transcript, line, text) {
  const turn = turnsOf(transcript).find((t2) => t2.turn.range.start <= line && line <= t2.turn.range.end);
  return quoteMarkdown(text.split(/\n+/), sourceOf(transcript, turn));
}
async function quoteForHit(services, hit) {
  const transcript = await parsed(services, vscode14.Uri.parse(hit.file));
  const found = paragraphsIn(transcript, hit.line, hit.line);
  return found.length ? quoteMarkdown([found[0].paragraph.text], sourceOf(transcript, found[0].turn)) : void 0;
}
async function copyQuote(services, node) {
  const editor = vscode14.window.activeTextEditor;
  const quote = node && "doc" in node ? await quoteForNode(services, node) : editor ? await quoteForSelection(services, editor) : void 0;
  if (!quote) {
    void vscode14.window.showInformationMessage("Select a passage in a transcript, or a paragraph, turn or section in the Transcripts view, to copy it as a quote.");
    return void 0;
  }
  await vscode14.env.clipboard.writeText(quote);
  services.log.info("copied a quote to the clipboard");
  return quote;
}
function insertQuote(services) {
  const editor = vscode14.window.activeTextEditor;
  if (!editor) {
    void vscode14.window.showInformationMessage("Open the draft to insert a quote into, then run the command again.");
    return;
  }
  const target = { uri: editor.document.uri, position: editor.selection.active, viewColumn: editor.viewColumn };
  searchTranscripts(services, {
    title: "Insert Quote",
    preview: false,
    onPick: async (hit) => {
      const quote = await quoteForHit(services, hit);
      if (!quote) return;
      const edit = new vscode14.WorkspaceEdit();
      edit.insert(target.uri, target.position, quote);
      await vscode14.workspace.applyEdit(edit);
      await vscode14.window.showTextDocument(target.uri, { viewColumn: target.viewColumn });
    }
  });
}
function register9(context, services) {
  context.subscriptions.push(
    vscode14.commands.registerCommand(Commands.copyQuote, (node) => copyQuote(services, node)),
    vscode14.commands.registerCommand(Commands.insertQuote, () => insertQuote(services))
  );
}

// src/extension/reader.ts
var vscode15 = __toESM(require("vscode"));

// src/core/render/transcriptDocument.ts
function escapeHtml2(text) {
  return text.replace(/[<>&"']/g, (c2) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" })[c2]);
}
function longDate2(iso) {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}
function sectionId(section) {
  return section.kind === "exchange" ? `q${section.number}` : `opening-${section.number}`;
}
function speakerName(turn, section) {
  if (turn.speaker) return turn.speaker;
  if (turn.role === "question") return turn.label && !/^q(uestion)?$/i.test(turn.label) ? turn.label : "Question";
  return section.speaker ?? (turn.role === "answer" ? "Answer" : "Remarks");
}
function paragraphHtml(text, options) {
  const mentions = (options.mentionsIn?.(text) ?? []).filter((m) => m.end > m.start).sort((a2, b) => a2.start - b.start);
  let out = "";
  let at = 0;
  for (const m of mentions) {
    if (m.start < at) continue;
    out += escapeHtml2(text.slice(at, m.start));
    out += `<span class="mention" tabindex="0" data-entry="${escapeHtml2(m.entryId)}" aria-describedby="card-${escapeHtml2(m.entryId)}-${m.start}">${escapeHtml2(text.slice(m.start, m.end))}<span class="card" role="tooltip" id="card-${escapeHtml2(m.entryId)}-${m.start}">${escapeHtml2(m.card)}</span></span>`;
    at = m.end;
  }
  return out + escapeHtml2(text.slice(at));
}
function transcriptHtml(transcript, options = {}) {
  const meta = [transcript.place, longDate2(transcript.date)].filter(Boolean).map((s5) => escapeHtml2(s5)).join(" \xB7 ");
  const toc = transcript.sections.map((s5) => `<li><a href="#${sectionId(s5)}" data-line="${s5.range.start}">${escapeHtml2(sectionLabel(s5))}</a></li>`).join("");
  let number = 0;
  const sections = transcript.sections.map((section) => {
    const heading = section.kind === "exchange" ? `<h2 id="${sectionId(section)}-title"><span class="qnum">Q${section.number}</span> ${escapeHtml2(section.label)}</h2>` : `<h2 id="${sectionId(section)}-title">${escapeHtml2(section.label)}</h2>`;
    const turns = section.turns.map((turn) => {
      const paragraphs = turn.paragraphs.map((p) => `<p data-line="${p.range.start}" data-end="${p.range.end}"><button type="button" class="pnum" aria-label="Paragraph ${++number}: show it in the editor">${number}</button> ${paragraphHtml(p.text, options)}</p>`).join("");
      const role = turn.role === "question" ? "question" : "answer";
      return `<div class="turn ${role}" data-line="${turn.range.start}"><p class="speaker" data-line="${turn.range.start}">${escapeHtml2(speakerName(turn, section))}</p>${turn.role === "question" ? `<blockquote>${paragraphs}</blockquote>` : paragraphs}</div>`;
    }).join("");
    return `<section id="${sectionId(section)}" class="${section.kind}" aria-labelledby="${sectionId(section)}-title" data-line="${section.range.start}">${heading}${turns}</section>`;
  }).join("\n");
  return `<header data-line="0"><h1>${escapeHtml2(transcript.title)}</h1>${meta ? `<p class="meta">${meta}</p>` : ""}${transcript.sourceUrl ? `<p class="source"><a href="${escapeHtml2(transcript.sourceUrl)}">${escapeHtml2(transcript.sourceUrl)}</a></p>` : ""}</header>
<nav aria-label="Contents"><h2>Contents</h2><ol>${toc}</ol></nav>
<main>
${sections}
</main>`;
}
var STANDALONE_CSS = `body{font:16px/1.6 Georgia,'Times New Roman',serif;max-width:46em;margin:2em auto;padding:0 1em;color:#1b1b1b}
h1{font-size:1.6em;line-height:1.25}h2{font-size:1.2em;margin-top:2em}.meta{color:#555}.qnum{color:#555;margin-right:.3em}
.speaker{font-weight:bold;margin:1.2em 0 .2em}blockquote{margin:0;padding:.2em 1em;border-left:4px solid #bbb;background:#f6f6f6}
.pnum{color:#888;font-size:.75em;margin-right:.4em;font-family:sans-serif;border:none;background:none;padding:0}.mention{text-decoration:underline dotted}.card{display:none}
nav ol{padding-left:1.4em}@media print{nav{display:none}}`;
function standaloneHtml(transcript, options = {}) {
  return `<!DOCTYPE html>
<html lang="${transcript.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml2(transcript.title)}</title>
<style>${STANDALONE_CSS}</style>
</head>
<body>
${transcriptHtml(transcript, options)}
</body>
</html>
`;
}
function yamlString(value) {
  return JSON.stringify(value);
}
function transcriptMarkdown(transcript) {
  const front = ["---", `title: ${yamlString(transcript.title)}`];
  if (transcript.date) front.push(`date: ${transcript.date}`);
  if (transcript.place) front.push(`place: ${yamlString(transcript.place)}`);
  if (transcript.speakers.length) front.push(`speakers: [${transcript.speakers.map(yamlString).join(", ")}]`);
  if (transcript.sourceUrl) front.push(`source_url: ${yamlString(transcript.sourceUrl)}`);
  front.push(`lang: ${transcript.language}`, "---", "");
  const out = [...front, `# ${transcript.title}`, ""];
  const meta = [transcript.place, longDate2(transcript.date)].filter(Boolean).join(", ");
  if (meta) out.push(`*${meta}*`, "");
  for (const section of transcript.sections) {
    out.push(section.kind === "exchange" ? `## Q${section.number}: ${section.label}` : `## ${section.label}`, "");
    for (const turn of section.turns) {
      turn.paragraphs.forEach((p, i2) => {
        const text = p.text.replace(/^([#>*+-]|\d+\.)(\s)/, "\\$1$2");
        out.push(i2 === 0 ? `**${speakerName(turn, section)}:** ${text}` : text, "");
      });
    }
  }
  return out.join("\n");
}

// src/extension/reader.ts
var READER_VIEW = "diplomaticStudy.reader";
function cardLine(entry) {
  const acronym = acronymOf(entry);
  const year = yearOf(entry);
  return `${entry.name}${acronym ? ` (${acronym})` : ""} \u2014 ${entry.kind}${year ? `, ${year}` : ""}. ${entry.summary}`;
}
async function renderOptions(services) {
  const { glossary, matcher } = await services.glossary.ready();
  return {
    mentionsIn: (text) => matcher.matchLine(text).flatMap((m) => {
      const entry = glossary.get(m.entryId);
      return entry ? [{ start: m.start, end: m.end, entryId: m.entryId, card: cardLine(entry) }] : [];
    })
  };
}
var ReaderPanel = class _ReaderPanel {
  constructor(services, extensionUri, opened) {
    this.services = services;
    this.opened = opened;
    this.key = opened.uri.toString();
    const media = vscode15.Uri.joinPath(extensionUri, "dist", "webview");
    const name = opened.uri.path.split("/").pop() ?? "transcript";
    this.panel = vscode15.window.createWebviewPanel(READER_VIEW, `Reader: ${name}`, { viewColumn: vscode15.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [media], enableFindWidget: true });
    this.panel.iconPath = vscode15.Uri.joinPath(extensionUri, "media", "icon.png");
    this.panel.webview.html = this.shell(media);
    this.panel.onDidDispose(() => this.dispose(), void 0, this.disposables);
    this.panel.webview.onDidReceiveMessage(
      (message) => void this.receive(message).catch((error) => {
        this.problem = error.message;
        services.log.error(`reader: ${error.message}`);
      }),
      void 0,
      this.disposables
    );
    vscode15.workspace.onDidChangeTextDocument(
      (e2) => {
        if (e2.document.uri.toString() !== this.key) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.render(), 250);
      },
      void 0,
      this.disposables
    );
    vscode15.window.onDidChangeTextEditorVisibleRanges(
      (e2) => {
        if (e2.textEditor.document.uri.toString() !== this.key || !this.ready) return;
        const line = e2.visibleRanges[0]?.start.line ?? 0;
        if (this.echo && Date.now() < this.echo.until && Math.abs(line - this.echo.line) <= 1) return;
        void this.panel.webview.postMessage({ type: "scrollToLine", line });
      },
      void 0,
      this.disposables
    );
  }
  services;
  opened;
  static panels = /* @__PURE__ */ new Map();
  panel;
  key;
  disposables = [];
  ready = false;
  timer;
  /** Where the Reader last sent the editor, and until when a move there is taken for that echo. */
  echo;
  /** What was last shown, for tests: the number of sections and exchanges. */
  lastRender;
  /** What went wrong last, if anything (the log has it too). */
  problem;
  /** Whether the page has said it is ready. */
  get pageReady() {
    return this.ready;
  }
  static show(services, extensionUri, document) {
    return reusePanel(_ReaderPanel.panels, document.uri.toString(), (reader) => reader.panel.reveal(void 0, true), () => new _ReaderPanel(services, extensionUri, document));
  }
  static of(uri) {
    return _ReaderPanel.panels.get(uri.toString());
  }
  shell(media) {
    return pageShell(this.panel.webview, media, "reader", { title: "Reader", body: '<div id="doc" aria-live="off"><p>Reading the transcript\u2026</p></div>' });
  }
  /**
   * The transcript as it is open now: VS Code makes a new document of it when its language changes
   * (the extension gives the corpus's files the transcript language), so it is looked up by URI.
   */
  get document() {
    return vscode15.workspace.textDocuments.find((d) => d.uri.toString() === this.key) ?? this.opened;
  }
  /** The editor showing this transcript, if one is visible. */
  editor() {
    return vscode15.window.visibleTextEditors.find((e2) => e2.document.uri.toString() === this.key);
  }
  async render() {
    if (this.document.isClosed) return;
    const transcript = await this.services.parsed.get(this.document);
    const html = transcriptHtml(transcript, await renderOptions(this.services));
    this.lastRender = { sections: transcript.sections.length, exchanges: transcript.sections.filter((s5) => s5.kind === "exchange").length, html };
    const line = this.editor()?.visibleRanges[0]?.start.line;
    await this.panel.webview.postMessage({ type: "render", html, line });
  }
  async receive(message) {
    switch (message.type) {
      case "ready":
        this.ready = true;
        await this.render();
        return;
      case "revealLine": {
        const editor = this.editor();
        if (!editor) return;
        this.echo = { line: message.line, until: Date.now() + 500 };
        editor.revealRange(new vscode15.Range(message.line, 0, message.line, 0), vscode15.TextEditorRevealType.AtTop);
        return;
      }
      case "reveal": {
        const editor = await vscode15.window.showTextDocument(this.document, { viewColumn: this.editor()?.viewColumn, preserveFocus: false });
        editor.selection = new vscode15.Selection(message.line, 0, message.line, 0);
        editor.revealRange(new vscode15.Range(message.line, 0, message.line, 0), vscode15.TextEditorRevealType.AtTop);
        return;
      }
      case "copy": {
        const transcript = await this.services.parsed.get(this.document);
        await vscode15.env.clipboard.writeText(quoteOfText(transcript, message.line, message.text));
        this.services.log.info("reader: copied a quote with its attribution");
        return;
      }
    }
  }
  dispose() {
    clearTimeout(this.timer);
    _ReaderPanel.panels.delete(this.key);
    for (const d of this.disposables) d.dispose();
  }
};
async function targetDocument(uri) {
  if (uri instanceof vscode15.Uri) return vscode15.workspace.openTextDocument(uri);
  return vscode15.window.activeTextEditor?.document;
}
function register10(context, services) {
  context.subscriptions.push(
    vscode15.commands.registerCommand(ReaderCommands.openReader, async (uri) => {
      const document = await targetDocument(uri);
      if (!document) return void vscode15.window.showInformationMessage("Open a transcript, then open the Reader beside it.");
      const reader = ReaderPanel.show(services, context.extensionUri, document);
      return reader;
    }),
    vscode15.commands.registerCommand(ReaderCommands.exportTranscript, async (args) => {
      const document = await targetDocument(args?.uri ? vscode15.Uri.parse(args.uri) : void 0);
      if (!document) return void vscode15.window.showInformationMessage("Open a transcript to export it.");
      const format3 = args?.format ?? (await vscode15.window.showQuickPick([{ label: "Markdown", description: "front matter, ## Q4 headings, **Speaker:** labels", id: "markdown" }, { label: "HTML", description: "a standalone page, to print or share", id: "html" }], { title: "Export Transcript" }))?.id;
      if (!format3) return void 0;
      const transcript = await services.parsed.get(document);
      const content = format3 === "markdown" ? transcriptMarkdown(transcript) : standaloneHtml(transcript, await renderOptions(services));
      const base = (document.uri.path.split("/").pop() ?? "transcript").replace(/\.[^.]+$/, "");
      const extension = format3 === "markdown" ? "md" : "html";
      const target = args?.out ? vscode15.Uri.parse(args.out) : await vscode15.window.showSaveDialog({ title: "Export Transcript", defaultUri: vscode15.Uri.joinPath(vscode15.workspace.workspaceFolders?.[0]?.uri ?? document.uri, `${base}.export.${extension}`), filters: format3 === "markdown" ? { Markdown: ["md"] } : { HTML: ["html"] } });
      if (!target) return void 0;
      if (target.toString() === document.uri.toString()) return void vscode15.window.showErrorMessage("Export Transcript writes a new file, never over the transcript itself; choose another name.");
      await vscode15.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      return target;
    })
  );
}

// src/extension/reading.ts
var vscode16 = __toESM(require("vscode"));

// src/core/tokenTypes.ts
var TOKEN_TYPES = ["transcriptSpeaker", "transcriptQuestion", "transcriptHeader", "transcriptNoise", "transcriptOrganisation"];

// src/extension/reading.ts
var PLAIN_LANGUAGES = /* @__PURE__ */ new Set(["plaintext", "markdown"]);
var TRANSCRIPT_LEGEND = new vscode16.SemanticTokensLegend([...TOKEN_TYPES], []);
var TranscriptTokensProvider = class {
  constructor(services) {
    this.services = services;
    services.glossary.onDidChange(() => this.changed.fire());
  }
  services;
  changed = new vscode16.EventEmitter();
  onDidChangeSemanticTokens = this.changed.event;
  async provideDocumentSemanticTokens(document, token) {
    const found = await this.services.index.tokens(document.getText(), document.fileName);
    if (token.isCancellationRequested) return void 0;
    const builder = new vscode16.SemanticTokensBuilder(TRANSCRIPT_LEGEND);
    for (const t2 of found) builder.push(t2.line, t2.start, t2.length, TOKEN_TYPES.indexOf(t2.type), 0);
    return builder.build();
  }
};
function register11(context, services) {
  const provider = new TranscriptTokensProvider(services);
  const adopt = (document) => {
    if (!vscode16.workspace.getConfiguration().get(Settings.transcriptLanguage, true)) return;
    if (!PLAIN_LANGUAGES.has(document.languageId) || document.isClosed) return;
    if (!services.corpus.isCorpusFile(document.uri)) return;
    void vscode16.languages.setTextDocumentLanguage(document, TRANSCRIPT_LANGUAGE).then(void 0, (error) => services.log.warn(`could not open ${document.uri.toString()} as a transcript: ${error.message}`));
  };
  context.subscriptions.push(
    vscode16.languages.registerDocumentSemanticTokensProvider({ language: TRANSCRIPT_LANGUAGE }, provider, TRANSCRIPT_LEGEND),
    vscode16.workspace.onDidOpenTextDocument(adopt)
  );
  for (const document of vscode16.workspace.textDocuments) adopt(document);
}

// src/extension/reveal.ts
var vscode17 = __toESM(require("vscode"));
async function revealLines(uri, start, end) {
  const document = await vscode17.workspace.openTextDocument(uri);
  const last = Math.min(Math.max(end, start), document.lineCount - 1);
  const range = new vscode17.Range(Math.min(start, last), 0, last, document.lineAt(last).text.length);
  const editor = await vscode17.window.showTextDocument(document, { preview: true, preserveFocus: false });
  editor.selection = new vscode17.Selection(range.start, range.end);
  editor.revealRange(range, vscode17.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
function register12(context) {
  context.subscriptions.push(
    vscode17.commands.registerCommand(
      Commands.revealRange,
      (uri, start, end) => revealLines(typeof uri === "string" ? vscode17.Uri.parse(uri) : uri, start, end)
    )
  );
}

// src/extension/searchService.ts
var CODE_FILTER = /(?:^|\s)#code:(?:"([^"]+)"|(\S+))/g;
var FILTERED_LIMIT = 5e3;
var SearchService = class {
  constructor(corpus, index, codings) {
    this.corpus = corpus;
    this.index = index;
    this.codings = codings;
  }
  corpus;
  index;
  codings;
  /** Where the index runs: a worker thread, or the extension host when none could start. */
  get mode() {
    return this.index.mode;
  }
  async search(query, options) {
    const filters = [...query.matchAll(CODE_FILTER)].map((m) => (m[1] ?? m[2]).trim());
    if (filters.length === 0 || !this.codings) return this.corpus.search(query, options);
    const rest = query.replace(CODE_FILTER, " ").trim();
    const spans = await this.codedLines(filters);
    const limit = options.limit ?? 20;
    if (rest) {
      const found = await this.corpus.search(rest, { ...options, limit: FILTERED_LIMIT });
      const results2 = found.results.filter((h) => spans.some((s5) => s5.file === h.file && h.line <= s5.endLine && s5.line <= h.endLine));
      return { query, total: results2.length, results: results2.slice(0, limit) };
    }
    const results = [];
    for (const s5 of spans) {
      const doc = await this.corpus.documentFor(s5.uri);
      const section = doc && sectionAt(doc.transcript, s5.line);
      const turn = section?.turns.find((t2) => t2.range.start <= s5.line && s5.line <= t2.range.end);
      results.push({
        file: s5.file,
        transcript: doc?.transcript.title ?? s5.uri.path.split("/").pop() ?? s5.file,
        place: doc?.transcript.place ?? null,
        date: doc?.transcript.date ?? null,
        section: section ? sectionLabel(section) : "",
        speaker: turn?.speaker ?? null,
        role: turn?.role ?? null,
        line: s5.line,
        endLine: s5.endLine,
        score: 1,
        snippet: s5.text.replace(/\s+/g, " ").slice(0, 200),
        matched: []
      });
    }
    return { query, total: results.length, results: results.slice(0, limit) };
  }
  /** The lines of the passages coded with any of the codes named (and the codes under them). */
  async codedLines(paths) {
    const store = this.codings;
    await store.ready();
    const wanted = /* @__PURE__ */ new Set();
    for (const { project } of store.projects()) {
      for (const path of paths) {
        const code = findCode(project.codes, path);
        if (code) for (const guid of codeAndDescendants(project.codes, code.guid)) wanted.add(guid);
      }
    }
    const lines = /* @__PURE__ */ new Map();
    const out = [];
    const placed = store.allCodings().filter((p) => wanted.has(p.coding.code) && !store.orphans.has(p.coding.guid));
    placed.sort((a2, b) => a2.uri.toString().localeCompare(b.uri.toString()) || a2.coding.start - b.coding.start);
    for (const { coding, uri } of placed) {
      const key = uri.toString();
      if (!lines.has(key)) {
        const text = await store.textOf(uri);
        lines.set(key, text === void 0 ? void 0 : lineStarts(text));
      }
      const starts = lines.get(key);
      if (!starts) continue;
      out.push({ uri, file: key, line: lineAt(starts, coding.start), endLine: lineAt(starts, Math.max(coding.start, coding.end - 1)), text: coding.text });
    }
    return out;
  }
};

// src/extension/study.ts
var vscode19 = __toESM(require("vscode"));

// src/core/search/store.ts
var encoder2 = new TextEncoder();
var decoder2 = new TextDecoder("utf-8", { fatal: false });
var TEXT_CHUNK = 64 * 1024;

// src/core/search/searchIndex.ts
function publisherOf(sourceUrl) {
  if (!sourceUrl) return void 0;
  try {
    return new URL(sourceUrl).hostname.replace(/^www\./, "") || void 0;
  } catch {
    return void 0;
  }
}

// src/core/study/corpusStudy.ts
var CONCORDANCE_SORTS = ["corpus", "left1", "left2", "left3", "right1", "right2", "right3", "date", "speaker", "transcript"];

// src/extension/studyPanel.ts
var vscode18 = __toESM(require("vscode"));
var TITLES = { concordance: "Concordance", trends: "Trends", collocates: "Collocates", keywords: "Keywords" };
var StudyPanel = class _StudyPanel {
  constructor(kind, extensionUri, handler2) {
    this.kind = kind;
    this.handler = handler2;
    const media = vscode18.Uri.joinPath(extensionUri, "dist", "webview");
    this.panel = vscode18.window.createWebviewPanel(`diplomaticStudy.${kind}`, TITLES[kind], { viewColumn: vscode18.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, localResourceRoots: [media] });
    this.panel.iconPath = vscode18.Uri.joinPath(extensionUri, "media", "icon.png");
    this.panel.webview.html = this.html(media);
    this.panel.onDidDispose(() => this.dispose(), void 0, this.disposables);
    this.panel.webview.onDidReceiveMessage((message) => void this.receive(message), void 0, this.disposables);
  }
  kind;
  handler;
  static panels = /* @__PURE__ */ new Map();
  disposables = [];
  ready = false;
  pending = [];
  static show(kind, extensionUri, handler2) {
    return reusePanel(_StudyPanel.panels, kind, (panel) => panel.panel.reveal(void 0, false), () => new _StudyPanel(kind, extensionUri, handler2));
  }
  panel;
  html(media) {
    return pageShell(this.panel.webview, media, "study", { title: TITLES[this.kind], body: '<main id="app" aria-live="polite"></main>', bodyAttributes: `data-kind="${this.kind}"`, extraCsp: [`img-src ${this.panel.webview.cspSource} data:`] });
  }
  /** Shows parameters in the page and runs the study with them; resolves to its result. */
  run(params) {
    this.post({ type: "busy" });
    return this.handler.run(this.kind, params).then((result) => {
      this.post({ type: "result", params, result });
      return result;
    }).catch((error) => {
      this.post({ type: "error", message: error.message });
      throw error;
    });
  }
  post(message) {
    if (!this.ready) {
      this.pending = [...this.pending.filter((m) => m.type !== message.type || message.type === "error"), message];
      return;
    }
    void this.panel.webview.postMessage(message);
  }
  async receive(message) {
    try {
      switch (message.type) {
        case "ready":
          this.ready = true;
          for (const m of this.pending) void this.panel.webview.postMessage(m);
          this.pending = [];
          return;
        case "run":
          await this.run(message.params).catch(() => void 0);
          return;
        case "open":
          await this.handler.open(message.file, message.line, message.character, message.length);
          return;
        case "export":
          await this.handler.save(this.kind, message.format, message.content);
          return;
        case "concordance":
          await vscode18.commands.executeCommand("diplomaticStudy.concordance", { query: message.query });
          return;
      }
    } catch (error) {
      void vscode18.window.showErrorMessage(`Diplomatic Study: ${error.message}`);
    }
  }
  dispose() {
    if (_StudyPanel.panels.get(this.kind) === this) _StudyPanel.panels.delete(this.kind);
    vscode18.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }
};

// src/extension/study.ts
var MAX_LINES = 2e5;
var str = (v) => typeof v === "string" && v.trim() !== "" ? v : void 0;
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : void 0;
function handler(services) {
  const corpus = services.corpus;
  return {
    async run(kind, p) {
      const stem = p.stem === true;
      switch (kind) {
        case "concordance": {
          const query = str(p.query);
          if (!query) throw new Error('Type a word, a "phrase" or an @entry to look for.');
          const sort = CONCORDANCE_SORTS.find((s5) => s5 === p.sort) ?? "corpus";
          return corpus.study({ type: "concordance", query, options: { stem, sort, width: num(p.width) ?? 60, limit: MAX_LINES, from: str(p.from), to: str(p.to), publisher: str(p.publisher) } });
        }
        case "trends": {
          const terms = (Array.isArray(p.terms) ? p.terms : typeof p.terms === "string" ? p.terms.split(",") : []).map((t2) => String(t2).trim()).filter(Boolean);
          if (!terms.length) throw new Error("Type one or more terms, separated by commas.");
          const by = p.by === "month" ? "month" : "year";
          const split = p.split === "speaker" || p.split === "publisher" ? p.split : void 0;
          return corpus.study({ type: "trends", terms, options: { stem, by, split } });
        }
        case "collocates": {
          const term = str(p.term);
          if (!term) throw new Error('Type a word or a "phrase" whose collocates to find.');
          return corpus.study({ type: "collocates", term, options: { stem, window: num(p.window) ?? 5, min: num(p.min) ?? 3, limit: 500 } });
        }
        case "keywords": {
          const by = ["speaker", "period", "folder", "publisher"].find((b) => b === p.by);
          const value = str(p.value);
          if (!by || !value) throw new Error("Choose the part of the corpus to compare with the rest.");
          const target = { by, value };
          return corpus.study({ type: "keywords", target, options: { stem, min: num(p.min) ?? 3, limit: 500 } });
        }
      }
    },
    async open(file, line, character, length) {
      const uri = vscode19.Uri.parse(file);
      const range = new vscode19.Range(line, character, line, character + length);
      await vscode19.window.showTextDocument(uri, { selection: range, viewColumn: vscode19.ViewColumn.One, preview: true });
    },
    async save(kind, format3, content) {
      const folder = vscode19.workspace.workspaceFolders?.[0]?.uri;
      const name = `${kind}.${format3}`;
      const target = await vscode19.window.showSaveDialog({ defaultUri: folder ? vscode19.Uri.joinPath(folder, name) : void 0, filters: { [format3.toUpperCase()]: [format3] }, saveLabel: "Export" });
      if (!target) return;
      const bytes = format3 === "png" ? Uint8Array.from(atob(content.replace(/^data:image\/png;base64,/, "")), (c2) => c2.charCodeAt(0)) : new TextEncoder().encode(content);
      await vscode19.workspace.fs.writeFile(target, bytes);
      void vscode19.window.showInformationMessage(`Diplomatic Study: exported ${vscode19.workspace.asRelativePath(target)}.`);
    }
  };
}
function selectedText() {
  const editor = vscode19.window.activeTextEditor;
  if (!editor) return void 0;
  const range = editor.selection.isEmpty ? editor.document.getWordRangeAtPosition(editor.selection.active) : editor.selection;
  const text = range ? editor.document.getText(range).replace(/\s+/g, " ").trim() : "";
  return text || void 0;
}
var asTerm = (text) => /\s/.test(text) && !/^".*"$/.test(text) ? `"${text}"` : text;
function register13(context, services) {
  const studies = handler(services);
  const open = (kind, params) => StudyPanel.show(kind, context.extensionUri, studies).run(params);
  const guarded = (work) => async () => {
    try {
      return await work();
    } catch (error) {
      void vscode19.window.showErrorMessage(`Diplomatic Study: ${error.message}`);
      return void 0;
    }
  };
  context.subscriptions.push(
    vscode19.commands.registerCommand(
      Commands.concordance,
      (args) => guarded(async () => {
        const query = str(args?.query) ?? await vscode19.window.showInputBox({ title: "Concordance", prompt: 'A word, a "phrase", a | b, !exclude, @entry (speaker: and role: filter)', value: selectedText() ? asTerm(selectedText()) : void 0 });
        if (!query) return void 0;
        return await open("concordance", { ...args, query });
      })()
    ),
    vscode19.commands.registerCommand(
      Commands.trends,
      (args) => guarded(async () => {
        let terms = Array.isArray(args?.terms) ? args.terms.map(String) : void 0;
        if (!terms?.length) {
          const typed = await vscode19.window.showInputBox({ title: "Trends", prompt: 'Terms separated by commas: words, "phrases" or @entries', value: selectedText() ? asTerm(selectedText()) : void 0 });
          terms = typed?.split(",").map((t2) => t2.trim()).filter(Boolean);
        }
        if (!terms?.length) return void 0;
        return open("trends", { ...args, terms });
      })()
    ),
    vscode19.commands.registerCommand(
      Commands.collocates,
      (args) => guarded(async () => {
        const term = str(args?.term) ?? await vscode19.window.showInputBox({ title: "Collocates", prompt: 'A word or a "phrase"', value: selectedText() ? asTerm(selectedText()) : void 0 });
        if (!term) return void 0;
        return open("collocates", { ...args, term });
      })()
    ),
    vscode19.commands.registerCommand(
      Commands.keywords,
      (args) => guarded(async () => {
        let params = args;
        if (!str(params?.by) || !str(params?.value)) {
          const by = await vscode19.window.showQuickPick(
            [
              { label: "A speaker", by: "speaker" },
              { label: "A year or month", by: "period" },
              { label: "A publisher", by: "publisher" },
              { label: "A folder", by: "folder" }
            ],
            { title: "Keywords of which part of the corpus, against the rest?" }
          );
          if (!by) return void 0;
          const value = await pickPart(services, by.by);
          if (!value) return void 0;
          params = { ...args, by: by.by, value };
        }
        return open("keywords", params);
      })()
    ),
    vscode19.commands.registerCommand(Commands.concordanceOfEntity, (node) => node?.entry ? vscode19.commands.executeCommand(Commands.concordance, { query: `@${node.entry.id}` }) : void 0),
    vscode19.commands.registerCommand(Commands.trendsOfEntity, (node) => node?.entry ? vscode19.commands.executeCommand(Commands.trends, { terms: [`@${node.entry.id}`] }) : void 0),
    vscode19.commands.registerCommand(Commands.concordanceOfSelection, () => {
      const text = selectedText();
      return text ? vscode19.commands.executeCommand(Commands.concordance, { query: asTerm(text) }) : void 0;
    }),
    vscode19.commands.registerCommand(Commands.trendsOfSelection, () => {
      const text = selectedText();
      return text ? vscode19.commands.executeCommand(Commands.trends, { terms: [asTerm(text)] }) : void 0;
    }),
    vscode19.commands.registerCommand(Commands.keywordsOfSpeaker, (node) => {
      const speaker = node && "turn" in node ? node.turn.speaker : node?.type === "section" ? node.section.speaker : null;
      if (!speaker) return vscode19.window.showInformationMessage("Diplomatic Study: this part has no named speaker.");
      return vscode19.commands.executeCommand(Commands.keywords, { by: "speaker", value: speaker });
    })
  );
}
async function pickPart(services, by) {
  const documents = await services.corpus.documents();
  const counts = /* @__PURE__ */ new Map();
  const add = (key) => key && counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const d of documents) {
    if (by === "speaker") for (const s5 of d.transcript.speakers) add(s5);
    else if (by === "period") add(d.transcript.date?.slice(0, 4));
    else if (by === "publisher") add(publisherOf(d.transcript.sourceUrl) ?? d.uri.path.split("/").slice(-2, -1)[0]);
    else add(vscode19.Uri.joinPath(d.uri, "..").toString());
  }
  const items = [...counts].sort((a2, b) => b[1] - a2[1] || (a2[0] < b[0] ? -1 : 1)).map(([value, n2]) => ({ label: by === "folder" ? vscode19.workspace.asRelativePath(vscode19.Uri.parse(value)) : value, description: `${n2} transcript${n2 === 1 ? "" : "s"}`, value }));
  const picked = await vscode19.window.showQuickPick(items, { title: "Compare with the rest of the corpus", matchOnDescription: false });
  return picked?.value;
}

// src/extension/symbols.ts
var vscode20 = __toESM(require("vscode"));
function transcriptSelector(extensionUri) {
  return [
    { language: TRANSCRIPT_LANGUAGE },
    { pattern: "**/transcripts/**/*.{txt,md,html,htm}" },
    { pattern: new vscode20.RelativePattern(vscode20.Uri.joinPath(extensionUri, "corpus"), "**/*.{txt,md}") }
  ];
}
var ParsedDocuments = class {
  constructor(index) {
    this.index = index;
  }
  index;
  cache = /* @__PURE__ */ new Map();
  get(document) {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.transcript;
    const transcript = this.index.parse(document.getText(), document.fileName);
    transcript.catch(() => this.cache.get(key)?.transcript === transcript && this.cache.delete(key));
    this.cache.set(key, { version: document.version, transcript });
    return transcript;
  }
  forget(document) {
    this.cache.delete(document.uri.toString());
  }
};
function lineRange(document, start, end) {
  const last = Math.min(end, document.lineCount - 1);
  return new vscode20.Range(start, 0, last, document.lineAt(last).text.length);
}
var TranscriptSymbolProvider = class {
  constructor(parsed2) {
    this.parsed = parsed2;
  }
  parsed;
  async provideDocumentSymbols(document) {
    return (await this.parsed.get(document)).sections.map((section) => {
      const range = lineRange(document, section.range.start, section.range.end);
      const symbol = new vscode20.DocumentSymbol(sectionLabel(section), section.speaker ?? "", section.kind === "exchange" ? vscode20.SymbolKind.Event : vscode20.SymbolKind.Namespace, range, lineRange(document, section.range.start, section.range.start));
      symbol.children = section.turns.map((turn) => {
        return new vscode20.DocumentSymbol(turnLabel(turn), turn.speaker ?? "", vscode20.SymbolKind.String, lineRange(document, turn.range.start, turn.range.end), lineRange(document, turn.range.start, turn.range.start));
      });
      return symbol;
    });
  }
  async provideFoldingRanges(document) {
    const ranges = [];
    for (const section of (await this.parsed.get(document)).sections) {
      if (section.range.end > section.range.start) ranges.push(new vscode20.FoldingRange(section.range.start, section.range.end, vscode20.FoldingRangeKind.Region));
      for (const turn of section.turns) {
        if (turn.range.end > turn.range.start && (turn.range.start !== section.range.start || turn.range.end !== section.range.end)) {
          ranges.push(new vscode20.FoldingRange(turn.range.start, turn.range.end));
        }
      }
    }
    return ranges;
  }
};
function register14(context, services) {
  const provider = new TranscriptSymbolProvider(services.parsed);
  const selector = transcriptSelector(context.extensionUri);
  context.subscriptions.push(
    vscode20.languages.registerDocumentSymbolProvider(selector, provider, { label: "Transcript sections" }),
    vscode20.languages.registerFoldingRangeProvider(selector, provider)
  );
  vscode20.workspace.onDidCloseTextDocument((document) => services.parsed.forget(document), void 0, context.subscriptions);
}

// src/extension/tree.ts
var vscode21 = __toESM(require("vscode"));
function linesText(start, end) {
  return start === end ? `line ${start + 1}` : `lines ${start + 1}\u2013${end + 1}`;
}
var TranscriptTreeProvider = class {
  constructor(services, activatedAt, sort) {
    this.services = services;
    this.activatedAt = activatedAt;
    this.sort = sort;
    this.firstRender$ = new Promise((resolve) => this.firstRender = resolve);
  }
  services;
  activatedAt;
  sort;
  changed = new vscode21.EventEmitter();
  onDidChangeTreeData = this.changed.event;
  roots;
  children = /* @__PURE__ */ new Map();
  parents = /* @__PURE__ */ new Map();
  firstRender;
  /** When the tree first had its transcripts to show, on the extension host's clock. */
  firstRender$;
  setSort(sort) {
    this.sort = sort;
    this.refresh();
  }
  refresh() {
    this.roots = void 0;
    this.children.clear();
    this.parents.clear();
    this.changed.fire(void 0);
  }
  getTreeItem(node) {
    const { doc } = node;
    const collapsed = vscode21.TreeItemCollapsibleState.Collapsed;
    const none = vscode21.TreeItemCollapsibleState.None;
    let item;
    switch (node.type) {
      case "transcript": {
        const t2 = doc.transcript;
        item = new vscode21.TreeItem(shortTitle(t2.title), vscode21.TreeItemCollapsibleState.Expanded);
        item.description = [t2.place, t2.date].filter(Boolean).join(" \xB7 ");
        item.iconPath = new vscode21.ThemeIcon("book");
        item.contextValue = "transcript";
        item.command = { command: Commands.revealRange, title: "Open", arguments: [doc.uri, 0, 0] };
        break;
      }
      case "section": {
        const s5 = node.section;
        item = new vscode21.TreeItem(sectionLabel(s5), collapsed);
        const voices = s5.kind === "opening" ? [...new Set(s5.turns.filter((t2) => t2.role === "remarks" && t2.speaker).map((t2) => t2.speaker))] : [];
        item.description = [voices.length > 1 ? voices.join(", ") : s5.speaker, s5.date].filter(Boolean).join(" \xB7 ") || void 0;
        item.iconPath = new vscode21.ThemeIcon(s5.kind === "exchange" ? "comment-discussion" : "megaphone");
        item.contextValue = s5.kind;
        const target = s5.kind === "exchange" ? (s5.turns.find((t2) => t2.role === "question") ?? s5.turns[0]).range : s5.range;
        item.command = { command: Commands.revealRange, title: "Open", arguments: [doc.uri, target.start, target.end] };
        break;
      }
      case "turn": {
        const t2 = node.turn;
        item = new vscode21.TreeItem(turnLabel(t2), t2.paragraphs.length > 1 ? collapsed : none);
        item.description = t2.speaker ?? void 0;
        item.iconPath = new vscode21.ThemeIcon(t2.role === "question" ? "question" : "comment");
        item.contextValue = "turn";
        item.command = { command: Commands.revealRange, title: "Open", arguments: [doc.uri, t2.range.start, t2.range.end] };
        break;
      }
      case "paragraph": {
        const p = node.paragraph;
        item = new vscode21.TreeItem(shorten(firstSentence(p.text), 70), none);
        item.contextValue = "paragraph";
        item.command = { command: Commands.revealRange, title: "Open", arguments: [doc.uri, p.range.start, p.range.end] };
        break;
      }
    }
    item.id = nodeId(node);
    return item;
  }
  async resolveTreeItem(item, node) {
    item.tooltip = await this.tooltip(node);
    return item;
  }
  async getChildren(node) {
    if (!node) {
      this.roots ??= this.loadRoots();
      return this.roots;
    }
    let list = this.children.get(node);
    if (!list) {
      list = childrenOf(node);
      this.children.set(node, list);
      for (const child of list) this.parents.set(child, node);
    }
    return list;
  }
  getParent(node) {
    return this.parents.get(node);
  }
  /** The section node of a document's line, children made on the way so that `reveal` can walk up. */
  async sectionNodeAt(uri, line) {
    const root = (await this.getChildren()).find((n2) => n2.doc.uri.toString() === uri.toString());
    const section = root && sectionAt(root.doc.transcript, line);
    if (!root || !section) return void 0;
    return (await this.getChildren(root)).find((n2) => n2.type === "section" && n2.section === section);
  }
  async loadRoots() {
    const requestedAt = performance.now();
    const documents = await this.services.corpus.documents();
    const roots = documents.map((doc) => ({ type: "transcript", doc }));
    roots.sort(
      (a2, b) => this.sort === "date" ? (b.doc.transcript.date ?? "").localeCompare(a2.doc.transcript.date ?? "") || a2.doc.transcript.title.localeCompare(b.doc.transcript.title) : shortTitle(a2.doc.transcript.title).localeCompare(shortTitle(b.doc.transcript.title))
    );
    void vscode21.commands.executeCommand("setContext", ContextKeys.transcriptCount, roots.length);
    if (this.firstRender) {
      const now = performance.now();
      const timing = { sinceActivationMs: now - this.activatedAt, sinceRequestMs: now - requestedAt, requestedAfterMs: requestedAt - this.activatedAt };
      this.services.log.info(
        `transcripts view: first render ${timing.sinceActivationMs.toFixed(1)} ms after activation; VS Code asked for it ${timing.requestedAfterMs.toFixed(1)} ms after activation and it took ${timing.sinceRequestMs.toFixed(1)} ms (${roots.length} transcripts)`
      );
      this.firstRender(timing);
      this.firstRender = void 0;
    }
    return roots;
  }
  async tooltip(node) {
    const { glossary } = await this.services.glossary.ready();
    const range = node.type === "transcript" ? null : node.type === "section" ? node.section.range : node.type === "turn" ? node.turn.range : node.paragraph.range;
    const md = new vscode21.MarkdownString();
    if (node.type === "transcript") {
      const t2 = node.doc.transcript;
      md.appendMarkdown("**").appendText(t2.title).appendMarkdown("**\n\n");
      md.appendText([t2.place, t2.date].filter(Boolean).join(" \xB7 ") || "Place and date unknown").appendMarkdown("\n\n");
      md.appendText(`${t2.sections.filter((s5) => s5.kind === "exchange").length} questions \xB7 speakers: ${t2.speakers.join(", ") || "none named"}`);
      return md;
    }
    const label = node.type === "section" ? sectionLabel(node.section) : node.type === "turn" ? node.turn.paragraphs[0].text : node.paragraph.text;
    const speaker = node.type === "section" ? node.section.speaker : node.turn.speaker;
    md.appendMarkdown("**").appendText(shorten(label, 300)).appendMarkdown("**\n\n");
    md.appendText(`${speaker ?? "Speaker not named"} \xB7 ${linesText(range.start, range.end)}`);
    const names = /* @__PURE__ */ new Set();
    for (const m of node.doc.mentions) if (m.line >= range.start && m.line <= range.end) names.add(glossary.get(m.entryId)?.name ?? m.entryId);
    if (names.size) md.appendMarkdown("\n\n").appendText(`Mentions: ${[...names].join(", ")}`);
    return md;
  }
  dispose() {
    this.changed.dispose();
  }
};
function nodeId(node) {
  const base = node.doc.uri.toString();
  switch (node.type) {
    case "transcript":
      return base;
    case "section":
      return `${base}#${node.section.kind}-${node.section.number}`;
    case "turn":
      return `${base}#${node.section.kind}-${node.section.number}@${node.turn.range.start}`;
    case "paragraph":
      return `${base}#p${node.paragraph.range.start}`;
  }
}
function childrenOf(node) {
  const { doc } = node;
  switch (node.type) {
    case "transcript":
      return doc.transcript.sections.map((section) => ({ type: "section", doc, section }));
    case "section":
      if (node.section.kind === "opening") {
        return node.section.turns.flatMap((turn) => turn.paragraphs.map((paragraph) => ({ type: "paragraph", doc, section: node.section, turn, paragraph, parentIsTurn: false })));
      }
      return node.section.turns.map((turn) => ({ type: "turn", doc, section: node.section, turn }));
    case "turn":
      return node.turn.paragraphs.length > 1 ? node.turn.paragraphs.map((paragraph) => ({ type: "paragraph", doc, section: node.section, turn: node.turn, paragraph, parentIsTurn: true })) : [];
    case "paragraph":
      return [];
  }
}
function register15(context, services, activatedAt) {
  const sort = context.workspaceState.get("transcriptSort", "date");
  const provider = new TranscriptTreeProvider(services, activatedAt, sort);
  const view = vscode21.window.createTreeView(Views.transcripts, { treeDataProvider: provider, showCollapseAll: true });
  const setSort = (next) => {
    void context.workspaceState.update("transcriptSort", next);
    void vscode21.commands.executeCommand("setContext", ContextKeys.transcriptSort, next);
    provider.setSort(next);
  };
  void vscode21.commands.executeCommand("setContext", ContextKeys.transcriptSort, sort);
  context.subscriptions.push(
    provider,
    view,
    vscode21.commands.registerCommand(Commands.refresh, () => services.corpus.refresh()),
    vscode21.commands.registerCommand(Commands.stopIndexing, () => services.corpus.stopLoading()),
    vscode21.commands.registerCommand(Commands.sortByDate, () => setSort("date")),
    vscode21.commands.registerCommand(Commands.sortByTitle, () => setSort("title"))
  );
  services.corpus.onDidChange(() => provider.refresh(), void 0, context.subscriptions);
  followCursor(context, services, provider, view);
  return { provider, view };
}
function followCursor(context, services, provider, view) {
  let timer;
  const follow = async (editor) => {
    if (!services.config.followCursor || !view.visible) return;
    const line = editor.selection.active.line;
    const selected = view.selection[0];
    if (selected && selected.doc.uri.toString() === editor.document.uri.toString() && selected.type !== "transcript") {
      const r4 = selected.type === "section" ? selected.section.range : selected.type === "turn" ? selected.turn.range : selected.paragraph.range;
      if (r4.start <= line && line <= r4.end) return;
    }
    const node = await provider.sectionNodeAt(editor.document.uri, line);
    if (node) await view.reveal(node, { select: true, focus: false, expand: false });
  };
  vscode21.window.onDidChangeTextEditorSelection(
    (event) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void follow(event.textEditor).catch((e2) => services.log.warn(`follow cursor: ${e2.message}`)), 100);
    },
    void 0,
    context.subscriptions
  );
  context.subscriptions.push({ dispose: () => timer && clearTimeout(timer) });
}

// src/extension/activate.ts
function activateWith(context, host, browser) {
  const activatedAt = performance.now();
  const log = createLog();
  context.subscriptions.push(log);
  try {
    const config = new Config();
    const index = new IndexClient(host, log);
    const glossary = new GlossaryService(context.extensionUri, config, log, (text) => index.language(text));
    const corpus = new CorpusService(context.extensionUri, config, glossary, index, log, context.storageUri ?? context.globalStorageUri);
    const codings = new CodingStore(context.extensionUri, log);
    const services = { log, config, glossary, corpus, index, browser, codings, search: new SearchService(corpus, index, codings), parsed: new ParsedDocuments(index) };
    context.subscriptions.push(
      glossary,
      corpus,
      index,
      vscode22.commands.registerCommand(Commands.showLog, () => log.show()),
      vscode22.commands.registerCommand(Commands.openBundledTranscript, async () => {
        const bundled = (await services.corpus.documents()).filter((d) => d.bundled).sort((a2, b) => (b.transcript.date ?? "").localeCompare(a2.transcript.date ?? "") || a2.uri.path.localeCompare(b.uri.path));
        if (bundled[0]) await vscode22.window.showTextDocument(bundled[0].uri);
      })
    );
    register12(context);
    const { provider: transcripts, view: transcriptsView } = register15(context, services, activatedAt);
    const entities = register4(context, services);
    register14(context, services);
    register11(context, services);
    register10(context, services);
    register5(context, services);
    register2(context, services);
    const searchUi = register8(context, services);
    register3(context, services);
    register9(context, services);
    register6(context, services);
    register13(context, services);
    const { codes, view: codesView } = register(context, services, codings);
    log.info(`Diplomatic Study activated in ${(performance.now() - activatedAt).toFixed(1)} ms (${browser ? "browser build, in a web worker" : "Node build"}; index in a ${host.workerName})`);
    setTimeout(() => void corpus.documents(), 0);
    return { services, transcripts, transcriptsView, entities, searchUi, codes, codesView, indexMode: () => index.mode };
  } catch (error) {
    log.error(`activation failed: ${error.stack ?? String(error)}`);
    void vscode22.window.showErrorMessage("Diplomatic Study could not start.", "Show Log").then((choice) => choice && log.show());
    return void 0;
  }
}

// src/web/webIndexHost.ts
var vscode23 = __toESM(require("vscode"));
async function workerScriptUrl(extensionUri) {
  const script = vscode23.Uri.joinPath(extensionUri, "dist", "web", "indexWorker.js");
  return URL.createObjectURL(new Blob([await readExtensionFile(script)], { type: "text/javascript" }));
}
function webIndexHost(extensionUri) {
  let scriptUrl;
  const script = () => scriptUrl ??= workerScriptUrl(extensionUri);
  return {
    workerName: "Web Worker",
    readsDisk: false,
    startWorker() {
      const WorkerClass = globalThis.Worker;
      if (!WorkerClass) throw new Error("this browser has no Web Workers here");
      let worker;
      let stopped = false;
      const queue = [];
      const messageListeners = [];
      const errorListeners = [];
      const exitListeners = [];
      let answered = false;
      const exit = (code) => {
        if (stopped) return;
        stopped = true;
        worker?.terminate();
        for (const listener of exitListeners) listener(code);
      };
      script().then(
        (url) => {
          if (stopped) return;
          worker = new WorkerClass(url, { name: "Diplomatic Study index" });
          worker.addEventListener("message", (event) => {
            answered = true;
            for (const listener of messageListeners) listener(event.data);
          });
          worker.addEventListener("error", (event) => {
            event.preventDefault();
            for (const listener of errorListeners) listener(new Error(event.message || "the index worker failed"));
            if (!answered) exit(1);
          });
          for (const [message, transfer] of queue.splice(0)) worker.postMessage(message, transfer);
        },
        (error) => {
          for (const listener of errorListeners) listener(new Error(`its script could not be read: ${error.message}`));
          exit(1);
        }
      );
      return {
        postMessage: (message, transfer) => worker ? worker.postMessage(message, transfer) : queue.push([message, transfer]),
        onMessage: (listener) => messageListeners.push(listener),
        onError: (listener) => errorListeners.push(listener),
        onExit: (listener) => exitListeners.push(listener),
        terminate: () => {
          stopped = true;
          worker?.terminate();
        }
      };
    },
    loadLocal() {
      const corpus = script().then((url) => {
        const scope = globalThis;
        scope.diplomaticStudyInProcess = true;
        scope.importScripts(url);
        const LocalCorpusClass = scope.diplomaticStudyLocalCorpus;
        if (!LocalCorpusClass) throw new Error("the index script did not load");
        return new LocalCorpusClass();
      });
      return { answer: async (request) => (await corpus).answer(request) };
    }
  };
}

// src/web/extension.ts
function activate(context) {
  return activateWith(context, webIndexHost(context.extensionUri), true);
}
function deactivate() {
}
//# sourceMappingURL=extension.js.map
