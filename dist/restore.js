#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-DDV5KVLS.js";
import "./chunks/chunk-SBPYQTVE.js";
import "./chunks/chunk-6RCLTYGM.js";
import "./chunks/chunk-GOCCHTOH.js";
import "./chunks/chunk-2KOUT4TG.js";
import "./chunks/chunk-4LALMNSV.js";
import {
  runEntry
} from "./chunks/chunk-U5S5RDRZ.js";
import "./chunks/chunk-Y6GNPHWO.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
