#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/codex/codex-env.ts
var CREDENTIAL_OVERRIDES = ["CODEX_API_KEY", "CODEX_ACCESS_TOKEN"];
var HIDDEN_FROM_CODEX = [
  "CODEX_AUTH_KEY",
  "CODEX_AUTH_JSON",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "GITHUB_TOKEN",
  "GH_TOKEN"
];
var HIDDEN_PREFIXES = ["INPUT_"];
function buildCodexEnv(base, codexHome, log, options = {}) {
  const env = {};
  for (const [name, value] of Object.entries(base)) {
    if (value === void 0 || isHidden(name)) continue;
    env[name] = value;
  }
  if (options.stream ?? true) {
    for (const name of Object.keys(env)) {
      if (!CREDENTIAL_OVERRIDES.some((override) => sameName(name, override))) continue;
      delete env[name];
      log.warn(
        `${name} is set; it was removed from Codex's environment because Codex would silently prefer it over the stream's auth.json (which then would never be refreshed or saved). Unset it to silence this warning.`
      );
    }
  }
  for (const name of Object.keys(env)) if (sameName(name, "CODEX_HOME")) delete env[name];
  env.CODEX_HOME = codexHome;
  return env;
}
function isHidden(name) {
  const key = canonical(name);
  return HIDDEN_FROM_CODEX.some((hidden) => key === hidden) || HIDDEN_PREFIXES.some((prefix) => key.startsWith(prefix));
}
function canonical(name) {
  return process.platform === "win32" ? name.toUpperCase() : name;
}
function sameName(name, wanted) {
  return canonical(name) === wanted;
}

export {
  buildCodexEnv
};
