#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  RESEED_HINT,
  assertStreamable,
  identityClaims,
  parseBundle,
  secretValues
} from "./chunk-4YZFDFZ3.js";
import "./chunk-TZZC6J3Q.js";
import "./chunk-Z554JWHF.js";
import "./chunk-HPAV43AD.js";
import "./chunk-DZ5XX4ZY.js";
export {
  RESEED_HINT,
  assertStreamable,
  identityClaims,
  parseBundle,
  secretValues
};
