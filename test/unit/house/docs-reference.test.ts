// The reference in docs/ is generated from action.yml (and the sub-actions') and the bundled CLI's --help by
// scripts/gen-docs.mjs: this fails when a doc differs from what the script generates now, so a changed input,
// default or flag cannot leave the docs behind, and when a sub-action describes a shared input differently.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/markdown-blocks.js';

const script = path.join(REPO_ROOT, 'scripts', 'gen-docs.mjs');
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');

describe('docs/ reference', () => {
  it('is what scripts/gen-docs.mjs generates from action.yml files and --help, and the sub-actions agree', () => {
    let output = '';
    try {
      execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stderr?: string }).stderr ?? error);
    }
    expect(output).toBe('');
  });

  it('holds every input of every action.yml and every command of the CLI', () => {
    const reference = read('docs/action-reference.md');
    for (const file of ['action.yml', 'restore/action.yml', 'persist/action.yml', 'keep-fresh/action.yml']) {
      for (const name of read(file).match(/^ {2}[a-z][a-z-]*(?=:\s*$)/gm) ?? []) {
        expect(reference, `${file} ${name.trim()}`).toMatch(new RegExp(`^- \`${name.trim()}\`( \\(|:)`, 'm'));
      }
    }
    const cli = read('docs/cli-reference.md');
    for (const command of ['run', 'restore', 'persist', 'seed', 'keep-fresh', 'revoke', 'doctor', 'keygen']) {
      expect(cli).toContain(`Usage: codex-auth ${command}`);
    }
  });
});
