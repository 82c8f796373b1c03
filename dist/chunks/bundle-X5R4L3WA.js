#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  RESEED_HINT,
  assertStreamable,
  identityClaims,
  parseBundle,
  secretValues
} from "./chunk-FVP3HEEJ.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-53B7ORU2.js";
import "./chunk-DZ5XX4ZY.js";
export {
  RESEED_HINT,
  assertStreamable,
  identityClaims,
  parseBundle,
  secretValues
};
