#!/usr/bin/env node
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/core/errors.ts
function isCodexAuthError(error) {
  if (!(error instanceof Error)) return false;
  const { code, exitCode } = error;
  return typeof code === "string" && Object.hasOwn(EXIT_CODE_OF_CODE, code) && EXIT_CODE_OF_CODE[code] === exitCode;
}
function asCodexAuthError(error) {
  if (isCodexAuthError(error)) return error;
  if (error instanceof Error) return new InternalError(error.message, { cause: error });
  return new InternalError(`unexpected failure: ${String(error)}`);
}
var ExitCode, CodexAuthError, InternalError, EXIT_CODE_OF_CODE;
var init_errors = __esm({
  "src/core/errors.ts"() {
    "use strict";
    ExitCode = {
      ok: 0,
      codexFailed: 1,
      usage: 2,
      authUnusable: 3,
      lockTimeout: 4,
      storeConflict: 5,
      envelopeUnreadable: 6,
      notSealed: 7,
      usageLimited: 8,
      runTimeout: 9
    };
    CodexAuthError = class extends Error {
    };
    InternalError = class extends CodexAuthError {
      exitCode = ExitCode.codexFailed;
      code = "internal";
      name = "InternalError";
    };
    EXIT_CODE_OF_CODE = {
      usage: ExitCode.usage,
      auth_unusable: ExitCode.authUnusable,
      not_seeded: ExitCode.authUnusable,
      lock_timeout: ExitCode.lockTimeout,
      lock_lost: ExitCode.lockTimeout,
      store_conflict: ExitCode.storeConflict,
      rollback_refused: ExitCode.storeConflict,
      envelope_unreadable: ExitCode.envelopeUnreadable,
      not_sealed: ExitCode.notSealed,
      codex_failed: ExitCode.codexFailed,
      usage_limited: ExitCode.usageLimited,
      revoke_unconfirmed: ExitCode.codexFailed,
      run_timeout: ExitCode.runTimeout,
      internal: ExitCode.codexFailed
    };
  }
});

// src/core/key-env.ts
var init_key_env = __esm({
  "src/core/key-env.ts"() {
    "use strict";
  }
});

// src/core/key.ts
function generateKey() {
  return (0, import_node_crypto.randomBytes)(KEY_BYTES).toString("base64");
}
var import_node_crypto, KEY_BYTES;
var init_key = __esm({
  "src/core/key.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_errors();
    init_key_env();
    KEY_BYTES = 32;
  }
});

// src/cli/commands/keygen.ts
var keygen_exports = {};
__export(keygen_exports, {
  run: () => run
});
async function run(_input, kit) {
  kit.io.stdout(`${generateKey()}
`);
  return 0;
}
var init_keygen = __esm({
  "src/cli/commands/keygen.ts"() {
    "use strict";
    init_key();
  }
});

// src/cli/bundles/keygen.ts
var keygen_exports2 = {};
__export(keygen_exports2, {
  commands: () => commands,
  run: () => run2
});
module.exports = __toCommonJS(keygen_exports2);

// src/cli/kit.ts
init_errors();

// src/core/untrusted-text.ts
var MAX_UNTRUSTED_LINE = 2e3;
var MAX_UNTRUSTED_LINES = 200;
var BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
var ANSI = (
  // eslint-disable-next-line no-control-regex
  /(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?|\x1b[@-Z\\-_]/g
);
var CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function visible(char) {
  const code = char.codePointAt(0) ?? 0;
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}
function neutraliseLine(line, max) {
  const clean = line.replace(ANSI, "").replace(CONTROL, visible).replace(/##\[/g, "##\\[").replace(/^(\s*):(?=:)/, "$1:\\");
  if (clean.length <= max) return clean;
  const cut = /[\ud800-\udbff]/.test(clean[max - 1] ?? "") ? max - 1 : max;
  return `${clean.slice(0, cut)}\u2026 [${clean.length - cut} more characters]`;
}
function untrustedLines(text, options = {}) {
  const max = options.maxLineLength ?? MAX_UNTRUSTED_LINE;
  const maxLines = options.maxLines ?? MAX_UNTRUSTED_LINES;
  const prefix = options.prefix ?? "";
  const bounded = text.length > max * maxLines * 2 ? text.slice(0, max * maxLines * 2) : text;
  const lines = bounded.split(BREAKS);
  while (lines.length > 0 && (lines[lines.length - 1] ?? "").trim() === "") lines.pop();
  while (lines.length > 0 && (lines[0] ?? "").trim() === "") lines.shift();
  const shown = lines.slice(0, maxLines).map((line) => prefix + neutraliseLine(line, max));
  const moreLines = lines.length - shown.length;
  if (moreLines > 0 || bounded !== text) {
    shown.push(`${prefix}\u2026 [cut: ${moreLines > 0 ? `${moreLines} more lines` : "more text"}]`);
  }
  return shown;
}
function jsonForLog(json) {
  return json.replace(/##\[/g, "##\\u005b").replace(/[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (char) => {
    return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
  });
}

// src/cli/console.ts
var OWN_TEXT = { maxLineLength: 2e4, maxLines: 2e3 };
function stderrText(redactor, text) {
  return `${untrustedLines(redactor.redact(text), OWN_TEXT).join("\n")}
`;
}
function stderrLogger(io, redactor, verbose) {
  const line = (prefix, message) => io.stderr(stderrText(redactor, `codex-auth: ${prefix}${message}`));
  return {
    info: (message) => line("", message),
    warn: (message) => line("warning: ", message),
    debug: (message) => {
      if (verbose) line("debug: ", message);
    }
  };
}

// src/core/redactor.ts
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(values) {
    for (const value of values) if (value.length >= 8) this.secrets.add(value);
  }
  contains(text) {
    for (const secret of this.secrets) if (text.includes(secret)) return true;
    return false;
  }
  redact(text) {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join("***");
    }
    return out;
  }
};

// src/cli/kit.ts
function createKit(io, env) {
  const redactor = new Redactor();
  const kit = {
    io,
    env,
    redactor,
    logger: (verbose) => stderrLogger(io, redactor, verbose),
    out: (text) => io.stdout(redactor.redact(text)),
    // A JSON result can carry the agent's text (finalMessage): no workflow command in it when stdout is a CI log.
    json: (value) => io.stdout(`${jsonForLog(redactor.redact(JSON.stringify(value, null, 2)))}
`),
    fail(error, json) {
      const failure = asCodexAuthError(error);
      if (json) kit.json({ error: errorJson(failure) });
      else io.stderr(stderrText(redactor, `codex-auth: error: ${failure.message}`));
      return failure.exitCode;
    }
  };
  return kit;
}
function errorJson(error) {
  return { code: error.code, message: error.message };
}

// src/cli/bundles/command-bundle.ts
function commandBundle(loaders) {
  const run3 = async (command, input, io, env) => {
    const kit = createKit(io, env);
    const load = loaders[command];
    try {
      if (!load) throw new Error(`${command} is not in this bundle`);
      const loaded = await load();
      return await loaded.run(input, kit);
    } catch (error) {
      return kit.fail(error, input.values.json === true);
    }
  };
  return { run: run3, commands: Object.keys(loaders) };
}

// src/cli/bundles/keygen.ts
var { run: run2, commands } = commandBundle({
  keygen: () => Promise.resolve().then(() => (init_keygen(), keygen_exports))
});
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  commands,
  run
});
