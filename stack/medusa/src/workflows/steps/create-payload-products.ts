import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYLOAD_MODULE } from "../../modules/payload"
import type PayloadModuleService from "../../modules/payload/service"
import { errorMessage, mapLimit } from "../../lib/concurrency"
import {
  MedusaProductForPayload,
  toPayloadCreateData,
} from "../../lib/payload-product"

export type CreatePayloadProductsStepInput = {
  products: MedusaProductForPayload[]
}

export type CreatedPayloadProduct = {
  medusa_id: string
  id: string
  /** false when a doc with this medusa_id already existed (adopted, not created) */
  created: boolean
}

/**
 * Creates one Payload `products` doc per Medusa product. Idempotent: when a
 * doc with the product's `medusa_id` already exists, it is adopted instead of
 * created (no duplicate, no unique-violation). All-or-nothing within the step:
 * if one create fails, the docs created by this step are deleted again and
 * the step fails with Payload's error message.
 */
export const createPayloadProductsStep = createStep(
  "create-payload-products",
  async ({ products }: CreatePayloadProductsStepInput, { container }) => {
    const payload = container.resolve<PayloadModuleService>(PAYLOAD_MODULE)
    const { syncConcurrency } = payload.getOptions()

    const results = await mapLimit(products ?? [], syncConcurrency, async (product) => {
      const existing = await payload.findProductsByMedusaId(product.id, {
        select: { medusa_id: true },
      })
      if (existing.length) {
        return { medusa_id: product.id, id: String(existing[0].id), created: false }
      }
      const { doc } = await payload.create("products", toPayloadCreateData(product), {
        depth: 0,
      })
      return { medusa_id: product.id, id: String(doc.id), created: true }
    })

    const items = results
      .map((r) => r.value)
      .filter((v): v is CreatedPayloadProduct => !!v)
    const failures = results
      .map((r, i) => (r.error ? `${products[i].id}: ${errorMessage(r.error)}` : null))
      .filter((m): m is string => !!m)

    if (failures.length) {
      const createdIds = items.filter((i) => i.created).map((i) => i.id)
      if (createdIds.length) {
        await payload
          .delete("products", { where: { id: { in: createdIds.join(",") } }, depth: 0 })
          .catch(() => undefined)
      }
      throw new Error(
        `Could not create Payload product${failures.length > 1 ? "s" : ""}: ${failures.join(" | ")}`
      )
    }

    return new StepResponse(
      { items },
      { ids: items.filter((i) => i.created).map((i) => i.id) }
    )
  },
  async (compensation, { container }) => {
    if (!compensation?.ids?.length) {
      return
    }
    const payload = container.resolve<PayloadModuleService>(PAYLOAD_MODULE)
    await payload.delete("products", {
      where: { id: { in: compensation.ids.join(",") } },
      depth: 0,
    })
  }
)
