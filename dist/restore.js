#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-NHFO46PZ.js";
import "./chunks/chunk-MTNPQ67V.js";
import "./chunks/chunk-MGA35ZR2.js";
import "./chunks/chunk-QOJVMXLP.js";
import "./chunks/chunk-NJGIUI4L.js";
import "./chunks/chunk-EUSKAXI3.js";
import {
  runEntry
} from "./chunks/chunk-WQGG76EL.js";
import "./chunks/chunk-YQTOBCUV.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
