import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberedPath, xmlPathFor, yamlDraftPathFor } from '../../../client/src/draftNames';
import { RestartPolicy } from '../../../client/src/restartPolicy';
import { shownCounts } from '../../../client/src/statusText';
import { tracesServer } from '../../../client/src/traceSetting';

describe('restart policy', () => {
  it('restarts a crashed server until the fifth crash within three minutes, then stops', () => {
    const policy = new RestartPolicy();
    const minute = 60_000;
    assert.deepEqual(
      [0, 1, 2, 3].map((t) => policy.crashed(t * 10_000).restart),
      [true, true, true, true],
    );
    assert.equal(policy.crashed(2 * minute).restart, false);
    assert.match(policy.describeStop(), /5 times in 3 minutes/);
  });

  it('forgets crashes older than the window, and starts afresh after a manual restart', () => {
    const policy = new RestartPolicy(5, 3 * 60_000);
    for (const t of [0, 1000, 2000, 3000]) policy.crashed(t);
    // The first four are more than three minutes old by now.
    assert.deepEqual(policy.crashed(3 * 60_000 + 3001), { restart: true, crashesInWindow: 1 });
    for (const t of [1, 2, 3]) policy.crashed(3 * 60_000 + 3001 + t);
    policy.reset();
    assert.deepEqual(policy.crashed(3 * 60_000 + 4000), { restart: true, crashesInWindow: 1 });
  });
});

describe('draft names', () => {
  it('names the converted document beside its source', () => {
    assert.equal(yamlDraftPathFor('/a/filing.xml'), '/a/filing.form4.yaml');
    assert.equal(yamlDraftPathFor('/a/0001.txt.xml'), '/a/0001.txt.form4.yaml');
    assert.equal(xmlPathFor('/a/filing.form4.yaml'), '/a/filing.xml');
    assert.equal(xmlPathFor('/a/filing.form4.yml'), '/a/filing.xml');
    assert.equal(xmlPathFor('/a/.form4.yaml'), '/a/form4.xml');
    assert.equal(yamlDraftPathFor('Untitled-1'), 'Untitled-1.form4.yaml');
  });

  it('numbers a name that is taken', () => {
    assert.equal(numberedPath('/a/x.form4.yaml', 1), '/a/x.form4.yaml');
    assert.equal(numberedPath('/a/x.form4.yaml', 2), '/a/x-2.form4.yaml');
    assert.equal(numberedPath('/a/x.xml', 3), '/a/x-3.xml');
    assert.equal(numberedPath('/a/x', 2), '/a/x-2');
  });
});

describe('status and trace', () => {
  it('the status shows errors and warnings, each only when there are some', () => {
    assert.equal(shownCounts('Form 4', { errors: 2, warnings: 3 }), 'Form 4: 2 errors, 3 warnings');
    assert.equal(shownCounts('Form 4', { errors: 1, warnings: 0 }), 'Form 4: 1 error');
    assert.equal(shownCounts('Form 4/A', { errors: 0, warnings: 1 }), 'Form 4/A: 1 warning');
    assert.equal(shownCounts('Form 4', { errors: 0, warnings: 0 }), 'Form 4');
  });

  it('form4.trace.server asks for a trace with messages or verbose, whatever the log level', () => {
    assert.deepEqual(['off', 'messages', 'verbose', undefined, 'Verbose', 1].map(tracesServer), [false, true, true, false, false, false]);
  });
});
