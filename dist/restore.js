#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-JJMJRK6A.js";
import "./chunks/chunk-45RFKYHH.js";
import "./chunks/chunk-XHAHNUGC.js";
import "./chunks/chunk-SST7BBHA.js";
import "./chunks/chunk-HK67TNCP.js";
import {
  runEntry
} from "./chunks/chunk-BDSUXCN5.js";
import "./chunks/chunk-JYWMSXNL.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
