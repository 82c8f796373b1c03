#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-X5N6Q7YB.js";

// src/core/stream.ts
var CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
var RULE = 'use 1-64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit, without "..", and not ending in "." or ".lock" (for example "default" or "nightly-review")';
function legacyStreamNameProblem(name) {
  if (name.includes("..")) return 'contains ".."';
  if (name.endsWith(".")) return 'ends in "."';
  if (name.toLowerCase().endsWith(".lock")) return 'ends in ".lock"';
  return null;
}
function parseStreamName(name) {
  if (!CHARACTERS.test(name) || name === "..") {
    throw new UsageError(`invalid stream name ${JSON.stringify(name)}: ${RULE}.`);
  }
  return name;
}
function legacyStreamMessage(name, exists) {
  const problem = legacyStreamNameProblem(name);
  if (problem === null) return null;
  return exists ? `stream name ${JSON.stringify(name)} ${problem}: it is kept working because the stream already exists, but it cannot be a git ref, so it cannot move to the git-ref store. Reseed the login under a new name that follows the rule (${RULE}) when convenient.` : `invalid stream name ${JSON.stringify(name)}: it ${problem}, which a git ref cannot hold, and every store follows the same rule: ${RULE}.`;
}

// src/core/sandbox-mode.ts
var SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"];
function sandboxMode(value, where) {
  if (SANDBOX_MODES.includes(value)) return value;
  throw new UsageError(
    `${where} must be one of ${SANDBOX_MODES.join(", ")}, not ${JSON.stringify(value ?? "")}.`
  );
}

