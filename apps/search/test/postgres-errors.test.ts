/**
 * What a user sees when PostgreSQL is down, unreachable or refuses the
 * credentials: a clear message that names the cause and never the password,
 * and a search server that keeps answering (503 for searches, the page
 * still served) and recovers by itself when the database is back.
 *
 * "Down" is real here: the store talks to PostgreSQL through a TCP relay
 * that the test closes (dropping every connection) and opens again.
 */
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { search } from '../src/search.js'
import { startServer } from '../src/server/serve.js'
import { openStore } from '../src/store/open.js'
import type { Store } from '../src/store/store.js'
import { StoreUnavailableError } from '../src/store/unavailable.js'
import { indexedFile } from './helpers/articles.js'
import { enArticles } from './helpers/fixture.js'
import { dropSchema, PG_URL, uniqueSchemaName, urlWithSchema } from './helpers/postgres.js'

/** A TCP relay to PostgreSQL that can be cut and restored on the same port. */
class Relay {
  #server: net.Server | null = null
  readonly #sockets = new Set<net.Socket>()
  port = 0

  constructor(readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target)
      for (const socket of [client, upstream]) {
        this.#sockets.add(socket)
        socket.on('close', () => this.#sockets.delete(socket))
        socket.on('error', () => {})
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((done) => server.listen(this.port, '127.0.0.1', done))
    this.port = (server.address() as net.AddressInfo).port
    this.#server = server
  }

  /** Stop listening and drop every open connection: the database is gone. */
  async cut(): Promise<void> {
    const server = this.#server
    this.#server = null
    for (const socket of this.#sockets) socket.destroy()
    if (server) await new Promise<void>((done) => server.close(() => done()))
  }
}

function withPort(url: string, port: number, password?: string): string {
  const parsed = new URL(url)
  parsed.port = String(port)
  if (password !== undefined) parsed.password = password
  return parsed.toString()
}

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>((done) => server.close(() => done()))
  return port
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return error as Error
  }
  throw new Error('expected a failure')
}

describe('PostgreSQL store errors', () => {
  const schema = uniqueSchemaName('errors')
  const pgUrl = new URL(PG_URL)
  const relay = new Relay({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) })
  let store: Store

  beforeAll(async () => {
    await relay.open()
    store = await openStore(withPort(urlWithSchema(schema), relay.port))
    await store.writeFiles([indexedFile('/errors/en.txt', enArticles)])
  })
  afterAll(async () => {
    await store?.close()
    await relay.cut()
    await dropSchema(schema)
  })

  it('should say the password is wrong, without showing it', async () => {
    const error = await failure(openStore(withPort(urlWithSchema(schema), relay.port, 'not-the-password-42')))
    expect(error).toBeInstanceOf(StoreUnavailableError)
    expect(error.message).toMatch(/password or user name is wrong/)
    expect(error.message).not.toContain('not-the-password-42')
    expect(error.message).toContain('***')
  })

  it('should say nothing is listening when no server runs there', async () => {
    const error = await failure(openStore(withPort(PG_URL, await freePort())))
    expect(error).toBeInstanceOf(StoreUnavailableError)
    expect(error.message).toMatch(/nothing is listening there \(is PostgreSQL running\?\)/)
  })

  it('should say the database does not exist', async () => {
    const url = new URL(PG_URL)
    url.pathname = '/news_no_such_database'
    const error = await failure(openStore(url.toString()))
    expect(error.message).toMatch(/the database does not exist/)
  })

  it('should refuse to query a database that holds no index', async () => {
    const empty = uniqueSchemaName('empty')
    try {
      const error = await failure(openStore(urlWithSchema(empty), { mustExist: true }))
      expect(error.message).toMatch(/holds no news-search index/)
    } finally {
      await dropSchema(empty)
    }
  })

  it('should search over a read-only connection, as on a read replica', async () => {
    const url = new URL(urlWithSchema(schema))
    url.searchParams.set('options', `${url.searchParams.get('options')} -c default_transaction_read_only=on`)
    const replica = await openStore(url.toString(), { mustExist: true })
    try {
      const { response } = await search(replica, { q: 'senate' })
      expect(response.hits.map((h) => h.id)).toEqual(['en-tariff'])
      const error = await failure(replica.writeFiles([indexedFile('/errors/more.txt', enArticles)]))
      expect(error.message).toMatch(/read-only transaction/)
    } finally {
      await replica.close()
    }
  })

  it('should keep serving while the database is down, and recover when it is back', async () => {
    const server = await startServer(store, { port: 0 })
    const get = async (path: string) => {
      const response = await fetch(new URL(path, server.url))
      return { status: response.status, body: await response.text() }
    }
    try {
      const before = await get('/api/search?q=senate')
      expect(before.status).toBe(200)
      expect(JSON.parse(before.body).total).toBe(1)

      await relay.cut()
      const down = await get('/api/search?q=senate')
      expect(down.status).toBe(503)
      expect(JSON.parse(down.body).error).toMatch(/not available/)
      expect(down.body).not.toContain('postgres:')
      expect((await get('/')).status).toBe(200)
      expect((await get('/api/articles/en-army')).status).toBe(503)

      await relay.open()
      const after = await get('/api/search?q=army')
      expect(after.status).toBe(200)
      expect(JSON.parse(after.body).total).toBe(2)
    } finally {
      await server.close()
    }
  })
})
