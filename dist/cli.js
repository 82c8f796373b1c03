#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/entry/cli-forwarder.ts
import { createRequire } from "node:module";
createRequire(import.meta.url)("./cli.cjs");
