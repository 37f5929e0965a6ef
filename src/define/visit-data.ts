/**
 * Registers `<visit-data>`. Safe to load twice.
 *
 * @module
 */
import { VisitData } from '../elements/visit-data/visit-data.js';
import { defineElement } from '../internal/define.js';

defineElement('visit-data', VisitData);

export { VisitData };

declare global {
  interface HTMLElementTagNameMap {
    'visit-data': VisitData;
  }
}
