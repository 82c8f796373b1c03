#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-7HRW7RRE.js";
import "./chunks/chunk-RTZXSY6N.js";
import "./chunks/chunk-BQJCC5QI.js";
import "./chunks/chunk-M6FRZR2E.js";
import "./chunks/chunk-4LN2ZWQI.js";
import "./chunks/chunk-W3VUJS4U.js";
import {
  runEntry
} from "./chunks/chunk-FM5CXFNG.js";
import "./chunks/chunk-CWCSEGM5.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
