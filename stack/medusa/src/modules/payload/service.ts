import { MedusaError } from "@medusajs/framework/utils"
import type { Logger } from "@medusajs/framework/types"
import qs from "qs"
import { resolvePayloadOptions, ResolvedPayloadOptions } from "./options"
import { createLimiter } from "../../lib/concurrency"
import {
  PayloadBulkResult,
  PayloadCollectionItem,
  PayloadFindResult,
  PayloadItemResult,
  PayloadModuleOptions,
  PayloadQueryOptions,
  PayloadUpsertData,
} from "./types"

type InjectedDependencies = {
  logger: Logger
}

/** Max number of ids per `where[medusa_id][in]=…` request (keeps URLs short). */
const LIST_CHUNK_SIZE = 100

/**
 * An error answered by (or while talking to) Payload. `message` carries
 * Payload's own error text (`errors[].message`, bulk `message`).
 */
export class PayloadRequestError extends MedusaError {
  /** HTTP status, or 0 when Payload could not be reached / timed out. */
  status: number
  /** Payload's messages, as sent. */
  payloadMessages: string[]
  /** Parsed response body (if JSON). */
  body: any

  constructor(
    status: number,
    message: string,
    payloadMessages: string[] = [],
    body: any = undefined
  ) {
    super(
      status === 404
        ? MedusaError.Types.NOT_FOUND
        : status === 0
        ? MedusaError.Types.UNEXPECTED_STATE
        : MedusaError.Types.INVALID_DATA,
      message
    )
    this.name = "PayloadRequestError"
    this.status = status
    this.payloadMessages = payloadMessages
    this.body = body
  }

  get isAuthError(): boolean {
    return this.status === 401 || this.status === 403
  }

  get isLocked(): boolean {
    return (
      this.status === 423 ||
      this.payloadMessages.some((m) => /currently locked/i.test(m))
    )
  }
}

/**
 * Pulls the human-readable messages out of a Payload error body:
 * `{"errors":[{"message", "data":{"errors":[{path,message}]}}]}` and, for
 * bulk operations, the top-level `message` plus per-document errors.
 */
export function extractPayloadMessages(body: any): string[] {
  const out: string[] = []
  if (!body || typeof body !== "object") {
    return out
  }
  const isBulk = Array.isArray(body.docs)
  if (typeof body.message === "string" && body.message && (isBulk || !body.errors)) {
    out.push(body.message)
  }
  if (Array.isArray(body.errors)) {
    for (const e of body.errors) {
      if (!e) {
        continue
      }
      let msg = typeof e.message === "string" ? e.message : JSON.stringify(e)
      const details = Array.isArray(e.data?.errors)
        ? e.data.errors
            .map((d: any) =>
              [d?.path ?? d?.label, d?.message].filter(Boolean).join(": ")
            )
            .filter(Boolean)
        : []
      if (details.length) {
        msg += ` (${details.join("; ")})`
      }
      if (isBulk && e.id !== undefined) {
        msg = `doc ${e.id}: ${msg}`
      }
      out.push(msg)
    }
  }
  return out
}

type RequestOptions = {
  query?: Record<string, any>
  body?: any
  /** Append `is_from_medusa=true` (default true). */
  fromMedusa?: boolean
  /** Extra statuses to resolve with instead of throwing (e.g. 400 for bulk). */
  acceptStatus?: number[]
}

export default class PayloadModuleService {
  protected readonly options_: ResolvedPayloadOptions
  protected readonly logger_: Logger
  protected readonly baseUrl_: string
  protected readonly headers_: Record<string, string>
  // One cap for every request this process sends to Payload (see createLimiter).
  private readonly limit_: ReturnType<typeof createLimiter>
  private lastAuthErrorLog_ = 0

  /** Module lifecycle hooks, called by Medusa. */
  __hooks = {
    onApplicationStart: async () => {
      // Non-fatal, not awaited: never delay the server start on Payload.
      void this.checkConnection().catch(() => undefined)
    },
  }

  constructor(
    { logger }: InjectedDependencies,
    options: PayloadModuleOptions
  ) {
    this.logger_ = logger ?? (console as unknown as Logger)
    // Throws an error naming the missing setting (the loader runs the same
    // check earlier, at module load).
    this.options_ = resolvePayloadOptions(options)
    this.baseUrl_ = `${this.options_.serverUrl}/api`
    this.headers_ = {
      "Content-Type": "application/json",
      Accept: "application/json",
      Authorization: `${this.options_.userCollection} API-Key ${this.options_.apiKey}`,
    }
    this.limit_ = createLimiter(this.options_.maxConcurrentRequests)
  }

  getOptions(): ResolvedPayloadOptions {
    return { ...this.options_, apiKey: "***" }
  }

  // ---------------------------------------------------------------- HTTP

