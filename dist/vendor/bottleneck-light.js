#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  require_light
} from "../chunks/chunk-YRN7GUYT.js";
import {
  __toESM
} from "../chunks/chunk-J67BYCQ5.js";

// vendor-entry:bottleneck/light.js
var import_light = __toESM(require_light());
var export_default = import_light.default;
export {
  export_default as default
};
