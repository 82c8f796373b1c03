#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  libsodium_wrappers_default
} from "../chunks/chunk-BQYH6MPV.js";
import "../chunks/chunk-DZ5XX4ZY.js";
export {
  libsodium_wrappers_default as default
};
