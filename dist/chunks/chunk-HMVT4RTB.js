#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/github/api-url.ts
var DEFAULT_API_URL = "https://api.github.com";

export {
  DEFAULT_API_URL
};
