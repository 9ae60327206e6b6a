/**
 * Open WebSocket connections and SSE streams per client, in this process. The rate limit bounds how
 * fast a client opens them, not how many it keeps: without this, idle sockets opened within the
 * budget would pile up without end. A count in memory, not Redis: each replica bounds what it holds
 * itself, and a count shared over Redis would leak whenever a replica died holding its sockets.
 */
export interface ClientConnections {
  /**
   * Counts one more open connection of `client`: its release (call it when the connection closes,
   * for whatever reason; calling it again does nothing), or undefined when the client is at the cap.
   */
  acquire(client: string): (() => void) | undefined;
}

/** At most `max` open connections per client; 0 counts nothing and refuses none. */
export function clientConnections(max: number): ClientConnections {
  const open = new Map<string, number>();
  const unlimited = () => undefined;
  return {
    acquire(client) {
      if (max <= 0) return unlimited;
      const count = open.get(client) ?? 0;
      if (count >= max) return undefined;
      open.set(client, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(client) ?? 1) - 1;
        if (left > 0) open.set(client, left);
        else open.delete(client);
      };
    },
  };
}
