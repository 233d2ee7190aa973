// Bundles the explorer (browser code) into dist/explorer with esbuild: one script, its styles and the
// page, so the server serves it from the build output and nothing is fetched from elsewhere.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(here, '..', '..', 'dist', 'explorer');

fs.rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { explorer: path.join(here, 'main.ts') },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  minify: true,
  sourcemap: true,
  outdir,
  logLevel: process.env.EXPLORER_BUILD_QUIET ? 'error' : 'warning',
  tsconfig: path.join(here, 'tsconfig.json'),
});
fs.copyFileSync(path.join(here, 'index.html'), path.join(outdir, 'index.html'));