// src/core/project-trust.ts
import path from "node:path";
var UNSEALING_FLAGS = {
  "--trust": "trusts the checkout, so Codex loads its .codex/config.toml (sandbox_mode, permissions, MCP servers) over the profile that keeps the login from the agent",
  // Measured on 0.169.0 and 0.171.0: the review is a model call, so a hostile model answered {"outcome":"allow"}
  // for its own escalated command, which then ran outside the sandbox and printed auth.json.
  "--approve-for-me": "lets an automatic review, a model call the agent's own model answers, approve commands that run outside the sandbox",
  // Measured on 0.169.0: the agent printed auth.json while the run reported sealed (the probe does not get it).
  "--ignore-user-config": "makes Codex skip the config.toml this tool writes, and with it the profile that keeps the login from the agent",
  // Hooks are commands Codex runs outside the sandbox, fed the agent's tool input; this runs them untrusted.
  "--dangerously-bypass-hook-trust": "runs hook commands outside the sandbox without their trust being recorded, with the agent's tool input on stdin",
  "--remote": "runs the agent through another Codex app server, whose sandbox is not the one this tool set up and proved"
};
var UNSEALING_LABELS = {
  "--trust": "project configuration trusted",
  "--approve-for-me": "commands approved by an automatic review",
  "--ignore-user-config": "the sealed config.toml skipped",
  "--dangerously-bypass-hook-trust": "hooks run without trust",
  "--remote": "a remote app server"
};
var PROJECT_TRUST_LABEL = "project configuration trusted";
function isProjectKey(key) {
  return key === "projects" || key.startsWith("projects.");
}
function trustedProjects(doc) {
  const projects = asTable(doc.projects) ?? {};
  return Object.entries(projects).filter(([, body]) => asTable(body)?.trust_level !== "untrusted").map(([dir]) => `[projects.${JSON.stringify(dir)}]`);
}
function projectDirs(dirs) {
  const all = /* @__PURE__ */ new Set();
  for (const start of dirs) {
    for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
      all.add(dir);
      if (path.dirname(dir) === dir) break;
    }
  }
  return [...all];
}
function untrustProjects(doc, dirs) {
  if (dirs.length === 0) return;
  const projects = asTable(doc.projects) ?? {};
  for (const dir of dirs) projects[dir] = { ...asTable(projects[dir]) ?? {}, trust_level: "untrusted" };
  doc.projects = projects;
}
function asTable(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var BARE_KEY = /^[a-z0-9-_]+$/i;
var HAS_WELLFORMED = !!"".isWellFormed;
function extendedTypeOf(obj) {
  let type = typeof obj;
  if (type === "object") {
    if (Array.isArray(obj))
      return "array";
    if (typeof obj.getUTCDate === "function" && obj instanceof Date)
      return "date";
    if (globalThis.Temporal) {
      if (obj.until) {
        if (obj instanceof Temporal.ZonedDateTime)
          return "temporal/tz+uc";
        if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
          return "temporal/uc";
        if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
          return "temporal";
        if (obj instanceof Temporal.PlainYearMonth)
          return "temporal/x";
      } else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) {
        return "temporal/x";
      }
    }
  }
  return type;
}
function isArrayOfTables(obj) {
  for (let i = 0; i < obj.length; i++) {
    if (extendedTypeOf(obj[i]) !== "object")
      return false;
  }
  return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
  return JSON.stringify(s).replaceAll("\x7F", "\\u007f");
}
function formatString(s) {
  return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
  if (BARE_KEY.test(s))
    return s;
  if (HAS_WELLFORMED && !s.isWellFormed())
    throw new RangeError("key contains illegal lone surrogates");
  return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  switch (type) {
    // @ts-expect-error -- intentional fallthrough case
    case "number":
      if (isNaN(val))
        return "nan";
      if (val === Infinity)
        return "inf";
      if (val === -Infinity)
        return "-inf";
      if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
        return val.toFixed(1);
    case "bigint":
    case "boolean":
    case "temporal":
      return val.toString();
    case "string":
      return formatString(val);
    case "date":
      if (isNaN(val.getTime()))
        throw new TypeError("cannot serialize invalid date");
      return val.toISOString();
    case "object":
      return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
    case "array":
      return stringifyArray(val, depth, numberAsFloat, strictTemporal);
    // @ts-expect-error -- intentional fallthrough case
    case "temporal/tz+uc":
      if (strictTemporal) {
        let tz = val.timeZoneId;
        let tzc = tz.charCodeAt(0);
        if (
          // Classic offset
          tzc !== 43 && tzc !== 45 && // Fast pre-check pass; see below for the actually accepted values
          (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
          tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
          !tz.startsWith("GMT") && tz !== "Greenwich" && // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
          !tz.startsWith("Etc/"))
        ) {
          throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
        }
      }
    case "temporal/uc":
      if (strictTemporal && val.calendarId !== "iso8601")
        throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
      return val.toString({
        calendarName: "never",
        timeZoneName: "never"
      });
    case "temporal/x":
      throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
  }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
  let keys = Object.keys(obj);
  if (keys.length === 0)
    return "{}";
  let res = "{ ";
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (i)
      res += ", ";
    res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " }";
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
  if (array.length === 0)
    return "[]";
  let res = "[ ";
  for (let i = 0; i < array.length; i++) {
    if (i)
      res += ", ";
    if (array[i] === null || array[i] === void 0) {
      throw new TypeError("arrays cannot contain null or undefined values");
    }
    res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
  }
  return res + " ]";
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let res = "";
  for (let i = 0; i < array.length; i++) {
    res += `${res && "\n"}[[${key}]]
`;
    res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
  }
  return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
  if (depth === 0) {
    throw new Error("Could not stringify the object: maximum object depth exceeded");
  }
  let preamble = "";
  let tables = "";
  let keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    let k = keys[i];
    if (obj[k] !== null && obj[k] !== void 0) {
      let type = extendedTypeOf(obj[k]);
      if (type === "symbol" || type === "function") {
        throw new TypeError(`cannot serialize values of type '${type}'`);
      }
      let key = formatKey(k);
      if (type === "array" && isArrayOfTables(obj[k])) {
        tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
      } else if (type === "object") {
        let tblKey = prefix ? `${prefix}.${key}` : key;
        tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
      } else {
        preamble += key;
        preamble += " = ";
        preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
        preamble += "\n";
      }
    }
  }
  if (tableKey && (preamble || !tables))
    preamble = preamble ? `[${tableKey}]
${preamble}` : `[${tableKey}]`;
  return preamble && tables ? `${preamble}
${tables}` : preamble || tables;
}
function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
  if (extendedTypeOf(obj) !== "object") {
    throw new TypeError("stringify can only be called with an object");
  }
  let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
  if (str[str.length - 1] !== "\n")
    return str + "\n";
  return str;
}

