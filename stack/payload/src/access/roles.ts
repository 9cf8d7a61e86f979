import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const ROLES = ['admin', 'integration', 'editor'] as const
export type Role = (typeof ROLES)[number]

/** Roles that may act as "Medusa" (create/delete products, set medusa_id). */
const MEDUSA_ROLES: readonly Role[] = ['integration', 'admin']

type MaybeUser = { collection?: string; role?: unknown } | null | undefined

export const roleOf = (user: MaybeUser): Role | undefined => {
  if (!user || user.collection !== 'users') return undefined
  return ROLES.includes(user.role as Role) ? (user.role as Role) : undefined
}

export const isAdmin = (user: MaybeUser): boolean => roleOf(user) === 'admin'

/**
 * Opt-in legacy switch: behave exactly like the official example, where any
 * non-empty `is_from_medusa` query value grants create/delete, even anonymously.
 * Read on every call so tests can flip it per process without a rebuild.
 */
export const legacyAnonymousMedusa = (): boolean => {
  const v = (process.env.PAYLOAD_ALLOW_ANONYMOUS_MEDUSA ?? '').trim().toLowerCase()
  return v === '1' || v === 'true' || v === 'yes'
}

const rawMedusaFlag = (req: PayloadRequest): unknown => {
  const q = req.query as Record<string, unknown> | undefined
  return q?.is_from_medusa
}

/**
 * True when the request may act as Medusa.
 *
 * - default: `?is_from_medusa=<truthy>` AND an authenticated user whose role is
 *   `integration` or `admin` (values "", "0" and "false" do not count).
 * - PAYLOAD_ALLOW_ANONYMOUS_MEDUSA=1: the official example's rule,
 *   `!!req.query.is_from_medusa`, with no user check at all.
 */
export const isMedusaRequest = (req: PayloadRequest): boolean => {
  const flag = rawMedusaFlag(req)
  if (legacyAnonymousMedusa()) return Boolean(flag)
  if (typeof flag !== 'string') return false
  const v = flag.trim().toLowerCase()
  if (v === '' || v === '0' || v === 'false') return false
  const role = roleOf(req.user as MaybeUser)
  return role !== undefined && MEDUSA_ROLES.includes(role)
}

export const loggedIn: Access = ({ req }) => Boolean(req.user)

export const adminOnly: Access = ({ req }) => isAdmin(req.user as MaybeUser)

export const adminOnlyField: FieldAccess = ({ req }) => isAdmin(req.user as MaybeUser)

/** Admins see/modify every user; everyone else only themselves. */
export const adminOrSelf: Access = ({ req }) => {
  const user = req.user as (MaybeUser & { id?: number | string }) | null
  if (!user) return false
  if (isAdmin(user)) return true
  if (user.collection !== 'users' || user.id === undefined) return false
  return { id: { equals: user.id } }
}

export const medusaOnly: Access = ({ req }) => isMedusaRequest(req)

export const medusaOnlyField: FieldAccess = ({ req }) => isMedusaRequest(req)
