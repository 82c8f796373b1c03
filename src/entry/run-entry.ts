import * as core from '@actions/core';
import { asCodexAuthError } from '../core/errors.js';

/** The one catch of an Action entry point: any failure fails the step with its message (never a token). */
export async function runEntry(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    core.setFailed(asCodexAuthError(error).message);
  }
}
