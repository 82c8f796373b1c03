#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-SEKIE2NN.js";
import "./chunks/chunk-NEWS24A2.js";
import "./chunks/chunk-7U5XPSKT.js";
import "./chunks/chunk-LQ3YQKMW.js";
import "./chunks/chunk-LCAA3QLT.js";
import {
  runEntry
} from "./chunks/chunk-QKYEREFE.js";
import "./chunks/chunk-D4DSDNXS.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
