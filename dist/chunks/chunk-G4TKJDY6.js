#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/cli/seed-env.ts
var SEED_ENV = "CODEX_AUTH_JSON";

export {
  SEED_ENV
};
