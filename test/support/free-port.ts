export { freePort } from '../../src/port-check';
