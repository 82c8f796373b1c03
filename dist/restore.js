#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-BSL6RBTY.js";
import "./chunks/chunk-ZCIHU3RJ.js";
import "./chunks/chunk-RDN6KHPB.js";
import "./chunks/chunk-34UXQQNN.js";
import "./chunks/chunk-A455B3GQ.js";
import "./chunks/chunk-Z3WJLZQF.js";
import {
  runEntry
} from "./chunks/chunk-XDL275XI.js";
import "./chunks/chunk-N2BZP6NP.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
