#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-DO5TEBBB.js";
import "./chunks/chunk-TDRMW7BV.js";
import "./chunks/chunk-LBHA5MR3.js";
import "./chunks/chunk-WU3HC4OL.js";
import "./chunks/chunk-6RAPTWU5.js";
import "./chunks/chunk-GY5RCOSP.js";
import {
  runEntry
} from "./chunks/chunk-ZET7AG6F.js";
import "./chunks/chunk-H64HCIQT.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
