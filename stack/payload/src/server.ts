/**
 * Standalone Payload REST server (no Next.js).
 *
 * node:http -> Fetch Request -> payload's handleEndpoints() -> Fetch Response -> node:http
 *
 * Env: HOST (127.0.0.1), PORT (8000), DATABASE_URI, PAYLOAD_SECRET, PAYLOAD_MEDIA_DIR,
 * PAYLOAD_ALLOW_ANONYMOUS_MEDUSA. Run on Node 20 with
 * NODE_OPTIONS="--no-deprecation --conditions=production" (see README.md).
 */
import http from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Payload, SanitizedConfig } from 'payload'

import { readPayloadEnv } from './env.js'

const HOST = process.env.HOST?.trim() || '127.0.0.1'
const PORT = Number.parseInt(process.env.PORT ?? '', 10) || 8000

type State = 'starting' | 'ready' | 'stopping'
let state: State = 'starting'
let payload: Payload | undefined
let config: SanitizedConfig | undefined
let handleEndpoints: typeof import('payload').handleEndpoints | undefined

const log = (msg: string) => process.stdout.write(`${msg}\n`)
const logError = (msg: string, err?: unknown) => {
  const detail = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : err !== undefined ? String(err) : ''
  process.stderr.write(`${msg}${detail ? `\n${detail}` : ''}\n`)
}

const sendJSON = (res: http.ServerResponse, status: number, body: unknown, extra: http.OutgoingHttpHeaders = {}) => {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...extra,
  })
  res.end(text)
}

