#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-JBPMMCY4.js";
import "./chunks/chunk-NDIGEN6C.js";
import "./chunks/chunk-BBJZXURZ.js";
import "./chunks/chunk-TECLYIRT.js";
import "./chunks/chunk-IDG7GM6I.js";
import "./chunks/chunk-M57LHYZL.js";
import {
  runEntry
} from "./chunks/chunk-JXFYNLSM.js";
import "./chunks/chunk-5NE6GDH3.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
