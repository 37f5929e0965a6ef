// The floor the CDN module is measured against: Lit and @lit/context with nothing of ours.
export * from 'lit';
export * from '@lit/context';
