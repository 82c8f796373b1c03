#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  require_proper_lockfile
} from "../chunks/chunk-QO545IBJ.js";
import {
  __toESM
} from "../chunks/chunk-J67BYCQ5.js";

// vendor-entry:proper-lockfile
var import_proper_lockfile = __toESM(require_proper_lockfile());
var export_default = import_proper_lockfile.default;
export {
  export_default as default
};
