#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-S4LP2ENG.js";
import "./chunks/chunk-WKXW7NAC.js";
import "./chunks/chunk-5NBQLPTV.js";
import "./chunks/chunk-T5CVLJB4.js";
import "./chunks/chunk-WZHII5KE.js";
import "./chunks/chunk-L5TWVCTV.js";
import {
  runEntry
} from "./chunks/chunk-Q2XLJK5X.js";
import "./chunks/chunk-IYZUDH4V.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