// src/core/user-config.ts
function parseUserConfig(text, names) {
  try {
    return parse(text);
  } catch (error) {
    const where = error instanceof TomlError ? ` (line ${error.line}, column ${error.column})` : "";
    throw new UsageError(`${names.codexConfig} is not valid TOML${where}; fix it or leave it empty.`);
  }
}
function refuseProfileSandboxModes(doc, names) {
  const profiles = asTable2(doc.profiles);
  for (const [profile, body] of Object.entries(profiles ?? {})) {
    if (asTable2(body)?.sandbox_mode !== void 0) {
      throw new UsageError(
        `[profiles.${profile}] in ${names.codexConfig} sets sandbox_mode, which would switch off the profile that keeps the login from the agent; choose the sandbox with ${names.sandbox} instead.`
      );
    }
  }
}
function asTable2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

// src/core/outside-sandbox.ts
var MCP = "runs an MCP server outside the sandbox: its tools, which the agent calls, can read the ChatGPT login";
var NOTIFY = "runs a program outside the sandbox after every turn, with the agent's message as an argument";
var HOOKS = "runs hook commands outside the sandbox, with the agent's tool input on stdin";
var PROXY = "gives the agent's commands network access through a proxy Codex runs outside the sandbox";
var PLUGINS = "installs the ChatGPT account's plugins into the run, whose MCP servers and hooks run outside the sandbox";
var APPS = "gives the agent the ChatGPT account's apps, tools that run outside the sandbox";
var RISKY_FEATURES = {
  network_proxy: PROXY,
  plugins: PLUGINS,
  remote_plugin: PLUGINS,
  apps: APPS
};
var ACCOUNT_FEATURES = ["plugins", "remote_plugin", "apps"];
function switchOffAccountFeatures(doc) {
  const features = asTable3(doc.features) ?? {};
  for (const feature of ACCOUNT_FEATURES) features[feature] ??= false;
  doc.features = features;
}
function outsideSandboxArg(flag, value, where) {
  if (flag === "--enable") return outsideSandboxFeature(value, where);
  if (flag !== "-c" && flag !== "--config") return null;
  const at = value.indexOf("=");
  return at === -1 ? null : outsideSandboxOverride(value.slice(0, at).trim(), value.slice(at + 1), where);
}
function outsideSandboxOverride(key, value, where) {
  const path2 = key.split(".");
  const scoped = path2[0] === "profiles" ? path2.slice(2) : path2;
  const head = scoped[0];
  if (head === "mcp_servers") {
    const server = key.split(".").slice(0, path2.length - scoped.length + 2).join(".");
    return { why: `-c ${server} in ${where} ${MCP}`, label: "MCP server" };
  }
  if (head === "notify") return { why: `-c ${key} in ${where} ${NOTIFY}`, label: "notify program" };
  if (head === "hooks") return { why: `-c ${key} in ${where} ${HOOKS}`, label: "hooks" };
  if (head === "features") {
    const feature = scoped[1];
    const risky = feature === void 0 ? void 0 : RISKY_FEATURES[feature];
    if (risky !== void 0 && value.trim() !== "false") {
      return { why: `-c ${key} in ${where} ${risky}`, label: feature ?? "feature" };
    }
  }
  return null;
}
function outsideSandboxFeature(feature, where) {
  const risky = RISKY_FEATURES[feature];
  return risky === void 0 ? null : { why: `--enable ${feature} in ${where} ${risky}`, label: feature };
}
function outsideSandboxConfig(doc, where) {
  const found = scan(doc, "", where);
  for (const [name, body] of Object.entries(asTable3(doc.profiles) ?? {})) {
    found.push(...scan(asTable3(body) ?? {}, `[profiles.${name}] `, where));
  }
  return found;
}
function scan(table, prefix, where) {
  const found = [];
  for (const [name, server] of Object.entries(asTable3(table.mcp_servers) ?? {})) {
    if (asTable3(server)?.enabled === false) continue;
    found.push({
      why: `${prefix}[mcp_servers.${name}] in ${where} ${MCP}`,
      label: "MCP server"
    });
  }
  if (Array.isArray(table.notify) && table.notify.length > 0) {
    found.push({ why: `${prefix}notify in ${where} ${NOTIFY}`, label: "notify program" });
  }
  const hooks = asTable3(table.hooks);
  if (hooks !== void 0 && Object.keys(hooks).length > 0) {
    found.push({ why: `${prefix}[hooks] in ${where} ${HOOKS}`, label: "hooks" });
  }
  for (const [feature, risky] of Object.entries(RISKY_FEATURES)) {
    if (asTable3(table.features)?.[feature] === true) {
      found.push({ why: `${prefix}features.${feature} in ${where} ${risky}`, label: feature });
    }
  }
  return found;
}
function unsealedReason(labels, outside) {
  const processes = [...new Set(outside.map((found) => found.label))].join(", ");
  const all = [...new Set(labels), ...processes === "" ? [] : [`${processes} outside the sandbox`]];
  return all.length === 0 ? null : all.join("; ");
}
function asTable3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

