#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-5KH3IX73.js";
import "./chunks/chunk-PUVSZT6U.js";
import "./chunks/chunk-F6NA5ZUN.js";
import "./chunks/chunk-CR74TTOI.js";
import "./chunks/chunk-PNOJOQTI.js";
import {
  runEntry
} from "./chunks/chunk-7LL6DOFI.js";
import "./chunks/chunk-62ISAM3V.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
