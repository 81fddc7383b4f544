// `npm start` (and the `trame` CLI): rebuilds what is older than its sources, then runs the compiled
// server in this same process. `node scripts/start.mjs cli <command>` runs the CLI instead.
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, buildWeb, serverOut } from './build.mjs';

// Source maps cost ~100 ms of every start on the bundle: stack traces point into dist/server
// unless TRAME_SOURCE_MAPS=1 (or NODE_OPTIONS=--enable-source-maps) asks for the sources.
if (process.env.TRAME_SOURCE_MAPS === '1') process.setSourceMapsEnabled(true);
// Node ≥ 22 keeps the compiled code of modules on disk between starts (absent on Node 20).
module.enableCompileCache?.();
const cli = process.argv[2] === 'cli';
if (cli) process.argv.splice(2, 1);
else await buildWeb();
await buildServer();
await import(pathToFileURL(path.join(serverOut, cli ? 'cli.js' : 'main.js')).href);
