/**
 * The form `analyze` chooses: from the root element and documentType, once, with Form 4 as the fallback for what it
 * does not describe; and the descriptions themselves agree with the schema they name.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formDescriptions } from '../../../server/src/engine/forms/descriptions';
import { form4, form4A } from '../../../server/src/engine/forms/form4';
import { formIds } from '../../../server/src/engine/forms/id';
import { rulesFor } from '../../../server/src/engine/forms/rules';
import { chooseForm, fallbackForm, isCheckedForm } from '../../../server/src/engine/forms/select';
import { rules } from '../../../server/src/engine/rules/index';
import { readXml } from '../../../server/src/engine/read/xml';
import { analyze, check } from '../../../server/src/engine/service';
import { childDeclaration, documentSchemas } from '../../../server/src/engine/structure/schema';
import { form4Xml, form4Yaml } from '../../helpers/form4';

/** A minimal document with the given documentType element text; undefined leaves the element out. */
function withDocumentType(documentType: string | undefined): string {
  const element = documentType === undefined ? '' : `<documentType>${documentType}</documentType>`;
  return `<ownershipDocument><schemaVersion>X0508</schemaVersion>${element}<periodOfReport>2024-03-12</periodOfReport></ownershipDocument>`;
}

function chosen(text: string): { kind: string; form: string } {
  const { kind, form } = chooseForm(readXml(text).root);
  return { kind, form: form.id };
}

describe('chooseForm', () => {
  it('reads documentType 4 as Form 4 and 4/A as Form 4/A', () => {
    assert.deepEqual(chosen(withDocumentType('4')), { kind: '4', form: '4' });
    assert.deepEqual(chosen(withDocumentType('4/A')), { kind: '4/A', form: '4/A' });
  });

  it('ignores white space around documentType', () => {
    assert.deepEqual(chosen(withDocumentType('\n  4/A \t')), { kind: '4/A', form: '4/A' });
    assert.deepEqual(chosen(withDocumentType(' 4 ')), { kind: '4', form: '4' });
  });

  it('checks a missing, empty or mistyped documentType as Form 4, which reports it', () => {
    for (const documentType of [undefined, '', '4A', '4/a', 'X']) {
      assert.deepEqual(chosen(withDocumentType(documentType)), { kind: '4', form: '4' }, String(documentType));
    }
  });

  it('reads documentType 3, 3/A, 5 and 5/A as their own forms', () => {
    for (const id of ['3', '3/A', '5', '5/A'] as const) {
      assert.deepEqual(chosen(withDocumentType(id)), { kind: id, form: id }, id);
      assert.equal(chooseForm(readXml(withDocumentType(` ${id} `)).root).form, formDescriptions[id]);
    }
  });

  it('checks a Form 3 or 5 against its own schema, never as "not checked"', () => {
    const findings = (documentType: string) => check(analyze(withDocumentType(documentType), 'xml'));
    for (const id of ['3', '3/A', '5', '5/A']) {
      assert.ok(!findings(id).some((f) => /does not check/.test(f.message)), id);
      assert.ok(
        findings(id).some((f) => f.rule === 'schema/missing-element'),
        id,
      );
    }
    // Form 5 requires the Rule 10b5-1 box; Form 3 does not.
    const missing10b5 = (id: string) => findings(id).some((f) => f.rule === 'schema/missing-element' && f.message.includes('aff10b5One'));
    assert.ok(missing10b5('5') && missing10b5('5/A') && missing10b5('4'));
    assert.ok(!missing10b5('3') && !missing10b5('3/A'));
  });

  it('reads what is no ownership document, or nothing at all, by the fallback form', () => {
    assert.deepEqual(chosen('<other><documentType>4/A</documentType></other>'), { kind: 'unknown', form: '4' });
    assert.deepEqual(chooseForm(undefined).kind, 'unknown');
    assert.equal(chooseForm(undefined).form, fallbackForm);
  });

  it('counts every described form as checked', () => {
    assert.deepEqual([...formIds, 'unknown' as const].filter(isCheckedForm), [...formIds]);
  });
});

describe('analyze carries the chosen description', () => {
  it('on XML and on YAML drafts alike', () => {
    assert.equal(analyze(form4Xml({ documentType: '4/A' }), 'xml').form, form4A);
    assert.equal(analyze(form4Yaml({ documentType: '4/A' }), 'yaml').form, form4A);
    assert.equal(analyze(form4Yaml(), 'yaml').form, form4);
    assert.equal(analyze('not: [an, ownership, document]', 'yaml').form, fallbackForm);
  });

  it('checks a 4/A against its own schema: dateOfOriginalSubmission is required there only', () => {
    const missing = (text: string) => check(analyze(text, 'xml')).filter((f) => f.message.includes('dateOfOriginalSubmission'));
    assert.notDeepEqual(missing(withDocumentType('4/A')), []);
    assert.deepEqual(missing(withDocumentType('4')), []);
  });
});

describe('form descriptions', () => {
  it('describe every form id, each under its own id', () => {
    assert.deepEqual(Object.keys(formDescriptions).sort(), [...formIds].sort());
    for (const id of formIds) assert.equal(formDescriptions[id].id, id);
  });

  it('name the schema root of their form', () => {
    for (const id of formIds) assert.equal(formDescriptions[id].schema, documentSchemas[id]);
  });

  it('say they amend a form exactly when their schema declares dateOfOriginalSubmission', () => {
    for (const id of formIds) {
      const form = formDescriptions[id];
      assert.equal(form.amends !== undefined, childDeclaration(form.schema.type, 'dateOfOriginalSubmission') !== undefined, id);
    }
    assert.equal(form4A.amends, '4');
  });

  it('take their rule set from rulesFor: the registered rules that declare the form, in registry order', () => {
    for (const id of formIds) {
      assert.deepEqual(formDescriptions[id].rules, rulesFor(id));
      assert.deepEqual(
        rulesFor(id),
        rules.filter((rule) => (rule.forms as readonly string[]).includes(id)),
        id,
      );
    }
    const ids = (id: (typeof formIds)[number]) => rulesFor(id).map((rule) => rule.id);
    assert.ok(ids('4/A').includes('document/amendment-dates') && !ids('4').includes('document/amendment-dates'));
    assert.ok(ids('4').includes('document/no-transaction') && !ids('4/A').includes('document/no-transaction'));
  });

  it('run a rule only on the forms it declares: an amendment date is not checked on a Form 4', () => {
    const saturday = (documentType: string) =>
      withDocumentType(documentType).replace(
        '</periodOfReport>',
        '</periodOfReport><dateOfOriginalSubmission>2024-03-16</dateOfOriginalSubmission>',
      );
    const rulesOf = (text: string) => check(analyze(text, 'xml')).map((f) => f.rule);
    assert.ok(rulesOf(saturday('4/A')).includes('document/amendment-dates'));
    assert.ok(!rulesOf(saturday('4')).includes('document/amendment-dates'));
  });

  it('document fields as the form has them: the amendment date has a schema type on a 4/A only', () => {
    const path = ['ownershipDocument', 'dateOfOriginalSubmission'];
    const specTitle = (form: typeof form4) => form.fieldDocumentation(path)?.sources.at(-1)?.title ?? '';
    assert.match(specTitle(form4A), /dateOfOriginalSubmission \(type xs:date\)/);
    assert.doesNotMatch(specTitle(form4), /\(type /);
    assert.equal(form4.displayName, 'Form 4');
    assert.equal(form4A.displayName, 'Form 4/A');
  });
});
