import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncPayloadProductStructureStep } from "./steps/sync-payload-product-structure"

export type SyncPayloadProductStructureWorkflowInput = {
  product_ids: string[]
}

/**
 * Brings the `options` / `variants` arrays of the products' Payload docs in
 * line with Medusa (PATCH by doc id, only when something changed).
 */
export const syncPayloadProductStructureWorkflow = createWorkflow(
  "sync-payload-product-structure",
  (input: SyncPayloadProductStructureWorkflowInput) => {
    const result = syncPayloadProductStructureStep({ product_ids: input.product_ids })
    return new WorkflowResponse(result)
  }
)
