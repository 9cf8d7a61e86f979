export interface PayloadModuleOptions {
  /** Base URL of the Payload server, without `/api` (env PAYLOAD_SERVER_URL). */
  serverUrl: string
  /** API key of the Payload integration user (env PAYLOAD_API_KEY). */
  apiKey: string
  /** Slug of Payload's auth collection (env PAYLOAD_USER_COLLECTION, default `users`). */
  userCollection?: string
  /**
   * Reproduce the official example's sync paging (limit 1000, skip fully
   * synced products, stop early, skip the last page). Tests only
   * (env PAYLOAD_SYNC_LEGACY_PAGING=1).
   */
  legacyPaging?: boolean
  /** Page size of the product sync (env PAYLOAD_SYNC_PAGE_SIZE, default 1000). */
  syncPageSize?: number
  /** Max concurrent Payload creates during a sync (env PAYLOAD_SYNC_CONCURRENCY, default 8). */
  syncConcurrency?: number
  /** Timeout of one Payload request in ms (env PAYLOAD_REQUEST_TIMEOUT_MS, default 15000). */
  requestTimeoutMs?: number
  maxConcurrentRequests?: number
}

export interface PayloadCollectionItem {
  id: string | number
  [key: string]: any
}

export type PayloadUpsertData = Record<string, any>

export interface PayloadQueryOptions {
  where?: Record<string, any>
  depth?: number
  limit?: number
  page?: number
  sort?: string
  select?: Record<string, boolean>
  [key: string]: any
}

/** `POST /{collection}` and `PATCH /{collection}/{id}` */
export interface PayloadItemResult<T = PayloadCollectionItem> {
  doc: T
  message?: string
}

/** Bulk `PATCH` / `DELETE /{collection}?where…` */
export interface PayloadBulkResult<T = PayloadCollectionItem> {
  docs: T[]
  errors: Array<{ id?: string | number; message: string; isPublic?: boolean }>
  message?: string
}

/** `GET /{collection}` */
export interface PayloadFindResult<T = PayloadCollectionItem> {
  docs: T[]
  totalDocs: number
  limit: number
  page?: number
  totalPages: number
  hasNextPage?: boolean
  nextPage?: number | null
}

export interface PayloadOptionRow {
  id?: string
  title: string
  medusa_id: string
}

export interface PayloadOptionValueRow {
  id?: string
  medusa_id: string
  medusa_option_id: string
  value: string
}

export interface PayloadVariantRow {
  id?: string
  title: string
  medusa_id: string
  option_values: PayloadOptionValueRow[]
}

export interface PayloadProduct extends PayloadCollectionItem {
  medusa_id: string
  title?: string
  options?: PayloadOptionRow[]
  variants?: PayloadVariantRow[]
}
