// Shared by the e2e scripts, without any npm package (so that a missing playwright-core can be
// reported clearly): their options, a tiny check runner and the command-line oracle.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..');

// The options every e2e script takes: --dist DIR, --cli PATH, --artifacts DIR.
export function testArgs(script, argv = process.argv.slice(2)) {
  const out = {
    dist: join(repo, 'dist'),
    cli: join(repo, 'build', 'native-debug', 'core', 'usjp-tariff'),
    artifacts: join(here, 'artifacts'),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in out) || i + 1 >= argv.length) {
      console.error(`usage: node ${script} [--dist DIR] [--cli PATH] [--artifacts DIR] (bad option ${argv[i]})`);
      process.exit(2);
    }
    out[key] = resolve(argv[i + 1]);
  }
  return out;
}

// Named checks, one line each, and a summary; summary() is true when every check passed.
export function createRunner() {
  const results = [];
  async function check(name, body) {
    const started = Date.now();
    try {
      await body();
      results.push({ name, ok: true });
      console.log(`PASS  ${name}  (${Date.now() - started} ms)`);
    } catch (error) {
      results.push({ name, ok: false, error });
      console.log(`FAIL  ${name}\n      ${String(error && error.stack || error).split('\n').join('\n      ')}`);
    }
  }
  function summary() {
    const failed = results.filter((r) => !r.ok);
    console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
    for (const f of failed) console.log(`  failed: ${f.name}`);
    return failed.length === 0;
  }
  return { check, summary };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// The oracle: what the command-line tool computes with these options, as JSON.
export function cliJson(cli, ...options) {
  return JSON.parse(execFileSync(cli, [...options, '--json'],
                                 { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] }));
}
