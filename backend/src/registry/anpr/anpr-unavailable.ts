/**
 * PDND or ANPR did not answer usefully: down, too slow, or refusing the portal. Carries the technical reason
 * for the log; the resident reads the Italian problem of `RegistryErrors.nationalRegistryUnavailable`.
 */
export class AnprUnavailable extends Error {
  private constructor(
    readonly kind: 'unreachable' | 'timeout' | 'refused',
    message: string,
  ) {
    super(message);
    this.name = 'AnprUnavailable';
  }

  static unreachable(platform: 'PDND' | 'ANPR', cause: unknown): AnprUnavailable {
    const timeout = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
    return new AnprUnavailable(
      timeout ? 'timeout' : 'unreachable',
      `${platform} ${timeout ? 'did not answer in time' : `unreachable: ${(cause as Error)?.message ?? cause}`}`,
    );
  }

  /** A 5xx or 429 is the platform unavailable; any other unexpected status is the portal refused. */
  static refused(platform: 'PDND' | 'ANPR', status: number, reason = ''): AnprUnavailable {
    const unavailable = status >= 500 || status === 429;
    return new AnprUnavailable(
      unavailable ? 'unreachable' : 'refused',
      `${platform} answered ${status}${reason ? `: ${reason}` : ''}`,
    );
  }
}
