/**
 * Entry point of the bundled server (dist/server.js). The transport comes from the command line the client starts
 * it with: `--node-ipc` (VS Code), `--stdio` (other editors, the protocol tests), `--socket=N` or `--pipe=NAME`.
 * Standard input and output are wired here (stdioTransport.ts), so that a broken stream ends the server loudly.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { stdioTransport } from './stdioTransport';

function stdioConnection() {
  // Standard output carries the protocol: anything printed with console.log would corrupt it.
  console.log = console.info = console.debug = console.error;
  const transport = stdioTransport({
    input: process.stdin,
    output: process.stdout,
    log: (line) => process.stderr.write(line + '\n'),
    exit: (code) => process.exit(code),
  });
  return createConnection(ProposedFeatures.all, transport.reader, transport.writer);
}

startServer(process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all));
