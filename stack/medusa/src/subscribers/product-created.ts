import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPayloadProductsWorkflow } from "../workflows/create-payload-products"
import { errorMessage } from "../lib/concurrency"

/** product.created → create the Payload doc, write metadata.payload_id back. */
export default async function productCreatedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await createPayloadProductsWorkflow(container).run({
      input: { product_ids: [data.id] },
    })
    for (const item of result.items) {
      logger.info(
        `[payload] product.created ${item.medusa_id}: Payload doc ${item.id} ${item.created ? "created" : "already existed"}`
      )
    }
  } catch (e) {
    logger.error(
      `[payload] product.created ${data.id}: could not create the Payload product: ${errorMessage(e)} (run POST /admin/payload/sync/products to retry)`
    )
  }
}

export const config: SubscriberConfig = {
  event: "product.created",
  context: { subscriberId: "payload-product-created" },
}
