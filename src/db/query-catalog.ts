import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root';

const INCLUDE = /^([ \t]*)\/\/ @include ([a-z0-9-]+)[ \t]*$/gm;
const INCLUDE_LINE = /^[ \t]*\/\/ @include [a-z0-9-]+[ \t]*$/;

/**
 * Every Cypher query of the service, read once from cypher/*.cypher and called by its file name.
 * Parameters always travel to the driver separately; no query text is ever built from input. A line
 * `// @include name` stands for cypher/fragments/name.cypher (shared projections), fixed at load time.
 */
export class QueryCatalog {
  private constructor(private readonly queries: ReadonlyMap<string, string>) {}

  static load(dir = path.join(projectRoot(), 'cypher')): QueryCatalog {
    const fragmentsDir = path.join(dir, 'fragments');
    // Fragments may include fragments (a predicate shared by several filters); a cycle is a mistake.
    const fragment = (name: string, indent: string, including: string[] = []): string => {
      if (including.includes(name))
        throw new Error(`fragment ${name} includes itself: ${including.join(' > ')}`);
      const file = path.join(fragmentsDir, `${name}.cypher`);
      if (!fs.existsSync(file)) throw new Error(`no fragment ${file}`);
      const body = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() && (!line.trim().startsWith('//') || INCLUDE_LINE.test(line)))
        .map((line) => indent + line)
        .join('\n');
      return body.replace(INCLUDE, (_line, inner: string, next: string) =>
        fragment(next, inner, [...including, name]),
      );
    };
    const queries = new Map<string, string>();
    for (const file of fs.readdirSync(dir)) {
      if (!file.endsWith('.cypher')) continue;
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      queries.set(
        path.basename(file, '.cypher'),
        text.replace(INCLUDE, (_line, indent: string, name: string) => fragment(name, indent)),
      );
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
