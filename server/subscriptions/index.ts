export { createWatchHub } from './hub.js';
export { subscriptionsNeedStreamRule } from './http.js';
export {
  createSubscriptionTransports,
  registerSubscriptions,
  type SubscriptionTransports,
} from './transports.js';
