/** Entry point of the conformance provider process (see server.ts). */
import { main } from './server';

try {
  main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`conformance provider: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
}
