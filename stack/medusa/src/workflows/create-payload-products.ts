import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createPayloadProductsStep } from "./steps/create-payload-products"
import { CREATE_FIELDS, MedusaProductForPayload } from "../lib/payload-product"

export type CreatePayloadProductsWorkflowInput = {
  product_ids: string[]
  /** see createPayloadProductsStep: report per-product failures instead of failing */
  isolate_failures?: boolean
}

/**
 * Creates the Payload doc of each product (or adopts an existing one with the
 * same medusa_id), then writes `metadata.payload_id` (a string) back to
 * Medusa where it is missing or wrong. The write-back emits product.updated.
 */
export const createPayloadProductsWorkflow = createWorkflow(
  "create-payload-products",
  (input: CreatePayloadProductsWorkflowInput) => {
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: CREATE_FIELDS,
      filters: { id: input.product_ids },
    }).config({ name: "get-products-for-payload" })

    const { items, failures } = createPayloadProductsStep({
      products: products as unknown as MedusaProductForPayload[],
      isolate_failures: input.isolate_failures,
    })

    const updates = transform({ items, products }, (data) => {
      const current = new Map(
        (data.products as any[]).map((p) => [p.id, p.metadata?.payload_id])
      )
      return data.items
        .filter((item) => String(current.get(item.medusa_id) ?? "") !== item.id)
        .map((item) => ({ id: item.medusa_id, metadata: { payload_id: item.id } }))
    })

    when({ updates }, ({ updates }) => updates.length > 0).then(() => {
      updateProductsWorkflow.runAsStep({ input: { products: updates } })
    })

    return new WorkflowResponse({ items, failures, payload_id_updates: updates })
  }
)
