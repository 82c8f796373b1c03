#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-SQ65QSRU.js";
import "./chunks/chunk-XG66E3J5.js";
import "./chunks/chunk-WQXEKVIM.js";
import "./chunks/chunk-X6AZ5TGZ.js";
import "./chunks/chunk-ZHJURBCH.js";
import "./chunks/chunk-4W6SJQLG.js";
import {
  runEntry
} from "./chunks/chunk-B6KGLWSJ.js";
import "./chunks/chunk-MYPXZCTT.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
