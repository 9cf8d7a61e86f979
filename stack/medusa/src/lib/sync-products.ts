import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PAYLOAD_MODULE } from "../modules/payload"
import type PayloadModuleService from "../modules/payload/service"
import { createPayloadProductsWorkflow } from "../workflows/create-payload-products"
import { syncPayloadProductStructureWorkflow } from "../workflows/sync-payload-product-structure"
import { chunk, errorMessage, mapLimit } from "./concurrency"
import {
  mergeStructure,
  MedusaProductForPayload,
  sameStructure,
  STRUCTURE_FIELDS,
} from "./payload-product"

export type ProductSyncSummary = {
  mode: "fixed" | "legacy"
  /** Medusa products looked at */
  checked: number
  /** Payload docs created */
  created: number
  /** of `created`: products whose metadata.payload_id pointed to a doc that is gone */
  recreated_stale: number
  /** metadata.payload_id corrected to the existing doc's id (no create) */
  fixed: number
  /** existing docs whose options/variants disagreed with Medusa and were PATCHed */
  structure_fixed: number
  /** products that could not be synced (see the error lines) */
  failed: number
  /** Payload docs whose medusa_id matches no Medusa product (reported, not deleted) */
  orphans: number
  /** Medusa products with more than one Payload doc (reported, not deleted) */
  duplicates: number
  ms: number
}

/** Products per create workflow in the fixed sync. */
const CREATE_CHUNK = 50

let running: Promise<ProductSyncSummary> | null = null
let rerunRequested = false

/**
 * `products.sync-payload`: make sure every Medusa product has exactly one
 * Payload doc and the right `metadata.payload_id`. Concurrent requests are
 * coalesced: a request during a running sync schedules one more run.
 */
export async function syncProductsToPayload(
  container: MedusaContainer
): Promise<ProductSyncSummary> {
  if (running) {
    rerunRequested = true
    return running
  }
  running = (async () => {
    try {
      let summary: ProductSyncSummary
      do {
        rerunRequested = false
        summary = await runOnce(container)
      } while (rerunRequested)
      return summary
    } finally {
      running = null
    }
  })()
  return running
}

