import { MedusaError } from "@medusajs/framework/utils"
import { PayloadModuleOptions } from "./types"

export const DEFAULT_SYNC_PAGE_SIZE = 1000
export const DEFAULT_SYNC_CONCURRENCY = 8
export const DEFAULT_REQUEST_TIMEOUT_MS = 15000
// Payload holds a pooled DB connection per write (sometimes two): keep well below its pool.
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 4

/** Which env var feeds which module option (see medusa-config.ts). */
export const OPTION_ENV: Record<string, string> = {
  serverUrl: "PAYLOAD_SERVER_URL",
  apiKey: "PAYLOAD_API_KEY",
  userCollection: "PAYLOAD_USER_COLLECTION",
  syncPageSize: "PAYLOAD_SYNC_PAGE_SIZE",
  syncConcurrency: "PAYLOAD_SYNC_CONCURRENCY",
  requestTimeoutMs: "PAYLOAD_REQUEST_TIMEOUT_MS",
  maxConcurrentRequests: "PAYLOAD_MAX_CONCURRENT_REQUESTS",
}

export type ResolvedPayloadOptions = Required<
  Pick<
    PayloadModuleOptions,
    | "serverUrl"
    | "apiKey"
    | "userCollection"
    | "legacyPaging"
    | "syncPageSize"
    | "syncConcurrency"
    | "requestTimeoutMs"
    | "maxConcurrentRequests"
  >
>

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_ARGUMENT, message)

const missing = (option: string) =>
  invalid(
    `Payload module: option \`${option}\` is missing — set ${OPTION_ENV[option]} in stack/medusa/.env`
  )

const positiveInt = (
  options: Record<string, any>,
  option: string,
  fallback: number
): number => {
  const raw = options[option]
  if (raw === undefined || raw === null || raw === "") {
    return fallback
  }
  const n = Number(raw)
  if (!Number.isInteger(n) || n <= 0) {
    throw invalid(
      `Payload module: option \`${option}\` must be a positive integer, got ${JSON.stringify(
        raw
      )} — check ${OPTION_ENV[option]} in stack/medusa/.env`
    )
  }
  return n
}

/**
 * Validates the module options and fills in defaults. Throws an error that
 * names the missing/invalid setting and the env var that feeds it.
 */
export function resolvePayloadOptions(
  options: Partial<PayloadModuleOptions> | undefined
): ResolvedPayloadOptions {
  const o: Record<string, any> = options ?? {}

  const serverUrl = typeof o.serverUrl === "string" ? o.serverUrl.trim() : ""
  if (!serverUrl) {
    throw missing("serverUrl")
  }
  let parsed: URL
  try {
    parsed = new URL(serverUrl)
  } catch {
    throw invalid(
      `Payload module: option \`serverUrl\` is not a valid URL (${JSON.stringify(
        serverUrl
      )}) — set PAYLOAD_SERVER_URL in stack/medusa/.env, e.g. http://localhost:8000`
    )
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw invalid(
      `Payload module: option \`serverUrl\` must be an http(s) URL, got ${JSON.stringify(
        serverUrl
      )} — check PAYLOAD_SERVER_URL in stack/medusa/.env`
    )
  }

  const apiKey = typeof o.apiKey === "string" ? o.apiKey.trim() : ""
  if (!apiKey) {
    throw missing("apiKey")
  }

  const userCollection =
    (typeof o.userCollection === "string" && o.userCollection.trim()) || "users"

  return {
    serverUrl: serverUrl.replace(/\/+$/, "").replace(/\/api$/, ""),
    apiKey,
    userCollection,
    legacyPaging: !!o.legacyPaging,
    syncPageSize: positiveInt(o, "syncPageSize", DEFAULT_SYNC_PAGE_SIZE),
    syncConcurrency: positiveInt(o, "syncConcurrency", DEFAULT_SYNC_CONCURRENCY),
    requestTimeoutMs: positiveInt(o, "requestTimeoutMs", DEFAULT_REQUEST_TIMEOUT_MS),
    maxConcurrentRequests: positiveInt(
      o,
      "maxConcurrentRequests",
      DEFAULT_MAX_CONCURRENT_REQUESTS
    ),
  }
}
