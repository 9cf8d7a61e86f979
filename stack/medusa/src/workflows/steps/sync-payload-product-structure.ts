import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYLOAD_MODULE } from "../../modules/payload"
import type PayloadModuleService from "../../modules/payload/service"
import { PayloadRequestError } from "../../modules/payload/service"
import { errorMessage, withKeyLock } from "../../lib/concurrency"
import {
  mergeStructure,
  MedusaProductForPayload,
  sameStructure,
  STRUCTURE_FIELDS,
} from "../../lib/payload-product"
import { PayloadProduct } from "../../modules/payload/types"

export type SyncStructureStepInput = {
  product_ids: string[]
}

export type SyncStructureResult = {
  /** PATCHed */
  updated: Array<{ medusa_id: string; id: string }>
  /** Payload doc already right */
  unchanged: string[]
  /** no Payload doc (yet): product.created / the sync route will create it */
  no_payload_doc: string[]
  /** product gone from Medusa: nothing to do (product.deleted handles it) */
  no_medusa_product: string[]
}

/**
 * Recomputes the `options` / `variants` arrays of each product's Payload doc
 * from Medusa and PATCHes the doc by id when they differ. Existing Payload row
 * ids, Payload-edited titles and option-value labels are kept. Title,
 * subtitle and description are never touched (Payload owns content).
 */
export const syncPayloadProductStructureStep = createStep(
  "sync-payload-product-structure",
  async ({ product_ids }: SyncStructureStepInput, { container }) => {
    const payload = container.resolve<PayloadModuleService>(PAYLOAD_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)

    const result: SyncStructureResult = {
      updated: [],
      unchanged: [],
      no_payload_doc: [],
      no_medusa_product: [],
    }
    const failures: string[] = []

    for (const productId of Array.from(new Set(product_ids ?? []))) {
      try {
        await withKeyLock(`payload-product:${productId}`, async () => {
          const { data } = await query.graph({
            entity: "product",
            fields: STRUCTURE_FIELDS,
            filters: { id: productId },
          })
          const product = data?.[0] as MedusaProductForPayload | undefined
          if (!product) {
            result.no_medusa_product.push(productId)
            return
          }
          const docs = await payload.findProductsByMedusaId<PayloadProduct>(productId, {
            select: { medusa_id: true, options: true, variants: true },
          })
          if (!docs.length) {
            result.no_payload_doc.push(productId)
            return
          }
          for (const doc of docs) {
            const next = mergeStructure(product, doc)
            if (sameStructure(doc, next)) {
              result.unchanged.push(productId)
              continue
            }
            await payload.updateById("products", doc.id, next, {
              depth: 0,
              select: { medusa_id: true },
            })
            result.updated.push({ medusa_id: productId, id: String(doc.id) })
          }
        })
      } catch (e) {
        const locked = e instanceof PayloadRequestError && e.isLocked
        failures.push(
          `${productId}: ${errorMessage(e)}${
            locked
              ? " (the doc is open in Payload admin; POST /admin/payload/sync/products repairs it later)"
              : ""
          }`
        )
      }
    }

    if (failures.length) {
      throw new Error(failures.join(" | "))
    }
    return new StepResponse(result)
  }
)
