#!/usr/bin/env node
import { createRequire as __codexAuthCreateRequire } from 'node:module';
const require = __codexAuthCreateRequire(import.meta.url);

// src/locks/lock.ts
function describeHolder(holder) {
  if (holder.run) {
    const job = holder.run.job ? `, job ${holder.run.job}` : "";
    return `run ${holder.run.id} (${holder.run.url}${job}, host ${holder.host}, since ${holder.acquiredAt})`;
  }
  const pid = holder.pid === null ? "no pid: a lease that outlives its process" : `pid ${holder.pid}`;
  return `${holder.owner} (host ${holder.host}, ${pid}, since ${holder.acquiredAt}, lease until ${holder.expiresAt})`;
}

export {
  describeHolder
};
