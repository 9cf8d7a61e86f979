import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshPayloadStructure } from "../lib/structure-handler"

/**
 * product.updated → refresh the Payload doc's options/variants (variant edits
 * through POST /admin/products/{id} emit only this event). Title, subtitle
 * and description are NOT pushed: Payload owns content after creation.
 */
export default async function productUpdatedHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshPayloadStructure(container, name, data.id, async () => [data.id])
}

export const config: SubscriberConfig = {
  event: "product.updated",
  context: { subscriberId: "payload-product-updated" },
}
