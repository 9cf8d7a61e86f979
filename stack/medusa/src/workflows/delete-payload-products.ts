import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deletePayloadProductsStep } from "./steps/delete-payload-products"

export type DeletePayloadProductsWorkflowInput = {
  product_ids: string[]
}

/** Deletes the Payload doc(s) whose medusa_id is one of `product_ids`. */
export const deletePayloadProductsWorkflow = createWorkflow(
  "delete-payload-products",
  (input: DeletePayloadProductsWorkflowInput) => {
    const result = deletePayloadProductsStep({ product_ids: input.product_ids })
    return new WorkflowResponse(result)
  }
)
