#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  DEFAULT_STREAM
} from "./chunk-7S5RA6R7.js";
import {
  LOCK_KINDS,
  STORE_KINDS
} from "./chunk-LRSS5WRI.js";
import {
  DEFAULT_ORG_VISIBILITY
} from "./chunk-C5ZNOPJA.js";

// src/cli/shared-options.ts
var DEFAULT_LOCK_TIMEOUT_SECONDS = 600;
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
function storeOptions(withLock = true) {
  return [
    ...STORE_OPTIONS,
    ...withLock ? LOCK_OPTIONS : [],
    JSON_OPTION,
    { flags: "--verbose", description: "print debug lines" }
  ];
}
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

export {
  DEFAULT_LOCK_TIMEOUT_SECONDS,
  JSON_OPTION,
  storeOptions,
  SEAL_OPTIONS,
  LANE_OPTIONS
};
