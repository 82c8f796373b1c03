#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  FileLeaseLock,
  UNGUARDED_RELEASE_MS
} from "./chunk-KFJRHRRK.js";
import "./chunk-7SAFMP73.js";
import "./chunk-O6AFCUB4.js";
import "./chunk-V4C5BGZE.js";
import "./chunk-ME7AUUEY.js";
import "./chunk-DZ5XX4ZY.js";
export {
  FileLeaseLock,
  UNGUARDED_RELEASE_MS
};
