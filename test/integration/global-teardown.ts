import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  await Promise.all(
    (globalThis.testNeo4j ?? []).map(async ({ server, dataDir }) => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }),
  );
}
