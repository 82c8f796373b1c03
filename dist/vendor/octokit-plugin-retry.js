#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "../chunks/chunk-DOB3BI7X.js";
import "../chunks/chunk-QLERL7AF.js";
import "../chunks/chunk-VQV5BMUU.js";
import "../chunks/chunk-DZ5XX4ZY.js";
export {
  VERSION,
  retry
};
