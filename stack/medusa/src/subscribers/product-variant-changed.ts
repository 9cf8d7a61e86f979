import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshPayloadStructure } from "../lib/structure-handler"
import { productIdsForVariant } from "../lib/affected-products"

/**
 * product-variant.created|updated|deleted → refresh the parent product's
 * Payload variants. For a brand-new product (variant events fire before
 * product.created) there is no Payload doc yet, and this is a no-op.
 */
export default async function productVariantChangedHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshPayloadStructure(container, name, data.id, () =>
    productIdsForVariant(container, data.id, name === "product-variant.deleted")
  )
}

export const config: SubscriberConfig = {
  event: [
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
  ],
  context: { subscriberId: "payload-product-variant-changed" },
}
