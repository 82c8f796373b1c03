#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-7X6FIUZD.js";
import "./chunks/chunk-72KN4PGG.js";
import "./chunks/chunk-QYC4W4I4.js";
import "./chunks/chunk-LMTDHEEV.js";
import "./chunks/chunk-LYRCQKIF.js";
import "./chunks/chunk-5IP4NWF4.js";
import {
  runEntry
} from "./chunks/chunk-3ISJMHHF.js";
import "./chunks/chunk-BXRGWQ3B.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
