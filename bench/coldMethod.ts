/**
 * How a cold sample's gateway is warmed before it is measured (bench/runners.ts does it, the report
 * says it). Dependency-free, so the report can print them without loading the process machinery.
 */

/** `{ __typename }` requests a gateway answers before its cold samples: HTTP and Apollo paths warm. */
export const WARM_UP_REQUESTS = 50;
/** Fresh process: runs of the measured query under other accounts before its cold sample. */
export const SAME_QUERY_WARM_UPS = 3;
/** Steady state: runs of the measured query itself (`Cache-Control: no-cache`) before the samples. */
export const STEADY_WARM_UPS = 5;
