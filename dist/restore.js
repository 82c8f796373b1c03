#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-5UNAMIVL.js";
import "./chunks/chunk-M37SRXSD.js";
import "./chunks/chunk-DAEGIGXD.js";
import "./chunks/chunk-TW2UAB42.js";
import "./chunks/chunk-2OWVSRAV.js";
import "./chunks/chunk-422LOZHL.js";
import {
  runEntry
} from "./chunks/chunk-CO3E2R4L.js";
import "./chunks/chunk-G55YFJXV.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
