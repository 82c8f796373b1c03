#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/app/reseed.ts
function reseedCommand(target) {
  const repo = target.repository ? ` --repo ${target.repository}` : "";
  return `codex-auth seed --force --store ${target.store}${repo} --stream ${target.stream} --auth-file ~/.codex/auth.json`;
}

export {
  reseedCommand
};
