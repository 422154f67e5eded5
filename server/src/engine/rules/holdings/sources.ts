/** The sources every holdings rule cites. */
import type { RuleSource } from '../rule';
import { formInstructions, section16Faq, techSpec } from '../../docs/sources';

export const runningTallySources: readonly RuleSource[] = [
  section16Faq('Q1 (several transactions on one form: the holdings column is a running tally for each form of ownership)'),
  formInstructions('Instruction 4(c) (amount owned following the reported transactions; face amount in dollars for debt)'),
  techSpec('postTransactionAmounts (sharesOwnedFollowingTransaction or valueOwnedFollowingTransaction)'),
];
