import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/**
 * The repository root, found from this file's location: schema/, cypher/ and seed/ are read from there,
 * never from the compiled output folder (tsc does not copy them).
 */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  cached = dir;
  return dir;
}
