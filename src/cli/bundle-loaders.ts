import type { CommandBundle } from './args/spec.js';
import type { CommandName } from './command-table.js';

// Which bundle of dist/cli/ holds each command's code, imported only when that command runs. Apart from the command
// table so that the commands can take their option types from the table without an import cycle.

export const BUNDLE_OF: Readonly<Record<CommandName, () => Promise<CommandBundle>>> = {
  run: () => import('./bundles/round-trip.js'),
  restore: () => import('./bundles/round-trip.js'),
  persist: () => import('./bundles/round-trip.js'),
  inspect: () => import('./bundles/light.js'),
  status: () => import('./bundles/light.js'),
  history: () => import('./bundles/light.js'),
  seed: () => import('./bundles/round-trip.js'),
  unlock: () => import('./bundles/light.js'),
  'keep-fresh': () => import('./bundles/round-trip.js'),
  revoke: () => import('./bundles/round-trip.js'),
  doctor: () => import('./bundles/round-trip.js'),
  keygen: () => import('./bundles/light.js'),
};
