#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  check,
  pipe,
  string
} from "./chunk-2G7TLW22.js";

// src/core/rfc3339.ts
var RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
var rfc3339 = pipe(
  string(),
  check(
    (value) => RFC3339.test(value) && !Number.isNaN(Date.parse(value)),
    "must be an RFC 3339 timestamp such as 2026-11-21T08:04:24.763008311Z"
  )
);

export {
  rfc3339
};
