#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  libsodium_wrappers_default
} from "../chunks/chunk-DXCRNK57.js";
import "../chunks/chunk-J67BYCQ5.js";
export {
  libsodium_wrappers_default as default
};