  protected buildUrl(path: string, query: Record<string, any> = {}, fromMedusa = true) {
    const q = fromMedusa ? { ...query, is_from_medusa: true } : query
    const search = qs.stringify(q, { addQueryPrefix: true, encodeValuesOnly: true })
    return `${this.baseUrl_}${path}${search}`
  }

  protected logAuthProblem(status: number, messages: string[], what: string) {
    const now = Date.now()
    if (now - this.lastAuthErrorLog_ < 10_000) {
      return
    }
    this.lastAuthErrorLog_ = now
    this.logger_.error(
      `[payload] Payload refused ${what} with ${status}${
        messages.length ? ` (${messages.join("; ")})` : ""
      }. The API key in PAYLOAD_API_KEY is not accepted by Payload at ${
        this.options_.serverUrl
      } (a wrong key makes requests anonymous). Check PAYLOAD_API_KEY and PAYLOAD_USER_COLLECTION (="${
        this.options_.userCollection
      }") in stack/medusa/.env and that the Payload user has enableAPIKey set.`
    )
  }

  async request<T = any>(
    method: "GET" | "POST" | "PATCH" | "DELETE",
    path: string,
    options: RequestOptions = {}
  ): Promise<T> {
    return this.limit_(() => this.send<T>(method, path, options))
  }

  private async send<T>(
    method: "GET" | "POST" | "PATCH" | "DELETE",
    path: string,
    { query, body, fromMedusa = true, acceptStatus = [] }: RequestOptions
  ): Promise<T> {
    const url = this.buildUrl(path, query, fromMedusa)
    const what = `${method} ${path}`
    let response: Response
    try {
      response = await fetch(url, {
        method,
        headers: this.headers_,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options_.requestTimeoutMs),
      })
    } catch (e: any) {
      const timedOut = e?.name === "TimeoutError" || e?.name === "AbortError"
      const cause = e?.cause?.code || e?.cause?.message || e?.message || String(e)
      throw new PayloadRequestError(
        0,
        timedOut
          ? `Payload request ${what} timed out after ${this.options_.requestTimeoutMs} ms (${this.options_.serverUrl}, PAYLOAD_SERVER_URL / PAYLOAD_REQUEST_TIMEOUT_MS)`
          : `Payload request ${what} failed: cannot reach Payload at ${this.options_.serverUrl} (${cause}) — check PAYLOAD_SERVER_URL and that Payload is running`
      )
    }

    const text = await response.text().catch(() => "")
    let data: any = undefined
    if (text) {
      try {
        data = JSON.parse(text)
      } catch {
        data = undefined
      }
    }

    if (response.ok || acceptStatus.includes(response.status)) {
      return (data ?? {}) as T
    }

