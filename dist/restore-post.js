#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-SDNVGMXQ.js";
import "./chunks/chunk-RHR2Y7DC.js";
import "./chunks/chunk-6E6NOX5X.js";
import "./chunks/chunk-O34U5VZ3.js";
import "./chunks/chunk-OMMNZYTE.js";
import {
  runEntry
} from "./chunks/chunk-7TTFFW7W.js";
import "./chunks/chunk-FRSJTNPQ.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
