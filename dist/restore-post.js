#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-5TGZTBZR.js";
import "./chunks/chunk-4B3FSXII.js";
import "./chunks/chunk-EYBANUWR.js";
import "./chunks/chunk-KGUD5RL2.js";
import "./chunks/chunk-ZNU6ICMA.js";
import "./chunks/chunk-AERXCD4O.js";
import {
  runEntry
} from "./chunks/chunk-JTJMOU2T.js";
import "./chunks/chunk-6NQI4FMN.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
