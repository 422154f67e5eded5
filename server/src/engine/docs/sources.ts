/**
 * The documents the rules rest on, written once so every rule cites them the same way. The research notes
 * (form4-rules.md, "Sources") list where each fact was checked.
 */

export interface RuleSource {
  /** E.g. "Form 4 General Instruction 1(a)", "EDGAR Ownership XML Technical Specification, FOOTNOTE_ID". */
  readonly title: string;
  readonly url?: string;
}

const formUrl = 'https://omb.report/icr/202412-3235-003/doc/150156201';
const form3Url = 'https://www.sec.gov/files/form3data.pdf';
const form5Url = 'https://www.sec.gov/files/form5data.pdf';
const techSpecUrl = 'https://www.sec.gov/info/edgar/ownershipxmltechspec.htm';
const faqUrl = 'https://www.sec.gov/divisions/corpfin/sec16faq.htm';
const cdiUrl =
  'https://www.sec.gov/rules-regulations/staff-guidance/compliance-disclosure-interpretations/exchange-act-section-16-related-rules-forms';

/** Form 4 and its General Instructions (SEC 1475), e.g. `formInstructions('Instruction 8 (transaction codes)')`. */
export function formInstructions(part: string): RuleSource {
  return { title: `Form 4 General Instructions (SEC 1475), ${part}`, url: formUrl };
}

/** The SEC's Form 3 and Form 5 and their General Instructions (SEC 1473, SEC 2270), as formInstructions is Form 4's. */
export function form35Instructions(form: '3' | '5', part: string): RuleSource {
  return form === '3'
    ? { title: `Form 3 General Instructions (SEC 1473), ${part}`, url: form3Url }
    : { title: `Form 5 General Instructions (SEC 2270), ${part}`, url: form5Url };
}

/** The EDGAR Ownership XML Technical Specification (the ownership XML schema and its documented processing checks). */
export function techSpec(part: string): RuleSource {
  return { title: `EDGAR Ownership XML Technical Specification, ${part}`, url: techSpecUrl };
}

/** The SEC staff's Section 16 Electronic Reporting FAQ. */
export function section16Faq(part: string): RuleSource {
  return { title: `SEC Division of Corporation Finance, Section 16 Electronic Reporting FAQ, ${part}`, url: faqUrl };
}

/** The SEC staff's Compliance and Disclosure Interpretations on Section 16. */
export function section16Cdi(part: string): RuleSource {
  return { title: `SEC Compliance and Disclosure Interpretations, Exchange Act Section 16, ${part}`, url: cdiUrl };
}

export const ownershipFormCodes: RuleSource = {
  title: 'SEC, Ownership Form Codes (transaction codes for Forms 3, 4 and 5)',
  url: 'https://www.sec.gov/edgar/searchedgar/ownershipformcodes.html',
};

export const edgarMessages: RuleSource = {
  title: 'SEC, Understand Messages Reported by EDGAR (errors suspend a submission, warnings do not)',
  url: 'https://www.sec.gov/submit-filings/filer-support-resources/how-do-i-guides/understand-messages-reported-edgar',
};

export const edgarFilingDays: RuleSource = {
  title:
    'Regulation S-T Rules 12 and 13 (17 CFR 232.12, 232.13): EDGAR takes filings on business days, and the business day of receipt is the filing date',
  url: 'https://www.ecfr.gov/current/title-17/chapter-II/part-232',
};

export const submissionLimits: RuleSource = {
  title: 'Novaworks, 5 Tips for Section 16 (at most 10 reporting owners and 30 rows per table in one document)',
  url: 'http://novaworkssofware.com/blog/archives/48-5-Tips-for-Section-16.html',
};

export const transactionCodeRequired: RuleSource = {
  title: 'Novaworks, Using Section 16 Transaction Codes (the code is required in both tables; J is explained in the remarks)',
  url: 'http://novaworkssofware.com/blog/archives/75-Using-Section-16-Transaction-Codes.html',
};

export const weightedAverageRelief: readonly RuleSource[] = [
  {
    title:
      'SEC Division of Corporation Finance, no-action letter to the Society of Corporate Secretaries, June 25, 2008 (one line for trades within a one dollar price range; the range and the undertaking in a footnote), archived copy',
    url: 'https://cybercemetery.unt.edu/archive/oilspill/20130217075752/http://www.sec.gov/divisions/corpfin/cf-noaction/2008/scsgp062508-sec16.htm',
  },
  {
    title: 'SEC staff no-action relief of June 25, 2008 on aggregating same-day trades at a weighted-average price (summary)',
    url: 'https://www.lexology.com/library/detail.aspx?g=dae4303c-a792-42a8-9759-60c84c938424',
  },
  {
    title: 'Withdrawn C&DI 133.08 (one line per price), superseded by the 2008 relief',
    url: 'https://webarchive.library.unt.edu/eot2008/20090507214424/http://www.sec.gov/divisions/corpfin/guidance/outdated.htm',
  },
];

export const rule10b51Checkbox: readonly RuleSource[] = [
  formInstructions('Instruction 10 (Rule 10b5-1(c) checkbox and plan adoption date)'),
  {
    title: 'White & Case, Reminder: deadlines and changes for Forms 4 and 5 (checkbox on every Form 4 from April 2023)',
    url: 'https://www.whitecase.com/insight-alert/reminder-deadlines-changes-forms-4-and-5-reporting-and-electronic-filing-form-144',
  },
  {
    title: 'Form 4 Instruction 10 text, as quoted by Edgar Filing Agent',
    url: 'https://www.edgarfilingagent.com/sec-makes-new-change-to-form-4/',
  },
];

export const xmlSpec: RuleSource = { title: 'W3C, Extensible Markup Language (XML) 1.0', url: 'https://www.w3.org/TR/xml/' };

export const xmlSchemaDatatypes: RuleSource = {
  title: 'W3C, XML Schema Part 2: Datatypes (ID and IDREF)',
  url: 'https://www.w3.org/TR/xmlschema-2/#ID',
};

export const yamlSpec: RuleSource = { title: 'YAML Ain’t Markup Language, version 1.2.2', url: 'https://yaml.org/spec/1.2.2/' };

export const yamlDraftFormat: RuleSource = { title: 'form4 YAML draft format (docs/yaml-drafts.md in this project)' };
