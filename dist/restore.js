#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-5GMPQJ5I.js";
import "./chunks/chunk-K2FHXNFK.js";
import "./chunks/chunk-BUZSS3NO.js";
import "./chunks/chunk-SK7TKKZQ.js";
import "./chunks/chunk-5EOYJDGN.js";
import {
  runEntry
} from "./chunks/chunk-MFSUPHSH.js";
import "./chunks/chunk-MJXMENZH.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
