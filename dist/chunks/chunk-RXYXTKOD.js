#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  parseLaneList
} from "./chunk-G2X6QK7N.js";
import {
  sandboxMode
} from "./chunk-ZWWUJUOW.js";
import {
  buildStoreSettings,
  readRunContext
} from "./chunk-QAFNNIV2.js";
import {
  DEFAULT_API_URL
} from "./chunk-HMVT4RTB.js";
import {
  runCodex
} from "./chunk-I5GMXUOT.js";
import {
  describeWriter
} from "./chunk-QSVIKI3B.js";
import {
  parseKey
} from "./chunk-MNXCFRYD.js";
import {
  maskUnparsedSeed,
  normalizeSeedText
} from "./chunk-PU5KTUZ5.js";
import {
  createBackends
} from "./chunk-S44WLHXD.js";
import {
  parseBundle,
  secretValues
} from "./chunk-TSTBO63M.js";
import {
  parseRepository
} from "./chunk-J5IH24H5.js";
import {
  defaultStateDir,
  defaultStateDirSource
} from "./chunk-67EZGFYO.js";
import {
  MAX_CONFIG_BYTES,
  readInputFile
} from "./chunk-27JTPA2S.js";
import {
  debug,
  getBooleanInput,
  getInput,
  info,
  setFailed,
  setSecret,
  warning
} from "./chunk-EYVVJBUX.js";
import {
  Redactor
} from "./chunk-OIVYCDER.js";
import {
  parseStreamName
} from "./chunk-7S5RA6R7.js";
import {
  KEY_ENV
} from "./chunk-AJPOGGCO.js";
import {
  defaultLockKind,
  parseLockKind,
  parseStoreKind
} from "./chunk-LRSS5WRI.js";
import {
  parseOrgVisibility,
  parseSecretScope
} from "./chunk-C5ZNOPJA.js";
import {
  UsageError,
  asCodexAuthError
} from "./chunk-HPAV43AD.js";
import {
  __commonJS,
  __toESM
} from "./chunk-DZ5XX4ZY.js";

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    module.exports = function quote(xs) {
      return xs.map(function(s) {
        if (s === "") {
          return "''";
        }
        if (s && typeof s === "object") {
          return s.op.replace(/(.)/g, "\\$1");
        }
        if (/["\s\\]/.test(s) && !/'/.test(s)) {
          return "'" + s.replace(/(['])/g, "\\$1") + "'";
        }
        if (/["'\s]/.test(s)) {
          return '"' + s.replace(/(["\\$`!])/g, "\\$1") + '"';
        }
        return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = "(?:" + [
      "\\|\\|",
      "\\&\\&",
      ";;",
      "\\|\\&",
      "\\<\\(",
      "\\<\\<\\<",
      ">>",
      ">\\&",
      "<\\&",
      "[&;()|<>]"
    ].join("|") + ")";
    var controlRE = new RegExp("^" + CONTROL + "$");
    var META = "|&;()<> \\t";
    var SINGLE_QUOTE = '"((\\\\"|[^"])*?)"';
    var DOUBLE_QUOTE = "'((\\\\'|[^'])*?)'";
    var hash = /^#$/;
    var SQ = "'";
    var DQ = '"';
    var DS = "$";
    var TOKEN = "";
    var mult = 4294967296;
    for (i = 0; i < 4; i++) {
      TOKEN += (mult * Math.random()).toString(16);
    }
    var i;
    var startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      var origIndex = r.lastIndex;
      var matches = [];
      var matchObj;
      while (matchObj = r.exec(s)) {
        matches.push(matchObj);
        if (r.lastIndex === matchObj.index) {
          r.lastIndex += 1;
        }
      }
      r.lastIndex = origIndex;
      return matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env === "function" ? env(key) : env[key];
      if (typeof r === "undefined" && key != "") {
        r = "";
      } else if (typeof r === "undefined") {
        r = "$";
      }
      if (typeof r === "object") {
        return pre + TOKEN + JSON.stringify(r) + TOKEN;
      }
      return pre + r;
    }
    function parseInternal(string, env, opts) {
      if (!opts) {
        opts = {};
      }
      var BS = opts.escape || "\\";
      var BAREWORD = "(\\" + BS + `['"` + META + `]|[^\\s'"` + META + "])+";
      var chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + BAREWORD + "|" + SINGLE_QUOTE + "|" + DOUBLE_QUOTE + ")+"
      ].join("|"), "g");
      var matches = matchAll(string, chunker);
      if (matches.length === 0) {
        return [];
      }
      if (!env) {
        env = {};
      }
      var commented = false;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented) {
          return void 0;
        }
        if (controlRE.test(s)) {
          return { op: s };
        }
        var quote = false;
        var esc = false;
        var out = "";
        var isGlob = false;
        var i2;
        function parseEnvVar() {
          i2 += 1;
          var varend;
          var varname;
          var char = s.charAt(i2);
          if (char === "{") {
            i2 += 1;
            if (s.charAt(i2) === "}") {
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            }
            varend = s.indexOf("}", i2);
            if (varend < 0) {
              throw new Error("Bad substitution: " + s.slice(i2));
            }
            varname = s.slice(i2, varend);
            i2 = varend;
          } else if (/[*@#?$!_-]/.test(char)) {
            varname = char;
            i2 += 1;
          } else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/);
            if (!varend) {
              varname = slicedFromI;
              i2 = s.length;
            } else {
              varname = slicedFromI.slice(0, varend.index);
              i2 += varend.index - 1;
            }
          }
          return getVar(env, "", varname);
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          isGlob = isGlob || !quote && (c === "*" || c === "?");
          if (esc) {
            out += c;
            esc = false;
          } else if (quote) {
            if (c === quote) {
              quote = false;
            } else if (quote == SQ) {
              out += c;
            } else {
              if (c === BS) {
                i2 += 1;
                c = s.charAt(i2);
                if (c === DQ || c === BS || c === DS) {
                  out += c;
                } else {
                  out += BS + c;
                }
              } else if (c === DS) {
                out += parseEnvVar();
              } else {
                out += c;
              }
            }
          } else if (c === DQ || c === SQ) {
            quote = c;
          } else if (controlRE.test(c)) {
            return { op: s };
          } else if (hash.test(c)) {
            commented = true;
            var commentObj = { comment: string.slice(match.index + i2 + 1) };
            if (out.length) {
              return [out, commentObj];
            }
            return [commentObj];
          } else if (c === BS) {
            esc = true;
          } else if (c === DS) {
            out += parseEnvVar();
          } else {
            out += c;
          }
        }
        if (isGlob) {
          return { op: "glob", pattern: out };
        }
        return out;
      }).reduce(function(prev, arg) {
        return typeof arg === "undefined" ? prev : prev.concat(arg);
      }, []);
    }
    module.exports = function parse(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      if (typeof env !== "function") {
        return mapped;
      }
      return mapped.reduce(function(acc, s2) {
        if (typeof s2 === "object") {
          return acc.concat(s2);
        }
        var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
        if (xs.length === 1) {
          return acc.concat(xs[0]);
        }
        return acc.concat(xs.filter(Boolean).map(function(x) {
          if (startsWithToken.test(x)) {
            return JSON.parse(x.split(TOKEN)[1]);
          }
          return x;
        }));
      }, []);
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

// src/entry/run-entry.ts
async function runEntry(step) {
  try {
    await step();
  } catch (error) {
    setFailed(asCodexAuthError(error).message);
  }
}

// src/action/action-context.ts
var runnerMasks = new class extends Redactor {
  add(values) {
    for (const value of values) if (value.length >= 8) setSecret(value);
    super.add(values);
  }
}();
var actionLogger = {
  info: (message) => info(runnerMasks.redact(message)),
  warn: (message) => warning(runnerMasks.redact(message)),
  debug: (message) => debug(runnerMasks.redact(message))
};
async function createActionContext(settings, secrets, env) {
  const backends = await createBackends(settings.store, settings.lock, env, actionLogger);
  return {
    stream: settings.store.stream,
    ...backends,
    key: parseKey(secrets.key || void 0, `input key (${KEY_ENV})`),
    runCodex,
    log: actionLogger,
    secrets: runnerMasks,
    writer: describeWriter(env),
    now: () => /* @__PURE__ */ new Date()
  };
}

// src/action/inputs.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var import_shell_quote = __toESM(require_shell_quote(), 1);

// src/action/lane-inputs.ts
function tokensClaimedByLanes(text = getInput("lanes")) {
  const entries = text.split(/[,\n]/).map((entry) => entry.trim());
  return new Set(
    entries.filter((entry) => entry === "api-key" || entry === "access-token")
  );
}
function readLaneSettings(settings, secrets) {
  const primary = settings.mode === "stream" ? { kind: "stream", stream: settings.store.stream } : { kind: settings.mode };
  const lanes = parseLaneList(
    getInput("lanes"),
    primary,
    { input: "input lanes", secrets: { "api-key": "input api-key", "access-token": "input access-token" } },
    (kind) => (kind === "api-key" ? secrets.apiKey : secrets.accessToken) !== ""
  );
  if (lanes.some((lane) => lane.kind === "stream" && lane.stream !== settings.store.stream)) {
    if (settings.store.kind === "github-secret") {
      throw new UsageError(
        "input lanes: a stream lane needs a store that holds one entry per stream; the github-secret store holds only the one secret the job received. Use store git-ref (or file, cache, command) for stream lanes."
      );
    }
  }
  return {
    lanes,
    waitForResetMs: readNumber("wait-for-reset", 0, 0, 86400) * 1e3,
    usageWarningPercent: getInput("usage-warning-percent") === "" ? null : readNumber("usage-warning-percent", 0, 0, 100),
    alert: readFlag("alert")
  };
}
function readNumber(name, fallback, min, max) {
  const text = getInput(name);
  if (text === "") return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`input ${name} must be a number between ${min} and ${max}, not "${text}".`);
  }
  return value;
}
function readFlag(name) {
  const text = getInput(name);
  if (text === "" || text === "false") return false;
  if (text === "true") return true;
  throw new UsageError(`input ${name} must be true or false, not "${text}".`);
}

// src/action/inputs.ts
var DEFAULT_CODEX_VERSION = "0.169.0";
function readSecretInputs() {
  return {
    key: getInput("key"),
    authJson: getInput("auth-json"),
    accessToken: getInput("access-token"),
    apiKey: getInput("api-key"),
    githubToken: getInput("github-token")
  };
}
function readStreamSettings(env, secrets, streamName = getInput("stream") || "default") {
  const stream = parseStreamName(streamName);
  const stateDirInput = getInput("state-dir");
  const kind = parseStoreKindInput(getInput("store") || "git-ref");
  const lockInput = getInput("lock") || "auto";
  const lock = lockInput === "auto" ? defaultLockKind({ kind }, true) : parseLockInput(lockInput);
  const store = buildStoreSettings({
    kind,
    lock,
    stream,
    stateDir: stateDirInput ? path.resolve(stateDirInput) : defaultStateDir(env),
    stateDirSource: stateDirInput ? "input state-dir" : defaultStateDirSource(env),
    // On GitHub the repository itself holds the stream; the workflow's own token writes it.
    github: () => ({
      repository: parseRepository(env.GITHUB_REPOSITORY ?? "", "GITHUB_REPOSITORY"),
      token: secrets.githubToken,
      apiUrl: env.GITHUB_API_URL || DEFAULT_API_URL
    }),
    secretName: getInput("secret-name") || void 0,
    secretScope: parseSecretScope(getInput("secret-scope") || "repo", "input secret-scope"),
    secretVisibility: parseOrgVisibility(getInput("secret-visibility"), "input secret-visibility"),
    secretValue: secrets.authJson,
    readCommand: getInput("read-command") || void 0,
    writeCommand: getInput("write-command") || void 0,
    commandTimeoutMs: readSeconds("command-timeout", 60, 1, 3600) * 1e3,
    cacheRef: env.GITHUB_REF ?? "",
    defaultBranch: readRunContext(env).defaultBranch,
    allowBranchScope: readBoolean("allow-branch-scope"),
    names: {
      secretName: "input secret-name",
      readCommand: "input read-command",
      writeCommand: "input write-command"
    }
  });
  return { store, lock, lockTimeoutMs: readSeconds("lock-timeout", 600, 0, 86400) * 1e3 };
}
function seedFromInputs(settings, secrets) {
  if (!secrets.authJson || settings.store.kind === "github-secret") return void 0;
  return {
    raw: secrets.authJson,
    origin: "input auth-json",
    // The Action reads no file for the login: the secret must hold the content itself.
    pathHint: "store the content of that file in the secret (for example `gh secret set CODEX_AUTH_JSON < ~/.codex/auth.json`) and pass it as auth-json"
  };
}
async function readActionSettings(secrets, env) {
  const claimed = tokensClaimedByLanes();
  const accessToken = claimed.has("access-token") ? "" : secrets.accessToken;
  const apiKey = claimed.has("api-key") ? "" : secrets.apiKey;
  const modes = [
    secrets.authJson || secrets.key ? "auth-json/key" : null,
    accessToken ? "access-token" : null,
    apiKey ? "api-key" : null
  ].filter((mode2) => mode2 !== null);
  if (modes.length > 1) {
    throw new UsageError(
      `inputs ${modes.join(" and ")} are mutually exclusive: use a ChatGPT stream (key, auth-json), or access-token, or api-key.`
    );
  }
  const mode = accessToken ? "access-token" : apiKey ? "api-key" : "stream";
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const codexConfig = getInput("codex-config");
  return {
    ...readStreamSettings(env, secrets),
    mode,
    codexExecArgs: await readCodexExecArgs(workspace),
    codexConfig: codexConfig === "" ? void 0 : codexConfig,
    workingDirectory: await checkWorkingDirectory(
      path.resolve(workspace, getInput("working-directory") || ".")
    ),
    codexVersion: getInput("codex-version") || DEFAULT_CODEX_VERSION,
    allowPublicRepository: readBoolean("allow-public-repository"),
    allowUntrustedEvents: readBoolean("allow-untrusted-events"),
    seal: readSealRequest()
  };
}
async function readCodexExecArgs(workspace) {
  const prompt = getInput("prompt");
  const promptFile = getInput("prompt-file");
  if (prompt && promptFile)
    throw new UsageError("inputs prompt and prompt-file are mutually exclusive: give one.");
  if (!prompt && !promptFile)
    throw new UsageError("input prompt (or prompt-file) is required: what should Codex do?");
  const text = promptFile ? await readPromptFile(path.resolve(workspace, promptFile)) : prompt;
  const model = getInput("model");
  return [
    ...model ? ["--model", model] : [],
    ...parseCodexArgs(getInput("codex-args")),
    // The prompt goes last, after `--`, so a prompt starting with "-" is never taken for a flag.
    "--",
    text
  ];
}
function parseCodexArgs(value) {
  const text = value.trim();
  if (text === "") return [];
  if (text.startsWith("[")) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UsageError('input codex-args starts with "[" but is not a JSON array of strings.');
    }
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === "string")) {
      throw new UsageError(
        'input codex-args must be a JSON array of strings, e.g. ["--full-auto", "-c", "x=1"].'
      );
    }
    return parsed;
  }
  const words = (0, import_shell_quote.parse)(text, (name) => `$${name}`);
  if (!words.every((word) => typeof word === "string")) {
    throw new UsageError(
      "input codex-args contains a shell operator (|, &, ;, >, <, a comment...): it is split into words, never run by a shell. Quote the character or use a JSON array."
    );
  }
  return words;
}
async function readPromptFile(file) {
  return readInputFile(file, { flag: "input prompt-file", what: "a prompt", maxBytes: MAX_CONFIG_BYTES });
}
async function checkWorkingDirectory(dir) {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) {
    throw new UsageError(
      `input working-directory ${dir} ${stat ? "is not a directory" : "does not exist"}: give a directory of the checked-out workspace (relative to GITHUB_WORKSPACE), or leave it empty.`
    );
  }
  return dir;
}
function readBoolean(name) {
  if (getInput(name) === "") return false;
  try {
    return getBooleanInput(name);
  } catch {
    throw new UsageError(`input ${name} must be true or false, not "${getInput(name)}".`);
  }
}
function readSeconds(name, fallback, min, max) {
  const text = getInput(name);
  if (text === "") return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(
      `input ${name} must be a number of seconds between ${min} and ${max}, not "${text}".`
    );
  }
  return value;
}
function parseStoreKindInput(value) {
  try {
    return parseStoreKind(value);
  } catch (error) {
    throw new UsageError(`input store: ${error.message}`);
  }
}
function parseLockInput(value) {
  try {
    return parseLockKind(value);
  } catch {
    throw new UsageError(`input lock must be auto, git-ref, file or none, not "${value}".`);
  }
}

