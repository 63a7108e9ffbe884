// `npm run build`: the production client and server, into dist/.
import { buildClient, buildServer } from './lib/build.mjs';
import { ensureDependencies } from './lib/dependencies.mjs';

await ensureDependencies();
await buildClient();
await buildServer();
console.log('Built dist/client and dist/server. Run it with `npm start`.');
