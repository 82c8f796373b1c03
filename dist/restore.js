#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-FZ4D3WZC.js";
import "./chunks/chunk-ESY5Y26S.js";
import "./chunks/chunk-CUCAMKXN.js";
import "./chunks/chunk-W5EMMUJ7.js";
import "./chunks/chunk-GKUWXZMZ.js";
import "./chunks/chunk-6OZ5BXAL.js";
import {
  runEntry
} from "./chunks/chunk-VI6W3CV5.js";
import "./chunks/chunk-Z6ZXRB2C.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
