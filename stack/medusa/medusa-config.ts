import { loadEnv, defineConfig } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const envFlag = (name: string): boolean =>
  ["1", "true", "yes", "on"].includes((process.env[name] || "").trim().toLowerCase())

const envInt = (name: string): number | undefined => {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === "") {
    return undefined
  }
  const n = Number(raw)
  return Number.isFinite(n) ? n : undefined
}

// The editorial stack (stack/up --editorial) turns on Medusa's translation module. Its feature
// flag alone is not enough in 2.21.2: defineConfig builds the module list before the flags are
// loaded, so the flag's own entry stays disabled and /admin/translations answers 500 ("Service
// with alias translation was not found"). The module is therefore listed here as well, as
// Medusa's docs say. Without MEDUSA_FF_TRANSLATION the config is exactly the seed's.
const translation = envFlag("MEDUSA_FF_TRANSLATION")

// NOTE: the HTTP port is NOT read from this file. The medusa CLI takes it from
// `--port` or from PORT in the *process* environment (default 9000); a PORT
// line in .env is not seen, because the CLI parses its arguments before
// loadEnv runs. Export PORT (or pass --port) when starting the server.
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || "http://localhost:9000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: true,
  },
  modules: [
    {
      resolve: "./src/modules/payload",
      options: {
        serverUrl: process.env.PAYLOAD_SERVER_URL,
        apiKey: process.env.PAYLOAD_API_KEY,
        userCollection: process.env.PAYLOAD_USER_COLLECTION || "users",
        // Reproduce the official example's broken sync paging (tests only).
        legacyPaging: envFlag("PAYLOAD_SYNC_LEGACY_PAGING"),
        syncPageSize: envInt("PAYLOAD_SYNC_PAGE_SIZE"),
        syncConcurrency: envInt("PAYLOAD_SYNC_CONCURRENCY"),
        requestTimeoutMs: envInt("PAYLOAD_REQUEST_TIMEOUT_MS"),
        maxConcurrentRequests: envInt("PAYLOAD_MAX_CONCURRENT_REQUESTS"),
      },
    },
    ...(translation ? [{ resolve: "@medusajs/medusa/translation" }] : []),
  ],
  ...(translation ? { featureFlags: { translation: true } } : {}),
})
