#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-7Y3OEWGS.js";
import "./chunks/chunk-BFQOHLNZ.js";
import "./chunks/chunk-ZFVBVT27.js";
import "./chunks/chunk-CCVFCJQG.js";
import "./chunks/chunk-OMWMATF6.js";
import "./chunks/chunk-KACT7XI3.js";
import {
  runEntry
} from "./chunks/chunk-VEF35BNX.js";
import "./chunks/chunk-X7CBISRS.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
