/**
 * The opt-in editorial configuration (`stack/up --editorial`): the seed's collections, with
 * versions, drafts, autosave and localisation (en, de, fr; en default) on `products`.
 *
 * A separate bundle (dist-editorial/, see package.json "build:editorial") served by the same
 * server.ts, so the default configuration and its bundle stay exactly the seed's. Keep the
 * database, editor and logger settings in step with ../payload.config.ts.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from '../collections/Media.js'
import { Users } from '../collections/Users.js'
import { readPayloadEnv } from '../env.js'
import { createLogger } from '../logger.js'
import { EditorialProducts, LOCALES } from './products.js'
import { JOBS } from './scheduling.js'

const { connectionString, secret } = readPayloadEnv()
const poolMax = Number(process.env.PAYLOAD_DB_POOL_MAX || 30)

export default buildConfig({
  secret,
  telemetry: false,
  admin: {
    user: Users.slug,
  },
  collections: [Users, Media, EditorialProducts],
  editor: lexicalEditor(),
  localization: {
    locales: LOCALES.map(({ code, label }) => ({ code, label })),
    defaultLocale: 'en',
    // Payload's default: a locale without a value reads the default locale's (en) value.
    // `?locale=all` shows what each locale really holds.
    fallback: true,
  },
  db: postgresAdapter({
    pool: {
      connectionString,
      max: poolMax,
      idle_in_transaction_session_timeout: 120_000,
    },
  }),
  sharp,
  logger: createLogger(),
  // Scheduled publishing (products' versions.drafts.schedulePublish): see scheduling.ts.
  jobs: JOBS,
  graphQL: { disable: true },
  typescript: { autoGenerate: false },
})
