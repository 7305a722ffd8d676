/**
 * The PostgreSQL connection pool of the search app: sizes, timeouts and the
 * translation of driver errors into messages a user can act on.
 */
import pg from 'pg'
import { StoreUnavailableError } from '../unavailable.js'

/** Connections per process: enough for a small server, few enough that many indexers fit under `max_connections` (100 by default). */
export const POOL_MAX_CONNECTIONS = 10
/** How long to wait for a connection (TCP + authentication) before giving up. */
export const CONNECT_TIMEOUT_MS = 5_000
/** Idle connections are closed after this, so a quiet server holds none. */
export const IDLE_TIMEOUT_MS = 30_000
/** Longest a search statement may run on the server before PostgreSQL cancels it. */
export const STATEMENT_TIMEOUT_MS = 30_000
/** Longest the client waits for any answer, a little above the server's own limit. */
export const QUERY_TIMEOUT_MS = STATEMENT_TIMEOUT_MS + 5_000
/** Longest a write waits for a row lock held by another indexer. */
export const LOCK_TIMEOUT_MS = 60_000

/** The URL with its password replaced by `***`, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@')
  }
}

/** A pool for `url` with this app's timeouts; idle-connection errors are reported, never thrown. */
export function createPool(url: string, options: { max?: number; applicationName?: string } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? POOL_MAX_CONNECTIONS,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    lock_timeout: LOCK_TIMEOUT_MS,
    application_name: options.applicationName ?? 'news-search',
    keepAlive: true,
    // Let a CLI run end when its work is done, without waiting for idle connections.
    allowExitOnIdle: true,
  })
  // An idle connection dropped by the server (restart, admin kill) emits here; without
  // a listener Node would crash the process. The next query opens a fresh connection.
  pool.on('error', (error) => {
    process.emitWarning(`news-search: PostgreSQL connection lost: ${error.message}`)
  })
  return pool
}

/** Server error codes (SQLSTATE) and driver codes that mean "cannot use this database now". */
const UNAVAILABLE_CODES: Record<string, string> = {
  ECONNREFUSED: 'nothing is listening there (is PostgreSQL running?)',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'the host name does not resolve',
  EHOSTUNREACH: 'the host is unreachable',
  ETIMEDOUT: 'the connection timed out',
  '28P01': 'the password or user name is wrong',
  '28000': 'the server does not allow this user to connect',
  '3D000': 'the database does not exist',
  '53300': 'the server has too many connections',
  '57P01': 'the server is shutting down',
  '57P03': 'the server is starting up',
  '57014': `the statement ran longer than ${STATEMENT_TIMEOUT_MS / 1000} s and was cancelled`,
}

/**
 * Turns a driver error into a {@link StoreUnavailableError} naming the
 * (redacted) URL and the likely cause; any other error is returned as it is.
 */
export function explainError(error: unknown, url: string): unknown {
  if (!(error instanceof Error)) return error
  const code = (error as { code?: unknown }).code
  const codeText = typeof code === 'string' ? code : undefined
  const known = codeText ? UNAVAILABLE_CODES[codeText] : undefined
  const lost = !codeText && /terminated|closed/i.test(error.message)
  const timedOut = !codeText && /timeout/i.test(error.message)
  if (!known && !lost && !timedOut) return error
  const reason =
    known ??
    (timedOut
      ? `no answer within the time allowed (connecting: ${CONNECT_TIMEOUT_MS / 1000} s)`
      : 'the connection was lost')
  return new StoreUnavailableError(
    `cannot use PostgreSQL at ${redactUrl(url)}: ${reason} (${error.message})`,
    codeText,
    error,
  )
}
