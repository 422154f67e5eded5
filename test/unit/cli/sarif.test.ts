/**
 * SARIF that GitHub code scanning takes as it is: validated by Microsoft's SARIF multitool with the SARIF and GitHub
 * rule sets (zero errors), and the parts code scanning relies on checked one by one: rule names and help, help links
 * only to a real repository, relative file URIs against %SRCROOT%, the unreadable files in the invocation.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { catalogue, renderRuleMarkdown } from '../../../server/src/engine/index';
import { informationUrlOf, repositoryWebUrl, ruleHelpUrl, rulesDocumentUrlOf } from '../../../server/src/cli/output/documentation';
import { ruleName } from '../../../server/src/cli/output/sarif';
import { finished, repo, run, scratch, spawnCli } from './harness';

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: { startLine: number } };
}
interface SarifLog {
  runs: {
    tool: { driver: { informationUri?: string; rules: Record<string, unknown>[] } };
    automationDetails: { id: string };
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: {
      executionSuccessful: boolean;
      toolExecutionNotifications: { level: string; message: { text: string }; locations?: SarifLocation[] }[];
    }[];
    results: { ruleId: string; level?: string; message: { text: string }; locations: SarifLocation[] }[];
  }[];
}

/** The multitool's own binary (the npm package ships one per platform); its bin.js goes through a shell, which splits `;`. */
function multitool(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@microsoft/sarif-multitool') as string;
}

test('the SARIF of the examples, an unreadable file among them, validates with zero errors (SARIF and GitHub rules)', async () => {
  const dir = scratch();
  const log = join(dir, 'form4.sarif');
  const checked = await finished(spawnCli(['check', '--format', 'sarif', 'examples', 'missing.xml'], { cwd: repo }));
  assert.equal(checked.code, 2, 'the missing file makes it exit 2');
  writeFileSync(log, checked.out);
  const report = join(dir, 'validation.sarif');
  const validation = spawnSync(multitool(), ['validate', '--rule-kind', 'Sarif;Gh', '--output', report, log], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(validation.status, 0, validation.stdout + validation.stderr);
  const findings = (JSON.parse(readFileSync(report, 'utf8')) as SarifLog).runs[0].results;
  // A result without a level is a warning (SARIF 3.27.10).
  const errors = findings.filter((r) => r.level === 'error');
  assert.deepEqual(
    errors.map((r) => `${r.ruleId}: ${r.message.text}`),
    [],
  );
  assert.match(validation.stdout, /Analysis completed successfully/);
  // The validator does find errors: the same log with a rule's help taken out has one.
  const broken = JSON.parse(checked.out) as SarifLog;
  delete broken.runs[0].tool.driver.rules[0].help;
  writeFileSync(log, JSON.stringify(broken));
  const brokenReport = join(dir, 'broken-validation.sarif');
  spawnSync(multitool(), ['validate', '--rule-kind', 'Sarif;Gh', '--output', brokenReport, log], { timeout: 120_000 });
  const brokenErrors = (JSON.parse(readFileSync(brokenReport, 'utf8')) as SarifLog).runs[0].results.filter((r) => r.level === 'error');
  assert.deepEqual(
    brokenErrors.map((r) => r.ruleId),
    ['GH2012'],
  );
});

test('every rule has a name, both descriptions and help in text and Markdown from the catalogue', () => {
  const dir = scratch();
  const sarif = JSON.parse(run(['check', '--format', 'sarif', repo + '/examples'], dir).out) as SarifLog;
  const rules = sarif.runs[0].tool.driver.rules;
  assert.equal(rules.length, catalogue.length);
  for (const [index, rule] of catalogue.entries()) {
    const descriptor = rules[index] as {
      id: string;
      name: string;
      shortDescription: { text: string };
      fullDescription: { text: string };
      help: { text: string; markdown: string };
    };
    assert.equal(descriptor.id, rule.id);
    assert.match(descriptor.name, /^[A-Z][A-Za-z0-9]+$/);
    assert.equal(descriptor.shortDescription.text, rule.summary);
    assert.equal(descriptor.fullDescription.text, rule.explanation);
    assert.ok(descriptor.help.text.includes(rule.explanation));
    assert.equal(descriptor.help.markdown, renderRuleMarkdown(rule));
    assert.ok(!('helpUri' in descriptor), 'no help link without a real repository');
  }
  assert.equal(ruleName('rule10b5-1/checkbox-missing'), 'Rule10b51CheckboxMissing');
  assert.equal(new Set(rules.map((r) => r.name)).size, rules.length, 'names are unique');
});

test('results name files relative to %SRCROOT%, given by originalUriBaseIds; unreadable files are notifications', () => {
  const dir = scratch();
  writeFileSync(join(dir, 'a b.xml'), readFileSync(join(repo, 'examples', 'seed-8x8-hecker-2003.xml')));
  const outside = join(repo, 'examples', 'seed-8x8-hecker-2003.form4.yaml');
  const sarif = JSON.parse(run(['check', '--format', 'sarif', 'a b.xml', 'gone.xml', outside], dir).out) as SarifLog;
  const runLog = sarif.runs[0];
  assert.deepEqual(runLog.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(dir).href + '/' } });
  assert.deepEqual(runLog.automationDetails, { id: 'form4/' });
  const uris = new Set(runLog.results.map((r) => JSON.stringify(r.locations[0].physicalLocation.artifactLocation)));
  assert.deepEqual(
    [...uris].sort(),
    [JSON.stringify({ uri: 'a%20b.xml', uriBaseId: '%SRCROOT%' }), JSON.stringify({ uri: pathToFileURL(outside).href })].sort(),
  );
  const invocation = runLog.invocations[0];
  assert.equal(invocation.executionSuccessful, false);
  const gone = invocation.toolExecutionNotifications.find((n) => n.message.text.startsWith('cannot read gone.xml'));
  assert.equal(gone?.level, 'error');
  assert.deepEqual(gone?.locations, [{ physicalLocation: { artifactLocation: { uri: 'gone.xml', uriBaseId: '%SRCROOT%' } } }]);
});

