import {
  convertMarkdownToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'

import { isMedusaRequest, loggedIn, medusaOnly, medusaOnlyField } from '../access/roles.js'

// ---------------------------------------------------------------------------
// description: markdown string -> Lexical JSON
// ---------------------------------------------------------------------------

let editorConfigPromise: Promise<SanitizedServerEditorConfig> | undefined

const defaultEditorConfig = (config: SanitizedConfig): Promise<SanitizedServerEditorConfig> => {
  editorConfigPromise ??= editorConfigFactory.default({ config }).catch((err: unknown) => {
    editorConfigPromise = undefined
    throw err
  })
  return editorConfigPromise
}

/** Medusa (and editors using the REST API) may send `description` as markdown text. */
const markdownDescriptionToLexical: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (data && typeof data.description === 'string') {
    data.description = convertMarkdownToLexical({
      editorConfig: await defaultEditorConfig(req.payload.config),
      markdown: data.description,
    })
  }
  return data
}

// ---------------------------------------------------------------------------
// structure guard: options / variants / option_values belong to Medusa
// ---------------------------------------------------------------------------

type Row = { medusa_id?: unknown; medusa_option_id?: unknown; [key: string]: unknown }
type FieldError = { message: string; path: string }

const rowsOf = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((r): r is Row => typeof r === 'object' && r !== null) : []

const idKey = (row: Row, withOption = false): string =>
  withOption ? `${String(row.medusa_id ?? '')}\u0000${String(row.medusa_option_id ?? '')}` : String(row.medusa_id ?? '')

const sameIdSet = (a: Row[], b: Row[], withOption = false): boolean => {
  const left = a.map((r) => idKey(r, withOption)).sort()
  const right = b.map((r) => idKey(r, withOption)).sort()
  return left.every((k, i) => k === right[i])
}

const checkRows = (
  incoming: Row[],
  previous: Row[],
  path: string,
  label: { plural: string; singular: string },
  errors: FieldError[],
  withOption = false,
): boolean => {
  if (incoming.length !== previous.length) {
    errors.push({ message: `${label.plural} cannot be changed in number`, path })
    return false
  }
  if (!sameIdSet(incoming, previous, withOption)) {
    errors.push({ message: `${label.singular} Medusa IDs cannot be changed`, path })
    return false
  }
  return true
}

/**
 * Callers that are not Medusa (see isMedusaRequest) may edit titles and option
 * values, but not the number of rows nor the rows' Medusa IDs. Only arrays that
 * are present in the incoming data are checked (PATCH is partial). Server-side
 * Local API calls are trusted.
 */
const guardMedusaStructure: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !data) return data
  if (req.payloadAPI === 'local' || isMedusaRequest(req as PayloadRequest)) return data

  const errors: FieldError[] = []
  const before = (originalDoc ?? {}) as { options?: unknown; variants?: unknown }

  if ('options' in data) {
    checkRows(rowsOf(data.options), rowsOf(before.options), 'options', { plural: 'Options', singular: 'Option' }, errors)
  }

  if ('variants' in data) {
    const incoming = rowsOf(data.variants)
    const previous = rowsOf(before.variants)
    if (checkRows(incoming, previous, 'variants', { plural: 'Variants', singular: 'Variant' }, errors)) {
      incoming.forEach((variant, index) => {
        if (!('option_values' in variant)) return
        const old = previous.find((p) => idKey(p) === idKey(variant))
        checkRows(
          rowsOf(variant.option_values),
          rowsOf(old?.option_values),
          `variants.${index}.option_values`,
          { plural: 'Option values', singular: 'Option value' },
          errors,
          true,
        )
      })
    }
  }

  if (errors.length) {
    throw new ValidationError({ collection: 'products', errors, req }, req.t)
  }
  return data
}

// ---------------------------------------------------------------------------

const medusaIdField = (label: string) =>
  ({
    name: 'medusa_id',
    type: 'text',
    label,
    required: true,
    admin: { readOnly: true },
  }) as const

export const Products: CollectionConfig = {
  slug: 'products',
  labels: { singular: 'Product', plural: 'Products' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'subtitle', 'updatedAt'],
  },
  access: {
    read: loggedIn,
    update: loggedIn,
    // Only Medusa creates and deletes: ?is_from_medusa AND an integration/admin user
    // (or anyone with the flag when PAYLOAD_ALLOW_ANONYMOUS_MEDUSA=1, like the official example).
    create: medusaOnly,
    delete: medusaOnly,
  },
  hooks: {
    beforeChange: [guardMedusaStructure, markdownDescriptionToLexical],
  },
  fields: [
    {
      name: 'medusa_id',
      type: 'text',
      label: 'Medusa Product ID',
      required: true,
      unique: true,
      index: true,
      admin: {
        description: 'The unique identifier from Medusa',
        hidden: true,
      },
      access: {
        // without Medusa rights a changed value is silently dropped
        update: medusaOnlyField,
      },
    },
    { name: 'title', type: 'text', label: 'Title', required: true },
    { name: 'subtitle', type: 'text', label: 'Subtitle' },
    { name: 'description', type: 'richText', label: 'Description' },
    { name: 'thumbnail', type: 'upload', relationTo: 'media', label: 'Thumbnail' },
    {
      name: 'images',
      type: 'array',
      label: 'Product Images',
      fields: [{ name: 'image', type: 'upload', relationTo: 'media', required: true }],
    },
    {
      name: 'seo',
      type: 'group',
      label: 'SEO',
      fields: [
        { name: 'meta_title', type: 'text', label: 'Meta Title' },
        { name: 'meta_description', type: 'textarea', label: 'Meta Description' },
        { name: 'meta_keywords', type: 'text', label: 'Meta Keywords' },
      ],
    },
    {
      name: 'options',
      type: 'array',
      label: 'Options',
      admin: { description: 'Synced from Medusa; only titles are editable here' },
      fields: [
        { name: 'title', type: 'text', label: 'Title', required: true },
        medusaIdField('Medusa Option ID'),
      ],
    },
    {
      name: 'variants',
      type: 'array',
      label: 'Variants',
      admin: { description: 'Synced from Medusa; titles and option values are editable here' },
      fields: [
        { name: 'title', type: 'text', label: 'Title', required: true },
        medusaIdField('Medusa Variant ID'),
        {
          name: 'option_values',
          type: 'array',
          label: 'Option Values',
          fields: [
            medusaIdField('Medusa Option Value ID'),
            { name: 'medusa_option_id', type: 'text', label: 'Medusa Option ID', admin: { readOnly: true } },
            { name: 'value', type: 'text', label: 'Value', required: true },
          ],
        },
      ],
    },
  ],
}
