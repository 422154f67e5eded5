/**
 * The peer: the same YAML draft of each size in yaml-language-server (npm) with our JSON Schema associated, against
 * our server: time to first diagnostics when the draft is opened, and after one-character edits. Both servers run
 * side by side, warmed up, the sides alternating. Opens are timed on a new name each round; edits on one document
 * per side kept open, at least 50 a side, with the server's CPU time per edit beside the wall time.
 *
 * yaml-language-server is started with its fixed 200 ms validation delay set to 0 (see yamlLanguageServer.cjs), and
 * with the schema store and every fetch turned off: its `http.proxy` points at a closed loopback port, so nothing can
 * leave the machine even if a schema referred to the network. Ours runs with validation debounce 0 too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './build';
import { startOurServer } from './editor';
import { checkedEditSpot, nthEdit } from './editSpot';
import type { GeneratedDocument } from './inputs';
import { LspSession } from './lspClient';
import { alternate, median, percentile, round } from './stats';

export const draftSchema = path.join(projectRoot, 'schemas', 'form4-draft.schema.json');

export interface PeerResult {
  readonly rows: number;
  /** Opens timed per side. */
  readonly rounds: number;
  /** Edits timed per side (after the warm-up ones). */
  readonly edits: number;
  readonly oursOpenMs: number;
  readonly peerOpenMs: number;
  /** Median wall time of an edit to its diagnostics. */
  readonly oursEditMs: number;
  readonly peerEditMs: number;
  readonly oursEditP95Ms: number;
  readonly peerEditP95Ms: number;
  /** Server CPU time per edit. */
  readonly oursEditCpuMs: number;
  readonly peerEditCpuMs: number;
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
  return rows >= 300 ? 5 : 7;
}

/** Edits timed per side: at least 50 at every size. */
const measuredEdits = 60;
const warmupEdits = 10;

/** Median milliseconds to first diagnostics of the draft opened under a new name, alternating sides. */
async function opens(
  ours: LspSession,
  peer: LspSession,
  document: GeneratedDocument,
  dir: string,
): Promise<Record<'ours' | 'peer', number>> {
  let opened = 0;
  const open = (session: LspSession, side: string) => async () => {
    const uri = pathToFileURL(path.join(dir, `peer-${side}-${document.rows}-${opened++}.form4.yaml`)).href;
    const ms = await session.open(uri, 'yaml', document.yaml);
    await session.close(uri);
    return ms;
  };
  const samples = await alternate(
    [
      { name: 'ours', run: open(ours, 'ours') },
      { name: 'peer', run: open(peer, 'peer') },
    ],
    roundsFor(document.rows),
    1,
  );
  return { ours: median(samples.ours), peer: median(samples.peer) };
}

interface EditFigures {
  readonly samples: number[];
  readonly cpuPerEditMs: number;
}

/** One document open per side; edits alternate between the sides, each timed to its diagnostics. */
async function edits(
  ours: LspSession,
  peer: LspSession,
  document: GeneratedDocument,
  dir: string,
): Promise<Record<'ours' | 'peer', EditFigures>> {
  const text = document.yaml;
  const offset = checkedEditSpot(text, 'yaml');
  const sides = { ours, peer };
  const uris = {
    ours: pathToFileURL(path.join(dir, `peer-edits-ours-${document.rows}.form4.yaml`)).href,
    peer: pathToFileURL(path.join(dir, `peer-edits-peer-${document.rows}.form4.yaml`)).href,
  };
  for (const side of ['ours', 'peer'] as const) await sides[side].open(uris[side], 'yaml', text);
  const count = { ours: 0, peer: 0 };
  const edit = (side: 'ours' | 'peer') => async () => {
    const { range, text: inserted } = nthEdit(text, offset, count[side]++);
    return (await sides[side].edit(uris[side], range, inserted)).ms;
  };
  const run = (rounds: number) =>
    alternate(
      [
        { name: 'ours', run: edit('ours') },
        { name: 'peer', run: edit('peer') },
      ],
      rounds,
      0,
    );
  await run(warmupEdits);
  const cpuAtStart = { ours: ours.cpuMs(), peer: peer.cpuMs() };
  const samples = await run(measuredEdits);
  const figures = (side: 'ours' | 'peer'): EditFigures => ({
    samples: samples[side],
    cpuPerEditMs: (sides[side].cpuMs() - cpuAtStart[side]) / measuredEdits,
  });
  for (const side of ['ours', 'peer'] as const) await sides[side].close(uris[side]);
  return { ours: figures('ours'), peer: figures('peer') };
}

async function compare(ours: LspSession, peer: LspSession, document: GeneratedDocument, dir: string): Promise<PeerResult> {
  const open = await opens(ours, peer, document, dir);
  const edit = await edits(ours, peer, document, dir);
  const oursEditMs = median(edit.ours.samples);
  const peerEditMs = median(edit.peer.samples);
  return {
    rows: document.rows,
    rounds: roundsFor(document.rows),
    edits: measuredEdits,
    oursOpenMs: round(open.ours),
    peerOpenMs: round(open.peer),
    oursEditMs: round(oursEditMs),
    peerEditMs: round(peerEditMs),
    oursEditP95Ms: round(percentile(edit.ours.samples, 95)),
    peerEditP95Ms: round(percentile(edit.peer.samples, 95)),
    oursEditCpuMs: round(edit.ours.cpuPerEditMs),
    peerEditCpuMs: round(edit.peer.cpuPerEditMs),
    openRatio: round(open.peer / open.ours),
    editRatio: round(peerEditMs / oursEditMs),
  };
}

export function peerVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return `yaml-language-server ${(require('yaml-language-server/package.json') as { version: string }).version}`;
}

/** `edited`: the drafts of the edit sizes (10, 30, 60 and 300 rows). */
export async function benchPeer(edited: readonly GeneratedDocument[], dir: string): Promise<PeerReport | { skipped: string }> {
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
    for (const document of edited) results.push(await compare(ours, peer, document, dir));
    return { peer: peerVersion(), schemaProbeDiagnostics, results };
  } finally {
    await Promise.all([ours.stop(), peer.stop()]);
  }
}
