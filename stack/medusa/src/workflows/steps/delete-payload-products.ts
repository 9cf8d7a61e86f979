import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYLOAD_MODULE } from "../../modules/payload"
import type PayloadModuleService from "../../modules/payload/service"
import { chunk } from "../../lib/concurrency"

export type DeletePayloadProductsStepInput = {
  product_ids: string[]
}

/**
 * Bulk-deletes the Payload `products` docs whose `medusa_id` is one of the
 * given Medusa product ids (0 matches is fine: 200, nothing deleted).
 */
export const deletePayloadProductsStep = createStep(
  "delete-payload-products",
  async ({ product_ids }: DeletePayloadProductsStepInput, { container }) => {
    const payload = container.resolve<PayloadModuleService>(PAYLOAD_MODULE)
    const deleted: Array<{ id: string; medusa_id: string }> = []
    for (const ids of chunk(product_ids ?? [], 100)) {
      const res = await payload.delete("products", {
        where: { medusa_id: { in: ids.join(",") } },
        depth: 0,
        select: { medusa_id: true },
      })
      for (const doc of res.docs ?? []) {
        deleted.push({ id: String(doc.id), medusa_id: doc.medusa_id })
      }
    }
    return new StepResponse({ deleted })
  }
)
