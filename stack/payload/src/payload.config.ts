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

// A write runs in a transaction that can need a second pooled connection; pg's default
// pool of 10 deadlocked under bursts of concurrent bulk deletes, so give it headroom and
// let the server end a transaction that was left idle instead of hanging forever.
const poolMax = Number(process.env.PAYLOAD_DB_POOL_MAX || 30)

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
    pool: {
      connectionString,
      max: poolMax,
      idle_in_transaction_session_timeout: 120_000,
    },
  }),
  sharp,
  logger: createLogger(),
  graphQL: { disable: true },
  typescript: { autoGenerate: false },
})
