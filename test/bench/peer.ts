/**
 * The peer: the same YAML draft of each size in yaml-language-server (npm) with our JSON Schema associated, against
 * our server: time to first diagnostics when the draft is opened, and after a one-character edit. Both servers run
 * side by side, warmed up, each document opened under a new name each round, the sides alternating.
 *
 * yaml-language-server is started with its fixed 200 ms validation delay set to 0 (see yamlLanguageServer.cjs), and
 * with the schema store and every fetch turned off: its `http.proxy` points at a closed loopback port, so nothing can
 * leave the machine even if a schema referred to the network.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './build';
import { startOurServer } from './editor';
import { editOffset, nthEdit } from './editSpot';
import type { GeneratedDocument } from './inputs';
import { LspSession } from './lspClient';
import { alternate, median, round } from './stats';

export const draftSchema = path.join(projectRoot, 'schemas', 'form4-draft.schema.json');

export interface PeerResult {
  readonly rows: number;
  readonly rounds: number;
  readonly oursOpenMs: number;
  readonly peerOpenMs: number;
  readonly oursEditMs: number;
  readonly peerEditMs: number;
  /** Peer time over ours: at least 5 is the target. */
  readonly openRatio: number;
  readonly editRatio: number;
}

export interface PeerReport {
  readonly peer: string;
  /** Diagnostics yaml-language-server gave a draft with schema errors: proves our schema was associated. */
  readonly schemaProbeDiagnostics: number;
  readonly results: readonly PeerResult[];
}

function yamlSettings(schemaUri: string) {
  return {
    schemas: { [schemaUri]: ['*.form4.yaml', '*.form4.yml'] },
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  };
}

/** A closed port on loopback: any fetch the peer might try fails at once, on this machine. */
const noNetwork = { proxy: 'http://127.0.0.1:9', proxyStrictSSL: true };

async function startPeer(): Promise<LspSession> {
  const yaml = yamlSettings(pathToFileURL(draftSchema).href);
  const session = await LspSession.start({
    command: process.execPath,
    args: [path.join(__dirname, 'yamlLanguageServer.cjs'), '--stdio'],
    configuration: (section) =>
      section === 'yaml' ? yaml : section === 'http' ? noNetwork : section === '[yaml]' || section === 'editor' ? {} : null,
  });
  await session.configurationChanged({ yaml, http: noNetwork });
  return session;
}

const probe = 'documentType: 7\nnotAFormField: 1\n';

function roundsFor(rows: number): number {
  return rows >= 5000 ? 3 : rows >= 300 ? 5 : 7;
}

async function compare(ours: LspSession, peer: LspSession, document: GeneratedDocument, dir: string): Promise<PeerResult> {
  const text = document.yaml;
  const offset = editOffset(text, 'yaml');
  const edit = nthEdit(text, offset, 0);
  let opened = 0;
  const openAndEdit = async (session: LspSession, side: string) => {
    const uri = pathToFileURL(path.join(dir, `peer-${side}-${document.rows}-${opened++}.form4.yaml`)).href;
    const openMs = await session.open(uri, 'yaml', text);
    const { ms: editMs } = await session.edit(uri, edit.range, edit.text);
    await session.close(uri);
    return { openMs, editMs };
  };
  const openSamples: Record<string, number[]> = { ours: [], peer: [] };
  const record = (side: 'ours' | 'peer', session: LspSession) => async () => {
    const { openMs, editMs } = await openAndEdit(session, side);
    openSamples[side].push(openMs);
    return editMs;
  };
  const rounds = roundsFor(document.rows);
  // The servers are warm from the smaller drafts by the time the largest comes: no warm-up round for it.
  const warmup = document.rows >= 5000 ? 0 : 1;
  const editSamples = await alternate(
    [
      { name: 'ours', run: record('ours', ours) },
      { name: 'peer', run: record('peer', peer) },
    ],
    rounds,
    warmup,
  );
  // The warm-up round's opens are in openSamples too: drop them, as alternate() dropped its edits.
  const measuredOpens = (side: string) => openSamples[side].slice(-rounds);
  const oursOpenMs = median(measuredOpens('ours'));
  const peerOpenMs = median(measuredOpens('peer'));
  const oursEditMs = median(editSamples.ours);
  const peerEditMs = median(editSamples.peer);
  return {
    rows: document.rows,
    rounds,
    oursOpenMs: round(oursOpenMs),
    peerOpenMs: round(peerOpenMs),
    oursEditMs: round(oursEditMs),
    peerEditMs: round(peerEditMs),
    openRatio: round(peerOpenMs / oursOpenMs),
    editRatio: round(peerEditMs / oursEditMs),
  };
}

export function peerVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return `yaml-language-server ${(require('yaml-language-server/package.json') as { version: string }).version}`;
}

export async function benchPeer(generated: readonly GeneratedDocument[], dir: string): Promise<PeerReport | { skipped: string }> {
  if (!existsSync(draftSchema)) return { skipped: `${path.relative(projectRoot, draftSchema)} is missing` };
  const ours = await startOurServer();
  const peer = await startPeer();
  try {
    const probeUri = pathToFileURL(path.join(dir, 'probe.form4.yaml')).href;
    await peer.open(probeUri, 'yaml', probe);
    // Counted after an edit (documentType 7 -> 71, still wrong), in case the first publication raced the schema's loading.
    const probeEdit = await peer.edit(probeUri, { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } }, '1');
    const schemaProbeDiagnostics = probeEdit.diagnostics;
    await peer.close(probeUri);
    if (schemaProbeDiagnostics === 0)
      throw new Error('yaml-language-server reported nothing on a draft with schema errors: the schema is not associated');
    const results: PeerResult[] = [];
    for (const document of generated) results.push(await compare(ours, peer, document, dir));
    return { peer: peerVersion(), schemaProbeDiagnostics, results };
  } finally {
    await Promise.all([ours.stop(), peer.stop()]);
  }
}
