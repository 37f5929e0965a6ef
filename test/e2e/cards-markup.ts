/**
 * The body of the end-to-end test pages that load the library: one of each card, and a
 * provider loading the dataset from `src`.
 */
export const CARDS_MARKUP = `<visit-card variant="compact"></visit-card>
    <letter-quote></letter-quote>
    <delegation-roster limit="3"></delegation-roster>
    <visit-data src="/data/visit.json"><visit-card></visit-card></visit-data>`;
