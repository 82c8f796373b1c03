#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-QRKVA53W.js";
import "./chunks/chunk-NQHYV4UI.js";
import "./chunks/chunk-YLD3EEP5.js";
import "./chunks/chunk-EDBG6CTG.js";
import "./chunks/chunk-546M73PZ.js";
import {
  runEntry
} from "./chunks/chunk-NG4FWKHX.js";
import "./chunks/chunk-SE5PFNQ5.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
