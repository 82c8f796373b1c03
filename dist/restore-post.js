#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestorePost
} from "./chunks/chunk-O5WCJHEY.js";
import "./chunks/chunk-RWQDVMAD.js";
import "./chunks/chunk-CPEYFD6P.js";
import "./chunks/chunk-X3L45C7O.js";
import "./chunks/chunk-IN5623AG.js";
import {
  runEntry
} from "./chunks/chunk-X5KOJO2S.js";
import "./chunks/chunk-GHEFZY67.js";

// src/entry/restore-post.ts
await runEntry(() => runRestorePost());
