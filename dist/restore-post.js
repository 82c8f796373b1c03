#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-POMVAKJG.js";
import "./chunks/chunk-SKDQCUSY.js";
import "./chunks/chunk-GTRNYJRS.js";
import "./chunks/chunk-REDQI7AX.js";
import "./chunks/chunk-TAY5LSOM.js";
import "./chunks/chunk-256CN6IA.js";
import {
  runEntry
} from "./chunks/chunk-YDTDIHBI.js";
import "./chunks/chunk-DQUOHLVH.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
