/**
 * The wake-up `<letter-quote pick="daily">` needs: the daily quote changes at UTC midnight,
 * and a page left open overnight should show the new one.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders its host at the next UTC midnight, for as long as `active()` says after an update. */
export class MidnightWake implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Whether the host needs waking: read after each update. */
    private readonly active: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.active()) this.arm();
    else this.disarm();
  }

  hostDisconnected(): void {
    this.disarm();
  }

  /** One timer at a time, set for the next UTC midnight. */
  private arm(): void {
    if (this.timer !== undefined) return;
    const now = Date.now();
    const next = new Date(now);
    next.setUTCHours(24, 0, 0, 0);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, next.getTime() - now);
  }

  private disarm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
