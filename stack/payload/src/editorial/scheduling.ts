/**
 * Scheduled publishing for the editorial stack: Payload's `versions.drafts.schedulePublish`
 * queues a `schedulePublish` job (in `payload-jobs`, with `waitUntil`) that publishes or
 * unpublishes the document when due; `jobs.autoRun` runs due jobs every few seconds.
 *
 * Payload's admin schedules through a server function; its `payload-jobs` collection is
 * closed to REST (every access rule false). The desktop app schedules over REST, so this
 * configuration opens it to signed-in users for `schedulePublish` jobs only: read the
 * upcoming ones, create one (the job then runs as the user who scheduled it, never with
 * access overridden), delete one that has not started. Nothing else of the job queue opens.
 */
import { APIError } from 'payload'
import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

const TASK = 'schedulePublish'
const COLLECTIONS = new Set(['products'])

const signedIn = (req: { user?: unknown }): boolean => Boolean(req.user)

const readSchedules: Access = ({ req }) => (signedIn(req) ? { taskSlug: { equals: TASK } } : false)

// Any signed-in user may create (so `GET /api/access` lists it: clients can tell scheduling
// is open); what may be created is checked by `onlySchedules` below.
const createSchedule: Access = ({ req }) => signedIn(req)

const deleteUpcoming: Access = ({ req }) =>
  signedIn(req)
    ? {
        and: [
          { taskSlug: { equals: TASK } },
          { processing: { equals: false } },
          { completedAt: { exists: false } },
        ],
      }
    : false

const refuse = (message: string): never => {
  throw new APIError(message, 400, null, true)
}

/**
 * Only a `schedulePublish` job of a products document with a time; it runs as the user who
 * scheduled it (`input.user`), whatever the request said, so never with access overridden.
 */
const onlySchedules: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  const input = (data.input ?? {}) as Record<string, unknown>
  const doc = (input.doc ?? {}) as Record<string, unknown>
  if (data.taskSlug !== TASK) refuse(`Only ${TASK} jobs can be queued here.`)
  if (input.type !== 'publish' && input.type !== 'unpublish') {
    refuse('input.type must be "publish" or "unpublish".')
  }
  if (!COLLECTIONS.has(String(doc.relationTo)) || doc.value == null || doc.value === '') {
    refuse('input.doc must name a products document: {relationTo: "products", value: <id>}.')
  }
  if (typeof data.waitUntil !== 'string' || Number.isNaN(Date.parse(data.waitUntil))) {
    refuse('waitUntil must be a date and time (ISO 8601).')
  }
  return {
    ...data,
    queue: 'default',
    input: {
      type: input.type,
      doc: { relationTo: doc.relationTo, value: String(doc.value) },
      ...(typeof input.locale === 'string' ? { locale: input.locale } : {}),
      user: { relationTo: req.user.collection, value: req.user.id },
    },
  }
}

export const schedulesOverREST = ({
  defaultJobsCollection,
}: {
  defaultJobsCollection: CollectionConfig
}): CollectionConfig => ({
  ...defaultJobsCollection,
  access: {
    ...defaultJobsCollection.access,
    read: readSchedules,
    create: createSchedule,
    delete: deleteUpcoming,
    update: () => false,
  },
  hooks: {
    ...defaultJobsCollection.hooks,
    beforeChange: [...(defaultJobsCollection.hooks?.beforeChange ?? []), onlySchedules],
  },
})

/** Due jobs run every 5 seconds (croner's six fields: seconds first). */
export const JOBS = {
  autoRun: [{ cron: '*/5 * * * * *', queue: 'default', limit: 10 }],
  jobsCollectionOverrides: schedulesOverREST,
}
