#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-6GP5OW5K.js";
import "./chunks/chunk-ABTTLYPO.js";
import "./chunks/chunk-VWPOGCL6.js";
import "./chunks/chunk-KW4ZBTPA.js";
import "./chunks/chunk-PA7QWGY6.js";
import "./chunks/chunk-XTBYHN6A.js";
import {
  runEntry
} from "./chunks/chunk-YBWG77IW.js";
import "./chunks/chunk-PNOLWMBI.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
