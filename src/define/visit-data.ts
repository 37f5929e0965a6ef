/**
 * Registers `<visit-data>`. Safe to load twice.
 *
 * @module
 */
import {
  DEFAULT_LOAD_TIMEOUT,
  MAX_DATASET_BYTES,
  VisitData,
} from '../elements/visit-data/visit-data.js';
import { defineElement } from '../internal/define.js';

defineElement('visit-data', VisitData);

export { DEFAULT_LOAD_TIMEOUT, MAX_DATASET_BYTES, VisitData };

declare global {
  interface HTMLElementTagNameMap {
    'visit-data': VisitData;
  }
}
