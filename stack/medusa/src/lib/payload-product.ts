import {
  PayloadOptionRow,
  PayloadOptionValueRow,
  PayloadProduct,
  PayloadVariantRow,
} from "../modules/payload/types"

/** Medusa fields needed to build a Payload product's structure. */
export const STRUCTURE_FIELDS = [
  "id",
  "options.id",
  "options.title",
  "variants.id",
  "variants.title",
  "variants.variant_rank",
  "variants.options.id",
  "variants.options.value",
  "variants.options.option_id",
]

/** Medusa fields needed to create a Payload product. */
export const CREATE_FIELDS = [
  ...STRUCTURE_FIELDS,
  "title",
  "subtitle",
  "description",
  "created_at",
  "updated_at",
  "metadata",
]

type MedusaOptionValue = {
  id: string
  value: string
  option_id?: string | null
  option?: { id: string } | null
}

export type MedusaProductForPayload = {
  id: string
  title?: string
  subtitle?: string | null
  description?: string | null
  created_at?: string | Date
  updated_at?: string | Date
  metadata?: Record<string, unknown> | null
  options?: Array<{ id: string; title: string }> | null
  variants?: Array<{
    id: string
    title: string
    variant_rank?: number | null
    options?: MedusaOptionValue[] | null
  }> | null
}

const byId = (a: { id: string }, b: { id: string }) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0

const iso = (d: string | Date | undefined) =>
  d === undefined ? undefined : d instanceof Date ? d.toISOString() : String(d)

/** Options and variants as Medusa has them (no Payload row ids). */
export function desiredStructure(product: MedusaProductForPayload): {
  options: PayloadOptionRow[]
  variants: PayloadVariantRow[]
} {
  // Medusa ids are ULIDs: sorting by id is creation order, and stable.
  const options = [...(product.options ?? [])].sort(byId)
  const optionRank = new Map(options.map((o, i) => [o.id, i]))
  const variants = [...(product.variants ?? [])].sort(
    (a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || byId(a, b)
  )
  return {
    options: options.map((o) => ({ title: o.title, medusa_id: o.id })),
    variants: variants.map((v) => ({
      title: v.title,
      medusa_id: v.id,
      option_values: [...(v.options ?? [])]
        .map((ov) => ({
          medusa_id: ov.id,
          medusa_option_id: (ov.option_id ?? ov.option?.id) as string,
          value: ov.value,
        }))
        .sort(
          (a, b) =>
            (optionRank.get(a.medusa_option_id) ?? 1e9) -
              (optionRank.get(b.medusa_option_id) ?? 1e9) ||
            (a.medusa_id < b.medusa_id ? -1 : 1)
        ),
    })),
  }
}

/** Body of `POST /api/products` for a new Medusa product. */
export function toPayloadCreateData(product: MedusaProductForPayload) {
  const { options, variants } = desiredStructure(product)
  return {
    medusa_id: product.id,
    createdAt: iso(product.created_at),
    updatedAt: iso(product.updated_at),
    title: product.title,
    subtitle: product.subtitle ?? null,
    // A markdown string; Payload's beforeChange hook turns it into Lexical.
    description: product.description || "",
    options,
    variants,
  }
}

/**
 * Keeps existing rows (their Payload row `id` and order) that still exist in
 * Medusa, drops rows Medusa no longer has, appends new rows.
 */
function mergeRows<T extends { medusa_id: string; id?: string }>(
  existing: readonly T[] | null | undefined,
  desired: readonly T[],
  merge: (old: T, wanted: T) => T
): T[] {
  const wanted = new Map(desired.map((d) => [d.medusa_id, d]))
  const seen = new Set<string>()
  const out: T[] = []
  for (const old of existing ?? []) {
    const d = old && wanted.get(old.medusa_id)
    if (!d || seen.has(old.medusa_id)) {
      continue
    }
    seen.add(old.medusa_id)
    out.push(merge(old, d))
  }
  for (const d of desired) {
    if (!seen.has(d.medusa_id)) {
      seen.add(d.medusa_id)
      out.push(d)
    }
  }
  return out
}

const withId = <T extends object>(id: string | undefined, row: T) =>
  (id ? { id, ...row } : row) as T & { id?: string }

/**
 * The `options` / `variants` arrays the Payload doc should have: Medusa's
 * structure, keeping Payload row ids, Payload-edited titles and option-value
 * labels for rows that still exist.
 */
export function mergeStructure(
  product: MedusaProductForPayload,
  doc: Pick<PayloadProduct, "options" | "variants">
): { options: PayloadOptionRow[]; variants: PayloadVariantRow[] } {
  const desired = desiredStructure(product)
  const options = mergeRows<PayloadOptionRow>(doc.options, desired.options, (old, d) =>
    withId(old.id, { title: old.title || d.title, medusa_id: d.medusa_id })
  )
  const variants = mergeRows<PayloadVariantRow>(doc.variants, desired.variants, (old, d) =>
    withId(old.id, {
      title: old.title || d.title,
      medusa_id: d.medusa_id,
      option_values: mergeRows<PayloadOptionValueRow>(
        old.option_values,
        d.option_values,
        (oldOv, dOv) =>
          withId(oldOv.id, {
            medusa_id: dOv.medusa_id,
            medusa_option_id: dOv.medusa_option_id,
            value: oldOv.value || dOv.value,
          })
      ),
    })
  )
  return { options, variants }
}

const normOption = (o: any) => ({
  id: o?.id ?? null,
  title: o?.title ?? null,
  medusa_id: o?.medusa_id ?? null,
})
const normValue = (v: any) => ({
  id: v?.id ?? null,
  medusa_id: v?.medusa_id ?? null,
  medusa_option_id: v?.medusa_option_id ?? null,
  value: v?.value ?? null,
})
const normVariant = (v: any) => ({
  id: v?.id ?? null,
  title: v?.title ?? null,
  medusa_id: v?.medusa_id ?? null,
  option_values: (v?.option_values ?? []).map(normValue),
})

/** True when the doc already has exactly these arrays (no PATCH needed). */
export function sameStructure(
  doc: Pick<PayloadProduct, "options" | "variants">,
  next: { options: PayloadOptionRow[]; variants: PayloadVariantRow[] }
): boolean {
  return (
    JSON.stringify((doc.options ?? []).map(normOption)) ===
      JSON.stringify(next.options.map(normOption)) &&
    JSON.stringify((doc.variants ?? []).map(normVariant)) ===
      JSON.stringify(next.variants.map(normVariant))
  )
}
