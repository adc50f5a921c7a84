/**
 * The seed-004 chat backend, active/active across clusters, in one program.
 *
 *   npx tsx examples/chat-active-active/main.ts     # writes cdktf.out/ (or $CDKTF_OUTDIR); no credentials
 *
 * Each cluster is its own stack (`mn`, `fsn1`, `mgmt`); every multi-cluster construct puts each
 * member's resources into that member's stack, and no member stack depends on another, so one
 * region that is down never blocks a plan of the others.
 */
import { App } from 'cdktf';
import { chatClusters } from './clusters';
import { chatHistory } from './cassandra';
import { chatNats } from './nats';
import { chatNetwork } from './network';
import { chatPostgres } from './postgres';

const app = new App();
const clusters = chatClusters(app);
const bridge = chatNetwork(clusters);
chatNats(clusters);
chatHistory(clusters, bridge);
chatPostgres(clusters);
app.synth();
