#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-SD6PBSKZ.js";
import "./chunks/chunk-VL5KPAW4.js";
import "./chunks/chunk-JNQ52UZ5.js";
import "./chunks/chunk-QHGS4CDQ.js";
import "./chunks/chunk-I4WQ2T2F.js";
import "./chunks/chunk-3GIYJCKB.js";
import {
  runEntry
} from "./chunks/chunk-VKFZUIPM.js";
import "./chunks/chunk-O4FHUZZJ.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
