#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  require_proper_lockfile
} from "./chunk-SOL5SJDO.js";
import "./chunk-DZ5XX4ZY.js";
export default require_proper_lockfile();
