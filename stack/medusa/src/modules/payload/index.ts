import { Module } from "@medusajs/framework/utils"
import PayloadModuleService from "./service"
import validatePayloadOptionsLoader from "./loaders/validate-options"

export const PAYLOAD_MODULE = "payload"

export { PayloadModuleService }

export default Module(PAYLOAD_MODULE, {
  service: PayloadModuleService,
  loaders: [validatePayloadOptionsLoader],
})
