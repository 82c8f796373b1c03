#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  runRestore
} from "./chunks/chunk-5NMZZRSN.js";
import "./chunks/chunk-KU7ESO6I.js";
import "./chunks/chunk-KSXCCJIF.js";
import "./chunks/chunk-6BMKMZ2T.js";
import "./chunks/chunk-5MBWW6LA.js";
import "./chunks/chunk-FDNC2UUA.js";
import {
  runEntry
} from "./chunks/chunk-IWH7BZR4.js";
import "./chunks/chunk-545XYBME.js";

// src/entry/restore.ts
await runEntry(() => runRestore());
