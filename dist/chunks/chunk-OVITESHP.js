#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/core/backend-kinds.ts
var STORE_KINDS = ["file", "git-ref", "github-secret", "cache", "command"];
var LOCK_KINDS = ["file", "git-ref", "none"];
var DEFAULT_RESTORE_LEASE_MS = 6 * 60 * 60 * 1e3;
var ORG_VISIBILITIES = ["selected", "private", "all"];
var DEFAULT_ORG_VISIBILITY = "selected";

export {
  STORE_KINDS,
  LOCK_KINDS,
  DEFAULT_RESTORE_LEASE_MS,
  ORG_VISIBILITIES,
  DEFAULT_ORG_VISIBILITY
};
