#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  buildCodexEnv
} from "./chunk-Q42TUPIE.js";
import "./chunk-DZ5XX4ZY.js";
export {
  buildCodexEnv
};
