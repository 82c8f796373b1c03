#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/codex/verified-versions.ts
var VERIFIED_CODEX_VERSIONS = ["0.169.0", "0.171.0"];

export {
  VERIFIED_CODEX_VERSIONS
};
