/**
 * Registers `<visit-card>`. Safe to load twice.
 *
 * @module
 */
import { VisitCard } from '../elements/visit-card/visit-card.js';
import { defineElement } from '../internal/define.js';

defineElement('visit-card', VisitCard);

export { VisitCard };

declare global {
  interface HTMLElementTagNameMap {
    'visit-card': VisitCard;
  }
}
