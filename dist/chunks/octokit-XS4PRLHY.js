#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  Octokit
} from "./chunk-I7WTNB4O.js";
import {
  retry
} from "./chunk-3FOLENJ5.js";
import "./chunk-QLERL7AF.js";
import {
  throttling
} from "./chunk-LZAUNDEE.js";
import {
  require_light
} from "./chunk-YRN7GUYT.js";
import {
  DEFAULT_API_URL
} from "./chunk-HMVT4RTB.js";
import {
  __toESM
} from "./chunk-J67BYCQ5.js";

// src/github/octokit.ts
var import_light = __toESM(require_light(), 1);
var writeLimiter = new import_light.default.Group({ id: "codex-auth-write", maxConcurrent: 1, minTime: 100 });
var GitHubOctokit = Octokit.plugin(retry, throttling);
function createOctokit(options) {
  const quiet = { debug() {
  }, info() {
  }, warn() {
  }, error() {
  } };
  return new GitHubOctokit({
    auth: options.token || void 0,
    baseUrl: (options.baseUrl || DEFAULT_API_URL).replace(/\/+$/, ""),
    userAgent: "codex-auth-action",
    log: quiet,
    // Not `request.retries`: set there, plugin-retry would retry every failed request, 422 conflicts included.
    // plugin-retry's own list plus 409: GitHub's "Git Repository is empty." is an answer, not an accident, and
    // retrying it only delays the message that says to push a first commit by 14 s per call.
    retry: { retries: options.retries ?? 3, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
    throttle: {
      write: writeLimiter,
      onRateLimit: (_retryAfter, _options, _octokit, retryCount) => retryCount < 2,
      onSecondaryRateLimit: (_retryAfter, _options, _octokit, retryCount) => retryCount < 2
    }
  });
}
export {
  createOctokit
};
