#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  legacyStreamMessage,
  parseStreamName,
  sandboxMode
} from "./chunk-EQ272HND.js";
import {
  DEFAULT_API_URL
} from "./chunk-HMVT4RTB.js";
import {
  defaultLockKind,
  parseLockKind,
  parseStoreKind
} from "./chunk-YK663KJU.js";
import {
  parseRepository
} from "./chunk-OGX6INNE.js";
import {
  defaultStateDir,
  defaultStateDirSource
} from "./chunk-TQTFMJCZ.js";
import {
  MAX_CONFIG_BYTES,
  readInputFile
} from "./chunk-TZMLPVJV.js";
import {
  parseOrgVisibility,
  parseSecretScope
} from "./chunk-QMFLO4ZD.js";
import {
  UsageError
} from "./chunk-X5N6Q7YB.js";
import {
  getBooleanInput,
  getInput
} from "./chunk-EYVVJBUX.js";
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

// src/action/inputs.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var import_shell_quote = __toESM(require_shell_quote(), 1);

// src/stores/store-settings.ts
function buildStoreSettings(choice) {
  const { kind } = choice;
  const legacy = legacyStreamMessage(choice.stream, false);
  if (legacy !== null && (kind === "git-ref" || choice.lock === "git-ref")) throw new UsageError(legacy);
  return {
    kind,
    stream: choice.stream,
    stateDir: choice.stateDir,
    stateDirSource: choice.stateDirSource,
    github: kind === "git-ref" || kind === "github-secret" || choice.lock === "git-ref" ? choice.github() : void 0,
    secret: kind === "github-secret" ? {
      name: required(choice.secretName, choice.names.secretName),
      scope: choice.secretScope,
      currentValue: choice.secretValue,
      newVisibility: choice.secretVisibility
    } : void 0,
    command: kind === "command" ? {
      read: required(choice.readCommand, choice.names.readCommand),
      write: required(choice.writeCommand, choice.names.writeCommand),
      timeoutMs: choice.commandTimeoutMs
    } : void 0,
    cache: kind === "cache" ? {
      ref: choice.cacheRef,
      defaultBranch: choice.defaultBranch,
      allowBranchScope: choice.allowBranchScope
    } : void 0
  };
}
function required(value, name) {
  if (!value) throw new UsageError(`this store needs ${name}.`);
  return value;
}

// src/github/run-context.ts
import { readFileSync } from "node:fs";
var cache = /* @__PURE__ */ new WeakMap();
function readRunContext(env) {
  const path2 = env.GITHUB_EVENT_PATH ?? "";
  const cached = cache.get(env);
  if (cached && cached.path === path2) return cached.context;
  const payload = readPayload(path2);
  const branch = payload.repository?.default_branch;
  const context = {
    name: env.GITHUB_EVENT_NAME ?? "",
    payload,
    repository: env.GITHUB_REPOSITORY ?? "",
    defaultBranch: typeof branch === "string" && branch !== "" ? branch : null
  };
  cache.set(env, { path: path2, context });
  return context;
}
function readPayload(path2) {
  if (path2 === "") return {};
  try {
    const parsed = JSON.parse(readFileSync(path2, "utf8"));
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}
function visibilityFromPayload(payload) {
  const repo = payload.repository;
  if (repo?.visibility === "public" || repo?.visibility === "private" || repo?.visibility === "internal") {
    return repo.visibility;
  }
  if (typeof repo?.private === "boolean") return repo.private ? "private" : "public";
  return null;
}
async function repositoryVisibility(event, token, env) {
  const fromPayload = visibilityFromPayload(event.payload);
  if (fromPayload) return fromPayload;
  const [owner, repo] = event.repository.split("/");
  if (!owner || !repo) return null;
  try {
    const { createOctokit } = await import("./octokit-CPF2DTCC.js");
    const { data } = await createOctokit({ token, baseUrl: env.GITHUB_API_URL }).rest.repos.get({
      owner,
      repo
    });
    if (data.visibility === "public" || data.visibility === "private" || data.visibility === "internal") {
      return data.visibility;
    }
    return data.private ? "private" : "public";
  } catch {
    return null;
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

// src/core/lane-spec.ts
function laneName(lane) {
  return lane.kind === "stream" ? `stream:${lane.stream}` : lane.kind;
}
function parseLaneList(text, primary, names, hasSecret) {
  const trimmed = text.trim();
  if (trimmed === "") return [primary];
  const lanes = [primary];
  trimmed.split(/[,\n]/).forEach((raw, index) => {
    const entry = raw.trim();
    const where = `${names.input}, entry ${index + 1}`;
    if (entry === "") {
      throw new UsageError(
        `${where} is empty: write one lane per entry (stream:NAME, api-key or access-token), separated by commas or new lines, with no empty entry.`
      );
    }
    const lane = parseEntry(entry, where);
    if (lane.kind !== "stream" && !hasSecret(lane.kind)) {
      throw new UsageError(
        `${where} is a ${lane.kind} lane, but ${names.secrets[lane.kind]} is empty: give the ${lane.kind === "api-key" ? "API key" : "access token"} there (from a secret), or remove the lane.`
      );
    }
    const name = laneName(lane);
    if (lanes.some((seen) => laneName(seen) === name)) {
      const first = laneName(primary) === name ? " (it is the primary stream, which always runs first)" : "";
      throw new UsageError(
        `${where} repeats lane ${JSON.stringify(name)}${first}: each lane may appear once.`
      );
    }
    lanes.push(lane);
  });
  return lanes;
}
function parseEntry(entry, where) {
  if (entry === "api-key" || entry === "access-token") return { kind: entry };
  const stream = entry.startsWith("stream:") ? entry.slice("stream:".length) : entry;
  if (entry.includes(":") && !entry.startsWith("stream:")) {
    throw new UsageError(
      `${where}: unknown lane ${JSON.stringify(entry)}; a lane is stream:NAME (or NAME), api-key or access-token.`
    );
  }
  try {
    return { kind: "stream", stream: parseStreamName(stream) };
  } catch (error) {
    throw new UsageError(`${where}: ${error.message}`);
  }
}

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
    seal: readSealRequest(),
    // The CLI's --run-timeout default, for the same reason (src/cli/shared-options.ts).
    runTimeoutMs: readSeconds("run-timeout", 3600, 1, 86400) * 1e3
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

export {
  readRunContext,
  repositoryVisibility,
  readSealRequest,
  laneName,
  readLaneSettings,
  DEFAULT_CODEX_VERSION,
  readSecretInputs,
  readStreamSettings,
  seedFromInputs,
  readActionSettings,
  parseCodexArgs,
  readBoolean
};