// src/action/seal-inputs.ts
var ACTION_SEAL_NAMES = {
  sandbox: "input sandbox",
  codexArgs: "input codex-args",
  codexConfig: "input codex-config",
  optIn: "input allow-agent-to-read-credentials",
  fixNamespaces: "input fix-sandbox",
  codexVersion: "set input codex-version to 0.149.0 or later"
};
function readSealRequest(defaultSandbox = "workspace-write") {
  const sandbox = getInput("sandbox");
  return {
    sandbox: sandbox === "" ? defaultSandbox : sandboxMode(sandbox, "input sandbox"),
    names: ACTION_SEAL_NAMES,
    allowUnsealed: readBoolean("allow-agent-to-read-credentials"),
    // Default true: on GitHub's ubuntu-24.04 runners the sandbox cannot start without it.
    fixNamespaces: getInput("fix-sandbox") === "" ? true : readBoolean("fix-sandbox")
  };
}

// src/fs/environ-scrub.ts
import { closeSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
function scrubEnvironBlock(secrets, names = []) {
  if (process.platform !== "linux") return null;
  let bounds;
  try {
    bounds = environBounds(readFileSync("/proc/self/stat", "latin1"));
  } catch {
    return null;
  }
  const wanted = new Set(secrets.filter((value) => value.length > 0));
  const wantedNames = new Set(names);
  let fd;
  try {
    fd = openSync("/proc/self/mem", "r+");
  } catch {
    return null;
  }
  try {
    const block = Buffer.alloc(bounds.end - bounds.start);
    readSync(fd, block, 0, block.length, bounds.start);
    let overwritten = 0;
    let offset = 0;
    while (offset < block.length) {
      let stop = block.indexOf(0, offset);
      if (stop === -1) stop = block.length;
      const entry = block.toString("utf8", offset, stop);
      const eq = entry.indexOf("=");
      if (eq > 0 && (wanted.has(entry.slice(eq + 1)) || wantedNames.has(entry.slice(0, eq)))) {
        const valueStart = offset + Buffer.byteLength(entry.slice(0, eq + 1));
        const blank = Buffer.alloc(stop - valueStart, "x");
        writeSync(fd, blank, 0, blank.length, bounds.start + valueStart);
        overwritten += 1;
      }
      offset = stop + 1;
    }
    return overwritten;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
function environBounds(stat) {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const start = Number(fields[47]);
  const end = Number(fields[48]);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || end <= start) {
    throw new Error("no environment bounds in /proc/self/stat");
  }
  return { start, end };
}

// src/action/masking.ts
function maskSecretInputs(secrets) {
  for (const value of [secrets.key, secrets.accessToken, secrets.apiKey, secrets.githubToken]) {
    if (value) {
      runnerMasks.add([value, value.trim()]);
    }
  }
  if (!secrets.authJson) return;
  try {
    const { text, decodedFrom } = normalizeSeedText(secrets.authJson, "auth-json", "");
    runnerMasks.add(secretValues(parseBundle(text)));
    if (decodedFrom) runnerMasks.add([secrets.authJson, secrets.authJson.trim()]);
  } catch {
    maskUnparsedSeed(runnerMasks, secrets.authJson);
  }
}
function hideSecretInputsFromProc(secrets, optedIn) {
  const values = [secrets.key, secrets.authJson, secrets.githubToken, secrets.accessToken, secrets.apiKey];
  const scrubbed = scrubEnvironBlock(values.filter((value) => value !== ""));
  if (optedIn) {
    actionLogger.warn(
      scrubbed === null ? "this runner does not let the Action overwrite its own environment block: an unsandboxed agent can read the key, the seed and the GitHub token in /proc/<pid>/environ of this step." : `an unsandboxed agent can read other processes' memory and files; the secret inputs were overwritten in this step's environment block (${scrubbed} values), but the login it runs under stays readable in CODEX_HOME.`
    );
  }
}

export {
  runnerMasks,
  actionLogger,
  createActionContext,
  readSealRequest,
  readLaneSettings,
  DEFAULT_CODEX_VERSION,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs,
  readActionSettings,
  readBoolean,
  maskSecretInputs,
  hideSecretInputsFromProc,
  runEntry
};
