#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/github/ref-handoff.ts
var CODEX_AUTH_REFS = "refs/codex-auth";
var RefHandoff = class {
  listing = null;
  /** By the lock, when it took or resumed the lock from this listing. */
  offer(listing) {
    this.listing = listing;
  }
  /** By the store, once: a later read (a conflict message, another round trip) looks for itself. */
  take() {
    const listing = this.listing;
    this.listing = null;
    return listing;
  }
  /** By the lock, on release: what it saw is no longer protected by it. */
  clear() {
    this.listing = null;
  }
};

export {
  CODEX_AUTH_REFS,
  RefHandoff
};
