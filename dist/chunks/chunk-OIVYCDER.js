#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/core/redactor.ts
var Redactor = class {
  secrets = /* @__PURE__ */ new Set();
  add(values) {
    for (const value of values) if (value.length >= 8) this.secrets.add(value);
  }
  contains(text) {
    for (const secret of this.secrets) if (text.includes(secret)) return true;
    return false;
  }
  redact(text) {
    let out = text;
    for (const secret of this.secrets) {
      if (out.includes(secret)) out = out.split(secret).join("***");
    }
    return out;
  }
};

export {
  Redactor
};
