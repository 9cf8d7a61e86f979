import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYLOAD_MODULE } from "../modules/payload"
import type PayloadModuleService from "../modules/payload/service"

/**
 * Medusa product ids whose Payload doc may need its options/variants
 * refreshed after an event on a variant or a (global) option. Looks in
 * Medusa (including soft-deleted rows) and in Payload (rows that still carry
 * the id), so deletions are covered too.
 */
export async function productIdsForVariant(
  container: MedusaContainer,
  variantId: string,
  alsoSearchPayload: boolean
): Promise<string[]> {
  const ids = new Set<string>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantId },
    withDeleted: true,
  })
  for (const v of (data ?? []) as any[]) {
    if (v.product_id) {
      ids.add(v.product_id)
    }
  }
  if (alsoSearchPayload || !ids.size) {
    const payload = container.resolve<PayloadModuleService>(PAYLOAD_MODULE)
    const docs = await payload.findAll("products", {
      depth: 0,
      select: { medusa_id: true },
      where: { "variants.medusa_id": { equals: variantId } },
    })
    docs.forEach((d) => d.medusa_id && ids.add(d.medusa_id))
  }
  return [...ids]
}

export async function productIdsForOption(
  container: MedusaContainer,
  optionId: string
): Promise<string[]> {
  const ids = new Set<string>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const { data } = await query.graph({
      entity: "product_option",
      fields: ["id", "products.id"],
      filters: { id: optionId },
      withDeleted: true,
    })
    for (const o of (data ?? []) as any[]) {
      for (const p of o.products ?? []) {
        if (p?.id) {
          ids.add(p.id)
        }
      }
    }
  } catch {
    // fall back to Payload only
  }
  const payload = container.resolve<PayloadModuleService>(PAYLOAD_MODULE)
  const docs = await payload.findAll("products", {
    depth: 0,
    select: { medusa_id: true },
    where: { "options.medusa_id": { equals: optionId } },
  })
  docs.forEach((d) => d.medusa_id && ids.add(d.medusa_id))
  return [...ids]
}