const toFetchRequest = (req: http.IncomingMessage, res: http.ServerResponse): Request => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${HOST}:${PORT}`}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(':')) continue
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else headers.set(name, value)
  }
  // Payload has no HEAD endpoints: answer HEAD like GET, without the body
  const incoming = (req.method ?? 'GET').toUpperCase()
  const method = incoming === 'HEAD' ? 'GET' : incoming
  const controller = new AbortController()
  // client went away before the response was finished (per response: sockets are kept alive)
  res.once('close', () => {
    if (!res.writableFinished) controller.abort()
  })
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: controller.signal }
  if (method !== 'GET') {
    // stream the body straight through (multipart uploads are not buffered here)
    init.body = Readable.toWeb(req) as unknown as ReadableStream
    init.duplex = 'half'
  }
  return new Request(url, init)
}

const sendFetchResponse = async (res: http.ServerResponse, response: Response, method: string) => {
  const headers: http.OutgoingHttpHeaders = {}
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) headers['set-cookie'] = cookies
  res.writeHead(response.status, response.statusText || undefined, headers)
  if (!response.body || method === 'HEAD') {
    res.end()
    await response.body?.cancel().catch(() => undefined)
    return
  }
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), res)
}

const databaseAnswers = async (timeoutMs: number): Promise<boolean> => {
  if (!payload) return false
  const probe = payload.count({ collection: 'users', overrideAccess: true }).then(() => true)
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref())
  return Promise.race([probe.catch(() => false), timeout])
}

const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
  const method = (req.method ?? 'GET').toUpperCase()
  const pathname = (req.url ?? '/').split('?', 1)[0]

  if (pathname === '/health' || pathname === '/health/') {
    if (state !== 'ready') {
      sendJSON(res, 503, { status: state }, { 'retry-after': '1' })
      return
    }
    // Ask the database too: an exhausted connection pool leaves the process up but
    // every API call hanging, and a health check must not call that healthy.
    if (await databaseAnswers(3000)) sendJSON(res, 200, { status: 'ok' })
    else sendJSON(res, 503, { status: 'database not answering' })
    return
  }

  if (pathname === '/api' || pathname.startsWith('/api/')) {
    if (state !== 'ready' || !config || !handleEndpoints) {
      sendJSON(res, 503, { errors: [{ message: `Payload is ${state}, try again shortly.` }] }, { 'retry-after': '1' })
      return
    }
    const response = await handleEndpoints({ config, request: toFetchRequest(req, res) })
    await sendFetchResponse(res, response, method)
    return
  }

  sendJSON(res, 404, { errors: [{ message: `Not Found: ${pathname}. The REST API lives under /api.` }] })
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((err: unknown) => {
    // aborted client connections end up here too; only log real failures
    if ((err as { code?: string })?.code === 'ERR_STREAM_PREMATURE_CLOSE' || req.destroyed) return
    logError(`Request failed: ${req.method} ${req.url}`, err)
    if (!res.headersSent) sendJSON(res, 500, { errors: [{ message: 'Something went wrong.' }] })
    else res.destroy()
  })
})
server.keepAliveTimeout = 5_000

let shuttingDown = false
const shutdown = async (signal: string, code = 0) => {
  if (shuttingDown) return
  shuttingDown = true
  state = 'stopping'
  log(`Received ${signal}, shutting down Payload server`)
  const force = setTimeout(() => {
    logError('Shutdown took longer than 10 s, exiting')
    process.exit(code || 1)
  }, 10_000)
  force.unref()
  await new Promise<void>((resolve) => {
    server.close(() => resolve())
    server.closeIdleConnections()
  })
  try {
    await payload?.destroy()
  } catch (err) {
    logError('Error while closing Payload', err)
  }
  process.exit(code)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))

// A schema push that needs confirmation exits from inside Payload (there is no TTY here):
// make such an exit visible instead of silent.
process.on('exit', (code) => {
  if (state === 'starting') {
    logError(
      `Payload server exited (code ${code}) before it became ready. If this followed a schema change, ` +
        'the dev schema push probably needed an interactive confirmation: recreate the database or use migrations.',
    )
  }
})

const main = async () => {
  readPayloadEnv() // fail fast, before the port is taken
  if (!/--conditions[= ]production/.test(`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`)) {
    logError(
      'Warning: start with NODE_OPTIONS="--no-deprecation --conditions=production"; without it Lexical\'s ' +
        'top-level await can make Node 20 exit early (code 13 or a silent 0).',
    )
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(PORT, HOST, () => {
      server.off('error', reject)
      resolve()
    })
  })

  // The config is a separate bundle (see package.json "build"), loaded only now, so the
  // port answers /health with 503 while Payload, Lexical and the DB adapter load.
  const configURL = new URL(import.meta.url.endsWith('.ts') ? './payload.config.ts' : './payload.config.mjs', import.meta.url)
  const { default: configPromise } = (await import(configURL.href)) as typeof import('./payload.config.js')
  const { getPayload, handleEndpoints: handler } = await import('payload')
  config = await configPromise
  const loadedAt = process.uptime()
  payload = await getPayload({ config })
  handleEndpoints = handler
  state = 'ready'
  const rssMB = (process.memoryUsage().rss / 1024 / 1024).toFixed(0)
  const secs = process.uptime().toFixed(2) // since the node process started
  const initSecs = (process.uptime() - loadedAt).toFixed(2)
  log(`Payload ready in ${secs} s (modules ${loadedAt.toFixed(2)} s, init/schema push ${initSecs} s; rss ${rssMB} MB)`)
  log(`Payload listening on http://${HOST}:${PORT}`)
}

main().catch((err: unknown) => {
  if ((err as Error)?.name === 'MissingEnvError') {
    logError(`Payload server: ${(err as Error).message}`)
  } else if ((err as { code?: string })?.code === 'EADDRINUSE') {
    logError(`Payload server: ${HOST}:${PORT} is already in use.`)
  } else {
    logError('Payload server failed to start:', err)
  }
  state = 'stopping'
  server.close()
  const done = () => process.exit(1)
  setTimeout(done, 2_000).unref()
  void (payload ? payload.destroy() : Promise.resolve()).catch(() => undefined).finally(done)
})
