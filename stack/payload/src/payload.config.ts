import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from './collections/Media.js'
import { Products } from './collections/Products.js'
import { Users } from './collections/Users.js'
import { readPayloadEnv } from './env.js'
import { createLogger } from './logger.js'

const { connectionString, secret } = readPayloadEnv()

export default buildConfig({
  secret,
  telemetry: false,
  admin: {
    user: Users.slug,
  },
  collections: [Users, Media, Products],
  editor: lexicalEditor(),
  // With NODE_ENV unset (anything but "production") the adapter pushes the schema on
  // start, so a fresh database works without migration files.
  db: postgresAdapter({
    pool: { connectionString },
  }),
  sharp,
  logger: createLogger(),
  graphQL: { disable: true },
  typescript: { autoGenerate: false },
})
