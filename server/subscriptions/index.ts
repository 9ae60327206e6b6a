export { createWatchHub } from './hub.js';
export { subscriptionsNeedStreamRule } from './http.js';
export { registerSubscriptions, type SubscriptionTransports } from './transports.js';
