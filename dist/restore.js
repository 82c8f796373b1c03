#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-L2KZWZAL.js";
import "./chunks/chunk-LJN5ST32.js";
import "./chunks/chunk-ZNDT4GNA.js";
import "./chunks/chunk-TUUN34KT.js";
import "./chunks/chunk-XSYG5UL6.js";
import "./chunks/chunk-XOXZ7TVM.js";
import {
  runEntry
} from "./chunks/chunk-BQPV6IG4.js";
import "./chunks/chunk-RAAG7N5W.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
