#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-V4C5BGZE.js";

// src/core/backend-kinds.ts
var STORE_KINDS = ["file", "git-ref", "github-secret", "cache", "command"];
var LOCK_KINDS = ["file", "git-ref", "none"];
var DEFAULT_RESTORE_LEASE_MS = 6 * 60 * 60 * 1e3;
var ORG_VISIBILITIES = ["selected", "private", "all"];
var DEFAULT_ORG_VISIBILITY = "selected";

// src/github/secret-scope.ts
function parseSecretScope(value, source) {
  if (value === "repo" || value === "") return { kind: "repo" };
  if (value === "org") return { kind: "org" };
  const env = /^env:(.+)$/.exec(value);
  if (env?.[1]) return { kind: "env", environment: env[1] };
  throw new UsageError(`${source} must be repo, env:NAME or org, not ${JSON.stringify(value)}.`);
}
function parseOrgVisibility(value, source) {
  if (value === "") return DEFAULT_ORG_VISIBILITY;
  if (ORG_VISIBILITIES.includes(value)) return value;
  throw new UsageError(
    `${source} must be selected (only this repository), private (the organization's private and internal repositories) or all, not ${JSON.stringify(value)}.`
  );
}
function describeScope(scope, repository) {
  switch (scope.kind) {
    case "repo":
      return `repository ${repository.owner}/${repository.repo}`;
    case "env":
      return `environment ${scope.environment} of ${repository.owner}/${repository.repo}`;
    case "org":
      return `organization ${repository.owner}`;
  }
}
function scopePath(scope, repository) {
  const repo = `/repos/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}`;
  switch (scope.kind) {
    case "repo":
      return `${repo}/actions`;
    case "env":
      return `${repo}/environments/${encodeURIComponent(scope.environment)}`;
    case "org":
      return `/orgs/${encodeURIComponent(repository.owner)}/actions`;
  }
}

export {
  STORE_KINDS,
  LOCK_KINDS,
  DEFAULT_RESTORE_LEASE_MS,
  parseSecretScope,
  parseOrgVisibility,
  describeScope,
  scopePath
};
