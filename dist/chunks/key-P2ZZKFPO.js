#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  generateKey,
  keyId,
  parseKey
} from "./chunk-UNPX5PW2.js";
import {
  KEY_ENV
} from "./chunk-AJPOGGCO.js";
import "./chunk-5JPDCXPM.js";
import "./chunk-DZ5XX4ZY.js";
export {
  KEY_ENV,
  generateKey,
  keyId,
  parseKey
};
