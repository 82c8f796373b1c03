#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-XESJIILF.js";
import "./chunks/chunk-TWLAFJDX.js";
import "./chunks/chunk-FQJGLO3P.js";
import "./chunks/chunk-LAHGSOCG.js";
import "./chunks/chunk-RX547S3S.js";
import "./chunks/chunk-EXATMDXD.js";
import {
  runEntry
} from "./chunks/chunk-7RZZDZ5Q.js";
import "./chunks/chunk-H36FBOWO.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