test('help links and the tool page come only from a real repository or homepage in package.json', () => {
  assert.equal(repositoryWebUrl({ repository: { url: 'git+https://github.com/acme/form4.git' } }), 'https://github.com/acme/form4');
  assert.equal(repositoryWebUrl({ repository: 'github:acme/form4' }), 'https://github.com/acme/form4');
  assert.equal(repositoryWebUrl({ repository: 'acme/form4' }), 'https://github.com/acme/form4');
  assert.equal(repositoryWebUrl({ repository: { url: 'https://example.invalid/form4.git' } }), undefined);
  assert.equal(repositoryWebUrl({ repository: { url: 'https://www.example.com/form4' } }), undefined);
  assert.equal(repositoryWebUrl({ repository: { url: 'http://github.com/acme/form4' } }), undefined, 'https only');
  assert.equal(repositoryWebUrl({}), undefined);
  assert.equal(rulesDocumentUrlOf({ repository: 'acme/form4' }), 'https://github.com/acme/form4/blob/HEAD/docs/rules.md');
  assert.equal(
    rulesDocumentUrlOf({ repository: 'https://gitlab.com/acme/form4' }),
    'https://gitlab.com/acme/form4/-/blob/HEAD/docs/rules.md',
  );
  assert.equal(rulesDocumentUrlOf({ repository: 'https://git.acme.org/form4' }), undefined, 'no known way to show a file');
  assert.equal(
    ruleHelpUrl({ repository: 'acme/form4' }, 'code/direction'),
    'https://github.com/acme/form4/blob/HEAD/docs/rules.md#codedirection',
  );
  assert.equal(informationUrlOf({ homepage: 'https://form4.acme.org/', repository: 'acme/form4' }), 'https://form4.acme.org/');
  assert.equal(informationUrlOf({ homepage: 'https://example.invalid/', repository: 'acme/form4' }), 'https://github.com/acme/form4');
});

test('the bundle links help to the rules document exactly when package.json names a real repository', async () => {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const result = await finished(spawnCli(['check', '--format', 'sarif', 'examples'], { cwd: repo }));
  const driver = (JSON.parse(result.out) as SarifLog).runs[0].tool.driver;
  const expected = catalogue.map((rule) => ruleHelpUrl(pkg, rule.id));
  assert.deepEqual(
    driver.rules.map((r) => r.helpUri),
    expected,
  );
  assert.equal(driver.informationUri, informationUrlOf(pkg));
});
