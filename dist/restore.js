#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-77RZJBNL.js";
import "./chunks/chunk-TNGR5S6H.js";
import "./chunks/chunk-UJ6MCMB5.js";
import "./chunks/chunk-BRNQOYMS.js";
import "./chunks/chunk-KTCKEUTZ.js";
import {
  runEntry
} from "./chunks/chunk-NHIKI34G.js";
import "./chunks/chunk-RU5W74O7.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
