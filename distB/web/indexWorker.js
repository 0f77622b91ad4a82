"use strict";
(() => {
  // src/core/build.ts
  var BUILD = true ? "18912a462d6ece3f" : "dev";

  // src/core/search/store.ts
  var encoder = new TextEncoder();
  var decoder = new TextDecoder("utf-8", { fatal: false });
  var StringTexts = class {
    constructor(items) {
      this.items = items;
    }
    items;
    get length() {
      return this.items.length;
    }
    get(index) {
      return this.items[index];
    }
  };
  var BlobTexts = class {
    constructor(blob, offsets) {
      this.blob = blob;
      this.offsets = offsets;
    }
    blob;
    offsets;
    get length() {
      return this.offsets.length - 1;
    }
    get(index) {
      return decoder.decode(this.blob.subarray(this.offsets[index], this.offsets[index + 1]));
    }
    raw(index) {
      return this.blob.subarray(this.offsets[index], this.offsets[index + 1]);
    }
  };
  var TEXT_CHUNK = 64 * 1024;
  function chunkSums(blob) {
    const sums = new Int32Array(Math.ceil(blob.byteLength / TEXT_CHUNK));
    for (let c2 = 0; c2 < sums.length; c2++) sums[c2] = checksum(blob.subarray(c2 * TEXT_CHUNK, (c2 + 1) * TEXT_CHUNK)) | 0;
    return sums;
  }
  var ChunkedTexts = class {
    constructor(offsets, sums, size, read) {
      this.offsets = offsets;
      this.sums = sums;
      this.size = size;
      this.read = read;
      this.checked = new Uint8Array(sums.length);
    }
    offsets;
    sums;
    size;
    read;
    checked;
    lastChunk = -1;
    lastBytes;
    get length() {
      return this.offsets.length - 1;
    }
    get(index) {
      return decoder.decode(this.raw(index));
    }
    raw(index) {
      const start = this.offsets[index];
      const end = this.offsets[index + 1];
      const first = Math.floor(start / TEXT_CHUNK);
      const last = Math.floor(Math.max(start, end - 1) / TEXT_CHUNK);
      if (first === last) return this.chunk(first).subarray(start - first * TEXT_CHUNK, end - first * TEXT_CHUNK);
      const out = new Uint8Array(end - start);
      for (let c2 = first; c2 <= last; c2++) {
        const bytes = this.chunk(c2);
        const from = Math.max(start, c2 * TEXT_CHUNK);
        const to = Math.min(end, (c2 + 1) * TEXT_CHUNK);
        out.set(bytes.subarray(from - c2 * TEXT_CHUNK, to - c2 * TEXT_CHUNK), from - start);
      }
      return out;
    }
    chunk(c2) {
      if (c2 === this.lastChunk && this.lastBytes) return this.lastBytes;
      const bytes = this.read(c2 * TEXT_CHUNK, Math.min(this.size, (c2 + 1) * TEXT_CHUNK));
      if (!this.checked[c2]) {
        if (bytes.byteLength !== Math.min(this.size, (c2 + 1) * TEXT_CHUNK) - c2 * TEXT_CHUNK || (checksum(bytes) | 0) !== this.sums[c2]) throw new CorruptDataError(`the cached texts do not match their checksum (chunk ${c2})`);
        this.checked[c2] = 1;
      }
      this.lastChunk = c2;
      this.lastBytes = bytes;
      return bytes;
    }
  };
  var ConcatTexts = class {
    constructor(parts) {
      this.parts = parts;
      let at = 0;
      for (const p of parts) {
        this.starts.push(at);
        at += p.length;
      }
      this.length = at;
    }
    parts;
    starts = [];
    length;
    get(index) {
      const [part, at] = this.locate(index);
      return part.get(at);
    }
    raw(index) {
      const [part, at] = this.locate(index);
      return part.raw?.(at);
    }
    locate(index) {
      let lo = 0;
      let hi = this.parts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (this.starts[mid] <= index) lo = mid;
        else hi = mid - 1;
      }
      return [this.parts[lo], index - this.starts[lo]];
    }
  };
  var SelectedTexts = class {
    constructor(base, indices) {
      this.base = base;
      this.indices = indices;
    }
    base;
    indices;
    get length() {
      return this.indices.length;
    }
    get(index) {
      return this.base.get(this.indices[index]);
    }
    raw(index) {
      return this.base.raw?.(this.indices[index]);
    }
  };
  function concatTexts(parts) {
    const flat = [];
    for (const p of parts) {
      if (p.length === 0) continue;
      if (p instanceof ConcatTexts) flat.push(...p.parts);
      else flat.push(p);
    }
    return flat.length === 1 ? flat[0] : new ConcatTexts(flat);
  }
  var BinaryWriter = class {
    chunks = [];
    size = 0;
    push(bytes) {
      this.chunks.push(bytes);
      this.size += bytes.byteLength;
      const pad = (4 - this.size % 4) % 4;
      if (pad) {
        this.chunks.push(new Uint8Array(pad));
        this.size += pad;
      }
    }
    uint32(value) {
      const b = new Uint8Array(4);
      new DataView(b.buffer).setUint32(0, value, true);
      this.push(b);
    }
    bytes(value) {
      this.uint32(value.byteLength);
      this.push(value);
    }
    int32s(value) {
      this.uint32(value.length);
      this.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    }
    text(value) {
      this.bytes(encoder.encode(value));
    }
    json(value) {
      this.text(JSON.stringify(value));
    }
    /** Texts as a UTF-8 blob and offsets; texts already held as bytes are copied, not decoded. */
    texts(store) {
      const offsets = new Int32Array(store.length + 1);
      let blob = new Uint8Array(1 << 16);
      let at = 0;
      const room = (bytes) => {
        if (at + bytes <= blob.length) return;
        const grown = new Uint8Array(Math.max(blob.length * 2, at + bytes));
        grown.set(blob.subarray(0, at));
        blob = grown;
      };
      for (let i3 = 0; i3 < store.length; i3++) {
        const raw = store.raw?.(i3);
        if (raw) {
          room(raw.byteLength);
          blob.set(raw, at);
          at += raw.byteLength;
        } else {
          const text = store.get(i3);
          room(text.length * 3);
          at += encoder.encodeInto(text, blob.subarray(at)).written;
        }
        offsets[i3 + 1] = at;
      }
      this.int32s(offsets);
      this.bytes(blob.subarray(0, at));
    }
    finish() {
      const out = new Uint8Array(this.size);
      let at = 0;
      for (const c2 of this.chunks) {
        out.set(c2, at);
        at += c2.byteLength;
      }
      return out;
    }
  };
  var CorruptDataError = class extends Error {
  };
  var BinaryReader = class {
    constructor(data) {
      this.data = data;
      this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    }
    data;
    at = 0;
    view;
    take(length) {
      if (length < 0 || this.at + length > this.data.byteLength) throw new CorruptDataError(`the data ends before a part of ${length} bytes at ${this.at}`);
      const out = this.data.subarray(this.at, this.at + length);
      this.at += length + (4 - length % 4) % 4;
      return out;
    }
    uint32() {
      if (this.at + 4 > this.data.byteLength) throw new CorruptDataError("the data ends early");
      const value = this.view.getUint32(this.at, true);
      this.at += 4;
      return value;
    }
    bytes() {
      return this.take(this.uint32());
    }
    int32s() {
      const length = this.uint32();
      const bytes = this.take(length * 4);
      if (bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, length);
      return new Int32Array(bytes.slice().buffer);
    }
    text() {
      return decoder.decode(this.bytes());
    }
    json() {
      try {
        return JSON.parse(this.text());
      } catch (error) {
        throw new CorruptDataError(`a part is not JSON (${error.message})`);
      }
    }
    texts() {
      const offsets = this.int32s();
      const blob = this.bytes();
      if (offsets.length === 0 || offsets[0] !== 0 || offsets[offsets.length - 1] !== blob.byteLength) throw new CorruptDataError("text offsets do not fit their texts");
      for (let i3 = 1; i3 < offsets.length; i3++) if (offsets[i3] < offsets[i3 - 1]) throw new CorruptDataError("text offsets go backwards");
      return new BlobTexts(blob, offsets);
    }
    get offset() {
      return this.at;
    }
  };
  function checksum(data) {
    let a2 = 1;
    let b = 0;
    const words2 = data.byteLength >> 2;
    const aligned = data.byteOffset % 4 === 0 ? new Int32Array(data.buffer, data.byteOffset, words2) : new Int32Array(data.slice(0, words2 * 4).buffer);
    for (let i3 = 0; i3 < words2; i3++) {
      a2 = a2 + aligned[i3] + i3 | 0;
      a2 ^= a2 >>> 15;
      b = b + a2 | 0;
    }
    for (let i3 = words2 * 4; i3 < data.byteLength; i3++) {
      a2 = a2 + data[i3] * 131 | 0;
      b = b + a2 | 0;
    }
    return (b ^ Math.imul(a2, 2654435761)) >>> 0;
  }

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
  var PATTERN_LENGTH_TOO_LARGE = (max2) => `Pattern length exceeds max of ${max2}.`;
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
          for (let i3 = 0, len = value.length; i3 < len; i3 += 1) deepGet(value[i3], path2, index + 1, i3);
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
  var Config = Object.freeze({
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
        for (let i3 = 0; i3 < value.length; i3++) if (!isWordSeparator(value.charCodeAt(i3))) {
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
    constructor({ getFn = Config.getFn, fieldNormWeight = Config.fieldNormWeight } = {}) {
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
      if (isString(this.docs[0])) for (let i3 = 0; i3 < len; i3++) {
        const record = this._createStringRecord(this.docs[i3], i3);
        if (record) this.records[recordCount++] = record;
      }
      else for (let i3 = 0; i3 < len; i3++) this.records[recordCount++] = this._createObjectRecord(this.docs[i3], i3);
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
      for (let i3 = 0, len = this.records.length; i3 < len; i3 += 1) if (this.records[i3].i === idx) {
        this.records.splice(i3, 1);
        break;
      }
      for (let i3 = 0, len = this.records.length; i3 < len; i3 += 1) if (this.records[i3].i > idx) this.records[i3].i -= 1;
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
          for (let i3 = 0, len = value.length; i3 < len; i3 += 1) {
            const item = value[i3];
            if (!isDefined(item)) continue;
            if (isString(item)) {
              if (!isBlank(item)) {
                const subRecord = {
                  v: item,
                  i: i3,
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
  function createIndex(keys, docs, { getFn = Config.getFn, fieldNormWeight = Config.fieldNormWeight } = {}) {
    const myIndex = new FuseIndex({
      getFn,
      fieldNormWeight
    });
    myIndex.setKeys(keys.map(createKey));
    myIndex.setSources(docs);
    myIndex.create();
    return myIndex;
  }
  function parseIndex(data, { getFn = Config.getFn, fieldNormWeight = Config.fieldNormWeight } = {}) {
    const { keys, records } = data;
    const myIndex = new FuseIndex({
      getFn,
      fieldNormWeight
    });
    myIndex.setKeys(keys);
    myIndex.setIndexRecords(records);
    return myIndex;
  }
  function convertMaskToIndices(matchmask = [], minMatchCharLength = Config.minMatchCharLength) {
    const indices = [];
    let start = -1;
    let end = -1;
    let i3 = 0;
    for (let len = matchmask.length; i3 < len; i3 += 1) {
      const match = matchmask[i3];
      if (match && start === -1) start = i3;
      else if (!match && start !== -1) {
        end = i3 - 1;
        if (end - start + 1 >= minMatchCharLength) indices.push([start, end]);
        start = -1;
      }
    }
    if (matchmask[i3 - 1] && i3 - start >= minMatchCharLength) indices.push([start, i3 - 1]);
    return indices;
  }
  function search(text, pattern, patternAlphabet, { location = Config.location, distance = Config.distance, threshold = Config.threshold, findAllMatches = Config.findAllMatches, minMatchCharLength = Config.minMatchCharLength, includeMatches = Config.includeMatches, ignoreLocation = Config.ignoreLocation } = {}) {
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
        let i3 = 0;
        while (i3 < patternLen) {
          matchMask[index + i3] = 1;
          i3 += 1;
        }
      }
    }
    bestLocation = -1;
    let lastBitArr = [];
    let finalScore = 1;
    let bestErrors = 0;
    let binMax = patternLen + textLen;
    const mask = 1 << patternLen - 1;
    for (let i3 = 0; i3 < patternLen; i3 += 1) {
      let binMin = 0;
      let binMid = binMax;
      while (binMin < binMid) {
        if (calcScore(i3, expectedLocation + binMid) <= currentThreshold) binMin = binMid;
        else binMax = binMid;
        binMid = Math.floor((binMax - binMin) / 2 + binMin);
      }
      binMax = binMid;
      let start = Math.max(1, expectedLocation - binMid + 1);
      const finish = findAllMatches ? textLen : Math.min(expectedLocation + binMid, textLen) + patternLen;
      const bitArr = Array(finish + 2);
      bitArr[finish + 1] = (1 << i3) - 1;
      for (let j = finish; j >= start; j -= 1) {
        const currentLocation = j - 1;
        const charMatch = patternAlphabet[text[currentLocation]];
        bitArr[j] = (bitArr[j + 1] << 1 | 1) & charMatch;
        if (i3) bitArr[j] |= (lastBitArr[j + 1] | lastBitArr[j]) << 1 | 1 | lastBitArr[j + 1];
        if (bitArr[j] & mask) {
          finalScore = calcScore(i3, currentLocation);
          if (finalScore <= currentThreshold) {
            currentThreshold = finalScore;
            bestLocation = currentLocation;
            bestErrors = i3;
            if (bestLocation <= expectedLocation) break;
            start = Math.max(1, 2 * expectedLocation - bestLocation);
          }
        }
      }
      if (calcScore(i3 + 1, expectedLocation) > currentThreshold) break;
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
    for (let i3 = 0, len = pattern.length; i3 < len; i3 += 1) {
      const char = pattern.charAt(i3);
      mask[char] = (mask[char] || 0) | 1 << len - i3 - 1;
    }
    return mask;
  }
  function mergeIndices(indices) {
    if (indices.length <= 1) return indices;
    indices.sort((a2, b) => a2[0] - b[0] || a2[1] - b[1]);
    const merged = [indices[0]];
    for (let i3 = 1, len = indices.length; i3 < len; i3 += 1) {
      const last = merged[merged.length - 1];
      const curr = indices[i3];
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
    constructor(pattern, { location = Config.location, threshold = Config.threshold, distance = Config.distance, includeMatches = Config.includeMatches, findAllMatches = Config.findAllMatches, minMatchCharLength = Config.minMatchCharLength, isCaseSensitive = Config.isCaseSensitive, ignoreDiacritics = Config.ignoreDiacritics, ignoreLocation = Config.ignoreLocation } = {}) {
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
        let i3 = 0;
        const remainder = len % 32;
        const end = len - remainder;
        while (i3 < end) {
          addChunk(this.pattern.substr(i3, 32), i3);
          i3 += 32;
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
  function register(...args) {
    registeredSearchers.push(...args);
  }
  function createSearcher(pattern, options) {
    for (let i3 = 0, len = registeredSearchers.length; i3 < len; i3 += 1) {
      const searcherClass = registeredSearchers[i3];
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
  function parse(query, options, { auto = true } = {}) {
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
  function computeScoreSingle(matches, { ignoreFieldNorm = Config.ignoreFieldNorm }) {
    let totalScore = 1;
    matches.forEach(({ key, norm: norm2, score }) => {
      const weight = key ? key.weight : null;
      totalScore *= Math.pow(score === 0 && weight ? Number.EPSILON : score, (weight || 1) * (ignoreFieldNorm ? 1 : norm2));
    });
    return totalScore;
  }
  function computeScore(results, { ignoreFieldNorm = Config.ignoreFieldNorm }) {
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
    _bubbleUp(i3) {
      const heap = this.heap;
      while (i3 > 0) {
        const parent = i3 - 1 >> 1;
        if (this.comparator(heap[i3], heap[parent]) <= 0) break;
        const tmp = heap[i3];
        heap[i3] = heap[parent];
        heap[parent] = tmp;
        i3 = parent;
      }
    }
    _sinkDown(i3) {
      const heap = this.heap;
      const len = heap.length;
      let largest = i3;
      do {
        i3 = largest;
        const left = 2 * i3 + 1;
        const right = 2 * i3 + 2;
        if (left < len && this.comparator(heap[left], heap[largest]) > 0) largest = left;
        if (right < len && this.comparator(heap[right], heap[largest]) > 0) largest = right;
        if (largest !== i3) {
          const tmp = heap[i3];
          heap[i3] = heap[largest];
          heap[largest] = tmp;
        }
      } while (largest !== i3);
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
  function format(results, docs, { includeMatches = Config.includeMatches, includeScore = Config.includeScore } = {}) {
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
        ...Config,
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
      for (let i3 = 0, len = this._docs.length; i3 < len; i3 += 1) if (predicate(this._docs[i3], i3)) {
        results.push(this._docs[i3]);
        indicesToRemove.push(i3);
      }
      if (indicesToRemove.length) {
        if (this._invertedIndex) removeAndShiftInvertedIndex(this._invertedIndex, indicesToRemove);
        const toRemove = new Set(indicesToRemove);
        this._docs = this._docs.filter((_, i3) => !toRemove.has(i3));
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
      return format(results, this._docs, {
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
        for (let i3 = 0; i3 < matches.length; i3++) coverage2 |= matches[i3].matchedMask || 0;
        return coverage2 === 2 ** termCount - 1;
      }
      const coverage = /* @__PURE__ */ new Set();
      for (let i3 = 0; i3 < matches.length; i3++) {
        const terms = matches[i3].matchedTerms;
        if (terms) for (const t2 of terms) coverage.add(t2);
      }
      return coverage.size === termCount;
    }
  };
  Fuse.version = "7.5.0";
  Fuse.createIndex = createIndex;
  Fuse.parseIndex = parseIndex;
  Fuse.config = Config;
  Fuse.match = function(pattern, text, options) {
    if (options && options.useTokenSearch) throw new Error(FUSE_MATCH_TOKEN_SEARCH_UNSUPPORTED);
    return createSearcher(pattern, {
      ...Config,
      ...options
    }).searchIn(text);
  };
  Fuse.parseQuery = parse;
  Fuse.use = function(...plugins) {
    plugins.forEach((plugin) => register(plugin));
  };
  var entry_default = Fuse;

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
    let u, x2, g, $, p, r4;
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
      u = t2?.[1], x2 = t2?.[2], g = new RegExp(a), u && g.test(u) && (l2 = u + e[x2]);
    }
    if ((g = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/).test(l2)) {
      let e2 = g.exec(l2);
      u = e2?.[1], x2 = e2?.[2], g = new RegExp(a), u && g.test(u) && (l2 = u + t[x2]);
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
      var i3 = this.j.charCodeAt(this.cursor);
      return !(i3 > e2) && !(i3 < s5) && 0 != (r4[(i3 -= s5) >>> 3] & 1 << (7 & i3)) && (this.cursor++, true);
    }, this.n = function(r4, s5, e2) {
      if (this.cursor <= this.f) return false;
      var i3 = this.j.charCodeAt(this.cursor - 1);
      return !(i3 > e2) && !(i3 < s5) && 0 != (r4[(i3 -= s5) >>> 3] & 1 << (7 & i3)) && (this.cursor--, true);
    }, this.k = function(r4, s5, e2) {
      if (this.cursor >= this.a) return false;
      var i3 = this.j.charCodeAt(this.cursor);
      return i3 > e2 || i3 < s5 ? (this.cursor++, true) : 0 == (r4[(i3 -= s5) >>> 3] & 1 << (7 & i3)) && (this.cursor++, true);
    }, this.q = function(r4, s5, e2) {
      if (this.cursor <= this.f) return false;
      var i3 = this.j.charCodeAt(this.cursor - 1);
      return i3 > e2 || i3 < s5 ? (this.cursor--, true) : 0 == (r4[(i3 -= s5) >>> 3] & 1 << (7 & i3)) && (this.cursor--, true);
    }, this.m = function(r4) {
      return !(this.a - this.cursor < r4.length) && this.j.slice(this.cursor, this.cursor + r4.length) == r4 && (this.cursor += r4.length, true);
    }, this.g = function(r4) {
      return !(this.cursor - this.f < r4.length) && this.j.slice(this.cursor - r4.length, this.cursor) == r4 && (this.cursor -= r4.length, true);
    }, this.o = function(r4) {
      for (var s5 = 0, e2 = r4.length, i3 = this.cursor, u = this.a, t2 = 0, c2 = 0, a2 = false; ; ) {
        var o2, n2 = s5 + (e2 - s5 >>> 1), f = 0, h = t2 < c2 ? t2 : c2, b = r4[n2];
        for (o2 = h; o2 < b[0].length; o2++) {
          if (i3 + h == u) {
            f = -1;
            break;
          }
          if (0 != (f = this.j.charCodeAt(i3 + h) - b[0].charCodeAt(o2))) break;
          h++;
        }
        if (0 > f ? (e2 = n2, c2 = h) : (s5 = n2, t2 = h), 1 >= e2 - s5) {
          if (0 < s5 || e2 == s5 || a2) break;
          a2 = true;
        }
      }
      for (; ; ) {
        if (t2 >= (b = r4[s5])[0].length && (this.cursor = i3 + b[0].length, 4 > b.length || (s5 = b[3](this), this.cursor = i3 + b[0].length, s5))) return b[2];
        if (0 > (s5 = b[1])) return 0;
      }
    }, this.h = function(r4) {
      for (var s5 = 0, e2 = r4.length, i3 = this.cursor, u = this.f, t2 = 0, c2 = 0, a2 = false; ; ) {
        var o2, n2 = s5 + (e2 - s5 >> 1), f = 0, h = t2 < c2 ? t2 : c2, b = r4[n2];
        for (o2 = b[0].length - 1 - h; 0 <= o2; o2--) {
          if (i3 - h == u) {
            f = -1;
            break;
          }
          if (0 != (f = this.j.charCodeAt(i3 - 1 - h) - b[0].charCodeAt(o2))) break;
          h++;
        }
        if (0 > f ? (e2 = n2, c2 = h) : (s5 = n2, t2 = h), 1 >= e2 - s5) {
          if (0 < s5 || e2 == s5 || a2) break;
          a2 = true;
        }
      }
      for (; ; ) {
        if (t2 >= (b = r4[s5])[0].length && (this.cursor = i3 - b[0].length, 4 > b.length || (s5 = b[3](this), this.cursor = i3 - b[0].length, s5))) return b[2];
        if (0 > (s5 = b[1])) return 0;
      }
    }, this.s = function(r4, s5, e2) {
      var i3 = e2.length - (s5 - r4);
      return this.j = this.j.slice(0, r4) + e2 + this.j.slice(s5), this.a += i3, this.cursor >= s5 ? this.cursor += i3 : this.cursor > r4 && (this.cursor = r4), i3;
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
    function i3() {
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
                      var i4 = u.cursor;
                      if (u.m("u") && (u.d = u.cursor, u.i(l2, 97, 251))) {
                        if (!u.b("U")) return;
                        break u;
                      }
                      if (u.cursor = i4, u.m("i") && (u.d = u.cursor, u.i(l2, 97, 251))) {
                        if (!u.b("I")) return;
                        break u;
                      }
                      if (u.cursor = i4, !u.m("y")) break i;
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
                  if (!i3() || !u.e()) return false;
                  break;
                case 2:
                  if (!i3() || !u.e()) return false;
                  if (r5 = u.a - u.cursor, u.d = u.cursor, u.g("ic")) {
                    u.c = u.cursor;
                    t: {
                      if (r5 = u.a - u.cursor, i3()) {
                        if (!u.e()) return false;
                        break t;
                      }
                      if (u.cursor = u.a - r5, !u.b("iqU")) return false;
                    }
                  } else u.cursor = u.a - r5;
                  break;
                case 3:
                  if (!i3() || !u.b("log")) return false;
                  break;
                case 4:
                  if (!i3() || !u.b("u")) return false;
                  break;
                case 5:
                  if (!i3() || !u.b("ent")) return false;
                  break;
                case 6:
                  if (!s5() || !u.e()) return false;
                  var t3 = u.a - u.cursor;
                  r: if (u.d = u.cursor, 0 == (r5 = u.h(a2))) u.cursor = u.a - t3;
                  else switch (u.c = u.cursor, r5) {
                    case 1:
                      if (!i3()) {
                        u.cursor = u.a - t3;
                        break r;
                      }
                      if (!u.e()) return false;
                      if (u.d = u.cursor, !u.g("at") || (u.c = u.cursor, !i3())) {
                        u.cursor = u.a - t3;
                        break r;
                      }
                      if (!u.e()) return false;
                      break;
                    case 2:
                      t: {
                        if (r5 = u.a - u.cursor, i3()) {
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
                      if (!i3()) {
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
                  if (!i3() || !u.e()) return false;
                  t3 = u.a - u.cursor;
                  r: if (u.d = u.cursor, 0 == (r5 = u.h(o2))) u.cursor = u.a - t3;
                  else switch (u.c = u.cursor, r5) {
                    case 1:
                      t: {
                        if (r5 = u.a - u.cursor, i3()) {
                          if (!u.e()) return false;
                          break t;
                        }
                        if (u.cursor = u.a - r5, !u.b("abl")) return false;
                      }
                      break;
                    case 2:
                      t: {
                        if (r5 = u.a - u.cursor, i3()) {
                          if (!u.e()) return false;
                          break t;
                        }
                        if (u.cursor = u.a - r5, !u.b("iqU")) return false;
                      }
                      break;
                    case 3:
                      if (!i3()) {
                        u.cursor = u.a - t3;
                        break r;
                      }
                      if (!u.e()) return false;
                  }
                  break;
                case 8:
                  if (!i3() || !u.e()) return false;
                  if (r5 = u.a - u.cursor, u.d = u.cursor, u.g("at")) if (u.c = u.cursor, i3()) {
                    if (!u.e()) return false;
                    if (u.d = u.cursor, u.g("ic")) {
                      u.c = u.cursor;
                      t: {
                        if (r5 = u.a - u.cursor, i3()) {
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
                    if (r5 = u.a - u.cursor, i3()) {
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
                  if (!i3()) return u.f = s6, false;
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
                if (!i3()) {
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
      var i3 = this.j.charCodeAt(this.cursor);
      return !(i3 > t2) && !(i3 < s5) && 0 != (r4[(i3 -= s5) >>> 3] & 1 << (7 & i3)) && (this.cursor++, true);
    }, this.n = function(r4, s5, t2) {
      if (this.cursor <= this.f) return false;
      var i3 = this.j.charCodeAt(this.cursor - 1);
      return !(i3 > t2) && !(i3 < s5) && 0 != (r4[(i3 -= s5) >>> 3] & 1 << (7 & i3)) && (this.cursor--, true);
    }, this.k = function(r4, s5, t2) {
      if (this.cursor >= this.a) return false;
      var i3 = this.j.charCodeAt(this.cursor);
      return i3 > t2 || i3 < s5 ? (this.cursor++, true) : 0 == (r4[(i3 -= s5) >>> 3] & 1 << (7 & i3)) && (this.cursor++, true);
    }, this.q = function(r4, s5, t2) {
      if (this.cursor <= this.f) return false;
      var i3 = this.j.charCodeAt(this.cursor - 1);
      return i3 > t2 || i3 < s5 ? (this.cursor--, true) : 0 == (r4[(i3 -= s5) >>> 3] & 1 << (7 & i3)) && (this.cursor--, true);
    }, this.m = function(r4) {
      return !(this.a - this.cursor < r4.length) && this.j.slice(this.cursor, this.cursor + r4.length) == r4 && (this.cursor += r4.length, true);
    }, this.g = function(r4) {
      return !(this.cursor - this.f < r4.length) && this.j.slice(this.cursor - r4.length, this.cursor) == r4 && (this.cursor -= r4.length, true);
    }, this.o = function(r4) {
      for (var s5 = 0, t2 = r4.length, i3 = this.cursor, c2 = this.a, u = 0, o2 = 0, h = false; ; ) {
        var e2, n2 = s5 + (t2 - s5 >>> 1), a2 = 0, f = u < o2 ? u : o2, g = r4[n2];
        for (e2 = f; e2 < g[0].length; e2++) {
          if (i3 + f == c2) {
            a2 = -1;
            break;
          }
          if (0 != (a2 = this.j.charCodeAt(i3 + f) - g[0].charCodeAt(e2))) break;
          f++;
        }
        if (0 > a2 ? (t2 = n2, o2 = f) : (s5 = n2, u = f), 1 >= t2 - s5) {
          if (0 < s5 || t2 == s5 || h) break;
          h = true;
        }
      }
      for (; ; ) {
        if (u >= (g = r4[s5])[0].length && (this.cursor = i3 + g[0].length, 4 > g.length || (s5 = g[3](this), this.cursor = i3 + g[0].length, s5))) return g[2];
        if (0 > (s5 = g[1])) return 0;
      }
    }, this.h = function(r4) {
      for (var s5 = 0, t2 = r4.length, i3 = this.cursor, c2 = this.f, u = 0, o2 = 0, h = false; ; ) {
        var e2, n2 = s5 + (t2 - s5 >> 1), a2 = 0, f = u < o2 ? u : o2, g = r4[n2];
        for (e2 = g[0].length - 1 - f; 0 <= e2; e2--) {
          if (i3 - f == c2) {
            a2 = -1;
            break;
          }
          if (0 != (a2 = this.j.charCodeAt(i3 - 1 - f) - g[0].charCodeAt(e2))) break;
          f++;
        }
        if (0 > a2 ? (t2 = n2, o2 = f) : (s5 = n2, u = f), 1 >= t2 - s5) {
          if (0 < s5 || t2 == s5 || h) break;
          h = true;
        }
      }
      for (; ; ) {
        if (u >= (g = r4[s5])[0].length && (this.cursor = i3 - g[0].length, 4 > g.length || (s5 = g[3](this), this.cursor = i3 - g[0].length, s5))) return g[2];
        if (0 > (s5 = g[1])) return 0;
      }
    }, this.s = function(r4, s5, t2) {
      var i3 = t2.length - (s5 - r4);
      return this.j = this.j.slice(0, r4) + t2 + this.j.slice(s5), this.a += i3, this.cursor >= s5 ? this.cursor += i3 : this.cursor > r4 && (this.cursor = r4), i3;
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
    var s5 = new r2(), t2 = [["\u0432", -1, 1], ["\u0438\u0432", 0, 2], ["\u044B\u0432", 0, 2], ["\u0432\u0448\u0438", -1, 1], ["\u0438\u0432\u0448\u0438", 3, 2], ["\u044B\u0432\u0448\u0438", 3, 2], ["\u0432\u0448\u0438\u0441\u044C", -1, 1], ["\u0438\u0432\u0448\u0438\u0441\u044C", 6, 2], ["\u044B\u0432\u0448\u0438\u0441\u044C", 6, 2]], i3 = [["\u0435\u0435", -1, 1], ["\u0438\u0435", -1, 1], ["\u043E\u0435", -1, 1], ["\u044B\u0435", -1, 1], ["\u0438\u043C\u0438", -1, 1], ["\u044B\u043C\u0438", -1, 1], ["\u0435\u0439", -1, 1], ["\u0438\u0439", -1, 1], ["\u043E\u0439", -1, 1], ["\u044B\u0439", -1, 1], ["\u0435\u043C", -1, 1], ["\u0438\u043C", -1, 1], ["\u043E\u043C", -1, 1], ["\u044B\u043C", -1, 1], ["\u0435\u0433\u043E", -1, 1], ["\u043E\u0433\u043E", -1, 1], ["\u0435\u043C\u0443", -1, 1], ["\u043E\u043C\u0443", -1, 1], ["\u0438\u0445", -1, 1], ["\u044B\u0445", -1, 1], ["\u0435\u044E", -1, 1], ["\u043E\u044E", -1, 1], ["\u0443\u044E", -1, 1], ["\u044E\u044E", -1, 1], ["\u0430\u044F", -1, 1], ["\u044F\u044F", -1, 1]], c2 = [["\u0435\u043C", -1, 1], ["\u043D\u043D", -1, 1], ["\u0432\u0448", -1, 1], ["\u0438\u0432\u0448", 2, 2], ["\u044B\u0432\u0448", 2, 2], ["\u0449", -1, 1], ["\u044E\u0449", 5, 1], ["\u0443\u044E\u0449", 6, 2]], u = [["\u0441\u044C", -1, 1], ["\u0441\u044F", -1, 1]], o2 = [["\u043B\u0430", -1, 1], ["\u0438\u043B\u0430", 0, 2], ["\u044B\u043B\u0430", 0, 2], ["\u043D\u0430", -1, 1], ["\u0435\u043D\u0430", 3, 2], ["\u0435\u0442\u0435", -1, 1], ["\u0438\u0442\u0435", -1, 2], ["\u0439\u0442\u0435", -1, 1], ["\u0435\u0439\u0442\u0435", 7, 2], ["\u0443\u0439\u0442\u0435", 7, 2], ["\u043B\u0438", -1, 1], ["\u0438\u043B\u0438", 10, 2], ["\u044B\u043B\u0438", 10, 2], ["\u0439", -1, 1], ["\u0435\u0439", 13, 2], ["\u0443\u0439", 13, 2], ["\u043B", -1, 1], ["\u0438\u043B", 16, 2], ["\u044B\u043B", 16, 2], ["\u0435\u043C", -1, 1], ["\u0438\u043C", -1, 2], ["\u044B\u043C", -1, 2], ["\u043D", -1, 1], ["\u0435\u043D", 22, 2], ["\u043B\u043E", -1, 1], ["\u0438\u043B\u043E", 24, 2], ["\u044B\u043B\u043E", 24, 2], ["\u043D\u043E", -1, 1], ["\u0435\u043D\u043E", 27, 2], ["\u043D\u043D\u043E", 27, 1], ["\u0435\u0442", -1, 1], ["\u0443\u0435\u0442", 30, 2], ["\u0438\u0442", -1, 2], ["\u044B\u0442", -1, 2], ["\u044E\u0442", -1, 1], ["\u0443\u044E\u0442", 34, 2], ["\u044F\u0442", -1, 2], ["\u043D\u044B", -1, 1], ["\u0435\u043D\u044B", 37, 2], ["\u0442\u044C", -1, 1], ["\u0438\u0442\u044C", 39, 2], ["\u044B\u0442\u044C", 39, 2], ["\u0435\u0448\u044C", -1, 1], ["\u0438\u0448\u044C", -1, 2], ["\u044E", -1, 2], ["\u0443\u044E", 44, 2]], h = [["\u0430", -1, 1], ["\u0435\u0432", -1, 1], ["\u043E\u0432", -1, 1], ["\u0435", -1, 1], ["\u0438\u0435", 3, 1], ["\u044C\u0435", 3, 1], ["\u0438", -1, 1], ["\u0435\u0438", 6, 1], ["\u0438\u0438", 6, 1], ["\u0430\u043C\u0438", 6, 1], ["\u044F\u043C\u0438", 6, 1], ["\u0438\u044F\u043C\u0438", 10, 1], ["\u0439", -1, 1], ["\u0435\u0439", 12, 1], ["\u0438\u0435\u0439", 13, 1], ["\u0438\u0439", 12, 1], ["\u043E\u0439", 12, 1], ["\u0430\u043C", -1, 1], ["\u0435\u043C", -1, 1], ["\u0438\u0435\u043C", 18, 1], ["\u043E\u043C", -1, 1], ["\u044F\u043C", -1, 1], ["\u0438\u044F\u043C", 21, 1], ["\u043E", -1, 1], ["\u0443", -1, 1], ["\u0430\u0445", -1, 1], ["\u044F\u0445", -1, 1], ["\u0438\u044F\u0445", 26, 1], ["\u044B", -1, 1], ["\u044C", -1, 1], ["\u044E", -1, 1], ["\u0438\u044E", 30, 1], ["\u044C\u044E", 30, 1], ["\u044F", -1, 1], ["\u0438\u044F", 33, 1], ["\u044C\u044F", 33, 1]], e2 = [["\u043E\u0441\u0442", -1, 1], ["\u043E\u0441\u0442\u044C", -1, 1]], n2 = [["\u0435\u0439\u0448\u0435", -1, 1], ["\u043D", -1, 2], ["\u0435\u0439\u0448", -1, 1], ["\u044C", -1, 3]], a2 = [33, 65, 8, 232], f = 0, g = 0;
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
          if (s5.d = s5.cursor, 0 == s5.h(i3) ? t3 = false : (s5.c = s5.cursor, t3 = !!s5.e()), !t3) return false;
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
    }, this.i = function(r4, s5, i3) {
      if (this.cursor >= this.a) return false;
      var e2 = this.j.charCodeAt(this.cursor);
      return !(e2 > i3) && !(e2 < s5) && 0 != (r4[(e2 -= s5) >>> 3] & 1 << (7 & e2)) && (this.cursor++, true);
    }, this.n = function(r4, s5, i3) {
      if (this.cursor <= this.f) return false;
      var e2 = this.j.charCodeAt(this.cursor - 1);
      return !(e2 > i3) && !(e2 < s5) && 0 != (r4[(e2 -= s5) >>> 3] & 1 << (7 & e2)) && (this.cursor--, true);
    }, this.k = function(r4, s5, i3) {
      if (this.cursor >= this.a) return false;
      var e2 = this.j.charCodeAt(this.cursor);
      return e2 > i3 || e2 < s5 ? (this.cursor++, true) : 0 == (r4[(e2 -= s5) >>> 3] & 1 << (7 & e2)) && (this.cursor++, true);
    }, this.q = function(r4, s5, i3) {
      if (this.cursor <= this.f) return false;
      var e2 = this.j.charCodeAt(this.cursor - 1);
      return e2 > i3 || e2 < s5 ? (this.cursor--, true) : 0 == (r4[(e2 -= s5) >>> 3] & 1 << (7 & e2)) && (this.cursor--, true);
    }, this.m = function(r4) {
      return !(this.a - this.cursor < r4.length) && this.j.slice(this.cursor, this.cursor + r4.length) == r4 && (this.cursor += r4.length, true);
    }, this.g = function(r4) {
      return !(this.cursor - this.f < r4.length) && this.j.slice(this.cursor - r4.length, this.cursor) == r4 && (this.cursor -= r4.length, true);
    }, this.o = function(r4) {
      for (var s5 = 0, i3 = r4.length, e2 = this.cursor, a2 = this.a, o2 = 0, c2 = 0, t2 = false; ; ) {
        var u, n2 = s5 + (i3 - s5 >>> 1), h = 0, f = o2 < c2 ? o2 : c2, b = r4[n2];
        for (u = f; u < b[0].length; u++) {
          if (e2 + f == a2) {
            h = -1;
            break;
          }
          if (0 != (h = this.j.charCodeAt(e2 + f) - b[0].charCodeAt(u))) break;
          f++;
        }
        if (0 > h ? (i3 = n2, c2 = f) : (s5 = n2, o2 = f), 1 >= i3 - s5) {
          if (0 < s5 || i3 == s5 || t2) break;
          t2 = true;
        }
      }
      for (; ; ) {
        if (o2 >= (b = r4[s5])[0].length && (this.cursor = e2 + b[0].length, 4 > b.length || (s5 = b[3](this), this.cursor = e2 + b[0].length, s5))) return b[2];
        if (0 > (s5 = b[1])) return 0;
      }
    }, this.h = function(r4) {
      for (var s5 = 0, i3 = r4.length, e2 = this.cursor, a2 = this.f, o2 = 0, c2 = 0, t2 = false; ; ) {
        var u, n2 = s5 + (i3 - s5 >> 1), h = 0, f = o2 < c2 ? o2 : c2, b = r4[n2];
        for (u = b[0].length - 1 - f; 0 <= u; u--) {
          if (e2 - f == a2) {
            h = -1;
            break;
          }
          if (0 != (h = this.j.charCodeAt(e2 - 1 - f) - b[0].charCodeAt(u))) break;
          f++;
        }
        if (0 > h ? (i3 = n2, c2 = f) : (s5 = n2, o2 = f), 1 >= i3 - s5) {
          if (0 < s5 || i3 == s5 || t2) break;
          t2 = true;
        }
      }
      for (; ; ) {
        if (o2 >= (b = r4[s5])[0].length && (this.cursor = e2 - b[0].length, 4 > b.length || (s5 = b[3](this), this.cursor = e2 - b[0].length, s5))) return b[2];
        if (0 > (s5 = b[1])) return 0;
      }
    }, this.s = function(r4, s5, i3) {
      var e2 = i3.length - (s5 - r4);
      return this.j = this.j.slice(0, r4) + i3 + this.j.slice(s5), this.a += e2, this.cursor >= s5 ? this.cursor += e2 : this.cursor > r4 && (this.cursor = r4), e2;
    }, this.t = function() {
      return !(0 > this.c) && !(this.c > this.d) && !(this.d > this.a) && !(this.a > this.j.length);
    }, this.b = function(r4) {
      var s5 = false;
      return this.t() && (this.s(this.c, this.d, r4), s5 = true), s5;
    }, this.e = function() {
      return this.b("");
    }, this.r = function(r4, s5, i3) {
      s5 = this.s(r4, s5, i3), r4 <= this.c && (this.c += s5), r4 <= this.d && (this.d += s5);
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
    function i3() {
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
            if (!i3() || !e2.e()) return false;
            break;
          case 2:
            if (!i3() || !e2.e()) return false;
            if (r5 = e2.a - e2.cursor, e2.d = e2.cursor, e2.g("ic")) if (e2.c = e2.cursor, i3()) {
              if (!e2.e()) return false;
            } else e2.cursor = e2.a - r5;
            else e2.cursor = e2.a - r5;
            break;
          case 3:
            if (!i3() || !e2.b("log")) return false;
            break;
          case 4:
            if (!i3() || !e2.b("u")) return false;
            break;
          case 5:
            if (!i3() || !e2.b("ente")) return false;
            break;
          case 6:
            if (!(g <= e2.cursor) || !e2.e()) return false;
            var s6 = e2.a - e2.cursor;
            r: if (e2.d = e2.cursor, 0 == (r5 = e2.h(t2))) e2.cursor = e2.a - s6;
            else if (e2.c = e2.cursor, i3()) {
              if (!e2.e()) return false;
              if (1 === r5) {
                if (e2.d = e2.cursor, !e2.g("at") || (e2.c = e2.cursor, !i3())) {
                  e2.cursor = e2.a - s6;
                  break r;
                }
                if (!e2.e()) return false;
              }
            } else e2.cursor = e2.a - s6;
            break;
          case 7:
            if (!i3() || !e2.e()) return false;
            if (r5 = e2.a - e2.cursor, e2.d = e2.cursor, 0 == e2.h(u)) e2.cursor = e2.a - r5;
            else if (e2.c = e2.cursor, i3()) {
              if (!e2.e()) return false;
            } else e2.cursor = e2.a - r5;
            break;
          case 8:
            if (!i3() || !e2.e()) return false;
            if (r5 = e2.a - e2.cursor, e2.d = e2.cursor, 0 == e2.h(n2)) e2.cursor = e2.a - r5;
            else if (e2.c = e2.cursor, i3()) {
              if (!e2.e()) return false;
            } else e2.cursor = e2.a - r5;
            break;
          case 9:
            if (!i3() || !e2.e()) return false;
            if (r5 = e2.a - e2.cursor, e2.d = e2.cursor, e2.g("at")) if (e2.c = e2.cursor, i3()) {
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
    for (let i3 = 0; i3 < text.length; i3++) if (text.charCodeAt(i3) >= 11904 && HAN.test(text[i3])) return true;
    return false;
  }
  function languageOf(value) {
    if (typeof value !== "string") return null;
    const v = value.trim().toLowerCase();
    const table = {
      en: "en",
      eng: "en",
      english: "en",
      ru: "ru",
      rus: "ru",
      russian: "ru",
      \u0440\u0443\u0441\u0441\u043A\u0438\u0439: "ru",
      zh: "zh",
      zho: "zh",
      chi: "zh",
      chinese: "zh",
      \u4E2D\u6587: "zh",
      \u6C49\u8BED: "zh",
      es: "es",
      spa: "es",
      spanish: "es",
      espa\u00F1ol: "es",
      espanol: "es",
      fr: "fr",
      fra: "fr",
      fre: "fr",
      french: "fr",
      fran\u00E7ais: "fr",
      francais: "fr"
    };
    return table[v] ?? table[v.split(/[-_]/)[0]] ?? null;
  }
  var MARKERS = {
    en: /* @__PURE__ */ new Set(["the", "and", "of", "to", "is", "that", "we", "with", "this", "have", "are", "it", "for", "our", "was", "will"]),
    es: /* @__PURE__ */ new Set(["el", "los", "las", "del", "y", "que", "por", "con", "una", "es", "para", "lo", "su", "se", "como", "pero", "muy"]),
    fr: /* @__PURE__ */ new Set(["le", "les", "des", "et", "est", "du", "une", "nous", "dans", "pour", "pas", "au", "sur", "qui", "avec", "ce", "vous"])
  };
  var CYRILLIC_OR_HAN = /[\u0400-\u052f]|\p{Script=Han}/u;
  var MARKER_LENGTH = Math.max(...Object.values(MARKERS).flatMap((set2) => [...set2].map((w) => w.length)));
  function detectLanguage(text, sample = 6e3) {
    const part = text.length > sample ? text.slice(0, sample) : text;
    let han = 0;
    let cyrillic = 0;
    let latin = 0;
    const otherScript = CYRILLIC_OR_HAN.test(part);
    for (let i3 = 0; otherScript && i3 < part.length; i3++) {
      const code = part.charCodeAt(i3);
      if (code < 128) {
        if ((code | 32) >= 97 && (code | 32) <= 122) latin++;
      } else if (isCyrillicCode(code)) cyrillic++;
      else if (code >= 11904 && HAN.test(part[i3])) han += 2;
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
  function languagesOfWord(word) {
    const code = word.charCodeAt(0);
    if (isCyrillicCode(code)) return ["ru"];
    if (code >= 11904 && HAN.test(word[0])) return ["zh"];
    if (/^[\p{Script=Latin}\p{M}]+$/u.test(word)) return ["en", "es", "fr"];
    return [];
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
  function wordBefore(text, end, max2) {
    const stop = Math.max(0, end - max2);
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
  function shorten(text, max2 = 80) {
    const clean = collapseSpaces(text);
    if (clean.length <= max2) return clean;
    const cut = clean.slice(0, max2 + 1);
    const lastSpace = cut.lastIndexOf(" ");
    const head = lastSpace > max2 * 0.5 ? cut.slice(0, lastSpace) : clean.slice(0, max2);
    return head.replace(/[\s,;:–—-]+$/u, "") + "\u2026";
  }
  function keywordInContext(line, start, end, words2 = 5) {
    const reach = words2 * 40 + 40;
    const left = normalizeSpaces(line.slice(Math.max(0, start - reach), start));
    const right = normalizeSpaces(line.slice(end, end + reach));
    const cutLeft = start > reach;
    const cutRight = end + reach < line.length;
    const leftParts = left.match(/\S*\s*$|\S+\s+/g)?.filter(Boolean) ?? [];
    const rightParts = right.match(/^\s*\S*|\s+\S+/g)?.filter(Boolean) ?? [];
    const keepLeft = leftParts.slice(-words2 - (left === "" || /\s$/.test(left) ? 0 : 1));
    const keepRight = rightParts.slice(0, words2 + (right === "" || /^\s/.test(right) ? 0 : 1));
    const before = (keepLeft.length < leftParts.length || cutLeft ? "\u2026" : "") + keepLeft.join("").replace(/^\s+/, "").replace(/\s+/g, " ");
    const after = keepRight.join("").replace(/\s+$/, "").replace(/\s+/g, " ") + (keepRight.length < rightParts.length || cutRight ? "\u2026" : "");
    return { before, keyword: line.slice(start, end), after };
  }

  // src/core/model.ts
  function sectionLabel(section) {
    return section.kind === "exchange" ? `Q${section.number}: ${section.label}` : section.label;
  }

  // src/core/search/query.ts
  var ROLES = { question: "question", questions: "question", q: "question", answer: "answer", answers: "answer", a: "answer", remarks: "remarks", opening: "remarks" };
  function speakerMatches(filter, speaker) {
    if (!speaker) return false;
    const name = words(speaker).map(foldWord);
    return filter.every((w) => {
      const f = foldWord(w);
      return name.some((n2) => n2.startsWith(f));
    });
  }
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  function normalizeWord(word) {
    return lowerWord(word);
  }
  var NON_ASCII2 = /[^\u0000-\u007f]/;
  var ASCII_SEPARATORS = /[^a-z0-9]+/;
  function words(text) {
    const lower = text.toLowerCase();
    if (!NON_ASCII2.test(lower)) {
      const parts = lower.split(ASCII_SEPARATORS);
      if (parts[0] === "") parts.shift();
      if (parts[parts.length - 1] === "") parts.pop();
      return parts;
    }
    const out = [];
    for (const part of lower.split(MIXED_SEPARATORS)) {
      if (part === "") continue;
      if (!NON_ASCII2.test(part)) {
        out.push(part);
        continue;
      }
      for (const m of part.matchAll(WORD)) {
        if (hasHan(m[0])) for (const s5 of segmentChinese(m[0])) out.push(normalizeWord(s5.segment));
        else out.push(normalizeWord(m[0]));
      }
    }
    return out;
  }
  var MIXED_SEPARATORS = /[\u0000-\u002f\u003a-\u0060\u007b-\u007f]+/;
  function wordsWithOffsets(text) {
    const out = [];
    for (const m of text.matchAll(WORD)) {
      if (hasHan(m[0])) for (const s5 of segmentChinese(m[0])) out.push({ word: normalizeWord(s5.segment), start: m.index + s5.index, end: m.index + s5.index + s5.segment.length });
      else out.push({ word: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length });
    }
    return out;
  }
  function termOf(raw) {
    const entity = /^@([a-z0-9]+(?:-[a-z0-9]+)*)$/i.exec(raw);
    if (entity) return { mode: "entity", words: [entity[1].toLowerCase()] };
    let mode = "fuzzy";
    let body = raw;
    if (body.startsWith('"')) {
      mode = "phrase";
      body = body.replace(/^"|"$/g, "");
    } else if (body.startsWith("'")) {
      mode = "exact";
      body = body.slice(1);
    } else if (body.startsWith("^")) {
      mode = "prefix";
      body = body.slice(1);
    }
    const list = words(body);
    if (list.length === 0) return null;
    if (list.length > 1) return mode === "phrase" || mode === "exact" ? { mode: "phrase", words: list } : { mode: "phrase", words: list, loose: true };
    return { mode, words: list };
  }
  function parseQuery(query) {
    const groups = [];
    const exclude = [];
    let speaker = null;
    let role = null;
    const rest = query.replace(/(?:^|\s)(speaker|role):(?:"([^"]*)"?|(\S*))/gi, (_, key, quoted, bare) => {
      const value = quoted ?? bare ?? "";
      if (key.toLowerCase() === "speaker") {
        const list = words(value);
        if (list.length) speaker = [...speaker ?? [], ...list];
      } else role = ROLES[value.toLowerCase()] ?? role;
      return " ";
    });
    const tokens = rest.match(/!?"[^"]*"?|[^\s"|]+|\|/g) ?? [];
    let joinNext = false;
    for (const token of tokens) {
      if (token === "|") {
        joinNext = groups.length > 0;
        continue;
      }
      if (token.startsWith("!")) {
        const term2 = termOf(token.slice(1));
        if (term2) exclude.push(term2.mode === "fuzzy" ? { ...term2, mode: "exact" } : term2);
        joinNext = false;
        continue;
      }
      const term = termOf(token);
      if (!term) continue;
      if (joinNext) groups[groups.length - 1].push(term);
      else groups.push([term]);
      joinNext = false;
    }
    return { groups, exclude, speaker, role };
  }

  // src/core/search/searchIndex.ts
  function publisherOf(sourceUrl) {
    if (!sourceUrl) return void 0;
    try {
      return new URL(sourceUrl).hostname.replace(/^www\./, "") || void 0;
    } catch {
      return void 0;
    }
  }
  var entityTerm = (id) => `@${id}`;
  var EXACT = 1;
  var ACCENTS = 0.95;
  var STEM = 0.85;
  var PREFIX = 0.7;
  var CORRECTION_OF_KNOWN = 0.6;
  var MAX_CORRECTIONS = 8;
  var MAX_PREFIX_TERMS = 64;
  var FUSE_THRESHOLD = 0.34;
  function searchDocumentOf(file, transcript, mentions) {
    const byLine = /* @__PURE__ */ new Map();
    for (const m of mentions ?? []) {
      const list = byLine.get(m.line);
      if (!list) byLine.set(m.line, [m.entryId]);
      else if (!list.includes(m.entryId)) list.push(m.entryId);
    }
    const paragraphs2 = [];
    for (const section of transcript.sections) {
      const label = sectionLabel(section);
      for (const turn of section.turns) {
        for (const p of turn.paragraphs) {
          const paragraph = { text: p.text, line: p.range.start, endLine: p.range.end, speaker: turn.speaker, role: turn.role, section: label };
          if (byLine.size > 0) {
            const entities = /* @__PURE__ */ new Set();
            for (let line = p.range.start; line <= p.range.end; line++) for (const id of byLine.get(line) ?? []) entities.add(id);
            if (entities.size > 0) paragraph.entities = [...entities];
          }
          paragraphs2.push(paragraph);
        }
      }
    }
    const publisher = publisherOf(transcript.sourceUrl);
    return { file, title: transcript.title, place: transcript.place, date: transcript.date, language: transcript.language, ...publisher ? { publisher } : {}, paragraphs: paragraphs2 };
  }
  var ROLES2 = ["remarks", "question", "answer"];
  var INDEX_FORMAT = 4;
  var TermTable = class _TermTable {
    terms = [];
    hashes = new Int32Array(1024);
    slots = new Int32Array(2048).fill(-1);
    idOfRange(text, start, end) {
      let h = _TermTable.HASH_START;
      for (let i3 = start; i3 < end; i3++) h = Math.imul(h ^ text.charCodeAt(i3), 16777619);
      return this.idOfHashedRange(text, start, end, h);
    }
    /** FNV-1a over the UTF-16 code units, from this start: `idOfHashedRange` takes a hash made so as the word was read. */
    static HASH_START = 2166136261;
    idOfHashedRange(text, start, end, h) {
      const length = end - start;
      const mask = this.slots.length - 1;
      for (let slot = h & mask; ; slot = slot + 1 & mask) {
        const id = this.slots[slot];
        if (id < 0) return this.add(text.slice(start, end), h, slot);
        if (this.hashes[id] !== h) continue;
        const term = this.terms[id];
        if (term.length !== length) continue;
        let same = true;
        for (let i3 = 0; i3 < length; i3++) {
          if (term.charCodeAt(i3) !== text.charCodeAt(start + i3)) {
            same = false;
            break;
          }
        }
        if (same) return id;
      }
    }
    /**
     * `idOfHashedRange` of a run of ASCII letters and digits read in lower case: the hash was made
     * of the lowered characters, and the characters are lowered as they are compared.
     */
    idOfAsciiRange(text, start, end, h) {
      const length = end - start;
      const mask = this.slots.length - 1;
      for (let slot = h & mask; ; slot = slot + 1 & mask) {
        const id = this.slots[slot];
        if (id < 0) return this.add(text.slice(start, end).toLowerCase(), h, slot);
        if (this.hashes[id] !== h) continue;
        const term = this.terms[id];
        if (term.length !== length) continue;
        let same = true;
        for (let i3 = 0; i3 < length; i3++) {
          let c2 = text.charCodeAt(start + i3);
          if (c2 >= 65 && c2 <= 90) c2 += 32;
          if (term.charCodeAt(i3) !== c2) {
            same = false;
            break;
          }
        }
        if (same) return id;
      }
    }
    idOf(word) {
      return this.idOfRange(word, 0, word.length);
    }
    add(term, hash, slot) {
      const id = this.terms.length;
      this.terms.push(term);
      if (id >= this.hashes.length) {
        const grown = new Int32Array(this.hashes.length * 2);
        grown.set(this.hashes);
        this.hashes = grown;
      }
      this.hashes[id] = hash;
      this.slots[slot] = id;
      if (this.terms.length * 2 > this.slots.length) this.rehash();
      return id;
    }
    rehash() {
      this.slots = new Int32Array(this.slots.length * 2).fill(-1);
      const mask = this.slots.length - 1;
      for (let id = 0; id < this.terms.length; id++) {
        let slot = this.hashes[id] & mask;
        while (this.slots[slot] >= 0) slot = slot + 1 & mask;
        this.slots[slot] = id;
      }
    }
  };
  var IntList = class {
    data;
    length = 0;
    constructor(capacity = 1024) {
      this.data = new Int32Array(Math.max(16, capacity));
    }
    push(value) {
      if (this.length === this.data.length) {
        const grown = new Int32Array(this.data.length * 2);
        grown.set(this.data);
        this.data = grown;
      }
      this.data[this.length++] = value;
    }
    /** Room for `more` values without growing. */
    reserve(more) {
      if (this.length + more <= this.data.length) return;
      const grown = new Int32Array(this.length + more);
      grown.set(this.data.subarray(0, this.length));
      this.data = grown;
    }
    toArray() {
      return this.data.slice(0, this.length);
    }
  };
  var PostingsBuilder = class {
    table = new TermTable();
    unique;
    ends = new IntList();
    lastSeen = new Int32Array(1024).fill(-1);
    counts = new Int32Array(1024);
    languages = new Uint8Array(1024);
    current = 0;
    /** The language bit of the document being read. */
    bit = 1;
    /** `expected`: about how many distinct words the paragraphs hold in all, so that the list is not grown and copied as it fills. */
    constructor(expected = 1024) {
      this.unique = new IntList(expected);
    }
    reserve(words2) {
      this.unique.reserve(words2);
    }
    see(id) {
      if (id >= this.lastSeen.length) this.grow(id);
      if (this.lastSeen[id] !== this.current) {
        this.lastSeen[id] = this.current;
        this.languages[id] |= this.bit;
        this.counts[id]++;
        this.unique.push(id);
      }
    }
    grow(id) {
      const size = Math.max(id + 1, this.lastSeen.length * 2);
      const seen = new Int32Array(size).fill(-1);
      seen.set(this.lastSeen);
      this.lastSeen = seen;
      const counts = new Int32Array(size);
      counts.set(this.counts);
      this.counts = counts;
      const languages = new Uint8Array(size);
      languages.set(this.languages);
      this.languages = languages;
    }
    /**
     * The words of a paragraph, as `words` splits them: runs of a–z and 0–9 read here in one pass
     * (punctuation beyond ASCII, such as curly quotes and dashes, separates words as it does
     * there); a paragraph with letters beyond ASCII goes to `words`.
     */
    paragraph(index, text) {
      this.current = index;
      let start = -1;
      let hash = TermTable.HASH_START;
      const n2 = text.length;
      for (let i3 = 0; i3 <= n2; i3++) {
        let c2 = i3 < n2 ? text.charCodeAt(i3) : 32;
        if (c2 >= 65 && c2 <= 90) c2 += 32;
        if (c2 >= 97 && c2 <= 122 || c2 >= 48 && c2 <= 57) {
          if (start < 0) {
            start = i3;
            hash = TermTable.HASH_START;
          }
          hash = Math.imul(hash ^ c2, 16777619);
          continue;
        }
        if (c2 >= 128 && !isSeparator(c2)) {
          const from = start >= 0 ? start : i3;
          for (const word of words(text.slice(from))) this.see(this.table.idOf(word));
          return;
        }
        if (start >= 0) {
          this.see(this.table.idOfAsciiRange(text, start, i3, hash));
          start = -1;
        }
      }
    }
    /** Paragraphs are read in order: the one `paragraph` began ends here. */
    endParagraph() {
      this.ends.push(this.unique.length);
    }
    finish() {
      const terms = this.table.terms;
      const offsets = new Int32Array(terms.length + 1);
      for (let id = 0; id < terms.length; id++) offsets[id + 1] = offsets[id] + this.counts[id];
      const all = new Int32Array(offsets[terms.length]);
      const filled = offsets.slice(0, terms.length);
      const unique = this.unique.data;
      const ends = this.ends.data;
      let at = 0;
      for (let p = 0; p < this.ends.length; p++) {
        for (const end = ends[p]; at < end; at++) all[filled[unique[at]]++] = p;
      }
      return { terms, postings: postingsOf(all, offsets), languages: this.languages.slice(0, terms.length) };
    }
  };
  function isSeparator(c2) {
    if (c2 >= 8192 && c2 <= 8303) return true;
    if (c2 >= 160 && c2 <= 191) return !(c2 === 170 || c2 === 178 || c2 === 179 || c2 === 181 || c2 === 185 || c2 === 186 || c2 >= 188);
    return c2 === 215 || c2 === 247 || c2 === 12288 || c2 === 65279;
  }
  function postingsOf(all, offsets) {
    const out = new Array(offsets.length - 1);
    for (let i3 = 0; i3 + 1 < offsets.length; i3++) out[i3] = all.subarray(offsets[i3], offsets[i3 + 1]);
    return out;
  }
  var SearchIndex = class _SearchIndex {
    constructor(documents, columns, strings, texts, terms, postings, languages) {
      this.documents = documents;
      this.columns = columns;
      this.strings = strings;
      this.texts = texts;
      this.terms = terms;
      this.postings = postings;
      this.languages = languages;
      for (let i3 = 0; i3 < terms.length; i3++) this.termIds.set(terms[i3], i3);
    }
    documents;
    columns;
    strings;
    texts;
    terms;
    postings;
    languages;
    termIds = /* @__PURE__ */ new Map();
    sortedFolded;
    bigrams;
    /** Terms by their form without accents ("elysee" → "élysée", "elysee"), made on first need. */
    folded;
    /** Terms by their stem, per language, made on first need. */
    stems = /* @__PURE__ */ new Map();
    corrected = /* @__PURE__ */ new Map();
    best;
    stamp;
    generation = 0;
    get paragraphCount() {
      return this.columns.doc.length;
    }
    get vocabularySize() {
      return this.terms.length;
    }
    get documentCount() {
      return this.documents.length;
    }
    /**
     * Each document with its paragraphs (lines, speaker, role, text), in the index's order: what
     * corpus studies (concordance, trends, collocates, keywords) read, without parsing anything again.
     */
    *documentsWithParagraphs() {
      const { doc, line, endLine, speaker, role } = this.columns;
      let at = 0;
      for (let d = 0; d < this.documents.length; d++) {
        const paragraphs2 = [];
        const first = at;
        while (at < doc.length && doc[at] === d) {
          paragraphs2.push({
            text: this.texts.get(at),
            line: line[at],
            endLine: endLine[at],
            speaker: speaker[at] < 0 ? null : this.strings[speaker[at]],
            role: role[at] === 0 ? void 0 : ROLES2[role[at] - 1],
            section: ""
          });
          at++;
        }
        yield { meta: this.documents[d], first, paragraphs: paragraphs2 };
      }
    }
    /** The paragraphs (by their number in `documentsWithParagraphs` order) holding a word as indexed, or `@id` for an entry's mentions. */
    paragraphsWith(term) {
      const id = this.termIds.get(term);
      return id === void 0 ? new Int32Array(0) : this.postings[id];
    }
    /** The files the index holds, in its order. */
    get files() {
      return this.documents.map((d) => d.file);
    }
    static empty() {
      return _SearchIndex.build([]);
    }
    static build(documents) {
      let characters = 0;
      for (const d of documents) for (const p of d.paragraphs) characters += p.text.length;
      const builder = new SearchIndexBuilder(characters);
      for (const document of documents) builder.add(document);
      return builder.finish();
    }
    /** @internal For `SearchIndexBuilder`. */
    static fromBuilt(documents, columns, strings, texts, terms, postings, languages) {
      return new _SearchIndex(documents, columns, strings, texts, terms, postings, languages);
    }
    /**
     * Indexes of parts of a corpus as one, in the order given: vocabularies joined, postings put
     * one after another; no paragraph is read again.
     */
    static concat(parts) {
      const nonEmpty = parts.filter((p) => p.paragraphCount > 0 || p.documentCount > 0);
      if (nonEmpty.length === 1) return nonEmpty[0];
      if (nonEmpty.length === 0) return _SearchIndex.empty();
      const documents = [];
      const strings = /* @__PURE__ */ new Map();
      const termIds = /* @__PURE__ */ new Map();
      const terms = [];
      const count = nonEmpty.reduce((n2, p) => n2 + p.paragraphCount, 0);
      const columns = { doc: new Int32Array(count), line: new Int32Array(count), endLine: new Int32Array(count), speaker: new Int32Array(count), section: new Int32Array(count), role: new Int32Array(count) };
      const termMaps = [];
      let lengths = new Int32Array(1024);
      let languages = new Uint8Array(1024);
      let paragraphAt = 0;
      for (const part of nonEmpty) {
        const docBase = documents.length;
        documents.push(...part.documents);
        const stringMap = part.strings.map((s5) => {
          let id = strings.get(s5);
          if (id === void 0) strings.set(s5, id = strings.size);
          return id;
        });
        const c2 = part.columns;
        for (let i3 = 0; i3 < part.paragraphCount; i3++) {
          const j = paragraphAt + i3;
          columns.doc[j] = c2.doc[i3] + docBase;
          columns.line[j] = c2.line[i3];
          columns.endLine[j] = c2.endLine[i3];
          columns.speaker[j] = c2.speaker[i3] < 0 ? -1 : stringMap[c2.speaker[i3]];
          columns.section[j] = c2.section[i3] < 0 ? -1 : stringMap[c2.section[i3]];
          columns.role[j] = c2.role[i3];
        }
        paragraphAt += part.paragraphCount;
        const map2 = new Int32Array(part.terms.length);
        for (let t2 = 0; t2 < part.terms.length; t2++) {
          const term = part.terms[t2];
          let id = termIds.get(term);
          if (id === void 0) {
            id = terms.length;
            termIds.set(term, id);
            terms.push(term);
            if (id >= lengths.length) {
              const grown = new Int32Array(lengths.length * 2);
              grown.set(lengths);
              lengths = grown;
              const grownLanguages = new Uint8Array(languages.length * 2);
              grownLanguages.set(languages);
              languages = grownLanguages;
            }
          }
          map2[t2] = id;
          lengths[id] += part.postings[t2].length;
          languages[id] |= part.languages[t2] ?? 0;
        }
        termMaps.push(map2);
      }
      const offsets = new Int32Array(terms.length + 1);
      for (let id = 0; id < terms.length; id++) offsets[id + 1] = offsets[id] + lengths[id];
      const all = new Int32Array(offsets[terms.length]);
      const filled = offsets.slice(0, terms.length);
      let base = 0;
      nonEmpty.forEach((part, k) => {
        const map2 = termMaps[k];
        for (let t2 = 0; t2 < part.terms.length; t2++) {
          const list = part.postings[t2];
          const id = map2[t2];
          let at = filled[id];
          for (let i3 = 0; i3 < list.length; i3++) all[at++] = list[i3] + base;
          filled[id] = at;
        }
        base += part.paragraphCount;
      });
      return new _SearchIndex(documents, columns, [...strings.keys()], concatTexts(nonEmpty.map((p) => p.texts)), terms, postingsOf(all, offsets), languages.slice(0, terms.length));
    }
    /** The index without the given files: their paragraphs and the words only they held leave. */
    without(files) {
      const keepDoc = new Int32Array(this.documents.length).fill(-1);
      const documents = [];
      this.documents.forEach((d, i3) => {
        if (!files.has(d.file)) {
          keepDoc[i3] = documents.length;
          documents.push(d);
        }
      });
      if (documents.length === this.documents.length) return this;
      const n2 = this.paragraphCount;
      const renumber = new Int32Array(n2).fill(-1);
      const kept = [];
      for (let p = 0; p < n2; p++) {
        if (keepDoc[this.columns.doc[p]] >= 0) {
          renumber[p] = kept.length;
          kept.push(p);
        }
      }
      const indices = Int32Array.from(kept);
      const pick = (column) => {
        const out = new Int32Array(indices.length);
        for (let i3 = 0; i3 < indices.length; i3++) out[i3] = column[indices[i3]];
        return out;
      };
      const doc = pick(this.columns.doc);
      for (let i3 = 0; i3 < doc.length; i3++) doc[i3] = keepDoc[doc[i3]];
      const columns = { doc, line: pick(this.columns.line), endLine: pick(this.columns.endLine), speaker: pick(this.columns.speaker), section: pick(this.columns.section), role: pick(this.columns.role) };
      const terms = [];
      const lists = [];
      const languages = [];
      let total = 0;
      const scratch = new Int32Array(indices.length);
      for (let t2 = 0; t2 < this.terms.length; t2++) {
        const list = this.postings[t2];
        let m = 0;
        for (let i3 = 0; i3 < list.length; i3++) {
          const p = renumber[list[i3]];
          if (p >= 0) scratch[m++] = p;
        }
        if (m === 0) continue;
        terms.push(this.terms[t2]);
        lists.push(scratch.slice(0, m));
        languages.push(this.languages[t2]);
        total += m;
      }
      const offsets = new Int32Array(terms.length + 1);
      const all = new Int32Array(total);
      lists.forEach((l2, i3) => {
        all.set(l2, offsets[i3]);
        offsets[i3 + 1] = offsets[i3] + l2.length;
      });
      return new _SearchIndex(documents, columns, this.strings, new SelectedTexts(this.texts, indices), terms, postingsOf(all, offsets), Uint8Array.from(languages));
    }
    /** The index as bytes (see `fromBytes`). */
    toBytes() {
      return this.write(null);
    }
    /**
     * The index as bytes with its paragraph texts apart (see `fromParts`): a cache keeps the texts
     * in a file of their own, read a chunk at a time when a result shows one.
     */
    toParts() {
      const texts = new BinaryWriter();
      texts.texts(this.texts);
      const reader = new BinaryReader(texts.finish());
      const { blob, offsets } = reader.texts();
      return { index: this.write({ offsets, chunks: chunkSums(blob) }), texts: blob };
    }
    write(apart) {
      const out = new BinaryWriter();
      out.uint32(INDEX_FORMAT);
      out.uint32(apart ? 1 : 0);
      out.json({ documents: this.documents, strings: this.strings });
      const c2 = this.columns;
      for (const column of [c2.doc, c2.line, c2.endLine, c2.speaker, c2.section, c2.role]) out.int32s(column);
      if (apart) {
        out.int32s(apart.offsets);
        out.int32s(apart.chunks);
      } else out.texts(this.texts);
      out.text(this.terms.join("\n"));
      const offsets = new Int32Array(this.terms.length + 1);
      for (let t2 = 0; t2 < this.terms.length; t2++) offsets[t2 + 1] = offsets[t2] + this.postings[t2].length;
      const all = new Int32Array(offsets[this.terms.length]);
      for (let t2 = 0; t2 < this.terms.length; t2++) all.set(this.postings[t2], offsets[t2]);
      out.int32s(offsets);
      out.int32s(all);
      out.bytes(this.languages);
      return out.finish();
    }
    /**
     * Reads `toBytes`' layout back. The typed arrays are views on `bytes`, and paragraph texts are
     * decoded only when a result shows them. Anything that does not hold together throws
     * `CorruptDataError`.
     */
    static fromBytes(bytes) {
      return _SearchIndex.read(bytes, null);
    }
    /**
     * Reads `toParts`' index; `readTexts(start, end)` gives bytes of the texts part, which are
     * checked against their checksums, a chunk at a time, when first read (a chunk that does not
     * match throws `CorruptDataError` then).
     */
    static fromParts(index, texts) {
      return _SearchIndex.read(index, texts);
    }
    static read(bytes, apart) {
      const input = new BinaryReader(bytes);
      const version = input.uint32();
      if (version !== INDEX_FORMAT) throw new CorruptDataError(`index layout ${version}, not ${INDEX_FORMAT}`);
      const hasApart = input.uint32() === 1;
      if (hasApart !== (apart !== null)) throw new CorruptDataError(apart ? "the index holds its texts" : "the index keeps its texts apart");
      const { documents, strings } = input.json();
      if (!Array.isArray(documents) || !Array.isArray(strings)) throw new CorruptDataError("no documents");
      const [doc, line, endLine, speaker, section, role] = [0, 1, 2, 3, 4, 5].map(() => input.int32s());
      const n2 = doc.length;
      if ([line, endLine, speaker, section, role].some((column) => column.length !== n2)) throw new CorruptDataError("paragraph columns differ in length");
      for (let i3 = 0; i3 < n2; i3++) {
        if (doc[i3] < 0 || doc[i3] >= documents.length || speaker[i3] >= strings.length || section[i3] >= strings.length || role[i3] < 0 || role[i3] > ROLES2.length) throw new CorruptDataError(`paragraph ${i3} points outside the index`);
      }
      let texts;
      if (apart) {
        const offsets2 = input.int32s();
        const chunks = input.int32s();
        if (offsets2.length !== n2 + 1 || offsets2[0] !== 0 || offsets2[n2] !== apart.length || chunks.length !== Math.ceil(apart.length / TEXT_CHUNK)) throw new CorruptDataError("the texts part does not fit the index");
        for (let i3 = 1; i3 <= n2; i3++) if (offsets2[i3] < offsets2[i3 - 1]) throw new CorruptDataError("text offsets go backwards");
        texts = new ChunkedTexts(offsets2, chunks, apart.length, apart.read);
      } else texts = input.texts();
      if (texts.length !== n2) throw new CorruptDataError("texts and paragraphs differ in number");
      const joined = input.text();
      const terms = joined === "" ? [] : joined.split("\n");
      const offsets = input.int32s();
      const all = input.int32s();
      const languages = input.bytes();
      if (offsets.length !== terms.length + 1 || languages.length !== terms.length || offsets[terms.length] !== all.length) throw new CorruptDataError("postings do not fit the vocabulary");
      for (let t2 = 0; t2 < terms.length; t2++) if (offsets[t2 + 1] < offsets[t2]) throw new CorruptDataError("postings offsets go backwards");
      for (let i3 = 0; i3 < all.length; i3++) if (all[i3] < 0 || all[i3] >= n2) throw new CorruptDataError("a posting points outside the paragraphs");
      return new _SearchIndex(documents, { doc, line, endLine, speaker, section, role }, strings, texts, terms, postingsOf(all, offsets), languages);
    }
    text(paragraph) {
      return this.texts.get(paragraph);
    }
    speakerOf(paragraph) {
      const s5 = this.columns.speaker[paragraph];
      return s5 < 0 ? null : this.strings[s5];
    }
    roleOf(paragraph) {
      const r4 = this.columns.role[paragraph];
      return r4 === 0 ? null : ROLES2[r4 - 1];
    }
    /**
     * With `names`, an organisation or agreement named in the query is found under any of its
     * names as well ("ШОС" finds "Шанхайской организации сотрудничества", "上合组织" and "SCO"),
     * where the index knows the paragraphs' mentions; its words as typed still match as a phrase.
     */
    search(query, options = {}, names) {
      const limit = options.limit ?? 50;
      const parsed = parseQuery(names ? withEntities(query, names) : query);
      const filtered = parsed.speaker !== null || parsed.role !== null;
      const speakerOk = /* @__PURE__ */ new Map();
      const passes = (doc) => !filtered || this.passesFilters(doc, parsed, speakerOk);
      if (parsed.groups.length === 0) {
        if (!filtered) return { query, total: 0, results: [] };
        const all = [];
        for (let doc = 0; doc < this.paragraphCount; doc++) if (passes(doc) && this.satisfies(doc, [], parsed.exclude)) all.push({ doc, score: 1 });
        all.sort((a2, b) => this.inCorpusOrder(a2.doc, b.doc));
        return { query, total: all.length, results: all.slice(0, limit).map(({ doc, score }) => this.hit(doc, score, [])) };
      }
      if (!this.best || this.best.length !== this.paragraphCount) {
        this.best = new Float64Array(this.paragraphCount);
        this.stamp = new Int32Array(this.paragraphCount);
      }
      const best = this.best;
      const stamp = this.stamp;
      const lastGroup = parsed.groups.length - 1;
      const groups = parsed.groups.map(
        (group, g) => group.flatMap((term, t2) => this.resolve(term, options.prefixLast === true && g === lastGroup && t2 === group.length - 1 && !/\s$/.test(query)))
      );
      const order = groups.map((g, i3) => ({ g, i: i3, size: g.reduce((n2, t2) => n2 + t2.postings.length, 0) })).sort((a2, b) => a2.size - b.size);
      let candidates2 = null;
      let scores = [];
      for (const { g } of order) {
        const gen = ++this.generation;
        const fresh = [];
        for (const term of g) {
          for (const doc of term.postings) {
            if (stamp[doc] !== gen) {
              stamp[doc] = gen;
              best[doc] = term.weight;
              fresh.push(doc);
            } else if (term.weight > best[doc]) best[doc] = term.weight;
          }
        }
        if (candidates2 === null) {
          candidates2 = fresh;
          scores = fresh.map((doc) => best[doc]);
        } else {
          const keep = [];
          const keepScores = [];
          candidates2.forEach((doc, i3) => {
            if (stamp[doc] === gen) {
              keep.push(doc);
              keepScores.push(scores[i3] + best[doc]);
            }
          });
          candidates2 = keep;
          scores = keepScores;
        }
        if (candidates2.length === 0) break;
      }
      let hits = (candidates2 ?? []).map((doc, i3) => ({ doc, score: scores[i3] }));
      hits = hits.filter(({ doc }) => passes(doc) && this.satisfies(doc, groups, parsed.exclude));
      hits.sort((a2, b) => b.score - a2.score || this.inCorpusOrder(a2.doc, b.doc));
      const results = hits.slice(0, limit).map(({ doc, score }) => this.hit(doc, score, groups, names));
      return { query, total: hits.length, results };
    }
    /**
     * Paragraphs by file, then line: the order of equal results, whatever order the files were
     * indexed in (a cached corpus with one file read again holds that file last).
     */
    inCorpusOrder(a2, b) {
      const da = this.columns.doc[a2];
      const db = this.columns.doc[b];
      if (da !== db) {
        const fa = this.documents[da].file;
        const fb = this.documents[db].file;
        if (fa !== fb) return fa < fb ? -1 : 1;
      }
      return this.columns.line[a2] - this.columns.line[b] || a2 - b;
    }
    passesFilters(doc, parsed, speakerOk) {
      if (parsed.role !== null && this.roleOf(doc) !== parsed.role) return false;
      if (parsed.speaker === null) return true;
      const s5 = this.columns.speaker[doc];
      let ok = speakerOk.get(s5);
      if (ok === void 0) speakerOk.set(s5, ok = speakerMatches(parsed.speaker, this.speakerOf(doc)));
      return ok;
    }
    /** Checks what postings alone cannot: phrases stand together, excluded words are absent. */
    satisfies(doc, groups, exclude) {
      const needsText = exclude.length > 0 || groups.some((g) => g.some((t2) => t2.phrase));
      if (!needsText) return true;
      const text = words(this.text(doc));
      for (const group of groups) {
        if (!group.some((t2) => t2.phrase)) continue;
        const ok = group.some((t2) => t2.phrase ? containsPhrase(text, t2.phrase) : hasPosting(t2.postings, doc));
        if (!ok) return false;
      }
      for (const term of exclude) {
        const folded = term.words.map(foldWord);
        if (term.mode === "phrase" ? containsPhrase(text.map(foldWord), folded.map((w) => /* @__PURE__ */ new Set([w]))) : term.mode === "prefix" ? text.some((w) => foldWord(w).startsWith(folded[0])) : text.some((w) => foldWord(w) === folded[0])) return false;
      }
      return true;
    }
    hit(doc, score, groups, names) {
      const text = this.text(doc);
      const d = this.documents[this.columns.doc[doc]];
      const matched = /* @__PURE__ */ new Set();
      for (const group of groups)
        for (const term of group) {
          if (!hasPosting(term.postings, doc)) continue;
          for (const w of term.words) matched.add(w);
          if (term.entity && names) {
            for (const m of names(text)) if (m.entryId === term.entity) for (const w of words(m.text)) matched.add(w);
          }
        }
      const section = this.columns.section[doc];
      return {
        file: d.file,
        transcript: d.title,
        place: d.place,
        date: d.date,
        section: section < 0 ? "" : this.strings[section],
        speaker: this.speakerOf(doc),
        role: this.roleOf(doc),
        line: this.columns.line[doc],
        endLine: this.columns.endLine[doc],
        score: Math.round(score * 1e3) / 1e3,
        snippet: snippet(text, matched),
        matched: [...matched]
      };
    }
    /** The vocabulary terms a query term stands for, each with the weight of a match on it. */
    resolve(term, asPrefix) {
      const idf = (id) => Math.log(1 + this.paragraphCount / Math.max(1, this.postings[id].length));
      if (term.mode === "entity") {
        const id = this.termIds.get(entityTerm(term.words[0]));
        return id === void 0 ? [] : [{ postings: this.postings[id], weight: idf(id) * EXACT, words: [], entity: term.words[0] }];
      }
      if (term.mode === "phrase") {
        const forms = term.words.map((w) => this.variants(w, term.loose ? "fuzzy" : "phrase"));
        if (forms.some((f) => f.size === 0)) return [];
        const phraseOf = (of) => {
          const postings = of.map((f) => union([...f.keys()].map((id) => this.postings[id]))).reduce(intersect);
          const weight = of.reduce((n2, f) => n2 + Math.max(...[...f].map(([id, quality]) => idf(id) * quality)), 0);
          const phrase = of.map((f) => new Set([...f.keys()].map((id) => this.terms[id])));
          return { postings, weight, phrase, words: [...new Set(phrase.flatMap((p) => [...p]))] };
        };
        const all = phraseOf(forms);
        const strict = forms.map((f) => new Map([...f].filter(([, quality]) => quality >= STEM)));
        if (!term.loose || strict.some((f) => f.size === 0) || strict.every((f, i3) => f.size === forms[i3].size)) return [all];
        const exact = phraseOf(strict);
        return [exact, { ...all, weight: Math.min(all.weight, exact.weight * CORRECTION_OF_KNOWN) }];
      }
      const word = term.words[0];
      const out = [];
      const add = (id, quality) => out.push({ postings: this.postings[id], weight: idf(id) * quality, words: [this.terms[id]] });
      if (term.mode === "prefix" || asPrefix) {
        const exact = this.termIds.get(word);
        for (const id of this.withPrefix(word)) add(id, id === exact ? EXACT : PREFIX);
        if (term.mode === "prefix") return out;
      }
      for (const [id, quality] of this.variants(word, term.mode === "exact" ? "exact" : "fuzzy")) if (!out.some((t2) => t2.words[0] === this.terms[id])) add(id, quality);
      return out;
    }
    /**
     * The forms of a word the corpus holds, each with how close it is: the word as typed, without
     * accents, other forms of the same stem in each language the word may be in ("Шанхайская" →
     * "шанхайской"), and, for a fuzzy word, typo corrections ("Irak" → "iraq"), which rank below
     * the word itself when the corpus holds it too ("al-Qaida" still finds "al-Qaeda").
     */
    variants(word, mode) {
      const found = /* @__PURE__ */ new Map();
      const put = (id, quality) => {
        if ((found.get(id) ?? 0) < quality) found.set(id, quality);
      };
      const exact = this.termIds.get(word);
      if (exact !== void 0) put(exact, EXACT);
      for (const id of this.termsFoldedTo(foldWord(word))) put(id, ACCENTS);
      if (mode === "exact") return found;
      for (const language of languagesOfWord(word)) {
        if (language === "zh") continue;
        for (const id of this.stemmed(language).get(stemWord(word, language)) ?? []) put(id, STEM);
      }
      if (mode === "fuzzy") {
        const known = found.size > 0;
        for (const [id, quality, soundAlike] of this.corrections(word)) if (!known || soundAlike) put(id, known ? quality * CORRECTION_OF_KNOWN : quality);
      }
      return found;
    }
    /** The terms that fold to `folded` ("elysee": "elysee", "élysée"), in vocabulary order. */
    termsFoldedTo(folded) {
      if (!this.folded) {
        this.folded = /* @__PURE__ */ new Map();
        for (let id = 0; id < this.terms.length; id++) {
          const t2 = this.terms[id];
          if (!FOLDABLE.test(t2)) continue;
          const f = foldWord(t2);
          if (f === t2) continue;
          const list = this.folded.get(f);
          if (list) list.push(id);
          else this.folded.set(f, [id]);
        }
      }
      const same = this.termIds.get(folded);
      const changed = this.folded.get(folded) ?? [];
      if (same === void 0) return changed;
      const at = changed.findIndex((id) => id > same);
      return at < 0 ? [...changed, same] : [...changed.slice(0, at), same, ...changed.slice(at)];
    }
    /** The terms of one language by stem: a Russian stem is looked up among Cyrillic words of Russian transcripts, and so on. */
    stemmed(language) {
      let map2 = this.stems.get(language);
      if (map2) return map2;
      map2 = /* @__PURE__ */ new Map();
      const bit = 1 << LANGUAGES.indexOf(language);
      this.terms.forEach((t2, id) => {
        const of = languagesOfWord(t2);
        if (!of.includes(language) || ((this.languages[id] ?? 0) & bit) === 0 && !(language === "ru" && of[0] === "ru")) return;
        const stem = stemWord(t2, language);
        const list = map2.get(stem);
        if (list) list.push(id);
        else map2.set(stem, [id]);
      });
      this.stems.set(language, map2);
      return map2;
    }
    withPrefix(prefix) {
      this.sortedFolded ??= this.terms.map((t2, id) => ({ folded: foldWord(t2), id })).sort((a2, b) => a2.folded < b.folded ? -1 : a2.folded > b.folded ? 1 : 0);
      const sorted = this.sortedFolded;
      const folded = foldWord(prefix);
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (sorted[mid].folded < folded) lo = mid + 1;
        else hi = mid;
      }
      const ids = [];
      for (let i3 = lo; i3 < sorted.length && sorted[i3].folded.startsWith(folded); i3++) ids.push(sorted[i3].id);
      return ids.sort((a2, b) => this.postings[b].length - this.postings[a2].length).slice(0, MAX_PREFIX_TERMS);
    }
    /**
     * Vocabulary words a mistyped word may mean. Words sharing enough letter pairs with it (and
     * of a similar length) are the candidates; Fuse.js scores them and keeps the close ones. A
     * candidate that sounds the same ("irak"/"iraq", "qaida"/"qaeda") is closer than its letters say.
     */
    corrections(word) {
      if (word.length < 4 || /^\d+$/.test(word) || languagesOfWord(word)[0] === "zh") return [];
      const cached = this.corrected.get(word);
      if (cached) return cached;
      this.bigrams ??= new LetterPairs(this.terms);
      const folded = foldWord(word);
      const own = [...new Set(pairKeysOf(folded))];
      const shared = /* @__PURE__ */ new Map();
      for (const b of own) {
        const ids = this.bigrams.termsWith(b);
        for (let i3 = 0; i3 < ids.length; i3++) shared.set(ids[i3], (shared.get(ids[i3]) ?? 0) + 1);
      }
      const needed = Math.max(2, own.length - 3);
      const digits = folded.replace(/\D/g, "");
      const candidates2 = [];
      for (const [id, n2] of shared) if (n2 >= needed && Math.abs(this.terms[id].length - word.length) <= 2 && this.terms[id].replace(/\D/g, "") === digits) candidates2.push(id);
      let result = [];
      if (candidates2.length > 0) {
        const fuse = new entry_default(candidates2.map((id) => foldWord(this.terms[id])), { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
        const sound = soundOf(folded);
        result = fuse.search(folded).filter((r4) => (r4.score ?? 1) <= FUSE_THRESHOLD && r4.item !== folded).map((r4) => soundOf(r4.item) === sound ? [candidates2[r4.refIndex], 0.9, true] : [candidates2[r4.refIndex], 0.8 * (1 - (r4.score ?? 0)), false]).sort((a2, b) => b[1] - a2[1]).slice(0, MAX_CORRECTIONS);
      }
      if (this.corrected.size > 1e3) this.corrected.clear();
      this.corrected.set(word, result);
      return result;
    }
  };
  function soundOf(word) {
    const w = word.replace(/ph/g, "f").replace(/[cq]/g, "k").replace(/z/g, "s").replace(/y/g, "i");
    return w[0] + w.slice(1).replace(/[aeiouh]/g, "").replace(/(.)\1+/g, "$1");
  }
  function withEntities(query, names) {
    const kept = [];
    for (const m of query.matchAll(/"[^"]*"?|(?:speaker|role):\S*/gi)) kept.push([m.index, m.index + m[0].length]);
    let out = "";
    let at = 0;
    for (const m of names(query)) {
      if (m.start < at || kept.some(([s5, e2]) => m.start < e2 && s5 < m.end)) continue;
      const before = query[m.start - 1];
      if (before === "!" || before === "'" || before === "^" || before === "@") continue;
      out += query.slice(at, m.start) + ` @${m.entryId}|"${m.text.replace(/"/g, "")}" `;
      at = m.end;
    }
    return at === 0 ? query : out + query.slice(at);
  }
  var FOLDABLE = /[^\u0000-\u0040\u005b-\u007f]/;
  function pairKeysOf(word) {
    const out = [];
    let previous = 94;
    for (let i3 = 0; i3 < word.length; i3++) {
      const c2 = word.charCodeAt(i3);
      out.push(previous * 65536 + c2);
      previous = c2;
    }
    out.push(previous * 65536 + 36);
    return out;
  }
  var LetterPairs = class {
    slots = /* @__PURE__ */ new Map();
    starts;
    ids;
    constructor(terms) {
      const wordSlots = new IntList(terms.length * 8);
      const wordEnds = new Int32Array(terms.length);
      let counts = new Int32Array(1024);
      for (let id = 0; id < terms.length; id++) {
        const first = wordSlots.length;
        for (const key of pairKeysOf(foldWord(terms[id]))) {
          let slot = this.slots.get(key);
          if (slot === void 0) this.slots.set(key, slot = this.slots.size);
          let seen = false;
          for (let k = first; k < wordSlots.length && !seen; k++) seen = wordSlots.data[k] === slot;
          if (seen) continue;
          wordSlots.push(slot);
          if (slot >= counts.length) {
            const grown = new Int32Array(counts.length * 2);
            grown.set(counts);
            counts = grown;
          }
          counts[slot]++;
        }
        wordEnds[id] = wordSlots.length;
      }
      const n2 = this.slots.size;
      this.starts = new Int32Array(n2 + 1);
      for (let slot = 0; slot < n2; slot++) this.starts[slot + 1] = this.starts[slot] + counts[slot];
      this.ids = new Int32Array(wordSlots.length);
      const filled = this.starts.slice(0, n2);
      const slots = wordSlots.data;
      let at = 0;
      for (let id = 0; id < terms.length; id++) for (; at < wordEnds[id]; at++) this.ids[filled[slots[at]]++] = id;
    }
    termsWith(key) {
      const slot = this.slots.get(key);
      return slot === void 0 ? new Int32Array(0) : this.ids.subarray(this.starts[slot], this.starts[slot + 1]);
    }
  };
  function hasPosting(postings, doc) {
    let lo = 0;
    let hi = postings.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (postings[mid] === doc) return true;
      if (postings[mid] < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
  function intersect(a2, b) {
    const out = [];
    let i3 = 0;
    let j = 0;
    while (i3 < a2.length && j < b.length) {
      if (a2[i3] === b[j]) {
        out.push(a2[i3]);
        i3++;
        j++;
      } else if (a2[i3] < b[j]) i3++;
      else j++;
    }
    return Int32Array.from(out);
  }
  function union(lists) {
    if (lists.length === 1) return lists[0];
    const all = new Int32Array(lists.reduce((n3, l2) => n3 + l2.length, 0));
    let at = 0;
    for (const l2 of lists) {
      all.set(l2, at);
      at += l2.length;
    }
    all.sort();
    let n2 = 0;
    for (let i3 = 0; i3 < all.length; i3++) if (i3 === 0 || all[i3] !== all[i3 - 1]) all[n2++] = all[i3];
    return all.subarray(0, n2);
  }
  function containsPhrase(text, phrase) {
    outer: for (let i3 = 0; i3 + phrase.length <= text.length; i3++) {
      for (let j = 0; j < phrase.length; j++) if (!phrase[j].has(text[i3 + j])) continue outer;
      return true;
    }
    return false;
  }
  function snippet(text, matched, width = 160) {
    const found = wordsWithOffsets(text).find((w) => matched.has(w.word));
    if (!found || text.length <= width) return text.length <= width ? text : text.slice(0, text.lastIndexOf(" ", width)) + "\u2026";
    let start = Math.max(0, found.start - Math.floor(width / 3));
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    let end = Math.min(text.length, start + width);
    if (end < text.length) end = text.lastIndexOf(" ", end) > found.end ? text.lastIndexOf(" ", end) : end;
    return (start > 0 ? "\u2026" : "") + text.slice(start, end).trim() + (end < text.length ? "\u2026" : "");
  }
  var DROPPED = "\0dropped";
  var SearchIndexBuilder = class {
    documents = [];
    strings = /* @__PURE__ */ new Map();
    postings;
    columns = { doc: new IntList(), line: new IntList(), endLine: new IntList(), speaker: new IntList(), section: new IntList(), role: new IntList() };
    blob;
    used = 0;
    offsets = new IntList();
    texts = [];
    paragraphs = 0;
    dropped = 0;
    /** `characters`: about how much text is coming, when it is known, to size the buffers once. */
    constructor(characters = 0) {
      this.postings = new PostingsBuilder(Math.max(1024, Math.ceil(characters / 6)));
      this.blob = new Uint8Array(Math.max(64 * 1024, Math.ceil(characters * 1.1)));
      this.offsets.push(0);
    }
    /** Makes room for about this many more characters of text at once, rather than growing (and copying) as they come. */
    reserve(characters) {
      const bytes = this.used + Math.ceil(characters * 1.1);
      if (bytes > this.blob.length) {
        const grown = new Uint8Array(bytes);
        grown.set(this.blob.subarray(0, this.used));
        this.blob = grown;
      }
      this.postings.reserve(Math.ceil(characters / 6));
      for (const column of Object.values(this.columns)) column.reserve(Math.ceil(characters / 60));
      this.offsets.reserve(Math.ceil(characters / 60));
    }
    /** Documents added, dropped ones included. */
    get documentCount() {
      return this.documents.length;
    }
    /** Adds a document; answers its position, for `drop`. */
    add(document) {
      const { paragraphs: paragraphs2, ...meta } = document;
      const position = this.documents.length;
      this.documents.push(meta);
      const columns = this.columns;
      this.postings.bit = 1 << Math.max(0, LANGUAGES.indexOf(document.language ?? "en"));
      for (const p of paragraphs2) {
        columns.doc.push(position);
        columns.line.push(p.line);
        columns.endLine.push(p.endLine);
        columns.speaker.push(this.stringId(p.speaker));
        columns.section.push(this.stringId(p.section));
        columns.role.push(p.role ? ROLES2.indexOf(p.role) + 1 : 0);
        this.texts.push(p.text);
        this.postings.paragraph(this.paragraphs, p.text);
        if (p.entities) for (const id of p.entities) this.postings.see(this.postings.table.idOf(entityTerm(id)));
        this.postings.endParagraph();
        this.paragraphs++;
      }
      return position;
    }
    /** Leaves out a document added earlier (a file changed or removed before the index was finished). */
    drop(position) {
      const meta = this.documents[position];
      if (!meta || meta.file === DROPPED) return;
      this.documents[position] = { ...meta, file: DROPPED };
      this.dropped++;
    }
    finish() {
      const { terms, postings, languages } = this.postings.finish();
      const c2 = this.columns;
      const columns = { doc: c2.doc.toArray(), line: c2.line.toArray(), endLine: c2.endLine.toArray(), speaker: c2.speaker.toArray(), section: c2.section.toArray(), role: c2.role.toArray() };
      const index = SearchIndex.fromBuilt(this.documents, columns, [...this.strings.keys()], new StringTexts(this.texts), terms, postings, languages);
      return this.dropped > 0 ? index.without(/* @__PURE__ */ new Set([DROPPED])) : index;
    }
    stringId(s5) {
      if (s5 === null) return -1;
      let id = this.strings.get(s5);
      if (id === void 0) this.strings.set(s5, id = this.strings.size);
      return id;
    }
  };

  // src/core/corpusCache.ts
  var CACHE_FORMAT = 2;
  var MAGIC = [68, 83, 67, 49];
  var HASHED_BYTES = 4096;
  function contentHash(...parts) {
    let a2 = 2166136261;
    let b = 16777619 ^ 1540483477;
    for (const part of parts) {
      for (let i3 = 0; i3 < part.length; i3++) {
        a2 = Math.imul(a2 ^ part[i3], 16777619);
        b = Math.imul(b ^ part[i3], 16777619) ^ b >>> 13;
      }
      a2 = Math.imul(a2 ^ 255, 16777619);
    }
    return (a2 >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
  }
  function fileKeyOf(size, mtimeMs, head, tail) {
    return { size, mtimeMs, hash: contentHash(head, tail) };
  }
  function sameKey(a2, b) {
    return !!a2 && !!b && a2.size === b.size && a2.mtimeMs === b.mtimeMs && a2.hash === b.hash;
  }
  function textHash(text) {
    return contentHash(new TextEncoder().encode(text));
  }
  function encodeCache(contents) {
    const parts = contents.index.toParts();
    const id = contentHash(parts.index, new TextEncoder().encode(String(Date.now())));
    const body = new BinaryWriter();
    body.json({ build: contents.build, glossary: contents.glossary, mentions: contents.mentions, files: contents.files, display: contents.display !== null, texts: id });
    body.bytes(parts.index);
    if (contents.display) {
      body.uint32(contents.display.length);
      for (const d of contents.display) body.bytes(d);
    }
    const payload = body.finish();
    const main = new Uint8Array(16 + payload.byteLength);
    main.set(MAGIC, 0);
    const view = new DataView(main.buffer);
    view.setUint32(4, CACHE_FORMAT, true);
    view.setUint32(8, checksum(payload), true);
    view.setUint32(12, payload.byteLength, true);
    main.set(payload, 16);
    const texts = new Uint8Array(TEXTS_HEADER + parts.texts.byteLength);
    texts.set(TEXTS_MAGIC, 0);
    texts.set(new TextEncoder().encode(id), 4);
    texts.set(parts.texts, TEXTS_HEADER);
    return { main, texts };
  }
  var TEXTS_MAGIC = [68, 83, 84, 49];
  var TEXTS_HEADER = 20;
  function decodeCache(main, texts) {
    const bytes = main;
    if (bytes.byteLength < 16 || MAGIC.some((b, i3) => bytes[i3] !== b)) throw new CorruptDataError("not a Diplomatic Study cache file");
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const format2 = view.getUint32(4, true);
    if (format2 !== CACHE_FORMAT) throw new CorruptDataError(`cache layout ${format2}, this version reads ${CACHE_FORMAT}`);
    const length = view.getUint32(12, true);
    if (bytes.byteLength !== 16 + length) throw new CorruptDataError(`the cache file has ${bytes.byteLength - 16} bytes after its header where it should have ${length}`);
    const payload = bytes.subarray(16);
    if (checksum(payload) !== view.getUint32(8, true)) throw new CorruptDataError("the cache file does not match its checksum");
    const input = new BinaryReader(payload);
    const header = input.json();
    if (typeof header.build !== "string" || typeof header.glossary !== "string" || typeof header.files !== "object" || header.files === null || typeof header.texts !== "string") throw new CorruptDataError("the cache header is incomplete");
    if (!texts || texts.length < TEXTS_HEADER) throw new CorruptDataError("the cache has no texts file");
    const head = texts.read(0, TEXTS_HEADER);
    if (TEXTS_MAGIC.some((b, i3) => head[i3] !== b) || new TextDecoder().decode(head.subarray(4, TEXTS_HEADER)) !== header.texts) throw new CorruptDataError("the texts file belongs to another cache");
    const index = SearchIndex.fromParts(input.bytes(), { length: texts.length - TEXTS_HEADER, read: (start, end) => texts.read(start + TEXTS_HEADER, end + TEXTS_HEADER) });
    let display = null;
    if (header.display === true) {
      const count = input.uint32();
      if (count !== index.documentCount) throw new CorruptDataError("display parts and documents differ in number");
      display = [];
      for (let i3 = 0; i3 < count; i3++) display.push(input.bytes());
    }
    const files = header.files;
    const indexed = new Set(index.files);
    for (const [file, entry] of Object.entries(files)) {
      if (typeof entry?.key?.hash !== "string" || !entry.skipped && !indexed.has(file)) throw new CorruptDataError(`the cache's entry for ${file} is incomplete`);
    }
    return { build: header.build, glossary: header.glossary, mentions: header.mentions === true, files, index, display };
  }

  // src/core/display.ts
  var DISPLAY_CHARS = 160;
  var DISPLAY_PART = { sections: 200, mentions: 2e3 };
  var encoder2 = new TextEncoder();
  var decoder2 = new TextDecoder();
  function forDisplay(transcript) {
    return {
      ...transcript,
      sections: transcript.sections.map((section) => ({
        ...section,
        turns: section.turns.map((turn) => ({
          ...turn,
          paragraphs: turn.paragraphs.map((p) => p.text.length > DISPLAY_CHARS ? { range: p.range, text: p.text.slice(0, DISPLAY_CHARS) + "\u2026" } : p)
        }))
      }))
    };
  }
  function encodeDisplay(file) {
    const { sections, ...meta } = file.transcript;
    const lines = [];
    for (let i3 = 0; i3 < sections.length; i3 += DISPLAY_PART.sections) lines.push(JSON.stringify({ sections: sections.slice(i3, i3 + DISPLAY_PART.sections) }));
    for (let i3 = 0; i3 < file.mentions.length; i3 += DISPLAY_PART.mentions) lines.push(JSON.stringify({ mentions: file.mentions.slice(i3, i3 + DISPLAY_PART.mentions) }));
    return encoder2.encode([JSON.stringify(meta), ...lines].join("\n"));
  }

  // src/core/glossary.ts
  function allNames(entry) {
    const names = [entry.name, ...entry.aliases];
    for (const list of Object.values(entry.names ?? {})) if (list) names.push(...list);
    return [...new Set(names)];
  }

  // src/core/parser/lines.ts
  function splitLines(text) {
    return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  }
  function lineStarts(text) {
    const starts = [0];
    for (let i3 = 0; i3 < text.length; i3++) {
      const c2 = text.charCodeAt(i3);
      if (c2 === 10 || c2 === 13 && text.charCodeAt(i3 + 1) !== 10) starts.push(i3 + 1);
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
  function readLines(lines) {
    const out = new Array(lines.length);
    for (let index = 0; index < lines.length; index++) out[index] = readLine(lines[index], index);
    return out;
  }
  var UNEVEN_SPACING = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}/;
  function readLine(raw, index) {
    const even = !UNEVEN_SPACING.test(raw);
    const plain = even ? raw : normalizeSpaces(raw);
    const first = plain.charCodeAt(0);
    const quote = first === 62 || first <= 32 || first === 8232 || first === 8233 ? /^\s{0,3}((?:>\s?)+)/.exec(plain) : null;
    let content = quote ? plain.slice(quote[0].length) : plain;
    const hardBreak = endsWithTwoSpaces(content) || content.trimEnd().endsWith("\\");
    content = content.trim();
    if (hardBreak) content = content.replace(/\\$/, "").trimEnd();
    const heading = content.charCodeAt(0) === 35 ? /^(#{1,6})\s+/.exec(content) : null;
    if (heading) content = content.slice(heading[0].length).replace(/\s+#+\s*$/, "").trim();
    return { index, raw, content, quoted: quote !== null, hardBreak, heading: heading ? heading[1].length : 0, blank: content === "", clean: even };
  }
  function endsWithTwoSpaces(text) {
    return text.length >= 2 && text.charCodeAt(text.length - 1) === 32 && text.charCodeAt(text.length - 2) === 32;
  }
  function hasMarkdown(text) {
    return MARKDOWN_CHARACTER.test(text);
  }
  function stripMarkdown(text) {
    if (!hasMarkdown(text)) return text;
    return text.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]+)\]\([^)]*\)/g, "$1").replace(/(\*\*|__)(.+?)\1/g, "$2").replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,:;!?]|$)/g, "$1$3").replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
  }
  var MARKDOWN_CHARACTER = /[[*_\\]/;
  var SEPARATOR = /^[\s*•·—–\-_=~#.]{3,}$/u;
  var PHOTO_CREDIT = /^(?:photo(?:graph)?s?|pictures?|images?|фото|credit|source of the photo|图片|图|foto|fotografía|crédit photo|crédits photo)(?:\s+(?:credits?|captions?))?\s*(?:[:：©]|by\s)/iu;
  var BREADCRUMB = /^[^>›]{1,40}(?:\s*[>›]\s*[^>›]{1,40}){2,}$/u;
  var METADATA = /^(?:url|link|permalink|source|source_url|fuente|lien|ссылка|источник|来源|作者|责任编辑|编辑|author|autor|auteur|tags|etiquetas|теги|keywords|palabras clave|mots-clés)\s*[:：]/iu;
  var EDITORIAL = /^(?:\(?\s*(?:the following is|following is|this is a (?:near-)?verbatim|near-verbatim|unofficial transcript|as prepared for delivery|as delivered|check against delivery|translated from|provisional translation|unofficial translation|video (?:of|available)|audio (?:of|available)|watch the video|перевод с|неофициальный перевод|видео|（?\s*翻译|traducción no oficial|seul le prononcé fait foi|traduction non officielle)(?![\p{L}]).{0,240})$/iu;
  var CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s*m\.?)?(?:\s+[A-Z]{2,5})?$/i;
  var URL_ONLY = /^(?:<)?https?:\/\/\S+(?:>)?$/i;
  var LANGUAGE = "(?:English|\u0420\u0443\u0441\u0441\u043A\u0438\u0439|Fran\xE7ais|Francais|Espa\xF1ol|Espanol|Deutsch|Portugu\xEAs|Italiano|\u4E2D\u6587|\u7B80\u4F53\u4E2D\u6587|\u7E41\u9AD4\u4E2D\u6587|\u0627\u0644\u0639\u0631\u0628\u064A\u0629|\u65E5\u672C\u8A9E|\uD55C\uAD6D\uC5B4|T\xFCrk\xE7e|EN|RU|FR|ES|DE|ZH|AR|PT|Eng|Rus|Fra|Esp)";
  var LANGUAGE_MENU = new RegExp(`^${LANGUAGE}(?:\\s*[|/\xB7\u2022,]?\\s*${LANGUAGE}){1,}$`, "u");
  var BOILERPLATE = /^(?:\(?\s*unofficial translation\s*\)?|\(?\s*as delivered\s*\)?|\(?\s*check against delivery\s*\)?|skip to (?:main )?content|main menu|menu|search|print(?: version)?|share|version for the visually impaired|font size.*|©.*|copyright\b.*|all rights reserved\.?)$/iu;
  function isNoise(line) {
    return line.noise ??= isNoiseLine(line.content);
  }
  function isNoiseLine(content) {
    if (content === "") return false;
    return SEPARATOR.test(content) || PHOTO_CREDIT.test(content) || EDITORIAL.test(content) || METADATA.test(content) || (content.includes(">") || content.includes("\u203A")) && BREADCRUMB.test(content) || CLOCK_TIME.test(content) || URL_ONLY.test(content) || LANGUAGE_MENU.test(content) || BOILERPLATE.test(content);
  }
  var FOOTER = /^(?:смотрите также|статус материала|read (?:more|also|the full)\b|subscribe\b|follow us\b|join us\b|share (?:this|on)\b|tags?\s*:|keywords\s*:|related(?:\s+\w+){0,2}\s*:?$|see also\b|back to top\b|other (?:news|materials|publications)\b|more on this topic\b|end(?:\s+\d{1,2}[:.]\d{2}.*)?$|-\s*end\s*-$|\[end\]$|###$|download\b|permalink\b|print this page\b)/iu;
  function isFooterLine(content) {
    return FOOTER.test(content);
  }
  var RUN_IN_LABEL = /(?<=^|[.!?…»"”)\]*]\s{1,3})((?:Вопрос|Ответ|Реплика|Ведущий|Question|Answer|Q|Moderator|Pregunta|Respuesta|Interlocutora?|Journaliste|Réponse|记者|问|答)|(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}-]+|\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,2}|\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3})\s?[:：]\s|(?<=\s)(?:Вопрос|Question|Pregunta|(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}-]+)[:：]\s/gu;
  var RUN_IN_MIN_LENGTH = 1500;
  function splitRunInLabels(raw) {
    const lines = [];
    const sourceLine = [];
    let split = false;
    raw.forEach((line, index) => {
      const cuts = line.length >= RUN_IN_MIN_LENGTH ? [...line.matchAll(RUN_IN_LABEL)].map((m) => m.index).filter((i3) => i3 > 0) : [];
      if (cuts.length < 3) {
        lines.push(line);
        sourceLine.push(index);
        return;
      }
      split = true;
      let from = 0;
      for (const cut of cuts) {
        lines.push(line.slice(from, cut).trim());
        sourceLine.push(index);
        from = cut;
      }
      lines.push(line.slice(from).trim());
      sourceLine.push(index);
    });
    return split ? { lines, sourceLine } : null;
  }

  // src/core/entityMatcher.ts
  var WORD2 = /[\p{L}\p{N}\p{M}]/u;
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
    return WORD2.test(ch);
  }
  function tokenize(text, from = 0, to = text.length) {
    const tokens = [];
    let spaced = false;
    let i3 = from;
    while (i3 < to) {
      const code = text.charCodeAt(i3);
      const ch = text[i3];
      if (code >= 11904 && isHan(text.slice(i3, code >= 55296 && code <= 56319 ? i3 + 2 : i3 + 1))) {
        const width = code >= 55296 && code <= 56319 ? 2 : 1;
        tokens.push({ text: text.slice(i3, i3 + width), start: i3, end: i3 + width, spaced, script: "han" });
        spaced = false;
        i3 += width;
      } else if (isWordCode(code, ch) || code >= 55296 && code <= 56319 && WORD2.test(text.slice(i3, i3 + 2))) {
        const start = i3;
        while (i3 < to) {
          const c2 = text.charCodeAt(i3);
          if (c2 >= 11904 && isHan(text[i3])) break;
          if (c2 >= 55296 && c2 <= 56319 && WORD2.test(text.slice(i3, i3 + 2))) i3 += 2;
          else if (isWordCode(c2, text[i3])) i3++;
          else break;
        }
        tokens.push({ text: text.slice(start, i3), start, end: i3, spaced, script: isCyrillicCode(code) ? "cyrillic" : "latin" });
        spaced = false;
      } else if (code === 32 || SPACE.test(ch) || DASH.test(ch)) {
        spaced = true;
        i3++;
      } else {
        tokens.push({ text: APOSTROPHE.test(ch) ? "'" : ch, start: i3, end: i3 + 1, spaced, script: "symbol" });
        spaced = false;
        i3++;
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
  function unstemmedKey(token, fold2) {
    if (CYRILLIC_ACRONYM.test(token.text)) return null;
    const lower = foldWord(token.text);
    if (fold2) return lower;
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
          const fold2 = words2.length >= 2;
          let node = fold2 ? this.folded : this.exact;
          let index = 0;
          let usable = true;
          for (const token of tokens) {
            const key = fold2 ? foldKey(token) : exactKey(token);
            if (key === null) {
              if (fold2) continue;
              usable = false;
              break;
            }
            const k = fold2 ? key : withSpace(key, token, index);
            index++;
            let child2 = node.next.get(k);
            if (!child2) node.next.set(k, child2 = { next: /* @__PURE__ */ new Map() });
            const whole = token.script === "cyrillic" ? unstemmedKey(token, fold2) : null;
            if (whole !== null && whole !== key && !node.next.has(fold2 ? whole : withSpace(whole, token, index - 1))) node.next.set(fold2 ? whole : withSpace(whole, token, index - 1), child2);
            node = child2;
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
      let i3 = 0;
      while (i3 < tokens.length) {
        if (keys.fold(i3) === null) {
          i3++;
          continue;
        }
        const byNumber = this.resolutionFrom(line, tokens, keys, i3);
        const byName = this.bestFrom(tokens, keys, i3, onWordBoundaries);
        const best = byName && (!byNumber || byName.last >= byNumber.last) ? byName : byNumber;
        if (!best) {
          i3++;
          continue;
        }
        let last = best.last;
        if (OPEN.has(tokens[last + 1]?.text ?? "")) {
          const inner = this.bestFrom(tokens, keys, last + 2, onWordBoundaries);
          if (inner?.entryId === best.entryId && CLOSE.has(tokens[inner.last + 1]?.text ?? "")) last = inner.last + 1;
        }
        const start = tokens[i3].start;
        const end = tokens[last].end;
        if (DASH.test(line[end] ?? "") && /\d/.test(line[end + 1] ?? "")) {
          i3 = last + 1;
          continue;
        }
        mentions.push({ entryId: best.entryId, start, end, text: line.slice(start, end) });
        i3 = last + 1;
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
      const candidates2 = [];
      this.walk(tokens, keys, first, this.exact, false, candidates2);
      this.walk(tokens, keys, first, this.folded, true, candidates2);
      candidates2.sort((x2, y) => y.last - x2.last);
      for (const c2 of candidates2) if (onWordBoundaries(tokens[first].start, tokens[c2.last].end)) return c2;
      return null;
    }
    /** The longest alias that starts at `first`; with `all`, every one of them goes there too. */
    walk(tokens, keys, first, root, fold2, all) {
      let found = null;
      let node = root;
      let capital = false;
      let index = 0;
      for (let j = first; j < tokens.length; j++) {
        const key = fold2 ? keys.fold(j) : keys.exact(j);
        if (key === null) {
          if (fold2 && j > first) continue;
          break;
        }
        node = node.next.get(fold2 ? key : withSpace(key, tokens[j], index));
        index++;
        if (!node) break;
        capital ||= fold2 && HAS_CAPITAL.test(tokens[j].text);
        if (node.entryId && (!fold2 || capital || node.lowerCaseOk)) {
          found = { entryId: node.entryId, last: j };
          all?.push(found);
        }
      }
      return found;
    }
  };

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
    for (let i3 = 0; i3 < content.length; i3++) {
      const c2 = content.charCodeAt(i3);
      const space = c2 === 32 || c2 >= 9 && c2 <= 13 || c2 >= 160 && /\s/.test(content[i3]);
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
  function standaloneLabel(content) {
    const text = collapseSpaces(content.replace(/[*_]/g, ""));
    if (text === "" || /[:：.!?…;,]$/u.test(text) || /[:：]/u.test(text)) return null;
    const name = collapseSpaces(text.split(",")[0].replace(/\s*[([][^)\]]*[)\]]\s*/g, " "));
    if (name.split(" ").length > 6 || !isLabelText(name)) return null;
    return { label: text, name, kind: classifyLabel(name), rest: "" };
  }
  function isAllCaps(text) {
    const letters = text.replace(/[^\p{L}]/gu, "");
    const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
    return letters.length >= 4 && upper / letters.length >= 0.9 && text.split(/\s+/).length >= 2 && text.split(/\s+/).length <= 14;
  }

  // src/core/parser/countries.ts
  var NAMES = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Brunei Darussalam|
Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|China|People's Republic of China|Colombia|Comoros|
Congo|Costa Rica|C\xF4te d'Ivoire|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|
Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|
Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|
Japan|Jordan|Kazakhstan|Kenya|Kiribati|Korea|Republic of Korea|South Korea|North Korea|Kuwait|Kyrgyzstan|Laos|Lao PDR|Latvia|
Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|
Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|
New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|
Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Tajikistan|
Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|T\xFCrkiye|Turkmenistan|Uganda|Ukraine|
United Arab Emirates|UAE|United Kingdom|UK|United States|United States of America|USA|U.S.A.|Uruguay|Uzbekistan|Vanuatu|
Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|\u0420\u043E\u0441\u0441\u0438\u044F|\u0420\u043E\u0441\u0441\u0438\u0439\u0441\u043A\u0430\u044F \u0424\u0435\u0434\u0435\u0440\u0430\u0446\u0438\u044F|\u041A\u0438\u0442\u0430\u0439|\u0424\u0440\u0430\u043D\u0446\u0438\u044F|\u0413\u0435\u0440\u043C\u0430\u043D\u0438\u044F|\u0428\u0432\u0435\u0439\u0446\u0430\u0440\u0438\u044F|\u0421\u0428\u0410|\u0418\u043D\u0434\u0438\u044F|
\u0411\u0440\u0430\u0437\u0438\u043B\u0438\u044F|\u0422\u0443\u0440\u0446\u0438\u044F|\u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D|\u0411\u0435\u043B\u043E\u0440\u0443\u0441\u0441\u0438\u044F|\u0411\u0435\u043B\u0430\u0440\u0443\u0441\u044C|\u0423\u0437\u0431\u0435\u043A\u0438\u0441\u0442\u0430\u043D|\u041C\u0430\u043B\u0430\u0439\u0437\u0438\u044F|\u0418\u043D\u0434\u043E\u043D\u0435\u0437\u0438\u044F|\u0412\u044C\u0435\u0442\u043D\u0430\u043C|\u042E\u0410\u0420|\u0415\u0433\u0438\u043F\u0435\u0442|\u0418\u0440\u0430\u043D|\u0421\u0438\u0440\u0438\u044F|\u0421\u0435\u0440\u0431\u0438\u044F|\u0418\u0442\u0430\u043B\u0438\u044F|
Espa\xF1a|M\xE9xico|Argentine|Mexique|Suisse|Allemagne|Espagne|Chine|Russie|Belgique|Br\xE9sil|Brasil|Estados Unidos|Francia|Alemania|
Suiza|Rusia|Per\xFA|Panam\xE1|Colombie|P\xE9rou|Royaume-Uni|Reino Unido|Canad\xE1|Japon|Jap\xF3n|Inde|\xC9gypte|Maroc|S\xE9n\xE9gal|C\xF4te d\u2019Ivoire`;
  var COUNTRIES = new Set(NAMES.replace(/\n/g, "").split("|").map((n2) => n2.toLowerCase()));
  function isCountry(text) {
    return COUNTRIES.has(text.trim().replace(/[.]$/, "").toLowerCase());
  }

  // src/core/parser/speakers.ts
  var HONORIFICS = /* @__PURE__ */ new Set([
    "mr",
    "mr.",
    "ms",
    "ms.",
    "mrs",
    "mrs.",
    "miss",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "h.e.",
    "he",
    "hon",
    "hon.",
    "sir",
    "dame",
    "madam",
    "madame",
    "mme",
    "mme.",
    "m.",
    "mlle",
    "monsieur",
    "sr",
    "sr.",
    "sra",
    "sra.",
    "don",
    "do\xF1a",
    "lic",
    "lic.",
    "secretary",
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "deputy",
    "first",
    "ambassador",
    "general",
    "admiral",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "press",
    "chancellor",
    "governor",
    "senator",
    "representative",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "envoy",
    "special",
    "state",
    "national",
    "security",
    "adviser",
    "advisor",
    "official",
    "senior",
    "administration",
    "coordinator",
    "under",
    "assistant",
    "acting",
    "executive",
    "high",
    "commissioner",
    "the",
    "king",
    "queen",
    "prince",
    "crown",
    "emir",
    "sheikh",
    "premier",
    "colonel",
    "captain",
    "major",
    "lieutenant",
    "rear",
    "nato",
    "un",
    "eu",
    "us",
    "u.s.",
    "sg",
    "dsg",
    "sec",
    "sec.",
    "gen.",
    "amb.",
    "pm",
    "fm",
    "\u0433\u043E\u0441\u043F\u043E\u0434\u0438\u043D",
    "\u0433\u043E\u0441\u043F\u043E\u0436\u0430",
    "\u0433-\u043D",
    "\u0433-\u0436\u0430",
    "\u043F\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0442",
    "\u043C\u0438\u043D\u0438\u0441\u0442\u0440",
    "\u043F\u0440\u0435\u043C\u044C\u0435\u0440-\u043C\u0438\u043D\u0438\u0441\u0442\u0440",
    "\u043F\u0440\u0435\u0434\u0441\u0435\u0434\u0430\u0442\u0435\u043B\u044C",
    "\u0437\u0430\u043C\u0435\u0441\u0442\u0438\u0442\u0435\u043B\u044C",
    "\u043F\u043E\u0441\u043E\u043B",
    "\u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u044B\u0439",
    "\u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C",
    "\u043F\u043E\u043C\u043E\u0449\u043D\u0438\u043A",
    "\u0441\u0435\u043A\u0440\u0435\u0442\u0430\u0440\u044C",
    "\u0433\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u0439",
    "\u043F\u0440\u0435\u0441\u0441-\u0441\u0435\u043A\u0440\u0435\u0442\u0430\u0440\u044C",
    "\u0434\u0438\u0440\u0435\u043A\u0442\u043E\u0440",
    "presidente",
    "presidenta",
    "canciller",
    "secretario",
    "secretaria",
    "ministro",
    "ministra",
    "vocero",
    "vocera",
    "embajador",
    "embajadora",
    "subsecretario",
    "subsecretaria",
    "gobernador",
    "gobernadora",
    "director",
    "directora",
    "pr\xE9sident",
    "pr\xE9sidente",
    "ministre",
    "porte-parole",
    "premier",
    "ambassadeur",
    "ambassadrice",
    "secr\xE9taire",
    "g\xE9n\xE9ral"
  ]);
  var CYRILLIC = /\p{Script=Cyrillic}/u;
  var OFFICE_WORDS = /^(?:the|la|le|los|las|affairs|relations|exteriores|affaires|étrangères|etrangeres|defence|defense|finance|economy|interior|justice|trade|commerce|republic|república|république|islamic|federal|people's|democratic|united|kingdom|states)$/i;
  var HAN3 = /^\p{Script=Han}{2,4}$/u;
  function fold(word) {
    return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function nameParts(name) {
    const clean = collapseSpaces(name.replace(/\s*[([][^)\]]*[)\]]\s*/g, " ")).replace(/[:：]$/, "");
    if (HAN3.test(clean)) return { given: [], initials: [], surname: clean, bare: clean, printed: clean };
    const spaced = clean.replace(/(\p{Lu}\.)(?=\p{Lu})/gu, "$1 ");
    const tokens = spaced.split(" ").filter(Boolean);
    let start = 0;
    while (start < tokens.length - 1 && HONORIFICS.has(tokens[start].toLowerCase())) start++;
    if (start > 0) {
      let of = -1;
      tokens.forEach((t2, i3) => {
        if (i3 >= start && i3 < tokens.length - 2 && /^(?:of|de|du|des|del)$/i.test(t2)) of = i3;
      });
      if (of >= 0) {
        let next = of + 1;
        for (let moved = true; moved && next < tokens.length - 1; ) {
          moved = false;
          for (let n2 = Math.min(4, tokens.length - next - 1); n2 >= 1; n2--) {
            if (isCountry(tokens.slice(next, next + n2).join(" "))) {
              next += n2;
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
    if (rest.length === 0 || rest.length === 1 && HONORIFICS.has(rest[0].toLowerCase())) return null;
    const surname = rest[rest.length - 1].replace(/[.,]$/, "");
    if (!/\p{L}{2,}/u.test(surname)) return null;
    const given = [];
    const initials = [];
    for (const token of rest.slice(0, -1)) {
      if (/^\p{Lu}\.?$/u.test(token) || /^(?:\p{Lu}\.){1,3}$/u.test(token)) initials.push(...token.replace(/\./g, "").toLowerCase().split(""));
      else if (/^\p{Lu}/u.test(token)) given.push(token.toLowerCase());
    }
    const bare = /\p{Lu}\.\p{Lu}/u.test(clean) ? rest.join(" ").replace(/(\p{Lu}\.) (?=\p{Lu})/gu, "$1") : rest.join(" ");
    return { given: given.map(fold), initials: initials.map(fold), surname: fold(surname.toLowerCase()), bare, printed: clean };
  }
  function sameSurname(a2, b) {
    if (a2 === b) return true;
    if (!CYRILLIC.test(a2) || !CYRILLIC.test(b)) return false;
    const [short, long] = a2.length <= b.length ? [a2, b] : [b, a2];
    const stem = short.replace(/(?:ой|ий|ый|ая|а|я|у|ю|е|ым|ом|ем)$/u, "");
    return stem.length >= 3 && long.startsWith(stem) && long.length - stem.length <= 3;
  }
  function compatible(a2, b) {
    const familyFirst = (x2, y) => x2.given.length === 0 && x2.initials.length === 0 && y.given.length > 0 && y.given[0] === x2.surname && /^[a-z-]+$/.test(x2.surname);
    if (familyFirst(a2, b) || familyFirst(b, a2)) return true;
    if (!sameSurname(a2.surname, b.surname)) return false;
    const firstA = a2.given[0]?.[0] ?? a2.initials[0];
    const firstB = b.given[0]?.[0] ?? b.initials[0];
    if (firstA && firstB && firstA !== firstB) return false;
    if (a2.given[0] && b.given[0] && !sameSurname(a2.given[0], b.given[0]) && !a2.given[0].startsWith(b.given[0]) && !b.given[0].startsWith(a2.given[0])) return false;
    return true;
  }
  function samePerson(a2, b) {
    if (a2.toLowerCase() === b.toLowerCase()) return true;
    const pa = nameParts(a2);
    const pb = nameParts(b);
    return pa !== null && pb !== null && compatible(pa, pb);
  }
  function titleCase(text) {
    if (text !== text.toUpperCase() || !/\p{Lu}{2}/u.test(text) || /^\p{Lu}{2,4}$/u.test(text)) return text;
    return text.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep, letter) => sep + letter.toUpperCase());
  }
  function fullness(parts) {
    return parts.given.length * 100 + parts.initials.length * 10 + (parts.bare !== parts.bare.toUpperCase() ? 5 : 0) + parts.bare.length / 100;
  }
  function resolveSpeakerNames(labels, known, overrides, roles) {
    const clusters = [];
    const clusterOf = /* @__PURE__ */ new Map();
    const add = (name, fromLabel) => {
      const parts = nameParts(name);
      if (!parts) return;
      let cluster = clusters.find((c2) => c2.forms.some((f) => compatible(f, parts)));
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
      if (role && !overrides.has(label.toLowerCase())) clusterOf.set(label, clusterOf.get(role));
    }
    for (const name of known) add(name, false);
    const names = /* @__PURE__ */ new Map();
    for (const cluster of clusters) {
      const labelSurnames = new Set(cluster.fromLabels.map((f) => f.surname));
      let usable = cluster.forms.filter((f) => cluster.fromLabels.includes(f) || labelSurnames.has(f.surname) || !CYRILLIC.test(f.surname));
      const regular = usable.filter((f) => f.given.length > 0 && [...labelSurnames].some((s5) => sameSurname(s5, f.surname)));
      if (regular.length) usable = usable.filter((f) => f.given.length === 0 || regular.includes(f));
      const count = (f) => cluster.forms.filter((g) => g.bare === f.bare).length;
      const extends_ = (a2, b) => a2.bare.length > b.bare.length && a2.bare.startsWith(b.bare);
      const best = usable.sort((a2, b) => Math.sign(b.given.length) - Math.sign(a2.given.length) || (extends_(b, a2) ? 1 : extends_(a2, b) ? -1 : 0) || count(b) - count(a2) || fullness(b) - fullness(a2))[0];
      const printed = cluster.fromLabels.sort((a2, b) => fullness(b) - fullness(a2))[0];
      names.set(cluster, titleCase(best.given.length || best.initials.length ? best.bare : printed.bare));
    }
    return {
      canonical(label) {
        const override = overrides.get(label.toLowerCase());
        if (override) return override;
        const parts = clusterOf.has(label) ? null : nameParts(label);
        const cluster = clusterOf.get(label) ?? (parts ? clusters.find((c2) => c2.fromLabels.some((f) => compatible(f, parts))) : void 0);
        return cluster ? names.get(cluster) : titleCase(label);
      }
    };
  }
  var ROLE_ALIASES = [
    [/^(?:sg|secretary[- ]general|the secretary[- ]general)$/i, "secretary[- ]general"],
    [/^(?:spokesman|spokesperson|spokeswoman|official spokesperson|the spokesperson|spokesperson's office)$/i, "spokes(?:man|person|woman)"],
    [/^(?:the president|president)$/i, "president"],
    [/^(?:the secretary|secretary)$/i, "secretary"],
    [/^(?:prime minister|the prime minister|pm)$/i, "prime minister"],
    [/^(?:foreign minister|minister|the minister|fm)$/i, "(?:foreign )?minister"],
    [/^(?:ambassador|the ambassador)$/i, "ambassador"],
    [/^(?:deputy spokesperson|deputy spokesman|deputy spokeswoman)$/i, "deputy spokes(?:man|person|woman)"],
    [/^(?:le président(?: de la république)?|la présidente(?: de la république)?|président|présidente)$/i, "pr[\xE9e]sident(?:e)?(?: de la r[\xE9e]publique)?"],
    [/^(?:el presidente(?: de méxico| de la república)?|la presidenta(?: de méxico| de la república)?|presidente|presidenta)$/i, "president[ae]"],
    [/^(?:le ministre|la ministre|el canciller|la canciller|canciller|el ministro|la ministra)$/i, "(?:ministre|canciller|ministr[oa])"],
    [/^(?:le porte-parole|la porte-parole|porte-parole|el vocero|la vocera|la portavoz|el portavoz|portavoz)$/i, "(?:porte-parole|vocer[oa]|portavoz)"],
    [/^(?:президент|министр|официальный представитель|пресс-секретарь)$/i, "(?:\u043F\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0442|\u043C\u0438\u043D\u0438\u0441\u0442\u0440|\u043E\u0444\u0438\u0446\u0438\u0430\u043B\u044C\u043D\u044B\u0439 \u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C|\u043F\u0440\u0435\u0441\u0441-\u0441\u0435\u043A\u0440\u0435\u0442\u0430\u0440\u044C)"]
  ];
  var NAME = "(\\p{Lu}[\\p{L}\\p{M}'\u2019-]+(?:[ \\u00A0]+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'\u2019-]+|de|van|von|al|bin)){1,3})";
  function anyCase(pattern) {
    let depth = 0;
    let out = "";
    for (let i3 = 0; i3 < pattern.length; i3++) {
      const c2 = pattern[i3];
      if (c2 === "\\") {
        out += c2 + (pattern[++i3] ?? "");
        continue;
      }
      if (c2 === "[") depth++;
      else if (c2 === "]") depth--;
      if (depth > 0 && /\p{Ll}/u.test(c2)) out += c2 + c2.toUpperCase();
      else out += depth === 0 && /\p{Ll}/u.test(c2) ? `[${c2}${c2.toUpperCase()}]` : c2;
    }
    return out;
  }
  function findRoleNames(labels, context, titleSpeakers) {
    const roles = /* @__PURE__ */ new Map();
    for (const label of labels) {
      const alias = ROLE_ALIASES.find(([test]) => test.test(label.trim()));
      if (!alias) continue;
      const fuller = labels.find((other) => other !== label && other.toLowerCase().startsWith(label.trim().toLowerCase() + " ") && nameParts(other));
      if (fuller) {
        roles.set(label.toLowerCase(), nameParts(fuller).bare);
        continue;
      }
      const role = anyCase(alias[1]);
      const after = new RegExp(`${NAME},[ \\u00A0]+(?:[Tt]he[ \\u00A0]+)?(?:[\\p{L}-]+[ \\u00A0]+){0,3}?${role}`, "u").exec(context);
      const before = new RegExp(`${role}\\s+${NAME}`, "u").exec(context) ?? new RegExp(`${role}\\s+(\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]{2,})(?![\\p{L}])`, "u").exec(context);
      const found = after?.[1] ?? before?.[1] ?? (titleSpeakers.length === 1 ? titleSpeakers[0] : void 0);
      if (found && nameParts(found)) roles.set(label.toLowerCase(), found);
    }
    return roles;
  }

  // src/core/parser/cast.ts
  var INTRO_NAME = /^(?:[^.!?]{0,80}[.!?]\s*)?(?:(?:[Ii] am|I'm|[Mm]y name is|[Мм]еня зовут|[Ss]oy|[Jj]e suis)\s+)?\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+(?:,\s*|\s+(?:from|de|del|из)\s+)(.{0,60})/u;
  var INTRO_OUTLET = /«|агентств|телеканал|газет|радио|информационн|РИА|ТАСС|канал|издани|корреспондент|news|agency|television|\bTV\b|channel|newspaper|radio|daily|times|post|reuters|bloomberg|corresponsal|reporter[oa]?|periódico|periodico|diario|revista|noticias|televisión|journal|chaîne|quotidien|média/iu;
  function introducesOutlet(opening2) {
    const m = INTRO_NAME.exec(opening2);
    return m !== null && INTRO_OUTLET.test(m[1]);
  }
  function castSpeakers(turns, titleSpeakers, hints) {
    const labelled = turns.filter((t2) => t2.label && !t2.continued);
    const namedLabels = [...new Set(labelled.filter((t2) => t2.label.kind === "named").map((t2) => t2.label.name))];
    const official = /* @__PURE__ */ new Set();
    const questioner = /* @__PURE__ */ new Set();
    const isQuestionKind = (t2) => !!t2?.label && !t2.continued && (t2.label.kind === "question" || t2.label.kind === "outlet" || t2.label.kind === "named" && questioner.has(t2.label.name));
    const explicitQuestions = labelled.some((t2) => t2.label.kind === "question");
    const listed = (list, name) => list.some((n2) => samePerson(n2, name) || samePerson(n2, hints.overrides.get(name.toLowerCase()) ?? name));
    const roles = findRoleNames(namedLabels, hints.context, titleSpeakers);
    const personOf = (name) => hints.overrides.get(name.toLowerCase()) ?? roles.get(name.toLowerCase()) ?? name;
    const inTitle = (name) => titleSpeakers.some((s5) => samePerson(personOf(name), s5));
    for (const t2 of labelled) if (t2.label.kind === "named" && introducesOutlet(t2.opening) && !inTitle(t2.label.name)) questioner.add(t2.label.name);
    const moderator = /* @__PURE__ */ new Set();
    const journalists = labelled.filter((t2) => t2.label.kind === "outlet" && t2.label.outlet && classifyLabel(t2.label.name) !== "question").map((t2) => t2.label.name);
    for (const name of namedLabels) {
      if (questioner.has(name)) continue;
      if (listed(hints.questioners, name) || listed(journalists, name)) questioner.add(name);
      else if (listed(hints.officials, name) || inTitle(name)) official.add(name);
    }
    const stats = /* @__PURE__ */ new Map();
    let questionSeen = false;
    turns.forEach((turn, i3) => {
      if (isQuestionKind(turn)) questionSeen = true;
      if (turn.label?.kind !== "named" || turn.continued) return;
      const s5 = stats.get(turn.label.name) ?? { turns: 0, afterQuestion: 0, beforeQuestion: 0, words: 0, beforeFirstQuestion: 0, asks: 0 };
      s5.turns++;
      if (/[?？]/u.test(turn.opening)) s5.asks++;
      s5.words += turn.words;
      if (isQuestionKind(turns[i3 - 1])) s5.afterQuestion++;
      if (isQuestionKind(turns[i3 + 1]) || i3 === turns.length - 1) s5.beforeQuestion++;
      if (!questionSeen) s5.beforeFirstQuestion += turn.words;
      stats.set(turn.label.name, s5);
    });
    const looksLikeModerator = (name) => {
      const s5 = stats.get(name);
      if (s5.turns === 1) return s5.beforeQuestion === 1 && s5.afterQuestion === 0 && s5.words <= 40;
      if (s5.turns >= 3 && s5.afterQuestion === 0 && s5.words / s5.turns <= 25) return true;
      return s5.beforeQuestion / s5.turns >= 0.6 && s5.afterQuestion / s5.turns <= 0.25 && s5.words / s5.turns <= 60;
    };
    const answeredVotes = () => {
      const votes = /* @__PURE__ */ new Map();
      turns.forEach((turn, i3) => {
        const name = turn.label?.kind === "named" && !turn.continued ? turn.label.name : null;
        if (!name || official.has(name) || questioner.has(name)) return;
        const next = turns[i3 + 1]?.label;
        let vote = 0;
        if (isQuestionKind(turns[i3 - 1])) vote = 1;
        else if (next?.kind === "named" && official.has(next.name)) vote = -1;
        votes.set(name, (votes.get(name) ?? 0) + vote);
      });
      return votes;
    };
    const undecided = namedLabels.filter((n2) => !official.has(n2) && !questioner.has(n2));
    if (explicitQuestions) {
      const votes = answeredVotes();
      for (const name of undecided) {
        if (looksLikeModerator(name)) moderator.add(name);
        else if ((votes.get(name) ?? 0) < 0 && stats.get(name).beforeFirstQuestion < 40) questioner.add(name);
        else official.add(name);
      }
    } else {
      for (const name of undecided) if (looksLikeModerator(name) && !inTitle(name)) moderator.add(name);
      if (official.size === 0) {
        const asking = (s5) => Math.round(4 * s5.asks / s5.turns);
        const mostFrequent = [...stats.entries()].filter(([n2]) => !questioner.has(n2)).sort((a2, b) => asking(a2[1]) - asking(b[1]) || b[1].words - a2[1].words || b[1].turns - a2[1].turns)[0]?.[0];
        if (mostFrequent && !questioner.has(mostFrequent)) official.add(mostFrequent);
      }
      const votes = answeredVotes();
      for (const name of undecided) {
        if (moderator.has(name)) continue;
        const s5 = stats.get(name);
        const vote = votes.get(name) ?? 0;
        if (vote > 0 || s5.beforeFirstQuestion >= 40 && vote >= 0) official.add(name);
        else questioner.add(name);
      }
    }
    const officialNames = [...official];
    const names = resolveSpeakerNames(
      [...officialNames, ...[...moderator]],
      [...titleSpeakers, ...hints.officials, ...namesAround(hints.context, [...officialNames, ...moderator])],
      hints.overrides,
      roles
    );
    const titleOnly = titleSpeakers.filter((t2) => !officialNames.some((o2) => samePerson(personOf(o2), t2)));
    const titleNames = resolveSpeakerNames([...officialNames, ...titleOnly], [...titleSpeakers, ...hints.officials], hints.overrides, roles);
    const defaultSpeaker = titleSpeakers[0] ? titleNames.canonical(titleSpeakers[0]) : officialNames.length === 1 ? names.canonical(officialNames[0]) : null;
    const canonicalOfficials = new Set(officialNames.map((n2) => names.canonical(n2)));
    if (defaultSpeaker) canonicalOfficials.add(defaultSpeaker);
    const soleOfficial = canonicalOfficials.size === 1 ? [...canonicalOfficials][0] : titleSpeakers.length === 1 ? defaultSpeaker : null;
    return {
      isOfficial: (name) => canonicalOfficials.has(name),
      roleOf(turn, inExchange) {
        const principalRole = inExchange ? "answer" : "remarks";
        const label = turn.label;
        if (!label) return { role: principalRole, speaker: defaultSpeaker };
        switch (label.kind) {
          case "question":
            return { role: "question", speaker: null };
          case "outlet":
            return { role: "question", speaker: label.outlet && classifyLabel(label.name) === "question" ? label.outlet : label.name };
          case "answer":
            return { role: "answer", speaker: soleOfficial };
          case "moderator":
            return { role: "remarks", speaker: label.name };
          case "remark":
            return { role: "remarks", speaker: null };
          case "named":
            if (official.has(label.name)) return { role: principalRole, speaker: names.canonical(label.name) };
            if (moderator.has(label.name)) return { role: "remarks", speaker: names.canonical(label.name) };
            return { role: "question", speaker: hints.overrides.get(label.name.toLowerCase()) ?? label.name };
        }
      }
    };
  }
  function namesAround(context, labels) {
    const found = [];
    const word = "\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]+";
    for (const label of labels) {
      const parts = nameParts(label);
      if (!parts || parts.given.length > 0 || parts.surname.length < 2) continue;
      const surname = /[\p{L}-]+$/u.exec(parts.bare)?.[0] ?? "";
      if (surname.length < 2) continue;
      const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const any = `(?:${escaped}|${escaped.toLowerCase().replace(/^./u, (c2) => c2.toUpperCase())})`;
      const before = new RegExp(`(?<![\\p{L}])((?:${word}(?:[ \\u00A0]+\\p{Lu}\\.)?[ \\u00A0]+){1,2})${any}(?![\\p{L}])`, "gu");
      for (const m of context.matchAll(before)) {
        const tokens = m[1].trim().split(/[ \u00A0]+/).filter((t2) => !HONORIFIC_WORD.test(t2));
        if (tokens.length) found.push(`${tokens.join(" ")} ${m[0].slice(m[1].length)}`);
      }
      const after = new RegExp(`(?<![\\p{L}])${any}((?:[ \\u00A0]+${word}){1,2})(?![\\p{L}])`, "gu");
      for (const m of context.matchAll(after)) found.push(m[0]);
    }
    return found;
  }
  var HONORIFIC_WORD = /^(?:Mr|Ms|Mrs|Dr|President|Secretary|Minister|Advisor|Adviser|Ambassador|Spokesperson|Spokesman|Press|Prime|Foreign|General|Senator|Governor|Chancellor|Director|Deputy|Vice|National|Security|State|Chairman|Premier|King|Queen|Prince|Sheikh|Emir|Президент|Министр|Presidente|Presidenta|Président|Ministre|Secretario|Secretaria|Canciller)\.?$/u;

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
  var MONTHS = new Map(MONTH_NAMES.flatMap(([n2, names]) => names.map((name) => [name, n2])));
  var MONTH = `(${[...MONTHS.keys()].sort((a2, b) => b.length - a2.length).join("|")})\\.?`;
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
  function iso(year, month, day) {
    if (month === void 0 || month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1) return null;
    return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  function findDate(text) {
    let best = null;
    for (const { regex, order } of PATTERNS) {
      const m = regex.exec(text);
      if (!m) continue;
      let value = null;
      if (order === "mdy") value = iso(Number(m[3]), MONTHS.get(m[1].toLowerCase()), Number(m[2]));
      else if (order === "dmy") value = iso(Number(m[3]), MONTHS.get(m[2].toLowerCase()), Number(m[1]));
      else if (order === "ymd") value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      else value = iso(Number(m[3]), Number(m[2]), Number(m[1]));
      if (value && (!best || m.index < best.index)) best = { iso: value, index: m.index, length: m[0].length };
    }
    return best;
  }
  function dateFromValue(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (typeof value === "string") return findDate(value)?.iso ?? null;
    return null;
  }

  // node_modules/js-yaml/dist/js-yaml.mjs
  function getDefaultExportFromCjs(x2) {
    return x2 && x2.__esModule && Object.prototype.hasOwnProperty.call(x2, "default") ? x2["default"] : x2;
  }
  var jsYaml = {};
  var loader = {};
  var common = {};
  var hasRequiredCommon;
  function requireCommon() {
    if (hasRequiredCommon) return common;
    hasRequiredCommon = 1;
    function isNothing(subject) {
      return typeof subject === "undefined" || subject === null;
    }
    function isObject2(subject) {
      return typeof subject === "object" && subject !== null;
    }
    function toArray(sequence) {
      if (Array.isArray(sequence)) return sequence;
      else if (isNothing(sequence)) return [];
      return [sequence];
    }
    function extend(target, source) {
      if (source) {
        const sourceKeys = Object.keys(source);
        for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
          const key = sourceKeys[index];
          target[key] = source[key];
        }
      }
      return target;
    }
    function repeat(string, count) {
      let result = "";
      for (let cycle = 0; cycle < count; cycle += 1) {
        result += string;
      }
      return result;
    }
    function isNegativeZero(number) {
      return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
    }
    common.isNothing = isNothing;
    common.isObject = isObject2;
    common.toArray = toArray;
    common.repeat = repeat;
    common.isNegativeZero = isNegativeZero;
    common.extend = extend;
    return common;
  }
  var exception;
  var hasRequiredException;
  function requireException() {
    if (hasRequiredException) return exception;
    hasRequiredException = 1;
    function formatError(exception2, compact) {
      let where = "";
      const message = exception2.reason || "(unknown reason)";
      if (!exception2.mark) return message;
      if (exception2.mark.name) {
        where += 'in "' + exception2.mark.name + '" ';
      }
      where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
      if (!compact && exception2.mark.snippet) {
        where += "\n\n" + exception2.mark.snippet;
      }
      return message + " " + where;
    }
    function YAMLException2(reason, mark) {
      Error.call(this);
      this.name = "YAMLException";
      this.reason = reason;
      this.mark = mark;
      this.message = formatError(this, false);
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, this.constructor);
      } else {
        this.stack = new Error().stack || "";
      }
    }
    YAMLException2.prototype = Object.create(Error.prototype);
    YAMLException2.prototype.constructor = YAMLException2;
    YAMLException2.prototype.toString = function toString2(compact) {
      return this.name + ": " + formatError(this, compact);
    };
    exception = YAMLException2;
    return exception;
  }
  var snippet2;
  var hasRequiredSnippet;
  function requireSnippet() {
    if (hasRequiredSnippet) return snippet2;
    hasRequiredSnippet = 1;
    const common2 = requireCommon();
    function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
      let head = "";
      let tail = "";
      const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
      if (position - lineStart > maxHalfLength) {
        head = " ... ";
        lineStart = position - maxHalfLength + head.length;
      }
      if (lineEnd - position > maxHalfLength) {
        tail = " ...";
        lineEnd = position + maxHalfLength - tail.length;
      }
      return {
        str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
        pos: position - lineStart + head.length
        // relative position
      };
    }
    function padStart(string, max2) {
      return common2.repeat(" ", max2 - string.length) + string;
    }
    function makeSnippet(mark, options) {
      options = Object.create(options || null);
      if (!mark.buffer) return null;
      if (!options.maxLength) options.maxLength = 79;
      if (typeof options.indent !== "number") options.indent = 1;
      if (typeof options.linesBefore !== "number") options.linesBefore = 3;
      if (typeof options.linesAfter !== "number") options.linesAfter = 2;
      const re = /\r?\n|\r|\0/g;
      const lineStarts2 = [0];
      const lineEnds = [];
      let match;
      let foundLineNo = -1;
      while (match = re.exec(mark.buffer)) {
        lineEnds.push(match.index);
        lineStarts2.push(match.index + match[0].length);
        if (mark.position <= match.index && foundLineNo < 0) {
          foundLineNo = lineStarts2.length - 2;
        }
      }
      if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
      let result = "";
      const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
      const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
      for (let i3 = 1; i3 <= options.linesBefore; i3++) {
        if (foundLineNo - i3 < 0) break;
        const line2 = getLine(
          mark.buffer,
          lineStarts2[foundLineNo - i3],
          lineEnds[foundLineNo - i3],
          mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i3]),
          maxLineLength
        );
        result = common2.repeat(" ", options.indent) + padStart((mark.line - i3 + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
      }
      const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
      result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
      result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
      for (let i3 = 1; i3 <= options.linesAfter; i3++) {
        if (foundLineNo + i3 >= lineEnds.length) break;
        const line2 = getLine(
          mark.buffer,
          lineStarts2[foundLineNo + i3],
          lineEnds[foundLineNo + i3],
          mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i3]),
          maxLineLength
        );
        result += common2.repeat(" ", options.indent) + padStart((mark.line + i3 + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
      }
      return result.replace(/\n$/, "");
    }
    snippet2 = makeSnippet;
    return snippet2;
  }
  var type;
  var hasRequiredType;
  function requireType() {
    if (hasRequiredType) return type;
    hasRequiredType = 1;
    const YAMLException2 = requireException();
    const TYPE_CONSTRUCTOR_OPTIONS = [
      "kind",
      "multi",
      "resolve",
      "construct",
      "instanceOf",
      "predicate",
      "represent",
      "representName",
      "defaultStyle",
      "styleAliases"
    ];
    const YAML_NODE_KINDS = [
      "scalar",
      "sequence",
      "mapping"
    ];
    function compileStyleAliases(map2) {
      const result = {};
      if (map2 !== null) {
        Object.keys(map2).forEach(function(style) {
          map2[style].forEach(function(alias) {
            result[String(alias)] = style;
          });
        });
      }
      return result;
    }
    function Type2(tag, options) {
      options = options || {};
      Object.keys(options).forEach(function(name) {
        if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
          throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
        }
      });
      this.options = options;
      this.tag = tag;
      this.kind = options["kind"] || null;
      this.resolve = options["resolve"] || function() {
        return true;
      };
      this.construct = options["construct"] || function(data) {
        return data;
      };
      this.instanceOf = options["instanceOf"] || null;
      this.predicate = options["predicate"] || null;
      this.represent = options["represent"] || null;
      this.representName = options["representName"] || null;
      this.defaultStyle = options["defaultStyle"] || null;
      this.multi = options["multi"] || false;
      this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
      if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
        throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
      }
    }
    type = Type2;
    return type;
  }
  var schema;
  var hasRequiredSchema;
  function requireSchema() {
    if (hasRequiredSchema) return schema;
    hasRequiredSchema = 1;
    const YAMLException2 = requireException();
    const Type2 = requireType();
    function compileList(schema2, name) {
      const result = [];
      schema2[name].forEach(function(currentType) {
        let newIndex = result.length;
        result.forEach(function(previousType, previousIndex) {
          if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
            newIndex = previousIndex;
          }
        });
        result[newIndex] = currentType;
      });
      return result;
    }
    function compileMap() {
      const result = {
        scalar: {},
        sequence: {},
        mapping: {},
        fallback: {},
        multi: {
          scalar: [],
          sequence: [],
          mapping: [],
          fallback: []
        }
      };
      function collectType(type2) {
        if (type2.multi) {
          result.multi[type2.kind].push(type2);
          result.multi["fallback"].push(type2);
        } else {
          result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
        }
      }
      for (let index = 0, length = arguments.length; index < length; index += 1) {
        arguments[index].forEach(collectType);
      }
      return result;
    }
    function Schema2(definition) {
      return this.extend(definition);
    }
    Schema2.prototype.extend = function extend(definition) {
      let implicit = [];
      let explicit = [];
      if (definition instanceof Type2) {
        explicit.push(definition);
      } else if (Array.isArray(definition)) {
        explicit = explicit.concat(definition);
      } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
        if (definition.implicit) implicit = implicit.concat(definition.implicit);
        if (definition.explicit) explicit = explicit.concat(definition.explicit);
      } else {
        throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
      }
      implicit.forEach(function(type2) {
        if (!(type2 instanceof Type2)) {
          throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
        }
        if (type2.loadKind && type2.loadKind !== "scalar") {
          throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
        }
        if (type2.multi) {
          throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
        }
      });
      explicit.forEach(function(type2) {
        if (!(type2 instanceof Type2)) {
          throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
        }
      });
      const result = Object.create(Schema2.prototype);
      result.implicit = (this.implicit || []).concat(implicit);
      result.explicit = (this.explicit || []).concat(explicit);
      result.compiledImplicit = compileList(result, "implicit");
      result.compiledExplicit = compileList(result, "explicit");
      result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
      return result;
    };
    schema = Schema2;
    return schema;
  }
  var str;
  var hasRequiredStr;
  function requireStr() {
    if (hasRequiredStr) return str;
    hasRequiredStr = 1;
    const Type2 = requireType();
    str = new Type2("tag:yaml.org,2002:str", {
      kind: "scalar",
      construct: function(data) {
        return data !== null ? data : "";
      }
    });
    return str;
  }
  var seq;
  var hasRequiredSeq;
  function requireSeq() {
    if (hasRequiredSeq) return seq;
    hasRequiredSeq = 1;
    const Type2 = requireType();
    seq = new Type2("tag:yaml.org,2002:seq", {
      kind: "sequence",
      construct: function(data) {
        return data !== null ? data : [];
      }
    });
    return seq;
  }
  var map;
  var hasRequiredMap;
  function requireMap() {
    if (hasRequiredMap) return map;
    hasRequiredMap = 1;
    const Type2 = requireType();
    map = new Type2("tag:yaml.org,2002:map", {
      kind: "mapping",
      construct: function(data) {
        return data !== null ? data : {};
      }
    });
    return map;
  }
  var failsafe;
  var hasRequiredFailsafe;
  function requireFailsafe() {
    if (hasRequiredFailsafe) return failsafe;
    hasRequiredFailsafe = 1;
    const Schema2 = requireSchema();
    failsafe = new Schema2({
      explicit: [
        requireStr(),
        requireSeq(),
        requireMap()
      ]
    });
    return failsafe;
  }
  var _null;
  var hasRequired_null;
  function require_null() {
    if (hasRequired_null) return _null;
    hasRequired_null = 1;
    const Type2 = requireType();
    function resolveYamlNull(data) {
      if (data === null) return true;
      const max2 = data.length;
      return max2 === 1 && data === "~" || max2 === 4 && (data === "null" || data === "Null" || data === "NULL");
    }
    function constructYamlNull() {
      return null;
    }
    function isNull(object) {
      return object === null;
    }
    _null = new Type2("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: resolveYamlNull,
      construct: constructYamlNull,
      predicate: isNull,
      represent: {
        canonical: function() {
          return "~";
        },
        lowercase: function() {
          return "null";
        },
        uppercase: function() {
          return "NULL";
        },
        camelcase: function() {
          return "Null";
        },
        empty: function() {
          return "";
        }
      },
      defaultStyle: "lowercase"
    });
    return _null;
  }
  var bool;
  var hasRequiredBool;
  function requireBool() {
    if (hasRequiredBool) return bool;
    hasRequiredBool = 1;
    const Type2 = requireType();
    function resolveYamlBoolean(data) {
      if (data === null) return false;
      const max2 = data.length;
      return max2 === 4 && (data === "true" || data === "True" || data === "TRUE") || max2 === 5 && (data === "false" || data === "False" || data === "FALSE");
    }
    function constructYamlBoolean(data) {
      return data === "true" || data === "True" || data === "TRUE";
    }
    function isBoolean2(object) {
      return Object.prototype.toString.call(object) === "[object Boolean]";
    }
    bool = new Type2("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: resolveYamlBoolean,
      construct: constructYamlBoolean,
      predicate: isBoolean2,
      represent: {
        lowercase: function(object) {
          return object ? "true" : "false";
        },
        uppercase: function(object) {
          return object ? "TRUE" : "FALSE";
        },
        camelcase: function(object) {
          return object ? "True" : "False";
        }
      },
      defaultStyle: "lowercase"
    });
    return bool;
  }
  var int;
  var hasRequiredInt;
  function requireInt() {
    if (hasRequiredInt) return int;
    hasRequiredInt = 1;
    const common2 = requireCommon();
    const Type2 = requireType();
    function isHexCode(c2) {
      return c2 >= 48 && c2 <= 57 || c2 >= 65 && c2 <= 70 || c2 >= 97 && c2 <= 102;
    }
    function isOctCode(c2) {
      return c2 >= 48 && c2 <= 55;
    }
    function isDecCode(c2) {
      return c2 >= 48 && c2 <= 57;
    }
    function resolveYamlInteger(data) {
      if (data === null) return false;
      const max2 = data.length;
      let index = 0;
      let hasDigits = false;
      if (!max2) return false;
      let ch = data[index];
      if (ch === "-" || ch === "+") {
        ch = data[++index];
      }
      if (ch === "0") {
        if (index + 1 === max2) return true;
        ch = data[++index];
        if (ch === "b") {
          index++;
          for (; index < max2; index++) {
            ch = data[index];
            if (ch !== "0" && ch !== "1") return false;
            hasDigits = true;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
        if (ch === "x") {
          index++;
          for (; index < max2; index++) {
            if (!isHexCode(data.charCodeAt(index))) return false;
            hasDigits = true;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
        if (ch === "o") {
          index++;
          for (; index < max2; index++) {
            if (!isOctCode(data.charCodeAt(index))) return false;
            hasDigits = true;
          }
          return hasDigits && isFinite(parseYamlInteger(data));
        }
      }
      for (; index < max2; index++) {
        if (!isDecCode(data.charCodeAt(index))) {
          return false;
        }
        hasDigits = true;
      }
      if (!hasDigits) return false;
      return isFinite(parseYamlInteger(data));
    }
    function parseYamlInteger(data) {
      let value = data;
      let sign = 1;
      let ch = value[0];
      if (ch === "-" || ch === "+") {
        if (ch === "-") sign = -1;
        value = value.slice(1);
        ch = value[0];
      }
      if (value === "0") return 0;
      if (ch === "0") {
        if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
        if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
        if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
      }
      return sign * parseInt(value, 10);
    }
    function constructYamlInteger(data) {
      return parseYamlInteger(data);
    }
    function isInteger(object) {
      return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
    }
    int = new Type2("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: resolveYamlInteger,
      construct: constructYamlInteger,
      predicate: isInteger,
      represent: {
        binary: function(obj) {
          return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
        },
        octal: function(obj) {
          return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
        },
        decimal: function(obj) {
          return obj.toString(10);
        },
        hexadecimal: function(obj) {
          return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
        }
      },
      defaultStyle: "decimal",
      styleAliases: {
        binary: [2, "bin"],
        octal: [8, "oct"],
        decimal: [10, "dec"],
        hexadecimal: [16, "hex"]
      }
    });
    return int;
  }
  var float;
  var hasRequiredFloat;
  function requireFloat() {
    if (hasRequiredFloat) return float;
    hasRequiredFloat = 1;
    const common2 = requireCommon();
    const Type2 = requireType();
    const YAML_FLOAT_PATTERN = new RegExp(
      // 2.5e4, 2.5 and integers
      "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
    );
    const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
      "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
    );
    function resolveYamlFloat(data) {
      if (data === null) return false;
      if (!YAML_FLOAT_PATTERN.test(data)) {
        return false;
      }
      if (isFinite(parseFloat(data, 10))) {
        return true;
      }
      return YAML_FLOAT_SPECIAL_PATTERN.test(data);
    }
    function constructYamlFloat(data) {
      let value = data.toLowerCase();
      const sign = value[0] === "-" ? -1 : 1;
      if ("+-".indexOf(value[0]) >= 0) {
        value = value.slice(1);
      }
      if (value === ".inf") {
        return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
      } else if (value === ".nan") {
        return NaN;
      }
      return sign * parseFloat(value, 10);
    }
    const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
    function representYamlFloat(object, style) {
      if (isNaN(object)) {
        switch (style) {
          case "lowercase":
            return ".nan";
          case "uppercase":
            return ".NAN";
          case "camelcase":
            return ".NaN";
        }
      } else if (Number.POSITIVE_INFINITY === object) {
        switch (style) {
          case "lowercase":
            return ".inf";
          case "uppercase":
            return ".INF";
          case "camelcase":
            return ".Inf";
        }
      } else if (Number.NEGATIVE_INFINITY === object) {
        switch (style) {
          case "lowercase":
            return "-.inf";
          case "uppercase":
            return "-.INF";
          case "camelcase":
            return "-.Inf";
        }
      } else if (common2.isNegativeZero(object)) {
        return "-0.0";
      }
      const res = object.toString(10);
      return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
    }
    function isFloat(object) {
      return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
    }
    float = new Type2("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: resolveYamlFloat,
      construct: constructYamlFloat,
      predicate: isFloat,
      represent: representYamlFloat,
      defaultStyle: "lowercase"
    });
    return float;
  }
  var json;
  var hasRequiredJson;
  function requireJson() {
    if (hasRequiredJson) return json;
    hasRequiredJson = 1;
    json = requireFailsafe().extend({
      implicit: [
        require_null(),
        requireBool(),
        requireInt(),
        requireFloat()
      ]
    });
    return json;
  }
  var core;
  var hasRequiredCore;
  function requireCore() {
    if (hasRequiredCore) return core;
    hasRequiredCore = 1;
    core = requireJson();
    return core;
  }
  var timestamp;
  var hasRequiredTimestamp;
  function requireTimestamp() {
    if (hasRequiredTimestamp) return timestamp;
    hasRequiredTimestamp = 1;
    const Type2 = requireType();
    const YAML_DATE_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
    );
    const YAML_TIMESTAMP_REGEXP = new RegExp(
      "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
    );
    function resolveYamlTimestamp(data) {
      if (data === null) return false;
      if (YAML_DATE_REGEXP.exec(data) !== null) return true;
      if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
      return false;
    }
    function constructYamlTimestamp(data) {
      let fraction = 0;
      let delta = null;
      let match = YAML_DATE_REGEXP.exec(data);
      if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
      if (match === null) throw new Error("Date resolve error");
      const year = +match[1];
      const month = +match[2] - 1;
      const day = +match[3];
      if (!match[4]) {
        return new Date(Date.UTC(year, month, day));
      }
      const hour = +match[4];
      const minute = +match[5];
      const second = +match[6];
      if (match[7]) {
        fraction = match[7].slice(0, 3);
        while (fraction.length < 3) {
          fraction += "0";
        }
        fraction = +fraction;
      }
      if (match[9]) {
        const tzHour = +match[10];
        const tzMinute = +(match[11] || 0);
        delta = (tzHour * 60 + tzMinute) * 6e4;
        if (match[9] === "-") delta = -delta;
      }
      const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
      if (delta) date.setTime(date.getTime() - delta);
      return date;
    }
    function representYamlTimestamp(object) {
      return object.toISOString();
    }
    timestamp = new Type2("tag:yaml.org,2002:timestamp", {
      kind: "scalar",
      resolve: resolveYamlTimestamp,
      construct: constructYamlTimestamp,
      instanceOf: Date,
      represent: representYamlTimestamp
    });
    return timestamp;
  }
  var merge;
  var hasRequiredMerge;
  function requireMerge() {
    if (hasRequiredMerge) return merge;
    hasRequiredMerge = 1;
    const Type2 = requireType();
    function resolveYamlMerge(data) {
      return data === "<<" || data === null;
    }
    merge = new Type2("tag:yaml.org,2002:merge", {
      kind: "scalar",
      resolve: resolveYamlMerge
    });
    return merge;
  }
  var binary;
  var hasRequiredBinary;
  function requireBinary() {
    if (hasRequiredBinary) return binary;
    hasRequiredBinary = 1;
    const Type2 = requireType();
    const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
    function resolveYamlBinary(data) {
      if (data === null) return false;
      let bitlen = 0;
      const max2 = data.length;
      const map2 = BASE64_MAP;
      for (let idx = 0; idx < max2; idx++) {
        const code = map2.indexOf(data.charAt(idx));
        if (code > 64) continue;
        if (code < 0) return false;
        bitlen += 6;
      }
      return bitlen % 8 === 0;
    }
    function constructYamlBinary(data) {
      const input = data.replace(/[\r\n=]/g, "");
      const max2 = input.length;
      const map2 = BASE64_MAP;
      let bits2 = 0;
      const result = [];
      for (let idx = 0; idx < max2; idx++) {
        if (idx % 4 === 0 && idx) {
          result.push(bits2 >> 16 & 255);
          result.push(bits2 >> 8 & 255);
          result.push(bits2 & 255);
        }
        bits2 = bits2 << 6 | map2.indexOf(input.charAt(idx));
      }
      const tailbits = max2 % 4 * 6;
      if (tailbits === 0) {
        result.push(bits2 >> 16 & 255);
        result.push(bits2 >> 8 & 255);
        result.push(bits2 & 255);
      } else if (tailbits === 18) {
        result.push(bits2 >> 10 & 255);
        result.push(bits2 >> 2 & 255);
      } else if (tailbits === 12) {
        result.push(bits2 >> 4 & 255);
      }
      return new Uint8Array(result);
    }
    function representYamlBinary(object) {
      let result = "";
      let bits2 = 0;
      const max2 = object.length;
      const map2 = BASE64_MAP;
      for (let idx = 0; idx < max2; idx++) {
        if (idx % 3 === 0 && idx) {
          result += map2[bits2 >> 18 & 63];
          result += map2[bits2 >> 12 & 63];
          result += map2[bits2 >> 6 & 63];
          result += map2[bits2 & 63];
        }
        bits2 = (bits2 << 8) + object[idx];
      }
      const tail = max2 % 3;
      if (tail === 0) {
        result += map2[bits2 >> 18 & 63];
        result += map2[bits2 >> 12 & 63];
        result += map2[bits2 >> 6 & 63];
        result += map2[bits2 & 63];
      } else if (tail === 2) {
        result += map2[bits2 >> 10 & 63];
        result += map2[bits2 >> 4 & 63];
        result += map2[bits2 << 2 & 63];
        result += map2[64];
      } else if (tail === 1) {
        result += map2[bits2 >> 2 & 63];
        result += map2[bits2 << 4 & 63];
        result += map2[64];
        result += map2[64];
      }
      return result;
    }
    function isBinary(obj) {
      return Object.prototype.toString.call(obj) === "[object Uint8Array]";
    }
    binary = new Type2("tag:yaml.org,2002:binary", {
      kind: "scalar",
      resolve: resolveYamlBinary,
      construct: constructYamlBinary,
      predicate: isBinary,
      represent: representYamlBinary
    });
    return binary;
  }
  var omap;
  var hasRequiredOmap;
  function requireOmap() {
    if (hasRequiredOmap) return omap;
    hasRequiredOmap = 1;
    const Type2 = requireType();
    const _hasOwnProperty = Object.prototype.hasOwnProperty;
    const _toString = Object.prototype.toString;
    function resolveYamlOmap(data) {
      if (data === null) return true;
      const objectKeys = {};
      const object = data;
      for (let index = 0, length = object.length; index < length; index += 1) {
        const pair = object[index];
        let pairHasKey = false;
        if (_toString.call(pair) !== "[object Object]") return false;
        let pairKey;
        for (pairKey in pair) {
          if (_hasOwnProperty.call(pair, pairKey)) {
            if (!pairHasKey) pairHasKey = true;
            else return false;
          }
        }
        if (!pairHasKey) return false;
        if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
        Object.defineProperty(objectKeys, pairKey, { value: true });
      }
      return true;
    }
    function constructYamlOmap(data) {
      return data !== null ? data : [];
    }
    omap = new Type2("tag:yaml.org,2002:omap", {
      kind: "sequence",
      resolve: resolveYamlOmap,
      construct: constructYamlOmap
    });
    return omap;
  }
  var pairs;
  var hasRequiredPairs;
  function requirePairs() {
    if (hasRequiredPairs) return pairs;
    hasRequiredPairs = 1;
    const Type2 = requireType();
    const _toString = Object.prototype.toString;
    function resolveYamlPairs(data) {
      if (data === null) return true;
      const object = data;
      const result = new Array(object.length);
      for (let index = 0, length = object.length; index < length; index += 1) {
        const pair = object[index];
        if (_toString.call(pair) !== "[object Object]") return false;
        const keys = Object.keys(pair);
        if (keys.length !== 1) return false;
        result[index] = [keys[0], pair[keys[0]]];
      }
      return true;
    }
    function constructYamlPairs(data) {
      if (data === null) return [];
      const object = data;
      const result = new Array(object.length);
      for (let index = 0, length = object.length; index < length; index += 1) {
        const pair = object[index];
        const keys = Object.keys(pair);
        result[index] = [keys[0], pair[keys[0]]];
      }
      return result;
    }
    pairs = new Type2("tag:yaml.org,2002:pairs", {
      kind: "sequence",
      resolve: resolveYamlPairs,
      construct: constructYamlPairs
    });
    return pairs;
  }
  var set;
  var hasRequiredSet;
  function requireSet() {
    if (hasRequiredSet) return set;
    hasRequiredSet = 1;
    const Type2 = requireType();
    const _hasOwnProperty = Object.prototype.hasOwnProperty;
    function resolveYamlSet(data) {
      if (data === null) return true;
      const object = data;
      for (const key in object) {
        if (_hasOwnProperty.call(object, key)) {
          if (object[key] !== null) return false;
        }
      }
      return true;
    }
    function constructYamlSet(data) {
      return data !== null ? data : {};
    }
    set = new Type2("tag:yaml.org,2002:set", {
      kind: "mapping",
      resolve: resolveYamlSet,
      construct: constructYamlSet
    });
    return set;
  }
  var _default;
  var hasRequired_default;
  function require_default() {
    if (hasRequired_default) return _default;
    hasRequired_default = 1;
    _default = requireCore().extend({
      implicit: [
        requireTimestamp(),
        requireMerge()
      ],
      explicit: [
        requireBinary(),
        requireOmap(),
        requirePairs(),
        requireSet()
      ]
    });
    return _default;
  }
  var hasRequiredLoader;
  function requireLoader() {
    if (hasRequiredLoader) return loader;
    hasRequiredLoader = 1;
    const common2 = requireCommon();
    const YAMLException2 = requireException();
    const makeSnippet = requireSnippet();
    const DEFAULT_SCHEMA2 = require_default();
    const _hasOwnProperty = Object.prototype.hasOwnProperty;
    const CONTEXT_FLOW_IN = 1;
    const CONTEXT_FLOW_OUT = 2;
    const CONTEXT_BLOCK_IN = 3;
    const CONTEXT_BLOCK_OUT = 4;
    const CHOMPING_CLIP = 1;
    const CHOMPING_STRIP = 2;
    const CHOMPING_KEEP = 3;
    const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
    const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
    const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
    const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
    const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
    function _class(obj) {
      return Object.prototype.toString.call(obj);
    }
    function isEol(c2) {
      return c2 === 10 || c2 === 13;
    }
    function isWhiteSpace(c2) {
      return c2 === 9 || c2 === 32;
    }
    function isWsOrEol(c2) {
      return c2 === 9 || c2 === 32 || c2 === 10 || c2 === 13;
    }
    function isFlowIndicator(c2) {
      return c2 === 44 || c2 === 91 || c2 === 93 || c2 === 123 || c2 === 125;
    }
    function fromHexCode(c2) {
      if (c2 >= 48 && c2 <= 57) {
        return c2 - 48;
      }
      const lc2 = c2 | 32;
      if (lc2 >= 97 && lc2 <= 102) {
        return lc2 - 97 + 10;
      }
      return -1;
    }
    function escapedHexLen(c2) {
      if (c2 === 120) {
        return 2;
      }
      if (c2 === 117) {
        return 4;
      }
      if (c2 === 85) {
        return 8;
      }
      return 0;
    }
    function fromDecimalCode(c2) {
      if (c2 >= 48 && c2 <= 57) {
        return c2 - 48;
      }
      return -1;
    }
    function simpleEscapeSequence(c2) {
      switch (c2) {
        case 48:
          return "\0";
        case 97:
          return "\x07";
        case 98:
          return "\b";
        case 116:
          return "	";
        case 9:
          return "	";
        case 110:
          return "\n";
        case 118:
          return "\v";
        case 102:
          return "\f";
        case 114:
          return "\r";
        case 101:
          return "\x1B";
        case 32:
          return " ";
        case 34:
          return '"';
        case 47:
          return "/";
        case 92:
          return "\\";
        case 78:
          return "\x85";
        case 95:
          return "\xA0";
        case 76:
          return "\u2028";
        case 80:
          return "\u2029";
        default:
          return "";
      }
    }
    function charFromCodepoint(c2) {
      if (c2 <= 65535) {
        return String.fromCharCode(c2);
      }
      return String.fromCharCode(
        (c2 - 65536 >> 10) + 55296,
        (c2 - 65536 & 1023) + 56320
      );
    }
    function setProperty(object, key, value) {
      if (key === "__proto__") {
        Object.defineProperty(object, key, {
          configurable: true,
          enumerable: true,
          writable: true,
          value
        });
      } else {
        object[key] = value;
      }
    }
    const simpleEscapeCheck = new Array(256);
    const simpleEscapeMap = new Array(256);
    for (let i3 = 0; i3 < 256; i3++) {
      simpleEscapeCheck[i3] = simpleEscapeSequence(i3) ? 1 : 0;
      simpleEscapeMap[i3] = simpleEscapeSequence(i3);
    }
    function State2(input, options) {
      this.input = input;
      this.filename = options["filename"] || null;
      this.schema = options["schema"] || DEFAULT_SCHEMA2;
      this.onWarning = options["onWarning"] || null;
      this.legacy = options["legacy"] || false;
      this.json = options["json"] || false;
      this.listener = options["listener"] || null;
      this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
      this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
      this.implicitTypes = this.schema.compiledImplicit;
      this.typeMap = this.schema.compiledTypeMap;
      this.length = input.length;
      this.position = 0;
      this.line = 0;
      this.lineStart = 0;
      this.lineIndent = 0;
      this.depth = 0;
      this.totalMergeKeys = 0;
      this.firstTabInLine = -1;
      this.documents = [];
      this.anchorMapTransactions = [];
    }
    function generateError(state, message) {
      const mark = {
        name: state.filename,
        buffer: state.input.slice(0, -1),
        // omit trailing \0
        position: state.position,
        line: state.line,
        column: state.position - state.lineStart
      };
      mark.snippet = makeSnippet(mark);
      return new YAMLException2(message, mark);
    }
    function throwError(state, message) {
      throw generateError(state, message);
    }
    function throwWarning(state, message) {
      if (state.onWarning) {
        state.onWarning.call(null, generateError(state, message));
      }
    }
    function storeAnchor(state, name, value) {
      const transactions = state.anchorMapTransactions;
      if (transactions.length !== 0) {
        const transaction = transactions[transactions.length - 1];
        if (!_hasOwnProperty.call(transaction, name)) {
          transaction[name] = {
            existed: _hasOwnProperty.call(state.anchorMap, name),
            value: state.anchorMap[name]
          };
        }
      }
      state.anchorMap[name] = value;
    }
    function beginAnchorTransaction(state) {
      state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
    }
    function commitAnchorTransaction(state) {
      const transaction = state.anchorMapTransactions.pop();
      const transactions = state.anchorMapTransactions;
      if (transactions.length === 0) return;
      const parent = transactions[transactions.length - 1];
      const names = Object.keys(transaction);
      for (let index = 0, length = names.length; index < length; index += 1) {
        const name = names[index];
        if (!_hasOwnProperty.call(parent, name)) {
          parent[name] = transaction[name];
        }
      }
    }
    function rollbackAnchorTransaction(state) {
      const transaction = state.anchorMapTransactions.pop();
      const names = Object.keys(transaction);
      for (let index = names.length - 1; index >= 0; index -= 1) {
        const entry = transaction[names[index]];
        if (entry.existed) {
          state.anchorMap[names[index]] = entry.value;
        } else {
          delete state.anchorMap[names[index]];
        }
      }
    }
    function snapshotState(state) {
      return {
        position: state.position,
        line: state.line,
        lineStart: state.lineStart,
        lineIndent: state.lineIndent,
        firstTabInLine: state.firstTabInLine,
        tag: state.tag,
        anchor: state.anchor,
        kind: state.kind,
        result: state.result
      };
    }
    function restoreState(state, snapshot) {
      state.position = snapshot.position;
      state.line = snapshot.line;
      state.lineStart = snapshot.lineStart;
      state.lineIndent = snapshot.lineIndent;
      state.firstTabInLine = snapshot.firstTabInLine;
      state.tag = snapshot.tag;
      state.anchor = snapshot.anchor;
      state.kind = snapshot.kind;
      state.result = snapshot.result;
    }
    const directiveHandlers = {
      YAML: function handleYamlDirective(state, name, args) {
        if (state.version !== null) {
          throwError(state, "duplication of %YAML directive");
        }
        if (args.length !== 1) {
          throwError(state, "YAML directive accepts exactly one argument");
        }
        const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
        if (match === null) {
          throwError(state, "ill-formed argument of the YAML directive");
        }
        const major = parseInt(match[1], 10);
        const minor = parseInt(match[2], 10);
        if (major !== 1) {
          throwError(state, "unacceptable YAML version of the document");
        }
        state.version = args[0];
        state.checkLineBreaks = minor < 2;
        if (minor !== 1 && minor !== 2) {
          throwWarning(state, "unsupported YAML version of the document");
        }
      },
      TAG: function handleTagDirective(state, name, args) {
        let prefix;
        if (args.length !== 2) {
          throwError(state, "TAG directive accepts exactly two arguments");
        }
        const handle = args[0];
        prefix = args[1];
        if (!PATTERN_TAG_HANDLE.test(handle)) {
          throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
        }
        if (_hasOwnProperty.call(state.tagMap, handle)) {
          throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
        }
        if (!PATTERN_TAG_URI.test(prefix)) {
          throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
        }
        try {
          prefix = decodeURIComponent(prefix);
        } catch (err2) {
          throwError(state, "tag prefix is malformed: " + prefix);
        }
        state.tagMap[handle] = prefix;
      }
    };
    function captureSegment(state, start, end, checkJson) {
      if (start < end) {
        const _result = state.input.slice(start, end);
        if (checkJson) {
          for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
            const _character = _result.charCodeAt(_position);
            if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
              throwError(state, "expected valid JSON character");
            }
          }
        } else if (PATTERN_NON_PRINTABLE.test(_result)) {
          throwError(state, "the stream contains non-printable characters");
        }
        state.result += _result;
      }
    }
    function chargeMergeWork(state) {
      state.totalMergeKeys++;
      if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
        throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
      }
    }
    function mergeMappings(state, destination, source, overridableKeys) {
      if (!common2.isObject(source)) {
        throwError(state, "cannot merge mappings; the provided source object is unacceptable");
      }
      chargeMergeWork(state);
      const sourceKeys = Object.keys(source);
      for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
        const key = sourceKeys[index];
        chargeMergeWork(state);
        if (!_hasOwnProperty.call(destination, key)) {
          setProperty(destination, key, source[key]);
          overridableKeys[key] = true;
        }
      }
    }
    function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
      if (Array.isArray(keyNode)) {
        keyNode = Array.prototype.slice.call(keyNode);
        for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
          if (Array.isArray(keyNode[index])) {
            throwError(state, "nested arrays are not supported inside keys");
          }
          if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
            keyNode[index] = "[object Object]";
          }
        }
      }
      if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
        keyNode = "[object Object]";
      }
      keyNode = String(keyNode);
      if (_result === null) {
        _result = {};
      }
      if (keyTag === "tag:yaml.org,2002:merge") {
        if (Array.isArray(valueNode)) {
          if (valueNode.length > 100) {
            throwError(state, "abnormal merge sequence size");
          }
          for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
            mergeMappings(state, _result, valueNode[index], overridableKeys);
          }
        } else {
          mergeMappings(state, _result, valueNode, overridableKeys);
        }
      } else {
        if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
          state.line = startLine || state.line;
          state.lineStart = startLineStart || state.lineStart;
          state.position = startPos || state.position;
          throwError(state, "duplicated mapping key");
        }
        setProperty(_result, keyNode, valueNode);
        delete overridableKeys[keyNode];
      }
      return _result;
    }
    function readLineBreak(state) {
      const ch = state.input.charCodeAt(state.position);
      if (ch === 10) {
        state.position++;
      } else if (ch === 13) {
        state.position++;
        if (state.input.charCodeAt(state.position) === 10) {
          state.position++;
        }
      } else {
        throwError(state, "a line break is expected");
      }
      state.line += 1;
      state.lineStart = state.position;
      state.firstTabInLine = -1;
    }
    function skipSeparationSpace(state, allowComments, checkIndent) {
      let lineBreaks = 0;
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          if (ch === 9 && state.firstTabInLine === -1) {
            state.firstTabInLine = state.position;
          }
          ch = state.input.charCodeAt(++state.position);
        }
        if (allowComments && ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 10 && ch !== 13 && ch !== 0);
        }
        if (isEol(ch)) {
          readLineBreak(state);
          ch = state.input.charCodeAt(state.position);
          lineBreaks++;
          state.lineIndent = 0;
          while (ch === 32) {
            state.lineIndent++;
            ch = state.input.charCodeAt(++state.position);
          }
        } else {
          break;
        }
      }
      if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
        throwWarning(state, "deficient indentation");
      }
      return lineBreaks;
    }
    function testDocumentSeparator(state) {
      let _position = state.position;
      let ch = state.input.charCodeAt(_position);
      if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
        _position += 3;
        ch = state.input.charCodeAt(_position);
        if (ch === 0 || isWsOrEol(ch)) {
          return true;
        }
      }
      return false;
    }
    function writeFoldedLines(state, count) {
      if (count === 1) {
        state.result += " ";
      } else if (count > 1) {
        state.result += common2.repeat("\n", count - 1);
      }
    }
    function readPlainScalar(state, nodeIndent, withinFlowCollection) {
      let captureStart;
      let captureEnd;
      let hasPendingContent;
      let _line;
      let _lineStart;
      let _lineIndent;
      const _kind = state.kind;
      const _result = state.result;
      let ch = state.input.charCodeAt(state.position);
      if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
        return false;
      }
      if (ch === 63 || ch === 45) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          return false;
        }
      }
      state.kind = "scalar";
      state.result = "";
      captureStart = captureEnd = state.position;
      hasPendingContent = false;
      while (ch !== 0) {
        if (ch === 58) {
          const following = state.input.charCodeAt(state.position + 1);
          if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
            break;
          }
        } else if (ch === 35) {
          const preceding = state.input.charCodeAt(state.position - 1);
          if (isWsOrEol(preceding)) {
            break;
          }
        } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
          break;
        } else if (isEol(ch)) {
          _line = state.line;
          _lineStart = state.lineStart;
          _lineIndent = state.lineIndent;
          skipSeparationSpace(state, false, -1);
          if (state.lineIndent >= nodeIndent) {
            hasPendingContent = true;
            ch = state.input.charCodeAt(state.position);
            continue;
          } else {
            state.position = captureEnd;
            state.line = _line;
            state.lineStart = _lineStart;
            state.lineIndent = _lineIndent;
            break;
          }
        }
        if (hasPendingContent) {
          captureSegment(state, captureStart, captureEnd, false);
          writeFoldedLines(state, state.line - _line);
          captureStart = captureEnd = state.position;
          hasPendingContent = false;
        }
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position + 1;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, captureEnd, false);
      if (state.result) {
        return true;
      }
      state.kind = _kind;
      state.result = _result;
      return false;
    }
    function readSingleQuotedScalar(state, nodeIndent) {
      let captureStart;
      let captureEnd;
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 39) {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      state.position++;
      captureStart = captureEnd = state.position;
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        if (ch === 39) {
          captureSegment(state, captureStart, state.position, true);
          ch = state.input.charCodeAt(++state.position);
          if (ch === 39) {
            captureStart = state.position;
            state.position++;
            captureEnd = state.position;
          } else {
            return true;
          }
        } else if (isEol(ch)) {
          captureSegment(state, captureStart, captureEnd, true);
          writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
          captureStart = captureEnd = state.position;
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
          throwError(state, "unexpected end of the document within a single quoted scalar");
        } else {
          state.position++;
          if (!isWhiteSpace(ch)) {
            captureEnd = state.position;
          }
        }
      }
      throwError(state, "unexpected end of the stream within a single quoted scalar");
    }
    function readDoubleQuotedScalar(state, nodeIndent) {
      let captureStart;
      let captureEnd;
      let tmp;
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 34) {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      state.position++;
      captureStart = captureEnd = state.position;
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        if (ch === 34) {
          captureSegment(state, captureStart, state.position, true);
          state.position++;
          return true;
        } else if (ch === 92) {
          captureSegment(state, captureStart, state.position, true);
          ch = state.input.charCodeAt(++state.position);
          if (isEol(ch)) {
            skipSeparationSpace(state, false, nodeIndent);
          } else if (ch < 256 && simpleEscapeCheck[ch]) {
            state.result += simpleEscapeMap[ch];
            state.position++;
          } else if ((tmp = escapedHexLen(ch)) > 0) {
            let hexLength = tmp;
            let hexResult = 0;
            for (; hexLength > 0; hexLength--) {
              ch = state.input.charCodeAt(++state.position);
              if ((tmp = fromHexCode(ch)) >= 0) {
                hexResult = (hexResult << 4) + tmp;
              } else {
                throwError(state, "expected hexadecimal character");
              }
            }
            state.result += charFromCodepoint(hexResult);
            state.position++;
          } else {
            throwError(state, "unknown escape sequence");
          }
          captureStart = captureEnd = state.position;
        } else if (isEol(ch)) {
          captureSegment(state, captureStart, captureEnd, true);
          writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
          captureStart = captureEnd = state.position;
        } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
          throwError(state, "unexpected end of the document within a double quoted scalar");
        } else {
          state.position++;
          if (!isWhiteSpace(ch)) {
            captureEnd = state.position;
          }
        }
      }
      throwError(state, "unexpected end of the stream within a double quoted scalar");
    }
    function readFlowCollection(state, nodeIndent) {
      let readNext = true;
      let _line;
      let _lineStart;
      let _pos;
      const _tag = state.tag;
      let _result;
      const _anchor = state.anchor;
      let terminator;
      let isPair;
      let isExplicitPair;
      let isMapping;
      const overridableKeys = /* @__PURE__ */ Object.create(null);
      let keyNode;
      let keyTag;
      let valueNode;
      let ch = state.input.charCodeAt(state.position);
      if (ch === 91) {
        terminator = 93;
        isMapping = false;
        _result = [];
      } else if (ch === 123) {
        terminator = 125;
        isMapping = true;
        _result = {};
      } else {
        return false;
      }
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, _result);
      }
      ch = state.input.charCodeAt(++state.position);
      while (ch !== 0) {
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if (ch === terminator) {
          state.position++;
          state.tag = _tag;
          state.anchor = _anchor;
          state.kind = isMapping ? "mapping" : "sequence";
          state.result = _result;
          return true;
        } else if (!readNext) {
          throwError(state, "missed comma between flow collection entries");
        } else if (ch === 44) {
          throwError(state, "expected the node content, but found ','");
        }
        keyTag = keyNode = valueNode = null;
        isPair = isExplicitPair = false;
        if (ch === 63) {
          const following = state.input.charCodeAt(state.position + 1);
          if (isWsOrEol(following)) {
            isPair = isExplicitPair = true;
            state.position++;
            skipSeparationSpace(state, true, nodeIndent);
          }
        }
        _line = state.line;
        _lineStart = state.lineStart;
        _pos = state.position;
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        keyTag = state.tag;
        keyNode = state.result;
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if ((isExplicitPair || state.line === _line) && ch === 58) {
          isPair = true;
          ch = state.input.charCodeAt(++state.position);
          skipSeparationSpace(state, true, nodeIndent);
          composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
          valueNode = state.result;
        }
        if (isMapping) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
        } else if (isPair) {
          _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
        } else {
          _result.push(keyNode);
        }
        skipSeparationSpace(state, true, nodeIndent);
        ch = state.input.charCodeAt(state.position);
        if (ch === 44) {
          readNext = true;
          ch = state.input.charCodeAt(++state.position);
        } else {
          readNext = false;
        }
      }
      throwError(state, "unexpected end of the stream within a flow collection");
    }
    function readBlockScalar(state, nodeIndent) {
      let folding;
      let chomping = CHOMPING_CLIP;
      let didReadContent = false;
      let detectedIndent = false;
      let textIndent = nodeIndent;
      let emptyLines = 0;
      let atMoreIndented = false;
      let tmp;
      let ch = state.input.charCodeAt(state.position);
      if (ch === 124) {
        folding = false;
      } else if (ch === 62) {
        folding = true;
      } else {
        return false;
      }
      state.kind = "scalar";
      state.result = "";
      while (ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
        if (ch === 43 || ch === 45) {
          if (CHOMPING_CLIP === chomping) {
            chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
          } else {
            throwError(state, "repeat of a chomping mode identifier");
          }
        } else if ((tmp = fromDecimalCode(ch)) >= 0) {
          if (tmp === 0) {
            throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
          } else if (!detectedIndent) {
            textIndent = nodeIndent + tmp - 1;
            detectedIndent = true;
          } else {
            throwError(state, "repeat of an indentation width identifier");
          }
        } else {
          break;
        }
      }
      if (isWhiteSpace(ch)) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (isWhiteSpace(ch));
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (!isEol(ch) && ch !== 0);
        }
      }
      while (ch !== 0) {
        readLineBreak(state);
        state.lineIndent = 0;
        ch = state.input.charCodeAt(state.position);
        while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
        if (!detectedIndent && state.lineIndent > textIndent) {
          textIndent = state.lineIndent;
        }
        if (isEol(ch)) {
          emptyLines++;
          continue;
        }
        if (!detectedIndent && textIndent === 0) {
          throwError(state, "missing indentation for block scalar");
        }
        if (state.lineIndent < textIndent) {
          if (chomping === CHOMPING_KEEP) {
            state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
          } else if (chomping === CHOMPING_CLIP) {
            if (didReadContent) {
              state.result += "\n";
            }
          }
          break;
        }
        if (folding) {
          if (isWhiteSpace(ch)) {
            atMoreIndented = true;
            state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
          } else if (atMoreIndented) {
            atMoreIndented = false;
            state.result += common2.repeat("\n", emptyLines + 1);
          } else if (emptyLines === 0) {
            if (didReadContent) {
              state.result += " ";
            }
          } else {
            state.result += common2.repeat("\n", emptyLines);
          }
        } else {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        }
        didReadContent = true;
        detectedIndent = true;
        emptyLines = 0;
        const captureStart = state.position;
        while (!isEol(ch) && ch !== 0) {
          ch = state.input.charCodeAt(++state.position);
        }
        captureSegment(state, captureStart, state.position, false);
      }
      return true;
    }
    function readBlockSequence(state, nodeIndent) {
      const _tag = state.tag;
      const _anchor = state.anchor;
      const _result = [];
      let detected = false;
      if (state.firstTabInLine !== -1) return false;
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, _result);
      }
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        if (state.firstTabInLine !== -1) {
          state.position = state.firstTabInLine;
          throwError(state, "tab characters must not be used in indentation");
        }
        if (ch !== 45) {
          break;
        }
        const following = state.input.charCodeAt(state.position + 1);
        if (!isWsOrEol(following)) {
          break;
        }
        detected = true;
        state.position++;
        if (skipSeparationSpace(state, true, -1)) {
          if (state.lineIndent <= nodeIndent) {
            _result.push(null);
            ch = state.input.charCodeAt(state.position);
            continue;
          }
        }
        const _line = state.line;
        composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
        _result.push(state.result);
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
        if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
          throwError(state, "bad indentation of a sequence entry");
        } else if (state.lineIndent < nodeIndent) {
          break;
        }
      }
      if (detected) {
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = "sequence";
        state.result = _result;
        return true;
      }
      return false;
    }
    function readBlockMapping(state, nodeIndent, flowIndent) {
      let allowCompact;
      let _keyLine;
      let _keyLineStart;
      let _keyPos;
      const _tag = state.tag;
      const _anchor = state.anchor;
      const _result = {};
      const overridableKeys = /* @__PURE__ */ Object.create(null);
      let keyTag = null;
      let keyNode = null;
      let valueNode = null;
      let atExplicitKey = false;
      let detected = false;
      if (state.firstTabInLine !== -1) return false;
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, _result);
      }
      let ch = state.input.charCodeAt(state.position);
      while (ch !== 0) {
        if (!atExplicitKey && state.firstTabInLine !== -1) {
          state.position = state.firstTabInLine;
          throwError(state, "tab characters must not be used in indentation");
        }
        const following = state.input.charCodeAt(state.position + 1);
        const _line = state.line;
        if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
          if (ch === 63) {
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = true;
            allowCompact = true;
          } else if (atExplicitKey) {
            atExplicitKey = false;
            allowCompact = true;
          } else {
            throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
          }
          state.position += 1;
          ch = following;
        } else {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
          if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
            break;
          }
          if (state.line === _line) {
            ch = state.input.charCodeAt(state.position);
            while (isWhiteSpace(ch)) {
              ch = state.input.charCodeAt(++state.position);
            }
            if (ch === 58) {
              ch = state.input.charCodeAt(++state.position);
              if (!isWsOrEol(ch)) {
                throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
              }
              if (atExplicitKey) {
                storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
                keyTag = keyNode = valueNode = null;
              }
              detected = true;
              atExplicitKey = false;
              allowCompact = false;
              keyTag = state.tag;
              keyNode = state.result;
            } else if (detected) {
              throwError(state, "can not read an implicit mapping pair; a colon is missed");
            } else {
              state.tag = _tag;
              state.anchor = _anchor;
              return true;
            }
          } else if (detected) {
            throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        }
        if (state.line === _line || state.lineIndent > nodeIndent) {
          if (atExplicitKey) {
            _keyLine = state.line;
            _keyLineStart = state.lineStart;
            _keyPos = state.position;
          }
          if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
            if (atExplicitKey) {
              keyNode = state.result;
            } else {
              valueNode = state.result;
            }
          }
          if (!atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          skipSeparationSpace(state, true, -1);
          ch = state.input.charCodeAt(state.position);
        }
        if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
          throwError(state, "bad indentation of a mapping entry");
        } else if (state.lineIndent < nodeIndent) {
          break;
        }
      }
      if (atExplicitKey) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
      }
      if (detected) {
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = "mapping";
        state.result = _result;
      }
      return detected;
    }
    function readTagProperty(state) {
      let isVerbatim = false;
      let isNamed = false;
      let tagHandle;
      let tagName;
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 33) return false;
      if (state.tag !== null) {
        throwError(state, "duplication of a tag property");
      }
      ch = state.input.charCodeAt(++state.position);
      if (ch === 60) {
        isVerbatim = true;
        ch = state.input.charCodeAt(++state.position);
      } else if (ch === 33) {
        isNamed = true;
        tagHandle = "!!";
        ch = state.input.charCodeAt(++state.position);
      } else {
        tagHandle = "!";
      }
      let _position = state.position;
      if (isVerbatim) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 0 && ch !== 62);
        if (state.position < state.length) {
          tagName = state.input.slice(_position, state.position);
          ch = state.input.charCodeAt(++state.position);
        } else {
          throwError(state, "unexpected end of the stream within a verbatim tag");
        }
      } else {
        while (ch !== 0 && !isWsOrEol(ch)) {
          if (ch === 33) {
            if (!isNamed) {
              tagHandle = state.input.slice(_position - 1, state.position + 1);
              if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
                throwError(state, "named tag handle cannot contain such characters");
              }
              isNamed = true;
              _position = state.position + 1;
            } else {
              throwError(state, "tag suffix cannot contain exclamation marks");
            }
          }
          ch = state.input.charCodeAt(++state.position);
        }
        tagName = state.input.slice(_position, state.position);
        if (PATTERN_FLOW_INDICATORS.test(tagName)) {
          throwError(state, "tag suffix cannot contain flow indicator characters");
        }
      }
      if (tagName && !PATTERN_TAG_URI.test(tagName)) {
        throwError(state, "tag name cannot contain such characters: " + tagName);
      }
      try {
        tagName = decodeURIComponent(tagName);
      } catch (err2) {
        throwError(state, "tag name is malformed: " + tagName);
      }
      if (isVerbatim) {
        state.tag = tagName;
      } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
        state.tag = state.tagMap[tagHandle] + tagName;
      } else if (tagHandle === "!") {
        state.tag = "!" + tagName;
      } else if (tagHandle === "!!") {
        state.tag = "tag:yaml.org,2002:" + tagName;
      } else {
        throwError(state, 'undeclared tag handle "' + tagHandle + '"');
      }
      return true;
    }
    function readAnchorProperty(state) {
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 38) return false;
      if (state.anchor !== null) {
        throwError(state, "duplication of an anchor property");
      }
      ch = state.input.charCodeAt(++state.position);
      const _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (state.position === _position) {
        throwError(state, "name of an anchor node must contain at least one character");
      }
      state.anchor = state.input.slice(_position, state.position);
      return true;
    }
    function readAlias(state) {
      let ch = state.input.charCodeAt(state.position);
      if (ch !== 42) return false;
      ch = state.input.charCodeAt(++state.position);
      const _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      if (state.position === _position) {
        throwError(state, "name of an alias node must contain at least one character");
      }
      const alias = state.input.slice(_position, state.position);
      if (!_hasOwnProperty.call(state.anchorMap, alias)) {
        throwError(state, 'unidentified alias "' + alias + '"');
      }
      state.result = state.anchorMap[alias];
      skipSeparationSpace(state, true, -1);
      return true;
    }
    function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
      const fallbackState = snapshotState(state);
      beginAnchorTransaction(state);
      restoreState(state, propertyStart);
      state.tag = null;
      state.anchor = null;
      state.kind = null;
      state.result = null;
      if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
        commitAnchorTransaction(state);
        return true;
      }
      rollbackAnchorTransaction(state);
      restoreState(state, fallbackState);
      return false;
    }
    function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
      let allowBlockScalars;
      let allowBlockCollections;
      let indentStatus = 1;
      let atNewLine = false;
      let hasContent = false;
      let propertyStart = null;
      let type2;
      let flowIndent;
      let blockIndent;
      if (state.depth >= state.maxDepth) {
        throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
      }
      state.depth += 1;
      if (state.listener !== null) {
        state.listener("open", state);
      }
      state.tag = null;
      state.anchor = null;
      state.kind = null;
      state.result = null;
      const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
      if (allowToSeek) {
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        }
      }
      if (indentStatus === 1) {
        while (true) {
          const ch = state.input.charCodeAt(state.position);
          const propertyState = snapshotState(state);
          if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
            break;
          }
          if (!readTagProperty(state) && !readAnchorProperty(state)) {
            break;
          }
          if (propertyStart === null) {
            propertyStart = propertyState;
          }
          if (skipSeparationSpace(state, true, -1)) {
            atNewLine = true;
            allowBlockCollections = allowBlockStyles;
            if (state.lineIndent > parentIndent) {
              indentStatus = 1;
            } else if (state.lineIndent === parentIndent) {
              indentStatus = 0;
            } else if (state.lineIndent < parentIndent) {
              indentStatus = -1;
            }
          } else {
            allowBlockCollections = false;
          }
        }
      }
      if (allowBlockCollections) {
        allowBlockCollections = atNewLine || allowCompact;
      }
      if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
        if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
          flowIndent = parentIndent;
        } else {
          flowIndent = parentIndent + 1;
        }
        blockIndent = state.position - state.lineStart;
        if (indentStatus === 1) {
          if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
            hasContent = true;
          } else {
            const ch = state.input.charCodeAt(state.position);
            if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
              state,
              propertyStart,
              propertyStart.position - propertyStart.lineStart,
              flowIndent
            )) {
              hasContent = true;
            } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
              hasContent = true;
            } else if (readAlias(state)) {
              hasContent = true;
              if (state.tag !== null || state.anchor !== null) {
                throwError(state, "alias node should not have any properties");
              }
            } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
              hasContent = true;
              if (state.tag === null) {
                state.tag = "?";
              }
            }
            if (state.anchor !== null) {
              storeAnchor(state, state.anchor, state.result);
            }
          }
        } else if (indentStatus === 0) {
          hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
        }
      }
      if (state.tag === null) {
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      } else if (state.tag === "?") {
        if (state.result !== null && state.kind !== "scalar") {
          throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
        }
        for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
          type2 = state.implicitTypes[typeIndex];
          if (type2.resolve(state.result)) {
            state.result = type2.construct(state.result);
            state.tag = type2.tag;
            if (state.anchor !== null) {
              storeAnchor(state, state.anchor, state.result);
            }
            break;
          }
        }
      } else if (state.tag !== "!") {
        if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
          type2 = state.typeMap[state.kind || "fallback"][state.tag];
        } else {
          type2 = null;
          const typeList = state.typeMap.multi[state.kind || "fallback"];
          for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
            if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
              type2 = typeList[typeIndex];
              break;
            }
          }
        }
        if (!type2) {
          throwError(state, "unknown tag !<" + state.tag + ">");
        }
        if (state.result !== null && type2.kind !== state.kind) {
          throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
        }
        if (!type2.resolve(state.result, state.tag)) {
          throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
        } else {
          state.result = type2.construct(state.result, state.tag);
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      }
      if (state.listener !== null) {
        state.listener("close", state);
      }
      state.depth -= 1;
      return state.tag !== null || state.anchor !== null || hasContent;
    }
    function readDocument(state) {
      const documentStart = state.position;
      let hasDirectives = false;
      let ch;
      state.version = null;
      state.checkLineBreaks = state.legacy;
      state.tagMap = /* @__PURE__ */ Object.create(null);
      state.anchorMap = /* @__PURE__ */ Object.create(null);
      while ((ch = state.input.charCodeAt(state.position)) !== 0) {
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
        if (state.lineIndent > 0 || ch !== 37) {
          break;
        }
        hasDirectives = true;
        ch = state.input.charCodeAt(++state.position);
        let _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        const directiveName = state.input.slice(_position, state.position);
        const directiveArgs = [];
        if (directiveName.length < 1) {
          throwError(state, "directive name must not be less than one character in length");
        }
        while (ch !== 0) {
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 35) {
            do {
              ch = state.input.charCodeAt(++state.position);
            } while (ch !== 0 && !isEol(ch));
            break;
          }
          if (isEol(ch)) break;
          _position = state.position;
          while (ch !== 0 && !isWsOrEol(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          directiveArgs.push(state.input.slice(_position, state.position));
        }
        if (ch !== 0) readLineBreak(state);
        if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
          directiveHandlers[directiveName](state, directiveName, directiveArgs);
        } else {
          throwWarning(state, 'unknown document directive "' + directiveName + '"');
        }
      }
      skipSeparationSpace(state, true, -1);
      if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      } else if (hasDirectives) {
        throwError(state, "directives end mark is expected");
      }
      composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
      skipSeparationSpace(state, true, -1);
      if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
        throwWarning(state, "non-ASCII line breaks are interpreted as content");
      }
      state.documents.push(state.result);
      if (state.position === state.lineStart && testDocumentSeparator(state)) {
        if (state.input.charCodeAt(state.position) === 46) {
          state.position += 3;
          skipSeparationSpace(state, true, -1);
        }
        return;
      }
      if (state.position < state.length - 1) {
        throwError(state, "end of the stream or a document separator is expected");
      }
    }
    function loadDocuments(input, options) {
      input = String(input);
      options = options || {};
      if (input.length !== 0) {
        if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
          input += "\n";
        }
        if (input.charCodeAt(0) === 65279) {
          input = input.slice(1);
        }
      }
      const state = new State2(input, options);
      const nullpos = input.indexOf("\0");
      if (nullpos !== -1) {
        state.position = nullpos;
        throwError(state, "null byte is not allowed in input");
      }
      state.input += "\0";
      while (state.input.charCodeAt(state.position) === 32) {
        state.lineIndent += 1;
        state.position += 1;
      }
      while (state.position < state.length - 1) {
        readDocument(state);
      }
      return state.documents;
    }
    function loadAll2(input, iterator, options) {
      if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
        options = iterator;
        iterator = null;
      }
      const documents = loadDocuments(input, options);
      if (typeof iterator !== "function") {
        return documents;
      }
      for (let index = 0, length = documents.length; index < length; index += 1) {
        iterator(documents[index]);
      }
    }
    function load2(input, options) {
      const documents = loadDocuments(input, options);
      if (documents.length === 0) {
        return void 0;
      } else if (documents.length === 1) {
        return documents[0];
      }
      throw new YAMLException2("expected a single document in the stream, but found more");
    }
    loader.loadAll = loadAll2;
    loader.load = load2;
    return loader;
  }
  var dumper = {};
  var hasRequiredDumper;
  function requireDumper() {
    if (hasRequiredDumper) return dumper;
    hasRequiredDumper = 1;
    const common2 = requireCommon();
    const YAMLException2 = requireException();
    const DEFAULT_SCHEMA2 = require_default();
    const _toString = Object.prototype.toString;
    const _hasOwnProperty = Object.prototype.hasOwnProperty;
    const CHAR_BOM = 65279;
    const CHAR_TAB = 9;
    const CHAR_LINE_FEED = 10;
    const CHAR_CARRIAGE_RETURN = 13;
    const CHAR_SPACE = 32;
    const CHAR_EXCLAMATION = 33;
    const CHAR_DOUBLE_QUOTE = 34;
    const CHAR_SHARP = 35;
    const CHAR_PERCENT = 37;
    const CHAR_AMPERSAND = 38;
    const CHAR_SINGLE_QUOTE = 39;
    const CHAR_ASTERISK = 42;
    const CHAR_COMMA = 44;
    const CHAR_MINUS = 45;
    const CHAR_COLON = 58;
    const CHAR_EQUALS = 61;
    const CHAR_GREATER_THAN = 62;
    const CHAR_QUESTION = 63;
    const CHAR_COMMERCIAL_AT = 64;
    const CHAR_LEFT_SQUARE_BRACKET = 91;
    const CHAR_RIGHT_SQUARE_BRACKET = 93;
    const CHAR_GRAVE_ACCENT = 96;
    const CHAR_LEFT_CURLY_BRACKET = 123;
    const CHAR_VERTICAL_LINE = 124;
    const CHAR_RIGHT_CURLY_BRACKET = 125;
    const ESCAPE_SEQUENCES = {};
    ESCAPE_SEQUENCES[0] = "\\0";
    ESCAPE_SEQUENCES[7] = "\\a";
    ESCAPE_SEQUENCES[8] = "\\b";
    ESCAPE_SEQUENCES[9] = "\\t";
    ESCAPE_SEQUENCES[10] = "\\n";
    ESCAPE_SEQUENCES[11] = "\\v";
    ESCAPE_SEQUENCES[12] = "\\f";
    ESCAPE_SEQUENCES[13] = "\\r";
    ESCAPE_SEQUENCES[27] = "\\e";
    ESCAPE_SEQUENCES[34] = '\\"';
    ESCAPE_SEQUENCES[92] = "\\\\";
    ESCAPE_SEQUENCES[133] = "\\N";
    ESCAPE_SEQUENCES[160] = "\\_";
    ESCAPE_SEQUENCES[8232] = "\\L";
    ESCAPE_SEQUENCES[8233] = "\\P";
    const DEPRECATED_BOOLEANS_SYNTAX = [
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF"
    ];
    const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
    function compileStyleMap(schema2, map2) {
      if (map2 === null) return {};
      const result = {};
      const keys = Object.keys(map2);
      for (let index = 0, length = keys.length; index < length; index += 1) {
        let tag = keys[index];
        let style = String(map2[tag]);
        if (tag.slice(0, 2) === "!!") {
          tag = "tag:yaml.org,2002:" + tag.slice(2);
        }
        const type2 = schema2.compiledTypeMap["fallback"][tag];
        if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
          style = type2.styleAliases[style];
        }
        result[tag] = style;
      }
      return result;
    }
    function encodeHex(character) {
      let handle;
      let length;
      const string = character.toString(16).toUpperCase();
      if (character <= 255) {
        handle = "x";
        length = 2;
      } else if (character <= 65535) {
        handle = "u";
        length = 4;
      } else if (character <= 4294967295) {
        handle = "U";
        length = 8;
      } else {
        throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
      }
      return "\\" + handle + common2.repeat("0", length - string.length) + string;
    }
    const QUOTING_TYPE_SINGLE = 1;
    const QUOTING_TYPE_DOUBLE = 2;
    function State2(options) {
      this.schema = options["schema"] || DEFAULT_SCHEMA2;
      this.indent = Math.max(1, options["indent"] || 2);
      this.noArrayIndent = options["noArrayIndent"] || false;
      this.skipInvalid = options["skipInvalid"] || false;
      this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
      this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
      this.sortKeys = options["sortKeys"] || false;
      this.lineWidth = options["lineWidth"] || 80;
      this.noRefs = options["noRefs"] || false;
      this.noCompatMode = options["noCompatMode"] || false;
      this.condenseFlow = options["condenseFlow"] || false;
      this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
      this.forceQuotes = options["forceQuotes"] || false;
      this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
      this.implicitTypes = this.schema.compiledImplicit;
      this.explicitTypes = this.schema.compiledExplicit;
      this.tag = null;
      this.result = "";
      this.duplicates = [];
      this.usedDuplicates = null;
    }
    function indentString(string, spaces) {
      const ind = common2.repeat(" ", spaces);
      let position = 0;
      let result = "";
      const length = string.length;
      while (position < length) {
        let line;
        const next = string.indexOf("\n", position);
        if (next === -1) {
          line = string.slice(position);
          position = length;
        } else {
          line = string.slice(position, next + 1);
          position = next + 1;
        }
        if (line.length && line !== "\n") result += ind;
        result += line;
      }
      return result;
    }
    function generateNextLine(state, level) {
      return "\n" + common2.repeat(" ", state.indent * level);
    }
    function testImplicitResolving(state, str2) {
      for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
        const type2 = state.implicitTypes[index];
        if (type2.resolve(str2)) {
          return true;
        }
      }
      return false;
    }
    function isWhitespace2(c2) {
      return c2 === CHAR_SPACE || c2 === CHAR_TAB;
    }
    function isPrintable(c2) {
      return c2 >= 32 && c2 <= 126 || c2 >= 161 && c2 <= 55295 && c2 !== 8232 && c2 !== 8233 || c2 >= 57344 && c2 <= 65533 && c2 !== CHAR_BOM || c2 >= 65536 && c2 <= 1114111;
    }
    function isNsCharOrWhitespace(c2) {
      return isPrintable(c2) && c2 !== CHAR_BOM && // - b-char
      c2 !== CHAR_CARRIAGE_RETURN && c2 !== CHAR_LINE_FEED;
    }
    function isPlainSafe(c2, prev, inblock) {
      const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c2);
      const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace2(c2);
      return (
        // ns-plain-safe
        (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
        c2 !== CHAR_COMMA && c2 !== CHAR_LEFT_SQUARE_BRACKET && c2 !== CHAR_RIGHT_SQUARE_BRACKET && c2 !== CHAR_LEFT_CURLY_BRACKET && c2 !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
        c2 !== CHAR_SHARP && // false on '#'
        !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
        isNsCharOrWhitespace(prev) && !isWhitespace2(prev) && c2 === CHAR_SHARP || // change to true on '[^ ]#'
        prev === CHAR_COLON && cIsNsChar
      );
    }
    function isPlainSafeFirst(c2) {
      return isPrintable(c2) && c2 !== CHAR_BOM && !isWhitespace2(c2) && // - s-white
      // - (c-indicator ::=
      // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
      c2 !== CHAR_MINUS && c2 !== CHAR_QUESTION && c2 !== CHAR_COLON && c2 !== CHAR_COMMA && c2 !== CHAR_LEFT_SQUARE_BRACKET && c2 !== CHAR_RIGHT_SQUARE_BRACKET && c2 !== CHAR_LEFT_CURLY_BRACKET && c2 !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
      c2 !== CHAR_SHARP && c2 !== CHAR_AMPERSAND && c2 !== CHAR_ASTERISK && c2 !== CHAR_EXCLAMATION && c2 !== CHAR_VERTICAL_LINE && c2 !== CHAR_EQUALS && c2 !== CHAR_GREATER_THAN && c2 !== CHAR_SINGLE_QUOTE && c2 !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
      c2 !== CHAR_PERCENT && c2 !== CHAR_COMMERCIAL_AT && c2 !== CHAR_GRAVE_ACCENT;
    }
    function isPlainSafeLast(c2) {
      return !isWhitespace2(c2) && c2 !== CHAR_COLON;
    }
    function codePointAt(string, pos) {
      const first = string.charCodeAt(pos);
      let second;
      if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
        second = string.charCodeAt(pos + 1);
        if (second >= 56320 && second <= 57343) {
          return (first - 55296) * 1024 + second - 56320 + 65536;
        }
      }
      return first;
    }
    function needIndentIndicator(string) {
      const leadingSpaceRe = /^\n* /;
      return leadingSpaceRe.test(string);
    }
    const STYLE_PLAIN = 1;
    const STYLE_SINGLE = 2;
    const STYLE_LITERAL = 3;
    const STYLE_FOLDED = 4;
    const STYLE_DOUBLE = 5;
    function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
      let i3;
      let char = 0;
      let prevChar = null;
      let hasLineBreak = false;
      let hasFoldableLine = false;
      const shouldTrackWidth = lineWidth !== -1;
      let previousLineBreak = -1;
      let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
      if (singleLineOnly || forceQuotes) {
        for (i3 = 0; i3 < string.length; char >= 65536 ? i3 += 2 : i3++) {
          char = codePointAt(string, i3);
          if (!isPrintable(char)) {
            return STYLE_DOUBLE;
          }
          plain = plain && isPlainSafe(char, prevChar, inblock);
          prevChar = char;
        }
      } else {
        for (i3 = 0; i3 < string.length; char >= 65536 ? i3 += 2 : i3++) {
          char = codePointAt(string, i3);
          if (char === CHAR_LINE_FEED) {
            hasLineBreak = true;
            if (shouldTrackWidth) {
              hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
              i3 - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
              previousLineBreak = i3;
            }
          } else if (!isPrintable(char)) {
            return STYLE_DOUBLE;
          }
          plain = plain && isPlainSafe(char, prevChar, inblock);
          prevChar = char;
        }
        hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i3 - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
      }
      if (!hasLineBreak && !hasFoldableLine) {
        if (plain && !forceQuotes && !testAmbiguousType(string)) {
          return STYLE_PLAIN;
        }
        return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
      }
      if (indentPerLevel > 9 && needIndentIndicator(string)) {
        return STYLE_DOUBLE;
      }
      if (!forceQuotes) {
        return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    function writeScalar(state, string, level, iskey, inblock) {
      state.dump = (function() {
        if (string.length === 0) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
        }
        if (!state.noCompatMode) {
          if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
            return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
          }
        }
        const indent = state.indent * Math.max(1, level);
        const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
        const singleLineOnly = iskey || // No block styles in flow mode.
        state.flowLevel > -1 && level >= state.flowLevel;
        function testAmbiguity(string2) {
          return testImplicitResolving(state, string2);
        }
        switch (chooseScalarStyle(
          string,
          singleLineOnly,
          state.indent,
          lineWidth,
          testAmbiguity,
          state.quotingType,
          state.forceQuotes && !iskey,
          inblock
        )) {
          case STYLE_PLAIN:
            return string;
          case STYLE_SINGLE:
            return "'" + string.replace(/'/g, "''") + "'";
          case STYLE_LITERAL:
            return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
          case STYLE_FOLDED:
            return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
          case STYLE_DOUBLE:
            return '"' + escapeString(string) + '"';
          default:
            throw new YAMLException2("impossible error: invalid scalar style");
        }
      })();
    }
    function blockHeader(string, indentPerLevel) {
      const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
      const clip = string[string.length - 1] === "\n";
      const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
      const chomp = keep ? "+" : clip ? "" : "-";
      return indentIndicator + chomp + "\n";
    }
    function dropEndingNewline(string) {
      return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
    }
    function foldString(string, width) {
      const lineRe = /(\n+)([^\n]*)/g;
      let result = (function() {
        let nextLF = string.indexOf("\n");
        nextLF = nextLF !== -1 ? nextLF : string.length;
        lineRe.lastIndex = nextLF;
        return foldLine(string.slice(0, nextLF), width);
      })();
      let prevMoreIndented = string[0] === "\n" || string[0] === " ";
      let moreIndented;
      let match;
      while (match = lineRe.exec(string)) {
        const prefix = match[1];
        const line = match[2];
        moreIndented = line[0] === " ";
        result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
        prevMoreIndented = moreIndented;
      }
      return result;
    }
    function foldLine(line, width) {
      if (line === "" || line[0] === " ") return line;
      const breakRe = / [^ ]/g;
      let match;
      let start = 0;
      let end;
      let curr = 0;
      let next = 0;
      let result = "";
      while (match = breakRe.exec(line)) {
        next = match.index;
        if (next - start > width) {
          end = curr > start ? curr : next;
          result += "\n" + line.slice(start, end);
          start = end + 1;
        }
        curr = next;
      }
      result += "\n";
      if (line.length - start > width && curr > start) {
        result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
      } else {
        result += line.slice(start);
      }
      return result.slice(1);
    }
    function escapeString(string) {
      let result = "";
      let char = 0;
      for (let i3 = 0; i3 < string.length; char >= 65536 ? i3 += 2 : i3++) {
        char = codePointAt(string, i3);
        const escapeSeq = ESCAPE_SEQUENCES[char];
        if (!escapeSeq && isPrintable(char)) {
          result += string[i3];
          if (char >= 65536) result += string[i3 + 1];
        } else {
          result += escapeSeq || encodeHex(char);
        }
      }
      return result;
    }
    function writeFlowSequence(state, level, object) {
      let _result = "";
      const _tag = state.tag;
      for (let index = 0, length = object.length; index < length; index += 1) {
        let value = object[index];
        if (state.replacer) {
          value = state.replacer.call(object, String(index), value);
        }
        if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
          if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
          _result += state.dump;
        }
      }
      state.tag = _tag;
      state.dump = "[" + _result + "]";
    }
    function writeBlockSequence(state, level, object, compact) {
      let _result = "";
      const _tag = state.tag;
      for (let index = 0, length = object.length; index < length; index += 1) {
        let value = object[index];
        if (state.replacer) {
          value = state.replacer.call(object, String(index), value);
        }
        if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
          if (!compact || _result !== "") {
            _result += generateNextLine(state, level);
          }
          if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
            _result += "-";
          } else {
            _result += "- ";
          }
          _result += state.dump;
        }
      }
      state.tag = _tag;
      state.dump = _result || "[]";
    }
    function writeFlowMapping(state, level, object) {
      let _result = "";
      const _tag = state.tag;
      const objectKeyList = Object.keys(object);
      for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
        let pairBuffer = "";
        if (_result !== "") pairBuffer += ", ";
        if (state.condenseFlow) pairBuffer += '"';
        const objectKey = objectKeyList[index];
        let objectValue = object[objectKey];
        if (state.replacer) {
          objectValue = state.replacer.call(object, objectKey, objectValue);
        }
        if (!writeNode(state, level, objectKey, false, false)) {
          continue;
        }
        if (state.dump.length > 1024) pairBuffer += "? ";
        pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
        if (!writeNode(state, level, objectValue, false, false)) {
          continue;
        }
        pairBuffer += state.dump;
        _result += pairBuffer;
      }
      state.tag = _tag;
      state.dump = "{" + _result + "}";
    }
    function writeBlockMapping(state, level, object, compact) {
      let _result = "";
      const _tag = state.tag;
      const objectKeyList = Object.keys(object);
      if (state.sortKeys === true) {
        objectKeyList.sort();
      } else if (typeof state.sortKeys === "function") {
        objectKeyList.sort(state.sortKeys);
      } else if (state.sortKeys) {
        throw new YAMLException2("sortKeys must be a boolean or a function");
      }
      for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
        let pairBuffer = "";
        if (!compact || _result !== "") {
          pairBuffer += generateNextLine(state, level);
        }
        const objectKey = objectKeyList[index];
        let objectValue = object[objectKey];
        if (state.replacer) {
          objectValue = state.replacer.call(object, objectKey, objectValue);
        }
        if (!writeNode(state, level + 1, objectKey, true, true, true)) {
          continue;
        }
        const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
        if (explicitPair) {
          if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
            pairBuffer += "?";
          } else {
            pairBuffer += "? ";
          }
        }
        pairBuffer += state.dump;
        if (explicitPair) {
          pairBuffer += generateNextLine(state, level);
        }
        if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
          continue;
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += ":";
        } else {
          pairBuffer += ": ";
        }
        pairBuffer += state.dump;
        _result += pairBuffer;
      }
      state.tag = _tag;
      state.dump = _result || "{}";
    }
    function detectType(state, object, explicit) {
      const typeList = explicit ? state.explicitTypes : state.implicitTypes;
      for (let index = 0, length = typeList.length; index < length; index += 1) {
        const type2 = typeList[index];
        if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
          if (explicit) {
            if (type2.multi && type2.representName) {
              state.tag = type2.representName(object);
            } else {
              state.tag = type2.tag;
            }
          } else {
            state.tag = "?";
          }
          if (type2.represent) {
            const style = state.styleMap[type2.tag] || type2.defaultStyle;
            let _result;
            if (_toString.call(type2.represent) === "[object Function]") {
              _result = type2.represent(object, style);
            } else if (_hasOwnProperty.call(type2.represent, style)) {
              _result = type2.represent[style](object, style);
            } else {
              throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
            }
            state.dump = _result;
          }
          return true;
        }
      }
      return false;
    }
    function writeNode(state, level, object, block, compact, iskey, isblockseq) {
      state.tag = null;
      state.dump = object;
      if (!detectType(state, object, false)) {
        detectType(state, object, true);
      }
      const type2 = _toString.call(state.dump);
      const inblock = block;
      if (block) {
        block = state.flowLevel < 0 || state.flowLevel > level;
      }
      const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
      let duplicateIndex;
      let duplicate;
      if (objectOrArray) {
        duplicateIndex = state.duplicates.indexOf(object);
        duplicate = duplicateIndex !== -1;
      }
      if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
        compact = false;
      }
      if (duplicate && state.usedDuplicates[duplicateIndex]) {
        state.dump = "*ref_" + duplicateIndex;
      } else {
        if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
          state.usedDuplicates[duplicateIndex] = true;
        }
        if (type2 === "[object Object]") {
          if (block && Object.keys(state.dump).length !== 0) {
            writeBlockMapping(state, level, state.dump, compact);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + state.dump;
            }
          } else {
            writeFlowMapping(state, level, state.dump);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + " " + state.dump;
            }
          }
        } else if (type2 === "[object Array]") {
          if (block && state.dump.length !== 0) {
            if (state.noArrayIndent && !isblockseq && level > 0) {
              writeBlockSequence(state, level - 1, state.dump, compact);
            } else {
              writeBlockSequence(state, level, state.dump, compact);
            }
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + state.dump;
            }
          } else {
            writeFlowSequence(state, level, state.dump);
            if (duplicate) {
              state.dump = "&ref_" + duplicateIndex + " " + state.dump;
            }
          }
        } else if (type2 === "[object String]") {
          if (state.tag !== "?") {
            writeScalar(state, state.dump, level, iskey, inblock);
          }
        } else if (type2 === "[object Undefined]") {
          return false;
        } else {
          if (state.skipInvalid) return false;
          throw new YAMLException2("unacceptable kind of an object to dump " + type2);
        }
        if (state.tag !== null && state.tag !== "?") {
          let tagStr = encodeURI(
            state.tag[0] === "!" ? state.tag.slice(1) : state.tag
          ).replace(/!/g, "%21");
          if (state.tag[0] === "!") {
            tagStr = "!" + tagStr;
          } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
            tagStr = "!!" + tagStr.slice(18);
          } else {
            tagStr = "!<" + tagStr + ">";
          }
          state.dump = tagStr + " " + state.dump;
        }
      }
      return true;
    }
    function getDuplicateReferences(object, state) {
      const objects = [];
      const duplicatesIndexes = [];
      inspectNode(object, objects, duplicatesIndexes);
      const length = duplicatesIndexes.length;
      for (let index = 0; index < length; index += 1) {
        state.duplicates.push(objects[duplicatesIndexes[index]]);
      }
      state.usedDuplicates = new Array(length);
    }
    function inspectNode(object, objects, duplicatesIndexes) {
      if (object !== null && typeof object === "object") {
        const index = objects.indexOf(object);
        if (index !== -1) {
          if (duplicatesIndexes.indexOf(index) === -1) {
            duplicatesIndexes.push(index);
          }
        } else {
          objects.push(object);
          if (Array.isArray(object)) {
            for (let i3 = 0, length = object.length; i3 < length; i3 += 1) {
              inspectNode(object[i3], objects, duplicatesIndexes);
            }
          } else {
            const objectKeyList = Object.keys(object);
            for (let i3 = 0, length = objectKeyList.length; i3 < length; i3 += 1) {
              inspectNode(object[objectKeyList[i3]], objects, duplicatesIndexes);
            }
          }
        }
      }
    }
    function dump2(input, options) {
      options = options || {};
      const state = new State2(options);
      if (!state.noRefs) getDuplicateReferences(input, state);
      let value = input;
      if (state.replacer) {
        value = state.replacer.call({ "": value }, "", value);
      }
      if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
      return "";
    }
    dumper.dump = dump2;
    return dumper;
  }
  var hasRequiredJsYaml;
  function requireJsYaml() {
    if (hasRequiredJsYaml) return jsYaml;
    hasRequiredJsYaml = 1;
    const loader2 = requireLoader();
    const dumper2 = requireDumper();
    function renamed(from, to) {
      return function() {
        throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
      };
    }
    jsYaml.Type = requireType();
    jsYaml.Schema = requireSchema();
    jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
    jsYaml.JSON_SCHEMA = requireJson();
    jsYaml.CORE_SCHEMA = requireCore();
    jsYaml.DEFAULT_SCHEMA = require_default();
    jsYaml.load = loader2.load;
    jsYaml.loadAll = loader2.loadAll;
    jsYaml.dump = dumper2.dump;
    jsYaml.YAMLException = requireException();
    jsYaml.types = {
      binary: requireBinary(),
      float: requireFloat(),
      map: requireMap(),
      null: require_null(),
      pairs: requirePairs(),
      set: requireSet(),
      timestamp: requireTimestamp(),
      bool: requireBool(),
      int: requireInt(),
      merge: requireMerge(),
      omap: requireOmap(),
      seq: requireSeq(),
      str: requireStr()
    };
    jsYaml.safeLoad = renamed("safeLoad", "load");
    jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
    jsYaml.safeDump = renamed("safeDump", "dump");
    return jsYaml;
  }
  var jsYamlExports = requireJsYaml();
  var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
  var {
    Type,
    Schema,
    FAILSAFE_SCHEMA,
    JSON_SCHEMA,
    CORE_SCHEMA,
    DEFAULT_SCHEMA,
    load,
    loadAll,
    dump,
    YAMLException,
    types,
    safeLoad,
    safeLoadAll,
    safeDump
  } = yaml;

  // src/core/parser/frontMatter.ts
  var NONE = { endLine: -1, data: {} };
  function readFrontMatter(lines) {
    if (lines.length < 2 || lines[0].trim() !== "---") return NONE;
    const limit = Math.min(lines.length, 500);
    for (let i3 = 1; i3 < limit; i3++) {
      const fence = lines[i3].trim();
      if (fence !== "---" && fence !== "...") continue;
      try {
        const data = load(lines.slice(1, i3).join("\n"), { schema: JSON_SCHEMA });
        return { endLine: i3, data: data !== null && typeof data === "object" && !Array.isArray(data) ? data : {} };
      } catch {
        return { endLine: i3, data: {} };
      }
    }
    return NONE;
  }
  function stringField(data, ...keys) {
    for (const key of keys) {
      const value = data[key];
      if (typeof value === "string" && value.trim() !== "") return value.trim();
      if (typeof value === "number") return String(value);
    }
    return null;
  }

  // src/core/parser/header.ts
  var TITLE_WORDS_OTHER = /(?:выступление|ответы на вопросы|пресс-конференци|брифинг|интервью|заявлени|стенограмма|беседа|пленарное заседание|совещание|记者会|答记者问|发言人|讲话|致辞|采访|吹风会|conferencia de prensa|rueda de prensa|versión estenográfica|version estenográfica|mensaje|entrevista|declaraci[oó]n|discurso|palabras|conférence de presse|point de presse|entretien|déclaration|discours|allocution|propos)/iu;
  var TITLE_WORDS = /\b(?:remarks|answers?|answered|answering|press conference|news conference|press briefing|briefing|statement|interview|speech|address|transcript|comments|press availability|press point|media availability|doorstep|joint press|conversation with|opening remarks|q&a|questions and answers|responds? to|talks? to|article by|op-ed|readout|regular press|press encounter|stakeout|remarks to|gaggle|press call|background (?:press )?call|teleconference|conference call|media call|town hall|fireside chat|roundtable|round table|panel discussion|plenary session|joint statement|joint declaration|press statements|media briefing|news briefing|doorstop|press remarks|media stakeout)\b/i;
  function looksLikeTitle(text) {
    if (text.length > 400) return false;
    if (/\p{Script=Han}/u.test(text) && !/\s\S+\s/u.test(text)) return TITLE_WORDS_OTHER.test(text) && text.length >= 6 && !/[。！？]$/u.test(text);
    return (TITLE_WORDS.test(text) || TITLE_WORDS_OTHER.test(text)) && text.length >= 12 && text.split(/\s+/).length >= 3;
  }
  var ROLE_WORDS = /* @__PURE__ */ new Set([
    "foreign",
    "minister",
    "ministry",
    "deputy",
    "first",
    "prime",
    "president",
    "vice",
    "secretary",
    "general",
    "press",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "state",
    "national",
    "security",
    "adviser",
    "advisor",
    "ambassador",
    "permanent",
    "representative",
    "chancellor",
    "director",
    "chairman",
    "chair",
    "chairperson",
    "head",
    "special",
    "envoy",
    "acting",
    "assistant",
    "under",
    "senior",
    "official",
    "officials",
    "administration",
    "high",
    "commissioner",
    "affairs",
    "defence",
    "defense",
    "nato",
    "un",
    "eu",
    "us",
    "u.s.",
    "russian",
    "chinese",
    "american",
    "british",
    "french",
    "german",
    "the",
    "of",
    "and",
    "mr",
    "mr.",
    "ms",
    "ms.",
    "mrs",
    "mrs.",
    "dr",
    "dr.",
    "h.e.",
    "his",
    "her",
    "excellency",
    "king",
    "queen",
    "prince",
    "sheikh",
    "emir",
    "premier",
    "leader",
    "chief",
    "executive",
    "federal",
    "federation",
    "republic",
    "kingdom",
    "government",
    "council",
    "commission",
    "european",
    "union",
    "white",
    "house",
    "coordinator",
    "strategic",
    "communications",
    "admiral",
    "rear",
    "general",
    "colonel",
    "spokesperson\u2019s"
  ]);
  function nameFromPhrase(phrase, allowSingleWord) {
    const tokens = collapseSpaces(phrase).replace(/[’']s$/u, "").split(" ");
    const name = [];
    for (let i3 = tokens.length - 1; i3 >= 0; i3--) {
      const token = tokens[i3].replace(/[,;:]$/, "");
      if (!/^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(token) || ROLE_WORDS.has(token.toLowerCase())) break;
      name.unshift(token);
    }
    if (name.length === 0 || name.length > 4) return null;
    if (name.length === 1 && (!allowSingleWord || name[0].length < 3 || name[0] === name[0].toUpperCase())) return null;
    return name.join(" ");
  }
  function speakersFromTitle(title) {
    const found = [];
    const add = (phrase, allowSingleWord) => {
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
    for (const m of title.matchAll(/\b(?:de|du|avec|par|with|by|con)\s+(?:M\.|Mme\.?|Monsieur|Madame|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Sr\.|Sra\.|el Sr\.|la Sra\.)\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s?){2,4})/gu)) {
      const name = m[1].trim();
      if (!found.includes(name)) found.push(name);
    }
    for (const m of title.matchAll(/(?<![\p{L}])([А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)/gu)) if (!found.includes(m[1])) found.push(m[1]);
    const han = /(?:发言人|部长|外长|主席|总理|总统|大使|秘书长|国务委员)(\p{Script=Han}{2,3}?)(?:主持|答|在|会见|出席|接受|同|与|举行|就|谈|发表|表示)/u.exec(title) ?? /^(\p{Script=Han}{2,3}?)(?:在|就|答|会见|出席|接受|同|与|主持)/u.exec(title);
    if (han && !found.includes(han[1])) found.push(han[1]);
    const role = /(?:presidente|presidenta|canciller|secretario|secretaria|ministro|ministra|vocero|vocera|président|présidente|ministre|porte-parole|premier ministre|première ministre)\s+((?:(?:de|del|la|y|\p{Lu}[\p{L}\p{M}'’.-]*)\s*){1,6})/gu;
    for (const m of title.matchAll(role)) {
      const name = m[1].trim().replace(/\s+(?:de|del|la|y)$/u, "").split(/\s+/);
      while (name.length && !/^\p{Lu}/u.test(name[0])) name.shift();
      const words2 = name.filter((w) => /^\p{Lu}/u.test(w));
      if (words2.length >= 2 && !/^(?:de la|del|de)$/u.test(name.join(" ")) && !/(?:Rep[uú]blica|Gobierno|Estados|Unidos|Relaciones|Exteriores|Affaires|étrangères|Europe|France|México|Mexico)/u.test(name.join(" "))) {
        const n2 = name.join(" ");
        if (!found.includes(n2)) found.push(n2);
      }
    }
    return found;
  }
  var PLACE = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|de|del|da|on|am|upon|sur|of)(?:[ ,]+(?:[\p{Lu}][\p{L}\p{M}'’.-]*|de|del|da|on|am|upon|sur|of)){0,5}$/u;
  var GREETING = /^(?:dear|colleagues|friends|ladies|gentlemen|excellencies|excellency|welcome|thank|thanks|good|hello|mr|mrs|ms|madam|sir|everyone|all)\b/i;
  function looksLikePlace(text) {
    if (/[,!?:;]$/.test(text.trim()) || GREETING.test(text.trim())) return false;
    const clean = text.replace(/[.]$/, "").trim();
    if (!PLACE.test(clean) || clean.split(/[ ,]+/).length > 6) return false;
    return !/^(?:the|of|on|am)\b/i.test(clean) && !SECTION_WORDS.test(clean);
  }
  var SECTION_WORDS = /\b(?:press|briefings?|statements?|releases?|remarks|speeches|news|transcripts?|media|videos?|photos?|events?|interviews?|home|articles?|newsroom|readouts?|publications?|documents?|archives?|latest|topics?|foreign policy|president|ministry|minister|secretary|teleconference|telephonic|en route|aboard|via|virtual|online|videoconference|by phone|spokesperson|spokesman|spokeswoman|advisor|adviser|ambassador|director|department|office|portavoz|porte-parole|представитель)\b/i;
  var WEEKDAYS = "(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi\xE9rcoles|miercoles|jueves|viernes|s\xE1bado|sabado|domingo|\u043F\u043E\u043D\u0435\u0434\u0435\u043B\u044C\u043D\u0438\u043A|\u0432\u0442\u043E\u0440\u043D\u0438\u043A|\u0441\u0440\u0435\u0434\u0430|\u0447\u0435\u0442\u0432\u0435\u0440\u0433|\u043F\u044F\u0442\u043D\u0438\u0446\u0430|\u0441\u0443\u0431\u0431\u043E\u0442\u0430|\u0432\u043E\u0441\u043A\u0440\u0435\u0441\u0435\u043D\u044C\u0435";
  var BEFORE_DATE = new RegExp(`(?:[\\s,\u2013\u2014-]+|\\b(?:le|el|the|on|am|du|den|en|au|il|del|de)\\b|(?<![\\p{L}])(?:${WEEKDAYS})(?![\\p{L}]))+$`, "iu");
  function readPlaceDate(text) {
    const found = findDate(text);
    if (!found) return { place: null, date: null };
    const before = text.slice(0, found.index).replace(BEFORE_DATE, "");
    const clauses = before.split(/,\s*|\s[–—-]\s/u).map((c2) => c2.trim());
    let at = clauses.length - 1;
    if (at > 0 && isCountry(clauses[at]) && looksLikePlace(clauses[at - 1])) at--;
    const lastClause = (clauses[at] ?? "").replace(/^(?:à|a|en|in|at|в|во|在)\s+/u, "");
    const weekday = new RegExp(`^(?:${WEEKDAYS})$`, "iu");
    let place = lastClause && looksLikePlace(lastClause) && !weekday.test(lastClause) && !isOutlet(lastClause) ? lastClause : null;
    if (!place) {
      const after = text.slice(found.index + found.length).replace(/^\s*(?:года|г\.|год)?\s*(?:,\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s*[,–—-]?\s*/iu, "");
      const [first = "", second = ""] = after.split(/,\s*/);
      const leading = (clause) => {
        const words2 = [];
        for (const w of clause.trim().split(/\s+/)) {
          if (words2.length >= 3 || !(/^\p{Lu}/u.test(w) || words2.length > 0 && /^(?:область|край|округ)$/u.test(w)) || /[:：]$/u.test(w)) break;
          words2.push(w);
        }
        return words2.join(" ");
      };
      const candidate = [leading(first), leading(second).split(" ")[0]].filter(Boolean).join(", ");
      const city = candidate ? cityOf(candidate) : "";
      if (city && looksLikePlace(city) && leading(first) === first.trim().split(/\s+/).slice(0, leading(first).split(" ").length).join(" ")) place = city;
    }
    return { place, date: found.iso };
  }
  function cityOf(placeLine) {
    const clauses = placeLine.split(/,\s*/).map((c2) => c2.trim()).filter(Boolean);
    if (clauses.length < 2) return placeLine;
    const venue = (c2) => VENUE.test(c2);
    const region = /(?:область|край|округ|республика|region|province|provincia|state|estado|oblast|prefecture|county)(?![\p{L}])/iu;
    const cities = clauses.filter((c2) => !venue(c2) && !isCountry(c2) && !region.test(c2) && !/^(?:D\.?C\.?|U\.?S\.?A?\.?|UK)$/.test(c2));
    return cities[0] ?? clauses[0];
  }
  var VENUE = /(?:\b(?:Room|Hall|House|Palace|Palais|Palacio|Centre|Center|Building|Residence|Mansion|Kremlin|Headquarters|Hotel|Office|Ministry|Auditorium|Theatre|Theater|Conference|Chamber|Embassy|Airport|Garden|Terrace|Studio|Salon|Salón|Sala)\b|Кремль|Дом правительства|резиденция)/u;
  function isDateLine(text) {
    const found = findDate(text);
    if (!found) return false;
    const rest = (text.slice(0, found.index) + " " + text.slice(found.index + found.length)).replace(/\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|\d{1,2}\s*h\s*\d{0,2}/gi, "");
    const words2 = rest.split(/[\s,–—:：|-]+/u).filter(Boolean);
    const small = new RegExp(`^(?:de|del|la|las|los|du|des|of|on|am|upon|le|el|\xE0|a|en|\u0433\u043E\u0434\u0430|\u0433\u043E\u0434|\u0433\\.?|\\(?updated\\)?|${WEEKDAYS})$`, "iu");
    return words2.length <= 6 && words2.every((w) => /^(?:[\p{Lu}\d][\p{L}\p{M}'’.-]*|\(.*\))$/u.test(w) || small.test(w) || /^\p{Script=Han}{1,8}$/u.test(w));
  }

  // node_modules/htmlparser2/node_modules/entities/dist/esm/decode-codepoint.js
  var _a;
  var decodeMap = /* @__PURE__ */ new Map([
    [0, 65533],
    // C1 Unicode control character reference replacements
    [128, 8364],
    [130, 8218],
    [131, 402],
    [132, 8222],
    [133, 8230],
    [134, 8224],
    [135, 8225],
    [136, 710],
    [137, 8240],
    [138, 352],
    [139, 8249],
    [140, 338],
    [142, 381],
    [145, 8216],
    [146, 8217],
    [147, 8220],
    [148, 8221],
    [149, 8226],
    [150, 8211],
    [151, 8212],
    [152, 732],
    [153, 8482],
    [154, 353],
    [155, 8250],
    [156, 339],
    [158, 382],
    [159, 376]
  ]);
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
  function replaceCodePoint(codePoint) {
    var _a3;
    if (codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111) {
      return 65533;
    }
    return (_a3 = decodeMap.get(codePoint)) !== null && _a3 !== void 0 ? _a3 : codePoint;
  }

  // node_modules/htmlparser2/node_modules/entities/dist/esm/internal/decode-shared.js
  function decodeBase64(input) {
    const binary2 = (
      // eslint-disable-next-line n/no-unsupported-features/node-builtins
      typeof atob === "function" ? (
        // Browser (and Node >=16)
        // eslint-disable-next-line n/no-unsupported-features/node-builtins
        atob(input)
      ) : (
        // Older Node versions (<16)
        // eslint-disable-next-line n/no-unsupported-features/node-builtins
        typeof Buffer.from === "function" ? (
          // eslint-disable-next-line n/no-unsupported-features/node-builtins
          Buffer.from(input, "base64").toString("binary")
        ) : (
          // eslint-disable-next-line unicorn/no-new-buffer, n/no-deprecated-api
          new Buffer(input, "base64").toString("binary")
        )
      )
    );
    const evenLength = binary2.length & ~1;
    const out = new Uint16Array(evenLength / 2);
    for (let index = 0, outIndex = 0; index < evenLength; index += 2) {
      const lo = binary2.charCodeAt(index);
      const hi = binary2.charCodeAt(index + 1);
      out[outIndex++] = lo | hi << 8;
    }
    return out;
  }

  // node_modules/htmlparser2/node_modules/entities/dist/esm/generated/decode-data-html.js
  var htmlDecodeTree = /* @__PURE__ */ decodeBase64("QR08ALkAAgH6AYsDNQR2BO0EPgXZBQEGLAbdBxMISQrvCmQLfQurDKQNLw4fD4YPpA+6D/IPAAAAAAAAAAAAAAAAKhBMEY8TmxUWF2EYLBkxGuAa3RsJHDscWR8YIC8jSCSIJcMl6ie3Ku8rEC0CLjoupS7kLgAIRU1hYmNmZ2xtbm9wcnN0dVQAWgBeAGUAaQBzAHcAfgCBAIQAhwCSAJoAoACsALMAbABpAGcAO4DGAMZAUAA7gCYAJkBjAHUAdABlADuAwQDBQHIiZXZlAAJhAAFpeW0AcgByAGMAO4DCAMJAEGRyAADgNdgE3XIAYQB2AGUAO4DAAMBA8CFoYZFj4SFjcgBhZAAAoFMqAAFncIsAjgBvAG4ABGFmAADgNdg43fAlbHlGdW5jdGlvbgCgYSBpAG4AZwA7gMUAxUAAAWNzpACoAHIAAOA12Jzc6SFnbgCgVCJpAGwAZABlADuAwwDDQG0AbAA7gMQAxEAABGFjZWZvcnN1xQDYANoA7QDxAPYA+QD8AAABY3LJAM8AayNzbGFzaAAAoBYidgHTANUAAKDnKmUAZAAAoAYjeQARZIABY3J0AOAA5QDrAGEidXNlAACgNSLuI291bGxpcwCgLCFhAJJjcgAA4DXYBd1wAGYAAOA12Dnd5SF2ZdhiYwDyAOoAbSJwZXEAAKBOIgAHSE9hY2RlZmhpbG9yc3UXARoBHwE6AVIBVQFiAWQBZgGCAakB6QHtAfIBYwB5ACdkUABZADuAqQCpQIABY3B5ACUBKAE1AfUhdGUGYWmg0iJ0KGFsRGlmZmVyZW50aWFsRAAAoEUhbCJleXMAAKAtIQACYWVpb0EBRAFKAU0B8iFvbgxhZABpAGwAO4DHAMdAcgBjAAhhbiJpbnQAAKAwIm8AdAAKYQABZG5ZAV0BaSJsbGEAuGB0I2VyRG90ALdg8gA5AWkAp2NyImNsZQAAAkRNUFRwAXQBeQF9AW8AdAAAoJkiaSJudXMAAKCWIuwhdXMAoJUiaSJtZXMAAKCXIm8AAAFjc4cBlAFrKndpc2VDb250b3VySW50ZWdyYWwAAKAyImUjQ3VybHkAAAFEUZwBpAFvJXVibGVRdW90ZQAAoB0gdSJvdGUAAKAZIAACbG5wdbABtgHNAdgBbwBuAGWgNyIAoHQqgAFnaXQAvAHBAcUB8iJ1ZW50AKBhIm4AdAAAoC8i7yV1ckludGVncmFsAKAuIgABZnLRAdMBAKACIe8iZHVjdACgECJuLnRlckNsb2Nrd2lzZUNvbnRvdXJJbnRlZ3JhbAAAoDMi7yFzcwCgLypjAHIAAOA12J7ccABDoNMiYQBwAACgTSKABURKU1phY2VmaW9zAAsCEgIVAhgCGwIsAjQCOQI9AnMCfwNvoEUh9CJyYWhkAKARKWMAeQACZGMAeQAFZGMAeQAPZIABZ3JzACECJQIoAuchZXIAoCEgcgAAoKEhaAB2AACg5CoAAWF5MAIzAvIhb24OYRRkbAB0oAciYQCUY3IAAOA12AfdAAFhZkECawIAAWNtRQJnAvIjaXRpY2FsAAJBREdUUAJUAl8CYwJjInV0ZQC0YG8AdAFZAloC2WJiJGxlQWN1dGUA3WJyImF2ZQBgYGkibGRlANxi7yFuZACgxCJmJWVyZW50aWFsRAAAoEYhcAR9AgAAAAAAAIECjgIAABoDZgAA4DXYO91EoagAhQKJAm8AdAAAoNwgcSJ1YWwAAKBQIuIhbGUAA0NETFJVVpkCqAK1Au8C/wIRA28AbgB0AG8AdQByAEkAbgB0AGUAZwByAGEA7ADEAW8AdAKvAgAAAACwAqhgbiNBcnJvdwAAoNMhAAFlb7kC0AJmAHQAgAFBUlQAwQLGAs0CciJyb3cAAKDQIekkZ2h0QXJyb3cAoNQhZQDlACsCbgBnAAABTFLWAugC5SFmdAABQVLcAuECciJyb3cAAKD4J+kkZ2h0QXJyb3cAoPon6SRnaHRBcnJvdwCg+SdpImdodAAAAUFU9gL7AnIicm93AACg0iFlAGUAAKCoInAAQQIGAwAAAAALA3Iicm93AACg0SFvJHduQXJyb3cAAKDVIWUlcnRpY2FsQmFyAACgJSJuAAADQUJMUlRhJAM2AzoDWgNxA3oDciJyb3cAAKGTIUJVLAMwA2EAcgAAoBMpcCNBcnJvdwAAoPUhciJldmUAEWPlIWZ00gJDAwAASwMAAFIDaSVnaHRWZWN0b3IAAKBQKWUkZVZlY3RvcgAAoF4p5SJjdG9yQqC9IWEAcgAAoFYpaSJnaHQA1AFiAwAAaQNlJGVWZWN0b3IAAKBfKeUiY3RvckKgwSFhAHIAAKBXKWUAZQBBoKQiciJyb3cAAKCnIXIAcgBvAPcAtAIAAWN0gwOHA3IAAOA12J/c8iFvaxBhAAhOVGFjZGZnbG1vcHFzdHV4owOlA6kDsAO/A8IDxgPNA9ID8gP9AwEEFAQeBCAEJQRHAEphSAA7gNAA0EBjAHUAdABlADuAyQDJQIABYWl5ALYDuQO+A/Ihb24aYXIAYwA7gMoAykAtZG8AdAAWYXIAAOA12AjdcgBhAHYAZQA7gMgAyEDlIm1lbnQAoAgiAAFhcNYD2QNjAHIAEmF0AHkAUwLhAwAAAADpA20lYWxsU3F1YXJlAACg+yVlJ3J5U21hbGxTcXVhcmUAAKCrJQABZ3D2A/kDbwBuABhhZgAA4DXYPN3zImlsb26VY3UAAAFhaQYEDgRsAFSgdSppImxkZQAAoEIi7CNpYnJpdW0AoMwhAAFjaRgEGwRyAACgMCFtAACgcyphAJdjbQBsADuAywDLQAABaXApBC0E8yF0cwCgAyLvJG5lbnRpYWxFAKBHIYACY2Zpb3MAPQQ/BEMEXQRyBHkAJGRyAADgNdgJ3WwibGVkAFMCTAQAAAAAVARtJWFsbFNxdWFyZQAAoPwlZSdyeVNtYWxsU3F1YXJlAACgqiVwA2UEAABpBAAAAABtBGYAAOA12D3dwSFsbACgACLyI2llcnRyZgCgMSFjAPIAcQQABkpUYWJjZGZnb3JzdIgEiwSOBJMElwSkBKcEqwStBLIE5QTqBGMAeQADZDuAPgA+QO0hbWFkoJMD3GNyImV2ZQAeYYABZWl5AJ0EoASjBOQhaWwiYXIAYwAcYRNkbwB0ACBhcgAA4DXYCt0AoNkicABmAADgNdg+3eUiYXRlcgADRUZHTFNUvwTIBM8E1QTZBOAEcSJ1YWwATKBlIuUhc3MAoNsidSRsbEVxdWFsAACgZyJyI2VhdGVyAACgoirlIXNzAKB3IuwkYW50RXF1YWwAoH4qaSJsZGUAAKBzImMAcgAA4DXYotwAoGsiAARBYWNmaW9zdfkE/QQFBQgFCwUTBSIFKwVSIkRjeQAqZAABY3QBBQQFZQBrAMdiXmDpIXJjJGFyAACgDCFsJWJlcnRTcGFjZQAAoAsh8AEYBQAAGwVmAACgDSHpJXpvbnRhbExpbmUAoAAlAAFjdCYFKAXyABIF8iFvayZhbQBwAEQBMQU5BW8AdwBuAEgAdQBtAPAAAAFxInVhbAAAoE8iAAdFSk9hY2RmZ21ub3N0dVMFVgVZBVwFYwVtBXAFcwV6BZAFtgXFBckFzQVjAHkAFWTsIWlnMmFjAHkAAWRjAHUAdABlADuAzQDNQAABaXlnBWwFcgBjADuAzgDOQBhkbwB0ADBhcgAAoBEhcgBhAHYAZQA7gMwAzEAAoREhYXB/BYsFAAFjZ4MFhQVyACphaSNuYXJ5SQAAoEghbABpAGUA8wD6AvQBlQUAAKUFZaAsIgABZ3KaBZ4F8iFhbACgKyLzI2VjdGlvbgCgwiJpI3NpYmxlAAABQ1SsBbEFbyJtbWEAAKBjIGkibWVzAACgYiCAAWdwdAC8Bb8FwwVvAG4ALmFmAADgNdhA3WEAmWNjAHIAAKAQIWkibGRlAChh6wHSBQAA1QVjAHkABmRsADuAzwDPQIACY2Zvc3UA4QXpBe0F8gX9BQABaXnlBegFcgBjADRhGWRyAADgNdgN3XAAZgAA4DXYQd3jAfcFAAD7BXIAAOA12KXc8iFjeQhk6yFjeQRkgANISmFjZm9zAAwGDwYSBhUGHQYhBiYGYwB5ACVkYwB5AAxk8CFwYZpjAAFleRkGHAbkIWlsNmEaZHIAAOA12A7dcABmAADgNdhC3WMAcgAA4DXYptyABUpUYWNlZmxtb3N0AD0GQAZDBl4GawZkB2gHcAd0B80H2gdjAHkACWQ7gDwAPECAAmNtbnByAEwGTwZSBlUGWwb1IXRlOWHiIWRhm2NnAACg6ifsI2FjZXRyZgCgEiFyAACgniGAAWFleQBkBmcGagbyIW9uPWHkIWlsO2EbZAABZnNvBjQHdAAABUFDREZSVFVWYXKABp4GpAbGBssG3AYDByEHwQIqBwABbnKEBowGZyVsZUJyYWNrZXQAAKDoJ/Ihb3cAoZAhQlKTBpcGYQByAACg5CHpJGdodEFycm93AKDGIWUjaWxpbmcAAKAII28A9QGqBgAAsgZiJWxlQnJhY2tldAAAoOYnbgDUAbcGAAC+BmUkZVZlY3RvcgAAoGEp5SJjdG9yQqDDIWEAcgAAoFkpbCJvb3IAAKAKI2kiZ2h0AAABQVbSBtcGciJyb3cAAKCUIeUiY3RvcgCgTikAAWVy4AbwBmUAAKGjIkFW5gbrBnIicm93AACgpCHlImN0b3IAoFopaSNhbmdsZQBCorIi+wYAAAAA/wZhAHIAAKDPKXEidWFsAACgtCJwAIABRFRWAAoHEQcYB+8kd25WZWN0b3IAoFEpZSRlVmVjdG9yAACgYCnlImN0b3JCoL8hYQByAACgWCnlImN0b3JCoLwhYQByAACgUilpAGcAaAB0AGEAcgByAG8A9wDMAnMAAANFRkdMU1Q/B0cHTgdUB1gHXwfxJXVhbEdyZWF0ZXIAoNoidSRsbEVxdWFsAACgZiJyI2VhdGVyAACgdiLlIXNzAKChKuwkYW50RXF1YWwAoH0qaSJsZGUAAKByInIAAOA12A/dZaDYIuYjdGFycm93AKDaIWkiZG90AD9hgAFucHcAege1B7kHZwAAAkxSbHKCB5QHmwerB+UhZnQAAUFSiAeNB3Iicm93AACg9SfpJGdodEFycm93AKD3J+kkZ2h0QXJyb3cAoPYn5SFmdAABYXLcAqEHaQBnAGgAdABhAHIAcgBvAPcA5wJpAGcAaAB0AGEAcgByAG8A9wDuAmYAAOA12EPdZQByAAABTFK/B8YHZSRmdEFycm93AACgmSHpJGdodEFycm93AKCYIYABY2h0ANMH1QfXB/IAWgYAoLAh8iFva0FhAKBqIgAEYWNlZmlvc3XpB+wH7gf/BwMICQgOCBEIcAAAoAUpeQAcZAABZGzyB/kHaSR1bVNwYWNlAACgXyBsI2ludHJmAACgMyFyAADgNdgQ3e4jdXNQbHVzAKATInAAZgAA4DXYRN1jAPIA/gecY4AESmFjZWZvc3R1ACEIJAgoCDUIgQiFCDsKQApHCmMAeQAKZGMidXRlAENhgAFhZXkALggxCDQI8iFvbkdh5CFpbEVhHWSAAWdzdwA7CGEIfQjhInRpdmWAAU1UVgBECEwIWQhlJWRpdW1TcGFjZQAAoAsgaABpAAABY25SCFMIawBTAHAAYQBjAOUASwhlAHIAeQBUAGgAaQDuAFQI9CFlZAABR0xnCHUIcgBlAGEAdABlAHIARwByAGUAYQB0AGUA8gDrBGUAcwBzAEwAZQBzAPMA2wdMImluZQAKYHIAAOA12BHdAAJCbnB0jAiRCJkInAhyImVhawAAoGAgwiZyZWFraW5nU3BhY2WgYGYAAKAVIUOq7CqzCMIIzQgAAOcIGwkAAAAAAAAtCQAAbwkAAIcJAACdCcAJGQoAADQKAAFvdbYIvAjuI2dydWVudACgYiJwIkNhcAAAoG0ibyh1YmxlVmVydGljYWxCYXIAAKAmIoABbHF4ANII1wjhCOUibWVudACgCSL1IWFsVKBgImkibGRlAADgQiI4A2kic3RzAACgBCJyI2VhdGVyAACjbyJFRkdMU1T1CPoIAgkJCQ0JFQlxInVhbAAAoHEidSRsbEVxdWFsAADgZyI4A3IjZWF0ZXIAAOBrIjgD5SFzcwCgeSLsJGFudEVxdWFsAOB+KjgDaSJsZGUAAKB1IvUhbXBEASAJJwnvI3duSHVtcADgTiI4A3EidWFsAADgTyI4A2UAAAFmczEJRgn0JFRyaWFuZ2xlQqLqIj0JAAAAAEIJYQByAADgzyk4A3EidWFsAACg7CJzAICibiJFR0xTVABRCVYJXAlhCWkJcSJ1YWwAAKBwInIjZWF0ZXIAAKB4IuUhc3MA4GoiOAPsJGFudEVxdWFsAOB9KjgDaSJsZGUAAKB0IuUic3RlZAABR0x1CX8J8iZlYXRlckdyZWF0ZXIA4KIqOAPlI3NzTGVzcwDgoSo4A/IjZWNlZGVzAKGAIkVTjwmVCXEidWFsAADgryo4A+wkYW50RXF1YWwAoOAiAAFlaaAJqQl2JmVyc2VFbGVtZW50AACgDCLnJWh0VHJpYW5nbGVCousitgkAAAAAuwlhAHIAAODQKTgDcSJ1YWwAAKDtIgABcXXDCeAJdSNhcmVTdQAAAWJwywnVCfMhZXRF4I8iOANxInVhbAAAoOIi5SJyc2V0ReCQIjgDcSJ1YWwAAKDjIoABYmNwAOYJ8AkNCvMhZXRF4IIi0iBxInVhbAAAoIgi4yJlZWRzgKGBIkVTVAD6CQAKBwpxInVhbAAA4LAqOAPsJGFudEVxdWFsAKDhImkibGRlAADgfyI4A+UicnNldEXggyLSIHEidWFsAACgiSJpImxkZQCAoUEiRUZUACIKJwouCnEidWFsAACgRCJ1JGxsRXF1YWwAAKBHImkibGRlAACgSSJlJXJ0aWNhbEJhcgAAoCQiYwByAADgNdip3GkAbABkAGUAO4DRANFAnWMAB0VhY2RmZ21vcHJzdHV2XgphCmgKcgp2CnoKgQqRCpYKqwqtCrsKyArNCuwhaWdSYWMAdQB0AGUAO4DTANNAAAFpeWwKcQpyAGMAO4DUANRAHmRiImxhYwBQYXIAAOA12BLdcgBhAHYAZQA7gNIA0kCAAWFlaQCHCooKjQpjAHIATGFnAGEAqWNjInJvbgCfY3AAZgAA4DXYRt3lI25DdXJseQABRFGeCqYKbyV1YmxlUXVvdGUAAKAcIHUib3RlAACgGCAAoFQqAAFjbLEKtQpyAADgNdiq3GEAcwBoADuA2ADYQGkAbAHACsUKZABlADuA1QDVQGUAcwAAoDcqbQBsADuA1gDWQGUAcgAAAUJQ0wrmCgABYXLXCtoKcgAAoD4gYQBjAAABZWvgCuIKAKDeI2UAdAAAoLQjYSVyZW50aGVzaXMAAKDcI4AEYWNmaGlsb3JzAP0KAwsFCwkLCwsMCxELIwtaC3IjdGlhbEQAAKACInkAH2RyAADgNdgT3WkApmOgY/Ujc01pbnVzsWAAAWlwFQsgC24AYwBhAHIAZQBwAGwAYQBuAOUACgVmAACgGSGAobsqZWlvACoLRQtJC+MiZWRlc4CheiJFU1QANAs5C0ALcSJ1YWwAAKCvKuwkYW50RXF1YWwAoHwiaSJsZGUAAKB+Im0AZQAAoDMgAAFkcE0LUQv1IWN0AKAPIm8jcnRpb24AYaA3ImwAAKAdIgABY2leC2ILcgAA4DXYq9yoYwACVWZvc2oLbwtzC3cLTwBUADuAIgAiQHIAAOA12BTdcABmAACgGiFjAHIAAOA12KzcAAZCRWFjZWZoaW9yc3WPC5MLlwupC7YL2AvbC90LhQyTDJoMowzhIXJyAKAQKUcAO4CuAK5AgAFjbnIAnQugC6ML9SF0ZVRhZwAAoOsncgB0oKAhbAAAoBYpgAFhZXkArwuyC7UL8iFvblhh5CFpbFZhIGR2oBwhZSJyc2UAAAFFVb8LzwsAAWxxwwvIC+UibWVudACgCyL1JGlsaWJyaXVtAKDLIXAmRXF1aWxpYnJpdW0AAKBvKXIAAKAcIW8AoWPnIWh0AARBQ0RGVFVWYewLCgwQDDIMNwxeDHwM9gIAAW5y8Av4C2clbGVCcmFja2V0AACg6SfyIW93AKGSIUJM/wsDDGEAcgAAoOUhZSRmdEFycm93AACgxCFlI2lsaW5nAACgCSNvAPUBFgwAAB4MYiVsZUJyYWNrZXQAAKDnJ24A1AEjDAAAKgxlJGVWZWN0b3IAAKBdKeUiY3RvckKgwiFhAHIAAKBVKWwib29yAACgCyMAAWVyOwxLDGUAAKGiIkFWQQxGDHIicm93AACgpiHlImN0b3IAoFspaSNhbmdsZQBCorMiVgwAAAAAWgxhAHIAAKDQKXEidWFsAACgtSJwAIABRFRWAGUMbAxzDO8kd25WZWN0b3IAoE8pZSRlVmVjdG9yAACgXCnlImN0b3JCoL4hYQByAACgVCnlImN0b3JCoMAhYQByAACgUykAAXB1iQyMDGYAAKAdIe4kZEltcGxpZXMAoHAp6SRnaHRhcnJvdwCg2yEAAWNongyhDHIAAKAbIQCgsSHsJGVEZWxheWVkAKD0KYAGSE9hY2ZoaW1vcXN0dQC/DMgMzAzQDOIM5gwKDQ0NFA0ZDU8NVA1YDQABQ2PDDMYMyCFjeSlkeQAoZEYiVGN5ACxkYyJ1dGUAWmEAorwqYWVpedgM2wzeDOEM8iFvbmBh5CFpbF5hcgBjAFxhIWRyAADgNdgW3e8hcnQAAkRMUlXvDPYM/QwEDW8kd25BcnJvdwAAoJMhZSRmdEFycm93AACgkCHpJGdodEFycm93AKCSIXAjQXJyb3cAAKCRIechbWGjY+EkbGxDaXJjbGUAoBgicABmAADgNdhK3XICHw0AAAAAIg10AACgGiLhIXJlgKGhJUlTVQAqDTINSg3uJXRlcnNlY3Rpb24AoJMidQAAAWJwNw1ADfMhZXRFoI8icSJ1YWwAAKCRIuUicnNldEWgkCJxInVhbAAAoJIibiJpb24AAKCUImMAcgAA4DXYrtxhAHIAAKDGIgACYmNtcF8Nag2ODZANc6DQImUAdABFoNAicSJ1YWwAAKCGIgABY2huDYkNZSJlZHMAgKF7IkVTVAB4DX0NhA1xInVhbAAAoLAq7CRhbnRFcXVhbACgfSJpImxkZQAAoH8iVABoAGEA9ADHCwCgESIAodEiZXOVDZ8NciJzZXQARaCDInEidWFsAACghyJlAHQAAKDRIoAFSFJTYWNmaGlvcnMAtQ27Db8NyA3ODdsN3w3+DRgOHQ4jDk8AUgBOADuA3gDeQMEhREUAoCIhAAFIY8MNxg1jAHkAC2R5ACZkAAFidcwNzQ0JYKRjgAFhZXkA1A3XDdoN8iFvbmRh5CFpbGJhImRyAADgNdgX3QABZWnjDe4N8gHoDQAA7Q3lImZvcmUAoDQiYQCYYwABY27yDfkNayNTcGFjZQAA4F8gCiDTInBhY2UAoAkg7CFkZYChPCJFRlQABw4MDhMOcSJ1YWwAAKBDInUkbGxFcXVhbAAAoEUiaSJsZGUAAKBIInAAZgAA4DXYS93pI3BsZURvdACg2yAAAWN0Jw4rDnIAAOA12K/c8iFva2Zh4QpFDlYOYA5qDgAAbg5yDgAAAAAAAAAAAAB5DnwOqA6zDgAADg8RDxYPGg8AAWNySA5ODnUAdABlADuA2gDaQHIAb6CfIeMhaXIAoEkpcgDjAVsOAABdDnkADmR2AGUAbGEAAWl5Yw5oDnIAYwA7gNsA20AjZGIibGFjAHBhcgAA4DXYGN1yAGEAdgBlADuA2QDZQOEhY3JqYQABZGl/Dp8OZQByAAABQlCFDpcOAAFhcokOiw5yAF9gYQBjAAABZWuRDpMOAKDfI2UAdAAAoLUjYSVyZW50aGVzaXMAAKDdI28AbgBQoMMi7CF1cwCgjiIAAWdwqw6uDm8AbgByYWYAAOA12EzdAARBREVUYWRwc78O0g7ZDuEOBQPqDvMOBw9yInJvdwDCoZEhyA4AAMwOYQByAACgEilvJHduQXJyb3cAAKDFIW8kd25BcnJvdwAAoJUhcSV1aWxpYnJpdW0AAKBuKWUAZQBBoKUiciJyb3cAAKClIW8AdwBuAGEAcgByAG8A9wAQA2UAcgAAAUxS+Q4AD2UkZnRBcnJvdwAAoJYh6SRnaHRBcnJvdwCglyFpAGyg0gNvAG4ApWPpIW5nbmFjAHIAAOA12LDcaSJsZGUAaGFtAGwAO4DcANxAgAREYmNkZWZvc3YALQ8xDzUPNw89D3IPdg97D4AP4SFzaACgqyJhAHIAAKDrKnkAEmThIXNobKCpIgCg5ioAAWVyQQ9DDwCgwSKAAWJ0eQBJD00Paw9hAHIAAKAWIGmgFiDjIWFsAAJCTFNUWA9cD18PZg9hAHIAAKAjIukhbmV8YGUkcGFyYXRvcgAAoFgnaSJsZGUAAKBAItQkaGluU3BhY2UAoAogcgAA4DXYGd1wAGYAAOA12E3dYwByAADgNdix3GQiYXNoAACgqiKAAmNlZm9zAI4PkQ+VD5kPng/pIXJjdGHkIWdlAKDAInIAAOA12BrdcABmAADgNdhO3WMAcgAA4DXYstwAAmZpb3OqD64Prw+0D3IAAOA12BvdnmNwAGYAAOA12E/dYwByAADgNdiz3IAEQUlVYWNmb3N1AMgPyw/OD9EP2A/gD+QP6Q/uD2MAeQAvZGMAeQAHZGMAeQAuZGMAdQB0AGUAO4DdAN1AAAFpedwP3w9yAGMAdmErZHIAAOA12BzdcABmAADgNdhQ3WMAcgAA4DXYtNxtAGwAeGEABEhhY2RlZm9z/g8BEAUQDRAQEB0QIBAkEGMAeQAWZGMidXRlAHlhAAFheQkQDBDyIW9ufWEXZG8AdAB7YfIBFRAAABwQbwBXAGkAZAB0AOgAVAhhAJZjcgAAoCghcABmAACgJCFjAHIAAOA12LXc4QtCEEkQTRAAAGcQbRByEAAAAAAAAAAAeRCKEJcQ8hD9EAAAGxEhETIROREAAD4RYwB1AHQAZQA7gOEA4UByImV2ZQADYYCiPiJFZGl1eQBWEFkQWxBgEGUQAOA+IjMDAKA/InIAYwA7gOIA4kB0AGUAO4C0ALRAMGRsAGkAZwA7gOYA5kByoGEgAOA12B7dcgBhAHYAZQA7gOAA4EAAAWVwfBCGEAABZnCAEIQQ8yF5bQCgNSHoAIMQaABhALFjAAFhcI0QWwAAAWNskRCTEHIAAWFnAACgPypkApwQAAAAALEQAKInImFkc3ajEKcQqRCuEG4AZAAAoFUqAKBcKmwib3BlAACgWCoAoFoqAKMgImVsbXJzersQvRDAEN0Q5RDtEACgpCllAACgICJzAGQAYaAhImEEzhDQENIQ1BDWENgQ2hDcEACgqCkAoKkpAKCqKQCgqykAoKwpAKCtKQCgrikAoK8pdAB2oB8iYgBkoL4iAKCdKQABcHTpEOwQaAAAoCIixWDhIXJyAKB8IwABZ3D1EPgQbwBuAAVhZgAA4DXYUt0Ao0giRWFlaW9wBxEJEQ0RDxESERQRAKBwKuMhaXIAoG8qAKBKImQAAKBLInMAJ2DyIW94ZaBIIvEADhFpAG4AZwA7gOUA5UCAAWN0eQAmESoRKxFyAADgNdi23CpgbQBwAGWgSCLxAPgBaQBsAGQAZQA7gOMA40BtAGwAO4DkAORAAAFjaUERRxFvAG4AaQBuAPQA6AFuAHQAAKARKgAITmFiY2RlZmlrbG5vcHJzdWQRaBGXEZ8RpxGrEdIR1hErEjASexKKEn0RThNbE3oTbwB0AACg7SoAAWNybBGJEWsAAAJjZXBzdBF4EX0RghHvIW5nAKBMInAjc2lsb24A9mNyImltZQAAoDUgaQBtAGWgPSJxAACgzSJ2AY0RkRFlAGUAAKC9ImUAZABnoAUjZQAAoAUjcgBrAHSgtSPiIXJrAKC2IwABb3mjEaYRbgDnAHcRMWTxIXVvAKAeIIACY21wcnQAtBG5Eb4RwRHFEeEhdXPloDUi5ABwInR5dgAAoLApcwDpAH0RbgBvAPUA6gCAAWFodwDLEcwRzhGyYwCgNiHlIWVuAKBsInIAAOA12B/dZwCAA2Nvc3R1dncA4xHyEQUSEhIhEiYSKRKAAWFpdQDpEesR7xHwAKMFcgBjAACg7yVwAACgwyKAAWRwdAD4EfwRABJvAHQAAKAAKuwhdXMAoAEqaSJtZXMAAKACKnECCxIAAAAADxLjIXVwAKAGKmEAcgAAoAUm8iNpYW5nbGUAAWR1GhIeEu8hd24AoL0lcAAAoLMlcCJsdXMAAKAEKmUA5QBCD+UAkg9hInJvdwAAoA0pgAFha28ANhJoEncSAAFjbjoSZRJrAIABbHN0AEESRxJNEm8jemVuZ2UAAKDrKXEAdQBhAHIA5QBcBPIjaWFuZ2xlgKG0JWRscgBYElwSYBLvIXduAKC+JeUhZnQAoMIlaSJnaHQAAKC4JWsAAKAjJLEBbRIAAHUSsgFxEgAAcxIAoJIlAKCRJTQAAKCTJWMAawAAoIglAAFlb38ShxJx4D0A5SD1IWl2AOBhIuUgdAAAoBAjAAJwdHd4kRKVEpsSnxJmAADgNdhT3XSgpSJvAG0AAKClIvQhaWUAoMgiAAZESFVWYmRobXB0dXayEsES0RLgEvcS+xIKExoTHxMjEygTNxMAAkxSbHK5ErsSvRK/EgCgVyUAoFQlAKBWJQCgUyUAolAlRFVkdckSyxLNEs8SAKBmJQCgaSUAoGQlAKBnJQACTFJsctgS2hLcEt4SAKBdJQCgWiUAoFwlAKBZJQCjUSVITFJobHLrEu0S7xLxEvMS9RIAoGwlAKBjJQCgYCUAoGslAKBiJQCgXyVvAHgAAKDJKQACTFJscgITBBMGEwgTAKBVJQCgUiUAoBAlAKAMJQCiACVEVWR1EhMUExYTGBMAoGUlAKBoJQCgLCUAoDQlaSJudXMAAKCfIuwhdXMAoJ4iaSJtZXMAAKCgIgACTFJsci8TMRMzEzUTAKBbJQCgWCUAoBglAKAUJQCjAiVITFJobHJCE0QTRhNIE0oTTBMAoGolAKBhJQCgXiUAoDwlAKAkJQCgHCUAAWV2UhNVE3YA5QD5AGIAYQByADuApgCmQAACY2Vpb2ITZhNqE24TcgAA4DXYt9xtAGkAAKBPIG0A5aA9IogRbAAAoVwAYmh0E3YTAKDFKfMhdWIAoMgnbAF+E4QTbABloCIgdAAAoCIgcAAAoU4iRWWJE4sTAKCuKvGgTyI8BeEMqRMAAN8TABQDFB8UAAAjFDQUAAAAAIUUAAAAAI0UAAAAANcU4xT3FPsUAACIFQAAlhWAAWNwcgCuE7ET1RP1IXRlB2GAoikiYWJjZHMAuxO/E8QTzhPSE24AZAAAoEQqciJjdXAAAKBJKgABYXXIE8sTcAAAoEsqcAAAoEcqbwB0AACgQCoA4CkiAP4AAWVv2RPcE3QAAKBBIO4ABAUAAmFlaXXlE+8T9RP4E/AB6hMAAO0TcwAAoE0qbwBuAA1hZABpAGwAO4DnAOdAcgBjAAlhcABzAHOgTCptAACgUCpvAHQAC2GAAWRtbgAIFA0UEhRpAGwAO4C4ALhAcCJ0eXYAAKCyKXQAAIGiADtlGBQZFKJAcgBkAG8A9ABiAXIAAOA12CDdgAFjZWkAKBQqFDIUeQBHZGMAawBtoBMn4SFyawCgEyfHY3IAAKPLJUVjZWZtcz8UQRRHFHcUfBSAFACgwykAocYCZWxGFEkUcQAAoFciZQBhAlAUAAAAAGAUciJyb3cAAAFsclYUWhTlIWZ0AKC6IWkiZ2h0AACguyGAAlJTYWNkAGgUaRRrFG8UcxSuYACgyCRzAHQAAKCbIukhcmMAoJoi4SFzaACgnSJuImludAAAoBAqaQBkAACg7yrjIWlyAKDCKfUhYnN1oGMmaQB0AACgYybsApMUmhS2FAAAwxRvAG4AZaA6APGgVCKrAG0CnxQAAAAAoxRhAHSgLABAYAChASJmbKcUqRTuABMNZQAAAW14rhSyFOUhbnQAoAEiZQDzANIB5wG6FAAAwBRkoEUibwB0AACgbSpuAPQAzAGAAWZyeQDIFMsUzhQA4DXYVN1vAOQA1wEAgakAO3MeAdMUcgAAoBchAAFhb9oU3hRyAHIAAKC1IXMAcwAAoBcnAAFjdeYU6hRyAADgNdi43AABYnDuFPIUZaDPKgCg0SploNAqAKDSKuQhb3QAoO8igANkZWxwcnZ3AAYVEBUbFSEVRBVlFYQV4SFycgABbHIMFQ4VAKA4KQCgNSlwAhYVAAAAABkVcgAAoN4iYwAAoN8i4SFycnCgtiEAoD0pgKIqImJjZG9zACsVMBU6FT4VQRVyImNhcAAAoEgqAAFhdTQVNxVwAACgRipwAACgSipvAHQAAKCNInIAAKBFKgDgKiIA/gACYWxydksVURVuFXMVcgByAG2gtyEAoDwpeQCAAWV2dwBYFWUVaRVxAHACXxUAAAAAYxVyAGUA4wAXFXUA4wAZFWUAZQAAoM4iZSJkZ2UAAKDPImUAbgA7gKQApEBlI2Fycm93AAABbHJ7FX8V5SFmdACgtiFpImdodAAAoLchZQDkAG0VAAFjaYsVkRVvAG4AaQBuAPQAkwFuAHQAAKAxImwiY3R5AACgLSOACUFIYWJjZGVmaGlqbG9yc3R1d3oAuBW7Fb8V1RXgFegV+RUKFhUWHxZUFlcWZRbFFtsW7xb7FgUXChdyAPIAtAJhAHIAAKBlKQACZ2xyc8YVyhXOFdAV5yFlcgCgICDlIXRoAKA4IfIA9QxoAHagECAAoKMiawHZFd4VYSJyb3cAAKAPKWEA4wBfAgABYXnkFecV8iFvbg9hNGQAoUYhYW/tFfQVAAFnciEC8RVyAACgyiF0InNlcQAAoHcqgAFnbG0A/xUCFgUWO4CwALBAdABhALRjcCJ0eXYAAKCxKQABaXIOFhIW8yFodACgfykA4DXYId1hAHIAAAFschsWHRYAoMMhAKDCIYACYWVnc3YAKBauAjYWOhY+Fm0AAKHEIm9zLhY0Fm4AZABzoMQi9SFpdACgZiZhIm1tYQDdY2kAbgAAoPIiAKH3AGlvQxZRFmQAZQAAgfcAO29KFksW90BuI3RpbWVzAACgxyJuAPgAUBZjAHkAUmRjAG8CXhYAAAAAYhZyAG4AAKAeI28AcAAAoA0jgAJscHR1dwBuFnEWdRaSFp4W7CFhciRgZgAA4DXYVd0AotkCZW1wc30WhBaJFo0WcQBkoFAibwB0AACgUSJpIm51cwAAoDgi7CF1cwCgFCLxInVhcmUAoKEiYgBsAGUAYgBhAHIAdwBlAGQAZwDlANcAbgCAAWFkaAClFqoWtBZyAHIAbwD3APUMbwB3AG4AYQByAHIAbwB3APMA8xVhI3Jwb29uAAABbHK8FsAWZQBmAPQAHBZpAGcAaAD0AB4WYgHJFs8WawBhAHIAbwD3AJILbwLUFgAAAADYFnIAbgAAoB8jbwBwAACgDCOAAWNvdADhFukW7BYAAXJ55RboFgDgNdi53FVkbAAAoPYp8iFvaxFhAAFkcvMW9xZvAHQAAKDxImkA5qC/JVsSAAFhaP8WAhdyAPIANQNhAPIA1wvhIm5nbGUAoKYpAAFjaQ4XEBd5AF9k5yJyYXJyAKD/JwAJRGFjZGVmZ2xtbm9wcXJzdHV4MRc4F0YXWxcyBF4XaRd5F40XrBe0F78X2RcVGCEYLRg1GEAYAAFEbzUXgRZvAPQA+BUAAWNzPBdCF3UAdABlADuA6QDpQPQhZXIAoG4qAAJhaW95TRdQF1YXWhfyIW9uG2FyAGOgViI7gOoA6kDsIW9uAKBVIk1kbwB0ABdhAAFEcmIXZhdvAHQAAKBSIgDgNdgi3XKhmipuF3QXYQB2AGUAO4DoAOhAZKCWKm8AdAAAoJgqgKGZKmlscwCAF4UXhxfuInRlcnMAoOcjAKATIWSglSpvAHQAAKCXKoABYXBzAJMXlheiF2MAcgATYXQAeQBzogUinxcAAAAAoRdlAHQAAKAFInAAMaADIDMBqRerFwCgBCAAoAUgAAFnc7AXsRdLYXAAAKACIAABZ3C4F7sXbwBuABlhZgAA4DXYVt2AAWFscwDFF8sXzxdyAHOg1SJsAACg4yl1AHMAAKBxKmkAAKG1A2x21RfYF28AbgC1Y/VjAAJjc3V24BfoF/0XEBgAAWlv5BdWF3IAYwAAoFYiaQLuFwAAAADwF+0ADQThIW50AAFnbPUX+Rd0AHIAAKCWKuUhc3MAoJUqgAFhZWkAAxgGGAoYbABzAD1gcwB0AACgXyJ2AESgYSJEAACgeCrwImFyc2wAoOUpAAFEYRkYHRhvAHQAAKBTInIAcgAAoHEpgAFjZGkAJxgqGO0XcgAAoC8hbwD0AIwCAAFhaDEYMhi3YzuA8ADwQAABbXI5GD0YbAA7gOsA60BvAACgrCCAAWNpcABGGEgYSxhsACFgcwD0ACwEAAFlb08YVxhjAHQAYQB0AGkAbwDuABoEbgBlAG4AdABpAGEAbADlADME4Ql1GAAAgRgAAIMYiBgAAAAAoRilGAAAqhgAALsYvhjRGAAA1xgnGWwAbABpAG4AZwBkAG8AdABzAGUA8QBlF3kARGRtImFsZQAAoEAmgAFpbHIAjRiRGJ0Y7CFpZwCgA/tpApcYAAAAAJoYZwAAoAD7aQBnAACgBPsA4DXYI93sIWlnAKAB++whaWcA4GYAagCAAWFsdACvGLIYthh0AACgbSZpAGcAAKAC+24AcwAAoLElbwBmAJJh8AHCGAAAxhhmAADgNdhX3QABYWvJGMwYbADsAGsEdqDUIgCg2SphI3J0aW50AACgDSoAAWFv2hgiGQABY3PeGB8ZsQPnGP0YBRkSGRUZAAAdGbID7xjyGPQY9xj5GAAA+xg7gL0AvUAAoFMhO4C8ALxAAKBVIQCgWSEAoFshswEBGQAAAxkAoFQhAKBWIbQCCxkOGQAAAAAQGTuAvgC+QACgVyEAoFwhNQAAoFghtgEZGQAAGxkAoFohAKBdITgAAKBeIWwAAKBEIHcAbgAAoCIjYwByAADgNdi73IAIRWFiY2RlZmdpamxub3JzdHYARhlKGVoZXhlmGWkZkhmWGZkZnRmgGa0ZxhnLGc8Z4BkjGmygZyIAoIwqgAFjbXAAUBlTGVgZ9SF0ZfVhbQBhAOSgswM6FgCghipyImV2ZQAfYQABaXliGWUZcgBjAB1hM2RvAHQAIWGAoWUibHFzAMYEcBl6GfGhZSLOBAAAdhlsAGEAbgD0AN8EgKF+KmNkbACBGYQZjBljAACgqSpvAHQAb6CAKmyggioAoIQqZeDbIgD+cwAAoJQqcgAA4DXYJN3noGsirATtIWVsAKA3IWMAeQBTZIChdyJFYWoApxmpGasZAKCSKgCgpSoAoKQqAAJFYWVztBm2Gb0ZwhkAoGkicABwoIoq8iFveACgiipxoIgq8aCIKrUZaQBtAACg5yJwAGYAAOA12FjdYQB2AOUAYwIAAWNp0xnWGXIAAKAKIW0AAKFzImVs3BneGQCgjioAoJAqAIM+ADtjZGxxco0E6xn0GfgZ/BkBGgABY2nvGfEZAKCnKnIAAKB6Km8AdAAAoNci0CFhcgCglSl1ImVzdAAAoHwqgAJhZGVscwAKGvQZFhrVBCAa8AEPGgAAFBpwAHIAbwD4AFkZcgAAoHgpcQAAAWxxxAQbGmwAZQBzAPMASRlpAO0A5AQAAWVuJxouGnIjdG5lcXEAAOBpIgD+xQAsGgAFQWFiY2Vma29zeUAaQxpmGmoabRqDGocalhrCGtMacgDyAMwCAAJpbG1yShpOGlAaVBpyAHMA8ABxD2YAvWBpAGwA9AASBQABZHJYGlsaYwB5AEpkAKGUIWN3YBpkGmkAcgAAoEgpAKCtIWEAcgAAoA8h6SFyYyVhgAFhbHIAcxp7Gn8a8iF0c3WgZSZpAHQAAKBlJuwhaXAAoCYg4yFvbgCguSJyAADgNdgl3XMAAAFld4wakRphInJvdwAAoCUpYSJyb3cAAKAmKYACYW1vcHIAnxqjGqcauhq+GnIAcgAAoP8h9CFodACgOyJrAAABbHKsGrMaZSRmdGFycm93AACgqSHpJGdodGFycm93AKCqIWYAAOA12Fnd4iFhcgCgFSCAAWNsdADIGswa0BpyAADgNdi93GEAcwDoAGka8iFvaydhAAFicNca2xr1IWxsAKBDIOghZW4AoBAg4Qr2GgAA/RoAAAgbExsaGwAAIRs7GwAAAAA+G2IbmRuVG6sbAACyG80b0htjAHUAdABlADuA7QDtQAChYyBpeQEbBhtyAGMAO4DuAO5AOGQAAWN4CxsNG3kANWRjAGwAO4ChAKFAAAFmcssCFhsA4DXYJt1yAGEAdgBlADuA7ADsQIChSCFpbm8AJxsyGzYbAAFpbisbLxtuAHQAAKAMKnQAAKAtIuYhaW4AoNwpdABhAACgKSHsIWlnM2GAAWFvcABDG1sbXhuAAWNndABJG0sbWRtyACthgAFlbHAAcQVRG1UbaQBuAOUAyAVhAHIA9AByBWgAMWFmAACgtyJlAGQAtWEAoggiY2ZvdGkbbRt1G3kb4SFyZQCgBSFpAG4AdKAeImkAZQAAoN0pZABvAPQAWxsAoisiY2VscIEbhRuPG5QbYQBsAACguiIAAWdyiRuNG2UAcgDzACMQ4wCCG2EicmhrAACgFyryIW9kAKA8KgACY2dwdJ8boRukG6gbeQBRZG8AbgAvYWYAAOA12FrdYQC5Y3UAZQBzAHQAO4C/AL9AAAFjabUbuRtyAADgNdi+3G4AAKIIIkVkc3bCG8QbyBvQAwCg+SJvAHQAAKD1Inag9CIAoPMiaaBiIOwhZGUpYesB1hsAANkbYwB5AFZkbAA7gO8A70AAA2NmbW9zdeYb7hvyG/Ub+hsFHAABaXnqG+0bcgBjADVhOWRyAADgNdgn3eEhdGg3YnAAZgAA4DXYW93jAf8bAAADHHIAAOA12L/c8iFjeVhk6yFjeVRkAARhY2ZnaGpvcxUcGhwiHCYcKhwtHDAcNRzwIXBhdqC6A/BjAAFleR4cIRzkIWlsN2E6ZHIAAOA12CjdciJlZW4AOGFjAHkARWRjAHkAXGRwAGYAAOA12FzdYwByAADgNdjA3IALQUJFSGFiY2RlZmdoamxtbm9wcnN0dXYAXhxtHHEcdRx5HN8cBx0dHTwd3B3tHfEdAR4EHh0eLB5FHrwewx7hHgkfPR9LH4ABYXJ0AGQcZxxpHHIA8gBvB/IAxQLhIWlsAKAbKeEhcnIAoA4pZ6BmIgCgiyphAHIAAKBiKWMJjRwAAJAcAACVHAAAAAAAAAAAAACZHJwcAACmHKgcrRwAANIc9SF0ZTph7SJwdHl2AKC0KXIAYQDuAFoG4iFkYbtjZwAAoegnZGyhHKMcAKCRKeUAiwYAoIUqdQBvADuAqwCrQHIAgKOQIWJmaGxwc3QAuhy/HMIcxBzHHMoczhxmoOQhcwAAoB8pcwAAoB0p6wCyGnAAAKCrIWwAAKA5KWkAbQAAoHMpbAAAoKIhAKGrKmFl1hzaHGkAbAAAoBkpc6CtKgDgrSoA/oABYWJyAOUc6RztHHIAcgAAoAwpcgBrAACgcicAAWFr8Rz4HGMAAAFla/Yc9xx7YFtgAAFlc/wc/hwAoIspbAAAAWR1Ax0FHQCgjykAoI0pAAJhZXV5Dh0RHRodHB3yIW9uPmEAAWRpFR0YHWkAbAA8YewAowbiAPccO2QAAmNxcnMkHScdLB05HWEAAKA2KXUAbwDyoBwgqhEAAWR1MB00HeghYXIAoGcpcyJoYXIAAKBLKWgAAKCyIQCiZCJmZ3FzRB1FB5Qdnh10AIACYWhscnQATh1WHWUdbB2NHXIicm93AHSgkCFhAOkAzxxhI3Jwb29uAAABZHVeHWId7yF3bgCgvSFwAACgvCHlJGZ0YXJyb3dzAKDHIWkiZ2h0AIABYWhzAHUdex2DHXIicm93APOglCGdBmEAcgBwAG8AbwBuAPMAzgtxAHUAaQBnAGEAcgByAG8A9wBlGugkcmVldGltZXMAoMsi8aFkIk0HAACaHWwAYQBuAPQAXgcAon0qY2Rnc6YdqR2xHbcdYwAAoKgqbwB0AG+gfypyoIEqAKCDKmXg2iIA/nMAAKCTKoACYWRlZ3MAwB3GHcod1h3ZHXAAcAByAG8A+ACmHG8AdAAAoNYicQAAAWdxzx3SHXQA8gBGB2cAdADyAHQcdADyAFMHaQDtAGMHgAFpbHIA4h3mHeod8yFodACgfClvAG8A8gDKBgDgNdgp3UWgdiIAoJEqYQH1Hf4dcgAAAWR1YB35HWygvCEAoGopbABrAACghCVjAHkAWWQAomoiYWNodAweDx4VHhkecgDyAGsdbwByAG4AZQDyAGAW4SFyZACgaylyAGkAAKD6JQABaW8hHiQe5CFvdEBh9SFzdGGgsCPjIWhlAKCwIwACRWFlczMeNR48HkEeAKBoInAAcKCJKvIhb3gAoIkqcaCHKvGghyo0HmkAbQAAoOYiAARhYm5vcHR3elIeXB5fHoUelh6mHqsetB4AAW5yVh5ZHmcAAKDsJ3IAAKD9IXIA6wCwBmcAgAFsbXIAZh52Hnse5SFmdAABYXKIB2weaQBnAGgAdABhAHIAcgBvAPcAkwfhInBzdG8AoPwnaQBnAGgAdABhAHIAcgBvAPcAmgdwI2Fycm93AAABbHKNHpEeZQBmAPQAxhxpImdodAAAoKwhgAFhZmwAnB6fHqIecgAAoIUpAOA12F3ddQBzAACgLSppIm1lcwAAoDQqYQGvHrMecwB0AACgFyLhAIoOZaHKJbkeRhLuIWdlAKDKJWEAcgBsoCgAdAAAoJMpgAJhY2htdADMHs8e1R7bHt0ecgDyAJ0GbwByAG4AZQDyANYWYQByAGSgyyEAoG0pAKAOIHIAaQAAoL8iAANhY2hpcXTrHu8e1QfzHv0eBh/xIXVvAKA5IHIAAOA12MHcbQDloXIi+h4AAPweAKCNKgCgjyoAAWJ19xwBH28AcqAYIACgGiDyIW9rQmEAhDwAO2NkaGlscXJCBhcfxh0gHyQfKB8sHzEfAAFjaRsfHR8AoKYqcgAAoHkqcgBlAOUAkx3tIWVzAKDJIuEhcnIAoHYpdSJlc3QAAKB7KgABUGk1HzkfYQByAACglillocMlAgdfEnIAAAFkdUIfRx9zImhhcgAAoEop6CFhcgCgZikAAWVuTx9WH3IjdG5lcXEAAOBoIgD+xQBUHwAHRGFjZGVmaGlsbm9wc3VuH3Ifoh+rH68ftx+7H74f5h/uH/MfBwj/HwsgxCFvdACgOiIAAmNscHJ5H30fiR+eH3IAO4CvAK9AAAFldIEfgx8AoEImZaAgJ3MAZQAAoCAnc6CmIXQAbwCAoaYhZGx1AJQfmB+cH28AdwDuAHkDZQBmAPQA6gbwAOkO6yFlcgCgriUAAW95ph+qH+0hbWEAoCkqPGThIXNoAKAUIOElc3VyZWRhbmdsZQCgISJyAADgNdgq3W8AAKAnIYABY2RuAMQfyR/bH3IAbwA7gLUAtUBhoiMi0B8AANMf1x9zAPQAKxFpAHIAAKDwKm8AdAA7gLcAt0B1AHMA4qESIh4TAADjH3WgOCIAoCoqYwHqH+0fcAAAoNsq8gB+GnAAbAB1APMACAgAAWRw9x/7H+UhbHMAoKciZgAA4DXYXt0AAWN0AyAHIHIAAOA12MLc8CFvcwCgPiJsobwDECAVIPQiaW1hcACguCJhAPAAEyAADEdMUlZhYmNkZWZnaGlqbG1vcHJzdHV2dzwgRyBmIG0geSCqILgg2iDeIBEhFSEyIUMhTSFQIZwhnyHSIQAiIyKLIrEivyIUIwABZ3RAIEMgAODZIjgD9uBrItIgBwmAAWVsdABNIF8gYiBmAHQAAAFhclMgWCByInJvdwAAoM0h6SRnaHRhcnJvdwCgziEA4NgiOAP24Goi0iBfCekkZ2h0YXJyb3cAoM8hAAFEZHEgdSDhIXNoAKCvIuEhc2gAoK4igAJiY25wdACCIIYgiSCNIKIgbABhAACgByL1IXRlRGFnAADgICLSIACiSSJFaW9wlSCYIJwgniAA4HAqOANkAADgSyI4A3MASWFyAG8A+AAyCnUAcgBhoG4mbADzoG4mmwjzAa8gAACzIHAAO4CgAKBAbQBwAOXgTiI4AyoJgAJhZW91eQDBIMogzSDWINkg8AHGIAAAyCAAoEMqbwBuAEhh5CFpbEZhbgBnAGSgRyJvAHQAAOBtKjgDcAAAoEIqPWThIXNoAKATIACjYCJBYWRxc3jpIO0g+SD+IAIhDCFyAHIAAKDXIXIAAAFocvIg9SBrAACgJClvoJch9wAGD28AdAAA4FAiOAN1AGkA9gC7CAABZWkGIQohYQByAACgKCntAN8I6SFzdPOgBCLlCHIAAOA12CvdAAJFZXN0/wgcISshLiHxoXEiIiEAABMJ8aFxIgAJAAAnIWwAYQBuAPQAEwlpAO0AGQlyoG8iAKBvIoABQWFwADghOyE/IXIA8gBeIHIAcgAAoK4hYQByAACg8ipzogsiSiEAAAAAxwtkoPwiAKD6ImMAeQBaZIADQUVhZGVzdABcIV8hYiFmIWkhkyGWIXIA8gBXIADgZiI4A3IAcgAAoJohcgAAoCUggKFwImZxcwBwIYQhjiF0AAABYXJ1IXohcgByAG8A9wBlIWkAZwBoAHQAYQByAHIAbwD3AD4h8aFwImAhAACKIWwAYQBuAPQAZwlz4H0qOAMAoG4iaQDtAG0JcqBuImkA5aDqIkUJaQDkADoKAAFwdKMhpyFmAADgNdhf3YCBrAA7aW4AriGvIcchrEBuAIChCSJFZHYAtyG6Ib8hAOD5IjgDbwB0AADg9SI4A+EB1gjEIcYhAKD3IgCg9iJpAHagDCLhAagJzyHRIQCg/iIAoP0igAFhb3IA2CHsIfEhcgCAoSYiYXN0AOAh5SHpIWwAbABlAOwAywhsAADg/SrlIADgAiI4A2wiaW50AACgFCrjoYAi9yEAAPohdQDlAJsJY+CvKjgDZaCAIvEAkwkAAkFhaXQHIgoiFyIeInIA8gBsIHIAcgAAoZshY3cRIhQiAOAzKTgDAOCdITgDZyRodGFycm93AACgmyFyAGkA5aDrIr4JgANjaGltcHF1AC8iPCJHIpwhTSJQIloigKGBImNlcgA2Iv0JOSJ1AOUABgoA4DXYw9zvIXJ0bQKdIQAAAABEImEAcgDhAOEhbQBloEEi8aBEIiYKYQDyAMsIcwB1AAABYnBWIlgi5QDUCeUA3wmAAWJjcABgInMieCKAoYQiRWVzAGci7glqIgDgxSo4A2UAdABl4IIi0iBxAPGgiCJoImMAZaCBIvEA/gmAoYUiRWVzAH8iFgqCIgDgxio4A2UAdABl4IMi0iBxAPGgiSKAIgACZ2lscpIilCKaIpwi7AAMCWwAZABlADuA8QDxQOcAWwlpI2FuZ2xlAAABbHKkIqoi5SFmdGWg6iLxAEUJaSJnaHQAZaDrIvEAvgltoL0DAKEjAGVzuCK8InIAbwAAoBYhcAAAoAcggARESGFkZ2lscnMAziLSItYi2iLeIugi7SICIw8j4SFzaACgrSLhIXJyAKAEKXAAAOBNItIg4SFzaACgrCIAAWV04iLlIgDgZSLSIADgPgDSIG4iZmluAACg3imAAUFldADzIvci+iJyAHIAAKACKQDgZCLSIHLgPADSIGkAZQAA4LQi0iAAAUF0BiMKI3IAcgAAoAMp8iFpZQDgtSLSIGkAbQAA4Dwi0iCAAUFhbgAaIx4jKiNyAHIAAKDWIXIAAAFociMjJiNrAACgIylvoJYh9wD/DuUhYXIAoCcpUxJqFAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAVCMAAF4jaSN/I4IjjSOeI8AUAAAAAKYjwCMAANoj3yMAAO8jHiQvJD8kRCQAAWNzVyNsFHUAdABlADuA8wDzQAABaXlhI2cjcgBjoJoiO4D0APRAPmSAAmFiaW9zAHEjdCN3I3EBeiNzAOgAdhTsIWFjUWF2AACgOCrvIWxkAKC8KewhaWdTYQABY3KFI4kjaQByAACgvykA4DXYLN1vA5QjAAAAAJYjAACcI24A22JhAHYAZQA7gPIA8kAAoMEpAAFibaEjjAphAHIAAKC1KQACYWNpdKwjryO6I70jcgDyAFkUAAFpcrMjtiNyAACgvinvIXNzAKC7KW4A5QDZCgCgwCmAAWFlaQDFI8gjyyNjAHIATWFnAGEAyWOAAWNkbgDRI9Qj1iPyIW9uv2MAoLYpdQDzAHgBcABmAADgNdhg3YABYWVsAOQj5yPrI3IAAKC3KXIAcAAAoLkpdQDzAHwBAKMoImFkaW9zdvkj/CMPJBMkFiQbJHIA8gBeFIChXSplZm0AAyQJJAwkcgBvoDQhZgAAoDQhO4CqAKpAO4C6ALpA5yFvZgCgtiJyAACgVipsIm9wZQAAoFcqAKBbKoABY2xvACMkJSQrJPIACCRhAHMAaAA7gPgA+EBsAACgmCJpAGwBMyQ4JGQAZQA7gPUA9UBlAHMAYaCXInMAAKA2Km0AbAA7gPYA9kDiIWFyAKA9I+EKXiQAAHokAAB8JJQkAACYJKkkAAAAALUkEQsAAPAkAAAAAAQleiUAAIMlcgCAoSUiYXN0AGUkbyQBCwCBtgA7bGokayS2QGwAZQDsABgDaQJ1JAAAAAB4JG0AAKDzKgCg/Sp5AD9kcgCAAmNpbXB0AIUkiCSLJJkSjyRuAHQAJWBvAGQALmBpAGwAAKAwIOUhbmsAoDEgcgAA4DXYLd2AAWltbwCdJKAkpCR2oMYD1WNtAGEA9AD+B24AZQAAoA4m9KHAA64kAAC0JGMjaGZvcmsAAKDUItZjAAFhdbgkxCRuAAABY2u9JMIkawBooA8hAKAOIfYAaRpzAACkKwBhYmNkZW1zdNMkIRPXJNsk4STjJOck6yTjIWlyAKAjKmkAcgAAoCIqAAFvdYsW3yQAoCUqAKByKm4AO4CxALFAaQBtAACgJip3AG8AAKAnKoABaXB1APUk+iT+JO4idGludACgFSpmAADgNdhh3W4AZAA7gKMAo0CApHoiRWFjZWlub3N1ABMlFSUYJRslTCVRJVklSSV1JQCgsypwAACgtyp1AOUAPwtjoK8qgKJ6ImFjZW5zACclLSU0JTYlSSVwAHAAcgBvAPgAFyV1AHIAbAB5AGUA8QA/C/EAOAuAAWFlcwA8JUElRSXwInByb3gAoLkqcQBxAACgtSppAG0AAKDoImkA7QBEC20AZQDzoDIgIguAAUVhcwBDJVclRSXwAEAlgAFkZnAATwtfJXElgAFhbHMAZSVpJW0l7CFhcgCgLiPpIW5lAKASI/UhcmYAoBMjdKAdIu8AWQvyIWVsAKCwIgABY2l9JYElcgAA4DXYxdzIY24iY3NwAACgCCAAA2Zpb3BzdZElKxuVJZolnyWkJXIAAOA12C7dcABmAADgNdhi3XIiaW1lAACgVyBjAHIAAOA12MbcgAFhZW8AqiW6JcAldAAAAWVpryW2JXIAbgBpAG8AbgDzABkFbgB0AACgFipzAHQAZaA/APEACRj0AG0LgApBQkhhYmNkZWZoaWxtbm9wcnN0dXgA4yXyJfYl+iVpJpAmpia9JtUm5ib4JlonaCdxJ3UnnietJ7EnyCfiJ+cngAFhcnQA6SXsJe4lcgDyAJkM8gD6AuEhaWwAoBwpYQByAPIA3BVhAHIAAKBkKYADY2RlbnFydAAGJhAmEyYYJiYmKyZaJgABZXUKJg0mAOA9IjEDdABlAFVhaQDjACAN7SJwdHl2AKCzKWcAgKHpJ2RlbAAgJiImJCYAoJIpAKClKeUA9wt1AG8AO4C7ALtAcgAApZIhYWJjZmhscHN0dz0mQCZFJkcmSiZMJk4mUSZVJlgmcAAAoHUpZqDlIXMAAKAgKQCgMylzAACgHinrALka8ACVHmwAAKBFKWkAbQAAoHQpbAAAoKMhAKCdIQABYWleJmImaQBsAACgGilvAG6gNiJhAGwA8wB2C4ABYWJyAG8mciZ2JnIA8gAvEnIAawAAoHMnAAFha3omgSZjAAABZWt/JoAmfWBdYAABZXOFJocmAKCMKWwAAAFkdYwmjiYAoI4pAKCQKQACYWV1eZcmmiajJqUm8iFvbllhAAFkaZ4moSZpAGwAV2HsAA8M4gCAJkBkAAJjbHFzrSawJrUmuiZhAACgNylkImhhcgAAoGkpdQBvAPKgHSCjAWgAAKCzIYABYWNnAMMm0iaUC2wAgKEcIWlwcwDLJs4migxuAOUAoAxhAHIA9ADaC3QAAKCtJYABaWxyANsm3ybjJvMhaHQAoH0pbwBvAPIANgwA4DXYL90AAWFv6ib1JnIAAAFkde8m8SYAoMEhbKDAIQCgbCl2oMED8WOAAWducwD+Jk4nUCdoAHQAAANhaGxyc3QKJxInISc1Jz0nRydyInJvdwB0oJIhYQDpAFYmYSNycG9vbgAAAWR1GiceJ28AdwDuAPAmcAAAoMAh5SFmdAABYWgnJy0ncgByAG8AdwDzAAkMYQByAHAAbwBvAG4A8wATBGklZ2h0YXJyb3dzAACgySFxAHUAaQBnAGEAcgByAG8A9wBZJugkcmVldGltZXMAoMwiZwDaYmkAbgBnAGQAbwB0AHMAZQDxABwYgAFhaG0AYCdjJ2YncgDyAAkMYQDyABMEAKAPIG8idXN0AGGgsSPjIWhlAKCxI+0haWQAoO4qAAJhYnB0fCeGJ4knmScAAW5ygCeDJ2cAAKDtJ3IAAKD+IXIA6wAcDIABYWZsAI8nkieVJ3IAAKCGKQDgNdhj3XUAcwAAoC4qaSJtZXMAAKA1KgABYXCiJ6gncgBnoCkAdAAAoJQp7yJsaW50AKASKmEAcgDyADwnAAJhY2hxuCe8J6EMwCfxIXVvAKA6IHIAAOA12MfcAAFidYAmxCdvAPKgGSCoAYABaGlyAM4n0ifWJ3IAZQDlAE0n7SFlcwCgyiJpAIChuSVlZmwAXAxjEt4n9CFyaQCgzinsInVoYXIAoGgpAKAeIWENBSgJKA0oSyhVKIYoAACLKLAoAAAAAOMo5ygAABApJCkxKW0pcSmHKaYpAACYKgAAAACxKmMidXRlAFthcQB1AO8ABR+ApHsiRWFjZWlucHN5ABwoHignKCooLygyKEEoRihJKACgtCrwASMoAAAlKACguCpvAG4AYWF1AOUAgw1koLAqaQBsAF9hcgBjAF1hgAFFYXMAOCg6KD0oAKC2KnAAAKC6KmkAbQAAoOki7yJsaW50AKATKmkA7QCIDUFkbwB0AGKixSKRFgAAAABTKACgZiqAA0FhY21zdHgAYChkKG8ocyh1KHkogihyAHIAAKDYIXIAAAFocmkoayjrAJAab6CYIfcAzAd0ADuApwCnQGkAO2D3IWFyAKApKW0AAAFpbn4ozQBuAHUA8wDOAHQAAKA2J3IA7+A12DDdIxkAAmFjb3mRKJUonSisKHIAcAAAoG8mAAFoeZkonChjAHkASWRIZHIAdABtAqUoAAAAAKgoaQDkAFsPYQByAGEA7ABsJDuArQCtQAABZ22zKLsobQBhAAChwwNmdroouijCY4CjPCJkZWdsbnByAMgozCjPKNMo1yjaKN4obwB0AACgairxoEMiCw5FoJ4qAKCgKkWgnSoAoJ8qZQAAoEYi7CF1cwCgJCrhIXJyAKByKWEAcgDyAPwMAAJhZWl07Sj8KAEpCCkAAWxz8Sj4KGwAcwBlAHQAbQDpAH8oaABwAACgMyrwImFyc2wAoOQpAAFkbFoPBSllAACgIyNloKoqc6CsKgDgrCoA/oABZmxwABUpGCkfKfQhY3lMZGKgLwBhoMQpcgAAoD8jZgAA4DXYZN1hAAABZHIoKRcDZQBzAHWgYCZpAHQAAKBgJoABY3N1ADYpRilhKQABYXU6KUApcABzoJMiAOCTIgD+cABzoJQiAOCUIgD+dQAAAWJwSylWKQChjyJlcz4NUCllAHQAZaCPIvEAPw0AoZAiZXNIDVspZQB0AGWgkCLxAEkNAKGhJWFmZilbBHIAZQFrKVwEAKChJWEAcgDyAAMNAAJjZW10dyl7KX8pgilyAADgNdjI3HQAbQDuAM4AaQDsAAYpYQByAOYAVw0AAWFyiimOKXIA5qAGJhESAAFhbpIpoylpImdodAAAAWVwmSmgKXAAcwBpAGwAbwDuANkXaADpAKAkcwCvYIACYmNtbnAArin8KY4NJSooKgCkgiJFZGVtbnByc7wpvinCKcgpzCnUKdgp3CkAoMUqbwB0AACgvSpkoIYibwB0AACgwyr1IWx0AKDBKgABRWXQKdIpAKDLKgCgiiLsIXVzAKC/KuEhcnIAoHkpgAFlaXUA4inxKfQpdAAAoYIiZW7oKewpcQDxoIYivSllAHEA8aCKItEpbQAAoMcqAAFicPgp+ikAoNUqAKDTKmMAgKJ7ImFjZW5zAAcqDSoUKhYqRihwAHAAcgBvAPgAIyh1AHIAbAB5AGUA8QCDDfEAfA2AAWFlcwAcKiIqPShwAHAAcgBvAPgAPChxAPEAOShnAACgaiYApoMiMTIzRWRlaGxtbnBzPCo/KkIqRSpHKlIqWCpjKmcqaypzKncqO4C5ALlAO4CyALJAO4CzALNAAKDGKgABb3NLKk4qdAAAoL4qdQBiAACg2CpkoIcibwB0AACgxCpzAAABb3VdKmAqbAAAoMknYgAAoNcq4SFycgCgeyn1IWx0AKDCKgABRWVvKnEqAKDMKgCgiyLsIXVzAKDAKoABZWl1AH0qjCqPKnQAAKGDImVugyqHKnEA8aCHIkYqZQBxAPGgiyJwKm0AAKDIKgABYnCTKpUqAKDUKgCg1iqAAUFhbgCdKqEqrCpyAHIAAKDZIXIAAAFocqYqqCrrAJUab6CZIfcAxQf3IWFyAKAqKWwAaQBnADuA3wDfQOELzyrZKtwq6SrsKvEqAAD1KjQrAAAAAAAAAAAAAEwrbCsAAHErvSsAAAAAAADRK3IC1CoAAAAA2CrnIWV0AKAWI8RjcgDrAOUKgAFhZXkA4SrkKucq8iFvbmVh5CFpbGNhQmRvAPQAIg5sInJlYwAAoBUjcgAA4DXYMd0AAmVpa2/7KhIrKCsuK/IBACsAAAkrZQAAATRm6g0EK28AcgDlAOsNYQBzorgDECsAAAAAEit5AG0A0WMAAWNuFislK2sAAAFhcxsrIStwAHAAcgBvAPgAFw5pAG0AAKA8InMA8AD9DQABYXMsKyEr8AAXDnIAbgA7gP4A/kDsATgrOyswG2QA5QBnAmUAcwCAgdcAO2JkAEMrRCtJK9dAYaCgInIAAKAxKgCgMCqAAWVwcwBRK1MraSvhAAkh4qKkIlsrXysAAAAAYytvAHQAAKA2I2kAcgAAoPEqb+A12GXdcgBrAACg2irhAHgociJpbWUAAKA0IIABYWlwAHYreSu3K2QA5QC+DYADYWRlbXBzdACFK6MrmiunK6wrsCuzK24iZ2xlAACitSVkbHFykCuUK5ornCvvIXduAKC/JeUhZnRloMMl8QACBwCgXCJpImdodABloLkl8QBdDG8AdAAAoOwlaSJudXMAAKA6KuwhdXMAoDkqYgAAoM0p6SFtZQCgOyrlInppdW0AoOIjgAFjaHQAwivKK80rAAFyecYrySsA4DXYydxGZGMAeQBbZPIhb2tnYQABaW/UK9creAD0ANERaCJlYWQAAAFsct4r5ytlAGYAdABhAHIAcgBvAPcAXQbpJGdodGFycm93AKCgIQAJQUhhYmNkZmdobG1vcHJzdHV3CiwNLBEsHSwnLDEsQCxLLFIsYix6LIQsjyzLLOgs7Sz/LAotcgDyAAkDYQByAACgYykAAWNyFSwbLHUAdABlADuA+gD6QPIACQ1yAOMBIywAACUseQBeZHYAZQBtYQABaXkrLDAscgBjADuA+wD7QENkgAFhYmgANyw6LD0scgDyANEO7CFhY3FhYQDyAOAOAAFpckQsSCzzIWh0AKB+KQDgNdgy3XIAYQB2AGUAO4D5APlAYQFWLF8scgAAAWxyWixcLACgvyEAoL4hbABrAACggCUAAWN0Zix2LG8CbCwAAAAAcyxyAG4AZaAcI3IAAKAcI28AcAAAoA8jcgBpAACg+CUAAWFsfiyBLGMAcgBrYTuAqACoQAABZ3CILIssbwBuAHNhZgAA4DXYZt0AA2FkaGxzdZksniynLLgsuyzFLHIAcgBvAPcACQ1vAHcAbgBhAHIAcgBvAPcA2A5hI3Jwb29uAAABbHKvLLMsZQBmAPQAWyxpAGcAaAD0AF0sdQDzAKYOaQAAocUDaGzBLMIs0mNvAG4AxWPwI2Fycm93cwCgyCGAAWNpdADRLOEs5CxvAtcsAAAAAN4scgBuAGWgHSNyAACgHSNvAHAAAKAOI24AZwBvYXIAaQAAoPklYwByAADgNdjK3IABZGlyAPMs9yz6LG8AdAAAoPAi7CFkZWlhaQBmoLUlAKC0JQABYW0DLQYtcgDyAMosbAA7gPwA/EDhIm5nbGUAoKcpgAdBQkRhY2RlZmxub3Byc3oAJy0qLTAtNC2bLZ0toS2/LcMtxy3TLdgt3C3gLfwtcgDyABADYQByAHag6CoAoOkqYQBzAOgA/gIAAW5yOC08LechcnQAoJwpgANla25wcnN0AJkpSC1NLVQtXi1iLYItYQBwAHAA4QAaHG8AdABoAGkAbgDnAKEXgAFoaXIAoSmzJFotbwBwAPQAdCVooJUh7wD4JgABaXVmLWotZwBtAOEAuygAAWJwbi14LXMjZXRuZXEAceCKIgD+AODLKgD+cyNldG5lcQBx4IsiAP4A4MwqAP4AAWhyhi2KLWUAdADhABIraSNhbmdsZQAAAWxyki2WLeUhZnQAoLIiaSJnaHQAAKCzInkAMmThIXNoAKCiIoABZWxyAKcttC24LWKiKCKuLQAAAACyLWEAcgAAoLsicQAAoFoi7CFpcACg7iIAAWJ0vC1eD2EA8gBfD3IAAOA12DPddAByAOkAlS1zAHUAAAFicM0t0C0A4IIi0iAA4IMi0iBwAGYAAOA12GfdcgBvAPAAWQt0AHIA6QCaLQABY3XkLegtcgAA4DXYy9wAAWJw7C30LW4AAAFFZXUt8S0A4IoiAP5uAAABRWV/LfktAOCLIgD+6SJnemFnAKCaKYADY2Vmb3BycwANLhAuJS4pLiMuLi40LukhcmN1YQABZGkULiEuAAFiZxguHC5hAHIAAKBfKmUAcaAnIgCgWSLlIXJwAKAYIXIAAOA12DTdcABmAADgNdho3WWgQCJhAHQA6ABqD2MAcgAA4DXYzNzjCuQRUC4AAFQuAABYLmIuAAAAAGMubS5wLnQuAAAAAIguki4AAJouJxIqEnQAcgDpAB0ScgAA4DXYNd0AAUFhWy5eLnIA8gDnAnIA8gCTB75jAAFBYWYuaS5yAPIA4AJyAPIAjAdhAPAAeh5pAHMAAKD7IoABZHB0APgReS6DLgABZmx9LoAuAOA12GnddQDzAP8RaQBtAOUABBIAAUFhiy6OLnIA8gDuAnIA8gCaBwABY3GVLgoScgAA4DXYzdwAAXB0nS6hLmwAdQDzACUScgDpACASAARhY2VmaW9zdbEuvC7ELsguzC7PLtQu2S5jAAABdXm2LrsudABlADuA/QD9QE9kAAFpecAuwy5yAGMAd2FLZG4AO4ClAKVAcgAA4DXYNt1jAHkAV2RwAGYAAOA12GrdYwByAADgNdjO3AABY23dLt8ueQBOZGwAO4D/AP9AAAVhY2RlZmhpb3N38y73Lv8uAi8MLxAvEy8YLx0vIi9jInV0ZQB6YQABYXn7Lv4u8iFvbn5hN2RvAHQAfGEAAWV0Bi8KL3QAcgDmAB8QYQC2Y3IAAOA12DfdYwB5ADZk5yJyYXJyAKDdIXAAZgAA4DXYa91jAHIAAOA12M/cAAFqbiYvKC8AoA0gagAAoAwg");

  // node_modules/htmlparser2/node_modules/entities/dist/esm/generated/decode-data-xml.js
  var xmlDecodeTree = /* @__PURE__ */ decodeBase64("AAJhZ2xxBwARABMAFQBtAg0AAAAAAA8AcAAmYG8AcwAnYHQAPmB0ADxg9SFvdCJg");

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
  var TO_LOWER_BIT = 32;
  function isNumber2(code) {
    return code >= CharCodes.ZERO && code <= CharCodes.NINE;
  }
  function isHexadecimalCharacter(code) {
    return code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_F || code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_F;
  }
  function isAsciiAlphaNumeric(code) {
    return code >= CharCodes.UPPER_A && code <= CharCodes.UPPER_Z || code >= CharCodes.LOWER_A && code <= CharCodes.LOWER_Z || isNumber2(code);
  }
  function isEntityInAttributeInvalidEnd(code) {
    return code === CharCodes.EQUALS || isAsciiAlphaNumeric(code);
  }
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
  var EntityDecoder = class {
    constructor(decodeTree, emitCodePoint, errors) {
      this.decodeTree = decodeTree;
      this.emitCodePoint = emitCodePoint;
      this.errors = errors;
      this.state = EntityDecoderState.EntityStart;
      this.consumed = 1;
      this.result = 0;
      this.treeIndex = 0;
      this.excess = 1;
      this.decodeMode = DecodingMode.Strict;
      this.runConsumed = 0;
    }
    /** Resets the instance to make it reusable. */
    startEntity(decodeMode) {
      this.decodeMode = decodeMode;
      this.state = EntityDecoderState.EntityStart;
      this.result = 0;
      this.treeIndex = 0;
      this.excess = 1;
      this.consumed = 1;
      this.runConsumed = 0;
    }
    /**
     * Write an entity to the decoder. This can be called multiple times with partial entities.
     * If the entity is incomplete, the decoder will return -1.
     *
     * Mirrors the implementation of `getDecoder`, but with the ability to stop decoding if the
     * entity is incomplete, and resume when the next string is written.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    write(input, offset) {
      switch (this.state) {
        case EntityDecoderState.EntityStart: {
          if (input.charCodeAt(offset) === CharCodes.NUM) {
            this.state = EntityDecoderState.NumericStart;
            this.consumed += 1;
            return this.stateNumericStart(input, offset + 1);
          }
          this.state = EntityDecoderState.NamedEntity;
          return this.stateNamedEntity(input, offset);
        }
        case EntityDecoderState.NumericStart: {
          return this.stateNumericStart(input, offset);
        }
        case EntityDecoderState.NumericDecimal: {
          return this.stateNumericDecimal(input, offset);
        }
        case EntityDecoderState.NumericHex: {
          return this.stateNumericHex(input, offset);
        }
        case EntityDecoderState.NamedEntity: {
          return this.stateNamedEntity(input, offset);
        }
      }
    }
    /**
     * Switches between the numeric decimal and hexadecimal states.
     *
     * Equivalent to the `Numeric character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNumericStart(input, offset) {
      if (offset >= input.length) {
        return -1;
      }
      if ((input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
        this.state = EntityDecoderState.NumericHex;
        this.consumed += 1;
        return this.stateNumericHex(input, offset + 1);
      }
      this.state = EntityDecoderState.NumericDecimal;
      return this.stateNumericDecimal(input, offset);
    }
    /**
     * Parses a hexadecimal numeric entity.
     *
     * Equivalent to the `Hexademical character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNumericHex(input, offset) {
      while (offset < input.length) {
        const char = input.charCodeAt(offset);
        if (isNumber2(char) || isHexadecimalCharacter(char)) {
          const digit = char <= CharCodes.NINE ? char - CharCodes.ZERO : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
          this.result = this.result * 16 + digit;
          this.consumed++;
          offset++;
        } else {
          return this.emitNumericEntity(char, 3);
        }
      }
      return -1;
    }
    /**
     * Parses a decimal numeric entity.
     *
     * Equivalent to the `Decimal character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNumericDecimal(input, offset) {
      while (offset < input.length) {
        const char = input.charCodeAt(offset);
        if (isNumber2(char)) {
          this.result = this.result * 10 + (char - CharCodes.ZERO);
          this.consumed++;
          offset++;
        } else {
          return this.emitNumericEntity(char, 2);
        }
      }
      return -1;
    }
    /**
     * Validate and emit a numeric entity.
     *
     * Implements the logic from the `Hexademical character reference start
     * state` and `Numeric character reference end state` in the HTML spec.
     *
     * @param lastCp The last code point of the entity. Used to see if the
     *               entity was terminated with a semicolon.
     * @param expectedLength The minimum number of characters that should be
     *                       consumed. Used to validate that at least one digit
     *                       was consumed.
     * @returns The number of characters that were consumed.
     */
    emitNumericEntity(lastCp, expectedLength) {
      var _a3;
      if (this.consumed <= expectedLength) {
        (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      if (lastCp === CharCodes.SEMI) {
        this.consumed += 1;
      } else if (this.decodeMode === DecodingMode.Strict) {
        return 0;
      }
      this.emitCodePoint(replaceCodePoint(this.result), this.consumed);
      if (this.errors) {
        if (lastCp !== CharCodes.SEMI) {
          this.errors.missingSemicolonAfterCharacterReference();
        }
        this.errors.validateNumericCharacterReference(this.result);
      }
      return this.consumed;
    }
    /**
     * Parses a named entity.
     *
     * Equivalent to the `Named character reference state` in the HTML spec.
     *
     * @param input The string containing the entity (or a continuation of the entity).
     * @param offset The current offset.
     * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
     */
    stateNamedEntity(input, offset) {
      const { decodeTree } = this;
      let current = decodeTree[this.treeIndex];
      let valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
      while (offset < input.length) {
        if (valueLength === 0 && (current & BinTrieFlags.FLAG13) !== 0) {
          const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
          if (this.runConsumed === 0) {
            const firstChar = current & BinTrieFlags.JUMP_TABLE;
            if (input.charCodeAt(offset) !== firstChar) {
              return this.result === 0 ? 0 : this.emitNotTerminatedNamedEntity();
            }
            offset++;
            this.excess++;
            this.runConsumed++;
          }
          while (this.runConsumed < runLength) {
            if (offset >= input.length) {
              return -1;
            }
            const charIndexInPacked = this.runConsumed - 1;
            const packedWord = decodeTree[this.treeIndex + 1 + (charIndexInPacked >> 1)];
            const expectedChar = charIndexInPacked % 2 === 0 ? packedWord & 255 : packedWord >> 8 & 255;
            if (input.charCodeAt(offset) !== expectedChar) {
              this.runConsumed = 0;
              return this.result === 0 ? 0 : this.emitNotTerminatedNamedEntity();
            }
            offset++;
            this.excess++;
            this.runConsumed++;
          }
          this.runConsumed = 0;
          this.treeIndex += 1 + (runLength >> 1);
          current = decodeTree[this.treeIndex];
          valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
        }
        if (offset >= input.length)
          break;
        const char = input.charCodeAt(offset);
        if (char === CharCodes.SEMI && valueLength !== 0 && (current & BinTrieFlags.FLAG13) !== 0) {
          return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
        }
        this.treeIndex = determineBranch(decodeTree, current, this.treeIndex + Math.max(1, valueLength), char);
        if (this.treeIndex < 0) {
          return this.result === 0 || // If we are parsing an attribute
          this.decodeMode === DecodingMode.Attribute && // We shouldn't have consumed any characters after the entity,
          (valueLength === 0 || // And there should be no invalid characters.
          isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
        }
        current = decodeTree[this.treeIndex];
        valueLength = (current & BinTrieFlags.VALUE_LENGTH) >> 14;
        if (valueLength !== 0) {
          if (char === CharCodes.SEMI) {
            return this.emitNamedEntityData(this.treeIndex, valueLength, this.consumed + this.excess);
          }
          if (this.decodeMode !== DecodingMode.Strict && (current & BinTrieFlags.FLAG13) === 0) {
            this.result = this.treeIndex;
            this.consumed += this.excess;
            this.excess = 0;
          }
        }
        offset++;
        this.excess++;
      }
      return -1;
    }
    /**
     * Emit a named entity that was not terminated with a semicolon.
     *
     * @returns The number of characters consumed.
     */
    emitNotTerminatedNamedEntity() {
      var _a3;
      const { result, decodeTree } = this;
      const valueLength = (decodeTree[result] & BinTrieFlags.VALUE_LENGTH) >> 14;
      this.emitNamedEntityData(result, valueLength, this.consumed);
      (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.missingSemicolonAfterCharacterReference();
      return this.consumed;
    }
    /**
     * Emit a named entity.
     *
     * @param result The index of the entity in the decode tree.
     * @param valueLength The number of bytes in the entity.
     * @param consumed The number of characters consumed.
     *
     * @returns The number of characters consumed.
     */
    emitNamedEntityData(result, valueLength, consumed) {
      const { decodeTree } = this;
      this.emitCodePoint(valueLength === 1 ? decodeTree[result] & ~(BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13) : decodeTree[result + 1], consumed);
      if (valueLength === 3) {
        this.emitCodePoint(decodeTree[result + 2], consumed);
      }
      return consumed;
    }
    /**
     * Signal to the parser that the end of the input was reached.
     *
     * Remaining data will be emitted and relevant errors will be produced.
     *
     * @returns The number of characters consumed.
     */
    end() {
      var _a3;
      switch (this.state) {
        case EntityDecoderState.NamedEntity: {
          return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
        }
        // Otherwise, emit a numeric entity if we have one.
        case EntityDecoderState.NumericDecimal: {
          return this.emitNumericEntity(0, 2);
        }
        case EntityDecoderState.NumericHex: {
          return this.emitNumericEntity(0, 3);
        }
        case EntityDecoderState.NumericStart: {
          (_a3 = this.errors) === null || _a3 === void 0 ? void 0 : _a3.absenceOfDigitsInNumericCharacterReference(this.consumed);
          return 0;
        }
        case EntityDecoderState.EntityStart: {
          return 0;
        }
      }
    }
  };
  function determineBranch(decodeTree, current, nodeIndex, char) {
    const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
    const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
    if (branchCount === 0) {
      return jumpOffset !== 0 && char === jumpOffset ? nodeIndex : -1;
    }
    if (jumpOffset) {
      const value = char - jumpOffset;
      return value < 0 || value >= branchCount ? -1 : decodeTree[nodeIndex + value] - 1;
    }
    const packedKeySlots = branchCount + 1 >> 1;
    let lo = 0;
    let hi = branchCount - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const slot = mid >> 1;
      const packed = decodeTree[nodeIndex + slot];
      const midKey = packed >> (mid & 1) * 8 & 255;
      if (midKey < char) {
        lo = mid + 1;
      } else if (midKey > char) {
        hi = mid - 1;
      } else {
        return decodeTree[nodeIndex + packedKeySlots + mid];
      }
    }
    return -1;
  }

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
  function isWhitespace(c2) {
    return c2 === CharCodes2.Space || c2 === CharCodes2.NewLine || c2 === CharCodes2.Tab || c2 === CharCodes2.FormFeed || c2 === CharCodes2.CarriageReturn;
  }
  function isEndOfTagSection(c2) {
    return c2 === CharCodes2.Slash || c2 === CharCodes2.Gt || isWhitespace(c2);
  }
  function isASCIIAlpha(c2) {
    return c2 >= CharCodes2.LowerA && c2 <= CharCodes2.LowerZ || c2 >= CharCodes2.UpperA && c2 <= CharCodes2.UpperZ;
  }
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
  var Tokenizer = class {
    constructor({ xmlMode = false, decodeEntities = true }, cbs) {
      this.cbs = cbs;
      this.state = State.Text;
      this.buffer = "";
      this.sectionStart = 0;
      this.index = 0;
      this.entityStart = 0;
      this.baseState = State.Text;
      this.isSpecial = false;
      this.running = true;
      this.offset = 0;
      this.currentSequence = void 0;
      this.sequenceIndex = 0;
      this.xmlMode = xmlMode;
      this.decodeEntities = decodeEntities;
      this.entityDecoder = new EntityDecoder(xmlMode ? xmlDecodeTree : htmlDecodeTree, (cp, consumed) => this.emitCodePoint(cp, consumed));
    }
    reset() {
      this.state = State.Text;
      this.buffer = "";
      this.sectionStart = 0;
      this.index = 0;
      this.baseState = State.Text;
      this.currentSequence = void 0;
      this.running = true;
      this.offset = 0;
    }
    write(chunk) {
      this.offset += this.buffer.length;
      this.buffer = chunk;
      this.parse();
    }
    end() {
      if (this.running)
        this.finish();
    }
    pause() {
      this.running = false;
    }
    resume() {
      this.running = true;
      if (this.index < this.buffer.length + this.offset) {
        this.parse();
      }
    }
    stateText(c2) {
      if (c2 === CharCodes2.Lt || !this.decodeEntities && this.fastForwardTo(CharCodes2.Lt)) {
        if (this.index > this.sectionStart) {
          this.cbs.ontext(this.sectionStart, this.index);
        }
        this.state = State.BeforeTagName;
        this.sectionStart = this.index;
      } else if (this.decodeEntities && c2 === CharCodes2.Amp) {
        this.startEntity();
      }
    }
    stateSpecialStartSequence(c2) {
      const isEnd = this.sequenceIndex === this.currentSequence.length;
      const isMatch = isEnd ? (
        // If we are at the end of the sequence, make sure the tag name has ended
        isEndOfTagSection(c2)
      ) : (
        // Otherwise, do a case-insensitive comparison
        (c2 | 32) === this.currentSequence[this.sequenceIndex]
      );
      if (!isMatch) {
        this.isSpecial = false;
      } else if (!isEnd) {
        this.sequenceIndex++;
        return;
      }
      this.sequenceIndex = 0;
      this.state = State.InTagName;
      this.stateInTagName(c2);
    }
    /** Look for an end tag. For <title> tags, also decode entities. */
    stateInSpecialTag(c2) {
      if (this.sequenceIndex === this.currentSequence.length) {
        if (c2 === CharCodes2.Gt || isWhitespace(c2)) {
          const endOfText = this.index - this.currentSequence.length;
          if (this.sectionStart < endOfText) {
            const actualIndex = this.index;
            this.index = endOfText;
            this.cbs.ontext(this.sectionStart, endOfText);
            this.index = actualIndex;
          }
          this.isSpecial = false;
          this.sectionStart = endOfText + 2;
          this.stateInClosingTagName(c2);
          return;
        }
        this.sequenceIndex = 0;
      }
      if ((c2 | 32) === this.currentSequence[this.sequenceIndex]) {
        this.sequenceIndex += 1;
      } else if (this.sequenceIndex === 0) {
        if (this.currentSequence === Sequences.TitleEnd) {
          if (this.decodeEntities && c2 === CharCodes2.Amp) {
            this.startEntity();
          }
        } else if (this.fastForwardTo(CharCodes2.Lt)) {
          this.sequenceIndex = 1;
        }
      } else {
        this.sequenceIndex = Number(c2 === CharCodes2.Lt);
      }
    }
    stateCDATASequence(c2) {
      if (c2 === Sequences.Cdata[this.sequenceIndex]) {
        if (++this.sequenceIndex === Sequences.Cdata.length) {
          this.state = State.InCommentLike;
          this.currentSequence = Sequences.CdataEnd;
          this.sequenceIndex = 0;
          this.sectionStart = this.index + 1;
        }
      } else {
        this.sequenceIndex = 0;
        this.state = State.InDeclaration;
        this.stateInDeclaration(c2);
      }
    }
    /**
     * When we wait for one specific character, we can speed things up
     * by skipping through the buffer until we find it.
     *
     * @returns Whether the character was found.
     */
    fastForwardTo(c2) {
      while (++this.index < this.buffer.length + this.offset) {
        if (this.buffer.charCodeAt(this.index - this.offset) === c2) {
          return true;
        }
      }
      this.index = this.buffer.length + this.offset - 1;
      return false;
    }
    /**
     * Comments and CDATA end with `-->` and `]]>`.
     *
     * Their common qualities are:
     * - Their end sequences have a distinct character they start with.
     * - That character is then repeated, so we have to check multiple repeats.
     * - All characters but the start character of the sequence can be skipped.
     */
    stateInCommentLike(c2) {
      if (c2 === this.currentSequence[this.sequenceIndex]) {
        if (++this.sequenceIndex === this.currentSequence.length) {
          if (this.currentSequence === Sequences.CdataEnd) {
            this.cbs.oncdata(this.sectionStart, this.index, 2);
          } else {
            this.cbs.oncomment(this.sectionStart, this.index, 2);
          }
          this.sequenceIndex = 0;
          this.sectionStart = this.index + 1;
          this.state = State.Text;
        }
      } else if (this.sequenceIndex === 0) {
        if (this.fastForwardTo(this.currentSequence[0])) {
          this.sequenceIndex = 1;
        }
      } else if (c2 !== this.currentSequence[this.sequenceIndex - 1]) {
        this.sequenceIndex = 0;
      }
    }
    /**
     * HTML only allows ASCII alpha characters (a-z and A-Z) at the beginning of a tag name.
     *
     * XML allows a lot more characters here (@see https://www.w3.org/TR/REC-xml/#NT-NameStartChar).
     * We allow anything that wouldn't end the tag.
     */
    isTagStartChar(c2) {
      return this.xmlMode ? !isEndOfTagSection(c2) : isASCIIAlpha(c2);
    }
    startSpecial(sequence, offset) {
      this.isSpecial = true;
      this.currentSequence = sequence;
      this.sequenceIndex = offset;
      this.state = State.SpecialStartSequence;
    }
    stateBeforeTagName(c2) {
      if (c2 === CharCodes2.ExclamationMark) {
        this.state = State.BeforeDeclaration;
        this.sectionStart = this.index + 1;
      } else if (c2 === CharCodes2.Questionmark) {
        this.state = State.InProcessingInstruction;
        this.sectionStart = this.index + 1;
      } else if (this.isTagStartChar(c2)) {
        const lower = c2 | 32;
        this.sectionStart = this.index;
        if (this.xmlMode) {
          this.state = State.InTagName;
        } else if (lower === Sequences.ScriptEnd[2]) {
          this.state = State.BeforeSpecialS;
        } else if (lower === Sequences.TitleEnd[2] || lower === Sequences.XmpEnd[2]) {
          this.state = State.BeforeSpecialT;
        } else {
          this.state = State.InTagName;
        }
      } else if (c2 === CharCodes2.Slash) {
        this.state = State.BeforeClosingTagName;
      } else {
        this.state = State.Text;
        this.stateText(c2);
      }
    }
    stateInTagName(c2) {
      if (isEndOfTagSection(c2)) {
        this.cbs.onopentagname(this.sectionStart, this.index);
        this.sectionStart = -1;
        this.state = State.BeforeAttributeName;
        this.stateBeforeAttributeName(c2);
      }
    }
    stateBeforeClosingTagName(c2) {
      if (isWhitespace(c2)) {
      } else if (c2 === CharCodes2.Gt) {
        this.state = State.Text;
      } else {
        this.state = this.isTagStartChar(c2) ? State.InClosingTagName : State.InSpecialComment;
        this.sectionStart = this.index;
      }
    }
    stateInClosingTagName(c2) {
      if (c2 === CharCodes2.Gt || isWhitespace(c2)) {
        this.cbs.onclosetag(this.sectionStart, this.index);
        this.sectionStart = -1;
        this.state = State.AfterClosingTagName;
        this.stateAfterClosingTagName(c2);
      }
    }
    stateAfterClosingTagName(c2) {
      if (c2 === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
        this.state = State.Text;
        this.sectionStart = this.index + 1;
      }
    }
    stateBeforeAttributeName(c2) {
      if (c2 === CharCodes2.Gt) {
        this.cbs.onopentagend(this.index);
        if (this.isSpecial) {
          this.state = State.InSpecialTag;
          this.sequenceIndex = 0;
        } else {
          this.state = State.Text;
        }
        this.sectionStart = this.index + 1;
      } else if (c2 === CharCodes2.Slash) {
        this.state = State.InSelfClosingTag;
      } else if (!isWhitespace(c2)) {
        this.state = State.InAttributeName;
        this.sectionStart = this.index;
      }
    }
    stateInSelfClosingTag(c2) {
      if (c2 === CharCodes2.Gt) {
        this.cbs.onselfclosingtag(this.index);
        this.state = State.Text;
        this.sectionStart = this.index + 1;
        this.isSpecial = false;
      } else if (!isWhitespace(c2)) {
        this.state = State.BeforeAttributeName;
        this.stateBeforeAttributeName(c2);
      }
    }
    stateInAttributeName(c2) {
      if (c2 === CharCodes2.Eq || isEndOfTagSection(c2)) {
        this.cbs.onattribname(this.sectionStart, this.index);
        this.sectionStart = this.index;
        this.state = State.AfterAttributeName;
        this.stateAfterAttributeName(c2);
      }
    }
    stateAfterAttributeName(c2) {
      if (c2 === CharCodes2.Eq) {
        this.state = State.BeforeAttributeValue;
      } else if (c2 === CharCodes2.Slash || c2 === CharCodes2.Gt) {
        this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
        this.sectionStart = -1;
        this.state = State.BeforeAttributeName;
        this.stateBeforeAttributeName(c2);
      } else if (!isWhitespace(c2)) {
        this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
        this.state = State.InAttributeName;
        this.sectionStart = this.index;
      }
    }
    stateBeforeAttributeValue(c2) {
      if (c2 === CharCodes2.DoubleQuote) {
        this.state = State.InAttributeValueDq;
        this.sectionStart = this.index + 1;
      } else if (c2 === CharCodes2.SingleQuote) {
        this.state = State.InAttributeValueSq;
        this.sectionStart = this.index + 1;
      } else if (!isWhitespace(c2)) {
        this.sectionStart = this.index;
        this.state = State.InAttributeValueNq;
        this.stateInAttributeValueNoQuotes(c2);
      }
    }
    handleInAttributeValue(c2, quote) {
      if (c2 === quote || !this.decodeEntities && this.fastForwardTo(quote)) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = -1;
        this.cbs.onattribend(quote === CharCodes2.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
        this.state = State.BeforeAttributeName;
      } else if (this.decodeEntities && c2 === CharCodes2.Amp) {
        this.startEntity();
      }
    }
    stateInAttributeValueDoubleQuotes(c2) {
      this.handleInAttributeValue(c2, CharCodes2.DoubleQuote);
    }
    stateInAttributeValueSingleQuotes(c2) {
      this.handleInAttributeValue(c2, CharCodes2.SingleQuote);
    }
    stateInAttributeValueNoQuotes(c2) {
      if (isWhitespace(c2) || c2 === CharCodes2.Gt) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = -1;
        this.cbs.onattribend(QuoteType.Unquoted, this.index);
        this.state = State.BeforeAttributeName;
        this.stateBeforeAttributeName(c2);
      } else if (this.decodeEntities && c2 === CharCodes2.Amp) {
        this.startEntity();
      }
    }
    stateBeforeDeclaration(c2) {
      if (c2 === CharCodes2.OpeningSquareBracket) {
        this.state = State.CDATASequence;
        this.sequenceIndex = 0;
      } else {
        this.state = c2 === CharCodes2.Dash ? State.BeforeComment : State.InDeclaration;
      }
    }
    stateInDeclaration(c2) {
      if (c2 === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
        this.cbs.ondeclaration(this.sectionStart, this.index);
        this.state = State.Text;
        this.sectionStart = this.index + 1;
      }
    }
    stateInProcessingInstruction(c2) {
      if (c2 === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
        this.cbs.onprocessinginstruction(this.sectionStart, this.index);
        this.state = State.Text;
        this.sectionStart = this.index + 1;
      }
    }
    stateBeforeComment(c2) {
      if (c2 === CharCodes2.Dash) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CommentEnd;
        this.sequenceIndex = 2;
        this.sectionStart = this.index + 1;
      } else {
        this.state = State.InDeclaration;
      }
    }
    stateInSpecialComment(c2) {
      if (c2 === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
        this.cbs.oncomment(this.sectionStart, this.index, 0);
        this.state = State.Text;
        this.sectionStart = this.index + 1;
      }
    }
    stateBeforeSpecialS(c2) {
      const lower = c2 | 32;
      if (lower === Sequences.ScriptEnd[3]) {
        this.startSpecial(Sequences.ScriptEnd, 4);
      } else if (lower === Sequences.StyleEnd[3]) {
        this.startSpecial(Sequences.StyleEnd, 4);
      } else {
        this.state = State.InTagName;
        this.stateInTagName(c2);
      }
    }
    stateBeforeSpecialT(c2) {
      const lower = c2 | 32;
      switch (lower) {
        case Sequences.TitleEnd[3]: {
          this.startSpecial(Sequences.TitleEnd, 4);
          break;
        }
        case Sequences.TextareaEnd[3]: {
          this.startSpecial(Sequences.TextareaEnd, 4);
          break;
        }
        case Sequences.XmpEnd[3]: {
          this.startSpecial(Sequences.XmpEnd, 4);
          break;
        }
        default: {
          this.state = State.InTagName;
          this.stateInTagName(c2);
        }
      }
    }
    startEntity() {
      this.baseState = this.state;
      this.state = State.InEntity;
      this.entityStart = this.index;
      this.entityDecoder.startEntity(this.xmlMode ? DecodingMode.Strict : this.baseState === State.Text || this.baseState === State.InSpecialTag ? DecodingMode.Legacy : DecodingMode.Attribute);
    }
    stateInEntity() {
      const indexInBuffer = this.index - this.offset;
      const length = this.entityDecoder.write(this.buffer, indexInBuffer);
      if (length >= 0) {
        this.state = this.baseState;
        if (length === 0) {
          this.index -= 1;
        }
      } else {
        if (indexInBuffer < this.buffer.length && this.buffer.charCodeAt(indexInBuffer) === CharCodes2.Amp) {
          this.state = this.baseState;
          this.index -= 1;
          return;
        }
        this.index = this.offset + this.buffer.length - 1;
      }
    }
    /**
     * Remove data that has already been consumed from the buffer.
     */
    cleanup() {
      if (this.running && this.sectionStart !== this.index) {
        if (this.state === State.Text || this.state === State.InSpecialTag && this.sequenceIndex === 0) {
          this.cbs.ontext(this.sectionStart, this.index);
          this.sectionStart = this.index;
        } else if (this.state === State.InAttributeValueDq || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueNq) {
          this.cbs.onattribdata(this.sectionStart, this.index);
          this.sectionStart = this.index;
        }
      }
    }
    shouldContinue() {
      return this.index < this.buffer.length + this.offset && this.running;
    }
    /**
     * Iterates through the buffer, calling the function corresponding to the current state.
     *
     * States that are more likely to be hit are higher up, as a performance improvement.
     */
    parse() {
      while (this.shouldContinue()) {
        const c2 = this.buffer.charCodeAt(this.index - this.offset);
        switch (this.state) {
          case State.Text: {
            this.stateText(c2);
            break;
          }
          case State.SpecialStartSequence: {
            this.stateSpecialStartSequence(c2);
            break;
          }
          case State.InSpecialTag: {
            this.stateInSpecialTag(c2);
            break;
          }
          case State.CDATASequence: {
            this.stateCDATASequence(c2);
            break;
          }
          case State.InAttributeValueDq: {
            this.stateInAttributeValueDoubleQuotes(c2);
            break;
          }
          case State.InAttributeName: {
            this.stateInAttributeName(c2);
            break;
          }
          case State.InCommentLike: {
            this.stateInCommentLike(c2);
            break;
          }
          case State.InSpecialComment: {
            this.stateInSpecialComment(c2);
            break;
          }
          case State.BeforeAttributeName: {
            this.stateBeforeAttributeName(c2);
            break;
          }
          case State.InTagName: {
            this.stateInTagName(c2);
            break;
          }
          case State.InClosingTagName: {
            this.stateInClosingTagName(c2);
            break;
          }
          case State.BeforeTagName: {
            this.stateBeforeTagName(c2);
            break;
          }
          case State.AfterAttributeName: {
            this.stateAfterAttributeName(c2);
            break;
          }
          case State.InAttributeValueSq: {
            this.stateInAttributeValueSingleQuotes(c2);
            break;
          }
          case State.BeforeAttributeValue: {
            this.stateBeforeAttributeValue(c2);
            break;
          }
          case State.BeforeClosingTagName: {
            this.stateBeforeClosingTagName(c2);
            break;
          }
          case State.AfterClosingTagName: {
            this.stateAfterClosingTagName(c2);
            break;
          }
          case State.BeforeSpecialS: {
            this.stateBeforeSpecialS(c2);
            break;
          }
          case State.BeforeSpecialT: {
            this.stateBeforeSpecialT(c2);
            break;
          }
          case State.InAttributeValueNq: {
            this.stateInAttributeValueNoQuotes(c2);
            break;
          }
          case State.InSelfClosingTag: {
            this.stateInSelfClosingTag(c2);
            break;
          }
          case State.InDeclaration: {
            this.stateInDeclaration(c2);
            break;
          }
          case State.BeforeDeclaration: {
            this.stateBeforeDeclaration(c2);
            break;
          }
          case State.BeforeComment: {
            this.stateBeforeComment(c2);
            break;
          }
          case State.InProcessingInstruction: {
            this.stateInProcessingInstruction(c2);
            break;
          }
          case State.InEntity: {
            this.stateInEntity();
            break;
          }
        }
        this.index++;
      }
      this.cleanup();
    }
    finish() {
      if (this.state === State.InEntity) {
        this.entityDecoder.end();
        this.state = this.baseState;
      }
      this.handleTrailingData();
      this.cbs.onend();
    }
    /** Handle any trailing data. */
    handleTrailingData() {
      const endIndex = this.buffer.length + this.offset;
      if (this.sectionStart >= endIndex) {
        return;
      }
      if (this.state === State.InCommentLike) {
        if (this.currentSequence === Sequences.CdataEnd) {
          this.cbs.oncdata(this.sectionStart, endIndex, 0);
        } else {
          this.cbs.oncomment(this.sectionStart, endIndex, 0);
        }
      } else if (this.state === State.InTagName || this.state === State.BeforeAttributeName || this.state === State.BeforeAttributeValue || this.state === State.AfterAttributeName || this.state === State.InAttributeName || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueDq || this.state === State.InAttributeValueNq || this.state === State.InClosingTagName) {
      } else {
        this.cbs.ontext(this.sectionStart, endIndex);
      }
    }
    emitCodePoint(cp, consumed) {
      if (this.baseState !== State.Text && this.baseState !== State.InSpecialTag) {
        if (this.sectionStart < this.entityStart) {
          this.cbs.onattribdata(this.sectionStart, this.entityStart);
        }
        this.sectionStart = this.entityStart + consumed;
        this.index = this.sectionStart - 1;
        this.cbs.onattribentity(cp);
      } else {
        if (this.sectionStart < this.entityStart) {
          this.cbs.ontext(this.sectionStart, this.entityStart);
        }
        this.sectionStart = this.entityStart + consumed;
        this.index = this.sectionStart - 1;
        this.cbs.ontextentity(cp, this.sectionStart);
      }
    }
  };

  // node_modules/htmlparser2/dist/esm/Parser.js
  var formTags = /* @__PURE__ */ new Set([
    "input",
    "option",
    "optgroup",
    "select",
    "button",
    "datalist",
    "textarea"
  ]);
  var pTag = /* @__PURE__ */ new Set(["p"]);
  var tableSectionTags = /* @__PURE__ */ new Set(["thead", "tbody"]);
  var ddtTags = /* @__PURE__ */ new Set(["dd", "dt"]);
  var rtpTags = /* @__PURE__ */ new Set(["rt", "rp"]);
  var openImpliesClose = /* @__PURE__ */ new Map([
    ["tr", /* @__PURE__ */ new Set(["tr", "th", "td"])],
    ["th", /* @__PURE__ */ new Set(["th"])],
    ["td", /* @__PURE__ */ new Set(["thead", "th", "td"])],
    ["body", /* @__PURE__ */ new Set(["head", "link", "script"])],
    ["li", /* @__PURE__ */ new Set(["li"])],
    ["p", pTag],
    ["h1", pTag],
    ["h2", pTag],
    ["h3", pTag],
    ["h4", pTag],
    ["h5", pTag],
    ["h6", pTag],
    ["select", formTags],
    ["input", formTags],
    ["output", formTags],
    ["button", formTags],
    ["datalist", formTags],
    ["textarea", formTags],
    ["option", /* @__PURE__ */ new Set(["option"])],
    ["optgroup", /* @__PURE__ */ new Set(["optgroup", "option"])],
    ["dd", ddtTags],
    ["dt", ddtTags],
    ["address", pTag],
    ["article", pTag],
    ["aside", pTag],
    ["blockquote", pTag],
    ["details", pTag],
    ["div", pTag],
    ["dl", pTag],
    ["fieldset", pTag],
    ["figcaption", pTag],
    ["figure", pTag],
    ["footer", pTag],
    ["form", pTag],
    ["header", pTag],
    ["hr", pTag],
    ["main", pTag],
    ["nav", pTag],
    ["ol", pTag],
    ["pre", pTag],
    ["section", pTag],
    ["table", pTag],
    ["ul", pTag],
    ["rt", rtpTags],
    ["rp", rtpTags],
    ["tbody", tableSectionTags],
    ["tfoot", tableSectionTags]
  ]);
  var voidElements = /* @__PURE__ */ new Set([
    "area",
    "base",
    "basefont",
    "br",
    "col",
    "command",
    "embed",
    "frame",
    "hr",
    "img",
    "input",
    "isindex",
    "keygen",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr"
  ]);
  var foreignContextElements = /* @__PURE__ */ new Set(["math", "svg"]);
  var htmlIntegrationElements = /* @__PURE__ */ new Set([
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "annotation-xml",
    "foreignobject",
    "desc",
    "title"
  ]);
  var reNameEnd = /\s|\//;
  var Parser = class {
    constructor(cbs, options = {}) {
      var _a3, _b2, _c, _d, _e, _f;
      this.options = options;
      this.startIndex = 0;
      this.endIndex = 0;
      this.openTagStart = 0;
      this.tagname = "";
      this.attribname = "";
      this.attribvalue = "";
      this.attribs = null;
      this.stack = [];
      this.buffers = [];
      this.bufferOffset = 0;
      this.writeIndex = 0;
      this.ended = false;
      this.cbs = cbs !== null && cbs !== void 0 ? cbs : {};
      this.htmlMode = !this.options.xmlMode;
      this.lowerCaseTagNames = (_a3 = options.lowerCaseTags) !== null && _a3 !== void 0 ? _a3 : this.htmlMode;
      this.lowerCaseAttributeNames = (_b2 = options.lowerCaseAttributeNames) !== null && _b2 !== void 0 ? _b2 : this.htmlMode;
      this.recognizeSelfClosing = (_c = options.recognizeSelfClosing) !== null && _c !== void 0 ? _c : !this.htmlMode;
      this.tokenizer = new ((_d = options.Tokenizer) !== null && _d !== void 0 ? _d : Tokenizer)(this.options, this);
      this.foreignContext = [!this.htmlMode];
      (_f = (_e = this.cbs).onparserinit) === null || _f === void 0 ? void 0 : _f.call(_e, this);
    }
    // Tokenizer event handlers
    /** @internal */
    ontext(start, endIndex) {
      var _a3, _b2;
      const data = this.getSlice(start, endIndex);
      this.endIndex = endIndex - 1;
      (_b2 = (_a3 = this.cbs).ontext) === null || _b2 === void 0 ? void 0 : _b2.call(_a3, data);
      this.startIndex = endIndex;
    }
    /** @internal */
    ontextentity(cp, endIndex) {
      var _a3, _b2;
      this.endIndex = endIndex - 1;
      (_b2 = (_a3 = this.cbs).ontext) === null || _b2 === void 0 ? void 0 : _b2.call(_a3, fromCodePoint(cp));
      this.startIndex = endIndex;
    }
    /**
     * Checks if the current tag is a void element. Override this if you want
     * to specify your own additional void elements.
     */
    isVoidElement(name) {
      return this.htmlMode && voidElements.has(name);
    }
    /** @internal */
    onopentagname(start, endIndex) {
      this.endIndex = endIndex;
      let name = this.getSlice(start, endIndex);
      if (this.lowerCaseTagNames) {
        name = name.toLowerCase();
      }
      this.emitOpenTag(name);
    }
    emitOpenTag(name) {
      var _a3, _b2, _c, _d;
      this.openTagStart = this.startIndex;
      this.tagname = name;
      const impliesClose = this.htmlMode && openImpliesClose.get(name);
      if (impliesClose) {
        while (this.stack.length > 0 && impliesClose.has(this.stack[0])) {
          const element = this.stack.shift();
          (_b2 = (_a3 = this.cbs).onclosetag) === null || _b2 === void 0 ? void 0 : _b2.call(_a3, element, true);
        }
      }
      if (!this.isVoidElement(name)) {
        this.stack.unshift(name);
        if (this.htmlMode) {
          if (foreignContextElements.has(name)) {
            this.foreignContext.unshift(true);
          } else if (htmlIntegrationElements.has(name)) {
            this.foreignContext.unshift(false);
          }
        }
      }
      (_d = (_c = this.cbs).onopentagname) === null || _d === void 0 ? void 0 : _d.call(_c, name);
      if (this.cbs.onopentag)
        this.attribs = {};
    }
    endOpenTag(isImplied) {
      var _a3, _b2;
      this.startIndex = this.openTagStart;
      if (this.attribs) {
        (_b2 = (_a3 = this.cbs).onopentag) === null || _b2 === void 0 ? void 0 : _b2.call(_a3, this.tagname, this.attribs, isImplied);
        this.attribs = null;
      }
      if (this.cbs.onclosetag && this.isVoidElement(this.tagname)) {
        this.cbs.onclosetag(this.tagname, true);
      }
      this.tagname = "";
    }
    /** @internal */
    onopentagend(endIndex) {
      this.endIndex = endIndex;
      this.endOpenTag(false);
      this.startIndex = endIndex + 1;
    }
    /** @internal */
    onclosetag(start, endIndex) {
      var _a3, _b2, _c, _d, _e, _f, _g, _h;
      this.endIndex = endIndex;
      let name = this.getSlice(start, endIndex);
      if (this.lowerCaseTagNames) {
        name = name.toLowerCase();
      }
      if (this.htmlMode && (foreignContextElements.has(name) || htmlIntegrationElements.has(name))) {
        this.foreignContext.shift();
      }
      if (!this.isVoidElement(name)) {
        const pos = this.stack.indexOf(name);
        if (pos !== -1) {
          for (let index = 0; index <= pos; index++) {
            const element = this.stack.shift();
            (_b2 = (_a3 = this.cbs).onclosetag) === null || _b2 === void 0 ? void 0 : _b2.call(_a3, element, index !== pos);
          }
        } else if (this.htmlMode && name === "p") {
          this.emitOpenTag("p");
          this.closeCurrentTag(true);
        }
      } else if (this.htmlMode && name === "br") {
        (_d = (_c = this.cbs).onopentagname) === null || _d === void 0 ? void 0 : _d.call(_c, "br");
        (_f = (_e = this.cbs).onopentag) === null || _f === void 0 ? void 0 : _f.call(_e, "br", {}, true);
        (_h = (_g = this.cbs).onclosetag) === null || _h === void 0 ? void 0 : _h.call(_g, "br", false);
      }
      this.startIndex = endIndex + 1;
    }
    /** @internal */
    onselfclosingtag(endIndex) {
      this.endIndex = endIndex;
      if (this.recognizeSelfClosing || this.foreignContext[0]) {
        this.closeCurrentTag(false);
        this.startIndex = endIndex + 1;
      } else {
        this.onopentagend(endIndex);
      }
    }
    closeCurrentTag(isOpenImplied) {
      var _a3, _b2;
      const name = this.tagname;
      this.endOpenTag(isOpenImplied);
      if (this.stack[0] === name) {
        (_b2 = (_a3 = this.cbs).onclosetag) === null || _b2 === void 0 ? void 0 : _b2.call(_a3, name, !isOpenImplied);
        this.stack.shift();
      }
    }
    /** @internal */
    onattribname(start, endIndex) {
      this.startIndex = start;
      const name = this.getSlice(start, endIndex);
      this.attribname = this.lowerCaseAttributeNames ? name.toLowerCase() : name;
    }
    /** @internal */
    onattribdata(start, endIndex) {
      this.attribvalue += this.getSlice(start, endIndex);
    }
    /** @internal */
    onattribentity(cp) {
      this.attribvalue += fromCodePoint(cp);
    }
    /** @internal */
    onattribend(quote, endIndex) {
      var _a3, _b2;
      this.endIndex = endIndex;
      (_b2 = (_a3 = this.cbs).onattribute) === null || _b2 === void 0 ? void 0 : _b2.call(_a3, this.attribname, this.attribvalue, quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : quote === QuoteType.NoValue ? void 0 : null);
      if (this.attribs && !Object.prototype.hasOwnProperty.call(this.attribs, this.attribname)) {
        this.attribs[this.attribname] = this.attribvalue;
      }
      this.attribvalue = "";
    }
    getInstructionName(value) {
      const index = value.search(reNameEnd);
      let name = index < 0 ? value : value.substr(0, index);
      if (this.lowerCaseTagNames) {
        name = name.toLowerCase();
      }
      return name;
    }
    /** @internal */
    ondeclaration(start, endIndex) {
      this.endIndex = endIndex;
      const value = this.getSlice(start, endIndex);
      if (this.cbs.onprocessinginstruction) {
        const name = this.getInstructionName(value);
        this.cbs.onprocessinginstruction(`!${name}`, `!${value}`);
      }
      this.startIndex = endIndex + 1;
    }
    /** @internal */
    onprocessinginstruction(start, endIndex) {
      this.endIndex = endIndex;
      const value = this.getSlice(start, endIndex);
      if (this.cbs.onprocessinginstruction) {
        const name = this.getInstructionName(value);
        this.cbs.onprocessinginstruction(`?${name}`, `?${value}`);
      }
      this.startIndex = endIndex + 1;
    }
    /** @internal */
    oncomment(start, endIndex, offset) {
      var _a3, _b2, _c, _d;
      this.endIndex = endIndex;
      (_b2 = (_a3 = this.cbs).oncomment) === null || _b2 === void 0 ? void 0 : _b2.call(_a3, this.getSlice(start, endIndex - offset));
      (_d = (_c = this.cbs).oncommentend) === null || _d === void 0 ? void 0 : _d.call(_c);
      this.startIndex = endIndex + 1;
    }
    /** @internal */
    oncdata(start, endIndex, offset) {
      var _a3, _b2, _c, _d, _e, _f, _g, _h, _j, _k;
      this.endIndex = endIndex;
      const value = this.getSlice(start, endIndex - offset);
      if (!this.htmlMode || this.options.recognizeCDATA) {
        (_b2 = (_a3 = this.cbs).oncdatastart) === null || _b2 === void 0 ? void 0 : _b2.call(_a3);
        (_d = (_c = this.cbs).ontext) === null || _d === void 0 ? void 0 : _d.call(_c, value);
        (_f = (_e = this.cbs).oncdataend) === null || _f === void 0 ? void 0 : _f.call(_e);
      } else {
        (_h = (_g = this.cbs).oncomment) === null || _h === void 0 ? void 0 : _h.call(_g, `[CDATA[${value}]]`);
        (_k = (_j = this.cbs).oncommentend) === null || _k === void 0 ? void 0 : _k.call(_j);
      }
      this.startIndex = endIndex + 1;
    }
    /** @internal */
    onend() {
      var _a3, _b2;
      if (this.cbs.onclosetag) {
        this.endIndex = this.startIndex;
        for (let index = 0; index < this.stack.length; index++) {
          this.cbs.onclosetag(this.stack[index], true);
        }
      }
      (_b2 = (_a3 = this.cbs).onend) === null || _b2 === void 0 ? void 0 : _b2.call(_a3);
    }
    /**
     * Resets the parser to a blank state, ready to parse a new HTML document
     */
    reset() {
      var _a3, _b2, _c, _d;
      (_b2 = (_a3 = this.cbs).onreset) === null || _b2 === void 0 ? void 0 : _b2.call(_a3);
      this.tokenizer.reset();
      this.tagname = "";
      this.attribname = "";
      this.attribs = null;
      this.stack.length = 0;
      this.startIndex = 0;
      this.endIndex = 0;
      (_d = (_c = this.cbs).onparserinit) === null || _d === void 0 ? void 0 : _d.call(_c, this);
      this.buffers.length = 0;
      this.foreignContext.length = 0;
      this.foreignContext.unshift(!this.htmlMode);
      this.bufferOffset = 0;
      this.writeIndex = 0;
      this.ended = false;
    }
    /**
     * Resets the parser, then parses a complete document and
     * pushes it to the handler.
     *
     * @param data Document to parse.
     */
    parseComplete(data) {
      this.reset();
      this.end(data);
    }
    getSlice(start, end) {
      while (start - this.bufferOffset >= this.buffers[0].length) {
        this.shiftBuffer();
      }
      let slice = this.buffers[0].slice(start - this.bufferOffset, end - this.bufferOffset);
      while (end - this.bufferOffset > this.buffers[0].length) {
        this.shiftBuffer();
        slice += this.buffers[0].slice(0, end - this.bufferOffset);
      }
      return slice;
    }
    shiftBuffer() {
      this.bufferOffset += this.buffers[0].length;
      this.writeIndex--;
      this.buffers.shift();
    }
    /**
     * Parses a chunk of data and calls the corresponding callbacks.
     *
     * @param chunk Chunk to parse.
     */
    write(chunk) {
      var _a3, _b2;
      if (this.ended) {
        (_b2 = (_a3 = this.cbs).onerror) === null || _b2 === void 0 ? void 0 : _b2.call(_a3, new Error(".write() after done!"));
        return;
      }
      this.buffers.push(chunk);
      if (this.tokenizer.running) {
        this.tokenizer.write(chunk);
        this.writeIndex++;
      }
    }
    /**
     * Parses the end of the buffer and clears the stack, calls onend.
     *
     * @param chunk Optional final chunk to parse.
     */
    end(chunk) {
      var _a3, _b2;
      if (this.ended) {
        (_b2 = (_a3 = this.cbs).onerror) === null || _b2 === void 0 ? void 0 : _b2.call(_a3, new Error(".end() after done!"));
        return;
      }
      if (chunk)
        this.write(chunk);
      this.ended = true;
      this.tokenizer.end();
    }
    /**
     * Pauses parsing. The parser won't emit events until `resume` is called.
     */
    pause() {
      this.tokenizer.pause();
    }
    /**
     * Resumes parsing after `pause` was called.
     */
    resume() {
      this.tokenizer.resume();
      while (this.tokenizer.running && this.writeIndex < this.buffers.length) {
        this.tokenizer.write(this.buffers[this.writeIndex++]);
      }
      if (this.ended)
        this.tokenizer.end();
    }
    /**
     * Alias of `write`, for backwards compatibility.
     *
     * @param chunk Chunk to parse.
     * @deprecated
     */
    parseChunk(chunk) {
      this.write(chunk);
    }
    /**
     * Alias of `end`, for backwards compatibility.
     *
     * @param chunk Optional final chunk to parse.
     * @deprecated
     */
    done(chunk) {
      this.end(chunk);
    }
  };

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
  var SKIP = /* @__PURE__ */ new Set(["script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "aside", "form", "button", "select", "option", "input", "textarea", "head", "menu", "object", "embed", "canvas", "video", "audio", "figure", "picture", "img"]);
  var BLOCK = /* @__PURE__ */ new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "tr", "td", "th", "table", "section", "article", "main", "header", "dd", "dt", "dl", "pre", "center", "address", "hr", "br", "body", "tbody", "thead", "caption", "figcaption"]);
  var FURNITURE = /^(?:nav|navbar|navigation|menu|menubar|footer|sidebar|side-bar|breadcrumbs?|crumbs|share|sharing|social|cookies?|banner|related|comments?|advert|ads|promo|subscribe|newsletter|skip|lang|langs|language|languages|search|pagination|pager|toolbar|print|modal|popup|tags|widget|masthead|topbar|topline|site-header|tooltip|small_tooltip|hidden|visually-hidden|sr-only|screen-reader-text)(?:$|[_-])/i;
  var LEAD = /(?:^|\s)(?:[\w-]*__)?(?:lead|standfirst|entry-summary|summary|dek|subtitle|teaser)(?:$|\s)/i;
  function parseTree(html) {
    const root = { type: "tag", name: "root", attribs: {}, children: [], parent: null };
    let current = root;
    const parser = new Parser(
      {
        onopentag(name, attribs) {
          const el = { type: "tag", name, attribs, children: [], parent: current };
          current.children.push(el);
          current = el;
        },
        onclosetag() {
          current = current.parent ?? root;
        },
        ontext(data) {
          const last = current.children[current.children.length - 1];
          if (last?.type === "text") {
            last.data += data;
            last.endIndex = parser.endIndex;
          } else current.children.push({ type: "text", data, startIndex: parser.startIndex, endIndex: parser.endIndex, parent: current });
        }
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
    );
    parser.end(html);
    return root;
  }
  function attr(el, name) {
    return el.attribs?.[name] ?? "";
  }
  function isElement(node) {
    return node?.type === "tag";
  }
  var paragraphText = /* @__PURE__ */ new WeakMap();
  var totalParagraphText = 0;
  function measureParagraphs(root) {
    paragraphText = /* @__PURE__ */ new WeakMap();
    const measure = (el) => {
      let sum = 0;
      for (const child2 of el.children) {
        if (!isElement(child2) || child2.name === "script" || child2.name === "style") continue;
        sum += child2.name === "p" ? collapse(textOf(child2)).length : measure(child2);
      }
      paragraphText.set(el, sum);
      return sum;
    };
    totalParagraphText = measure(root);
  }
  function isFurniture(el) {
    if (SKIP.has(el.name)) return true;
    const text = paragraphText.get(el) ?? 0;
    if (text > 1500 && text >= totalParagraphText * 0.5) return false;
    const role = attr(el, "role");
    if (/^(?:navigation|banner|contentinfo|search|complementary|menu|menubar)$/i.test(role)) return true;
    if ("hidden" in (el.attribs ?? {}) || /display\s*:\s*none/i.test(attr(el, "style")) || attr(el, "aria-hidden") === "true") return true;
    return `${attr(el, "class")} ${attr(el, "id")}`.split(/\s+/).some((token) => FURNITURE.test(token) && !/print$/i.test(token));
  }
  function textOf(node) {
    if (node.type === "text") return node.data;
    if (isElement(node) && !SKIP.has(node.name)) return node.children.map(textOf).join(node.name === "br" ? " " : "");
    return "";
  }
  function collapse(text) {
    return text.replace(/[\s\u00A0\u200B\u3000]+/g, " ").trim();
  }
  function walk(node, visit) {
    if (!isElement(node)) return;
    if (visit(node) === false) return;
    for (const child2 of node.children) walk(child2, visit);
  }
  function mainElement(root) {
    const articles = [];
    walk(root, (el) => {
      if (isFurniture(el)) return false;
      if (el.name === "article" || el.name === "main" || attr(el, "role") === "main" || attr(el, "itemprop") === "articleBody") articles.push(el);
      return void 0;
    });
    const scores = /* @__PURE__ */ new Map();
    walk(root, (el) => {
      if (isFurniture(el)) return false;
      if (el.name === "p" || el.name === "br" || el.name === "pre" || el.name === "td" || el.name === "div" && el.children.every((c2) => !isElement(c2) || !BLOCK.has(c2.name) || c2.name === "br")) {
        const length = el.name === "br" ? 40 : collapse(textOf(el)).length;
        if (length < 20) return void 0;
        const parent = el.parent;
        if (parent) scores.set(parent, (scores.get(parent) ?? 0) + length);
        const grand = parent?.parent;
        if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 3);
      }
      return void 0;
    });
    const best = [...scores.entries()].sort((a2, b) => b[1] - a2[1])[0]?.[0];
    const textLength = (el) => collapse(textOf(el)).length;
    const article = articles.sort((a2, b) => textLength(b) - textLength(a2))[0];
    let main = article && (!best || textLength(article) >= textLength(best) * 0.8) ? article : best ?? root;
    for (; ; ) {
      const parent = main.parent;
      if (!parent || parent === main || textLength(parent) > textLength(main) * 1.15 + 300) break;
      main = parent;
      if (main === root) break;
    }
    return main;
  }
  function blocksOf(root, into) {
    let current = null;
    const flush = () => {
      const text = current ? collapse(current.text.join("")) : "";
      if (current && text !== "" && !(current.linked >= text.replace(/\s/g, "").length * 0.8 && current.heading === 0)) into.push(current);
      current = null;
    };
    let inLink = 0;
    const visit = (node, heading) => {
      if (node.type === "text") {
        const data = node.data;
        if (data.trim() === "" && !current) return;
        current ??= { text: [], start: node.startIndex, end: node.endIndex, heading, linked: 0 };
        current.text.push(data);
        if (inLink > 0) current.linked += data.replace(/\s/g, "").length;
        current.end = node.endIndex;
        return;
      }
      if (!isElement(node) || isFurniture(node) || LEAD.test(`${attr(node, "class")} ${attr(node, "id")}`)) return;
      const block = BLOCK.has(node.name);
      const level = /^h([1-6])$/.exec(node.name);
      if (block) flush();
      if (node.name === "a") inLink++;
      for (const child2 of node.children) visit(child2, level ? Number(level[1]) : heading);
      if (node.name === "a") inLink--;
      if (block) flush();
    };
    visit(root, 0);
    flush();
  }
  function metaContent(root, ...names) {
    let found = null;
    walk(root, (el) => {
      if (found) return false;
      if (el.name === "meta" && names.includes((attr(el, "property") || attr(el, "name") || attr(el, "itemprop")).toLowerCase())) found = attr(el, "content") || null;
      return void 0;
    });
    return found;
  }
  function htmlToLines(html) {
    const root = parseTree(html);
    measureParagraphs(root);
    const starts = lineStarts(html);
    const lineOf = (offset) => lineAt(starts, offset);
    let pageTitle = null;
    let h1 = null;
    let dateBlock = null;
    let timeDate = null;
    walk(root, (el) => {
      if (el.name === "title" && pageTitle === null) pageTitle = collapse(textOf(el)) || null;
      if (el.name === "time" && timeDate === null) timeDate = findDate(attr(el, "datetime"))?.iso ?? findDate(collapse(textOf(el)))?.iso ?? null;
      if (isFurniture(el) && el.name !== "head") return false;
      if (el.name === "h1" && !h1) {
        const blocks2 = [];
        blocksOf(el, blocks2);
        if (blocks2[0]) h1 = { ...blocks2[0], text: [blocks2.map((b) => collapse(b.text.join(""))).join(" ")], heading: 1, linked: 0 };
      }
      if (!dateBlock && /(?:^|[\s_-])(?:date|time|pubdate|published|datetime|data)(?:$|[\s_-])/i.test(`${attr(el, "class")} ${attr(el, "id")}`)) {
        const text = collapse(textOf(el));
        if (text.length <= 80 && findDate(text)) {
          const blocks2 = [];
          blocksOf(el, blocks2);
          if (blocks2[0]) dateBlock = { ...blocks2[0], text: [text], heading: 0, linked: 0 };
        }
      }
      return void 0;
    });
    const main = mainElement(root);
    const blocks = [];
    blocksOf(main, blocks);
    const first = blocks[0]?.start ?? Number.MAX_SAFE_INTEGER;
    const titleBlock = h1;
    const date = dateBlock;
    if (date && !blocks.some((b) => b.start === date.start) && date.start < first) blocks.unshift(date);
    if (titleBlock && !blocks.some((b) => b.start === titleBlock.start) && titleBlock.start < (blocks[0]?.start ?? first)) blocks.unshift(titleBlock);
    const sourceComment = /<!--\s*source(?:_url|url|)\s*:\s*(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1] ?? null;
    const sourceUrl = sourceComment ?? metaContent(root, "og:url") ?? null;
    const metaDate = metaContent(root, "article:published_time", "date", "dc.date", "datepublished", "pubdate", "publishdate");
    const lines = [];
    const startLine = [];
    const endLine = [];
    for (const block of blocks) {
      const text = collapse(block.text.join(""));
      lines.push(block.heading > 0 ? `${"#".repeat(block.heading)} ${text}` : text.replace(/^([#>])/, "\\$1"));
      startLine.push(lineOf(block.start));
      endLine.push(lineOf(Math.max(block.start, block.end)));
    }
    return {
      lines,
      startLine,
      endLine,
      sourceLineCount: starts.length,
      meta: {
        title: titleBlock ? null : pageTitle,
        date: (metaDate ? findDate(metaDate)?.iso : null) ?? timeDate,
        sourceUrl: sourceUrl && /^https?:\/\//i.test(sourceUrl) ? sourceUrl : null
      }
    };
  }

  // src/core/parser/labelReader.ts
  function labelOfLine(line) {
    if (line.label === void 0) line.label = readSpeakerLabel(line.content);
    return line.label;
  }
  var LabelReader = class {
    constructor(lines) {
      this.lines = lines;
      lines.forEach((l2, i3) => this.position.set(l2.index, i3));
      const found = [];
      for (const l2 of lines) {
        const label = l2.blank || isNoise(l2) ? null : labelOfLine(l2);
        if (label) found.push([l2.index, label]);
      }
      const uses = /* @__PURE__ */ new Map();
      for (const [, label] of found) uses.set(label.name, (uses.get(label.name) ?? 0) + 1);
      const previousEndsSentence = (index) => {
        for (let j = (this.position.get(index) ?? 0) - 1; j >= 0; j--) if (!lines[j].blank) return /[.!?…"”»)\]。！？]$/u.test(lines[j].content) || this.inline.has(lines[j].index);
        return true;
      };
      let lastKind = null;
      for (const [index, label] of found) {
        const once = label.kind === "named" && !label.name.includes(" ") && !/^\p{Script=Han}+$/u.test(label.name) && (uses.get(label.name) ?? 0) < 2 && label.name !== label.name.toUpperCase();
        if (once && (!previousEndsSentence(index) || lastKind === "question" || lastKind === "outlet")) continue;
        this.inline.set(index, label);
        lastKind = label.kind;
      }
      const alone = /* @__PURE__ */ new Map();
      lines.forEach((line, i3) => {
        if (line.blank || line.content.length > 120 || /[:：.!?…;,。]$/u.test(line.content) || this.inline.has(line.index) || line.heading > 0) return;
        if (isNoise(line) || looksLikeTitle(line.content)) return;
        const candidate = standaloneLabel(line.content);
        if (candidate && this.nextText(i3) !== null) alone.set(line.content, (alone.get(line.content) ?? 0) + 1);
      });
      for (const [content, n2] of alone) if (n2 >= 2 || isAllCaps(content) && standaloneLabel(content).kind !== "named" || isAllCaps(content) && alone.size >= 2) this.standalone.add(content);
    }
    lines;
    inline = /* @__PURE__ */ new Map();
    standalone = /* @__PURE__ */ new Set();
    position = /* @__PURE__ */ new Map();
    /** The label a line (by its index in the text) opens with, or null. */
    at(index) {
      const i3 = this.position.get(index);
      if (i3 === void 0) return null;
      return this.inline.get(index) ?? (this.standalone.has(this.lines[i3].content) ? standaloneLabel(this.lines[i3].content) : null);
    }
    /** A label whose colon stands on the next line of a hard-wrapped paragraph. */
    splitAt(index) {
      const i3 = this.position.get(index);
      if (i3 === void 0) return null;
      const line = this.lines[i3];
      const next = this.lines[i3 + 1];
      if (!next || next.blank || line.content.length > 60 || /[:：.!?…;,]$/u.test(line.content) || !isAllCaps(line.content.split(" ").slice(0, 2).join(" ") + " X")) return null;
      const joined = readSpeakerLabel(`${line.content} ${next.content}`);
      return joined && joined.label.length > line.content.length && joined.kind !== "question" ? joined : null;
    }
    nextText(i3) {
      for (let j = i3 + 1; j < this.lines.length; j++) if (!this.lines[j].blank) return this.lines[j].content;
      return null;
    }
  };

  // src/core/parser/transcriptParser.ts
  var HEADER_WINDOW = 25;
  var SENTENCE_END = '.!?:;"\u201D\u2019)\xBB\u2026';
  var HTML_SNIFF_LINES = 400;
  var SPOKEN_AT = /(?:^|[\s,])(?:en|desde|at|from|à|au|depuis|в|во)\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,4})\.?$/u;
  var TITLE_FIELD = /^(?:title|título|titulo|titre|заголовок|标题)\s*[:：]\s*(.+)$/iu;
  var FLOOR_WORDS = 12;
  var NOT_A_QUESTION = /^(?:thank|thanks|gracias|merci|спасибо|谢谢|ok\b|okay|yes|yeah|no\b|sure|right|great|good|all right|sí|oui|да|mr\.|ms\.|madam|sir|señor|monsieur|господин)|[—–-]$/iu;
  var GIVES_FLOOR = /(?:go ahead|questions?|let us begin|let's begin|let's start|floor|please|вопрос|пожалуйста|прошу|adelante|preguntas?|je vous écoute|questions|请提问|提问)/iu;
  var CONTEXT_CHARS = 4e3;
  var LANGUAGE_SAMPLE = 6e3;
  var COURTESY = /^(?:thank you|thanks|good (?:morning|afternoon|evening)|hello|hi|hey|okay|ok|yes|sure|great|all right|alright)\b.{0,40}[.!?]$/i;
  var TranscriptParser = class {
    parse(text, options = {}) {
      const raw = splitLines(text);
      const front = readFrontMatter(raw);
      const offset = front.endLine + 1;
      if (looksLikeHtml(raw.slice(offset, offset + HTML_SNIFF_LINES).join("\n"))) {
        const html = htmlToLines(offset > 0 ? raw.slice(offset).join("\n") : text);
        const head = raw.slice(0, offset);
        const page = {
          lines: [...head, ...html.lines],
          startLine: [...head.map((_, i3) => i3), ...html.startLine.map((l2) => l2 + offset)],
          endLine: [...head.map((_, i3) => i3), ...html.endLine.map((l2) => l2 + offset)]
        };
        const transcript = this.parseLines(readLines(page.lines), options, html.meta, true);
        const map2 = (r4) => ({ start: page.startLine[r4.start] ?? 0, end: page.endLine[r4.end] ?? page.startLine[r4.end] ?? 0 });
        remapRanges(transcript, map2);
        return { ...transcript, lineCount: raw.length };
      }
      const runIn = splitRunInLabels(raw);
      if (runIn) {
        const transcript = this.parseLines(readLines(runIn.lines), options, null, true);
        const map2 = (r4) => ({ start: runIn.sourceLine[r4.start] ?? 0, end: runIn.sourceLine[r4.end] ?? 0 });
        remapRanges(transcript, map2);
        return { ...transcript, lineCount: raw.length };
      }
      return this.parseLines(readLines(raw), options, null, false);
    }
    parseLines(lines, options, page, linePerParagraph) {
      const front = readFrontMatter(lines.map((l2) => l2.raw));
      const { inRegion, quoteMode } = this.regionOf(lines, front.endLine);
      const labels = new LabelReader(lines.filter((l2) => inRegion(l2.index)));
      const header = this.readHeader(lines, inRegion, labels);
      const overrides = transcriptOverrides(front.data.transcript);
      const metaTitle = stringField(front.data, "title") ?? page?.title ?? null;
      const metaDate = dateFromValue(front.data.date) ?? page?.date ?? null;
      const metaPlace = stringField(front.data, "place", "location", "city", "venue");
      const title = (quoteMode ? header.title ?? metaTitle : metaTitle ?? header.title) ?? this.titleFromFileName(options.fileName);
      const fromTitle = readPlaceDate(header.title === null && !metaTitle ? firstText(lines, inRegion).slice(0, 300) : title);
      const place = overrides.place ?? (quoteMode ? header.place ?? fromTitle.place ?? metaPlace : metaPlace ?? header.place ?? fromTitle.place);
      const date = overrides.date ?? (quoteMode ? header.date ?? fromTitle.date ?? metaDate : metaDate ?? header.date ?? fromTitle.date);
      const sourceUrl = stringField(front.data, "source_url", "sourceUrl", "source", "url", "link") ?? page?.sourceUrl ?? null;
      const titleKey = comparable(title);
      const read = this.readParagraphs(lines, inRegion, header.bodyStart, linePerParagraph, labels);
      const firstLabelled = read.findIndex((p) => p.label);
      const paragraphs2 = read.filter((p, i3) => firstLabelled >= 0 && i3 >= firstLabelled || comparable(p.parts.join(" ")) !== titleKey);
      const turns = this.groupTurns(paragraphs2);
      const titleSpeakers = speakersFromTitle(title);
      const headerText = lines.slice(0, header.bodyStart).map((l2) => l2.content).join("\n");
      const bodyText = openingText(paragraphs2, 40, CONTEXT_CHARS + LANGUAGE_SAMPLE);
      const hints = { ...overrides.hints, context: `${title}
${headerText}
${bodyText}`.slice(0, CONTEXT_CHARS) };
      const { sections, speakers } = this.buildSections(turns, titleSpeakers, hints, date);
      return {
        title: collapseSpaces(title),
        place: place ? collapseSpaces(place) : null,
        date,
        sourceUrl: sourceUrl && /^https?:\/\//i.test(sourceUrl) ? sourceUrl : null,
        language: languageOf(stringField(front.data, "lang", "language")) ?? detectLanguage(`${title}
${bodyText}`),
        speakers,
        sections,
        lineCount: lines.length
      };
    }
    /**
     * Which lines can hold transcript text. A page that quotes a transcript in a blockquote
     * (a blog post, a memo) keeps its own prose outside the quote: only the quote is read.
     */
    regionOf(lines, frontEnd) {
      let quoted = 0;
      let quotedLabels = 0;
      let plainLabels = 0;
      for (const line of lines) {
        if (line.index <= frontEnd || line.blank) continue;
        const hasLabel = labelOfLine(line) !== null;
        if (line.quoted) {
          quoted++;
          if (hasLabel) quotedLabels++;
        } else if (hasLabel) plainLabels++;
      }
      const quoteMode = quoted >= 3 && quotedLabels >= 1 && quotedLabels > plainLabels;
      return { inRegion: (i3) => i3 > frontEnd && (!quoteMode || lines[i3].quoted), quoteMode };
    }
    readHeader(lines, inRegion, labels) {
      const window = [];
      for (const line of lines) {
        if (!inRegion(line.index) || line.blank) continue;
        const label = labels.at(line.index) ?? labels.splitAt(line.index);
        if (label && (label.kind !== "named" || !looksLikeTitle(line.content))) break;
        window.push(line);
        if (window.length >= HEADER_WINDOW) break;
      }
      const firstRegionLine = lines.find((l2) => inRegion(l2.index))?.index ?? lines.length;
      const field = window.findIndex((l2) => TITLE_FIELD.test(l2.content));
      const heading = window.findIndex((l2) => l2.heading === 1 && !isNoiseLine(l2.content));
      let titleAt = field >= 0 ? field : heading >= 0 ? heading : window.findIndex((l2) => looksLikeTitle(stripMarkdown(l2.content)) && !isNoiseLine(l2.content));
      if (titleAt < 0) titleAt = window.findIndex((l2) => l2.heading === 1);
      if (titleAt < 0) {
        const first = window.findIndex((l2) => !isNoiseLine(l2.content));
        const next = window[first + 1];
        if (first >= 0 && window[first].content.length <= 200 && next && isDateLine(stripMarkdown(next.content))) titleAt = first;
        const line = window[first]?.content ?? "";
        if (titleAt < 0 && first >= 0 && line.length <= 200 && line.split(" ").length >= 3 && !/[.!?…:;,]$/u.test(line) && !isDateLine(line) && window.length > first + 1) titleAt = first;
      }
      let place = null;
      let date = null;
      const takeDate = (content) => {
        const found = readPlaceDate(content);
        date ??= found.date;
        place ??= found.place;
      };
      if (titleAt < 0) {
        let i4 = 0;
        while (i4 < window.length && (isNoiseLine(window[i4].content) || window[i4].heading > 0 || isDateLine(window[i4].content))) {
          if (isDateLine(window[i4].content)) takeDate(window[i4].content);
          i4++;
        }
        return { title: null, place, date, bodyStart: i4 < window.length ? window[i4].index : (window[i4 - 1]?.index ?? firstRegionLine - 1) + 1 };
      }
      let title = stripMarkdown(window[titleAt].content).replace(TITLE_FIELD, "$1");
      const after = window[titleAt + 1];
      const blankSeparated = this.isBlankSeparated(lines.filter((l2) => inRegion(l2.index)));
      if (after && window[titleAt].heading > 0 && after.heading === 0 && after.index === window[titleAt].index + 1 && blankSeparated && !/[.!?:;…]$/u.test(title) && /^\p{Lu}/u.test(after.content) && !labels.at(after.index)) {
        title = `${title} ${stripMarkdown(after.content)}`;
        titleAt++;
      }
      const placeLines = [];
      let i3 = titleAt + 1;
      let spokenAt = null;
      for (; i3 < window.length; i3++) {
        let content = stripMarkdown(window[i3].content);
        const next = window[i3 + 1];
        if (blankSeparated && window[i3].heading > 0 && next && next.index === window[i3].index + 1 && next.heading === 0 && !/[.!?:;…]$/u.test(content) && !labels.at(next.index)) {
          content = `${content} ${stripMarkdown(next.content)}`;
          i3++;
        }
        spokenAt ??= SPOKEN_AT.exec(content)?.[1] ?? null;
        if (isDateLine(content)) takeDate(content);
        else if (isHeaderLeftover(content)) {
          if (looksLikePlace(content) || VENUE.test(content)) placeLines.push(content.replace(/[.]$/, ""));
        } else if (!isNoiseLine(content) && window[i3].heading === 0) break;
      }
      place ??= bestPlace(placeLines) ?? (spokenAt && looksLikePlace(spokenAt) ? cityOf(spokenAt) : null);
      const afterHeader = i3 < window.length ? window[i3].index : window[window.length - 1].index + 1;
      for (let j = 0; j < titleAt && date === null; j++) if (isDateLine(window[j].content)) date = readPlaceDate(window[j].content).date;
      return { title, place, date, bodyStart: afterHeader };
    }
    titleFromFileName(fileName) {
      if (!fileName) return "Untitled transcript";
      const base = fileName.split(/[\\/]/).pop() ?? fileName;
      return base.replace(/(?:\.transcript)?\.(?:txt|md|markdown|text|html?)$/i, "").replace(/[_-]+/g, " ").trim() || "Untitled transcript";
    }
    readParagraphs(lines, inRegion, bodyStart, linePerParagraph, labels) {
      const body = lines.filter((l2) => l2.index >= bodyStart && inRegion(l2.index));
      const blankMode = !linePerParagraph && this.isBlankSeparated(body);
      const wrapWidth = blankMode || linePerParagraph ? 0 : this.wrapWidth(body);
      const paragraphs2 = [];
      let current = null;
      let previous = null;
      let pendingBreak = false;
      let pendingEncounter;
      let asked = false;
      for (let i3 = 0; i3 < body.length; i3++) {
        const line = body[i3];
        if (line.blank) {
          if (current && current.parts.length === 0) continue;
          if (!blankMode || current?.parts.length) current = null;
          continue;
        }
        const marker = asked ? this.encounterMarker(body, i3) : null;
        if (marker) {
          current = null;
          pendingBreak = true;
          pendingEncounter = { date: marker.date ?? pendingEncounter?.date ?? null };
          i3 = marker.last;
          continue;
        }
        if (line.heading > 0 || isNoise(line)) {
          current = null;
          pendingBreak = true;
          continue;
        }
        if (paragraphs2.length > 0 && isFooterLine(line.content)) break;
        let label = labels.at(line.index);
        if (label && label.kind !== "named") asked = true;
        const said = label ? label.rest : line.content;
        let text = stripMarkdown(said);
        const clean = line.clean && text === said;
        const split = !label && blankMode ? labels.splitAt(line.index) : null;
        if (split) {
          label = split;
          text = stripMarkdown(split.rest);
          current = { range: { start: line.index, end: body[i3 + 1].index }, label, parts: text ? [text] : [], clean: false, afterBreak: pendingBreak };
          if (pendingEncounter) current.encounter = pendingEncounter;
          paragraphs2.push(current);
          pendingBreak = false;
          pendingEncounter = void 0;
          previous = body[i3 + 1];
          i3++;
          continue;
        }
        const joins = current !== null && !label && previous !== null && (current.parts.length === 0 || !linePerParagraph && this.joins(current, previous, line, blankMode, wrapWidth));
        if (current && joins) {
          current.range.end = line.index;
          if (text) current.parts.push(text);
          current.clean &&= clean;
        } else {
          current = { range: { start: line.index, end: line.index }, label, parts: text ? [text] : [], clean, afterBreak: pendingBreak };
          if (pendingEncounter) current.encounter = pendingEncounter;
          paragraphs2.push(current);
          pendingBreak = false;
          pendingEncounter = void 0;
        }
        previous = line;
      }
      return paragraphs2.filter((p) => p.parts.length > 0);
    }
    /**
     * On a page of several encounters (a month of press encounters), each opens with its own dated
     * heading: "Secretary-General's press encounter on Gaza" over "New York, 12 March 2024", or a date alone.
     */
    encounterMarker(body, i3) {
      const mayBeShort = (line) => line.content.length <= 90 || hasMarkdown(line.content);
      let next = i3 + 1;
      while (next < body.length && body[next].blank) next++;
      const nextMayDate = next < body.length && mayBeShort(body[next]);
      if (!nextMayDate && !mayBeShort(body[i3])) return null;
      const content = stripMarkdown(body[i3].content);
      const short = (c2) => c2.length <= 90;
      let marker = null;
      if (short(content) && isDateLine(content)) marker = { date: findDate(content)?.iso ?? null, last: i3 };
      else if (body[i3].heading > 0 && short(content) && findDate(content)) marker = { date: findDate(content).iso, last: i3 };
      else if (nextMayDate && !/[.!?…:]$/u.test(content) && looksLikeTitle(content)) {
        const nextContent = stripMarkdown(body[next].content);
        if (short(nextContent) && isDateLine(nextContent)) marker = { date: findDate(nextContent)?.iso ?? null, last: next };
      }
      return marker && !readSpeakerLabel(content) ? marker : null;
    }
    joins(current, previous, line, blankMode, wrapWidth) {
      if (current.parts.length === 0) return true;
      if (previous.hardBreak) return false;
      if (blankMode) return true;
      const last = current.parts[current.parts.length - 1];
      if (/^[\p{Ll}]/u.test(line.content) && !SENTENCE_END.includes(last.charAt(last.length - 1) || "-")) return true;
      if (wrapWidth > 0) {
        const space = line.content.indexOf(" ");
        const firstWord = space < 0 ? line.content : line.content.slice(0, space);
        return previous.content.length + 1 + firstWord.length > wrapWidth;
      }
      return false;
    }
    /** Paragraphs separated by blank lines, rather than one paragraph a line as in the seed. */
    isBlankSeparated(body) {
      let runs = 0;
      let textLines = 0;
      let inRun = false;
      for (const line of body) {
        if (line.blank) inRun = false;
        else {
          textLines++;
          if (!inRun) runs++;
          inRun = true;
        }
      }
      return runs >= 2 && textLines / runs > 1.2 && textLines / runs <= 15;
    }
    /** The width a hard-wrapped text was wrapped at, or 0 when its lines are not wrapped. */
    wrapWidth(body) {
      const lengths = body.filter((l2) => !l2.blank).map((l2) => l2.content.length).sort((a2, b) => a2 - b);
      if (lengths.length < 6) return 0;
      const p90 = lengths[Math.floor(lengths.length * 0.9)];
      return p90 <= 100 ? lengths[lengths.length - 1] : 0;
    }
    groupTurns(paragraphs2) {
      const turns = [];
      const wordsOf = (p) => p.parts.reduce((n2, part) => n2 + wordCount(part), 0);
      for (const paragraph of paragraphs2) {
        const last = turns[turns.length - 1];
        if (paragraph.label || paragraph.encounter) {
          turns.push({ label: paragraph.label, continued: false, paragraphs: [paragraph], words: wordsOf(paragraph), opening: opening(paragraph.parts), encounter: paragraph.encounter });
        } else if (last && !paragraph.afterBreak) {
          last.paragraphs.push(paragraph);
          last.words += wordsOf(paragraph);
        } else {
          turns.push({ label: last?.label ?? null, continued: last !== void 0, paragraphs: [paragraph], words: wordsOf(paragraph), opening: opening(paragraph.parts) });
        }
      }
      return turns;
    }
    buildSections(rawTurns, titleSpeakers, hints, transcriptDate) {
      const cast = castSpeakers(rawTurns, titleSpeakers, hints);
      const sections = [];
      let exchange = null;
      let opening2 = null;
      let openingCount = 0;
      let exchangeCount = 0;
      const dated = rawTurns.some((t2) => t2.encounter);
      let date = transcriptDate;
      const startSection = (kind, turn) => {
        const section = {
          kind,
          label: kind === "opening" ? "Opening remarks" : questionLabel(turn),
          speaker: null,
          number: kind === "opening" ? ++openingCount : ++exchangeCount,
          range: { ...turn.range },
          turns: [turn]
        };
        if (dated && date) section.date = date;
        sections.push(section);
        return section;
      };
      for (const raw of rawTurns) {
        if (raw.encounter) {
          exchange = null;
          opening2 = null;
          date = raw.encounter.date ?? date;
        }
        const { role, speaker } = cast.roleOf(raw, exchange !== null);
        const turn = toTurn(raw, role, speaker);
        const said = () => turn.paragraphs.map((p) => p.text).join(" ");
        const asksNothing = exchange !== null && raw.label?.kind === "question" && raw.words <= 6 && !/[?？¿]/u.test(said()) && NOT_A_QUESTION.test(said());
        if (role === "question" && !raw.continued && raw.label?.kind !== "remark" && !asksNothing) {
          const firstOfEncounter = opening2 !== null && sections[sections.length - 1] === opening2;
          exchange = startSection("exchange", turn);
          const openingText2 = firstOfEncounter ? opening2.turns.flatMap((t2) => t2.paragraphs.map((p) => p.text)).join(" ") : "";
          if (opening2 && firstOfEncounter && wordCount(openingText2) <= FLOOR_WORDS && GIVES_FLOOR.test(openingText2)) {
            sections.splice(sections.indexOf(opening2), 1);
            openingCount--;
            exchange.turns.unshift(...opening2.turns);
            exchange.range.start = opening2.range.start;
            opening2 = null;
          }
        } else if (exchange) {
          exchange.turns.push(turn);
          exchange.range.end = turn.range.end;
        } else if (opening2) {
          opening2.turns.push(turn);
          opening2.range.end = turn.range.end;
        } else {
          opening2 = startSection("opening", turn);
        }
      }
      for (const section of sections) {
        const official = section.turns.find((t2) => (section.kind === "exchange" ? t2.role === "answer" : t2.role === "remarks") && t2.speaker && cast.isOfficial(t2.speaker));
        section.speaker = official?.speaker ?? (section.kind === "opening" ? section.turns[0].speaker ?? null : null);
      }
      const speakers = [];
      for (const turn of sections.flatMap((s5) => s5.turns)) {
        if (turn.role !== "question" && turn.speaker && cast.isOfficial(turn.speaker) && !speakers.includes(turn.speaker)) speakers.push(turn.speaker);
      }
      return { sections, speakers };
    }
  };
  function isHeaderLeftover(content) {
    return content.split(" ").length <= 8 && (content.match(/\p{Script=Han}/gu)?.length ?? 0) <= 12 && !/[.!?,:;…"”。！？，；：]$/u.test(content) && !/^(?:dear|colleagues|friends|ladies|gentlemen|excellenc|good|hello|thank|welcome)/i.test(content) && readSpeakerLabel(content) === null;
  }
  function bestPlace(candidates2) {
    const score = (c2) => (c2.includes(",") ? 1e3 : 0) + (VENUE.test(c2) ? -500 : 0) + c2.length;
    const best = candidates2.sort((a2, b) => score(b) - score(a2))[0];
    if (!best) return null;
    return cityOf(best);
  }
  function toTurn(raw, role, speaker) {
    const paragraphs2 = raw.paragraphs.map((p) => ({ range: p.range, text: p.clean ? p.parts.join(" ") : collapseSpaces(p.parts.join(" ")) }));
    return {
      role,
      speaker,
      label: raw.label && !raw.continued ? raw.label.label : null,
      range: { start: paragraphs2[0].range.start, end: paragraphs2[paragraphs2.length - 1].range.end },
      paragraphs: paragraphs2
    };
  }
  function questionLabel(turn) {
    let text = turn.paragraphs.map((p) => p.text).join(" ");
    for (let i3 = 0; i3 < 3; i3++) {
      const sentence = firstSentence(text);
      if (!COURTESY.test(sentence) || sentence.length >= text.length) break;
      text = text.slice(text.indexOf(sentence) + sentence.length).trim();
    }
    return shorten(firstSentence(text), 80);
  }
  function transcriptOverrides(value) {
    const data = value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
    const list = (v) => Array.isArray(v) ? v.filter((x2) => typeof x2 === "string" && x2.trim() !== "").map((x2) => x2.trim()) : typeof v === "string" ? [v.trim()] : [];
    const overrides = /* @__PURE__ */ new Map();
    const speakers = data.speakers;
    if (speakers !== null && typeof speakers === "object" && !Array.isArray(speakers)) {
      for (const [label, name] of Object.entries(speakers)) {
        if (typeof name === "string" && name.trim()) overrides.set(collapseSpaces(label.replace(/[:：]$/, "")).toLowerCase(), name.trim());
      }
    }
    const place = stringField(data, "place");
    return {
      hints: { overrides, officials: list(data.officials), questioners: list(data.questioners) },
      date: dateFromValue(data.date),
      place
    };
  }
  function comparable(text) {
    return collapseSpaces(text).replace(/[.。]$/u, "").toLowerCase();
  }
  function remapRanges(transcript, map2) {
    for (const section of transcript.sections) {
      section.range = map2(section.range);
      for (const turn of section.turns) {
        turn.range = map2(turn.range);
        for (const p of turn.paragraphs) p.range = map2(p.range);
      }
    }
  }
  function openingText(paragraphs2, count, max2) {
    let out = "";
    for (let i3 = 0; i3 < paragraphs2.length && i3 < count && out.length < max2; i3++) out += (i3 > 0 ? "\n" : "") + paragraphs2[i3].parts.join(" ");
    return out.length > max2 ? out.slice(0, max2) : out;
  }
  function firstText(lines, inRegion) {
    return lines.find((l2) => inRegion(l2.index) && !l2.blank && !isNoise(l2))?.content ?? "";
  }
  var HAN_CHAR = /\p{Script=Han}/u;
  function opening(parts) {
    let out = "";
    for (const part of parts) {
      out = out === "" ? part.slice(0, 300) : `${out} ${part.slice(0, 300)}`;
      if (out.length >= 300) break;
    }
    return out.slice(0, 300);
  }
  function wordCount(text) {
    let n2 = 1;
    let space = false;
    let cjk = false;
    for (let i3 = 0; i3 < text.length; i3++) {
      const c2 = text.charCodeAt(i3);
      if (c2 > 32 && c2 < 160) {
        space = false;
        continue;
      }
      if (c2 >= 11904 && c2 !== 12288) cjk = true;
      const isSpace = c2 === 32 || c2 >= 9 && c2 <= 13 || c2 === 160 || c2 === 12288 || c2 >= 8192 && c2 <= 8202;
      if (isSpace && !space && i3 > 0) n2++;
      space = isSpace;
    }
    if (!cjk || !HAN_CHAR.test(text)) return space ? n2 - 1 : n2;
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    return text.replace(/\p{Script=Han}+/gu, " ").split(/\s+/).filter(Boolean).length + Math.ceil(han / 2);
  }

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

  // src/core/documentLanguage.ts
  var PAGE_CHARS = 2e6;
  function documentLanguage(text) {
    if (text.startsWith("---")) {
      const front = readFrontMatter(splitLines(text.slice(0, 2e4)));
      const given = languageOf(stringField(front.data, "lang", "language"));
      if (given) return given;
    }
    if (looksLikeHtml(text.slice(0, 2e4))) return detectLanguage(htmlToLines(text.slice(0, PAGE_CHARS)).lines.join("\n"));
    return detectLanguage(text.slice(0, 2e4));
  }

  // src/core/import/importTranscript.ts
  function slugify(text, max2 = 60) {
    const slug = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/['’]/g, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
    if (slug.length <= max2) return slug || "transcript";
    const cut = slug.slice(0, max2);
    return cut.slice(0, cut.lastIndexOf("-") > max2 / 2 ? cut.lastIndexOf("-") : max2).replace(/-+$/, "");
  }
  function labelOf(role, speaker) {
    if (role === "question") return speaker ? `Question (${speaker})` : "Question";
    return speaker ?? (role === "answer" ? "Answer" : "Remarks");
  }
  function markdownText(text) {
    return collapseSpaces(text).replace(/^([#>*+-]|\d+\.)(\s)/, "\\$1$2");
  }
  function importTranscript(text, options) {
    const transcript = new TranscriptParser().parse(text, { fileName: options.fileName });
    const front = { title: transcript.title };
    if (transcript.date) front.date = transcript.date;
    if (transcript.place) front.place = transcript.place;
    front.speakers = transcript.speakers;
    const source = options.sourceUrl ?? transcript.sourceUrl;
    if (source) front.source_url = source;
    front.retrieved = options.retrieved;
    if (transcript.speakers.length) front.transcript = { officials: transcript.speakers };
    const out = ["---", dump(front, { lineWidth: -1, noRefs: true }).trimEnd(), "---", "", `# ${markdownText(transcript.title)}`, ""];
    for (const section of transcript.sections) {
      if (section.date && section.kind === "opening") out.push(`## ${section.date}`, "");
      for (const turn of section.turns) {
        turn.paragraphs.forEach((p, i3) => {
          out.push(i3 === 0 ? `**${labelOf(turn.role, turn.speaker)}:** ${markdownText(p.text)}` : markdownText(p.text), "");
        });
      }
    }
    const fileName = `${transcript.date ?? "undated"}-${slugify(transcript.title)}.md`;
    return { fileName, markdown: out.join("\n"), transcript };
  }

  // src/core/transcriptTokens.ts
  function labelSpan(line, label) {
    const at = line.indexOf(label);
    if (at < 0) return void 0;
    const tail = /^(?:\*\*|__)?\s*[:：]?/.exec(line.slice(at + label.length))?.[0] ?? "";
    return { start: at, length: label.length + tail.length };
  }
  function transcriptTokens(text, transcript, mentions) {
    const raw = splitLines(text);
    const lines = readLines(raw);
    const tokens = [];
    const whole = (line, type2) => {
      const content = raw[line];
      const start = content.length - content.trimStart().length;
      const length = content.trimEnd().length - start;
      if (length > 0) tokens.push({ line, start, length, type: type2 });
    };
    const front = readFrontMatter(raw);
    const firstSection = transcript.sections[0]?.range.start ?? lines.length;
    const inSection = /* @__PURE__ */ new Set();
    for (const section of transcript.sections) for (let l2 = section.range.start; l2 <= section.range.end; l2++) inSection.add(l2);
    for (const line of lines) {
      if (line.blank || line.index <= front.endLine) continue;
      if (isNoiseLine(line.content)) whole(line.index, "transcriptNoise");
      else if (line.index < firstSection && !inSection.has(line.index)) whole(line.index, "transcriptHeader");
    }
    for (const section of transcript.sections) {
      for (const turn of section.turns) {
        if (!turn.label) continue;
        const span = labelSpan(raw[turn.range.start] ?? "", turn.label);
        if (span) tokens.push({ line: turn.range.start, ...span, type: turn.role === "question" ? "transcriptQuestion" : "transcriptSpeaker" });
      }
    }
    for (const m of mentions) tokens.push({ line: m.line, start: m.start, length: m.end - m.start, type: "transcriptOrganisation" });
    tokens.sort((a2, b) => a2.line - b.line || a2.start - b.start || b.length - a2.length);
    const kept = [];
    for (const t2 of tokens) {
      const last = kept[kept.length - 1];
      if (last && last.line === t2.line && t2.start < last.start + last.length) continue;
      kept.push(t2);
    }
    return kept;
  }

  // node_modules/fflate/esm/browser.js
  var u8 = Uint8Array;
  var u16 = Uint16Array;
  var i32 = Int32Array;
  var fleb = new u8([
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
    1,
    1,
    1,
    2,
    2,
    2,
    2,
    3,
    3,
    3,
    3,
    4,
    4,
    4,
    4,
    5,
    5,
    5,
    5,
    0,
    /* unused */
    0,
    0,
    /* impossible */
    0
  ]);
  var fdeb = new u8([
    0,
    0,
    0,
    0,
    1,
    1,
    2,
    2,
    3,
    3,
    4,
    4,
    5,
    5,
    6,
    6,
    7,
    7,
    8,
    8,
    9,
    9,
    10,
    10,
    11,
    11,
    12,
    12,
    13,
    13,
    /* unused */
    0,
    0
  ]);
  var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
  var freb = function(eb, start) {
    var b = new u16(31);
    for (var i3 = 0; i3 < 31; ++i3) {
      b[i3] = start += 1 << eb[i3 - 1];
    }
    var r4 = new i32(b[30]);
    for (var i3 = 1; i3 < 30; ++i3) {
      for (var j = b[i3]; j < b[i3 + 1]; ++j) {
        r4[j] = j - b[i3] << 5 | i3;
      }
    }
    return { b, r: r4 };
  };
  var _a2 = freb(fleb, 2);
  var fl = _a2.b;
  var revfl = _a2.r;
  fl[28] = 258, revfl[258] = 28;
  var _b = freb(fdeb, 0);
  var fd = _b.b;
  var revfd = _b.r;
  var rev = new u16(32768);
  for (i2 = 0; i2 < 32768; ++i2) {
    x = (i2 & 43690) >> 1 | (i2 & 21845) << 1;
    x = (x & 52428) >> 2 | (x & 13107) << 2;
    x = (x & 61680) >> 4 | (x & 3855) << 4;
    rev[i2] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
  }
  var x;
  var i2;
  var hMap = (function(cd, mb, r4) {
    var s5 = cd.length;
    var i3 = 0;
    var l2 = new u16(mb);
    for (; i3 < s5; ++i3) {
      if (cd[i3])
        ++l2[cd[i3] - 1];
    }
    var le = new u16(mb);
    for (i3 = 1; i3 < mb; ++i3) {
      le[i3] = le[i3 - 1] + l2[i3 - 1] << 1;
    }
    var co;
    if (r4) {
      co = new u16(1 << mb);
      var rvb = 15 - mb;
      for (i3 = 0; i3 < s5; ++i3) {
        if (cd[i3]) {
          var sv = i3 << 4 | cd[i3];
          var r_1 = mb - cd[i3];
          var v = le[cd[i3] - 1]++ << r_1;
          for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
            co[rev[v] >> rvb] = sv;
          }
        }
      }
    } else {
      co = new u16(s5);
      for (i3 = 0; i3 < s5; ++i3) {
        if (cd[i3]) {
          co[i3] = rev[le[cd[i3] - 1]++] >> 15 - cd[i3];
        }
      }
    }
    return co;
  });
  var flt = new u8(288);
  for (i2 = 0; i2 < 144; ++i2)
    flt[i2] = 8;
  var i2;
  for (i2 = 144; i2 < 256; ++i2)
    flt[i2] = 9;
  var i2;
  for (i2 = 256; i2 < 280; ++i2)
    flt[i2] = 7;
  var i2;
  for (i2 = 280; i2 < 288; ++i2)
    flt[i2] = 8;
  var i2;
  var fdt = new u8(32);
  for (i2 = 0; i2 < 32; ++i2)
    fdt[i2] = 5;
  var i2;
  var flm = /* @__PURE__ */ hMap(flt, 9, 0);
  var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
  var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
  var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
  var max = function(a2) {
    var m = a2[0];
    for (var i3 = 1; i3 < a2.length; ++i3) {
      if (a2[i3] > m)
        m = a2[i3];
    }
    return m;
  };
  var bits = function(d, p, m) {
    var o2 = p / 8 | 0;
    return (d[o2] | d[o2 + 1] << 8) >> (p & 7) & m;
  };
  var bits16 = function(d, p) {
    var o2 = p / 8 | 0;
    return (d[o2] | d[o2 + 1] << 8 | d[o2 + 2] << 16) >> (p & 7);
  };
  var shft = function(p) {
    return (p + 7) / 8 | 0;
  };
  var slc = function(v, s5, e2) {
    if (s5 == null || s5 < 0)
      s5 = 0;
    if (e2 == null || e2 > v.length)
      e2 = v.length;
    return new u8(v.subarray(s5, e2));
  };
  var ec = [
    "unexpected EOF",
    "invalid block type",
    "invalid length/literal",
    "invalid distance",
    "stream finished",
    "no stream handler",
    ,
    // determined by compression function
    "no callback",
    "invalid UTF-8 data",
    "extra field too long",
    "date not in range 1980-2099",
    "filename too long",
    "stream finishing",
    "invalid zip data"
    // determined by unknown compression method
  ];
  var err = function(ind, msg, nt) {
    var e2 = new Error(msg || ec[ind]);
    e2.code = ind;
    if (Error.captureStackTrace)
      Error.captureStackTrace(e2, err);
    if (!nt)
      throw e2;
    return e2;
  };
  var inflt = function(dat, st, buf, dict) {
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
      return buf || new u8(0);
    var noBuf = !buf;
    var resize = noBuf || st.i != 2;
    var noSt = st.i;
    if (noBuf)
      buf = new u8(sl * 3);
    var cbuf = function(l3) {
      var bl = buf.length;
      if (l3 > bl) {
        var nbuf = new u8(Math.max(bl * 2, l3));
        nbuf.set(buf);
        buf = nbuf;
      }
    };
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    var tbts = sl * 8;
    do {
      if (!lm) {
        final = bits(dat, pos, 1);
        var type2 = bits(dat, pos + 1, 3);
        pos += 3;
        if (!type2) {
          var s5 = shft(pos) + 4, l2 = dat[s5 - 4] | dat[s5 - 3] << 8, t2 = s5 + l2;
          if (t2 > sl) {
            if (noSt)
              err(0);
            break;
          }
          if (resize)
            cbuf(bt + l2);
          buf.set(dat.subarray(s5, t2), bt);
          st.b = bt += l2, st.p = pos = t2 * 8, st.f = final;
          continue;
        } else if (type2 == 1)
          lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
        else if (type2 == 2) {
          var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
          var tl = hLit + bits(dat, pos + 5, 31) + 1;
          pos += 14;
          var ldt = new u8(tl);
          var clt = new u8(19);
          for (var i3 = 0; i3 < hcLen; ++i3) {
            clt[clim[i3]] = bits(dat, pos + i3 * 3, 7);
          }
          pos += hcLen * 3;
          var clb = max(clt), clbmsk = (1 << clb) - 1;
          var clm = hMap(clt, clb, 1);
          for (var i3 = 0; i3 < tl; ) {
            var r4 = clm[bits(dat, pos, clbmsk)];
            pos += r4 & 15;
            var s5 = r4 >> 4;
            if (s5 < 16) {
              ldt[i3++] = s5;
            } else {
              var c2 = 0, n2 = 0;
              if (s5 == 16)
                n2 = 3 + bits(dat, pos, 3), pos += 2, c2 = ldt[i3 - 1];
              else if (s5 == 17)
                n2 = 3 + bits(dat, pos, 7), pos += 3;
              else if (s5 == 18)
                n2 = 11 + bits(dat, pos, 127), pos += 7;
              while (n2--)
                ldt[i3++] = c2;
            }
          }
          var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
          lbt = max(lt);
          dbt = max(dt);
          lm = hMap(lt, lbt, 1);
          dm = hMap(dt, dbt, 1);
        } else
          err(1);
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
      }
      if (resize)
        cbuf(bt + 131072);
      var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
      var lpos = pos;
      for (; ; lpos = pos) {
        var c2 = lm[bits16(dat, pos) & lms], sym = c2 >> 4;
        pos += c2 & 15;
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (!c2)
          err(2);
        if (sym < 256)
          buf[bt++] = sym;
        else if (sym == 256) {
          lpos = pos, lm = null;
          break;
        } else {
          var add = sym - 254;
          if (sym > 264) {
            var i3 = sym - 257, b = fleb[i3];
            add = bits(dat, pos, (1 << b) - 1) + fl[i3];
            pos += b;
          }
          var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
          if (!d)
            err(3);
          pos += d & 15;
          var dt = fd[dsym];
          if (dsym > 3) {
            var b = fdeb[dsym];
            dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
          }
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
          if (resize)
            cbuf(bt + 131072);
          var end = bt + add;
          if (bt < dt) {
            var shift = dl - dt, dend = Math.min(dt, end);
            if (shift + bt < 0)
              err(3);
            for (; bt < dend; ++bt)
              buf[bt] = dict[shift + bt];
          }
          for (; bt < end; ++bt)
            buf[bt] = buf[bt - dt];
        }
      }
      st.l = lm, st.p = lpos, st.b = bt, st.f = final;
      if (lm)
        final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
  };
  var wbits = function(d, p, v) {
    v <<= p & 7;
    var o2 = p / 8 | 0;
    d[o2] |= v;
    d[o2 + 1] |= v >> 8;
  };
  var wbits16 = function(d, p, v) {
    v <<= p & 7;
    var o2 = p / 8 | 0;
    d[o2] |= v;
    d[o2 + 1] |= v >> 8;
    d[o2 + 2] |= v >> 16;
  };
  var hTree = function(d, mb) {
    var t2 = [];
    for (var i3 = 0; i3 < d.length; ++i3) {
      if (d[i3])
        t2.push({ s: i3, f: d[i3] });
    }
    var s5 = t2.length;
    var t22 = t2.slice();
    if (!s5)
      return { t: et, l: 0 };
    if (s5 == 1) {
      var v = new u8(t2[0].s + 1);
      v[t2[0].s] = 1;
      return { t: v, l: 1 };
    }
    t2.sort(function(a2, b) {
      return a2.f - b.f;
    });
    t2.push({ s: -1, f: 25001 });
    var l2 = t2[0], r4 = t2[1], i0 = 0, i1 = 1, i22 = 2;
    t2[0] = { s: -1, f: l2.f + r4.f, l: l2, r: r4 };
    while (i1 != s5 - 1) {
      l2 = t2[t2[i0].f < t2[i22].f ? i0++ : i22++];
      r4 = t2[i0 != i1 && t2[i0].f < t2[i22].f ? i0++ : i22++];
      t2[i1++] = { s: -1, f: l2.f + r4.f, l: l2, r: r4 };
    }
    var maxSym = t22[0].s;
    for (var i3 = 1; i3 < s5; ++i3) {
      if (t22[i3].s > maxSym)
        maxSym = t22[i3].s;
    }
    var tr = new u16(maxSym + 1);
    var mbt = ln(t2[i1 - 1], tr, 0);
    if (mbt > mb) {
      var i3 = 0, dt = 0;
      var lft = mbt - mb, cst = 1 << lft;
      t22.sort(function(a2, b) {
        return tr[b.s] - tr[a2.s] || a2.f - b.f;
      });
      for (; i3 < s5; ++i3) {
        var i2_1 = t22[i3].s;
        if (tr[i2_1] > mb) {
          dt += cst - (1 << mbt - tr[i2_1]);
          tr[i2_1] = mb;
        } else
          break;
      }
      dt >>= lft;
      while (dt > 0) {
        var i2_2 = t22[i3].s;
        if (tr[i2_2] < mb)
          dt -= 1 << mb - tr[i2_2]++ - 1;
        else
          ++i3;
      }
      for (; i3 >= 0 && dt; --i3) {
        var i2_3 = t22[i3].s;
        if (tr[i2_3] == mb) {
          --tr[i2_3];
          ++dt;
        }
      }
      mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
  };
  var ln = function(n2, l2, d) {
    return n2.s == -1 ? Math.max(ln(n2.l, l2, d + 1), ln(n2.r, l2, d + 1)) : l2[n2.s] = d;
  };
  var lc = function(c2) {
    var s5 = c2.length;
    while (s5 && !c2[--s5])
      ;
    var cl = new u16(++s5);
    var cli = 0, cln = c2[0], cls = 1;
    var w = function(v) {
      cl[cli++] = v;
    };
    for (var i3 = 1; i3 <= s5; ++i3) {
      if (c2[i3] == cln && i3 != s5)
        ++cls;
      else {
        if (!cln && cls > 2) {
          for (; cls > 138; cls -= 138)
            w(32754);
          if (cls > 2) {
            w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
            cls = 0;
          }
        } else if (cls > 3) {
          w(cln), --cls;
          for (; cls > 6; cls -= 6)
            w(8304);
          if (cls > 2)
            w(cls - 3 << 5 | 8208), cls = 0;
        }
        while (cls--)
          w(cln);
        cls = 1;
        cln = c2[i3];
      }
    }
    return { c: cl.subarray(0, cli), n: s5 };
  };
  var clen = function(cf, cl) {
    var l2 = 0;
    for (var i3 = 0; i3 < cl.length; ++i3)
      l2 += cf[i3] * cl[i3];
    return l2;
  };
  var wfblk = function(out, pos, dat) {
    var s5 = dat.length;
    var o2 = shft(pos + 2);
    out[o2] = s5 & 255;
    out[o2 + 1] = s5 >> 8;
    out[o2 + 2] = out[o2] ^ 255;
    out[o2 + 3] = out[o2 + 1] ^ 255;
    for (var i3 = 0; i3 < s5; ++i3)
      out[o2 + i3 + 4] = dat[i3];
    return (o2 + 4 + s5) * 8;
  };
  var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a3 = hTree(lf, 15), dlt = _a3.t, mlb = _a3.l;
    var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i3 = 0; i3 < lclt.length; ++i3)
      ++lcfreq[lclt[i3] & 31];
    for (var i3 = 0; i3 < lcdt.length; ++i3)
      ++lcfreq[lcdt[i3] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
      ;
    var flen = bl + 5 << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
      return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
      lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
      var llm = hMap(lct, mlcb, 0);
      wbits(out, p, nlc - 257);
      wbits(out, p + 5, ndc - 1);
      wbits(out, p + 10, nlcc - 4);
      p += 14;
      for (var i3 = 0; i3 < nlcc; ++i3)
        wbits(out, p + 3 * i3, lct[clim[i3]]);
      p += 3 * nlcc;
      var lcts = [lclt, lcdt];
      for (var it = 0; it < 2; ++it) {
        var clct = lcts[it];
        for (var i3 = 0; i3 < clct.length; ++i3) {
          var len = clct[i3] & 31;
          wbits(out, p, llm[len]), p += lct[len];
          if (len > 15)
            wbits(out, p, clct[i3] >> 5 & 127), p += clct[i3] >> 12;
        }
      }
    } else {
      lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i3 = 0; i3 < li; ++i3) {
      var sym = syms[i3];
      if (sym > 255) {
        var len = sym >> 18 & 31;
        wbits16(out, p, lm[len + 257]), p += ll[len + 257];
        if (len > 7)
          wbits(out, p, sym >> 23 & 31), p += fleb[len];
        var dst = sym & 31;
        wbits16(out, p, dm[dst]), p += dl[dst];
        if (dst > 3)
          wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
      } else {
        wbits16(out, p, lm[sym]), p += ll[sym];
      }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
  };
  var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
  var et = /* @__PURE__ */ new u8(0);
  var dflt = function(dat, lvl, plvl, pre, post, st) {
    var s5 = st.z || dat.length;
    var o2 = new u8(pre + s5 + 5 * (1 + Math.ceil(s5 / 7e3)) + post);
    var w = o2.subarray(pre, o2.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
      if (pos)
        w[0] = st.r >> 3;
      var opt = deo[lvl - 1];
      var n2 = opt >> 13, c2 = opt & 8191;
      var msk_1 = (1 << plvl) - 1;
      var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
      var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
      var hsh = function(i4) {
        return (dat[i4] ^ dat[i4 + 1] << bs1_1 ^ dat[i4 + 2] << bs2_1) & msk_1;
      };
      var syms = new i32(25e3);
      var lf = new u16(288), df = new u16(32);
      var lc_1 = 0, eb = 0, i3 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
      for (; i3 + 2 < s5; ++i3) {
        var hv = hsh(i3);
        var imod = i3 & 32767, pimod = head[hv];
        prev[imod] = pimod;
        head[hv] = imod;
        if (wi <= i3) {
          var rem = s5 - i3;
          if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
            pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i3 - bs, pos);
            li = lc_1 = eb = 0, bs = i3;
            for (var j = 0; j < 286; ++j)
              lf[j] = 0;
            for (var j = 0; j < 30; ++j)
              df[j] = 0;
          }
          var l2 = 2, d = 0, ch_1 = c2, dif = imod - pimod & 32767;
          if (rem > 2 && hv == hsh(i3 - dif)) {
            var maxn = Math.min(n2, rem) - 1;
            var maxd = Math.min(32767, i3);
            var ml = Math.min(258, rem);
            while (dif <= maxd && --ch_1 && imod != pimod) {
              if (dat[i3 + l2] == dat[i3 + l2 - dif]) {
                var nl = 0;
                for (; nl < ml && dat[i3 + nl] == dat[i3 + nl - dif]; ++nl)
                  ;
                if (nl > l2) {
                  l2 = nl, d = dif;
                  if (nl > maxn)
                    break;
                  var mmd = Math.min(dif, nl - 2);
                  var md = 0;
                  for (var j = 0; j < mmd; ++j) {
                    var ti = i3 - dif + j & 32767;
                    var pti = prev[ti];
                    var cd = ti - pti & 32767;
                    if (cd > md)
                      md = cd, pimod = ti;
                  }
                }
              }
              imod = pimod, pimod = prev[imod];
              dif += imod - pimod & 32767;
            }
          }
          if (d) {
            syms[li++] = 268435456 | revfl[l2] << 18 | revfd[d];
            var lin = revfl[l2] & 31, din = revfd[d] & 31;
            eb += fleb[lin] + fdeb[din];
            ++lf[257 + lin];
            ++df[din];
            wi = i3 + l2;
            ++lc_1;
          } else {
            syms[li++] = dat[i3];
            ++lf[dat[i3]];
          }
        }
      }
      for (i3 = Math.max(i3, wi); i3 < s5; ++i3) {
        syms[li++] = dat[i3];
        ++lf[dat[i3]];
      }
      pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i3 - bs, pos);
      if (!lst) {
        st.r = pos & 7 | w[pos / 8 | 0] << 3;
        pos -= 7;
        st.h = head, st.p = prev, st.i = i3, st.w = wi;
      }
    } else {
      for (var i3 = st.w || 0; i3 < s5 + lst; i3 += 65535) {
        var e2 = i3 + 65535;
        if (e2 >= s5) {
          w[pos / 8 | 0] = lst;
          e2 = s5;
        }
        pos = wfblk(w, pos + 1, dat.subarray(i3, e2));
      }
      st.i = s5;
    }
    return slc(o2, 0, pre + shft(pos) + post);
  };
  var crct = /* @__PURE__ */ (function() {
    var t2 = new Int32Array(256);
    for (var i3 = 0; i3 < 256; ++i3) {
      var c2 = i3, k = 9;
      while (--k)
        c2 = (c2 & 1 && -306674912) ^ c2 >>> 1;
      t2[i3] = c2;
    }
    return t2;
  })();
  var crc = function() {
    var c2 = -1;
    return {
      p: function(d) {
        var cr = c2;
        for (var i3 = 0; i3 < d.length; ++i3)
          cr = crct[cr & 255 ^ d[i3]] ^ cr >>> 8;
        c2 = cr;
      },
      d: function() {
        return ~c2;
      }
    };
  };
  var dopt = function(dat, opt, pre, post, st) {
    if (!st) {
      st = { l: 1 };
      if (opt.dictionary) {
        var dict = opt.dictionary.subarray(-32768);
        var newDat = new u8(dict.length + dat.length);
        newDat.set(dict);
        newDat.set(dat, dict.length);
        dat = newDat;
        st.w = dict.length;
      }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
  };
  var mrg = function(a2, b) {
    var o2 = {};
    for (var k in a2)
      o2[k] = a2[k];
    for (var k in b)
      o2[k] = b[k];
    return o2;
  };
  var b2 = function(d, b) {
    return d[b] | d[b + 1] << 8;
  };
  var b4 = function(d, b) {
    return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
  };
  var b8 = function(d, b) {
    return b4(d, b) + b4(d, b + 4) * 4294967296;
  };
  var wbytes = function(d, b, v) {
    for (; v; ++b)
      d[b] = v, v >>>= 8;
  };
  function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
  }
  function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
  }
  var fltn = function(d, p, t2, o2) {
    for (var k in d) {
      var val = d[k], n2 = p + k, op = o2;
      if (Array.isArray(val))
        op = mrg(o2, val[1]), val = val[0];
      if (ArrayBuffer.isView(val))
        t2[n2] = [val, op];
      else {
        t2[n2 += "/"] = [new u8(0), op];
        fltn(val, n2, t2, o2);
      }
    }
  };
  var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
  var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
  var tds = 0;
  try {
    td.decode(et, { stream: true });
    tds = 1;
  } catch (e2) {
  }
  var dutf8 = function(d) {
    for (var r4 = "", i3 = 0; ; ) {
      var c2 = d[i3++];
      var eb = (c2 > 127) + (c2 > 223) + (c2 > 239);
      if (i3 + eb > d.length)
        return { s: r4, r: slc(d, i3 - 1) };
      if (!eb)
        r4 += String.fromCharCode(c2);
      else if (eb == 3) {
        c2 = ((c2 & 15) << 18 | (d[i3++] & 63) << 12 | (d[i3++] & 63) << 6 | d[i3++] & 63) - 65536, r4 += String.fromCharCode(55296 | c2 >> 10, 56320 | c2 & 1023);
      } else if (eb & 1)
        r4 += String.fromCharCode((c2 & 31) << 6 | d[i3++] & 63);
      else
        r4 += String.fromCharCode((c2 & 15) << 12 | (d[i3++] & 63) << 6 | d[i3++] & 63);
    }
  };
  function strToU8(str2, latin1) {
    if (latin1) {
      var ar_1 = new u8(str2.length);
      for (var i3 = 0; i3 < str2.length; ++i3)
        ar_1[i3] = str2.charCodeAt(i3);
      return ar_1;
    }
    if (te)
      return te.encode(str2);
    var l2 = str2.length;
    var ar = new u8(str2.length + (str2.length >> 1));
    var ai = 0;
    var w = function(v) {
      ar[ai++] = v;
    };
    for (var i3 = 0; i3 < l2; ++i3) {
      if (ai + 5 > ar.length) {
        var n2 = new u8(ai + 8 + (l2 - i3 << 1));
        n2.set(ar);
        ar = n2;
      }
      var c2 = str2.charCodeAt(i3);
      if (c2 < 128 || latin1)
        w(c2);
      else if (c2 < 2048)
        w(192 | c2 >> 6), w(128 | c2 & 63);
      else if (c2 > 55295 && c2 < 57344)
        c2 = 65536 + (c2 & 1023 << 10) | str2.charCodeAt(++i3) & 1023, w(240 | c2 >> 18), w(128 | c2 >> 12 & 63), w(128 | c2 >> 6 & 63), w(128 | c2 & 63);
      else
        w(224 | c2 >> 12), w(128 | c2 >> 6 & 63), w(128 | c2 & 63);
    }
    return slc(ar, 0, ai);
  }
  function strFromU8(dat, latin1) {
    if (latin1) {
      var r4 = "";
      for (var i3 = 0; i3 < dat.length; i3 += 16384)
        r4 += String.fromCharCode.apply(null, dat.subarray(i3, i3 + 16384));
      return r4;
    } else if (td) {
      return td.decode(dat);
    } else {
      var _a3 = dutf8(dat), s5 = _a3.s, r4 = _a3.r;
      if (r4.length)
        err(8);
      return s5;
    }
  }
  var slzh = function(d, b) {
    return b + 30 + b2(d, b + 26) + b2(d, b + 28);
  };
  var zh = function(d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a3 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a3[0], su = _a3[1], off = _a3[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
  };
  var z64hs = function(d, b, l2, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e2 = b + l2;
    var nf = nsc + nsu + noff;
    if (z && nf) {
      for (; b + 4 < e2; b += 4 + b2(d, b + 2)) {
        if (b2(d, b) == 1) {
          return [
            nsc ? b8(d, b + 4 + 8 * nsu) : sc,
            nsu ? b8(d, b + 4) : su,
            noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
            1
          ];
        }
      }
      if (z < 2)
        err(13);
    }
    return [sc, su, off, 0];
  };
  var exfl = function(ex) {
    var le = 0;
    if (ex) {
      for (var k in ex) {
        var l2 = ex[k].length;
        if (l2 > 65535)
          err(9);
        le += l2 + 4;
      }
    }
    return le;
  };
  var wzh = function(d, b, f, fn, u, c2, ce, co) {
    var fl2 = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
    if (ce != null)
      d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2;
    d[b++] = f.flag << 1 | (c2 < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
      err(10);
    wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
    if (c2 != -1) {
      wbytes(d, b, f.crc);
      wbytes(d, b + 4, c2 < 0 ? -c2 - 2 : c2);
      wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl2);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
      wbytes(d, b, col);
      wbytes(d, b + 6, f.attrs);
      wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl2;
    if (exl) {
      for (var k in ex) {
        var exf = ex[k], l2 = exf.length;
        wbytes(d, b, +k);
        wbytes(d, b + 2, l2);
        d.set(exf, b + 4), b += 4 + l2;
      }
    }
    if (col)
      d.set(co, b), b += col;
    return b;
  };
  var wzf = function(o2, b, c2, d, e2) {
    wbytes(o2, b, 101010256);
    wbytes(o2, b + 8, c2);
    wbytes(o2, b + 10, c2);
    wbytes(o2, b + 12, d);
    wbytes(o2, b + 16, e2);
  };
  function zipSync(data, opts) {
    if (!opts)
      opts = {};
    var r4 = {};
    var files = [];
    fltn(data, "", r4, opts);
    var o2 = 0;
    var tot = 0;
    for (var fn in r4) {
      var _a3 = r4[fn], file = _a3[0], p = _a3[1];
      var compression = p.level == 0 ? 0 : 8;
      var f = strToU8(fn), s5 = f.length;
      var com = p.comment, m = com && strToU8(com), ms = m && m.length;
      var exl = exfl(p.extra);
      if (s5 > 65535)
        err(11);
      var d = compression ? deflateSync(file, p) : file, l2 = d.length;
      var c2 = crc();
      c2.p(file);
      files.push(mrg(p, {
        size: file.length,
        crc: c2.d(),
        c: d,
        f,
        m,
        u: s5 != fn.length || m && com.length != ms,
        o: o2,
        compression
      }));
      o2 += 30 + s5 + exl + l2;
      tot += 76 + 2 * (s5 + exl) + (ms || 0) + l2;
    }
    var out = new u8(tot + 22), oe = o2, cdl = tot - o2;
    for (var i3 = 0; i3 < files.length; ++i3) {
      var f = files[i3];
      wzh(out, f.o, f, f.f, f.u, f.c.length);
      var badd = 30 + f.f.length + exfl(f.extra);
      out.set(f.c, f.o + badd);
      wzh(out, o2, f, f.f, f.u, f.c.length, f.o, f.m), o2 += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o2, files.length, cdl, oe);
    return out;
  }
  function unzipSync(data, opts) {
    var files = {};
    var e2 = data.length - 22;
    for (; b4(data, e2) != 101010256; --e2) {
      if (!e2 || data.length - e2 > 65558)
        err(13);
    }
    ;
    var c2 = b2(data, e2 + 8);
    if (!c2)
      return {};
    var o2 = b4(data, e2 + 16);
    var z = b4(data, e2 - 20) == 117853008;
    if (z) {
      var ze = b4(data, e2 - 12);
      z = b4(data, ze) == 101075792;
      if (z) {
        c2 = b4(data, ze + 32);
        o2 = b4(data, ze + 48);
      }
    }
    var fltr = opts && opts.filter;
    for (var i3 = 0; i3 < c2; ++i3) {
      var _a3 = zh(data, o2, z), c_2 = _a3[0], sc = _a3[1], su = _a3[2], fn = _a3[3], no = _a3[4], off = _a3[5], b = slzh(data, off);
      o2 = no;
      if (!fltr || fltr({
        name: fn,
        size: sc,
        originalSize: su,
        compression: c_2
      })) {
        if (!c_2)
          files[fn] = slc(data, b, b + sc);
        else if (c_2 == 8)
          files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
        else
          err(14, "unknown compression type " + c_2);
      }
    }
    return files;
  }

  // src/core/coding/qdpx.ts
  var PROJECT_NS = "urn:QDA-XML:project:1.0";
  var CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
  function escapeXml(text) {
    return text.replace(/[<>&"']/g, (c2) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c2]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
  }
  function attrs(values) {
    return Object.entries(values).filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`).join("");
  }
  function stableGuid(key) {
    const parts = [2166136261, 16777619, 2654435769, 2246822507].map((seed) => {
      let h = seed >>> 0;
      for (let i3 = 0; i3 < key.length; i3++) h = Math.imul(h ^ key.charCodeAt(i3), 16777619) >>> 0;
      return h.toString(16).padStart(8, "0");
    });
    const hex = parts.join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${(parseInt(hex[16], 16) & 3 | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  function toCodePoints(text, offset) {
    let n2 = 0;
    for (let i3 = 0; i3 < offset && i3 < text.length; i3++) {
      const c2 = text.charCodeAt(i3);
      if (c2 >= 55296 && c2 <= 56319 && i3 + 1 < text.length && i3 + 1 < offset) i3++;
      n2++;
    }
    return n2;
  }
  function fromCodePoints(text, points) {
    let i3 = 0;
    for (let n2 = 0; n2 < points; n2++) {
      if (i3 >= text.length) return void 0;
      const c2 = text.charCodeAt(i3);
      i3 += c2 >= 55296 && c2 <= 56319 && i3 + 1 < text.length ? 2 : 1;
    }
    return i3;
  }
  function codesXml(project, parent, memoNote, indent) {
    return project.codes.filter((c2) => c2.parent === parent).map((code) => {
      const note = memoNote(`code:${code.guid}`);
      const inner = (note ? `${indent}  <NoteRef${attrs({ targetGUID: note })}/>
` : "") + codesXml(project, code.guid, memoNote, `${indent}  `);
      const open = `${indent}<Code${attrs({ guid: code.guid, name: code.name, isCodable: true, color: code.color })}`;
      return inner ? `${open}>
${inner}${indent}</Code>
` : `${open}/>
`;
    }).join("");
  }
  function exportProjectXml(project, sources, options) {
    const now = options.now ?? (/* @__PURE__ */ new Date()).toISOString();
    const notes = [];
    const noteFor = /* @__PURE__ */ new Map();
    const addNote = (key, text) => {
      if (!text) return;
      const guid = stableGuid(`note:${key}`);
      notes.push({ guid, text });
      noteFor.set(key, guid);
    };
    const ordered = [...project.codings].sort((a2, b) => a2.source.localeCompare(b.source) || a2.start - b.start || a2.end - b.end || a2.guid.localeCompare(b.guid));
    for (const code of project.codes) addNote(`code:${code.guid}`, code.memo);
    for (const coding of ordered) addNote(`coding:${coding.guid}`, coding.memo);
    const files = {};
    const usersXml = project.users.length ? `  <Users>
${project.users.map((u) => `    <User${attrs({ guid: u.guid, name: u.name })}/>
`).join("")}  </Users>
` : "";
    const codebook = project.codes.length ? `  <CodeBook>
    <Codes>
${codesXml(project, void 0, (k) => noteFor.get(k), "      ")}    </Codes>
  </CodeBook>
` : "";
    const sourceXml = sources.map((s5) => {
      const codings = ordered.filter((c2) => c2.source === s5.source);
      if (codings.length === 0) return "";
      const guid = stableGuid(`source:${s5.source}`);
      files[`sources/${guid}.txt`] = s5.text;
      const selections = codings.map((c2) => {
        const note = noteFor.get(`coding:${c2.guid}`);
        const start = toCodePoints(s5.text, c2.start);
        const end = toCodePoints(s5.text, c2.end);
        const name = c2.text.replace(/\s+/g, " ").slice(0, 60);
        return `      <PlainTextSelection${attrs({ guid: c2.guid, name, startPosition: start, endPosition: end, creatingUser: c2.user, creationDateTime: c2.created })}>
        <Coding${attrs({ guid: stableGuid(`coding:${c2.guid}`), creatingUser: c2.user, creationDateTime: c2.created })}>
          <CodeRef${attrs({ targetGUID: c2.code })}/>
        </Coding>
` + (note ? `        <NoteRef${attrs({ targetGUID: note })}/>
` : "") + "      </PlainTextSelection>\n";
      }).join("");
      return `    <TextSource${attrs({ guid, name: s5.name, plainTextPath: `internal://${guid}.txt`, creationDateTime: now })}>
${selections}    </TextSource>
`;
    }).join("");
    const notesXml = notes.length ? `  <Notes>
${notes.map((n2) => `    <Note${attrs({ guid: n2.guid, name: n2.text.replace(/\s+/g, " ").slice(0, 60), creationDateTime: now })}>
      <PlainTextContent>${escapeXml(n2.text)}</PlainTextContent>
    </Note>
`).join("")}  </Notes>
` : "";
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project${attrs({ xmlns: PROJECT_NS, name: options.name, origin: "Diplomatic Study", creationDateTime: now, modifiedDateTime: now })}>
` + usersXml + codebook + (sourceXml ? `  <Sources>
${sourceXml}  </Sources>
` : "") + notesXml + "</Project>\n";
    return { xml, files };
  }
  function exportQdpx(project, sources, options) {
    const { xml, files } = exportProjectXml(project, sources, options);
    const entries = { "project.qde": strToU8(xml) };
    for (const [path, text] of Object.entries(files)) entries[path] = strToU8(text);
    return zipSync(entries, { level: 6 });
  }
  function exportCodebook(project) {
    return `<?xml version="1.0" encoding="utf-8"?>
<CodeBook${attrs({ xmlns: CODEBOOK_NS, origin: "Diplomatic Study" })}>
  <Codes>
${codesXml(project, void 0, () => void 0, "    ")}  </Codes>
</CodeBook>
`;
  }
  function parseXml(xml) {
    const root = { name: "#root", attrs: {}, children: [], text: "" };
    const stack = [root];
    const parser = new Parser(
      {
        onopentag(name, attributes) {
          const element = { name: name.replace(/^.*:/, ""), attrs: attributes, children: [], text: "" };
          stack[stack.length - 1].children.push(element);
          stack.push(element);
        },
        ontext(text) {
          stack[stack.length - 1].text += text;
        },
        onclosetag() {
          if (stack.length > 1) stack.pop();
        }
      },
      { xmlMode: true, decodeEntities: true }
    );
    parser.write(xml);
    parser.end();
    return root;
  }
  function child(element, name) {
    return element?.children.find((c2) => c2.name === name);
  }
  function childrenNamed(element, name) {
    return element?.children.filter((c2) => c2.name === name) ?? [];
  }
  var DEFAULT_COLOR = "#808080";
  function readQdpx(bytes) {
    let files;
    try {
      files = unzipSync(bytes);
    } catch (error) {
      throw new Error(`not a .qdpx project: it is not a zip archive (${error.message})`);
    }
    const qde = Object.keys(files).find((f) => /(^|\/)[^/]+\.qde$/i.test(f));
    if (!qde) throw new Error("not a .qdpx project: it holds no project.qde");
    const base = qde.includes("/") ? qde.slice(0, qde.lastIndexOf("/") + 1) : "";
    return readProjectXml(strFromU8(files[qde]).replace(/^\uFEFF/, ""), (path) => {
      const found = files[`${base}sources/${path}`] ?? files[`sources/${path}`] ?? Object.entries(files).find(([name]) => name.endsWith(`/${path}`))?.[1];
      return found && strFromU8(found).replace(/^\uFEFF/, "");
    });
  }
  function readProjectXml(xml, sourceFile) {
    const root = parseXml(xml);
    const project = child(root, "Project");
    if (!project) throw new Error("not a REFI-QDA project: project.qde has no Project element");
    const problems = [];
    const plainText = (element, what) => {
      const inline = child(element, "PlainTextContent");
      if (inline) return inline.text;
      const path = element.attrs.plainTextPath;
      if (!path) {
        problems.push(`${what} has no plain text (neither PlainTextContent nor plainTextPath)`);
        return void 0;
      }
      const internal = /^internal:\/\/(.+)$/.exec(path);
      if (!internal) {
        problems.push(`${what}'s text is outside the project (${path}); only internal:// sources can be read`);
        return void 0;
      }
      const text = sourceFile(decodeURIComponent(internal[1]));
      if (text === void 0) problems.push(`${what}'s text ${path} is missing from the archive`);
      return text;
    };
    const notes = /* @__PURE__ */ new Map();
    for (const note of childrenNamed(child(project, "Notes"), "Note")) {
      const text = plainText(note, `note "${note.attrs.name ?? note.attrs.guid}"`);
      if (note.attrs.guid && text !== void 0) notes.set(note.attrs.guid, text.trim());
    }
    const memoOf = (element, extra = []) => {
      const texts = [...extra, ...childrenNamed(element, "NoteRef").map((r4) => notes.get(r4.attrs.targetGUID ?? ""))].filter((t2) => Boolean(t2));
      return texts.length ? texts.join("\n\n") : void 0;
    };
    const codes = [];
    const walk2 = (element, parent) => {
      for (const code of childrenNamed(element, "Code")) {
        if (!code.attrs.guid || !code.attrs.name) {
          problems.push("a code without guid or name was left out");
          continue;
        }
        const description = child(code, "Description")?.text.trim();
        const memo = memoOf(code, description ? [description] : []);
        codes.push({ guid: code.attrs.guid, name: code.attrs.name, color: /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.test(code.attrs.color ?? "") ? code.attrs.color : DEFAULT_COLOR, ...parent ? { parent } : {}, ...memo ? { memo } : {} });
        walk2(code, code.attrs.guid);
      }
    };
    walk2(child(child(project, "CodeBook"), "Codes"), void 0);
    const known = new Set(codes.map((c2) => c2.guid));
    const users = childrenNamed(child(project, "Users"), "User").filter((u) => u.attrs.guid).map((u) => ({ guid: u.attrs.guid, name: u.attrs.name ?? u.attrs.id ?? "user" }));
    const sources = [];
    for (const source of childrenNamed(child(project, "Sources"), "TextSource")) {
      const name = source.attrs.name ?? source.attrs.guid ?? "source";
      const text = plainText(source, `source "${name}"`);
      if (text === void 0) continue;
      const selections = [];
      const codesOf = (element) => childrenNamed(element, "Coding").map((c2) => child(c2, "CodeRef")?.attrs.targetGUID).filter((g) => {
        if (g && known.has(g)) return true;
        problems.push(`a coding in "${name}" names a code that is not in the codebook (${g ?? "none"})`);
        return false;
      });
      for (const selection of childrenNamed(source, "PlainTextSelection")) {
        const startPoints = Number(selection.attrs.startPosition);
        const endPoints = Number(selection.attrs.endPosition);
        const start = Number.isInteger(startPoints) ? fromCodePoints(text, startPoints) : void 0;
        const end = Number.isInteger(endPoints) ? fromCodePoints(text, endPoints) : void 0;
        if (start === void 0 || end === void 0 || end <= start) {
          problems.push(`a selection of "${name}" (${selection.attrs.startPosition}\u2013${selection.attrs.endPosition}) lies outside its text (${text.length} characters)`);
          continue;
        }
        const codesHere = codesOf(selection);
        if (codesHere.length === 0) continue;
        const memo = memoOf(selection, [child(selection, "Description")?.text.trim() ?? ""].filter(Boolean));
        selections.push({ guid: selection.attrs.guid ?? "", start, end, codes: codesHere, ...memo ? { memo } : {}, ...selection.attrs.creatingUser ? { user: selection.attrs.creatingUser } : {}, ...selection.attrs.creationDateTime ? { created: selection.attrs.creationDateTime } : {} });
      }
      const whole = codesOf(source);
      if (whole.length) selections.push({ guid: "", start: 0, end: text.length, codes: whole });
      sources.push({ guid: source.attrs.guid ?? "", name, text, selections });
    }
    for (const other of ["PictureSource", "PDFSource", "AudioSource", "VideoSource"]) {
      const n2 = childrenNamed(child(project, "Sources"), other).length;
      if (n2) problems.push(`${n2} ${other.replace("Source", "").toLowerCase()} source(s) left out: only text sources are read`);
    }
    return { name: project.attrs.name ?? "Imported project", origin: project.attrs.origin, users, codes, sources, problems };
  }

  // src/core/study/corpusStudy.ts
  var blank = (m) => m.replace(/[^\n]/g, " ");
  function studyLines(text) {
    const page = looksLikeHtml(text.slice(0, 4e3)) ? text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, blank).replace(/<!--[\s\S]*?-->/g, blank).replace(/<[^>]*>/g, blank).replace(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, blank) : text;
    return splitLines(page);
  }
  function keyOf(word, options, language) {
    return options.stem ? stemWord(word, language ?? "en") : word;
  }
  function spansOf(term, keys, options, language) {
    const spans = [];
    const wanted = term.words.map((w) => keyOf(w, options, language));
    if (term.mode === "prefix") {
      for (let i3 = 0; i3 < keys.length; i3++) if (keys[i3].startsWith(wanted[0])) spans.push({ first: i3, end: i3 + 1 });
      return spans;
    }
    outer: for (let i3 = 0; i3 + wanted.length <= keys.length; i3++) {
      for (let k = 0; k < wanted.length; k++) if (keys[i3 + k] !== wanted[k]) continue outer;
      spans.push({ first: i3, end: i3 + wanted.length });
    }
    return spans;
  }
  function entitySpans(entryId, text, offsets, names) {
    if (!names) return [];
    const spans = [];
    for (const m of names(text)) {
      if (m.entryId !== entryId) continue;
      let first = 0;
      while (first < offsets.length && offsets[first].end <= m.start) first++;
      let end = first;
      while (end < offsets.length && offsets[end].start < m.end) end++;
      if (end > first) spans.push({ first, end });
    }
    return spans;
  }
  function hitsIn(query, wordList, entities, options, language) {
    const keys = options.stem ? wordList.map((w) => keyOf(w, options, language)) : wordList;
    const spansOfTerm = (term) => term.mode === "entity" ? entities(term.words[0]) : spansOf(term, keys, { stem: false }, language);
    const wantedTerm = (term) => options.stem && term.mode !== "entity" ? { ...term, words: term.words.map((w) => keyOf(w, options, language)) } : term;
    for (const term of query.exclude) if (spansOfTerm(wantedTerm(term)).length > 0) return null;
    const all = [];
    for (const group of query.groups) {
      let found = false;
      for (const term of group) {
        const spans = spansOfTerm(wantedTerm(term));
        if (spans.length) found = true;
        all.push(...spans);
      }
      if (!found) return null;
    }
    all.sort((a2, b) => a2.first - b.first || b.end - a2.end);
    const kept = [];
    for (const s5 of all) if (!kept.length || s5.first >= kept[kept.length - 1].end) kept.push(s5);
    return kept;
  }
  function candidates(index, query, options) {
    if (options.stem) return null;
    let best = null;
    for (const group of query.groups) {
      const ids = /* @__PURE__ */ new Set();
      let usable = true;
      for (const term of group) {
        if (term.mode === "prefix") {
          usable = false;
          break;
        }
        const key = term.mode === "entity" ? `@${term.words[0]}` : term.words[0];
        for (const id of index.paragraphsWith(key)) ids.add(id);
      }
      if (usable && (best === null || ids.size < best.size)) best = ids;
    }
    return best;
  }
  function* paragraphs(source, query, only) {
    for (const { meta, first, paragraphs: list } of source.index.documentsWithParagraphs()) {
      const publisher = meta.publisher ?? source.publisherOf?.(meta.file) ?? null;
      for (let i3 = 0; i3 < list.length; i3++) {
        const id = first + i3;
        if (only && !only.has(id)) continue;
        const paragraph = list[i3];
        if (query?.speaker && !speakerMatches(query.speaker, paragraph.speaker)) continue;
        if (query?.role && paragraph.role !== query.role) continue;
        yield { meta, paragraph, id, publisher };
      }
    }
  }
  function studyQuery(text) {
    const query = parseQuery(text);
    if (query.groups.length === 0) throw new RangeError(`'${text}' has no word to look for`);
    return query;
  }
  function inPeriod(date, from, to) {
    if (!from && !to) return true;
    if (!date) return false;
    return (!from || date >= from) && (!to || date.slice(0, (to ?? "").length) <= to);
  }
  var NON_ASCII3 = /[^\u0000-\u007f]/;
  var isAsciiWordCode = (c2) => c2 >= 48 && c2 <= 57 || c2 >= 97 && c2 <= 122;
  function placeWords(text, line, out) {
    if (NON_ASCII3.test(text)) {
      for (const w of wordsWithOffsets(text)) out.push({ word: w.word, line, start: w.start, end: w.end });
      return;
    }
    const lower = text.toLowerCase();
    const n2 = lower.length;
    let i3 = 0;
    while (i3 < n2) {
      if (!isAsciiWordCode(lower.charCodeAt(i3))) {
        i3++;
        continue;
      }
      let j = i3 + 1;
      while (j < n2 && isAsciiWordCode(lower.charCodeAt(j))) j++;
      out.push({ word: lower.slice(i3, j), line, start: i3, end: j });
      i3 = j;
    }
  }
  function wordsInLines(lines, paragraph) {
    const all = [];
    for (let l2 = paragraph.line; l2 <= paragraph.endLine && l2 < lines.length; l2++) placeWords(lines[l2], l2, all);
    const text = words(paragraph.text);
    const lead = text.slice(0, 3);
    if (lead.length === 0) return [];
    for (let k = 0; k + lead.length <= all.length; k++) {
      if (lead.every((w, j) => all[k + j].word === w)) return k === 0 ? all : all.slice(k);
    }
    return all;
  }
  function contextWords(list, from, step) {
    const out = [];
    for (let i3 = from; i3 >= 0 && i3 < list.length && out.length < 3; i3 += step) out.push(list[i3].word);
    return out;
  }
  var collapse2 = (text) => text.replace(/\s+/g, " ");
  function concordance(source, queryText, options = {}) {
    const query = studyQuery(queryText);
    const width = options.width ?? 50;
    const lines = [];
    const unreadable = /* @__PURE__ */ new Set();
    let fileLines = null;
    for (const p of paragraphs(source, query, candidates(source.index, query, options))) {
      if (!inPeriod(p.meta.date, options.from, options.to)) continue;
      if (options.publisher && p.publisher !== options.publisher) continue;
      if (fileLines?.file !== p.meta.file) fileLines = { file: p.meta.file, lines: source.lines?.(p.meta.file) };
      if (!fileLines.lines) {
        unreadable.add(p.meta.file);
        continue;
      }
      const placed = wordsInLines(fileLines.lines, p.paragraph);
      const entities = (entryId) => {
        const spans2 = [];
        if (!source.names) return spans2;
        for (let l2 = p.paragraph.line; l2 <= p.paragraph.endLine; l2++) {
          for (const m of source.names(fileLines.lines[l2] ?? "")) {
            if (m.entryId !== entryId) continue;
            let first = -1;
            let last = -1;
            placed.forEach((w, i3) => {
              if (w.line !== l2 || w.start < m.start || w.start >= m.end) return;
              if (first < 0) first = i3;
              last = i3;
            });
            if (first >= 0) spans2.push({ first, end: last + 1 });
          }
        }
        return spans2;
      };
      const spans = hitsIn(query, placed.map((w) => w.word), entities, options, p.meta.language);
      if (!spans) continue;
      for (const span of spans) {
        const first = placed[span.first];
        const last = placed[span.end - 1];
        const text = fileLines.lines[first.line];
        const end = last.line === first.line ? last.end : text.length;
        lines.push({
          file: p.meta.file,
          line: first.line,
          character: first.start,
          length: end - first.start,
          left: collapse2(text.slice(Math.max(0, first.start - width), first.start)),
          match: text.slice(first.start, end),
          right: collapse2(text.slice(end, end + width)),
          speaker: p.paragraph.speaker,
          role: p.paragraph.role ?? null,
          date: p.meta.date,
          title: p.meta.title,
          publisher: p.publisher,
          leftWords: contextWords(placed, span.first - 1, -1),
          rightWords: contextWords(placed, span.end, 1)
        });
      }
    }
    sortConcordance(lines, options.sort ?? "corpus");
    const total = lines.length;
    return { query: queryText, total, lines: options.limit !== void 0 ? lines.slice(0, options.limit) : lines, unreadable: [...unreadable] };
  }
  var byCorpusOrder = (a2, b) => a2.file < b.file ? -1 : a2.file > b.file ? 1 : a2.line - b.line || a2.character - b.character;
  function sortConcordance(lines, sort) {
    const compare = (x2, y) => {
      if (x2 === y) return 0;
      if (x2 === null || x2 === void 0 || x2 === "") return 1;
      if (y === null || y === void 0 || y === "") return -1;
      return x2 < y ? -1 : 1;
    };
    const key = (side, n2) => (a2, b) => {
      for (let k = n2 - 1; k < 3; k++) {
        const c2 = compare(a2[side][k], b[side][k]);
        if (c2) return c2;
      }
      return 0;
    };
    const by = {
      corpus: () => 0,
      left1: key("leftWords", 1),
      left2: key("leftWords", 2),
      left3: key("leftWords", 3),
      right1: key("rightWords", 1),
      right2: key("rightWords", 2),
      right3: key("rightWords", 3),
      date: (a2, b) => compare(a2.date, b.date),
      speaker: (a2, b) => compare(a2.speaker, b.speaker),
      transcript: (a2, b) => compare(a2.title, b.title)
    };
    lines.sort((a2, b) => by[sort](a2, b) || byCorpusOrder(a2, b));
  }
  var countsCache = /* @__PURE__ */ new WeakMap();
  function corpusCounts(index, options) {
    let byMode = countsCache.get(index);
    if (!byMode) countsCache.set(index, byMode = /* @__PURE__ */ new Map());
    const mode = options.stem ? "stem" : "form";
    const cached = byMode.get(mode);
    if (cached) return cached;
    const perParagraph = new Int32Array(index.paragraphCount);
    const frequency = /* @__PURE__ */ new Map();
    let total = 0;
    for (const { meta, first, paragraphs: list } of index.documentsWithParagraphs()) {
      for (let i3 = 0; i3 < list.length; i3++) {
        const w = words(list[i3].text);
        perParagraph[first + i3] = w.length;
        total += w.length;
        for (const word of w) {
          const key = keyOf(word, options, meta.language);
          frequency.set(key, (frequency.get(key) ?? 0) + 1);
        }
      }
    }
    const counts = { perParagraph, frequency, total };
    byMode.set(mode, counts);
    return counts;
  }
  function periodOf(date, by) {
    if (!date || !/^\d{4}/.test(date)) return null;
    return by === "year" ? date.slice(0, 4) : /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
  }
  function perMillion(hits, wordCount2) {
    return wordCount2 === 0 ? 0 : Math.round(hits / wordCount2 * 1e6 * 100) / 100;
  }
  function trends(source, terms, options = {}) {
    const by = options.by ?? "year";
    const counts = corpusCounts(source.index, options);
    const groupOf = (p) => options.split === "speaker" ? p.paragraph.speaker ?? "unknown speaker" : options.split === "publisher" ? p.publisher ?? "unknown publisher" : "";
    const wordsBy = /* @__PURE__ */ new Map();
    const undatedWords = /* @__PURE__ */ new Map();
    const periods = /* @__PURE__ */ new Set();
    for (const p of paragraphs(source, null, null)) {
      const group = groupOf(p);
      const n2 = counts.perParagraph[p.id];
      const period = periodOf(p.meta.date, by);
      if (period === null) {
        undatedWords.set(group, (undatedWords.get(group) ?? 0) + n2);
        continue;
      }
      periods.add(period);
      let m = wordsBy.get(group);
      if (!m) wordsBy.set(group, m = /* @__PURE__ */ new Map());
      m.set(period, (m.get(period) ?? 0) + n2);
    }
    const sortedPeriods = [...periods].sort();
    const series = [];
    for (const term of terms) {
      const query = studyQuery(/\s/.test(term.trim()) && !/["'|!@^:]/.test(term) ? `"${term.trim()}"` : term);
      const hitsBy = /* @__PURE__ */ new Map();
      const undatedHits = /* @__PURE__ */ new Map();
      for (const p of paragraphs(source, query, candidates(source.index, query, options))) {
        const spans = hitsIn(query, words(p.paragraph.text), (id) => entitySpans(id, p.paragraph.text, wordsWithOffsets(p.paragraph.text), source.names), options, p.meta.language);
        if (!spans?.length) continue;
        const group = groupOf(p);
        const period = periodOf(p.meta.date, by);
        if (period === null) {
          undatedHits.set(group, (undatedHits.get(group) ?? 0) + spans.length);
          continue;
        }
        let m = hitsBy.get(group);
        if (!m) hitsBy.set(group, m = /* @__PURE__ */ new Map());
        m.set(period, (m.get(period) ?? 0) + spans.length);
      }
      let groups = options.split ? [.../* @__PURE__ */ new Set([...hitsBy.keys()])] : [""];
      if (options.split) {
        const totalHits = (g) => [...hitsBy.get(g)?.values() ?? []].reduce((a2, b) => a2 + b, 0);
        groups = groups.sort((a2, b) => totalHits(b) - totalHits(a2) || (a2 < b ? -1 : 1)).slice(0, options.groups ?? 8);
      }
      for (const group of groups) {
        const buckets = sortedPeriods.map((period) => {
          const hits = hitsBy.get(group)?.get(period) ?? 0;
          const w = wordsBy.get(group)?.get(period) ?? 0;
          return { period, hits, words: w, perMillion: perMillion(hits, w) };
        });
        series.push({
          term,
          ...options.split ? { group } : {},
          buckets,
          hits: buckets.reduce((n2, b) => n2 + b.hits, 0),
          words: buckets.reduce((n2, b) => n2 + b.words, 0),
          undated: { hits: undatedHits.get(group) ?? 0, words: undatedWords.get(group) ?? 0 }
        });
      }
    }
    return { series, periods: sortedPeriods };
  }
  function logLikelihood2x2(o11, o12, o21, o22) {
    const n2 = o11 + o12 + o21 + o22;
    if (n2 === 0) return 0;
    const r1 = o11 + o12;
    const r22 = o21 + o22;
    const c1 = o11 + o21;
    const c2 = o12 + o22;
    const term = (o2, e2) => o2 > 0 && e2 > 0 ? o2 * Math.log(o2 / e2) : 0;
    return 2 * (term(o11, r1 * c1 / n2) + term(o12, r1 * c2 / n2) + term(o21, r22 * c1 / n2) + term(o22, r22 * c2 / n2));
  }
  function keynessLogLikelihood(a2, b, c2, d) {
    const e1 = c2 * (a2 + b) / (c2 + d);
    const e2 = d * (a2 + b) / (c2 + d);
    return 2 * ((a2 > 0 ? a2 * Math.log(a2 / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
  }
  function logRatio(a2, b, c2, d) {
    return Math.log2(Math.max(a2, 0.5) / c2 / (Math.max(b, 0.5) / d));
  }
  var round = (x2, digits = 4) => {
    if (!Number.isFinite(x2)) return x2;
    const f = 10 ** digits;
    return Math.round(x2 * f) / f;
  };
  function collocates(source, term, options = {}) {
    const window = options.window ?? 5;
    const min = options.min ?? 3;
    const query = studyQuery(term);
    const counts = corpusCounts(source.index, options);
    const together = /* @__PURE__ */ new Map();
    let nodeFrequency = 0;
    for (const p of paragraphs(source, query, candidates(source.index, query, options))) {
      const list = words(p.paragraph.text);
      const spans = hitsIn(query, list, (id) => entitySpans(id, p.paragraph.text, wordsWithOffsets(p.paragraph.text), source.names), options, p.meta.language);
      if (!spans?.length) continue;
      nodeFrequency += spans.length;
      const inNode = /* @__PURE__ */ new Set();
      for (const s5 of spans) for (let i3 = s5.first; i3 < s5.end; i3++) inNode.add(i3);
      const near = /* @__PURE__ */ new Set();
      for (const s5 of spans) for (let i3 = Math.max(0, s5.first - window); i3 < Math.min(list.length, s5.end + window); i3++) if (!inNode.has(i3)) near.add(i3);
      for (const i3 of near) {
        const key = keyOf(list[i3], options, p.meta.language);
        together.set(key, (together.get(key) ?? 0) + 1);
      }
    }
    const n2 = counts.total;
    const out = [];
    for (const [word, o11] of together) {
      if (o11 < min) continue;
      const frequency = counts.frequency.get(word) ?? o11;
      const o12 = Math.max(0, nodeFrequency - o11);
      const o21 = Math.max(0, frequency - o11);
      const o22 = Math.max(0, n2 - o11 - o12 - o21);
      out.push({
        word,
        together: o11,
        frequency,
        llr: round(logLikelihood2x2(o11, o12, o21, o22)),
        mi: round(Math.log2(o11 * n2 / (nodeFrequency * frequency))),
        tscore: round((o11 - nodeFrequency * frequency / n2) / Math.sqrt(o11))
      });
    }
    const sort = options.sort ?? "llr";
    out.sort((a2, b) => b[sort] - a2[sort] || b.together - a2.together || (a2.word < b.word ? -1 : 1));
    return { node: term, nodeFrequency, corpusWords: n2, collocates: options.limit !== void 0 ? out.slice(0, options.limit) : out };
  }
  function keywordParts(target) {
    const value = target.value;
    switch (target.by) {
      case "speaker":
        return { target: (p) => p.speaker === value };
      case "period":
        return { target: (p) => p.date !== null && p.date.startsWith(value) };
      case "publisher":
        return { target: (p) => p.publisher === value };
      case "folder": {
        const folder = value.endsWith("/") ? value : `${value}/`;
        return { target: (p) => p.file.startsWith(folder) };
      }
    }
  }
  function keywords(source, parts, options = {}) {
    const min = options.min ?? 2;
    const target = /* @__PURE__ */ new Map();
    const reference = /* @__PURE__ */ new Map();
    let c2 = 0;
    let d = 0;
    for (const p of paragraphs(source, null, null)) {
      const facts = { file: p.meta.file, date: p.meta.date, speaker: p.paragraph.speaker, publisher: p.publisher };
      const inTarget = parts.target(facts);
      if (!inTarget && parts.reference && !parts.reference(facts)) continue;
      const into = inTarget ? target : reference;
      const list = words(p.paragraph.text);
      if (inTarget) c2 += list.length;
      else d += list.length;
      for (const w of list) {
        const key = keyOf(w, options, p.meta.language);
        into.set(key, (into.get(key) ?? 0) + 1);
      }
    }
    const out = [];
    if (c2 > 0 && d > 0) {
      for (const [word, a2] of target) {
        if (a2 < min) continue;
        const b = reference.get(word) ?? 0;
        if (a2 / c2 <= b / d) continue;
        out.push({ word, target: a2, reference: b, llr: round(keynessLogLikelihood(a2, b, c2, d)), logRatio: round(logRatio(a2, b, c2, d)) });
      }
    }
    const sort = options.sort ?? "llr";
    out.sort((x2, y) => y[sort] - x2[sort] || y.target - x2.target || (x2.word < y.word ? -1 : 1));
    return { targetWords: c2, referenceWords: d, keywords: options.limit !== void 0 ? out.slice(0, options.limit) : out };
  }

  // src/core/corpusIndex.ts
  var MAX_FILE_BYTES = 200 * 1024 * 1024;
  var CorpusIndex = class {
    parser = new TranscriptParser();
    matcher = new EntityMatcher([]);
    glossaryHash = textHash("[]");
    mentions;
    display;
    build;
    entries = /* @__PURE__ */ new Map();
    /** The index of the files merged so far; `removed`, `added` and `fromCache` wait for the next search. */
    current = SearchIndex.empty();
    removed = /* @__PURE__ */ new Set();
    /** Files indexed since the last search, read into the next part of the index as they come: file → position there. */
    pending = new SearchIndexBuilder();
    added = /* @__PURE__ */ new Map();
    cached;
    fromCache = /* @__PURE__ */ new Set();
    /** Whether anything changed since the cache was read or written. */
    dirty = false;
    /** What was wrong with a cache that could not be used, for the caller to log once. */
    cacheProblem;
    constructor(options = {}) {
      this.mentions = options.mentions ?? true;
      this.display = options.display ?? true;
      this.build = options.build ?? "dev";
    }
    /** A new glossary: every file's mentions are found again (files are read again from disk where they came from). */
    setGlossary(entries, access, matcher) {
      this.matcher = matcher ?? new EntityMatcher(entries);
      const hash = textHash(JSON.stringify(entries));
      const all = /* @__PURE__ */ new Map();
      if (hash === this.glossaryHash) return all;
      this.glossaryHash = hash;
      for (const [file, entry] of [...this.entries]) {
        if (entry.skipped) continue;
        let text = entry.text;
        if (text === void 0 && entry.path && access) {
          const decoded = this.readText(entry.path, access);
          if ("skipped" in decoded) continue;
          text = decoded.text;
        }
        if (text === void 0) continue;
        all.set(file, this.index(file, text, entry).mentions);
      }
      return all;
    }
    /** A document parsed whole (every paragraph's text), for the Outline, folding and quotes; not indexed. */
    parse(text, fileName) {
      const last = this.lastParse;
      if (last && last.fileName === fileName && last.text === text) return last.transcript;
      const transcript = this.parser.parse(text, { fileName });
      this.lastParse = { text, fileName, transcript };
      return transcript;
    }
    /**
     * The last document parsed whole: the editor asks for its Outline and its highlighting of the same
     * version, one right after the other, and it is parsed once.
     */
    lastParse;
    /** What the editor highlights in a transcript: labels, header, noise, organisation mentions. */
    tokens(text, fileName) {
      return transcriptTokens(text, this.parse(text, fileName), this.mentionsIn(text));
    }
    /** A file's text as it stands in an editor (unsaved edits): indexed, and left out of the cache. */
    upsert(file, text, fileName) {
      return this.index(file, text, { fileName: fileName ?? file, text, warnings: [] });
    }
    /** A file's bytes, read elsewhere (a remote or virtual workspace): decoded and indexed, or skipped with a reason. */
    upsertBytes(file, bytes, fileName) {
      const decoded = decodeTranscript(bytes);
      if (!decoded.ok) return this.skip(file, { fileName, warnings: [] }, decoded.reason);
      if (decoded.text.trim() === "") return this.skip(file, { fileName, warnings: [] }, "is empty");
      return { ...this.index(file, decoded.text, { fileName, text: decoded.text, warnings: decoded.warnings }), warnings: decoded.warnings };
    }
    /**
     * Reads files from disk, each only if the cache does not hold it as it is now. Answers, per
     * file, what the editor shows of it (as bytes) or why it was skipped.
     */
    loadFiles(files, access) {
      const stats = files.map(({ path }) => access.stat(path));
      let unread = 0;
      files.forEach(({ file }, i3) => {
        const cachedEntry = this.cached?.contents.files[file];
        if (stats[i3] && (!cachedEntry || cachedEntry.key.size !== stats[i3].size || cachedEntry.key.mtimeMs !== stats[i3].mtimeMs)) unread += Math.min(stats[i3].size, MAX_FILE_BYTES);
      });
      this.pending.reserve(unread);
      return files.map(({ file, path, fileName }, i3) => {
        const stat = stats[i3];
        if (!stat) return this.skip(file, { fileName, warnings: [] }, "was deleted before it could be read", true);
        if (stat.size > MAX_FILE_BYTES) return this.skip(file, { fileName, warnings: [] }, `is ${(stat.size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a transcript may be`, true);
        const cachedEntry = this.cached?.contents.files[file];
        const unreadable = (error) => {
          const code = error.code;
          return this.skip(file, { fileName, warnings: [] }, code === "ENOENT" ? "was deleted before it could be read" : `could not be read (${code ?? error.message}); check its permissions`);
        };
        if (cachedEntry && cachedEntry.key.size === stat.size && cachedEntry.key.mtimeMs === stat.mtimeMs) {
          let ends;
          try {
            ends = access.readEnds(path, HASHED_BYTES);
          } catch (error) {
            return unreadable(error);
          }
          const key2 = fileKeyOf(stat.size, stat.mtimeMs, ends[0], ends[1]);
          if (sameKey(cachedEntry.key, key2)) {
            if (cachedEntry.skipped) return this.skip(file, { fileName, path, key: key2, warnings: [] }, cachedEntry.skipped, true);
            const display = this.cached.display.get(file);
            if (this.entries.get(file) !== void 0 || this.added.has(file)) this.removed.add(file);
            this.unadd(file);
            this.fromCache.add(file);
            this.entries.set(file, { fileName, path, key: key2, warnings: cachedEntry.warnings ?? [], display });
            return { file, display: display ? Uint8Array.prototype.slice.call(display) : null, warnings: cachedEntry.warnings ?? [], cached: true };
          }
        }
        let bytes;
        try {
          bytes = access.read(path);
        } catch (error) {
          return unreadable(error);
        }
        const key = fileKeyOf(bytes.byteLength, stat.mtimeMs, bytes.subarray(0, HASHED_BYTES), bytes.subarray(Math.max(0, bytes.byteLength - HASHED_BYTES)));
        const decoded = decodeTranscript(bytes);
        if (!decoded.ok) return this.skip(file, { fileName, path, key, warnings: [] }, decoded.reason, true);
        if (decoded.text.trim() === "") return this.skip(file, { fileName, path, key, warnings: [] }, "is empty", true);
        const entry = { fileName, path, key, warnings: decoded.warnings };
        this.index(file, decoded.text, entry);
        return { file, display: entry.display ? entry.display.slice() : null, warnings: decoded.warnings, cached: false };
      });
    }
    remove(file) {
      if (!this.entries.delete(file)) return;
      this.unadd(file);
      this.fromCache.delete(file);
      this.removed.add(file);
      this.dirty = true;
    }
    /** The files indexed (not those skipped). */
    get size() {
      let n2 = 0;
      for (const e2 of this.entries.values()) if (!e2.skipped) n2++;
      return n2;
    }
    /** What the editor shows of a file, as `loadFiles` answers it. */
    displayOf(file) {
      return this.entries.get(file)?.display;
    }
    /**
     * What corpus studies read: the index, each file's lines (its unsaved text, or the file on disk
     * read again), the glossary's names, and a file's folder as its publisher where its text names none.
     */
    studySource(access) {
      return {
        index: this.searchIndex(),
        names: (text) => this.matcher.matchLine(text),
        lines: (file) => {
          const entry = this.entries.get(file);
          if (!entry || entry.skipped) return void 0;
          if (entry.text !== void 0) return studyLines(entry.text);
          if (!entry.path || !access) return void 0;
          const read = this.readText(entry.path, access);
          return "text" in read ? studyLines(read.text) : void 0;
        },
        publisherOf: (file) => {
          const parts = (this.entries.get(file)?.path ?? file).split(/[\\/]/);
          return parts.length > 1 ? decodeURIComponent(parts[parts.length - 2]) : null;
        }
      };
    }
    search(query, options) {
      return this.searchIndex().search(query, options, (text) => this.matcher.matchLine(text));
    }
    /** The search index of every file, with the changes since the last search merged in. */
    searchIndex() {
      if (this.removed.size === 0 && this.added.size === 0 && this.fromCache.size === 0) return this.current;
      const drop = /* @__PURE__ */ new Set([...this.removed, ...this.added.keys(), ...this.fromCache]);
      const parts = [this.current.without(drop)];
      if (this.fromCache.size > 0 && this.cached) {
        const index = this.cached.contents.index;
        parts.push(index.without(new Set(index.files.filter((f) => !this.fromCache.has(f)))));
      }
      if (this.pending.documentCount > 0) parts.push(this.pending.finish());
      this.pending = new SearchIndexBuilder();
      this.current = SearchIndex.concat(parts);
      this.removed.clear();
      this.added.clear();
      this.fromCache.clear();
      return this.current;
    }
    /**
     * Takes a cache file's bytes. A file that cannot be read as one is set aside (`cacheProblem`
     * says why); one made by another build, or for another glossary, is not used.
     */
    openCache(bytes, texts) {
      this.cached = void 0;
      if (!bytes) return;
      let contents;
      try {
        contents = decodeCache(bytes, texts);
      } catch (error) {
        this.cacheProblem = error instanceof CorruptDataError ? error.message : `unreadable (${error.message})`;
        return;
      }
      if (contents.build !== this.build) return;
      if (this.mentions && (!contents.mentions || contents.glossary !== this.glossaryHash)) return;
      if (this.display && !contents.display) return;
      const display = /* @__PURE__ */ new Map();
      if (contents.display) contents.index.files.forEach((file, i3) => display.set(file, contents.display[i3]));
      this.cached = { contents, display };
    }
    /** The files an opened cache holds as read (not those it recorded as skipped), in its order. */
    get cachedFiles() {
      if (!this.cached) return [];
      return Object.entries(this.cached.contents.files).filter(([, f]) => !f.skipped).map(([file]) => file);
    }
    /** Whether a cache was opened and can answer for files. */
    get cacheInUse() {
      return this.cached !== void 0;
    }
    /** Whether the corpus changed since its cache was read or written. */
    get changedSinceCache() {
      return this.dirty || this.cached === void 0;
    }
    /** The cache files for what is indexed now: files indexed from their disk contents only. */
    cacheBytes() {
      let index = this.searchIndex();
      const files = {};
      const unsaved = /* @__PURE__ */ new Set();
      for (const [file, entry] of this.entries) {
        if (!entry.key) {
          unsaved.add(file);
          continue;
        }
        files[file] = entry.skipped ? { key: entry.key, skipped: entry.skipped } : entry.warnings.length ? { key: entry.key, warnings: entry.warnings } : { key: entry.key };
      }
      if (unsaved.size) index = index.without(unsaved);
      const display = this.display ? index.files.map((f) => this.entries.get(f)?.display ?? new Uint8Array()) : null;
      const bytes = encodeCache({ build: this.build, glossary: this.glossaryHash, mentions: this.mentions, files, index, display });
      this.dirty = false;
      return bytes;
    }
    readText(path, access) {
      try {
        const decoded = decodeTranscript(access.read(path));
        return decoded.ok ? { text: decoded.text } : { skipped: decoded.reason };
      } catch (error) {
        return { skipped: `could not be read (${error.message})` };
      }
    }
    skip(file, entry, reason, record = false) {
      if (this.entries.has(file) || this.added.has(file) || this.fromCache.has(file)) {
        this.unadd(file);
        this.fromCache.delete(file);
        this.removed.add(file);
      }
      if (record && entry.key) this.entries.set(file, { ...entry, skipped: reason });
      else this.entries.delete(file);
      this.dirty = true;
      return { file, skipped: reason };
    }
    index(file, text, entry) {
      const transcript = this.parser.parse(text, { fileName: entry.fileName });
      const mentions = this.mentions ? this.mentionsIn(text) : [];
      if (this.entries.has(file) || this.fromCache.has(file)) this.removed.add(file);
      this.fromCache.delete(file);
      this.unadd(file);
      this.added.set(file, this.pending.add(searchDocumentOf(file, transcript, mentions)));
      const shown = { transcript: this.display ? forDisplay(transcript) : transcript, mentions };
      if (this.display) entry.display = encodeDisplay(shown);
      this.entries.set(file, entry);
      this.dirty = true;
      return shown;
    }
    /** A file indexed since the last search leaves the part being built. */
    unadd(file) {
      const position = this.added.get(file);
      if (position === void 0) return;
      this.pending.drop(position);
      this.added.delete(file);
    }
    mentionsIn(text) {
      const mentions = [];
      splitLines(text).forEach((line, index) => {
        for (const m of this.matcher.matchLine(line)) {
          const { before, after } = keywordInContext(line, m.start, m.end);
          mentions.push({ entryId: m.entryId, line: index, start: m.start, end: m.end, text: m.text, before, after });
        }
      });
      return mentions;
    }
  };
  function answer(index, request, access) {
    switch (request.type) {
      case "glossary":
        return Object.fromEntries(index.setGlossary(request.entries));
      case "upsert":
        return index.upsert(request.file, request.text, request.fileName);
      case "upsertBytes":
        return index.upsertBytes(request.file, request.bytes, request.fileName);
      case "remove":
        index.remove(request.file);
        return null;
      case "parse":
        return { transcript: index.parse(request.text, request.fileName), mentions: [] };
      case "language":
        return documentLanguage(request.text);
      case "tokens":
        return index.tokens(request.text, request.fileName);
      case "import":
        return importTranscript(request.text, request.options);
      case "qdpxExport":
        return exportQdpx(request.project, request.sources, request.options);
      case "qdpxRead":
        return readQdpx(request.bytes);
      case "codebook":
        return exportCodebook(request.project);
      case "search":
        return index.search(request.query, request.options);
      case "concordance":
        return concordance(index.studySource(access), request.query, request.options);
      case "trends":
        return trends(index.studySource(access), request.terms, request.options);
      case "collocates":
        return collocates(index.studySource(access), request.term, request.options);
      case "keywords":
        return keywords(index.studySource(access), keywordParts(request.target), request.options);
    }
  }

  // src/extension/indexTransfer.ts
  var PART_SIZE = { sections: 5e3, mentions: 6e4 };
  function isIndexedFile(value) {
    return typeof value === "object" && value !== null && "transcript" in value && "mentions" in value;
  }
  function splitAnswer(id, value, size = PART_SIZE) {
    const SECTIONS_PER_PART = size.sections;
    const MENTIONS_PER_PART = size.mentions;
    if (!isIndexedFile(value) || value.transcript.sections.length <= SECTIONS_PER_PART && value.mentions.length <= MENTIONS_PER_PART) return [{ id, ok: true, value }];
    const messages = [];
    const { sections } = value.transcript;
    for (let i3 = 0; i3 < sections.length; i3 += SECTIONS_PER_PART) messages.push({ id, ok: true, part: { sections: sections.slice(i3, i3 + SECTIONS_PER_PART) } });
    for (let i3 = 0; i3 < value.mentions.length; i3 += MENTIONS_PER_PART) messages.push({ id, ok: true, part: { mentions: value.mentions.slice(i3, i3 + MENTIONS_PER_PART) } });
    messages.push({ id, ok: true, value: { ...value, transcript: { ...value.transcript, sections: [] }, mentions: [] } });
    return messages;
  }

  // src/extension/indexWorkerLoop.ts
  function transferables(message) {
    if (!message.ok || !("value" in message) || !Array.isArray(message.value)) return [];
    const buffers = [];
    for (const result of message.value) {
      const display = result && typeof result === "object" && "display" in result ? result.display : null;
      if (display && display.byteOffset === 0 && display.byteLength === display.buffer.byteLength) buffers.push(display.buffer);
    }
    return buffers;
  }
  function serveIndex(corpus, port) {
    const remaining = /* @__PURE__ */ new Map();
    port.onMessage((message) => {
      if (message.next) {
        const parts = remaining.get(message.id);
        const part = parts?.shift();
        if (parts && parts.length === 0) remaining.delete(message.id);
        if (part) port.post(part, []);
        return;
      }
      try {
        const [first, ...rest] = splitAnswer(message.id, corpus.answer(message.request));
        if (rest.length) remaining.set(message.id, rest);
        port.post(first, transferables(first));
      } catch (error) {
        port.post({ id: message.id, ok: false, error: error.message }, []);
      }
    });
  }

  // src/web/indexWorker.ts
  var MemoryCorpus = class {
    index = new CorpusIndex({ build: BUILD });
    answer(request) {
      switch (request.type) {
        case "openCache":
        case "loadFiles":
        case "saveCache":
          throw new Error(`'${request.type}' reads a local disk, which an index in the browser has not`);
        default:
          return answer(this.index, request);
      }
    }
  };
  var scope = globalThis;
  if (scope.diplomaticStudyInProcess) {
    scope.diplomaticStudyLocalCorpus = MemoryCorpus;
  } else {
    serveIndex(new MemoryCorpus(), {
      post: (message, transfer) => scope.postMessage(message, transfer),
      onMessage: (listener) => scope.addEventListener("message", (event) => listener(event.data))
    });
  }
})();
//# sourceMappingURL=indexWorker.js.map
