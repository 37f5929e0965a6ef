/**
 * A fresh app with the packed package installed, for the package tests: `npm pack` of the
 * built dist/ (run `npm run build` first), installed into a temporary app from the tarball,
 * with the app's dependencies (lit, @lit/context, valibot) from the npm cache or registry.
 * TypeScript is this repository's, run with the app as the working directory so the package
 * resolves from the app's node_modules.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** A binary of this repository's node_modules. */
export const bin = (name: string): string => join(root, 'node_modules/.bin', name);

/**
 * The environment for child processes, without what `npm run` adds about this package: an
 * `npm install` in the app must not think it runs inside the repository.
 */
const childEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !/^(npm_package_|npm_lifecycle_|npm_config_local_prefix$|npm_command$|INIT_CWD$)/i.test(key),
  ),
);

/** What a child process did. */
export interface RunResult {
  /** Its exit code. */
  code: number;
  /** Its standard output. */
  stdout: string;
  /** Its standard error. */
  stderr: string;
}

/** Runs `file` with `args` in `cwd`; resolves with its exit code and output, never rejects. */
export function run(file: string, args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, env: childEnv, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** Runs and asserts success, showing the output when it fails. */
export async function runOk(file: string, args: readonly string[], cwd: string): Promise<string> {
  const result = await run(file, args, cwd);
  assert.equal(
    result.code,
    0,
    `${file} ${args.join(' ')} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`,
  );
  return result.stdout;
}

/** tsc's error lines (`file(line,col): error TSnnnn: ...`), trimmed. */
export const tscErrors = (output: string): string[] =>
  output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /: error TS\d+:/.test(line));

/** A strict, DOM-only tsc configuration that checks the package's declarations too. */
export const strictTsconfig = (files: string[], options: Record<string, unknown> = {}) => ({
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
    ...options,
  },
  files,
});

/** An app in a temporary directory with the packed package installed. */
export interface PackedApp {
  /** The app's directory. */
  dir: string;
  /** Runs this repository's tsc in the app. */
  tsc(args: readonly string[]): Promise<RunResult>;
  /** Removes the app and the tarball. */
  remove(): Promise<void>;
}

/**
 * Packs the built package and installs the tarball into a new app made of `files` (name to
 * text; a package.json is added). With `linked`, npm installs it the isolated way
 * (`--install-strategy=linked`): each package sees only its own declared dependencies.
 */
export async function packedApp(
  files: Record<string, string>,
  { linked = false } = {},
): Promise<PackedApp> {
  assert.ok(existsSync(join(root, 'dist/index.d.ts')), 'dist/ is missing: run npm run build first');
  const packDir = await mkdtemp(join(tmpdir(), 'visit-cards-pack-'));
  const dir = await mkdtemp(join(tmpdir(), 'visit-cards-app-'));
  // --ignore-scripts so no lifecycle script can change the repository while it is packed.
  await runOk('npm', ['pack', '--ignore-scripts', '--pack-destination', packDir], root);
  const [tarball, ...others] = (await readdir(packDir)).filter((name) => name.endsWith('.tgz'));
  assert.ok(tarball && others.length === 0, 'npm pack made no single tarball');
  const app = { name: 'visit-cards-app', version: '0.0.0', private: true, type: 'module' };
  for (const [name, text] of Object.entries({ 'package.json': JSON.stringify(app), ...files })) {
    await writeFile(join(dir, name), `${text.trimEnd()}\n`);
  }
  await runOk(
    'npm',
    [
      'install',
      join(packDir, tarball),
      ...(linked ? ['--install-strategy=linked'] : []),
      '--prefix',
      dir,
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
    ],
    dir,
  );
  return {
    dir,
    tsc: (args) => run(bin('tsc'), args, dir),
    remove: async () => {
      await rm(dir, { recursive: true, force: true });
      await rm(packDir, { recursive: true, force: true });
    },
  };
}

/** The figures of `tsc --extendedDiagnostics` (Files, Types, Check time...), by name. */
export function extendedDiagnostics(output: string): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const [, name, value] of output.matchAll(/^([A-Za-z][\w ]*?):\s+([\d.]+)\w*$/gm)) {
    figures[name!] = Number(value);
  }
  return figures;
}
