#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);
import {
  Redactor
} from "./chunk-OIVYCDER.js";
import {
  asCodexAuthError
} from "./chunk-HPAV43AD.js";

// src/cli/console.ts
var processIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  get width() {
    return process.stdout.isTTY ? process.stdout.columns : void 0;
  }
};
function stderrLogger(io, redactor, verbose) {
  const line = (prefix, message) => io.stderr(`${redactor.redact(`codex-auth: ${prefix}${message}`)}
`);
  return {
    info: (message) => line("", message),
    warn: (message) => line("warning: ", message),
    debug: (message) => {
      if (verbose) line("debug: ", message);
    }
  };
}

// src/cli/kit.ts
function createKit(io, env) {
  const redactor = new Redactor();
  const kit = {
    io,
    env,
    redactor,
    logger: (verbose) => stderrLogger(io, redactor, verbose),
    out: (text) => io.stdout(redactor.redact(text)),
    json: (value) => io.stdout(`${redactor.redact(JSON.stringify(value, null, 2))}
`),
    fail(error, json) {
      const failure = asCodexAuthError(error);
      if (json) kit.json({ error: errorJson(failure) });
      else io.stderr(`${redactor.redact(`codex-auth: error: ${failure.message}`)}
`);
      return failure.exitCode;
    }
  };
  return kit;
}
function errorJson(error) {
  return { code: error.code, message: error.message };
}

export {
  processIo,
  createKit,
  errorJson
};
