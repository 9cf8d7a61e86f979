import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYLOAD_MODULE } from "../../modules/payload"
import type PayloadModuleService from "../../modules/payload/service"
import { PayloadRequestError } from "../../modules/payload/service"
import { errorMessage, mapLimit } from "../../lib/concurrency"
import {
  MedusaProductForPayload,
  toPayloadCreateData,
} from "../../lib/payload-product"

export type CreatePayloadProductsStepInput = {
  products: MedusaProductForPayload[]
  /**
   * false (default): all-or-nothing, like the official step.
   * true: a product whose create fails is reported in `failures` and the
   * others go on (used by the products sync).
   */
  isolate_failures?: boolean
}

export type FailedPayloadProduct = {
  medusa_id: string
  error: string
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
 * created (no duplicate, no unique-violation). By default all-or-nothing:
 * if one create fails, the docs created by this step are deleted again and
 * the step fails with Payload's error message. With `isolate_failures`,
 * failed products are returned in `failures` instead.
 */
export const createPayloadProductsStep = createStep(
  "create-payload-products",
  async ({ products, isolate_failures }: CreatePayloadProductsStepInput, { container }) => {
    const payload = container.resolve<PayloadModuleService>(PAYLOAD_MODULE)
    const { syncConcurrency } = payload.getOptions()

    const results = await mapLimit(products ?? [], syncConcurrency, async (product) => {
      const existing = await payload.findProductsByMedusaId(product.id, {
        select: { medusa_id: true },
      })
      if (existing.length) {
        return { medusa_id: product.id, id: String(existing[0].id), created: false }
      }
      try {
        const { doc } = await payload.create("products", toPayloadCreateData(product), {
          depth: 0,
        })
        return { medusa_id: product.id, id: String(doc.id), created: true }
      } catch (e) {
        // Lost a race with another creator (product.created vs. the sync
        // route): medusa_id is unique in Payload, so adopt the winner's doc.
        if (e instanceof PayloadRequestError && e.status === 400) {
          const now = await payload.findProductsByMedusaId(product.id, {
            select: { medusa_id: true },
          })
          if (now.length) {
            return { medusa_id: product.id, id: String(now[0].id), created: false }
          }
        }
        throw e
      }
    })

    const items = results
      .map((r) => r.value)
      .filter((v): v is CreatedPayloadProduct => !!v)
    const failed: FailedPayloadProduct[] = results
      .map((r, i) =>
        r.error ? { medusa_id: products[i].id, error: errorMessage(r.error) } : null
      )
      .filter((f): f is FailedPayloadProduct => !!f)
    const failures = failed.map((f) => `${f.medusa_id}: ${f.error}`)

    if (failures.length && !isolate_failures) {
      const createdIds = items.filter((i) => i.created).map((i) => i.id)
      if (createdIds.length) {
        await payload
          .delete("products", { where: { id: { in: createdIds.join(",") } }, depth: 0 })
          .catch(() => undefined)
      }
      throw new Error(
        products.length === 1
          ? errorMessage(results[0].error)
          : `Could not create Payload products: ${failures.join(" | ")}`
      )
    }

    return new StepResponse(
      { items, failures: failed },
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
