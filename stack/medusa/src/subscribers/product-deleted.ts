import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deletePayloadProductsWorkflow } from "../workflows/delete-payload-products"
import { errorMessage } from "../lib/concurrency"

/** product.deleted → delete the Payload doc(s) with that medusa_id. */
export default async function productDeletedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await deletePayloadProductsWorkflow(container).run({
      input: { product_ids: [data.id] },
    })
    logger.info(
      `[payload] product.deleted ${data.id}: deleted ${result.deleted.length} Payload doc(s)${
        result.deleted.length ? ` (${result.deleted.map((d) => d.id).join(", ")})` : ""
      }`
    )
  } catch (e) {
    logger.error(
      `[payload] product.deleted ${data.id}: could not delete the Payload product: ${errorMessage(e)}`
    )
  }
}

export const config: SubscriberConfig = {
  event: "product.deleted",
  context: { subscriberId: "payload-product-deleted" },
}
