#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// src/core/errors.ts
var ExitCode = {
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
var CodexAuthError = class extends Error {
};
var UsageError = class extends CodexAuthError {
  exitCode = ExitCode.usage;
  code = "usage";
  name = "UsageError";
};
var InternalError = class extends CodexAuthError {
  exitCode = ExitCode.codexFailed;
  code = "internal";
  name = "InternalError";
};
var EXIT_CODE_OF_CODE = {
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

// src/cli/args/parse.ts
var import_node_util = require("node:util");

// src/cli/args/suggest.ts
function closest(typed, known) {
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(typed, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= 3 && bestDistance < 0.4 * best.length ? best : null;
}
function editDistance(a, b) {
  const width = b.length + 1;
  const table = new Array((a.length + 1) * width).fill(0);
  const at = (i, j) => table[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) table[i * width] = i;
  for (let j = 0; j <= b.length; j++) table[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      table[i * width + j] = value;
    }
  }
  return at(a.length, b.length);
}

// src/cli/args/parse.ts
function flagOf(option) {
  const match = /^--([a-z][a-z0-9-]*)(?: <([^>]+)>)?$/.exec(option.flags);
  if (!match?.[1]) throw new Error(`bad option declaration: ${option.flags}`);
  const long = match[1];
  const negated = long.startsWith("no-") && !match[2];
  const name = negated ? long.slice(3) : long;
  return {
    long,
    key: name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase()),
    valueName: match[2] ?? null,
    negated
  };
}
function parseCommandLine(command, argv, program) {
  const declared = new Map(
    command.options.map((option) => {
      const flag = flagOf(option);
      return [flag.long, { option, flag }];
    })
  );
  const { tokens } = (0, import_node_util.parseArgs)({
    args: [...argv],
    options: {
      help: { type: "boolean", short: "h" },
      ...Object.fromEntries(
        [...declared].map(([long, { flag }]) => [long, { type: flag.valueName ? "string" : "boolean" }])
      )
    },
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  if (tokens.some((token) => token.kind === "option" && token.name === "help")) return { help: true };
  const context = { command, program, usage: `run \`${program} ${command.name} --help\` for its options` };
  const values = {};
  for (const { option, flag } of declared.values()) values[flag.key] = flag.negated ? true : option.default;
  const args = [];
  for (const token of tokens) {
    if (token.kind === "option-terminator") continue;
    if (token.kind === "positional") {
      args.push(token.value);
      continue;
    }
    const { flag, value } = readOption(token, declared, context);
    values[flag.key] = value;
  }
  checkComplete(declared, values, args, context);
  return { help: false, input: { values, args } };
}
function readOption(token, declared, { command, program, usage }) {
  const known = declared.get(token.name);
  if (!known || !token.rawName.startsWith("--")) {
    const visible2 = [...declared.values()].filter(({ option: option2 }) => !option2.hidden);
    const suggestion = closest(
      token.rawName,
      visible2.map(({ flag: flag2 }) => `--${flag2.long}`)
    );
    throw new UsageError(
      `unknown option '${token.rawName}' for \`${program} ${command.name}\`${suggestion ? ` (did you mean ${suggestion}?)` : ""}; ${usage}.`
    );
  }
  const { option, flag } = known;
  if (flag.valueName === null) {
    if (token.value !== void 0) throw new UsageError(`${token.rawName} takes no value; ${usage}.`);
    return { flag, value: !flag.negated };
  }
  const term = `${token.rawName} <${flag.valueName}>`;
  if (token.value === void 0) throw new UsageError(`${term} needs a value; ${usage}.`);
  if (!token.inlineValue && token.value.startsWith("--")) {
    throw new UsageError(
      `${term} needs a value, and ${token.value} looks like an option; write ${token.rawName}=${token.value} if it is the value.`
    );
  }
  if (option.choices && !option.choices.includes(token.value)) {
    throw new UsageError(
      `${token.rawName} must be one of ${option.choices.join(", ")}, not ${JSON.stringify(token.value)}.`
    );
  }
  return { flag, value: token.value };
}
function checkComplete(declared, values, args, { command, program, usage }) {
  for (const { option, flag } of declared.values()) {
    if (option.required && values[flag.key] === void 0) {
      throw new UsageError(`\`${program} ${command.name}\` needs ${option.flags} (${option.description}).`);
    }
  }
  if (!command.argument && args.length > 0) {
    throw new UsageError(
      `\`${program} ${command.name}\` takes no arguments (${args.length} given: a value without its flag?); ${usage}.`
    );
  }
}
function wantsJson(command, argv) {
  const end = argv.indexOf("--");
  const before = end === -1 ? argv : argv.slice(0, end);
  return command.options.some((option) => option.flags === "--json") && before.includes("--json");
}

// src/cli/args/help.ts
var HELP_ITEM = ["-h, --help", "display help for command"];
function commandTerm(command) {
  return [
    command.name,
    command.options.length > 0 ? "[options]" : null,
    command.argument ? `[${command.argument.name}...]` : null
  ].filter(Boolean).join(" ");
}
function programHelp(program, width = 80) {
  return layout(
    width,
    `Usage: ${program.name} [options] [command]`,
    program.description,
    [
      ["Options", [["-V, --version", "output the version number"], HELP_ITEM]],
      [
        "Commands",
        [
          ...program.commands.map((command) => [commandTerm(command), command.summary]),
          ["help [command]", "display help for command"]
        ]
      ]
    ],
    program.epilog
  );
}
function commandHelp(program, command, width = 80) {
  const argument = command.argument;
  return layout(
    width,
    `Usage: ${program.name} ${commandTerm(command)}`,
    command.description,
    [
      ["Arguments", argument ? [[argument.name, argument.description]] : []],
      [
        "Options",
        [
          ...command.options.filter((option) => !option.hidden).map((option) => [option.flags, describeOption(option)]),
          HELP_ITEM
        ]
      ]
    ],
    null
  );
}
function describeOption(option) {
  const extras = [
    option.choices ? `choices: ${option.choices.map((choice) => JSON.stringify(choice)).join(", ")}` : null,
    option.default !== void 0 && !flagOf(option).negated ? `default: ${JSON.stringify(option.default)}` : null,
    option.required ? "required" : null
  ].filter(Boolean);
  return extras.length > 0 ? `${option.description} (${extras.join(", ")})` : option.description;
}
function layout(width, usage, description, sections, epilog) {
  const termWidth = Math.max(...sections.flatMap(([, items]) => items.map(([term]) => term.length)));
  const blocks = [usage, wrap(description, width, 0)];
  for (const [title, items] of sections) {
    if (items.length === 0) continue;
    const lines = items.map(
      ([term, text]) => `  ${term.padEnd(termWidth)}  ${wrap(text, width - termWidth - 4, termWidth + 4)}`
    );
    blocks.push(`${title}:
${lines.join("\n")}`);
  }
  if (epilog) blocks.push(wrap(epilog, width, 0));
  return `${blocks.join("\n\n")}
`;
}
function wrap(text, width, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > Math.max(width, 20)) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join(`
${" ".repeat(indent)}`);
}

// src/cli/bundle-loaders.ts
var BUNDLE_OF = {
  run: () => Promise.resolve().then(() => __toESM(require("./cli/round-trip.cjs"), 1)),
  restore: () => Promise.resolve().then(() => __toESM(require("./cli/round-trip.cjs"), 1)),
  persist: () => Promise.resolve().then(() => __toESM(require("./cli/round-trip.cjs"), 1)),
  inspect: () => Promise.resolve().then(() => __toESM(require("./cli/light.cjs"), 1)),
  status: () => Promise.resolve().then(() => __toESM(require("./cli/light.cjs"), 1)),
  history: () => Promise.resolve().then(() => __toESM(require("./cli/light.cjs"), 1)),
  seed: () => Promise.resolve().then(() => __toESM(require("./cli/round-trip.cjs"), 1)),
  unlock: () => Promise.resolve().then(() => __toESM(require("./cli/light.cjs"), 1)),
  "keep-fresh": () => Promise.resolve().then(() => __toESM(require("./cli/round-trip.cjs"), 1)),
  revoke: () => Promise.resolve().then(() => __toESM(require("./cli/round-trip.cjs"), 1)),
  doctor: () => Promise.resolve().then(() => __toESM(require("./cli/round-trip.cjs"), 1)),
  keygen: () => Promise.resolve().then(() => __toESM(require("./cli/light.cjs"), 1))
};

// src/core/verified-versions.ts
var VERIFIED_CODEX_VERSIONS = ["0.169.0", "0.171.0"];

// src/core/key-env.ts
var KEY_ENV = "CODEX_AUTH_KEY";

// src/core/backend-kinds.ts
var STORE_KINDS = ["file", "git-ref", "github-secret", "cache", "command"];
var LOCK_KINDS = ["file", "git-ref", "none"];
var DEFAULT_RESTORE_LEASE_MS = 6 * 60 * 60 * 1e3;
var DEFAULT_ORG_VISIBILITY = "selected";

// src/cli/args/spec.ts
function defineCommand(spec) {
  return spec;
}

// src/core/stream.ts
var DEFAULT_STREAM = "default";

// src/cli/shared-options.ts
var SEED_ENV = "CODEX_AUTH_JSON";
var DEFAULT_LOCK_TIMEOUT_SECONDS = 600;
var DEFAULT_RUN_TIMEOUT_SECONDS = 3600;
var RUN_TIMEOUT_OPTION = {
  flags: "--run-timeout <seconds>",
  description: "stop Codex and everything it started after this long; what it refreshed is kept, the lock released (exit 9)",
  default: String(DEFAULT_RUN_TIMEOUT_SECONDS)
};
var STORE_OPTIONS = [
  { flags: "--store <kind>", description: "where the stream lives", choices: STORE_KINDS, default: "file" },
  {
    flags: "--state-dir <dir>",
    description: "file store directory (default: $CODEX_AUTH_STATE_DIR, else ~/.codex-auth)"
  },
  {
    flags: "--repo <owner/name>",
    description: "git-ref store and lock: the repository (default: $GITHUB_REPOSITORY); token from GITHUB_TOKEN or GH_TOKEN"
  },
  {
    flags: "--github-api-url <url>",
    description: "git-ref store and lock: the API (default: $GITHUB_API_URL, else https://api.github.com)"
  },
  {
    flags: "--secret-name <name>",
    description: "github-secret store: the secret (its current value comes from CODEX_AUTH_JSON)"
  },
  {
    flags: "--secret-scope <scope>",
    description: "github-secret store: repo, env:NAME or org",
    default: "repo"
  },
  {
    flags: "--secret-visibility <who>",
    description: "github-secret store, org scope: who may use a secret this creates: selected (only this repository), private or all; an existing secret keeps its own",
    default: DEFAULT_ORG_VISIBILITY
  },
  {
    flags: "--read-command <cmd>",
    description: "command store: prints the stored value (exit 44 or no output: nothing stored)"
  },
  { flags: "--write-command <cmd>", description: "command store: receives the value on stdin" },
  {
    flags: "--command-timeout <seconds>",
    description: "command store: time limit of each command",
    default: "60"
  },
  {
    flags: "--allow-branch-scope",
    description: "cache store: allow writing from a branch other than the default one"
  },
  {
    flags: "--stream <name>",
    description: "the stream: one serialized line of use of one ChatGPT login",
    default: DEFAULT_STREAM
  }
];
var LOCK_OPTIONS = [
  {
    flags: "--lock <kind>",
    description: "lock backend (default: the store's own; git-ref inside GitHub Actions)",
    choices: LOCK_KINDS
  },
  {
    flags: "--lock-timeout <seconds>",
    description: "give up waiting for the lock after this long (exit 4)",
    default: String(DEFAULT_LOCK_TIMEOUT_SECONDS)
  }
];
var JSON_OPTION = {
  flags: "--json",
  description: "print one JSON object on stdout instead of text"
};
var VERBOSE_OPTION = { flags: "--verbose", description: "print debug lines" };
var STORE_AND_LOCK_OPTIONS = [
  ...STORE_OPTIONS,
  ...LOCK_OPTIONS,
  JSON_OPTION,
  VERBOSE_OPTION
];
var STORE_ONLY_OPTIONS = [
  ...STORE_OPTIONS,
  JSON_OPTION,
  VERBOSE_OPTION
];
var SEAL_OPTIONS = [
  {
    flags: "--allow-agent-to-read-credentials",
    description: "allow danger-full-access or network access, which let the agent's commands read the ChatGPT login, the key and every token this job holds"
  },
  {
    flags: "--no-fix-sandbox",
    description: "do not set up user namespaces with sudo when the sandbox cannot start (Ubuntu 24.04 AppArmor)"
  }
];
var CODEX_USER_OPTION = {
  flags: "--codex-user <user>",
  description: 'run Codex as this separate unprivileged user, which allows danger-full-access and network access without giving the agent this process (proven by a probe first); "create": the user codex-agent, created with sudo'
};
var LANE_OPTIONS = [
  {
    flags: "--lanes <list>",
    description: "fallback lanes after --stream, in order: stream:NAME (or NAME), api-key (CODEX_API_KEY), access-token (CODEX_ACCESS_TOKEN); comma-separated"
  },
  {
    flags: "--wait-for-reset <seconds>",
    description: "when every lane is usage-limited, wait for the earliest reset if it comes within this many seconds (default 0: fail at once, exit 8)",
    default: "0"
  },
  { flags: "--usage-warning-percent <n>", description: "warn when a plan window has less than n % left" }
];

// src/cli/command-table.ts
var COMMANDS = [
  defineCommand({
    name: "run",
    summary: "restore the stream, run codex exec, persist what Codex refreshed",
    description: "Takes the stream lock, restores auth.json into a private CODEX_HOME, runs `codex exec --json <args>`, writes every refreshed login back (encrypted) the moment Codex writes it, then unlocks and removes the plaintext. Arguments after -- go to `codex exec` unchanged.",
    argument: { name: "codex-args", description: "arguments for codex exec (after --)" },
    options: [
      {
        flags: "--seed-file <file>",
        description: "auth.json to store if the stream holds nothing yet (or set CODEX_AUTH_JSON)"
      },
      { flags: "--codex <path>", description: "the codex executable (default: codex on PATH)" },
      {
        flags: "--codex-home <dir>",
        description: "use this empty directory as CODEX_HOME (default: a private temp dir)"
      },
      { flags: "--codex-config <file>", description: "config.toml to copy into the private CODEX_HOME" },
      RUN_TIMEOUT_OPTION,
      ...LANE_OPTIONS,
      ...STORE_AND_LOCK_OPTIONS,
      ...SEAL_OPTIONS,
      CODEX_USER_OPTION
    ]
  }),
  defineCommand({
    name: "restore",
    summary: "take the lock and write the stream's auth.json into CODEX_HOME (first half of run)",
    description: "For users who run Codex themselves: takes the stream lock as a lease that outlives this process, writes auth.json (0600) into --codex-home, and leaves both for `codex-auth persist --codex-home DIR`. Export CODEX_HOME=DIR for your Codex step.",
    options: [
      {
        flags: "--codex-home <dir>",
        description: "empty or absent directory to use as CODEX_HOME",
        required: true
      },
      {
        flags: "--seed-file <file>",
        description: "auth.json to store if the stream holds nothing yet (or set CODEX_AUTH_JSON)"
      },
      { flags: "--codex-config <file>", description: "config.toml to copy into CODEX_HOME" },
      {
        flags: "--codex <path>",
        description: "the codex your step will run, for the seal probe (default: codex on PATH)"
      },
      {
        flags: "--sandbox <mode>",
        description: "the permission profile's base for your own codex exec: read-only or workspace-write",
        default: "workspace-write"
      },
      {
        flags: "--lease <seconds>",
        description: "how long the lock outlives this process if persist never comes",
        default: String(DEFAULT_RESTORE_LEASE_MS / 1e3)
      },
      ...STORE_AND_LOCK_OPTIONS,
      ...SEAL_OPTIONS
    ]
  }),
  defineCommand({
    name: "persist",
    summary: "write back what Codex refreshed, release the lock, remove auth.json (second half of run)",
    description: "Reads auth.json from the CODEX_HOME that `codex-auth restore` prepared, stores it (encrypted) if Codex refreshed it, releases the lock and removes the plaintext. Run it even when your Codex step failed.",
    options: [
      { flags: "--codex-home <dir>", description: "the directory given to restore", required: true },
      ...STORE_AND_LOCK_OPTIONS
    ]
  }),
  defineCommand({
    name: "inspect",
    summary: "validate an auth.json and tell when Codex will refresh it",
    description: "Checks an auth.json exactly as Codex reads it and prints its kind, account, plan, redacted email, last refresh, access-token expiry, when and why Codex will refresh next, and its fingerprint. Prints no token.",
    options: [
      { flags: "--auth-file <file>", description: "the auth.json to inspect" },
      {
        flags: "--codex-home <dir>",
        description: "inspect DIR/auth.json (default: $CODEX_HOME, else ~/.codex)"
      },
      { ...JSON_OPTION, description: "print one JSON object on stdout" }
    ]
  }),
  defineCommand({
    name: "status",
    summary: "show the stored envelope's metadata and the lock holder, without the key",
    description: "Reads the metadata of the stream's envelope (generation, written at, writer, last refresh, fingerprint) and the lock holder. Needs no key and decrypts nothing. An empty stream is not an error.",
    options: STORE_AND_LOCK_OPTIONS
  }),
  defineCommand({
    name: "history",
    summary: "list the stream's writes, newest first: generation, time, writer, why, fingerprint",
    description: "Who wrote the stream, when and why (seed, refresh, reseed). git-ref: the commit chain of the stream's ref; file: the stream's bounded audit log; other stores keep only the current copy, and the output says so. Reads metadata only: needs no key, decrypts nothing.",
    options: [
      { flags: "--limit <n>", description: "at most this many writes", default: "50" },
      ...STORE_ONLY_OPTIONS
    ]
  }),
  defineCommand({
    name: "seed",
    summary: "store a fresh login as the stream's first copy",
    description: `Validates a fresh auth.json (from \`codex login\` on a trusted machine) and stores it encrypted as the stream's copy. Refuses to replace a stored copy unless --force. The login may also come from ${SEED_ENV}.`,
    options: [
      { flags: "--auth-file <file>", description: `the auth.json to store (or set ${SEED_ENV})` },
      {
        flags: "--force",
        description: "replace the stored copy (only when it is dead or you switch accounts)"
      },
      {
        flags: "--login",
        description: "sign in first with `codex login --device-auth` in a throw-away CODEX_HOME (your ~/.codex is untouched)"
      },
      { flags: "--codex <path>", description: "with --login: the codex executable (default: codex on PATH)" },
      {
        flags: "--codex-config <file>",
        description: "with --login: config.toml for the throw-away CODEX_HOME"
      },
      {
        flags: "--login-issuer <url>",
        description: "with --login: the OAuth issuer (testing only)",
        hidden: true
      },
      ...STORE_AND_LOCK_OPTIONS
    ]
  }),
  defineCommand({
    name: "unlock",
    summary: "release a lock whose holder you know is gone",
    description: "Removes the stream lock whoever holds it and prints who held it. Locks of dead processes and expired leases are recovered by themselves; use this only for a lease (restore without persist) whose job you know has ended.",
    options: [
      { flags: "--force", description: "required: confirms you know the holder is gone" },
      ...STORE_AND_LOCK_OPTIONS
    ]
  }),
  defineCommand({
    name: "keep-fresh",
    summary: "refresh and check every stream with the cheapest Codex call (for a scheduled job)",
    description: "For each stream: takes its lock, runs Codex with a read-only, minimal call (Codex refreshes the login when due), persists what changed, and reports generation, last refresh, access-token expiry, next refresh, last writer, plan usage and health (a usage-limited stream is healthy: its login works). Exit 3 when a stream needs a reseed.",
    options: [
      { flags: "--streams <names>", description: "comma-separated stream names", required: true },
      { flags: "--codex <path>", description: "the codex executable (default: codex on PATH)" },
      { flags: "--codex-config <file>", description: "config.toml for the private CODEX_HOME" },
      {
        flags: "--alert",
        description: "open (or update) one GitHub issue per stream that needs a reseed, close it when healthy (--repo, GITHUB_TOKEN with issues: write)"
      },
      ...STORE_AND_LOCK_OPTIONS,
      ...SEAL_OPTIONS
    ]
  }),
  defineCommand({
    name: "revoke",
    summary: "disconnect a stream: sign its session out at OpenAI and remove it and its lock from the store",
    description: "Signs the stream's ChatGPT session out with Codex's own logout (which revokes the refresh token), then removes the stream and its lock from the store. Refuses while the lock is held unless --force.",
    options: [
      {
        flags: "--force",
        description: "take the stream even while its lock is held (the holder is known to be gone)"
      },
      { flags: "--codex <path>", description: "the codex executable (default: codex on PATH)" },
      { flags: "--codex-config <file>", description: "config.toml for the private CODEX_HOME" },
      ...STORE_AND_LOCK_OPTIONS
    ]
  }),
  defineCommand({
    name: "doctor",
    summary: "check everything a stream needs and say how to fix what is wrong",
    description: "Checks the Codex version against the versions this release was verified with, the key, the store (reachable, what it holds), the lock (free and takeable with this token, or who holds it) and the stored login (opens with the key, next refresh). Each line is ok, warn or fail with the fix; exit 1 when anything fails.",
    options: [
      { flags: "--codex <path>", description: "the codex executable (default: codex on PATH)" },
      {
        flags: "--probe",
        description: "also run one keep-fresh Codex call, the only way to tell whether the session itself is alive"
      },
      { flags: "--codex-config <file>", description: "with --probe: config.toml for the private CODEX_HOME" },
      ...STORE_AND_LOCK_OPTIONS,
      ...SEAL_OPTIONS
    ]
  }),
  defineCommand({
    name: "keygen",
    summary: `print a new envelope key for ${KEY_ENV}`,
    description: `Prints a new random 32-byte key, standard base64, on stdout. Store it as the secret ${KEY_ENV} (for example \`gh secret set ${KEY_ENV}\`) and give it to every job of the stream; it is never stored by codex-auth.`,
    options: []
  })
];
var VERSION = "0.1.0";
var PROGRAM = {
  name: "codex-auth",
  version: VERSION,
  description: `Keeps a ChatGPT-managed Codex login alive across CI runs: restores auth.json from a store, runs codex exec, writes the refreshed login back encrypted, one job at a time per stream. Verified with Codex ${VERIFIED_CODEX_VERSIONS.join(", ")}.`,
  epilog: "Exit codes: 0 ok, 1 Codex failed (refreshes still persisted), 2 usage or configuration, 3 auth unusable (reseed), 4 lock timeout, 5 store conflict or an older copy put back, 6 stored copy cannot be opened, 7 not sealed (the agent could read the login, or its sandbox cannot run), 8 ChatGPT usage limit reached (the login is fine; see resetsAt), 9 run timeout (Codex stopped, refreshes kept, lock released).",
  commands: COMMANDS
};

// src/cli/console.ts
var import_node_fs = require("node:fs");

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
var processIo = {
  stdout: (text) => write(1, text),
  stderr: (text) => write(2, text),
  get width() {
    return process.stdout.isTTY ? process.stdout.columns : void 0;
  }
};
var viaStream = /* @__PURE__ */ new Set();
function write(fd, text) {
  const stream = () => fd === 1 ? process.stdout : process.stderr;
  if (viaStream.has(fd)) {
    stream().write(text);
    return;
  }
  const bytes = Buffer.from(text);
  let offset = 0;
  try {
    while (offset < bytes.length) offset += (0, import_node_fs.writeSync)(fd, bytes, offset);
  } catch (error) {
    const code = error.code;
    if (code === "EPIPE") return;
    if (code !== "EAGAIN") throw error;
    viaStream.add(fd);
    stream().write(bytes.subarray(offset));
  }
}
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

// src/cli/main.ts
async function main(argv, env, io = processIo) {
  const kit = createKit(io, env);
  const width = () => io.width ?? 80;
  const [first, ...rest] = argv;
  const print = (text) => {
    io.stdout(text);
    return ExitCode.ok;
  };
  if (first === void 0) {
    io.stderr(programHelp(PROGRAM, width()));
    return ExitCode.usage;
  }
  if (first === "-h" || first === "--help") return print(programHelp(PROGRAM, width()));
  if (first === "-V" || first === "--version") return print(`${PROGRAM.version}
`);
  let json = false;
  try {
    if (first === "help") {
      return print(
        rest[0] ? commandHelp(PROGRAM, commandNamed(rest[0]), width()) : programHelp(PROGRAM, width())
      );
    }
    if (first.startsWith("-")) {
      throw new UsageError(
        `unknown option '${first}': options go after the command (\`${PROGRAM.name} --help\` lists the commands).`
      );
    }
    const command = commandNamed(first);
    json = wantsJson(command, rest);
    const parsed = parseCommandLine(command, rest, PROGRAM.name);
    if (parsed.help) return print(commandHelp(PROGRAM, command, width()));
    const bundle = await BUNDLE_OF[command.name]();
    return await bundle.run(command.name, parsed.input, io, env);
  } catch (error) {
    return kit.fail(error, json);
  }
}
function commandNamed(name) {
  const command = PROGRAM.commands.find((candidate) => candidate.name === name);
  if (command) return command;
  const suggestion = closest(
    name,
    PROGRAM.commands.map((candidate) => candidate.name)
  );
  throw new UsageError(
    `unknown command '${name}'${suggestion ? ` (did you mean ${suggestion}?)` : ""}; \`${PROGRAM.name} --help\` lists the commands.`
  );
}

// src/entry/cli.ts
void main(process.argv.slice(2), process.env).then((code) => {
  process.exitCode = code;
});