async function runOnce(container: MedusaContainer): Promise<ProductSyncSummary> {
  const payload = container.resolve<PayloadModuleService>(PAYLOAD_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const options = payload.getOptions()
  return options.legacyPaging
    ? legacySync(container, payload, logger, options.syncPageSize)
    : fixedSync(container, payload, logger, options.syncPageSize, options.syncConcurrency)
}

function logSummary(logger: Logger, s: ProductSyncSummary) {
  const line =
    `[payload] Product sync finished (${s.mode}${s.mode === "legacy" ? ": PAYLOAD_SYNC_LEGACY_PAGING=1" : ""}) in ${s.ms} ms: ` +
    `checked=${s.checked} created=${s.created} recreated_stale=${s.recreated_stale} fixed=${s.fixed} ` +
    `structure_fixed=${s.structure_fixed} ` +
    `failed=${s.failed} orphans=${s.orphans} duplicates=${s.duplicates}`
  if (s.failed) {
    logger.warn(line)
  } else {
    logger.info(line)
  }
}

/**
 * The fixed sync:
 * - pages through ALL Medusa products in a stable order (id ASC), last page
 *   included, no early break;
 * - a product is missing when no Payload doc has its medusa_id, whatever its
 *   metadata.payload_id says (stale ids are re-created and corrected);
 * - payload_id is corrected when it disagrees with the existing doc's id;
 * - creates run `concurrency` at a time, one workflow per product, so one
 *   failure neither stops nor rolls back the others;
 * - existing docs whose options/variants drifted from Medusa (e.g. events
 *   lost on a restart, a PATCH refused with 423) are brought back in line.
 */
async function fixedSync(
  container: MedusaContainer,
  payload: PayloadModuleService,
  logger: Logger,
  pageSize: number,
  concurrency: number
): Promise<ProductSyncSummary> {
  const started = Date.now()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const summary: ProductSyncSummary = {
    mode: "fixed",
    checked: 0,
    created: 0,
    recreated_stale: 0,
    fixed: 0,
    structure_fixed: 0,
    failed: 0,
    orphans: 0,
    duplicates: 0,
    ms: 0,
  }

  logger.info(`[payload] Product sync started (page size ${pageSize}, ${concurrency} creates at a time)`)

  // 1. Every Payload product doc, by medusa_id (lowest Payload id first).
  const docs = await payload.findAll("products", {
    depth: 0,
    select: { medusa_id: true, options: true, variants: true },
    sort: "id",
  })
  const docsByMedusaId = new Map<string, string[]>()
  const firstDoc = new Map<string, any>()
  for (const doc of docs) {
    if (!doc.medusa_id) {
      continue
    }
    const list = docsByMedusaId.get(doc.medusa_id) ?? []
    list.push(String(doc.id))
    docsByMedusaId.set(doc.medusa_id, list)
    if (!firstDoc.has(doc.medusa_id)) {
      firstDoc.set(doc.medusa_id, doc)
    }
  }

  // 2. Every Medusa product, page by page.
  const missing: Array<{ id: string; stale: boolean }> = []
  const fixes: Array<{ id: string; metadata: { payload_id: string } }> = []
  const drifted: string[] = []
  const seen = new Set<string>()
  let offset = 0
  for (;;) {
    const { data, metadata } = await query.graph({
      entity: "product",
      fields: ["metadata", ...STRUCTURE_FIELDS],
      pagination: { take: pageSize, skip: offset, order: { id: "ASC" } },
    })
    const page = (data ?? []) as Array<
      MedusaProductForPayload & { metadata?: Record<string, any> | null }
    >
    for (const p of page) {
      if (seen.has(p.id)) {
        continue
      }
      seen.add(p.id)
      summary.checked++
      const current = p.metadata?.payload_id
      const currentStr =
        current === undefined || current === null || current === "" ? "" : String(current)
      const docIds = docsByMedusaId.get(p.id)
      if (!docIds?.length) {
        missing.push({ id: p.id, stale: currentStr !== "" })
        continue
      }
      if (docIds.length > 1) {
        summary.duplicates++
        logger.warn(
          `[payload] Product sync: ${p.id} has ${docIds.length} Payload docs (${docIds.join(", ")}); using ${docIds[0]}`
        )
      }
      if (currentStr !== docIds[0]) {
        fixes.push({ id: p.id, metadata: { payload_id: docIds[0] } })
      }
      const doc = firstDoc.get(p.id)
      if (doc && !sameStructure(doc, mergeStructure(p, doc))) {
        drifted.push(p.id)
      }
    }
    offset += page.length
    const total = (metadata as any)?.count
    if (page.length === 0 || (typeof total === "number" && offset >= total)) {
      break
    }
  }

  for (const medusaId of docsByMedusaId.keys()) {
    if (!seen.has(medusaId)) {
      summary.orphans++
    }
  }

  // 3. Create the missing docs: chunks of CREATE_CHUNK products, one workflow
  //    per chunk (creates `concurrency` at a time, failures isolated per
  //    product, one batched payload_id write-back). If a chunk's workflow
  //    fails as a whole (e.g. the write-back), it was compensated; retry its
  //    products one by one so only the culprit fails.
  const staleIds = new Set(missing.filter((m) => m.stale).map((m) => m.id))
  const account = (res: any) => {
    for (const item of res?.items ?? []) {
      if (item.created) {
        summary.created++
        if (staleIds.has(item.medusa_id)) {
          summary.recreated_stale++
        }
      } else if ((res.payload_id_updates ?? []).some((u: any) => u.id === item.medusa_id)) {
        // A doc appeared meanwhile (e.g. product.created won the race): adopted.
        summary.fixed++
      }
    }
    for (const f of res?.failures ?? []) {
      summary.failed++
      logger.error(
        `[payload] Product sync: could not create the Payload doc of ${f.medusa_id}: ${f.error}`
      )
    }
  }
  for (const ids of chunk(missing.map((m) => m.id), CREATE_CHUNK)) {
    try {
      const { result } = await createPayloadProductsWorkflow(container).run({
        input: { product_ids: ids, isolate_failures: true },
      })
      account(result)
    } catch (chunkError) {
      logger.warn(
        `[payload] Product sync: a batch of ${ids.length} failed (${errorMessage(chunkError)}); retrying one by one`
      )
      const single = await mapLimit(ids, concurrency, async (id) => {
        const { result } = await createPayloadProductsWorkflow(container).run({
          input: { product_ids: [id], isolate_failures: true },
        })
        return result
      })
      single.forEach((r, i) => {
        if (r.error) {
          summary.failed++
          logger.error(
            `[payload] Product sync: could not create the Payload doc of ${ids[i]}: ${errorMessage(r.error)}`
          )
        } else {
          account(r.value)
        }
      })
    }
  }

  // 4. Correct payload_ids that disagree with the existing doc.
  for (const batch of chunk(fixes, 100)) {
    try {
      await updateProductsWorkflow(container).run({ input: { products: batch } })
      summary.fixed += batch.length
    } catch {
      // Retry one by one to isolate the failing product.
      for (const fix of batch) {
        try {
          await updateProductsWorkflow(container).run({ input: { products: [fix] } })
          summary.fixed++
        } catch (e) {
          summary.failed++
          logger.error(
            `[payload] Product sync: could not set metadata.payload_id=${fix.metadata.payload_id} on ${fix.id}: ${errorMessage(e)}`
          )
        }
      }
    }
  }

  // 5. Re-align options/variants of docs that drifted (re-read under the
  //    per-product lock, PATCH by id only if still different).
  const structureResults = await mapLimit(drifted, concurrency, async (id) => {
    const { result } = await syncPayloadProductStructureWorkflow(container).run({
      input: { product_ids: [id] },
    })
    return result.updated.length
  })
  structureResults.forEach((r, i) => {
    if (r.error) {
      summary.failed++
      logger.error(
        `[payload] Product sync: could not update options/variants of ${drifted[i]}: ${errorMessage(r.error)}`
      )
    } else if (r.value) {
      summary.structure_fixed++
    }
  })

  if (summary.orphans) {
    logger.warn(
      `[payload] Product sync: ${summary.orphans} Payload product doc(s) have a medusa_id that matches no Medusa product (left in place)`
    )
  }
  summary.ms = Date.now() - started
  logSummary(logger, summary)
  return summary
}

/**
 * PAYLOAD_SYNC_LEGACY_PAGING=1: the official example's loop, kept verbatim in
 * behaviour so tests can demonstrate its defects (only products without
 * metadata.payload_id; stops at the first page without such products; the
 * `count > offset + limit` condition skips the last page; one workflow per
 * page, all-or-nothing).
 */
async function legacySync(
  container: MedusaContainer,
  payload: PayloadModuleService,
  logger: Logger,
  limit: number
): Promise<ProductSyncSummary> {
  const started = Date.now()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const summary: ProductSyncSummary = {
    mode: "legacy",
    checked: 0,
    created: 0,
    recreated_stale: 0,
    fixed: 0,
    structure_fixed: 0,
    failed: 0,
    orphans: 0,
    duplicates: 0,
    ms: 0,
  }
  logger.warn(
    `[payload] Product sync started in LEGACY paging mode (PAYLOAD_SYNC_LEGACY_PAGING=1, limit ${limit}): products may be left out`
  )

  let offset = 0
  let count = 0
  do {
    const { data, metadata } = await query.graph({
      entity: "product",
      fields: ["id", "metadata"],
      pagination: { take: limit, skip: offset, order: { id: "ASC" } },
    })
    const page = (data ?? []) as Array<{ id: string; metadata?: Record<string, any> | null }>
    count = (metadata as any)?.count ?? 0
    summary.checked += page.length
    offset += limit

    const todo = page.filter((p) => !p.metadata?.payload_id)
    if (todo.length === 0) {
      break
    }
    try {
      const { result } = await createPayloadProductsWorkflow(container).run({
        input: { product_ids: todo.map((p) => p.id) },
      })
      summary.created += result.items.filter((i) => i.created).length
    } catch (e) {
      summary.failed += todo.length
      logger.error(`[payload] Product sync (legacy): page failed and was rolled back: ${errorMessage(e)}`)
      break
    }
  } while (count > offset + limit)

  summary.ms = Date.now() - started
  logSummary(logger, summary)
  return summary
}
