#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  describeEvent
} from "./chunk-JZZ362IR.js";
import "./chunk-DZ5XX4ZY.js";
export {
  describeEvent
};
