#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  createOctokit
} from "./chunk-YATQTZPW.js";
import "./chunk-HMVT4RTB.js";
import "./chunk-DZ5XX4ZY.js";
export {
  createOctokit
};
