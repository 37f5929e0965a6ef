/**
 * Registers `<delegation-roster>`. Safe to load twice.
 *
 * @module
 */
import { DelegationRoster } from '../elements/delegation-roster/delegation-roster.js';
import { defineElement } from '../internal/define.js';

defineElement('delegation-roster', DelegationRoster);

export { DelegationRoster };

declare global {
  interface HTMLElementTagNameMap {
    'delegation-roster': DelegationRoster;
  }
}
