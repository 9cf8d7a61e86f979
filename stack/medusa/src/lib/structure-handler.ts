import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncPayloadProductStructureWorkflow } from "../workflows/sync-payload-product-structure"
import { errorMessage } from "./concurrency"

/** Shared tail of the product / variant / option subscribers. */
export async function refreshPayloadStructure(
  container: MedusaContainer,
  eventName: string,
  entityId: string,
  resolveProductIds: () => Promise<string[]>
) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    const productIds = await resolveProductIds()
    if (!productIds.length) {
      logger.debug?.(`[payload] ${eventName} ${entityId}: no product to refresh`)
      return
    }
    const { result } = await syncPayloadProductStructureWorkflow(container).run({
      input: { product_ids: productIds },
    })
    for (const u of result.updated) {
      logger.info(
        `[payload] ${eventName} ${entityId}: updated options/variants of Payload doc ${u.id} (${u.medusa_id})`
      )
    }
    if (result.no_payload_doc.length) {
      // Normal for product-variant.created, which fires before product.created:
      // the create sends all variants.
      logger.debug?.(
        `[payload] ${eventName} ${entityId}: no Payload doc yet for ${result.no_payload_doc.join(", ")} (nothing to do)`
      )
    }
  } catch (e) {
    logger.error(
      `[payload] ${eventName} ${entityId}: could not update options/variants in Payload: ${errorMessage(e)}`
    )
  }
}
