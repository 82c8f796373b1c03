#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-FXXBD2SF.js";
import "./chunks/chunk-3VKWMPND.js";
import "./chunks/chunk-BPZ5LIVP.js";
import "./chunks/chunk-FVPSHDI2.js";
import "./chunks/chunk-2Q2MK5SM.js";
import {
  runEntry
} from "./chunks/chunk-VHDC47G5.js";
import "./chunks/chunk-5UWMT76C.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
