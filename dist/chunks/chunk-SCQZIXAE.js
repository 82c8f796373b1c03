#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/cli/args/spec.ts
function optionsOf(input) {
  return input.values;
}

export {
  optionsOf
};
