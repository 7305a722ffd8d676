/**
 * The error a store throws when its database cannot be used right now (a
 * server that is down, refuses the credentials, or has no room): the
 * request may succeed later, so the API answers 503, not 500.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError'
  /** The driver's or the server's error code (`ECONNREFUSED`, `28P01`…), when known. */
  readonly code: string | undefined
  constructor(message: string, code: string | undefined, cause: unknown) {
    super(message, { cause })
    this.code = code
  }
}
