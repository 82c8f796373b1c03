#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "../chunks/chunk-3FOLENJ5.js";
import "../chunks/chunk-QLERL7AF.js";
import "../chunks/chunk-YRN7GUYT.js";
import "../chunks/chunk-J67BYCQ5.js";
export {
  VERSION,
  retry
};
