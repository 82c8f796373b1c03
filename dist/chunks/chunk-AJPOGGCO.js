#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/core/key-env.ts
var KEY_ENV = "CODEX_AUTH_KEY";

export {
  KEY_ENV
};
