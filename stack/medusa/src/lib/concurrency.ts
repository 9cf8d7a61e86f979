/**
 * Runs `fn` over `items` with at most `limit` calls in flight. Results keep
 * the input order. A rejection is returned as `{ error }`, never thrown, so
 * one failure does not abort the others.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<Array<{ value?: R; error?: unknown }>> {
  const results: Array<{ value?: R; error?: unknown }> = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      try {
        results[i] = { value: await fn(items[i], i) }
      } catch (error) {
        results[i] = { error }
      }
    }
  }
  const n = Math.max(1, Math.min(limit, items.length))
  await Promise.all(Array.from({ length: n }, worker))
  return results
}

const chains = new Map<string, Promise<unknown>>()

/**
 * Serialises async work per key inside this process (e.g. per product id),
 * so two handlers never read-modify-write the same Payload doc at once.
 */
export async function withKeyLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = chains.get(key) ?? Promise.resolve()
  const run = previous.then(fn, fn)
  const tail = run.catch(() => undefined)
  chains.set(key, tail)
  try {
    return await run
  } finally {
    if (chains.get(key) === tail) {
      chains.delete(key)
    }
  }
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size))
  }
  return out
}

export function errorMessage(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) {
    return String((e as any).message)
  }
  return String(e)
}

/**
 * A process-wide cap on calls in flight. Payload runs each write in a database
 * transaction that may need a second pooled connection; an unbounded burst of
 * Medusa events (e.g. a batch delete of 100 products) can take every pooled
 * connection and deadlock Payload, so all module requests pass through this.
 */
export function createLimiter(limit: number) {
  let active = 0
  const waiting: Array<() => void> = []
  return async function run<T>(fn: () => Promise<T>): Promise<T> {
    if (active >= limit) {
      await new Promise<void>((resolve) => waiting.push(resolve))
    } else {
      active++
    }
    try {
      return await fn()
    } finally {
      const next = waiting.shift()
      if (next) {
        next() // hand our slot straight to the next waiter
      } else {
        active--
      }
    }
  }
}