// src/core/seal-config.ts
var SEALED_PROFILE = "codex-auth-sealed";
var BASE_PROFILE = {
  "read-only": ":read-only",
  "workspace-write": ":workspace"
};
var SANDBOX_FLAGS = /* @__PURE__ */ new Set(["--sandbox", "-s"]);
var DANGER_FLAGS = /* @__PURE__ */ new Set(["--dangerously-bypass-approvals-and-sandbox", "--yolo"]);
function chooseSandbox(args, fallback, names) {
  const end = args.indexOf("--");
  const options = end === -1 ? [...args] : args.slice(0, end);
  const tail = end === -1 ? [] : args.slice(end);
  const kept = [];
  const chosen = /* @__PURE__ */ new Set();
  const unsealing = [];
  const labels = [];
  const outside = [];
  let network = false;
  let cd;
  for (let i = 0; i < options.length; i += 1) {
    const arg = options[i] ?? "";
    const [flag, inline] = splitInline(arg);
    const unsealingWhy = UNSEALING_FLAGS[flag];
    if (unsealingWhy !== void 0) {
      unsealing.push(`${flag} in ${names.codexArgs} ${unsealingWhy}`);
      labels.push(UNSEALING_LABELS[flag] ?? flag);
    }
    if (flag === "-C" || flag === "--cd") cd = inline ?? options[i + 1];
    const found = outsideSandboxArg(flag, inline ?? options[i + 1] ?? "", names.codexArgs);
    if (found !== null && !outside.some((seen) => seen.why === found.why)) outside.push(found);
    if (SANDBOX_FLAGS.has(flag)) {
      const value = inline ?? options[i += 1];
      chosen.add(sandboxMode(value, `${flag} in ${names.codexArgs}`));
    } else if (flag === "--full-auto") {
      chosen.add("workspace-write");
    } else if (DANGER_FLAGS.has(flag)) {
      chosen.add("danger-full-access");
    } else if (flag === "-c" || flag === "--config") {
      const value = inline ?? options[i + 1] ?? "";
      const override = sandboxOverride(value, names);
      if (override !== null && "project" in override) {
        labels.push(PROJECT_TRUST_LABEL);
        unsealing.push(
          `-c ${override.project} in ${names.codexArgs} sets project trust above the tool's own config, so Codex may load the checkout's .codex/config.toml (sandbox_mode, permissions, MCP servers) over the profile that keeps the login from the agent`
        );
      }
      if (override === null || "project" in override) {
        kept.push(arg);
        if (inline === void 0 && i + 1 < options.length) kept.push(options[i += 1] ?? "");
        continue;
      }
      if (inline === void 0) i += 1;
      if (override.mode) chosen.add(override.mode);
      if (override.network !== void 0) network = override.network;
    } else {
      kept.push(arg);
    }
  }
  if (chosen.size > 1) {
    throw new UsageError(
      `${names.codexArgs} asks for more than one sandbox (${[...chosen].join(", ")}); give one, in ${names.sandbox}.`
    );
  }
  const fromArgs = [...chosen][0];
  if (fromArgs !== void 0 && fallback !== void 0 && fromArgs !== fallback && names.sandbox !== "") {
    throw new UsageError(
      `${names.codexArgs} asks for the sandbox ${fromArgs} but ${names.sandbox} is ${fallback}; set it in ${names.sandbox} only.`
    );
  }
  return {
    mode: fromArgs ?? fallback,
    network,
    args: [...kept, ...tail],
    unsealing: [...unsealing, ...outside.map((o) => o.why)],
    labels,
    outside,
    cd
  };
}
var PROBE_OPTIONS = /* @__PURE__ */ new Set(["-c", "--config", "--enable", "--disable", "-p", "--profile", "-C", "--cd"]);
function probeOptions(args) {
  const end = args.indexOf("--");
  const options = end === -1 ? args : args.slice(0, end);
  const kept = [];
  for (let i = 0; i < options.length; i += 1) {
    const arg = options[i] ?? "";
    const [flag, inline] = splitInline(arg);
    if (!PROBE_OPTIONS.has(flag)) continue;
    kept.push(arg);
    if (inline === void 0 && i + 1 < options.length) kept.push(options[i += 1] ?? "");
  }
  return kept;
}
function splitInline(arg) {
  if (!arg.startsWith("--")) return [arg, void 0];
  const at = arg.indexOf("=");
  return at === -1 ? [arg, void 0] : [arg.slice(0, at), arg.slice(at + 1)];
}
function sandboxOverride(value, names) {
  const at = value.indexOf("=");
  if (at === -1) return null;
  const key = value.slice(0, at).trim();
  const raw = value.slice(at + 1).trim().replace(/^"(.*)"$/, "$1");
  if (isProjectKey(key)) return { project: key };
  if (key === "sandbox_mode") return { mode: sandboxMode(raw, `-c sandbox_mode in ${names.codexArgs}`) };
  if (key === "sandbox_workspace_write.network_access") return { network: raw === "true" };
  if (key === "default_permissions" || key.startsWith("permissions.")) {
    throw new UsageError(
      `${names.codexArgs} sets ${key}, which would replace the profile that keeps the login from the agent; put permission profiles in ${names.codexConfig}, where the tool adds its entries to them.`
    );
  }
  return null;
}
function sealConfig(userToml, choice, denyPaths, names, untrusted = []) {
  const doc = parseUserConfig(userToml ?? "", names);
  const trusted = trustedProjects(doc);
  const fromConfig = outsideSandboxConfig(doc, names.codexConfig);
  const outside = [...choice.outside, ...fromConfig];
  const unsealedBy = [
    ...choice.unsealing,
    ...trusted.map(
      (table) => `${table} in ${names.codexConfig} trusts a project, so Codex loads its .codex/config.toml (sandbox_mode, permissions, MCP servers) over the profile that keeps the login from the agent`
    ),
    ...fromConfig.map((found) => found.why)
  ];
  const reason = unsealedReason(
    [...choice.labels, ...trusted.length > 0 ? [PROJECT_TRUST_LABEL] : []],
    outside
  );
  if (unsealedBy.length === 0) untrustProjects(doc, untrusted);
  switchOffAccountFeatures(doc);
  let mode = choice.mode;
  let network = choice.network;
  const configured = doc.sandbox_mode;
  if (configured !== void 0) {
    const configMode = sandboxMode(String(configured), `sandbox_mode in ${names.codexConfig}`);
    if (mode !== void 0 && configMode !== mode) {
      throw new UsageError(
        `sandbox_mode in ${names.codexConfig} is ${configMode} but ${names.sandbox} is ${mode}; set it in one place.`
      );
    }
    mode = configMode;
    delete doc.sandbox_mode;
  }
  mode ??= "read-only";
  refuseProfileSandboxModes(doc, names);
  const workspaceWrite = asTable4(doc.sandbox_workspace_write);
  if (workspaceWrite?.network_access === true) network = true;
  if (mode === "danger-full-access") {
    return { toml: stringify(doc), mode, network: true, profile: null, unsealedBy, outside, reason };
  }
  const permissions = asTable4(doc.permissions) ?? {};
  const own = typeof doc.default_permissions === "string" ? doc.default_permissions : null;
  const name = own ?? SEALED_PROFILE;
  const profile = asTable4(permissions[name]) ?? { extends: BASE_PROFILE[mode] };
  if (own !== null && asTable4(permissions[name]) === void 0) {
    throw new UsageError(
      `default_permissions in ${names.codexConfig} names the profile "${own}", but there is no [permissions.${own}] table.`
    );
  }
  const profileNetwork = asTable4(profile.network);
  if (profileNetwork?.enabled === true) network = true;
  if (network && mode === "workspace-write" && profileNetwork === void 0) {
    profile.network = { enabled: true };
  }
  const filesystem = asTable4(profile.filesystem) ?? {};
  for (const denied of denyPaths) filesystem[denied] = "none";
  profile.filesystem = filesystem;
  permissions[name] = profile;
  doc.permissions = permissions;
  doc.default_permissions = name;
  return { toml: stringify(doc), mode, network, profile: name, unsealedBy, outside, reason };
}
function asTable4(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}

export {
  parseStreamName,
  legacyStreamMessage,
  sandboxMode,
  projectDirs,
  chooseSandbox,
  probeOptions,
  sealConfig
};
