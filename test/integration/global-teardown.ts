import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const running = globalThis.testNeo4j;
  if (!running) return;
  await running.server.stop();
  fs.rmSync(running.dataDir, { recursive: true, force: true });
}
