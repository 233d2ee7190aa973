import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';

/**
 * Every Cypher query of the service, read once from cypher/*.cypher and called by its file name.
 * Parameters always travel to the driver separately; no query text is ever built from input.
 */
export class QueryCatalog {
  private constructor(private readonly queries: ReadonlyMap<string, string>) {}

  static load(dir = path.join(projectRoot(), 'cypher')): QueryCatalog {
    const queries = new Map<string, string>();
    for (const file of fs.readdirSync(dir)) {
      if (!file.endsWith('.cypher')) continue;
      queries.set(path.basename(file, '.cypher'), fs.readFileSync(path.join(dir, file), 'utf8'));
    }
    return new QueryCatalog(queries);
  }

  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`no query named '${name}' in cypher/`);
    return text;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}
