import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const running = globalThis.e2eService;
  if (!running) return;
  running.service.child.kill('SIGTERM');
  await running.service.exited;
  fs.rmSync(running.dataDir, { recursive: true, force: true });
}
