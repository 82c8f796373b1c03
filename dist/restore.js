#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-UQ6D6G5G.js";
import "./chunks/chunk-XVXGBGC6.js";
import "./chunks/chunk-OKUQRI3T.js";
import "./chunks/chunk-3AKOLNRZ.js";
import "./chunks/chunk-QSROFXL5.js";
import "./chunks/chunk-LRI2VBJD.js";
import {
  runEntry
} from "./chunks/chunk-JZLKGGNM.js";
import "./chunks/chunk-UTHIIM7J.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
