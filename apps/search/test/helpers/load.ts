/** A bounded load test: a fixed number of searches against a running server, over loopback. */
import autocannon from 'autocannon'

/** What a load run measured. */
export interface LoadResult {
  requests: number
  errors: number
  timeouts: number
  non2xx: number
  /** Latency percentiles in milliseconds. */
  p50: number
  p99: number
  requestsPerSecond: number
}

/** Send `amount` searches (cycling through `queries`) over `connections` connections to `url`. */
export async function loadSearches(
  url: string,
  queries: readonly string[],
  options: { amount: number; connections: number },
): Promise<LoadResult> {
  let n = 0
  const result = await autocannon({
    url,
    connections: options.connections,
    amount: options.amount,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({
          ...request,
          path: `/api/search?q=${encodeURIComponent(queries[n++ % queries.length]!)}`,
        }),
      },
    ],
  })
  return {
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requestsPerSecond: Math.round(result.requests.average),
  }
}
