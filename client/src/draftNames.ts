/**
 * Names for the documents the commands create: beside the source, with the other format's extension. Pure so the
 * naming can be tested without VS Code.
 */
function splitPath(path: string): { dir: string; base: string } {
  const slash = path.lastIndexOf('/');
  return { dir: path.slice(0, slash + 1), base: path.slice(slash + 1) };
}

/** `/a/filing.xml` -> `/a/filing.form4.yaml`. */
export function yamlDraftPathFor(sourcePath: string): string {
  const { dir, base } = splitPath(sourcePath);
  const stem = base.replace(/\.form4\.ya?ml$/i, '').replace(/\.[^.]*$/, '') || 'form4';
  return `${dir}${stem}.form4.yaml`;
}

/** `/a/filing.form4.yaml` -> `/a/filing.xml`. */
export function xmlPathFor(sourcePath: string): string {
  const { dir, base } = splitPath(sourcePath);
  const stem = base.replace(/\.form4\.ya?ml$/i, '').replace(/\.[^.]*$/, '') || 'form4';
  return `${dir}${stem}.xml`;
}

/** `/a/x.form4.yaml` with n = 2 -> `/a/x-2.form4.yaml`: another name when the first is taken. */
export function numberedPath(path: string, n: number): string {
  if (n <= 1) return path;
  const { dir, base } = splitPath(path);
  const dot = base.search(/\.form4\.ya?ml$/i) >= 0 ? base.search(/\.form4\.ya?ml$/i) : base.lastIndexOf('.');
  return dot > 0 ? `${dir}${base.slice(0, dot)}-${n}${base.slice(dot)}` : `${dir}${base}-${n}`;
}
