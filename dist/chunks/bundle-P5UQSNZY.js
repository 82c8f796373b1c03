#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  RESEED_HINT,
  assertStreamable,
  identityClaims,
  parseBundle,
  secretValues
} from "./chunk-3DQ7LV76.js";
import "./chunk-DCRTVRTH.js";
import "./chunk-2G7TLW22.js";
import "./chunk-V4C5BGZE.js";
import "./chunk-J67BYCQ5.js";
export {
  RESEED_HINT,
  assertStreamable,
  identityClaims,
  parseBundle,
  secretValues
};
