/**
 * The browser side's API (page/bench-page.js, page/hostile.js), as the Node side calls it in
 * `page.evaluate`.
 */
import type { HostileOutcome } from './hostile.js';
import type { CardSpec, Template } from './render.js';

declare global {
  interface Window {
    bench: {
      loadLit(): Promise<void>;
      capture(specs: CardSpec[]): Promise<Record<string, Template>>;
      defineVanilla(templates: Record<string, Template>): void;
      render(specs: CardSpec[]): Promise<{ laidOut: number; frame: number }>;
    };
    layoutShift: number;
    hostile: {
      measure(options: { via: 'dataset' | 'src'; url: string }): Promise<HostileOutcome>;
    };
  }
}
