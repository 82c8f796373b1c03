#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-QV3HY4PE.js";
import "./chunks/chunk-WAIU2MOA.js";
import "./chunks/chunk-OQYZC46H.js";
import "./chunks/chunk-63TYLVOT.js";
import "./chunks/chunk-HK67TNCP.js";
import {
  runEntry
} from "./chunks/chunk-ZL6BWXVA.js";
import "./chunks/chunk-JYWMSXNL.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
