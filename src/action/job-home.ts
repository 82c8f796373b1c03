import { prepareJobHome as prepareHome } from '../app/job-homes.js';
import { saveActionState } from './state.js';

/** A new CODEX_HOME for this job (app/job-homes.ts), its cleanup state saved for post before it exists. */
export function prepareJobHome(env: NodeJS.ProcessEnv, stream: string): Promise<string> {
  return prepareHome(env, stream, (codexHome, homeProof) => saveActionState({ codexHome, homeProof }));
}
