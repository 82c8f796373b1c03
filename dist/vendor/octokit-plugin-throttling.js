#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  throttling
} from "../chunks/chunk-H6JITKY2.js";
import "../chunks/chunk-VQV5BMUU.js";
import "../chunks/chunk-DZ5XX4ZY.js";
export {
  throttling
};
