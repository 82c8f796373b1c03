import { exec } from '@actions/exec';
import { codexForJob as findOrInstall } from '../app/codex-for-job.js';
import { actionLogger } from './runner-output.js';

/** The Codex executable for this job (app/codex-for-job.ts), installed with the runner's npm when missing. */
export function codexForJob(version: string, env: NodeJS.ProcessEnv): Promise<string> {
  return findOrInstall(version, env, {
    log: actionLogger,
    npm: (args) => exec('npm', [...args], { ignoreReturnCode: true }),
  });
}
