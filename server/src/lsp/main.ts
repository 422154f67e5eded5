/**
 * Entry point of the bundled server (dist/server.js). The transport comes from the command line the client starts
 * it with: `--node-ipc` (VS Code), `--stdio` (other editors, the protocol tests), `--socket=N` or `--pipe=NAME`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
