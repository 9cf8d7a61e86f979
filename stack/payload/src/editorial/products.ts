/**
 * The seed's products collection with what many real shops turn on: versions with drafts and
 * autosave, and localised content fields (title, subtitle, description, SEO).
 *
 * Structure (medusa_id, options, variants) stays unlocalised: it belongs to Medusa, whose
 * translation module translates option values and variant titles.
 */
import type { CollectionBeforeOperationHook, CollectionConfig, Field, PayloadRequest } from 'payload'

import { isMedusaRequest } from '../access/roles.js'
import { Products } from '../collections/Products.js'

export const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
  { code: 'fr', label: 'Français' },
] as const

/** Top-level content fields that get one value per locale. */
const LOCALISED = new Set(['title', 'subtitle', 'description'])
/** Fields of the `seo` group that get one value per locale. */
const LOCALISED_SEO = new Set(['meta_title', 'meta_description', 'meta_keywords'])

const localise = (field: Field): Field => {
  if (!('name' in field)) return field
  if (LOCALISED.has(field.name)) return { ...field, localized: true } as Field
  if (field.name === 'seo' && field.type === 'group') {
    return {
      ...field,
      fields: field.fields.map((sub) =>
        'name' in sub && LOCALISED_SEO.has(sub.name) ? ({ ...sub, localized: true } as Field) : sub,
      ),
    }
  }
  return field
}

/**
 * With drafts on, a document created without `_status` would be a draft. Medusa's subscribers
 * create the Payload doc of every new product without it; publish those, so the storefront
 * content exists as before and editors then work on drafts of it. (A beforeOperation hook: by
 * the collection's beforeChange hooks the field default has already set 'draft'.)
 */
const publishWhatMedusaCreates: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation === 'create' && data && data._status === undefined && isMedusaRequest(req as PayloadRequest)) {
    data._status = 'published'
  }
  return args
}

export const EditorialProducts: CollectionConfig = {
  ...Products,
  fields: Products.fields.map(localise),
  hooks: {
    ...Products.hooks,
    beforeOperation: [...(Products.hooks?.beforeOperation ?? []), publishWhatMedusaCreates],
  },
  versions: {
    drafts: {
      autosave: { interval: 800 },
      // Publish or unpublish at a set time: a `schedulePublish` job (scheduling.ts).
      schedulePublish: true,
    },
    maxPerDoc: 100,
  },
}
