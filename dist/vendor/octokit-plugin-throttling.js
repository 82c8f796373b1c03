#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  throttling
} from "../chunks/chunk-LZAUNDEE.js";
import "../chunks/chunk-YRN7GUYT.js";
import "../chunks/chunk-J67BYCQ5.js";
export {
  throttling
};
