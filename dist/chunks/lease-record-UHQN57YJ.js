#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  FORMAT_VERSION,
  LOCK_FILE_NAME,
  UNREADABLE_LOCK_LEASE_MS,
  fileIdentity,
  isStale,
  parseRecord,
  toHolder,
  unreadable
} from "./chunk-ME7AUUEY.js";
import "./chunk-J67BYCQ5.js";
export {
  FORMAT_VERSION,
  LOCK_FILE_NAME,
  UNREADABLE_LOCK_LEASE_MS,
  fileIdentity,
  isStale,
  parseRecord,
  toHolder,
  unreadable
};
