#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-PNQ7NHO4.js";
import "./chunks/chunk-BQIR3FIP.js";
import "./chunks/chunk-M66CY3A2.js";
import "./chunks/chunk-AYZLHHBZ.js";
import "./chunks/chunk-LQPSWAGZ.js";
import "./chunks/chunk-MLQAAOXN.js";
import {
  runEntry
} from "./chunks/chunk-YTHLIFF7.js";
import "./chunks/chunk-D2GB3FHD.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