    const messages = extractPayloadMessages(data)
    if (!messages.length && text && !data) {
      messages.push(text.replace(/\s+/g, " ").slice(0, 200))
    }
    if (response.status === 401 || response.status === 403) {
      this.logAuthProblem(response.status, messages, what)
    }
    throw new PayloadRequestError(
      response.status,
      `Payload API error: ${what} → ${response.status} ${response.statusText}${
        messages.length ? `: ${messages.join("; ")}` : ""
      }`,
      messages,
      data
    )
  }

  // ---------------------------------------------------------------- CRUD

  /** `POST /{collection}` → `{doc, message}` */
  async create<T extends PayloadCollectionItem = PayloadCollectionItem>(
    collection: string,
    data: PayloadUpsertData,
    options: PayloadQueryOptions = {}
  ): Promise<PayloadItemResult<T>> {
    return this.request<PayloadItemResult<T>>("POST", `/${collection}`, {
      query: options,
      body: data,
    })
  }

  /** `PATCH /{collection}/{id}` → `{doc, message}` */
  async updateById<T extends PayloadCollectionItem = PayloadCollectionItem>(
    collection: string,
    id: string | number,
    data: PayloadUpsertData,
    options: PayloadQueryOptions = {}
  ): Promise<PayloadItemResult<T>> {
    return this.request<PayloadItemResult<T>>(
      "PATCH",
      `/${collection}/${encodeURIComponent(String(id))}`,
      { query: options, body: data }
    )
  }

  /**
   * Bulk `PATCH /{collection}?where…` → `{docs, errors, message}`.
   * Throws (with Payload's messages) if any document failed.
   */
  async update<T extends PayloadCollectionItem = PayloadCollectionItem>(
    collection: string,
    data: PayloadUpsertData,
    options: PayloadQueryOptions
  ): Promise<PayloadBulkResult<T>> {
    if (!options?.where) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "Payload bulk update needs a `where` clause"
      )
    }
    return this.request<PayloadBulkResult<T>>("PATCH", `/${collection}`, {
      query: options,
      body: data,
    })
  }

  /** Bulk `DELETE /{collection}?where…` → `{docs, errors, message}`. */
  async delete<T extends PayloadCollectionItem = PayloadCollectionItem>(
    collection: string,
    options: PayloadQueryOptions
  ): Promise<PayloadBulkResult<T>> {
    if (!options?.where) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "Payload bulk delete needs a `where` clause"
      )
    }
    return this.request<PayloadBulkResult<T>>("DELETE", `/${collection}`, {
      query: options,
    })
  }

  /** `DELETE /{collection}/{id}` → `{doc, message}` */
  async deleteById<T extends PayloadCollectionItem = PayloadCollectionItem>(
    collection: string,
    id: string | number
  ): Promise<PayloadItemResult<T>> {
    return this.request<PayloadItemResult<T>>(
      "DELETE",
      `/${collection}/${encodeURIComponent(String(id))}`
    )
  }

  /** `GET /{collection}?…`. Pass an explicit `limit` (Payload's default is 10). */
  async find<T extends PayloadCollectionItem = PayloadCollectionItem>(
    collection: string,
    options: PayloadQueryOptions = {}
  ): Promise<PayloadFindResult<T>> {
    return this.request<PayloadFindResult<T>>("GET", `/${collection}`, {
      query: options,
    })
  }

  /** Every matching doc (`limit=0` disables Payload's paging). */
  async findAll<T extends PayloadCollectionItem = PayloadCollectionItem>(
    collection: string,
    options: PayloadQueryOptions = {}
  ): Promise<T[]> {
    const res = await this.find<T>(collection, { ...options, limit: 0 })
    return res.docs ?? []
  }

  /** The Payload product doc(s) for one Medusa product id. */
  async findProductsByMedusaId<T extends PayloadCollectionItem = PayloadCollectionItem>(
    medusaId: string,
    options: PayloadQueryOptions = {}
  ): Promise<T[]> {
    return this.findAll<T>("products", {
      depth: 0,
      ...options,
      where: { medusa_id: { equals: medusaId } },
    })
  }

  /**
   * Behind the read-only link `product.payload_product`: Payload products
   * whose `medusa_id` is in `filter.product_id`. Ids are chunked and every
   * request has an explicit limit (Payload's default of 10 would truncate).
   */
  async list(
    filter: { product_id?: string | string[] } = {},
    _config: Record<string, any> = {}
  ): Promise<Array<Record<string, any>>> {
    if (!filter?.product_id) {
      return []
    }
    const ids = Array.from(
      new Set(
        (Array.isArray(filter.product_id) ? filter.product_id : [filter.product_id])
          .filter((id) => typeof id === "string" && id.length > 0)
      )
    )
    const docs: PayloadCollectionItem[] = []
    for (let i = 0; i < ids.length; i += LIST_CHUNK_SIZE) {
      const chunk = ids.slice(i, i + LIST_CHUNK_SIZE)
      const res = await this.find("products", {
        where: { medusa_id: { in: chunk.join(",") } },
        depth: 2,
        limit: 0,
      })
      docs.push(...(res.docs ?? []))
    }
    return docs.map((doc) => ({ ...doc, product_id: doc.medusa_id }))
  }

  // ---------------------------------------------------------------- health

  /**
   * `GET /api/{userCollection}/me` with the API key. Payload answers 200 with
   * `user: null` when it does not recognise the key, so check `user`.
   */
  async checkConnection(): Promise<{ ok: boolean; reason?: string; user?: any }> {
    let body: any
    try {
      body = await this.request("GET", `/${this.options_.userCollection}/me`, {
        fromMedusa: false,
      })
    } catch (e: any) {
      if (e instanceof PayloadRequestError && e.isAuthError) {
        return { ok: false, reason: e.message }
      }
      this.logger_.warn(
        `[payload] Startup check: ${e?.message ?? e}. Product sync to Payload will fail until Payload is reachable.`
      )
      return { ok: false, reason: e?.message ?? String(e) }
    }
    if (!body?.user) {
      const reason = `Payload at ${this.options_.serverUrl} did not recognise PAYLOAD_API_KEY (GET /api/${this.options_.userCollection}/me returned user: null)`
      this.logger_.error(
        `[payload] Startup check: ${reason}. Fix PAYLOAD_API_KEY (and PAYLOAD_USER_COLLECTION="${this.options_.userCollection}") in stack/medusa/.env — creating, updating and deleting Payload products will fail with 403.`
      )
      return { ok: false, reason }
    }
    this.logger_.info(
      `[payload] Connected to Payload at ${this.options_.serverUrl} as ${
        body.user.email ?? `${this.options_.userCollection} #${body.user.id}`
      } (API key accepted)`
    )
    return { ok: true, user: body.user }
  }
}
