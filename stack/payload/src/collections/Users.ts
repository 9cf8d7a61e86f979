import type { CollectionConfig, FieldHook } from 'payload'

import { ROLES, adminOnly, adminOnlyField, adminOrSelf } from '../access/roles.js'

/**
 * The very first user (the one created through POST /api/users/first-register
 * while the collection is empty) always becomes an admin, whatever was sent.
 * Later users keep the role an admin gave them (default: editor).
 */
const firstUserIsAdmin: FieldHook = async ({ operation, req, value }) => {
  if (operation !== 'create') return value
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? 'admin' : value
}

export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'role', 'updatedAt'],
  },
  auth: {
    useAPIKey: true,
  },
  access: {
    // first-register bypasses these (Payload runs it with overrideAccess)
    create: adminOnly,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
    unlock: adminOnly,
  },
  fields: [
    {
      name: 'role',
      type: 'select',
      label: 'Role',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: ROLES.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
      access: {
        // Non-admins cannot pick or change a role; the value they send is dropped.
        create: adminOnlyField,
        update: adminOnlyField,
      },
      hooks: {
        beforeChange: [firstUserIsAdmin],
      },
      admin: {
        description: 'admin: everything; integration: Medusa sync (create/delete products); editor: edit content',
      },
    },
  ],
}
