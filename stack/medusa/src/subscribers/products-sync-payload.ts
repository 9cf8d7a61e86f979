import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncProductsToPayload } from "../lib/sync-products"
import { errorMessage } from "../lib/concurrency"

/**
 * products.sync-payload (emitted by POST /admin/payload/sync/products) →
 * create a Payload doc for every Medusa product that has none and correct
 * metadata.payload_id. Logs one summary line when done.
 */
export default async function productsSyncPayloadHandler({
  container,
}: SubscriberArgs<Record<string, unknown>>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await syncProductsToPayload(container)
  } catch (e) {
    logger.error(`[payload] Product sync failed: ${errorMessage(e)}`)
  }
}

export const config: SubscriberConfig = {
  event: "products.sync-payload",
  context: { subscriberId: "payload-products-sync" },
}
