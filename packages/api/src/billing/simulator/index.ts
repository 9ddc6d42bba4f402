// @interviewer/api/billing-simulator: the local billing simulator, a separate entry so that the
// production server never loads it. The host imports it dynamically only when the simulator is the
// configured billing adapter; tests and benchmarks use its payload builders.
export {
  type BillingSimulator,
  type BillingSimulatorOptions,
  createBillingSimulator,
  type SimulatedCheckout,
} from "./simulator-adapter.ts";
export { invoicePayload, orderPayload, type SimulatedSubscription, subscriptionPayload } from "./simulator-payloads.ts";
