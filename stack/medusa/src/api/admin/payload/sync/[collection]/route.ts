import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"

/**
 * POST /admin/payload/sync/{collection} → emits `{collection}.sync-payload`
 * (data `{}`) and answers at once. Fire-and-forget, like the official route:
 * watch the server log for the "[payload] Product sync finished" line.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { collection } = req.params
  const eventBus = req.scope.resolve(Modules.EVENT_BUS)

  await eventBus.emit({
    name: `${collection}.sync-payload`,
    data: {},
  })

  res.status(200).json({
    message: `Syncing ${collection} with Payload`,
  })
}
