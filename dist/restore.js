#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-EHCOWJTO.js";
import "./chunks/chunk-LV7VPLLY.js";
import "./chunks/chunk-QSXSHKNE.js";
import "./chunks/chunk-6DFYXPLN.js";
import "./chunks/chunk-BU2ND4Y3.js";
import "./chunks/chunk-CHRF6UKL.js";
import {
  runEntry
} from "./chunks/chunk-OIQ7W5C3.js";
import "./chunks/chunk-L4XN5KNZ.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
