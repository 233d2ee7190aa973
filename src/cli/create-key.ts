import { randomBytes } from 'node:crypto';
import { sha256 } from '../server/auth';

/**
 * Prints a new API key and the API_KEYS entry that stores only its SHA-256:
 * `npm run key:create -- <name> <read|write>`. Give the key to the client; put the entry in API_KEYS.
 */
const [name, role] = process.argv.slice(2);
if (!name || !/^[A-Za-z0-9_.-]{1,64}$/.test(name) || (role !== 'read' && role !== 'write')) {
  process.stderr.write('usage: npm run key:create -- <name: letters, digits, _ . -> <read|write>\n');
  process.exit(2);
}
const key = `eg_${randomBytes(24).toString('base64url')}`;
process.stdout.write(`key (give it to the client; it is not stored):\n  ${key}\n`);
process.stdout.write(
  `API_KEYS entry (comma-separate several):\n  ${name}:${role}:${sha256(key).toString('hex')}\n`,
);
