import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig } from 'payload'

import { loggedIn } from '../access/roles.js'

// Both src/*.ts and the bundle dist-standalone/server.mjs live one level below the
// package root, so "<root>/media" is the default upload directory (git-ignored).
const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const mediaDir = (): string => {
  const fromEnv = process.env.PAYLOAD_MEDIA_DIR?.trim()
  return fromEnv ? path.resolve(process.cwd(), fromEnv) : path.join(packageRoot, 'media')
}

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    // files and docs are public, so storefronts/desktop previews need no key
    read: () => true,
    create: loggedIn,
    update: loggedIn,
    delete: loggedIn,
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/*'],
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 1024, position: 'centre' },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alt text',
    },
  ],
}
