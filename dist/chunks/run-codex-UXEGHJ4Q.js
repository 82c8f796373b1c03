#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  buildExecArgs,
  createCodexRunner,
  runCodex,
  runCodexDetailed
} from "./chunk-DLC5UYKE.js";
import "./chunk-EOSQCY6K.js";
import "./chunk-V4C5BGZE.js";
import "./chunk-DZ5XX4ZY.js";
export {
  buildExecArgs,
  createCodexRunner,
  runCodex,
  runCodexDetailed
};
