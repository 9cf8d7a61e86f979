import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { refreshPayloadStructure } from "../lib/structure-handler"
import { productIdsForOption } from "../lib/affected-products"

/**
 * product-option.created|updated|deleted → refresh the options (and variant
 * option values) of every product that uses / used the option.
 */
export default async function productOptionChangedHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await refreshPayloadStructure(container, name, data.id, () =>
    productIdsForOption(container, data.id)
  )
}

export const config: SubscriberConfig = {
  event: [
    "product-option.created",
    "product-option.updated",
    "product-option.deleted",
  ],
  context: { subscriberId: "payload-product-option-changed" },
}
