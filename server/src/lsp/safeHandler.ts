/**
 * Wraps a request handler so that an exception in one feature answers the request with
 * its empty result and is logged once per feature, and the server keeps serving.
 */
export function safeHandler<P extends unknown[], R>(
  name: string,
  log: (message: string) => void,
  fallback: R,
  handler: (...params: P) => R | Promise<R>,
): (...params: P) => Promise<R> {
  let logged = false;
  return async (...params: P): Promise<R> => {
    try {
      return await handler(...params);
    } catch (error) {
      if (!logged) {
        logged = true;
        log(
          `cxroadmap: ${name} failed and answered with an empty result: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
      return fallback;
    }
  };
}
